"""Events (signaaldag, netwerkbijeenkomst, werksessie, overleg) with an agenda of knelpunten, invitations, RSVP
with capacity and a waiting list, and a personal calendar feed. Times are stored in UTC."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.tenancy.models import Municipality


class EventKind(models.TextChoices):
    SIGNAL_DAY = "signaaldag", _("Signaaldag")
    NETWORK = "netwerkbijeenkomst", _("Netwerkbijeenkomst")
    WORK_SESSION = "werksessie", _("Werksessie")
    CONSULTATION = "overleg", _("Overleg")


class Event(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Gepland")
        CANCELLED = "cancelled", _("Geannuleerd")

    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(_("soort"), max_length=20, choices=EventKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("beschrijving"), max_length=5000, blank=True)
    starts_at = models.DateTimeField(_("begin"))
    ends_at = models.DateTimeField(_("einde"))
    address = models.CharField(_("adres"), max_length=250, blank=True)
    room = models.CharField(_("zaal"), max_length=120, blank=True)
    online_url = models.URLField(_("link om online deel te nemen"), blank=True)
    capacity = models.PositiveIntegerField(_("aantal plaatsen"), null=True, blank=True)
    registration_deadline = models.DateTimeField(_("inschrijven kan tot"), null=True, blank=True)
    open_to_all = models.BooleanField(_("open voor alle signaalgevers van de gemeente"), default=False)
    reminder_hours = models.PositiveSmallIntegerField(_("herinnering (uren vooraf)"), default=24)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PLANNED)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, help_text="iCalendar SEQUENCE: +1 on every change")
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")
        indexes = [
            models.Index(fields=["municipality", "starts_at"]),
            models.Index(fields=["status", "starts_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def has_started(self) -> bool:
        """An outcome can be recorded from the event's start on (`services.record_outcome`)."""
        return self.starts_at <= timezone.now()

    @property
    def is_past(self) -> bool:
        return self.ends_at < timezone.now()

    @property
    def ical_uid(self) -> str:
        return f"{self.uid}@lokaalsignaal.be"

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        if self.is_cancelled or self.starts_at <= now:
            return False
        return self.registration_deadline is None or now <= self.registration_deadline


class AgendaItem(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda")
    knelpunt = models.ForeignKey("casework.Knelpunt", on_delete=models.PROTECT, related_name="agenda_items",
                                   verbose_name=_("knelpunt"))
    position = models.PositiveSmallIntegerField(default=0)
    outcome = models.TextField(_("uitkomst"), max_length=5000, blank=True)
    outcome_recorded_at = models.DateTimeField(null=True, blank=True)
    outcome_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position", "id"]
        constraints = [models.UniqueConstraint(fields=["event", "knelpunt"], name="unique_agenda_item")]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.knelpunt_id}"


class Response(models.TextChoices):
    PENDING = "pending", _("Nog niet geantwoord")
    REGISTERED = "registered", _("Ingeschreven")
    WAITING = "waiting", _("Op de wachtlijst")
    DECLINED = "declined", _("Kan niet komen")
    CANCELLED = "cancelled", _("Afgemeld")


# A giver who hid their name and was reached through a signal-based audience is invited by the platform: the
# organiser does not see that invitation (no name, no count, no marker) until the person registers or joins the
# waiting list themselves. `Invitation.HIDDEN_FROM_ORGANISER` and `Invitation.hidden_from_organiser` say the same.
UNANSWERED = (Response.PENDING, Response.DECLINED)


class Invitation(models.Model):
    """A person and an event: invited by the municipality (by name), invited by the platform (a giver who hid their
    name), and/or registered. One row per person and event."""

    HIDDEN_FROM_ORGANISER = models.Q(name_hidden=True, invited=False, response__in=UNANSWERED)

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_invitations")
    invited = models.BooleanField(default=False, help_text="Invited by name by the municipality (not only "
                                  "self-registered, not only invited by the platform with name_hidden)")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    invited_at = models.DateTimeField(null=True, blank=True)
    name_hidden = models.BooleanField(default=False, help_text="Invited by the platform through a signal whose giver "
                                      "hid their name: the municipality does not see this invitation until they "
                                      "register themselves")
    response = models.CharField(max_length=10, choices=Response.choices, default=Response.PENDING)
    responded_at = models.DateTimeField(null=True, blank=True)
    waiting_since = models.DateTimeField(null=True, blank=True)
    attended = models.BooleanField(null=True, blank=True)
    sequence_sent = models.IntegerField(default=-1, help_text="The event SEQUENCE last sent to this person")
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="unique_event_invitation")]
        indexes = [
            models.Index(fields=["event", "response", "waiting_since"]),
            models.Index(fields=["user", "response"]),
        ]

    def __str__(self) -> str:
        return f"{self.event_id}: {self.user_id} ({self.response})"

    @property
    def hidden_from_organiser(self) -> bool:
        return self.name_hidden and not self.invited and self.response in UNANSWERED


def new_calendar_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A personal calendar feed URL with a secret token (for calendar apps, without login)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_calendar_token)
    created_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user_id}"
