from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.guard.services import GuardedForm


class JoinForm(GuardedForm):
    guarded_fields = ("context",)
    context = forms.CharField(
        label=_("Wat zie jij?"), max_length=2000, required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Een paar zinnen over wat jij ziet helpt de gemeente. Schrijf geen namen, adressen of andere "
                    "persoonsgegevens."))


class KnownSearchForm(forms.Form):
    """Search in the knelpunten a municipality made visible to givers (GET)."""

    zoek = forms.CharField(label=_("Zoek in de knelpunten"), required=False, max_length=100)
