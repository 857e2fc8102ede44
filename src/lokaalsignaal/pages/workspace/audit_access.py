"""A municipality's audit log, for its coordinators. Its permission is declared here (``tenancy.permissions``),
built on the core that decides access (see ``tenancy.scoping``)."""

from __future__ import annotations

from django.http import Http404

from lokaalsignaal.audit import services as audit
from lokaalsignaal.audit.actions import public_codes
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import Municipality, Role
from lokaalsignaal.tenancy.permissions import declare
from lokaalsignaal.tenancy.scoping.core import can

declare("audit.view", {Role.COORDINATOR}, description="Read the municipality's audit log.")


def audit_events_of(user, municipality: Municipality):
    """The audit events of a municipality ("audit.view": its coordinators), newest first. Only the actions that may
    show who did them (`audit.actions.public_codes`): a giver's own acts on a signal or knelpunt are never listed,
    so this page cannot pair a giver with what she gave. Callers show who, what and when, never the payload."""
    if not can(user, municipality, "audit.view"):
        raise Http404("Niet gevonden")
    return (AuditEvent.objects.filter(municipality=municipality, action__in=public_codes())
            .select_related("actor").order_by("-created_at", "-id"))


def exported_events(user, municipality: Municipality, filters: dict):
    """`audit_events_of` for an export: the export itself is audited, with its filters as codes (never a row)."""
    events = audit_events_of(user, municipality)
    audit.record(user, "audit.exported", municipality=municipality, format="csv", filters=filters)
    return events
