from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds, fast_widgets
from lokaalsignaal.forms import KeptMultipleChoiceField
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.reference import lists
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Municipality

from .models import SIGNAL_TYPE_HINTS, Frequency, PeopleAffected, SignalType


class SignalTypeWidget(forms.RadioSelect):
    option_template_name = "intake/partials/signal_type_option.html"


def signal_type_option(option) -> str:
    """The template above written in Python, as `fast_widgets` writes Django's own options: the give form's four kinds
    through the template engine (with Django's attrs.html) were a third of the form's time.
    tests/intake/test_the_signal_type_options_are_written_as_their_template_writes_them.py holds the two equal."""
    option_id = option["attrs"].get("id")
    label_for = f' for="{fast_widgets.text(option_id)}"' if option_id else ""
    value = "" if option["value"] is None else f' value="{fast_widgets.format_s(option["value"])}"'
    hint = fast_widgets.text(SIGNAL_TYPE_HINTS.get(option["value"], ""))
    return (f'<label{label_for}><input type="{fast_widgets.text(option["type"])}" '
            f'name="{fast_widgets.text(option["name"])}"{value}{fast_widgets.attrs(option)}> '
            f'<span><strong>{fast_widgets.text(option["label"])}</strong><br><span class="small">{hint}</span></span>'
            "</label>\n")


fast_widgets.RENDERERS[SignalTypeWidget.option_template_name] = signal_type_option


class SignalForm(GuardedForm):
    guarded_fields = ("title", "description", "since", "tried", "idea")

    municipalities = forms.ModelMultipleChoiceField(
        label=_("Voor welke gemeente?"), queryset=Municipality.objects.none(), widget=forms.CheckboxSelectMultiple,
        help_text=_("Werk je in meer gemeenten? Kies ze allemaal: elke gemeente krijgt een eigen signaal."),
        error_messages={"required": _("Kies minstens één gemeente.")})
    signal_type = forms.ChoiceField(
        label=_("Wat voor signaal is het?"), choices=SignalType.choices, widget=SignalTypeWidget,
        error_messages={"required": _("Kies wat voor signaal het is.")})
    title = forms.CharField(label=_("Korte titel"), max_length=150,
                            help_text=_("In een paar woorden, bijvoorbeeld: 'Lange wachttijd voor budgetbegeleiding'."),
                            error_messages={"required": _("Geef je signaal een korte titel.")})
    description = forms.CharField(
        label=_("Wat stel je vast?"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Beschrijf wat je bij meerdere mensen ziet. Schrijf geen namen, adressen of andere "
                    "persoonsgegevens."),
        error_messages={"required": _("Beschrijf wat je vaststelt.")})
    themes = KeptMultipleChoiceField(
        label=_("Thema"), kept=lists.ACTIVE_THEMES, widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies minstens één thema."), error_messages={"required": _("Kies minstens één thema.")})
    target_groups = KeptMultipleChoiceField(
        label=_("Doelgroep"), kept=lists.ACTIVE_TARGET_GROUPS, widget=forms.CheckboxSelectMultiple,
        required=False)
    frequency = forms.ChoiceField(label=_("Hoe vaak zie je dit?"), required=False,
                                  choices=[("", _("— Kies —"))] + Frequency.choices)
    people_affected = forms.ChoiceField(label=_("Over hoeveel mensen gaat het ongeveer?"), required=False,
                                        choices=[("", _("— Kies —"))] + PeopleAffected.choices)
    since = forms.CharField(label=_("Sinds wanneer zie je dit?"), max_length=60, required=False,
                            help_text=_("Bijvoorbeeld: sinds begin 2025."))
    tried = forms.CharField(label=_("Wat heb je al geprobeerd?"), max_length=3000, required=False,
                            widget=forms.Textarea(attrs={"rows": 3}))
    idea = forms.CharField(label=_("Heb je een idee voor een oplossing?"), max_length=3000, required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))
    may_contact = forms.BooleanField(label=_("De gemeente mag me contacteren over dit signaal."), required=False,
                                     initial=True)
    may_invite = forms.BooleanField(label=_("De gemeente mag me uitnodigen voor werksessies over dit thema."),
                                    required=False, initial=True)
    hide_name = forms.BooleanField(
        label=_("Verberg mijn naam voor de gemeente."), required=False,
        help_text=_("De gemeente ziet dan alleen je sector. Berichten komen nog steeds bij jou aan."))

    def __init__(self, *args, user, municipality=None, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["municipalities"]
        field.queryset = scoping.municipalities_for(user, "signal.give").order_by("name")
        if municipality is not None and not self.is_bound:
            field.initial = [municipality.pk]
        if editing:
            del self.fields["municipalities"]
            self.fields["version"] = bounds.VersionField()  # the optimistic lock: the version the giver edited
        self.signal_type_hints = SIGNAL_TYPE_HINTS

    def clean(self):
        cleaned = super().clean()
        bounds.hidden_errors_to_form(self)
        return cleaned

    def signal_data(self) -> dict:
        return {k: self.cleaned_data[k] for k in ["signal_type", "title", "description", "frequency",
                                                   "people_affected", "since", "tried", "idea", "may_contact",
                                                   "may_invite", "hide_name"]}


class CommentForm(GuardedForm):
    guarded_fields = ("body",)
    body = forms.CharField(label=_("Je opmerking"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": _("Schrijf een opmerking.")})


class RedactForm(forms.Form):
    passage = forms.CharField(label=_("Tekst die weg moet"), max_length=500,
                              help_text=_("Kopieer de tekst letterlijk. Elke plaats waar hij staat, wordt vervangen "
                                          "door [verwijderd]. Het origineel verdwijnt uit de databank."))


class AnswerForm(GuardedForm):
    """The giver's answer to the municipality's question. Its own field name, so it can share a page with the
    comment form (ids and privacy-guard targets stay unique)."""

    guarded_fields = ("answer",)
    answer = forms.CharField(label=_("Je antwoord"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}),
                             error_messages={"required": _("Schrijf je antwoord.")})


class StillSeenForm(GuardedForm):
    guarded_fields = ("context",)
    context = forms.CharField(
        label=_("Wat zie je nu?"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kort, bijvoorbeeld: 'Deze maand kwamen er drie gezinnen met hetzelfde probleem.'"))
