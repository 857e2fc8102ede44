"""Forms of the events capability. Free text goes through the privacy guard (GuardedForm)."""

from datetime import datetime, time

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.reference.models import Sector, Theme

from .models import EventKind


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%H:%M")


def at(day, moment):
    """A Brussels wall-clock time as an aware datetime (UTC in the database): summer and winter time both right."""
    return timezone.make_aware(datetime.combine(day, moment), timezone.get_default_timezone())


class EventForm(GuardedForm):
    guarded_fields = ("title", "description", "agenda_message")

    kind = forms.ChoiceField(label=_("Soort"), choices=EventKind.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Titel"), max_length=200)
    description = forms.CharField(label=_("Beschrijving"), required=False, max_length=5000,
                                  widget=forms.Textarea(attrs={"rows": 4}),
                                  help_text=_("Waarover gaat het, voor wie, wat brengen deelnemers mee?"))
    day = bounds.DateField(label=_("Datum"), widget=bounds.DateInput)
    start = forms.TimeField(label=_("Begin (uur)"), widget=TimeInput)
    end = forms.TimeField(label=_("Einde (uur)"), widget=TimeInput)
    address = forms.CharField(label=_("Adres"), max_length=250, required=False)
    room = forms.CharField(label=_("Zaal"), max_length=120, required=False)
    online_url = forms.URLField(label=_("Link om online deel te nemen"), required=False, assume_scheme="https")
    capacity = forms.IntegerField(label=_("Aantal plaatsen"), min_value=1, required=False,
                                  help_text=_("Leeg: onbeperkt. Is het volzet, dan komen nieuwe inschrijvingen op "
                                              "de wachtlijst."))
    deadline = bounds.DateField(label=_("Inschrijven kan tot en met"), required=False, widget=bounds.DateInput)
    open_to_all = forms.BooleanField(label=_("Open voor alle signaalgevers van de gemeente (anders alleen op "
                                             "uitnodiging)"), required=False)
    reminder_hours = forms.IntegerField(label=_("Herinnering sturen (uren vooraf)"), min_value=0, max_value=336,
                                        initial=24, help_text=_("0: geen herinnering."))
    agenda = forms.MultipleChoiceField(label=_("Knelpunten op de agenda"), required=False,
                                       widget=forms.CheckboxSelectMultiple)
    agenda_message = forms.CharField(
        label=_("Bericht aan de signaalgevers van deze knelpunten"), required=False, max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Schrijf je een bericht, dan komen de knelpunten in de fase ‘geagendeerd’ en krijgen hun "
                    "signaalgevers dit bericht. Leeg: de fase blijft zoals ze is."))

    def __init__(self, *args, knelpunten=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda"].choices = [(str(b.pk), b.title) for b in knelpunten]

    def clean(self):
        cleaned = super().clean()
        day, start, end = cleaned.get("day"), cleaned.get("start"), cleaned.get("end")
        if day and start and end:
            cleaned["starts_at"], cleaned["ends_at"] = at(day, start), at(day, end)
            if cleaned["ends_at"] <= cleaned["starts_at"]:
                self.add_error("end", _("Het einde moet na het begin liggen."))
            deadline = cleaned.get("deadline")
            if deadline:
                if deadline > day:
                    self.add_error("deadline", _("Inschrijven moet sluiten ten laatste op de dag zelf."))
                cleaned["registration_deadline"] = min(at(deadline, time(23, 59)), cleaned["starts_at"])
            else:
                cleaned["registration_deadline"] = None
        return cleaned

    def event_data(self) -> dict:
        c = self.cleaned_data
        keys = ["kind", "title", "description", "starts_at", "ends_at", "address", "room", "online_url", "capacity",
                "registration_deadline", "open_to_all", "reminder_hours"]
        return {k: c[k] if c[k] is not None or k in ("capacity", "registration_deadline") else "" for k in keys}

    @staticmethod
    def initial_for(event) -> dict:
        start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
        deadline = timezone.localtime(event.registration_deadline).date() if event.registration_deadline else None
        return {"kind": event.kind, "title": event.title, "description": event.description, "day": start.date(),
                "start": start.time(), "end": end.time(), "address": event.address, "room": event.room,
                "online_url": event.online_url, "capacity": event.capacity, "deadline": deadline,
                "open_to_all": event.open_to_all, "reminder_hours": event.reminder_hours,
                "agenda": [str(pk) for pk in event.agenda.values_list("knelpunt_id", flat=True)]}


class InviteForm(forms.Form):
    agenda = forms.BooleanField(label=_("De signaalgevers van de knelpunten op de agenda"), required=False)
    themes = forms.ModelMultipleChoiceField(label=_("Signaalgevers die signaleerden over deze thema's"),
                                            queryset=Theme.objects.none(), required=False,
                                            widget=forms.CheckboxSelectMultiple)
    organisations = forms.MultipleChoiceField(label=_("Leden van deze organisaties"), required=False,
                                              widget=forms.CheckboxSelectMultiple)
    sectors = forms.ModelMultipleChoiceField(label=_("Leden uit deze sectoren"), queryset=Sector.objects.none(),
                                             required=False, widget=forms.CheckboxSelectMultiple)
    partners = forms.BooleanField(label=_("Partners van de gemeente"), required=False)
    people = forms.MultipleChoiceField(label=_("Personen"), required=False, widget=forms.CheckboxSelectMultiple,
                                       help_text=_("Vink een of meer personen aan. Typ een deel van een naam of "
                                                   "organisatie om de lijst korter te maken."))

    def __init__(self, *args, people=(), organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(active=True).order_by("position")
        self.fields["sectors"].queryset = Sector.objects.order_by("name")
        self.fields["organisations"].choices = [(str(o.pk), o.name) for o in organisations]
        self.fields["people"].choices = [
            (str(p.pk), f"{p.full_name or p.email} ({p.organisation.name})" if p.organisation_id else
             (p.full_name or p.email)) for p in people]

    def audience(self):
        from .services import Audience

        c = self.cleaned_data
        return Audience(agenda=c["agenda"], theme_ids=[t.pk for t in c["themes"]],
                        organisation_ids=[int(pk) for pk in c["organisations"]],
                        sector_ids=[s.pk for s in c["sectors"]], partners=c["partners"],
                        user_ids=[int(pk) for pk in c["people"]])


class OutcomeForm(GuardedForm):
    guarded_fields = ("outcome",)

    outcome = forms.CharField(label=_("Uitkomst: beslissingen en volgende stappen"), max_length=5000,
                              widget=forms.Textarea(attrs={"rows": 4}))
    send_as_feedback = forms.BooleanField(label=_("Stuur dit ook als terugkoppeling naar de signaalgevers van dit "
                                                  "knelpunt"), required=False)


class AttendanceForm(forms.Form):
    present = forms.MultipleChoiceField(label=_("Wie was er?"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, participants=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(str(i.user_id), i.user.full_name or i.user.email) for i in participants]


class CancelForm(GuardedForm):
    """'Annuleer het evenement' asks first (events/cancel_confirm.html): its 'Ja' button posts confirm=on."""

    guarded_fields = ("cancel_message",)
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    cancel_message = forms.CharField(label=_("Bericht aan de deelnemers"), required=False, max_length=2000,
                                     widget=forms.Textarea(attrs={"rows": 3}))
