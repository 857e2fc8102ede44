"""Events: the one write path for organising, inviting, reminding and reporting back (the organiser's side;
what an invited person does — answering, the personal calendar feed — is in `participation`).

Every action checks the permission through `access` (and `tenancy.scoping.can`), writes in one transaction, records
an audit event and queues its e-mail in the same transaction (the outbox row commits with the action; delivery
starts after commit).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import ALLOWED, Stage
from lokaalsignaal.events import access as event_access
from lokaalsignaal.guard import services as guard
from lokaalsignaal.mail import services as mail
from lokaalsignaal.tenancy import scoping

from . import ics
from .models import AgendaItem, Event, Invitation, Response

EVENT_FIELDS = ["kind", "title", "description", "starts_at", "ends_at", "address", "room", "online_url", "capacity",
                "registration_deadline", "open_to_all", "reminder_hours"]
PLACE_AND_TIME = {"starts_at", "ends_at", "address", "room", "online_url"}


@dataclass
class Audience:
    """Who to invite. Signal-based: `agenda` (givers of the agenda's knelpunten) and `theme_ids`."""

    agenda: bool = False
    theme_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    sector_ids: list[int] = field(default_factory=list)
    partners: bool = False
    user_ids: list[int] = field(default_factory=list)

    @property
    def signal_based(self) -> bool:
        """Reaches givers through their signals, so also givers who hid their name (without naming them)."""
        return self.agenda or bool(self.theme_ids)

    @property
    def is_empty(self) -> bool:
        return not (self.agenda or self.theme_ids or self.organisation_ids or self.sector_ids or self.partners
                    or self.user_ids)


@dataclass
class Preview:
    """What the coordinator sees before sending: the named people only. Givers who hid their name and are reached
    through a signal-based audience get the invitation from the platform, but are never listed or counted here
    (nor anywhere else the coordinator looks): `reaches_hidden` depends only on the audience she chose."""

    named: list  # users, with `already_invited` (invited by name before)
    reaches_hidden: bool = False  # a signal-based audience was chosen: say that unnamed givers are invited too

    @property
    def count(self) -> int:
        return len(self.named)

    @property
    def new_count(self) -> int:
        return sum(1 for u in self.named if not u.already_invited)


# --- helpers (`_mail` and `_promote` are also used by `participation`) ---------------------------------------

def _validate(values: dict) -> None:
    if not values.get("title"):
        raise ValidationError({"title": _("Geef het evenement een titel.")})
    if values["ends_at"] <= values["starts_at"]:
        raise ValidationError({"ends_at": _("Het einde moet na het begin liggen.")})
    deadline = values.get("registration_deadline")
    if deadline and deadline > values["starts_at"]:
        raise ValidationError({"registration_deadline": _("Inschrijven moet kunnen sluiten vóór het begin.")})
    if values.get("capacity") == 0:
        raise ValidationError({"capacity": _("Geef minstens 1 plaats, of laat leeg voor onbeperkt.")})


def _event_for_update(actor, event_id) -> Event:
    event = event_access.events_managed_by(actor).select_for_update(of=("self",)).filter(pk=event_id).first()
    if event is None:
        raise PermissionDenied
    return event


def _event_url(event) -> str:
    return mail.absolute_url(reverse("events:event", args=[event.pk]))


def when(event) -> str:
    """'woensdag 1 juli 2026, 19:00–21:00' in Europe/Brussels (the current language)."""
    start, end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    day = formats.date_format(start, "l j F Y")
    if start.date() == end.date():
        return f"{day}, {start:%H:%M}–{end:%H:%M}"
    return f"{day} {start:%H:%M} – {formats.date_format(end, 'l j F Y')} {end:%H:%M}"


def _mail(invitation: Invitation, what: str, method: str | None = ics.REQUEST, extra: dict | None = None) -> None:
    """One e-mail about an event to one person, with the calendar file (REQUEST or CANCEL)."""
    event, user = invitation.event, invitation.user
    if not user.is_active:  # a removed account (`accounts.leaving`): no address to write to
        return
    attachments = [ics.for_mail(event, method, user)] if method else []
    with translation.override(user.language):
        moment = when(event)
    context = {"event": event, "what": what, "when": moment, "event_url": _event_url(event),
               "invitation": invitation, "user": user, **(extra or {})}
    mail.queue(user.email, "event_message", context, language=user.language, attachments=attachments)
    if method:
        invitation.sequence_sent = event.sequence
        Invitation.objects.filter(pk=invitation.pk).update(sequence_sent=event.sequence)


def _agenda_knelpunten(actor, municipality, knelpunt_ids):
    ids = {int(pk) for pk in knelpunt_ids}
    knelpunten = list(knelpunt_access.knelpunten_for(actor, municipality, perm="knelpunten.manage").filter(pk__in=ids))
    if len(knelpunten) != len(ids):
        raise PermissionDenied
    return knelpunten


def _put_on_agenda(actor, knelpunten, message: str) -> int:
    """Move the knelpunten that can go to 'geagendeerd' there, with the usual message to their givers."""
    moved = 0
    for knelpunt in knelpunten:
        if knelpunt.stage != Stage.AGENDA and Stage.AGENDA in ALLOWED.get(knelpunt.stage, ()):
            knelpunt.refresh_from_db(fields=["version", "stage"])
            casework.change_stage(actor, knelpunt.pk, Stage.AGENDA, message, knelpunt.version)
            moved += 1
    return moved


def _set_agenda(event, knelpunten) -> None:
    wanted = [b.pk for b in knelpunten]
    event.agenda.exclude(knelpunt_id__in=wanted).filter(outcome="").delete()
    existing = set(event.agenda.values_list("knelpunt_id", flat=True))
    for position, knelpunt in enumerate(knelpunten):
        if knelpunt.pk in existing:
            event.agenda.filter(knelpunt=knelpunt).update(position=position)
        else:
            AgendaItem.objects.create(event=event, knelpunt=knelpunt, position=position)


def _promote(event, now) -> list[Invitation]:
    """Fill free places from the waiting list, first come first served. The event row is locked by the caller."""
    promoted = []
    while True:
        taken = Invitation.objects.filter(event=event, response=Response.REGISTERED).count()
        if event.capacity is not None and taken >= event.capacity:
            break
        first = (Invitation.objects.select_for_update().filter(event=event, response=Response.WAITING)
                 .select_related("user", "event__municipality").order_by("waiting_since", "id").first())
        if first is None:
            break
        first.response, first.responded_at, first.waiting_since = Response.REGISTERED, now, None
        first.save(update_fields=["response", "responded_at", "waiting_since"])
        audit.record(None, "event.promoted", event, invitation=first.pk)
        _mail(first, "promoted")
        promoted.append(first)
    return promoted


def _people_to_tell(event):
    """Everyone with the event in their calendar or an open invitation (by name or by the platform, for a giver who
    hid their name): not those who declined or cancelled."""
    return (Invitation.objects.filter(event=event).exclude(response__in=[Response.DECLINED, Response.CANCELLED])
            .exclude(response=Response.PENDING, invited=False, name_hidden=False)
            .select_related("user", "event__municipality"))


# --- organising ----------------------------------------------------------------------------------------------

@transaction.atomic
def create_event(actor, municipality, data: dict, knelpunt_ids=(), agenda_message: str = "") -> Event:
    if not scoping.can(actor, municipality, "events.manage"):
        raise PermissionDenied
    values = {k: data[k] for k in EVENT_FIELDS if k in data}
    guard.refuse_over_long(Event, values)
    values["title"], values["description"] = guard.clean(values.get("title")), guard.clean(values.get("description"))
    _validate(values)
    knelpunten = _agenda_knelpunten(actor, municipality, knelpunt_ids)
    event = Event.objects.create(municipality=municipality, created_by=actor, **values)
    _set_agenda(event, knelpunten)
    audit.record(actor, "event.created", event, kind=event.kind, agenda=len(knelpunten))
    if agenda_message.strip():
        _put_on_agenda(actor, knelpunten, agenda_message)
    return event


@transaction.atomic
def update_event(actor, event_id: int, data: dict, knelpunt_ids=None, agenda_message: str = "") -> Event:
    """Change an event. Every change raises the calendar SEQUENCE; a new time or place is mailed (with the updated
    .ics) to everyone registered, on the waiting list or invited. More places promote the waiting list."""
    event = _event_for_update(actor, event_id)
    if event.is_cancelled:
        raise ValidationError(_("Een geannuleerd evenement kan je niet meer aanpassen."))
    values = {k: data[k] for k in EVENT_FIELDS if k in data}
    guard.refuse_over_long(Event, values)
    for key in ("title", "description"):
        if key in values:
            values[key] = guard.clean(values[key])
    merged = {f: getattr(event, f) for f in EVENT_FIELDS} | values
    _validate(merged)
    changed = [f for f, v in values.items() if getattr(event, f) != v]
    for key in changed:
        setattr(event, key, values[key])
    knelpunten = None
    if knelpunt_ids is not None:
        knelpunten = _agenda_knelpunten(actor, event.municipality, knelpunt_ids)
        before = set(event.agenda.values_list("knelpunt_id", flat=True))
        _set_agenda(event, knelpunten)
        if before != {b.pk for b in knelpunten}:
            changed.append("agenda")
    if not changed:
        return event
    event.sequence += 1
    if "starts_at" in changed:  # a new moment: a new reminder
        event.reminder_sent_at = None
        Invitation.objects.filter(event=event).update(reminded_at=None)
    event.save()
    audit.record(actor, "event.updated", event, fields=changed, sequence=event.sequence)
    if PLACE_AND_TIME & set(changed):
        for invitation in _people_to_tell(event):
            _mail(invitation, "changed")
    if "capacity" in changed:
        _promote(event, timezone.now())
    if knelpunten and agenda_message.strip():
        _put_on_agenda(actor, knelpunten, agenda_message)
    return event


def people_to_tell_count(actor, event) -> int:
    """Read-only, for the confirmation before cancelling: how many people the organiser sees would get the e-mail.
    Givers who hid their name and were invited by the platform are never counted (`access.event_participants`)."""
    visible = event_access.event_participants(actor, event).values("pk")
    return _people_to_tell(event).filter(pk__in=visible).count()


@transaction.atomic
def cancel_event(actor, event_id: int, message: str = "") -> Event:
    """Cancel: everyone who has it in their calendar gets METHOD:CANCEL with the same UID and a higher SEQUENCE."""
    event = _event_for_update(actor, event_id)
    if event.is_cancelled:
        return event
    event.status, event.sequence = Event.Status.CANCELLED, event.sequence + 1
    event.save(update_fields=["status", "sequence", "updated_at"])
    audit.record(actor, "event.cancelled", event, sequence=event.sequence)
    message = guard.clean(message)
    for invitation in _people_to_tell(event):
        _mail(invitation, "cancelled", ics.CANCEL, {"message": message})
    return event


# --- inviting ------------------------------------------------------------------------------------------------

def _audience(actor, event, audience: Audience):
    agenda_ids = list(event.agenda.values_list("knelpunt_id", flat=True)) if audience.agenda else []
    return event_access.event_audience(actor, event.municipality, agenda_knelpunt_ids=agenda_ids,
                                  theme_ids=audience.theme_ids, organisation_ids=audience.organisation_ids,
                                  sector_ids=audience.sector_ids, partners=audience.partners,
                                  user_ids=audience.user_ids)


def preview_invitations(actor, event, audience: Audience) -> Preview:
    """Who an invitation would reach by name, before sending. Nothing in it depends on who hid their name."""
    if audience.is_empty:
        return Preview([])
    named, _hidden = _audience(actor, event, audience)
    invited = set(Invitation.objects.filter(event=event, invited=True).values_list("user_id", flat=True))
    people = list(named)
    for person in people:
        person.already_invited = person.pk in invited
    return Preview(people, reaches_hidden=audience.signal_based)


@transaction.atomic
def send_invitations(actor, event_id: int, audience: Audience) -> int:
    """Invite the audience (each person once): an e-mail with the .ics and the event in their platform. Returns how
    many of the previewed (named) people were newly invited: exactly the preview's `new_count`.

    Givers reached only through a signal that hides their name get the same e-mail from the platform, on an
    invitation the coordinator never sees (`name_hidden`, `invited` stays False: see `access.event_participants`)
    until they register themselves. It is only ever created, never added to an existing row, and it is not counted
    here or in the audit event, so nothing the coordinator sees differs by whether someone hid their name. Naming
    such a person later turns it into an ordinary invitation by name, as if it were new (an earlier 'no' to the
    hidden invitation is forgotten: it would tell)."""
    event = _event_for_update(actor, event_id)
    if event.is_cancelled or event.is_past:
        raise ValidationError(_("Voor dit evenement kan je niemand meer uitnodigen."))
    if audience.is_empty:
        raise ValidationError(_("Kies wie je wil uitnodigen."))
    named, hidden = _audience(actor, event, audience)
    existing = {i.user_id: i for i in Invitation.objects.select_for_update().filter(event=event)}
    now, sent = timezone.now(), 0
    for user in named:
        invitation = existing.get(user.pk) or Invitation(event=event, user=user)
        if invitation.invited:
            continue
        if invitation.name_hidden and invitation.response == Response.DECLINED:
            invitation.response, invitation.responded_at = Response.PENDING, None
        invitation.invited, invitation.invited_by, invitation.invited_at = True, actor, now
        invitation.name_hidden = False
        _send_invitation(invitation, event, user)
        sent += 1
    for user in hidden:
        if user.pk not in existing:
            _send_invitation(Invitation(event=event, user=user, name_hidden=True, invited_at=now), event, user)
    audit.record(actor, "event.invitations_sent", event, count=sent)
    return sent


def _send_invitation(invitation: Invitation, event, user) -> None:
    invitation.save()
    invitation.event, invitation.user = event, user
    _mail(invitation, "invitation")


# --- after the event -------------------------------------------------------------------------------------------

@transaction.atomic
def record_attendance(actor, event_id: int, attended_user_ids) -> int:
    event = _event_for_update(actor, event_id)
    present = {int(pk) for pk in attended_user_ids}
    invitations = list(event_access.event_participants(actor, event).exclude(response=Response.PENDING, invited=False))
    for invitation in invitations:
        attended = invitation.user_id in present
        if invitation.attended != attended and (attended or invitation.response == Response.REGISTERED
                                                or invitation.attended is not None):
            invitation.attended = attended
            invitation.save(update_fields=["attended"])
    count = sum(1 for i in invitations if i.user_id in present)
    audit.record(actor, "event.attendance_recorded", event, present=count)
    return count


@transaction.atomic
def record_outcome(actor, agenda_item_id: int, outcome: str, send_as_feedback: bool = False) -> AgendaItem:
    """The outcome for one knelpunt on the agenda; optionally sent, in the same action, as feedback to that
    knelpunt's givers (it appears in the knelpunt's timeline and on their signal pages). Refused before the event
    has started: nothing can have come out of it yet."""
    item = (AgendaItem.objects.select_for_update(of=("self",)).select_related("event", "event__municipality",
                                                                              "knelpunt")
            .filter(pk=agenda_item_id, event__in=event_access.events_managed_by(actor)).first())
    if item is None:
        raise PermissionDenied
    if not item.event.has_started:
        raise ValidationError(_("Een uitkomst kan je pas bewaren als het evenement begonnen is."))
    outcome = guard.clean(outcome)
    if not outcome:
        raise ValidationError(_("Schrijf de uitkomst: wat is er beslist, wat zijn de volgende stappen?"))
    now = timezone.now()
    item.outcome, item.outcome_recorded_at = outcome, now
    fields = ["outcome", "outcome_recorded_at"]
    if send_as_feedback:
        event = item.event
        message = _("Uitkomst van %(kind)s ‘%(title)s’ (%(date)s):\n%(outcome)s") % {
            "kind": event.get_kind_display().lower(), "title": event.title,
            "date": formats.date_format(timezone.localtime(event.starts_at), "j F Y"), "outcome": outcome}
        casework.send_feedback(actor, item.knelpunt_id, message)
        item.outcome_sent_at = now
        fields.append("outcome_sent_at")
    item.save(update_fields=fields)
    audit.record(actor, "event.outcome_recorded", item.event, agenda_item=item.pk, knelpunt=item.knelpunt_id,
                 sent=send_as_feedback)
    return item


# --- reminders -------------------------------------------------------------------------------------------------

def send_reminders(now=None) -> int:
    """Remind everyone registered, `reminder_hours` before each event (run every few minutes). Returns mails."""
    now = now or timezone.now()
    sent = 0
    for event_id, starts_at, hours in event_access.events_due_for_reminder(now).values_list("pk", "starts_at",
                                                                                     "reminder_hours"):
        if hours and starts_at - timedelta(hours=hours) <= now:
            sent += _remind(event_id, now)
    return sent


@transaction.atomic
def _remind(event_id: int, now) -> int:
    event = (event_access.events_due_for_reminder(now).select_for_update(of=("self",)).select_related("municipality")
             .filter(pk=event_id).first())
    if event is None:  # another run got here first
        return 0
    invitations = list(Invitation.objects.filter(event=event, response=Response.REGISTERED, reminded_at__isnull=True)
                       .select_related("user"))
    for invitation in invitations:
        invitation.event = event
        _mail(invitation, "reminder")
    Invitation.objects.filter(pk__in=[i.pk for i in invitations]).update(reminded_at=now)
    event.reminder_sent_at = now
    event.save(update_fields=["reminder_sent_at"])
    audit.record(None, "event.reminders_sent", event, count=len(invitations))
    return len(invitations)
