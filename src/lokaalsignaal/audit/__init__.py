"""The append-only audit log (``AuditEvent``: identifiers and codes only, never content), ``services.record`` and the
one list of actions with their Dutch labels and privacy (``actions``). The coordinators' audit page is
``pages.workspace.audit_views``."""
