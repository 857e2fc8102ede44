"""Knelpunten (bottlenecks): structural problems that bundle signals, with an append-only stage history."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.audit.models import AppendOnlyError
from lokaalsignaal.reference.models import ResponsibleLevel, TargetGroup, Theme
from lokaalsignaal.tenancy.models import Municipality

from .stages import CLOSED, Stage


class Bottleneck(models.Model):
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="bottlenecks")
    title = models.CharField(_("titel"), max_length=200)
    summary = models.TextField(_("samenvatting"), max_length=5000, blank=True)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), blank=True, related_name="bottlenecks")
    target_groups = models.ManyToManyField(TargetGroup, verbose_name=_("doelgroepen"), blank=True,
                                           related_name="bottlenecks")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="owned_bottlenecks", verbose_name=_("trekker"))
    responsible_level = models.ForeignKey(ResponsibleLevel, on_delete=models.PROTECT, null=True, blank=True,
                                          verbose_name=_("verantwoordelijk niveau"))
    stage = models.CharField(_("fase"), max_length=14, choices=Stage.choices, default=Stage.NEW)
    severity = models.PositiveSmallIntegerField(_("ernst"), default=3,
                                                validators=[MinValueValidator(1), MaxValueValidator(5)])
    visible_to_givers = models.BooleanField(_("zichtbaar voor signaalgevers"), default=False)
    public = models.BooleanField(_("publiek"), default=False)
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
        indexes = [models.Index(fields=["municipality", "stage", "-updated_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED


class StageChangeQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Stage history is append-only")

    def delete(self):
        raise AppendOnlyError("Stage history is append-only")


class StageChange(models.Model):
    """Append-only: who moved the knelpunt from which stage to which, with the message to the givers."""

    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.PROTECT, related_name="stage_changes")
    from_stage = models.CharField(max_length=14, choices=Stage.choices)
    to_stage = models.CharField(max_length=14, choices=Stage.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    message = models.TextField(_("bericht aan de signaalgevers"), max_length=3000)
    remark = models.TextField(_("interne opmerking"), max_length=3000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = StageChangeQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["bottleneck", "created_at"])]

    def __str__(self) -> str:
        return f"{self.bottleneck_id}: {self.from_stage} → {self.to_stage}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("Stage history is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("Stage history is append-only")


class Note(models.Model):
    class Kind(models.TextChoices):
        INTERNAL = "internal", _("Interne nota")
        ANALYSIS = "analysis", _("Analyse")

    bottleneck = models.ForeignKey(Bottleneck, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.INTERNAL)
    body = models.TextField(_("nota"), max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.bottleneck_id} {self.kind}"
