"""Saved filters of the coordinator's inbox: a coordinator keeps the filters she often uses under a name, per
municipality. Hers only: every function reads through `of(user, municipality)`, so another person's filter is not
found (a 404). The caller (`pages.workspace.saved_filter_views`) passes the query string its filter form validated;
the service bounds what it stores and checks that she may still use the inbox."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from lokaalsignaal.guard import services as guard
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.tenancy import scoping

from .models import SavedFilter

INBOX = "signals.triage"  # the inbox is the triage of the municipality's signals (intake.access declares it)
LIMIT = 20  # saved filters per person per municipality
NAME_MAX = SavedFilter._meta.get_field("name").max_length
QUERY_MAX = SavedFilter._meta.get_field("query").max_length


def of(user, municipality) -> QuerySet[SavedFilter]:
    """Her saved filters in this municipality, by name; nothing when she may no longer use its inbox."""
    if not scoping.can(user, municipality, INBOX):
        return SavedFilter.objects.none()
    return SavedFilter.objects.filter(user=user, municipality=municipality)


def listed(user, municipality) -> list[SavedFilter]:
    """`of(user, municipality)` as a list, by a query built once per process (the inbox lists them on every visit)."""
    if not scoping.can(user, municipality, INBOX):
        return []
    return _LISTED(user_id=user.pk, municipality_id=municipality.pk)


_LISTED = KeptQuery(lambda user_id, municipality_id: SavedFilter.objects.filter(user_id=user_id,
                                                                                municipality_id=municipality_id))


@transaction.atomic
def save_filter(user, municipality, name: str, query: str) -> SavedFilter:
    """Save `query` under `name`; the same name again replaces its query. At most `LIMIT` per municipality."""
    if not scoping.can(user, municipality, INBOX):
        raise PermissionDenied
    name = guard.clean_required(name, _("Geef de filter een naam."))
    if len(name) > NAME_MAX:
        raise ValidationError(_("Deze naam is te lang: het maximum is %(max)s tekens.") % {"max": NAME_MAX})
    if not query or len(query) > QUERY_MAX or "\x00" in query:
        raise ValidationError(_("Kies eerst een of meer filters om te bewaren."))
    mine = SavedFilter.objects.select_for_update().filter(user=user, municipality=municipality)
    names = list(mine.values_list("name", flat=True))  # locked: two tabs cannot both save the twenty-first
    if name in names:
        existing = mine.get(name=name)
        existing.query = query
        existing.save(update_fields=["query"])
        return existing
    if len(names) >= LIMIT:
        raise ValidationError(_("Je hebt al %(limit)s bewaarde filters. Verwijder er eerst een.") % {"limit": LIMIT})
    try:
        with transaction.atomic():
            return SavedFilter.objects.create(user=user, municipality=municipality, name=name, query=query)
    except IntegrityError:  # the same name saved at the same moment in another tab
        raise ValidationError(_("Er is al een filter met deze naam.")) from None


@transaction.atomic
def delete_filter(user, municipality, pk: int) -> str:
    """Delete one of her saved filters; returns its name. Anyone else's (or one that is gone) is a 404."""
    saved = of(user, municipality).select_for_update().filter(pk=pk).first()
    if saved is None:
        raise Http404("Niet gevonden")
    saved.delete()
    return saved.name
