"""The coordinator's list of knelpunten as its filters choose it. The list without filters, what a coordinator opens
most, is read by queries built once per process (`kept_queries`)."""

from django.db.models import Q

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import OPEN
from lokaalsignaal.kept_queries import KeptPages
from lokaalsignaal.pages.workspace.forms import KnelpuntFilterForm, KnelpuntSort
from lokaalsignaal.tenancy.models import Municipality


def knelpunten_queryset(user, municipality, data: dict):
    queryset = knelpunt_access.knelpunten_for(user, municipality)
    if data.get("stage") == KnelpuntFilterForm.OPEN:
        queryset = queryset.filter(stage__in=OPEN)
    elif data.get("stage"):
        queryset = queryset.filter(stage=data["stage"])
    if data.get("theme"):
        queryset = queryset.filter(themes=data["theme"]).distinct()
    if data.get("owner"):
        queryset = queryset.filter(owner=data["owner"])
    if data.get("zoek"):
        queryset = queryset.filter(Q(title__icontains=data["zoek"]) | Q(summary__icontains=data["zoek"]))
    queryset = queryset.order_by(*KnelpuntSort.ORDER[data.get("sort") or KnelpuntSort.RECENT])
    # the owners of the page's rows read apart (a join with every account made PostgreSQL hash all of them first)
    return queryset.prefetch_related("owner", "themes").defer("summary")


def _unfiltered(user_id, municipality_id):
    return knelpunten_queryset(account(user_id), Municipality(pk=municipality_id), {})


_UNFILTERED = KeptPages(_unfiltered)


def knelpunten_list(user, municipality, data: dict):
    """What the list pages through: the filtered queryset, or for no filter the same rows from kept queries."""
    if any(data.values()):
        return knelpunten_queryset(user, municipality, data)
    return _UNFILTERED.of(user_id=user.pk, municipality_id=municipality.pk)
