"""Pages: what each kind of person sees, composed from the capabilities below (the top layer; nothing imports it).

- the public pages, the personal home and the municipality's start page (``views``);
- ``giver``: giving a signal, my signals and each one's story, answers, the knelpunten I joined, my notifications;
- ``workspace``: the coordinator's inbox and triage, knelpunt pages with their panels (priority, partners), priorities,
  the audit log;
- ``region``: a region's or Flanders' pages;
- ``partner``: a partner's pages.

Views are thin: they parse a form, call a capability's service, turn its errors into messages and render or
redirect; querysets come from the capabilities' ``access`` modules. When the project starts, this app connects the
subscriptions (``lokaalsignaal.subscriptions``).
"""
