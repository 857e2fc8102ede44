"""Forms of the partner capability: the coordinator's invitation and the analysis note (partners and coordinators)."""

import hashlib

from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.forms import NamedModelChoiceField
from lokaalsignaal.guard.services import GuardedForm

REACH_LENGTH = 64  # `reach_key`: a sha256 hex digest


class PartnerInviteForm(GuardedForm):
    """Invite one organisation, or one person (picked from the municipality's members, or by e-mail address: an
    existing account, or an invitation to make one). Exactly one of the three; an optional message goes with the
    e-mail (privacy-guarded)."""

    guarded_fields = ("invite_message",)

    organisation = NamedModelChoiceField(
        label=_("Een organisatie"), queryset=Organisation.objects.filter(verified=True).order_by("name"),
        required=False, empty_label=_("— Geen organisatie —"),
        help_text=_("De mensen van wie nagekeken is dat ze bij deze organisatie werken, krijgen toegang. "
                    "Je ziet wie dat is voor je bevestigt."))
    person = forms.ModelChoiceField(label=_("Of één persoon"), queryset=None, required=False,
                                    empty_label=_("— Geen persoon —"),
                                    help_text=_("Een lid van de gemeente."))
    email = forms.EmailField(label=_("Of een e-mailadres"), required=False, max_length=254,
                             help_text=_("Voor iemand die geen lid is van de gemeente. Heeft ze nog geen account, "
                                         "dan krijgt ze een link om er een te maken. De link is één keer bruikbaar "
                                         "en verloopt na een week."))
    invite_message = forms.CharField(
        label=_("Bericht bij de uitnodiging"), max_length=1000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Waarom je deze partner uitnodigt en wat je vraagt. Het staat in de e-mail. Schrijf geen "
                    "persoonsgegevens van cliënten."))
    # an organisation's invitation asks first (casework/partner/invite_confirm.html): its 'Ja' button posts
    # confirm=on and `reach`, a digest of the people it showed (fixed length); if that list changed meanwhile, it
    # asks again
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)
    reach = forms.CharField(required=False, max_length=REACH_LENGTH, widget=forms.HiddenInput)

    def __init__(self, *args, user, municipality, **kwargs):
        kwargs.setdefault("auto_id", "partner_%s")
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = partner_access.partner_candidates(user, municipality)
        self.fields["person"].label_from_instance = (
            lambda u: f"{u.full_name} ({u.organisation.name})" if u.organisation_id else u.full_name)

    def clean(self):
        cleaned = super().clean()
        chosen = [k for k in ("organisation", "person", "email") if cleaned.get(k)]
        if len(chosen) != 1:
            if not self.errors:
                raise forms.ValidationError(_("Kies één organisatie, óf één persoon, óf vul één e-mailadres in."))
            return cleaned
        cleaned["user"], cleaned["new_email"] = cleaned.get("person"), ""
        if cleaned.get("email"):
            account = User.objects.filter(email__iexact=cleaned["email"]).first()
            if account is None:
                cleaned["new_email"] = cleaned["email"]  # no account yet: an invitation to make one
            elif not account.is_active:
                self.add_error("email", _("Dit e-mailadres hoort bij een account dat niet actief is."))
            else:
                cleaned["user"] = account
        return cleaned

    def invitee(self) -> dict:
        return {"organisation": self.cleaned_data.get("organisation"), "user": self.cleaned_data.get("user"),
                "message": self.cleaned_data.get("invite_message", "")}

    def new_email(self) -> str:
        """The e-mail address to invite to make an account ("" when the partner has one)."""
        return self.cleaned_data.get("new_email", "")

    def confirmed(self, reach) -> bool:
        """Whether this POST confirms an invitation that reaches exactly `reach` (people). A person's invitation needs
        no confirmation: the coordinator named them."""
        if not self.cleaned_data.get("organisation"):
            return True
        return bool(self.cleaned_data.get("confirm")) and self.cleaned_data.get("reach") == reach_key(reach)


def reach_key(people) -> str:
    """The people a confirmation page showed, as the hidden `reach` value: a digest of their ids in the order shown,
    so the field has a fixed length however large the organisation (and carries no list of user ids)."""
    return hashlib.sha256(",".join(str(person.pk) for person in people).encode()).hexdigest()


class AnalysisNoteForm(GuardedForm):
    guarded_fields = ("analysis",)
    analysis = forms.CharField(
        label=_("Analysenota"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("De partners van dit knelpunt en de signaalcoördinatoren lezen dit. Schrijf geen "
                    "persoonsgegevens."),
        error_messages={"required": _("Schrijf een analysenota.")})

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "analysis_%s")
        super().__init__(*args, **kwargs)
