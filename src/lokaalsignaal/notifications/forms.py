from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.models import NotificationPreference


class PreferenceForm(forms.Form):
    preference = forms.ChoiceField(
        label=_("Wanneer wil je een e-mail krijgen?"), choices=NotificationPreference.choices,
        widget=forms.RadioSelect,
        help_text=_("In Lokaal Signaal zie je je meldingen altijd meteen. Dit gaat alleen over e-mail."),
        error_messages={"required": _("Kies wanneer je een e-mail wil krijgen.")})
