"""A signalenrapport: what a coordinator composes for a period (an intro, the knelpunten she picks and the signal
texts she quotes) and, once rendered by a background task, its PDF. Written only by ``insights.reports``."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import Municipality


class Report(models.Model):
    class Status(models.TextChoices):
        DRAFT = "concept", _("Nog geen PDF")
        QUEUED = "wachtrij", _("Wacht op zijn beurt")
        RENDERING = "bezig", _("Wordt gemaakt")
        DONE = "klaar", _("Klaar")
        FAILED = "mislukt", _("Mislukt")

    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="reports")
    title = models.CharField(_("titel"), max_length=200)
    intro = models.TextField(_("inleiding"), max_length=5000, blank=True)
    period_kind = models.CharField(max_length=12)
    first_day = models.DateField(_("eerste dag"))
    last_day = models.DateField(_("laatste dag"))
    knelpunten = models.ManyToManyField(Knelpunt, blank=True, related_name="+", verbose_name=_("knelpunten"))
    excerpts = models.ManyToManyField(Signal, blank=True, related_name="+", verbose_name=_("geciteerde signalen"))

    status = models.CharField(max_length=8, choices=Status.choices, default=Status.DRAFT)
    progress = models.PositiveSmallIntegerField(default=0, help_text="0-100 while the PDF is being rendered")
    pdf = models.BinaryField(null=True, blank=True, editable=False)
    pages = models.PositiveSmallIntegerField(null=True, blank=True)
    rendered_at = models.DateTimeField(null=True, blank=True)

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("signalenrapport")
        verbose_name_plural = _("signalenrapporten")
        indexes = [models.Index(fields=["municipality", "-updated_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def busy(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RENDERING)
