"""Notifications to givers: in the platform, and by e-mail immediately or as a daily/weekly digest."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        RECEIVED = "received", _("Je signaal is ontvangen")
        QUESTION = "question", _("De gemeente stelt je een vraag")
        NOT_RETAINED = "not_retained", _("Je signaal is niet weerhouden")
        LINKED = "linked", _("Je signaal is gekoppeld aan een knelpunt")
        STAGE = "stage", _("Nieuwe stap voor het knelpunt")
        FEEDBACK = "feedback", _("Nieuw bericht van de gemeente")
        DECISION = "decision", _("Er is een beslissing over het knelpunt")
        # for the coordinators of a knelpunt (`knelpunt_news`)
        FROM_ABOVE = "from_above", _("Nieuws over je knelpunt van hoger niveau")
        PARTNER_NOTE = "partner_note", _("Een partner schreef een analyse bij je knelpunt")
        TREKKER_LEFT = "trekker_left", _("De trekker van een knelpunt verliet het platform: er is geen trekker meer")
        # for the coordinators of a municipality (`accounts.admin_changes`): it leads to the audit page
        ADMIN_CHANGE = "admin_change", _("Het platformbeheer wijzigde een rol of instelling van je gemeente")

    # news for the coordinators of a knelpunt: it leads to the knelpunt in the workspace
    COORDINATOR_KINDS = frozenset({Kind.FROM_ABOVE, Kind.PARTNER_NOTE, Kind.TREKKER_LEFT})

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    signal = models.ForeignKey("intake.Signal", on_delete=models.CASCADE, null=True, related_name="+")
    # Set (without a signal) for a giver who joined a knelpunt ("ik zie dit ook"): news about that knelpunt.
    knelpunt = models.ForeignKey("casework.Knelpunt", on_delete=models.CASCADE, null=True, blank=True,
                                   related_name="+")
    # Set (without signal or knelpunt) for news to a municipality's coordinators about their municipality (ADMIN_CHANGE)
    municipality = models.ForeignKey("tenancy.Municipality", on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="+")
    # Set when one event (an outcome, a stage, a message) touched several signals of the same giver: she gets one
    # notification, on the first of them (`signal`), naming all their references in this list.
    references = models.JSONField(default=list, blank=True)
    kind = models.CharField(max_length=14, choices=Kind.choices)
    # for a message that flowed down from a region / Flanders: the scope's name (see `headline`)
    detail = models.CharField(max_length=200, blank=True, help_text="A short, non-personal detail (stage name)")
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["emailed_at", "user"]),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}"

    @property
    def signal_references(self) -> list[str]:
        """The references of the giver's signals this notification is about (none for a joiner or a coordinator)."""
        if self.references:
            return list(self.references)
        return [self.signal.reference] if self.signal_id else []

    @property
    def headline(self) -> str:
        """What happened, naming the sender once: "Nieuw bericht van <regio / Vlaanderen>" for a message that flowed
        down (its `detail` is the scope's name), the kind's text otherwise (a stage's detail follows it)."""
        if self.kind == self.Kind.FEEDBACK and self.detail:
            return _("Nieuw bericht van %(sender)s") % {"sender": self.detail}
        if self.kind == self.Kind.DECISION and self.detail:
            return _("Beslissing van %(who)s") % {"who": self.detail}
        if self.kind == self.Kind.FROM_ABOVE and self.detail:
            return _("Nieuws over je knelpunt van %(sender)s") % {"sender": self.detail}
        return str(self.get_kind_display())
