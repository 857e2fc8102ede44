from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts import services
from lokaalsignaal.accounts.models import Invitation, Organisation, User
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Municipality, Role


class MunicipalityChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.name


class AccountRequestForm(forms.Form):
    """Extra fields on allauth's sign-up form: who you are and where you work."""

    full_name = forms.CharField(label=_("Je naam"), max_length=150)
    function = forms.CharField(label=_("Je functie"), max_length=150,
                               help_text=_("Bijvoorbeeld: maatschappelijk werker, thuisverpleegkundige."))
    organisation = forms.ModelChoiceField(
        label=_("Je organisatie"), queryset=Organisation.objects.filter(verified=True), required=False,
        empty_label=_("— Mijn organisatie staat er niet bij —"),
        help_text=_("Een coördinator van je gemeente kijkt na of je bij deze organisatie werkt."),
    )
    new_organisation = forms.CharField(
        label=_("Naam van je organisatie (als ze niet in de lijst staat)"), max_length=200, required=False)
    new_organisation_sector = forms.ModelChoiceField(
        label=_("Sector van die organisatie"), queryset=Sector.objects.filter(active=True), required=False,
        empty_label=_("— Kies een sector —"))
    municipalities = MunicipalityChoiceField(
        label=_("Gemeenten waar je werkt"), queryset=Municipality.objects.filter(participating=True),
        help_text=_("Je kan alleen signalen geven in gemeenten die meewerken. "
                    "Een coördinator van elke gemeente keurt je aanvraag goed."),
        error_messages={"required": _("Kies minstens één gemeente waar je werkt.")},
    )

    field_order = ["full_name", "email", "function", "organisation", "new_organisation",
                   "new_organisation_sector", "municipalities", "password1", "password2"]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("organisation"):
            if not cleaned.get("new_organisation"):
                self.add_error("organisation", _("Kies je organisatie, of vul hieronder de naam in."))
            elif not cleaned.get("new_organisation_sector"):
                self.add_error("new_organisation_sector", _("Kies de sector van je organisatie."))
        return cleaned

    def signup(self, request, user):
        """allauth's hook after it saved the account: the rest is one account service (audited)."""
        data = self.cleaned_data
        services.complete_sign_up(
            user, full_name=data["full_name"], function=data["function"], organisation=data.get("organisation"),
            new_organisation=data.get("new_organisation", ""),
            new_organisation_sector=data.get("new_organisation_sector"), municipalities=data["municipalities"],
            language=getattr(request, "LANGUAGE_CODE", "nl")[:2])


class MoreMunicipalitiesForm(forms.Form):
    municipalities = MunicipalityChoiceField(
        label=_("Gemeenten waar je ook werkt"), queryset=Municipality.objects.none(),
        error_messages={"required": _("Kies minstens één gemeente.")},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        taken = user.memberships.filter(role=Role.GIVER, status__in=["pending", "approved"]).values(
            "municipality_id")
        self.fields["municipalities"].queryset = Municipality.objects.filter(participating=True).exclude(
            pk__in=taken)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Goedkeuren")), ("refuse", _("Weigeren"))],
                                 widget=forms.HiddenInput)
    message = forms.CharField(
        label=_("Bericht aan de aanvrager"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Verplicht als je weigert."))


class InvitationForm(forms.ModelForm):
    role = forms.ChoiceField(label=_("Rol"), choices=[(Role.COORDINATOR, Role.COORDINATOR.label),
                                                      (Role.READER, Role.READER.label)])

    class Meta:
        model = Invitation
        fields = ["email", "role"]


class SettingsForm(forms.ModelForm):
    class Meta:
        model = Municipality
        fields = services.SETTINGS_FIELDS
        widgets = {
            "auto_approve_domains": forms.Textarea(attrs={"rows": 3}),
            "intro_text": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["retention_months"].required = False  # left empty (or by an older form): the current term

    def clean_retention_months(self):
        months = self.cleaned_data.get("retention_months")
        return self.instance.retention_months if months is None else months


class InvitationSignupForm(forms.ModelForm):
    """A new person accepts an invitation: the e-mail is proven by the link, so only name and password. The form
    only checks; `services.sign_up_by_invitation` makes the account."""

    password1 = forms.CharField(
        label=_("Wachtwoord"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Minstens 10 tekens."), max_length=services.PASSWORD_LENGTH)
    password2 = forms.CharField(label=_("Wachtwoord (nog eens)"), max_length=services.PASSWORD_LENGTH,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    class Meta:
        model = User
        fields = ["full_name", "function"]
        labels = {"full_name": _("Je naam"), "function": _("Je functie")}

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.email = email

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("De twee wachtwoorden zijn niet gelijk."))
        elif p1:
            try:
                password_validation.validate_password(p1, self.instance)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
