"""'Ik zie dit ook': a giver adds their voice to a knelpunt instead of sending a duplicate signal.

- only approved givers (and coordinators) of the knelpunt's municipality, only knelpunten the municipality made
  visible to givers that are open and not merged (`casework.joins.access.joinable_knelpunten`);
- the optional context passes the privacy guard (identifiers are stripped; the view uses a GuardedForm);
- one join per person and knelpunt (a unique constraint; a second time raises `AlreadyJoined`), and none for a
  knelpunt that already holds the person's own signal (`OwnSignalInside`: their voice already counts);
- audited; the knelpunt's join count and priority are recounted (joins count as voices);
- from then on the joiner receives the knelpunt's stage messages and feedback (the subscriptions queue
  `notifications.tasks.notify_joiners`) and reads them on /mijn/knelpunten/<pk>/.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.joins import access as join_access
from lokaalsignaal.casework.knelpunten.models import Join
from lokaalsignaal.casework.knelpunten.services import recount
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import SignalStatus


class AlreadyJoined(Exception):
    """The person already joined this knelpunt."""

    def __init__(self, join):
        super().__init__(join.pk)
        self.join = join


class OwnSignalInside(Exception):
    """The person's own signal is part of this knelpunt: their voice already counts."""

    def __init__(self, signal):
        super().__init__(signal.pk)
        self.signal = signal


def own_signal_in(giver, knelpunt_id: int):
    """The person's own (not withdrawn) signal in this knelpunt, or None."""
    return (signal_access.signals_given_by(giver).filter(knelpunt_id=knelpunt_id)
            .exclude(status=SignalStatus.WITHDRAWN).only("pk", "reference").first())


@transaction.atomic
def join(giver, knelpunt_id: int, context: str = "") -> Join:
    knelpunt = join_access.joinable_knelpunten(giver).select_for_update().filter(pk=knelpunt_id).first()
    if knelpunt is None:
        raise PermissionDenied
    existing = Join.objects.filter(knelpunt=knelpunt, user=giver).first()
    if existing is not None:
        raise AlreadyJoined(existing)
    mine = own_signal_in(giver, knelpunt.pk)
    if mine is not None:
        raise OwnSignalInside(mine)
    context = guard.clean(context)
    organisation = giver.organisation if giver.organisation_id else None
    try:
        with transaction.atomic():
            created = Join.objects.create(knelpunt=knelpunt, user=giver, organisation=organisation,
                                          sector=organisation.sector if organisation else None, context=context)
    except IntegrityError as error:  # a double click that raced past the check above
        raise AlreadyJoined(Join.objects.get(knelpunt=knelpunt, user=giver)) from error
    audit.record(giver, "knelpunt.joined", knelpunt, with_context=bool(context))
    recount(knelpunt.pk)
    return created
