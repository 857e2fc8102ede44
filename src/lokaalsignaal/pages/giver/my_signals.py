"""The giver's list of her own signals (`/mijn/signalen/`): what needs her first, then the newest; a few filters.

What needs her is a question of the municipality that waits for her answer: those signals come first, whatever the
filter. The filters are a GET form (they work without JavaScript and a filtered list can be bookmarked)."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.intake.models import SignalStatus

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
        return signals.order_by("-has_open_question", "-submitted_at", "-pk")

    @property
    def active(self) -> bool:
        return self.is_valid() and any(self.cleaned_data.values())
