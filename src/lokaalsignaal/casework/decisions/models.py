"""A decision about a knelpunt."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten.models import Knelpunt, KnelpuntMessage


class Decision(models.Model):
    class Body(models.TextChoices):
        COLLEGE = "college", _("het college van burgemeester en schepenen")
        COUNCIL = "gemeenteraad", _("de gemeenteraad")
        WELFARE_COUNCIL = "rmw", _("de raad voor maatschappelijk welzijn")
        MEETING = "overleg", _("een overleg")
        PARTNER = "partner", _("een partner")

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.PROTECT, related_name="decisions")
    body = models.CharField(_("wie besliste"), max_length=14, choices=Body.choices)
    body_name = models.CharField(_("welk overleg of welke partner"), max_length=150, blank=True)
    decided_on = models.DateField(_("datum van de beslissing"))
    text = models.TextField(_("wat werd beslist"), max_length=3000)
    budget = models.DecimalField(_("budget (euro)"), max_digits=12, decimal_places=2, null=True, blank=True)
    link = models.URLField(_("link naar de gepubliceerde beslissing"), max_length=500, blank=True)
    # the knelpunt's message that carried the decision to its givers and joiners
    message = models.ForeignKey(KnelpuntMessage, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    TEXT_FIELDS = ("body_name", "text")

    class Meta:
        ordering = ["-decided_on", "-id"]
        verbose_name = _("beslissing")
        verbose_name_plural = _("beslissingen")

    def __str__(self) -> str:
        return f"{self.knelpunt_id} {self.body} {self.decided_on:%Y-%m-%d}"

    @property
    def who(self) -> str:
        """Who decided, as a sentence reads it: "de gemeenteraad", "een overleg (Armoedeoverleg Kortrijk)"."""
        label = str(self.get_body_display())
        return f"{label} ({self.body_name})" if self.body_name else label
