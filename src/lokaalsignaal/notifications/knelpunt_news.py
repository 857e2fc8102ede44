"""News for the coordinators of a municipal knelpunt that did not come from them: a message or a stage change of the
regional / Flemish knelpunt it is bundled into, and a partner's analysis note. The knelpunt's trekker hears it; a
knelpunt without an active trekker: every coordinator of its municipality (never the author of the news). A
notification in the platform (it leads to the knelpunt in the workspace) and an e-mail, now or in the digest."""

from __future__ import annotations

from django.db import transaction

from .models import Notification


def _coordinators(municipality_ids) -> dict[int, set[int]]:
    from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role

    found: dict[int, set[int]] = {}
    for municipality_id, user_id in Membership.objects.filter(
            municipality_id__in=municipality_ids, role=Role.COORDINATOR, status=MembershipStatus.APPROVED,
            user__is_active=True).values_list("municipality_id", "user_id"):
        found.setdefault(municipality_id, set()).add(user_id)
    return found


@transaction.atomic
def create(knelpunt_ids, kind: str, detail: str = "", author_id: int | None = None) -> list[Notification]:
    from lokaalsignaal.accounts.models import User
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    knelpunten = list(Knelpunt.objects.filter(pk__in=list(knelpunt_ids), municipality__isnull=False)
                       .only("pk", "municipality_id", "owner_id"))
    coordinators = _coordinators({b.municipality_id for b in knelpunten})
    wanted = []
    for knelpunt in knelpunten:
        of_municipality = coordinators.get(knelpunt.municipality_id, set())
        users = {knelpunt.owner_id} if knelpunt.owner_id in of_municipality else of_municipality
        wanted += [(knelpunt, user_id) for user_id in sorted(users - {author_id})]
    users = User.objects.in_bulk([user_id for _b, user_id in wanted])
    created = [Notification(user=users[user_id], knelpunt=knelpunt, kind=kind, detail=detail[:200])
               for knelpunt, user_id in wanted]
    from .services import deliver

    return deliver(created)
