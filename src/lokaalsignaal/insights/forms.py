"""The period chooser of an overview (a GET form: the period is in the URL, so a page can be shared and printed), and
the forms of a signalenrapport."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.insights import periods

FIRST_YEAR = 2020


class PeriodForm(forms.Form):
    periode = forms.ChoiceField(
        label=_("Periode"), required=False, initial=periods.LAST_12_MONTHS, widget=forms.RadioSelect,
        choices=[(periods.LAST_12_MONTHS, _("De laatste 12 maanden")), (periods.THIS_YEAR, _("Dit jaar")),
                 (periods.YEAR, _("Een kalenderjaar")), (periods.RANGE, _("Van … tot …"))])
    jaar = forms.TypedChoiceField(label=_("Kalenderjaar"), required=False, coerce=int, empty_value=None)
    van = bounds.DateField(label=_("Van"), required=False, widget=bounds.DateInput())
    tot = bounds.DateField(label=_("Tot en met"), required=False, widget=bounds.DateInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["jaar"].choices = [(y, str(y)) for y in range(this_year, FIRST_YEAR - 1, -1)]

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("periode") or periods.LAST_12_MONTHS
        if kind == periods.YEAR and not cleaned.get("jaar"):
            self.add_error("jaar", _("Kies een kalenderjaar."))
        if kind == periods.RANGE:
            first, last = cleaned.get("van"), cleaned.get("tot")
            if not first:
                self.add_error("van", _("Geef de eerste dag van de periode."))
            if not last:
                self.add_error("tot", _("Geef de laatste dag van de periode."))
            if first and last and first > last:
                self.add_error("tot", _("De laatste dag ligt na de eerste."))
            elif first and last and (last - first).days > periods.LONGEST_DAYS:
                self.add_error("tot", _("Kies een periode van hoogstens vijf jaar."))
        return cleaned

    def period(self) -> periods.Period:
        """The chosen period; the last 12 months when nothing (valid) was chosen."""
        if not self.is_bound or not self.is_valid():
            return periods.last_12_months()
        data = self.cleaned_data
        kind = data.get("periode") or periods.LAST_12_MONTHS
        if kind == periods.THIS_YEAR:
            return periods.this_year()
        if kind == periods.YEAR:
            return periods.calendar_year(data["jaar"])
        if kind == periods.RANGE:
            return periods.between(data["van"], data["tot"])
        return periods.last_12_months()


class ReportForm(GuardedForm):
    """A signalenrapport's title and intro (with the privacy guard), the knelpunten in it and the signals it quotes
    (`choices` from the page: the candidates the coordinator may pick). The period is a `PeriodForm` beside it."""

    guarded_fields = ("title", "intro")
    title = forms.CharField(label=_("Titel"), max_length=200)
    intro = forms.CharField(label=_("Inleiding"), required=False, widget=forms.Textarea(attrs={"rows": 6}),
                            max_length=5000, help_text=_("Wat wil je de lezer eerst vertellen? Je mag dit leeg laten."))
    knelpunten = forms.TypedMultipleChoiceField(label=_("Knelpunten in het rapport"), coerce=int, required=False,
                                                widget=forms.CheckboxSelectMultiple)
    excerpts = forms.TypedMultipleChoiceField(label=_("Signalen die je citeert"), coerce=int, required=False,
                                              widget=forms.CheckboxSelectMultiple)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, knelpunt_choices=(), excerpt_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["knelpunten"].choices = list(knelpunt_choices)
        self.fields["excerpts"].choices = list(excerpt_choices)


class NewReportForm(GuardedForm):
    guarded_fields = ("title",)
    title = forms.CharField(label=_("Titel"), max_length=200)
