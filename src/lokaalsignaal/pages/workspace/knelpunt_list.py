"""The coordinator's list of knelpunten as its filters choose it. The list without filters, what a coordinator opens
most, is read by queries built once per process (`kept_queries`)."""

from django.db.models import OuterRef, Q, Subquery

from lokaalsignaal.accounts.models import User
from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import OPEN
from lokaalsignaal.kept_queries import KeptPages
from lokaalsignaal.pages.workspace.forms import KnelpuntFilterForm, KnelpuntSort
from lokaalsignaal.reference.lists import ids_of
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
    # what a row reads (`signal_rows.knelpunt_rows`), in one query: the themes' ids (named from `reference.lists`)
    # and the trekker's name, asked per row of the page (a join with every account made PostgreSQL hash them all)
    return queryset.only("title", "stage", "signal_count", "owner", "updated_at").annotate(
        theme_ids=ids_of(Knelpunt.themes),
        owner_name=Subquery(User.objects.filter(pk=OuterRef("owner_id")).values("full_name")[:1]))


def _unfiltered(user_id, municipality_id):
    return knelpunten_queryset(account(user_id), Municipality(pk=municipality_id), {})


_UNFILTERED = KeptPages(_unfiltered)


def knelpunten_list(user, municipality, data: dict):
    """What the list pages through: the filtered queryset, or for no filter the same rows from kept queries."""
    if any(data.values()):
        return knelpunten_queryset(user, municipality, data)
    return _UNFILTERED.of(user_id=user.pk, municipality_id=municipality.pk)
