"""Partners on a knelpunt: a coordinator invites a verified partner organisation (its verified members:
`partners.access.verified_members`; she sees who that is before she confirms) or one named person;
they read the knelpunt and the texts of its signals (never who gave them) and add analysis notes. Access ends when
the invitation is withdrawn, or when the knelpunt is closed (`end_on_close`: the invitations end for good, so
reopening the knelpunt gives nobody access again; the coordinator invites anew) or merged
(`partners.access.knelpunten_for_partner` also filters closed and merged knelpunten out). Someone without an
account is invited by e-mail (`partners.invitations`); her access comes through `grant` when she accepts.

One function per action: permission through `partners.access`, one transaction, audit, mail after commit; a
partner's analysis is announced (`AnalysisAdded`) for the knelpunt's coordinators.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lokaalsignaal import domain_events
from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.domain_events import AnalysisAdded, StageChanged
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation
from lokaalsignaal.guard import services as guard
from lokaalsignaal.mail import services as mail


def managed_for_update(actor, knelpunt_id) -> Knelpunt:
    knelpunt = (knelpunt_access.knelpunten_for(actor, perm="knelpunten.manage").select_for_update()
                  .filter(pk=knelpunt_id).first())
    if knelpunt is None:
        raise PermissionDenied
    return knelpunt


def _instance(model, value):
    if value is None or isinstance(value, model):
        return value
    return model.objects.filter(pk=value).first() or _missing()


def _missing():
    raise ValidationError(_("Deze partner bestaat niet (meer)."))


def recipients_of(access: PartnerAccess) -> list[User]:
    """Who an invitation reaches: the named person, or the organisation's verified members (the access rule)."""
    if access.user_id:
        return [access.user] if access.user.is_active else []
    return list(partner_access.verified_members(access.organisation_id).order_by("pk"))


def clean_message(message: str) -> str:
    """The coordinator's message with an invitation: through the guard, at most 1,000 characters."""
    message = guard.clean(message or "")
    if len(message) > MESSAGE_LENGTH:
        raise ValidationError(_("Het bericht is te lang: hoogstens 1000 tekens."))
    return message


MESSAGE_LENGTH = 1000


@transaction.atomic
def invite_partner(actor, knelpunt_id: int, organisation=None, user=None, message: str = "") -> PartnerAccess:
    """Invite a verified organisation (Organisation or pk) or one person (User or pk) onto an open knelpunt of a
    municipality the actor coordinates. The invited people (`recipients_of`) get an e-mail with a link (no signal
    text) and the coordinator's `message` (at most 1,000 characters, through the guard; kept on the access: the
    partner's page opens with it). The view shows who an organisation's invitation reaches
    (`partners.access.partner_reach`) before it calls this. Someone without an account: `invitations.invite`."""
    message = clean_message(message)
    knelpunt = managed_for_update(actor, knelpunt_id)
    organisation, user = _instance(Organisation, organisation), _instance(User, user)
    if (organisation is None) == (user is None):
        raise ValidationError(_("Kies een organisatie of een persoon."))
    if knelpunt.is_closed:
        raise ValidationError(_("Dit knelpunt is afgesloten. Heropen het om partners uit te nodigen."))
    if user is not None and not user.is_active:
        raise ValidationError(_("Deze persoon heeft geen actief account."))
    if organisation is not None and not organisation.verified:
        raise ValidationError(_("Deze organisatie is nog niet nagekeken, dus haar uitnodiging bereikt niemand. "
                                "Kijk ze na bij de leden van je gemeente, of nodig één persoon uit."))
    active = PartnerAccess.objects.filter(knelpunt=knelpunt, ended_at__isnull=True)
    if active.filter(Q(organisation=organisation) if organisation else Q(user=user)).exists():
        raise ValidationError(_("Deze partner is al uitgenodigd op dit knelpunt."))
    return grant(actor, knelpunt, organisation=organisation, user=user, message=message)


def grant(inviter, knelpunt, *, organisation=None, user=None, message: str = "") -> PartnerAccess:
    """Give the access, audit it and mail the people it reaches: the one write of an access, for `invite_partner`
    and for an accepted invitation by e-mail (`invitations.accept`). The caller checked who may, locked the knelpunt
    and cleaned the message."""
    access = PartnerAccess.objects.create(knelpunt=knelpunt, organisation=organisation, user=user,
                                          invited_by=inviter, message=message)
    audit.record(inviter, "partner.invited", knelpunt, access=access.pk, organisation=access.organisation_id,
                 user=access.user_id)
    link = mail.absolute_url(reverse("partner:knelpunt", args=[knelpunt.pk]))
    for person in recipients_of(access):
        # No knelpunt title and no signal text: a knelpunt made from a signal often carries that signal's title.
        mail.queue(person.email, "partner_invited", {
            "person": person, "municipality": knelpunt.municipality, "inviter": inviter,
            "organisation": access.organisation, "link": link, "message": message}, language=person.language)
    return access


@transaction.atomic
def withdraw_partner(actor, access_id: int) -> PartnerAccess:
    """End an invitation now. Only a coordinator of the knelpunt's municipality can."""
    access = (partner_access.partner_accesses_managed_by(actor).select_for_update().select_related("knelpunt")
              .filter(pk=access_id).first())
    if access is None:
        raise PermissionDenied
    access.ended_at = timezone.now()
    access.save(update_fields=["ended_at"])
    audit.record(actor, "partner.withdrawn", access.knelpunt, access=access.pk,
                 organisation=access.organisation_id, user=access.user_id)
    return access


def end_on_close(event: StageChanged) -> int:
    """The knelpunt reached a closed stage: every active invitation on it ends now, for good (audited one by one).
    Listens to `StageChanged` inside the transaction of `change_stage`, which checked the actor and locked the
    knelpunt. Returns how many ended."""
    if event.to_stage not in CLOSED:
        return 0
    _end_waiting_invitations(event)
    accesses = list(PartnerAccess.objects.select_for_update().filter(knelpunt_id=event.knelpunt_id,
                                                                     ended_at__isnull=True)
                    .only("pk", "organisation_id", "user_id"))
    if not accesses:
        return 0
    actor, knelpunt, stage = User.objects.filter(pk=event.actor_id).first(), Knelpunt.objects.get(
        pk=event.knelpunt_id), event.to_stage
    PartnerAccess.objects.filter(pk__in=[a.pk for a in accesses]).update(ended_at=timezone.now())
    for access in accesses:
        audit.record(actor, "partner.ended", knelpunt, access=access.pk, organisation=access.organisation_id,
                     user=access.user_id, stage=stage)
    return len(accesses)


def _end_waiting_invitations(event: StageChanged) -> None:
    """The invitations by e-mail that still wait on a knelpunt that closes end with it, like its accesses."""
    waiting = list(PartnerInvitation.objects.select_for_update().filter(
        knelpunt_id=event.knelpunt_id, accepted_at__isnull=True, revoked_at__isnull=True).values_list("pk", flat=True))
    if not waiting:
        return
    actor, knelpunt = User.objects.filter(pk=event.actor_id).first(), Knelpunt.objects.get(pk=event.knelpunt_id)
    PartnerInvitation.objects.filter(pk__in=waiting).update(revoked_at=timezone.now())
    for invitation_id in waiting:
        audit.record(actor, "partner.invitation_revoked", knelpunt, invitation=invitation_id, stage=event.to_stage)


@transaction.atomic
def add_analysis_note(actor, knelpunt_id: int, body: str) -> Note:
    """An analysis note on a knelpunt, by one of its active partners or a coordinator of its municipality. The
    partners and the coordinators read it; givers and readers do not."""
    knelpunt = (partner_access.knelpunten_for_partner(actor).select_for_update().filter(pk=knelpunt_id).first()
                  or knelpunt_access.knelpunten_for(actor, perm="knelpunten.manage").select_for_update()
                  .filter(pk=knelpunt_id).first())
    if knelpunt is None:
        raise PermissionDenied
    body = guard.clean(body)
    if not body:
        raise ValidationError(_("Schrijf een analysenota."))
    note = Note.objects.create(knelpunt=knelpunt, author=actor, kind=Note.Kind.ANALYSIS, body=body)
    audit.record(actor, "knelpunt.note_added", knelpunt, kind=Note.Kind.ANALYSIS, note=note.pk)
    domain_events.announce(AnalysisAdded(knelpunt.pk, actor.pk))
    return note
