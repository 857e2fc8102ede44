"""Forms of the public pages (no account): the search on "Welke steden en gemeenten werken mee?"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.tenancy.participants import MAX_SEARCH


class ParticipatingSearchForm(forms.Form):
    """A GET form (works without JavaScript; the query string is the state): a name or a postcode."""

    zoek = forms.CharField(label=_("Zoek op naam of postcode"), required=False, max_length=MAX_SEARCH,
                           widget=forms.TextInput(attrs={"type": "search"}))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)

    def search(self) -> str:
        """What to look for: the typed text, or nothing when the form was not sent or refused it."""
        return self.cleaned_data["zoek"] if self.is_bound and self.is_valid() else ""
