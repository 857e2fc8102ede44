"""Signals: what a frontline worker passes on to the municipality. Never personal data of clients."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.reference.models import Sector, TargetGroup, Theme
from lokaalsignaal.tenancy.models import Municipality


class SignalType(models.TextChoices):
    THRESHOLD = "drempel", _("Drempel")
    NO_SOLUTION = "geen_oplossing", _("Geen pasklare oplossing")
    INJUSTICE = "onrecht", _("Onrecht of niet-opname van rechten")
    PLASTER = "pleister", _("Pleister op de wonde")


SIGNAL_TYPE_HINTS = {
    SignalType.THRESHOLD: _("Mensen lopen steeds tegen dezelfde drempel aan."),
    SignalType.NO_SOLUTION: _("Mensen zitten in een ingewikkelde situatie waarvoor geen antwoord bestaat."),
    SignalType.INJUSTICE: _("Er is onrecht, of mensen krijgen structureel niet waar ze recht op hebben."),
    SignalType.PLASTER: _("Jouw oplossing helpt even, maar er is meer nodig."),
}


class Frequency(models.TextChoices):
    RARELY = "rarely", _("Enkele keren per jaar")
    MONTHLY = "monthly", _("Elke maand")
    WEEKLY = "weekly", _("Elke week")
    DAILY = "daily", _("Bijna elke dag")


class PeopleAffected(models.TextChoices):
    FEW = "1-5", _("1 tot 5 mensen")
    SOME = "6-20", _("6 tot 20 mensen")
    MANY = "21-50", _("21 tot 50 mensen")
    LOTS = "51-100", _("51 tot 100 mensen")
    MASS = "100+", _("Meer dan 100 mensen")


class SignalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Ingediend")
    RECEIVED = "received", _("Ontvangen")
    NOT_RETAINED = "not_retained", _("Niet weerhouden")
    WITHDRAWN = "withdrawn", _("Ingetrokken")


class Signal(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="signals")
    reference = models.CharField(_("referentie"), max_length=60, unique=True)
    year = models.PositiveSmallIntegerField()
    number = models.PositiveIntegerField()
    giver = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="signals")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.SET_NULL, null=True, blank=True)
    sector = models.ForeignKey(Sector, on_delete=models.SET_NULL, null=True, blank=True)
    signal_type = models.CharField(_("soort signaal"), max_length=20, choices=SignalType.choices)
    title = models.CharField(_("titel"), max_length=150)
    description = models.TextField(_("wat stel je vast?"), max_length=5000)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="signals")
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("doelgroepen"), blank=True,
                                           related_name="signals")
    frequency = models.CharField(_("hoe vaak zie je dit?"), max_length=10, choices=Frequency.choices, blank=True)
    people_affected = models.CharField(_("hoeveel mensen?"), max_length=10, choices=PeopleAffected.choices,
                                       blank=True)
    since = models.CharField(_("sinds wanneer?"), max_length=60, blank=True)
    tried = models.TextField(_("wat heb je al geprobeerd?"), max_length=3000, blank=True)
    idea = models.TextField(_("idee voor een oplossing"), max_length=3000, blank=True)
    may_contact = models.BooleanField(_("de gemeente mag me contacteren"), default=True)
    may_invite = models.BooleanField(_("de gemeente mag me uitnodigen voor werksessies"), default=True)
    hide_name = models.BooleanField(_("verberg mijn naam voor de gemeente"), default=False)
    status = models.CharField(max_length=12, choices=SignalStatus.choices, default=SignalStatus.SUBMITTED)
    knelpunt = models.ForeignKey("casework.Knelpunt", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="signals", verbose_name=_("knelpunt"))
    has_open_question = models.BooleanField(default=False)
    needs_attention = models.BooleanField(default=False, help_text="The giver answered or still sees this")
    sibling_group = models.UUIDField(null=True, blank=True, db_index=True,
                                     help_text="Signals sent together to several municipalities share this id")
    submitted_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    first_feedback_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-submitted_at", "-id"]
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        constraints = [models.UniqueConstraint(fields=["municipality", "year", "number"], name="unique_signal_number")]
        indexes = [
            models.Index(fields=["municipality", "status", "-submitted_at"]),
            models.Index(fields=["giver", "-submitted_at"]),
            models.Index(fields=["municipality", "knelpunt", "-submitted_at"]),
            # the inbox (newest first) and every count of a period's signals (insights): on PostgreSQL the columns
            # they count are included, so those counts read this index only, never the table
            models.Index(fields=["municipality", "-submitted_at", "-id"], name="signal_newest_covering",
                         include=["status", "signal_type", "sector", "organisation", "knelpunt", "first_feedback_at",
                                  "has_open_question"]),
        ]

    def __str__(self) -> str:
        return self.reference

    TEXT_FIELDS = ("title", "description", "tried", "idea", "since")

    @property
    def editable_by_giver(self) -> bool:
        return self.status == SignalStatus.SUBMITTED and self.read_at is None

    def siblings(self):
        if not self.sibling_group:
            return Signal.objects.none()
        return Signal.objects.filter(sibling_group=self.sibling_group).exclude(pk=self.pk)


def new_sibling_group():
    return uuid.uuid4()


class ReferenceCounter(models.Model):
    """Gapless numbering per municipality and year: the row is locked while a number is taken."""

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE)
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["municipality", "year"], name="unique_reference_counter")]

    def __str__(self) -> str:
        return f"{self.municipality_id}/{self.year}: {self.last_number}"


class SignalEvent(models.Model):
    """The history of a signal, as the giver sees it. Holds no copies of the signal's text."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", _("Ingediend")
        EDITED = "edited", _("Aangepast")
        WITHDRAWN = "withdrawn", _("Ingetrokken")
        RECEIVED = "received", _("Ontvangen door de gemeente")
        COMMENT = "comment", _("Opmerking")
        QUESTION = "question", _("Vraag van de gemeente")
        ANSWER = "answer", _("Antwoord")
        NOT_RETAINED = "not_retained", _("Niet weerhouden")
        LINKED = "linked", _("Gekoppeld aan een knelpunt")
        UNLINKED = "unlinked", _("Losgekoppeld van een knelpunt")
        FEEDBACK = "feedback", _("Terugkoppeling")
        STILL_SEEN = "still_seen", _("Ik zie dit nog steeds")
        REDACTED = "redacted", _("Persoonsgegevens verwijderd")

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    knelpunt = models.ForeignKey("casework.Knelpunt", on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    # FEEDBACK: the knelpunt's message this event carries to the signal's giver (the one source of that message)
    knelpunt_message = models.ForeignKey("casework.KnelpuntMessage", on_delete=models.SET_NULL, null=True,
                                           blank=True, related_name="signal_events")
    body = models.TextField(blank=True, max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["signal", "created_at"])]

    def __str__(self) -> str:
        return f"{self.signal_id} {self.kind}"
