"""The filters of the coordinators' audit page: by person (someone the log names: what she did, and what was done
about her role; the choices are the people of the log itself, `people_in`), by action (only the actions the page
lists: `audit.actions.public_codes`) and by period (from, to: days in Brussels time). A GET form whose query string
is the state; bad input is a Dutch form error and the page shows the log without that filter, never a server
error. Choices and lengths are bounded."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django import forms
from django.db.models import IntegerField, Q
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.accounts.models import User
from lokaalsignaal.audit.actions import describe, public_codes

LEGACY = "bottleneck."  # rows written before the knelpunt got its one code name (audit.actions)


def action_choices() -> list[tuple[str, str]]:
    codes = [code for code in public_codes() if not code.startswith(LEGACY)]
    return [("", _("Alle acties")), *sorted(((code, str(describe(code).label)) for code in codes),
                                             key=lambda choice: choice[1].lower())]


def codes_for(action: str) -> list[str]:
    """An action and its older code (`knelpunt.created` also finds `bottleneck.created`)."""
    if action.startswith("knelpunt."):
        return [action, LEGACY + action.removeprefix("knelpunt.")]
    return [action]


def people_in(events):
    """Who appears in these events: who did something, and whose role an action was about (`payload.member`).
    Never a giver who did nothing else than her own private acts: those rows are not in the log the page reads."""
    actors = events.filter(actor__isnull=False).values("actor_id")
    subjects = (events.filter(payload__member__isnull=False)
                .values(member=Cast(KeyTextTransform("member", "payload"), IntegerField())))
    return (User.objects.filter(Q(pk__in=actors) | Q(pk__in=subjects)).only("full_name", "email")
            .order_by("full_name", "pk"))


PEOPLE_LIMIT = 200  # options the person select offers at most (alphabetically), and the one chosen


class CappedPeople(forms.models.ModelChoiceIterator):
    """The first `PEOPLE_LIMIT` people of the log, and the chosen one if she is further down the list: a log that
    names thousands of people never renders thousands of options. A choice is still checked against all of them."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        people = list(self.queryset[:PEOPLE_LIMIT])
        chosen = self.field.chosen
        if chosen and chosen.isdigit() and int(chosen) <= bounds.MAX_INT and all(p.pk != int(chosen) for p in people):
            people += list(self.queryset.filter(pk=int(chosen)))
        for person in people:
            yield self.choice(person)


class PersonField(forms.ModelChoiceField):
    """A person by id: anything but a number that fits the database is an unknown choice (never an overflow)."""

    iterator = CappedPeople
    chosen = ""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not str(value).isdigit() or int(value) > bounds.MAX_INT:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice",
                                        params={"value": str(value)[:20]})
        return super().to_python(value)


class AuditFilterForm(forms.Form):
    person = PersonField(label=_("Persoon"), queryset=User.objects.none(), required=False,
                                    empty_label=_("Iedereen"))
    action = forms.ChoiceField(label=_("Actie"), required=False, choices=())
    date_from = bounds.DateField(label=_("Van"), required=False, widget=bounds.DateInput())
    date_to = bounds.DateField(label=_("Tot en met"), required=False, widget=bounds.DateInput())

    def __init__(self, *args, events, **kwargs):
        """`events`: the log the page reads (`audit_access.audit_events_of`); its people are the choices."""
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = people_in(events)
        self.fields["person"].chosen = str(self.data.get("person", ""))[:20] if self.is_bound else ""
        self.fields["person"].label_from_instance = lambda user: user.full_name or user.email
        self.fields["action"].choices = action_choices()

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("Deze datum ligt vóór de datum ‘van’. Kies een latere datum."))
        return data

    @property
    def filtered(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in self.fields)


def apply(events, form: AuditFilterForm):
    """The events as filtered: the valid fields apply, an invalid one is left out (the page shows its error)."""
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    person, action = data.get("person"), data.get("action")
    if person is not None:
        events = events.filter(Q(actor=person) | Q(payload__member=person.pk))
    if action:
        events = events.filter(action__in=codes_for(action))
    if data.get("date_from"):
        events = events.filter(created_at__gte=_start_of(data["date_from"]))
    if data.get("date_to"):
        events = events.filter(created_at__lt=_start_of(data["date_to"] + timedelta(days=1)))
    return events


def _start_of(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def as_codes(form: AuditFilterForm) -> dict:
    """The valid, non-empty filters as codes and ids (for the audit record of an export)."""
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    codes = {"person": data["person"].pk if data.get("person") else None, "action": data.get("action") or None,
             "date_from": data["date_from"].isoformat() if data.get("date_from") else None,
             "date_to": data["date_to"].isoformat() if data.get("date_to") else None}
    return {key: value for key, value in codes.items() if value is not None}
