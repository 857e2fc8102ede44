"""A partner invitation for someone without an account: a coordinator of the knelpunt's municipality invites an
e-mail address (`invite`); she gets a single-use link that expires (`settings.INVITATION_VALID_DAYS`); following it
she makes her account (`sign_up`: name and password, the address is the invitation's) or, when she has one by now,
signs in and accepts (`accept`), and gets the same access as a person invited by name (`services.grant`: audit and
the partner's e-mail). A coordinator can revoke a waiting invitation (`revoke`); a closed knelpunt ends the waiting
ones (`services.end_on_close`); removing an account forgets the invitations to her address and the waiting ones she
made (`forget`). The database keeps a digest of the token, never the token.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lokaalsignaal.accounts import services as accounts
from lokaalsignaal.accounts.models import TOKEN_LENGTH, User, token_digest
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation
from lokaalsignaal.mail import services as mail

EMAIL_LENGTH = 254


@transaction.atomic
def invite(actor, knelpunt_id: int, email: str, message: str = "") -> PartnerInvitation:
    """Invite an e-mail address without an account as partner on an open knelpunt of a municipality the actor
    coordinates. Returns the invitation with its `token` (only in the e-mail and on this instance)."""
    message = partners.clean_message(message)
    email = (email or "").strip().lower()
    if len(email) > EMAIL_LENGTH:
        raise ValidationError(_("Dit e-mailadres is te lang."))
    validate_email(email)
    knelpunt = partners.managed_for_update(actor, knelpunt_id)
    if knelpunt.is_closed:
        raise ValidationError(_("Dit knelpunt is afgesloten. Heropen het om partners uit te nodigen."))
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        raise ValidationError(_("Er is al een account met dit e-mailadres. Nodig die persoon uit met haar account.")
                              if existing.is_active else _("Dit e-mailadres hoort bij een account dat niet actief is."))
    if partner_access.partner_invitations_managed_by(actor, knelpunt.pk).filter(email=email).exists():
        raise ValidationError(_("Dit e-mailadres is al uitgenodigd op dit knelpunt. De uitnodiging wacht nog."))
    token = secrets.token_urlsafe(32)
    invitation = PartnerInvitation.objects.create(
        knelpunt=knelpunt, email=email, token_hash=token_digest(token), message=message, invited_by=actor,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS))
    invitation.token = token
    audit.record(actor, "partner.invitation_sent", knelpunt, invitation=invitation.pk)
    # No knelpunt title and no signal text, as in the invitation of someone with an account.
    mail.queue(email, "partner_invitation", {
        "invitation": invitation, "municipality": knelpunt.municipality, "inviter": actor, "message": message,
        "link": mail.absolute_url(reverse("partner:invitation", args=[token]))})
    return invitation


def by_token(token: str) -> PartnerInvitation | None:
    """The invitation a link carries, whatever its state; None for a token that never existed."""
    if not token or len(token) > TOKEN_LENGTH:
        return None
    return (PartnerInvitation.objects.select_related("knelpunt__municipality", "invited_by")
            .filter(token_hash=token_digest(token)).first())


def refusal(invitation: PartnerInvitation) -> str:
    """Why this invitation can no longer be used, in plain Dutch; "" while it can."""
    state = invitation.state
    if state == "accepted":
        return _("Deze uitnodiging is al gebruikt. Maakte je toen een account? Meld je dan aan.")
    if state == "revoked":
        return _("De gemeente heeft deze uitnodiging ingetrokken.")
    if state == "expired":
        return _("Deze uitnodiging is verlopen. Vraag de gemeente om je opnieuw uit te nodigen.")
    if not partner_access.open_knelpunten().filter(pk=invitation.knelpunt_id).exists():
        return _("Het knelpunt van deze uitnodiging is intussen afgesloten. Je kan er niet meer als partner bij.")
    inviter = invitation.invited_by  # a coordinator whose role there ended lets no one in through her links
    if inviter is None or not inviter.is_active or not partner_access.partner_invitations_managed_by(
            inviter, invitation.knelpunt_id).filter(pk=invitation.pk).exists():
        return _("Wie je uitnodigde, beheert dit knelpunt niet meer. Vraag de gemeente om je opnieuw uit te nodigen.")
    return ""


@transaction.atomic
def sign_up(token: str, *, full_name: str, function: str, password: str, language: str = "nl") -> User:
    """She makes her account through the link (it proves her address) and gets the partner's access at once."""
    invitation = _usable_for_update(token)
    user = accounts.sign_up_with_proven_email(invitation.email, full_name=full_name, function=function,
                                              password=password, language=language,
                                              partner_invitation=invitation.pk)
    _accept(invitation, user)
    return user


@transaction.atomic
def accept(user, token: str) -> PartnerAccess:
    """She has an account with the invitation's address by now: signed in, she accepts."""
    invitation = _usable_for_update(token)
    if not user.is_active or user.email.lower() != invitation.email:
        raise ValidationError(_("Deze uitnodiging is voor een ander e-mailadres. Meld je af en open de link "
                                "opnieuw, of meld je aan met het account van %(email)s.") % {"email": invitation.email})
    return _accept(invitation, user)


@transaction.atomic
def revoke(actor, invitation_id: int) -> PartnerInvitation:
    """Revoke a waiting invitation. Only a coordinator of the knelpunt's municipality can."""
    invitation = (partner_access.partner_invitations_managed_by(actor).select_for_update()
                  .select_related("knelpunt").filter(pk=invitation_id).first())
    if invitation is None:
        raise PermissionDenied
    invitation.revoked_at, invitation.revoked_by = timezone.now(), actor
    invitation.save(update_fields=["revoked_at", "revoked_by"])
    audit.record(actor, "partner.invitation_revoked", invitation.knelpunt, invitation=invitation.pk)
    return invitation


def _usable_for_update(token: str) -> PartnerInvitation:
    invitation = None
    if token and len(token) <= TOKEN_LENGTH:
        invitation = PartnerInvitation.objects.select_for_update().filter(token_hash=token_digest(token)).first()
    if invitation is None:
        raise ValidationError(_("Deze uitnodiging bestaat niet."))
    reason = refusal(invitation)
    if reason:
        raise ValidationError(reason)
    return invitation


def _accept(invitation: PartnerInvitation, user) -> PartnerAccess:
    """The access of an invitation, given by the coordinator who invited (audit and mail as for any person invited
    by name); accepted once."""
    knelpunt = partner_access.open_knelpunten().select_for_update().get(pk=invitation.knelpunt_id)
    access = PartnerAccess.objects.filter(knelpunt=knelpunt, user=user, ended_at__isnull=True).first()
    if access is None:
        access = partners.grant(invitation.invited_by, knelpunt, user=user, message=invitation.message)
    invitation.accepted_at, invitation.access = timezone.now(), access
    invitation.save(update_fields=["accepted_at", "access"])
    audit.record(user, "partner.invitation_accepted", knelpunt, invitation=invitation.pk, access=access.pk)
    return access


def forget(user_id: int) -> int:
    """A person removes her account (`AccountRemoved`, in its transaction, before her row is scrubbed): the
    invitations to her address go, and those she made that still wait (as `accounts.leaving` does with its own)."""
    email = User.objects.filter(pk=user_id).values_list("email", flat=True).first()
    if email is None:
        return 0
    hers = Q(email__iexact=email) | Q(invited_by_id=user_id, accepted_at__isnull=True)
    return PartnerInvitation.objects.filter(hers).delete()[0]
