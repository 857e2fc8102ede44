"""Knelpunten: structural problems that bundle signals, with an append-only stage history, their messages and notes."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.audit.models import AppendOnlyError
from lokaalsignaal.casework.knelpunten.stages import CLOSED, Stage
from lokaalsignaal.reference.models import ResponsibleLevel, TargetGroup, Theme
from lokaalsignaal.tenancy.models import Municipality, Scope


class Knelpunt(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="knelpunten", null=True,
                                     blank=True, help_text="Empty for a regional or Flemish knelpunt (see scope)")
    scope = models.ForeignKey(Scope, on_delete=models.PROTECT, null=True, blank=True, related_name="knelpunten",
                              help_text="Set for a regional or Flemish knelpunt")
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting"), max_length=5000, blank=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="knelpunten")
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("doelgroepen"), blank=True,
                                           related_name="knelpunten")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="owned_knelpunten", verbose_name=_("trekker"))
    responsible_level = models.ForeignKey(ResponsibleLevel, on_delete=models.PROTECT, null=True, blank=True,
                                          verbose_name=_("verantwoordelijk niveau"))
    stage = models.CharField(_("fase"), max_length=14, choices=Stage.choices, default=Stage.NEW)
    severity = models.PositiveSmallIntegerField(_("ernst"), default=3,
                                                validators=[MinValueValidator(1), MaxValueValidator(5)])
    visible_to_givers = models.BooleanField(_("zichtbaar voor signaalgevers"), default=False)
    public = models.BooleanField(_("publiek"), default=False,
                                 help_text="On the municipality's public page of results, with its public title")
    public_title = models.CharField(_("publieke titel"), max_length=200, blank=True)
    public_summary = models.TextField(_("publieke samenvatting"), max_length=3000, blank=True)
    escalated_to = models.ForeignKey(Scope, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                     verbose_name=_("opgeschaald naar"))
    parent = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="children",
                               verbose_name=_("gebundeld in"))
    priority = models.PositiveSmallIntegerField(_("prioriteit"), default=0)
    priority_override = models.PositiveSmallIntegerField(_("prioriteit (manueel)"), null=True, blank=True,
                                                         validators=[MaxValueValidator(100)])
    priority_reason = models.TextField(_("reden voor de manuele prioriteit"), max_length=1000, blank=True)
    join_count = models.PositiveIntegerField(default=0)
    merged_into = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    stage_changed_at = models.DateTimeField(null=True, blank=True)
    signal_count = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("knelpunt")
        verbose_name_plural = _("knelpunten")
        indexes = [
            models.Index(fields=["municipality", "stage", "-updated_at"]),
            models.Index(fields=["municipality", "-updated_at", "-id"], name="knelpunt_recent_idx"),  # the list
            models.Index(fields=["municipality", "-priority"]),
            models.Index(fields=["escalated_to", "stage"]),
            # the overview's knelpunten at the top: walked in order instead of sorting all of a big city's
            models.Index(F("municipality"), Coalesce("priority_override", "priority").desc(), F("updated_at").desc(),
                         condition=models.Q(merged_into__isnull=True), name="knelpunt_priority_idx"),
            # the list's count read from the index alone (3,000 knelpunten: 2.2 -> 0.3 ms in PostgreSQL)
            models.Index(fields=["municipality"], condition=models.Q(merged_into__isnull=True),
                         name="knelpunt_live_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(municipality__isnull=False) | models.Q(scope__isnull=False),
                                   name="knelpunt_has_municipality_or_scope"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def effective_priority(self) -> int:
        return self.priority if self.priority_override is None else self.priority_override

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED


class StageChangeQuerySet(models.QuerySet):
    REDACTABLE = frozenset({"message", "remark"})

    def update(self, **kwargs):
        raise AppendOnlyError("Stage history is append-only")

    def redact_texts(self, **texts) -> int:
        """The one exception to append-only: a coordinator's redaction (`casework.redaction.services.redact_passage`)
        rewrites the message or the remark, never who moved the knelpunt, when, or between which stages."""
        if not texts or not set(texts) <= self.REDACTABLE:
            raise AppendOnlyError("Only the texts of a stage change can be redacted")
        return super().update(**texts)

    def delete(self):
        raise AppendOnlyError("Stage history is append-only")


class StageChange(models.Model):
    """Append-only: who moved the knelpunt from which stage to which, with the message to the givers."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.PROTECT, related_name="stage_changes")
    from_stage = models.CharField(max_length=14, choices=Stage.choices)
    to_stage = models.CharField(max_length=14, choices=Stage.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    message = models.TextField(_("bericht aan de signaalgevers"), max_length=3000)
    remark = models.TextField(_("interne opmerking"), max_length=3000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = StageChangeQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["knelpunt", "created_at"])]

    def __str__(self) -> str:
        return f"{self.knelpunt_id}: {self.from_stage} → {self.to_stage}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Stage history is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Stage history is append-only")


class KnelpuntMessage(models.Model):
    """A message without a stage change of its own that reached a knelpunt's givers and joiners: the feedback of its
    municipality (`services.send_feedback`, also on a regional/Flemish knelpunt itself), its merge message
    (`services.merge`), or a regional/Flemish message that flowed down to it (`flow.flow_down`: `scope` and
    `origin` set; `stage` when that knelpunt changed stage). The one source of the messages that reached a knelpunt:
    the coordinator's timeline and the joiner's page read it, also when no signal carries the message. The copy on
    each signal (a FEEDBACK `SignalEvent`, for the giver's story) points at it (`signal_events`). `author` is shown
    to coordinators and readers of the knelpunt only, never to givers or joiners. `public`: its coordinators also
    show it on the municipality's public page of results while the knelpunt is public (`services.set_message_public`:
    only its own messages, and only when the privacy guard finds nothing in them)."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.PROTECT, related_name="messages")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+")
    scope = models.ForeignKey(Scope, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                              help_text="The region or Flanders the message came from (empty: the knelpunt's own)")
    origin = models.ForeignKey(Knelpunt, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               help_text="The regional or Flemish knelpunt the message came from")
    stage = models.CharField(max_length=14, choices=Stage.choices, blank=True,
                             help_text="The stage the origin moved to, for a stage message that flowed down")
    body = models.TextField(_("bericht"), max_length=3000)
    public = models.BooleanField(_("ook op de publieke pagina"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["knelpunt", "created_at"])]

    def __str__(self) -> str:
        return f"{self.knelpunt_id}: {self.stage or 'message'}"


class Note(models.Model):
    class Kind(models.TextChoices):
        INTERNAL = "internal", _("Interne nota")
        ANALYSIS = "analysis", _("Analyse")

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.INTERNAL)
    body = models.TextField(_("nota"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.knelpunt_id} {self.kind}"


class Join(models.Model):
    """'Ik zie dit ook': a giver adds their voice to a knelpunt that is visible to givers."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.CASCADE, related_name="joins")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="joins")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.SET_NULL, null=True, blank=True)
    sector = models.ForeignKey("reference.Sector", on_delete=models.SET_NULL, null=True, blank=True)
    context = models.TextField(_("wat zie jij?"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["knelpunt", "user"], name="unique_join")]

    def __str__(self) -> str:
        return f"{self.knelpunt_id} + {self.user_id}"
