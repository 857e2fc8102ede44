"""Partners invited on one knelpunt: an organisation (its verified members) or one named person."""

from django.conf import settings
from django.db import models

from lokaalsignaal.casework.knelpunten.models import Knelpunt


class PartnerAccess(models.Model):
    """A partner organisation (all its people) or one named person may read one knelpunt and add analysis notes."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.CASCADE, related_name="partner_accesses")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE, null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="partner_accesses")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(organisation__isnull=False) | models.Q(user__isnull=False),
                                   name="partner_access_has_organisation_or_user"),
            models.UniqueConstraint(fields=["knelpunt", "organisation"], condition=models.Q(ended_at__isnull=True),
                                    name="one_active_access_per_organisation"),
            models.UniqueConstraint(fields=["knelpunt", "user"], condition=models.Q(ended_at__isnull=True),
                                    name="one_active_access_per_user"),
        ]
        indexes = [models.Index(fields=["user", "ended_at"]), models.Index(fields=["organisation", "ended_at"])]

    def __str__(self) -> str:
        return f"{self.knelpunt_id}: {self.organisation_id or ''}{self.user_id or ''}"
