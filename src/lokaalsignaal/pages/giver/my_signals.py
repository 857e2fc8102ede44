"""The giver's list of her own signals (`/mijn/signalen/`): what needs her first, then the newest; a few filters.

What needs her is a question of the municipality that waits for her answer: those signals come first, whatever the
filter. The filters are a GET form (they work without JavaScript and a filtered list can be bookmarked). The list
without a filter, what most visits show, is read by queries built once per process (`kept_queries`)."""

from django import forms
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.joins import access as join_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import SignalStatus
from lokaalsignaal.kept_queries import KeptCount, KeptPages, KeptQuery
from lokaalsignaal.pages.giver import story
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy.models import Municipality

SHOW_CHOICES = [
    ("", _("Alle signalen")),
    ("vraag", _("Er wacht een vraag op jou")),
    ("lopend", _("Lopend")),
    ("afgesloten", _("Afgesloten")),
]
_FINISHED = Q(status__in=[SignalStatus.NOT_RETAINED, SignalStatus.WITHDRAWN]) | Q(knelpunt__stage__in=CLOSED)
_SHOWN = {
    "vraag": Q(has_open_question=True),
    "lopend": ~_FINISHED,
    "afgesloten": _FINISHED,
}


ORDER = ("-has_open_question", "-submitted_at", "-pk")  # what needs her first, then the newest
JOINED_SHOWN = 50  # the knelpunten she joined, newest first


class MySignalsFilter(forms.Form):
    zoek = forms.CharField(label=_("Zoek op titel of referentie"), required=False, max_length=100)
    toon = forms.ChoiceField(label=_("Toon"), choices=SHOW_CHOICES, required=False)
    gemeente = forms.ChoiceField(label=_("Gemeente"), required=False)

    def __init__(self, data, municipalities):
        super().__init__(data)
        self.municipalities = municipalities
        self.fields["gemeente"].choices = [("", _("Alle gemeenten")), *((m.slug, m.name) for m in municipalities)]
        if len(municipalities) < 2:
            del self.fields["gemeente"]

    def apply(self, signals):
        """The signals that pass the filter (all of them when the filter is not valid), what needs her first."""
        if self.is_valid():
            query = self.cleaned_data["zoek"].strip()
            if query:
                signals = signals.filter(Q(title__icontains=query) | Q(reference__iexact=query))
            if self.cleaned_data["toon"]:
                signals = signals.filter(_SHOWN[self.cleaned_data["toon"]])
            if self.cleaned_data.get("gemeente"):
                signals = signals.filter(municipality__slug=self.cleaned_data["gemeente"])
        return signals.order_by(*ORDER)

    @property
    def active(self) -> bool:
        return self.is_valid() and any(self.cleaned_data.values())


def _given(user_id):
    return signal_access.signals_given_by(account(user_id))


def _joined(user_id):
    return join_access.joined_knelpunten_for(account(user_id))


_PLACES = KeptQuery(lambda user_id: Municipality.objects.filter(pk__in=_given(user_id).values("municipality"))
                    .only("slug", "name").order_by("name"))  # the filter's choices
_ALL = KeptPages(lambda user_id: _given(user_id).order_by(*ORDER).values_list(*story.ROW_VALUES))
_WAITING = KeptCount(lambda user_id: _given(user_id).filter(has_open_question=True))
# the list without a filter: how many signals, and how many wait for her answer, in one query
_COUNTS = KeptQuery(lambda user_id: _given(user_id).order_by().values("giver").annotate(
    total=Count("pk"), waiting=Count("pk", filter=Q(has_open_question=True))).values_list("total", "waiting"))
_JOINED_IDS = KeptQuery(lambda user_id: _joined(user_id).order_by("-updated_at", "-pk").values_list("pk", flat=True)
                        [:JOINED_SHOWN])
_JOINED = KeptQuery(lambda user_id, shape, **ids: _joined(user_id).filter(pk__in=[ids[f"k{i}"] for i in range(shape)])
                    .select_related("municipality", *story.ABOVE).only("pk", "title", "municipality__name",
                                                                       *story.ABOVE_FIELDS)
                    .order_by("-updated_at", "-pk"))


def my_signals(user, query) -> dict:
    """The page's context for the query string `query`: the filter form, the page of signals, the knelpunten she
    joined, how many of her signals wait for her answer."""
    filters = MySignalsFilter(query, _PLACES(user_id=user.pk))
    if filters.active:
        signals = filters.apply(signal_access.signals_given_by(user)).values_list(*story.ROW_VALUES)
        paginator, waiting = Paginator(signals, PAGE_SIZE), _WAITING(user_id=user.pk)
    else:
        paginator = Paginator(_ALL.of(user_id=user.pk), PAGE_SIZE)
        paginator.count, waiting = next(iter(_COUNTS(user_id=user.pk)), (0, 0))
    # the ids first: with the joins of the story above in one query, PostgreSQL planned a parallel scan of every
    # knelpunt (17-30 ms) for the few a giver joined
    ids = {f"k{i}": pk for i, pk in enumerate(_JOINED_IDS(user_id=user.pk))}
    page = paginator.get_page(query.get("pagina"))
    page.object_list = story.rows_of(page.object_list)
    return {"page": page, "filters": filters,
            "joined": _JOINED(shape=len(ids), user_id=user.pk, **ids) if ids else [], "waiting": waiting}
