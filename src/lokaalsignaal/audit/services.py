"""The one way to write to the audit log."""

from django.db import models

from .models import AuditEvent


def record(actor, action: str, obj: models.Model | None = None, municipality=None, **payload) -> AuditEvent:
    """Record an action. `payload` must hold identifiers and codes only, never free text or personal data."""
    if municipality is None and obj is not None:
        municipality = getattr(obj, "municipality", None)
    return AuditEvent.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        municipality=municipality,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        payload=payload,
    )
