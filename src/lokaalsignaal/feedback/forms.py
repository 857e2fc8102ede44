from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.guard.services import GuardedForm


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


class PreferenceForm(forms.Form):
    preference = forms.ChoiceField(
        label=_("Wanneer wil je een e-mail krijgen?"), choices=NotificationPreference.choices,
        widget=forms.RadioSelect,
        help_text=_("In Lokaal Signaal zie je je meldingen altijd meteen. Dit gaat alleen over e-mail."),
        error_messages={"required": _("Kies wanneer je een e-mail wil krijgen.")})
