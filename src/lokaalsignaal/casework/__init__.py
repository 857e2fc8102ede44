"""Casework: what the municipality (and a region, Flanders) does with the signals — the knelpunten.

One Django app (label ``casework``: its tables) made of capability packages, each with its models (where it owns
them), services, access rules (``access.py``: querysets and permissions, declared when the app is ready) and forms:

- ``knelpunten``: the knelpunt and what belongs to it (stages, messages, notes, joins, the computed priority), its
  actions (``services``), what its regional/Flemish messages do below it (``flow``) and its domain events;
- ``priority``: the coordinator's override of the computed priority;
- ``decisions``: what the college, the council or an overleg decided, told to the givers and joiners;
- ``partners``: partners invited on one knelpunt;
- ``joins``: "ik zie dit ook";
- ``regions``: escalation to a region or Flanders, bundling, the scope's numbers;
- ``redaction``: removing a passage from a signal and every copy of it.

A package imports ``knelpunten`` (and the layers below), never a sibling (``lint-imports``). The pages that show
all this are in ``lokaalsignaal.pages``.
"""
