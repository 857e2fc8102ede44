"""The knelpunt: a structural problem that bundles signals (``models.Knelpunt``), with its append-only stage history
(``StageChange``; the one transition table is ``stages.ALLOWED``), the messages that reached it (``KnelpuntMessage``),
notes, joins and the explainable priority (``priority``).

Public face: ``services`` (create_knelpunt, update_knelpunt, link, unlink, not_retain, change_stage, send_feedback,
merge, add_note; ``StaleEdit`` for optimistic locking), ``access`` (knelpunten_for, coordinators_of,
regional_knelpunten_for, escalation_targets), ``forms`` (the stage, message and note forms both the municipality's
and the region's pages use), ``web`` (what those views share), ``timeline``, ``domain_events``.
Signals are written through ``intake.triage``; what happened is announced, and ``lokaalsignaal.subscriptions`` says
who listens.
"""
