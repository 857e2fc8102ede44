"""The coordinator's hand on a knelpunt's priority: an override with a reason, audited. The computed score itself is
part of the knelpunt (`casework.knelpunten.priority`), kept up to date by the knelpunt's services."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.services import knelpunt_for_update
from lokaalsignaal.guard import services as guard


@transaction.atomic
def override_priority(actor, knelpunt_id: int, value: int | None, reason: str = "") -> Knelpunt:
    """A coordinator sets (or clears, with None) the priority by hand. A reason is required and audited."""
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    if value is not None:
        if not 0 <= value <= 100:
            raise ValidationError(_("Kies een prioriteit van 0 tot 100."))
        reason = guard.clean_required(reason, _("Schrijf waarom je de prioriteit aanpast."))
    knelpunt.priority_override, knelpunt.priority_reason = value, (reason if value is not None else "")
    knelpunt.version += 1
    knelpunt.save(update_fields=["priority_override", "priority_reason", "version", "updated_at"])
    audit.record(actor, "knelpunt.priority_overridden", knelpunt, value=value, computed=knelpunt.priority)
    return knelpunt
