"""What a person who removes her account (`accounts.leaving`, announced as `AccountRemoved`) leaves on the knelpunten,
inside that transaction (`lokaalsignaal.subscriptions`):

- her joins ("ik zie dit ook") stay, with what she wrote, their organisation and sector, but without her name: the
  knelpunt's count of voices does not change;
- a knelpunt she was trekker of has "geen trekker" (its version moves on, so a form still open with her name fails
  as an old version); audited per knelpunt in its municipality, and `TrekkerLeft` tells its other coordinators.
"""

from __future__ import annotations

from django.db.models import F

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten.domain_events import TrekkerLeft
from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt


def release(user_id: int, actor) -> tuple[int, ...]:
    """Her joins anonymous, her knelpunten without trekker. Returns those knelpunten."""
    Join.objects.filter(user_id=user_id).update(user=None)
    knelpunten = list(Knelpunt.objects.select_for_update().filter(owner_id=user_id).order_by("pk"))
    if not knelpunten:
        return ()
    ids = tuple(k.pk for k in knelpunten)
    Knelpunt.objects.filter(pk__in=ids).update(owner=None, version=F("version") + 1)
    for knelpunt in knelpunten:
        audit.record(actor, "knelpunt.trekker_left", knelpunt)
    domain_events.announce(TrekkerLeft(ids))
    return ids
