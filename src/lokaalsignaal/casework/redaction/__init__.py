"""Removing a passage of personal data that slipped into a signal, and every copy of it, in two steps
(``services.preview_redaction``, ``services.redact_passage``). ``find`` decides where it stands: only a passage that
stands in the signal itself, and only texts of the signal's municipality (the signal, its conversation, its municipal
knelpunten's messages, stage changes, notes and joiners' text); a region's, Flanders' or another municipality's texts
are never touched (docs/privacy.md). The one write that crosses aggregates: the copies are rewritten here, the
signal itself through ``intake.triage.remove_passage``."""
