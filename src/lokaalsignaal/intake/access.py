"""Who may give, triage and read which signals: the querysets every signal page and service starts from.

The permissions are declared here, beside the signals (``tenancy.permissions``); the intake app imports this module
when it is ready.
"""

from __future__ import annotations

from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy.models import Municipality, Role
from lokaalsignaal.tenancy.permissions import declare
from lokaalsignaal.tenancy.scoping.core import municipalities_for

declare("signal.give", {Role.GIVER, Role.COORDINATOR}, description="Give a signal in the municipality.")
declare("signals.triage", {Role.COORDINATOR}, description="Triage the municipality's signals (inbox).")
declare("signals.read", {Role.COORDINATOR, Role.READER},
        description="Read the text of the municipality's signals, never who gave them.")


def signals_given_by(user):
    """A giver's own signals (in every municipality)."""
    if not getattr(user, "is_authenticated", False):
        return Signal.objects.none()
    return Signal.objects.filter(giver=user)


def signals_for_triage(user, municipality: Municipality | None = None):
    """Signals the user may triage: those of municipalities where they are coordinator."""
    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.triage"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def signals_readable_by(user, municipality: Municipality | None = None):
    """Signals whose text the user may read (coordinators and readers of the municipality), never who gave them."""
    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.read"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def unlinked_signals_for_triage(user, municipality: Municipality):
    """Signals of a municipality the coordinator may bundle: not linked to a knelpunt, not withdrawn/set aside."""
    return signals_for_triage(user, municipality).filter(knelpunt__isnull=True).exclude(
        status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])
