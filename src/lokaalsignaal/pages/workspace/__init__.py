"""The coordinator's workspace: the inbox and one signal's triage (``inbox_views``, ``suggestion_views``), the
knelpunt list and pages (``knelpunt_views``; ``knelpunt_page`` renders one with its panels), priorities
(``priority_views``), the partners panel (``partner_views``) and the audit log (``audit_views``)."""
