"""Partners invited on one knelpunt: an organisation (its verified members) or one named person; and an invitation
by e-mail for someone without an account yet (`PartnerInvitation`), which becomes a `PartnerAccess` when she makes
her account through its link."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from lokaalsignaal.casework.knelpunten.models import Knelpunt


class PartnerAccess(models.Model):
    """A partner organisation (all its people) or one named person may read one knelpunt and add analysis notes."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.CASCADE, related_name="partner_accesses")
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE, null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="partner_accesses")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    # the coordinator's message with the invitation (through the guard): the partner's page opens with it
    message = models.TextField(max_length=1000, blank=True, default="")
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


class PartnerInvitation(models.Model):
    """An invitation as partner on one knelpunt for an e-mail address without an account: single use, it expires
    (`settings.INVITATION_VALID_DAYS`), a coordinator can revoke it. Accepted, it made `access` (one named person)."""

    knelpunt = models.ForeignKey(Knelpunt, on_delete=models.CASCADE, related_name="partner_invitations")
    email = models.EmailField()
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    message = models.TextField(max_length=1000, blank=True, default="")
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    access = models.ForeignKey(PartnerAccess, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["knelpunt", "email"])]

    def __str__(self) -> str:
        return f"{self.knelpunt_id}: {self.email}"

    @property
    def state(self) -> str:
        """usable | accepted | revoked | expired"""
        if self.accepted_at is not None:
            return "accepted"
        if self.revoked_at is not None:
            return "revoked"
        return "usable" if self.expires_at > timezone.now() else "expired"
