"""The three parts of the profile page (`profile_views`): who you are, how often mail comes, the language. Each form
only checks; a service writes (`accounts.services.update_profile`, `notifications.services.set_preference`)."""

from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.models import NotificationPreference, Organisation
from lokaalsignaal.reference.models import Sector


class AboutYouForm(forms.Form):
    full_name = forms.CharField(label=_("Je naam"), max_length=150,
                                error_messages={"required": _("Vul je naam in.")},
                                widget=forms.TextInput(attrs={"autocomplete": "name"}))
    function = forms.CharField(label=_("Je functie"), max_length=150, required=False,
                               help_text=_("Bijvoorbeeld: maatschappelijk werker, thuisverpleegkundige."),
                               widget=forms.TextInput(attrs={"autocomplete": "organization-title"}))
    organisation = forms.ModelChoiceField(
        label=_("Je organisatie"), queryset=Organisation.objects.none(), required=False,
        empty_label=_("— Mijn organisatie staat er niet bij —"),
        help_text=_("Kies je een andere organisatie, dan kijkt een coördinator van je gemeente opnieuw na of je er "
                    "werkt. Tot dan telt je organisatie nog niet als nagekeken."))
    new_organisation = forms.CharField(
        label=_("Naam van je organisatie (als ze niet in de lijst staat)"), max_length=200, required=False)
    new_organisation_sector = forms.ModelChoiceField(
        label=_("Sector van die organisatie"), queryset=Sector.objects.filter(active=True), required=False,
        empty_label=_("— Kies een sector —"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.had_organisation = user.organisation_id is not None
        # the verified organisations, and hers (a name she proposed stays selectable until someone verifies it)
        self.fields["organisation"].queryset = Organisation.objects.filter(
            Q(verified=True) | Q(pk=user.organisation_id)).order_by("name")
        self.fields["organisation"].required = False  # someone invited by a coordinator may have none yet

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("new_organisation", "").strip():
            if not cleaned.get("new_organisation_sector"):
                self.add_error("new_organisation_sector", _("Kies de sector van je organisatie."))
        elif not cleaned.get("organisation") and self.had_organisation and "organisation" not in self.errors:
            self.add_error("organisation", _("Kies je organisatie, of vul hieronder de naam in."))
        return cleaned


class MailForm(forms.Form):
    notification_preference = forms.ChoiceField(
        label=_("Wanneer wil je een e-mail over je meldingen?"), choices=NotificationPreference.choices,
        widget=forms.RadioSelect,
        help_text=_("In Lokaal Signaal zie je je meldingen altijd meteen. Dit gaat alleen over e-mail."),
        error_messages={"required": _("Kies wanneer je een e-mail wil krijgen.")})


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Taal van Lokaal Signaal en van je e-mails"), choices=settings.LANGUAGES,
                                 widget=forms.RadioSelect,
                                 error_messages={"required": _("Kies een taal.")})
