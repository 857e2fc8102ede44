"""Account domain actions: one function per action; each checks permission, writes, audits, and notifies."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lokaalsignaal.accounts import admin_changes
from lokaalsignaal.accounts.models import Invitation, Organisation, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.guard import services as guard
from lokaalsignaal.mail import services as mail
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role

INVITATION_GONE = gettext_lazy("Deze uitnodiging werkt niet meer: ze is verlopen of al gebruikt, of wie je uitnodigde, "
                               "kan in die gemeente niet meer uitnodigen. Vraag de gemeente om een nieuwe uitnodiging.")


def _coordinator_emails(municipality: Municipality) -> list[str]:
    return list(
        Membership.objects.filter(
            municipality=municipality, role=Role.COORDINATOR, status=MembershipStatus.APPROVED,
            user__is_active=True,
        ).values_list("user__email", flat=True)
    )


def _has_verified_email(user: User) -> bool:
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).exists()


def _notify_coordinators(municipality: Municipality) -> None:
    members_url = mail.absolute_url(reverse("accounts:members", args=[municipality.slug]))
    for email in _coordinator_emails(municipality):
        mail.queue(email, "membership_requested", {"municipality": municipality, "members_url": members_url})


@transaction.atomic
def email_verified(user: User) -> None:
    """Coordinators hear about a request only once the worker has proven their e-mail address."""
    pending = Membership.objects.filter(user=user, status=MembershipStatus.PENDING).select_related("municipality")
    for membership in pending:
        _notify_coordinators(membership.municipality)


@transaction.atomic
def propose_organisation(user: User | None, name: str, sector) -> Organisation:
    guard.refuse_over_long(Organisation, {"name": name.strip()})
    organisation, created = Organisation.objects.get_or_create(name=name.strip(), defaults={"sector": sector})
    if created:
        audit.record(user, "organisation.proposed", organisation, sector=sector.slug)
    return organisation


@transaction.atomic
def complete_sign_up(user: User, *, full_name: str, function: str, organisation: Organisation | None,
                     new_organisation: str, new_organisation_sector, municipalities, language: str) -> User:
    """allauth made the account (e-mail address and password); this adds who the person is and where she works,
    proposes her organisation when it is not listed, and asks the memberships. Audited with ids only."""
    guard.refuse_over_long(User, {"full_name": full_name, "function": function})
    organisation = organisation or propose_organisation(user, new_organisation, new_organisation_sector)
    organisation.municipalities.add(*municipalities)
    user.full_name, user.function, user.organisation, user.language = full_name, function, organisation, language
    user.save()
    audit.record(user, "account.signed_up", user, organisation=organisation.pk,
                 municipalities=sorted(m.pk for m in municipalities))
    request_memberships(user, municipalities)
    return user


@transaction.atomic
def sign_up_by_invitation(token: str, *, full_name: str, function: str, password: str) -> User:
    """A new person accepts an invitation: the link proves the e-mail address, so the account, its verified
    address and the role are made at once. Audited with ids only."""
    guard.refuse_over_long(User, {"full_name": full_name, "function": function})
    invitation = usable_invitation(token)
    if invitation is None:
        raise ValidationError(INVITATION_GONE)
    user = sign_up_with_proven_email(invitation.email, full_name=full_name, function=function, password=password,
                                     invitation=invitation.pk)
    accept_invitation(user, token)
    return user


PASSWORD_LENGTH = 128  # hashing and the similarity check cost grows with the length


@transaction.atomic
def sign_up_with_proven_email(email: str, *, full_name: str, function: str, password: str, language: str = "nl",
                              **audit_ids) -> User:
    """Make an account whose e-mail address a link already proved (an invitation): the account and its verified
    address at once. Audited with the ids in `audit_ids` only. Also for a partner's invitation by e-mail
    (`casework.partners.invitations`)."""
    from allauth.account.models import EmailAddress

    guard.refuse_over_long(User, {"full_name": full_name, "function": function})
    if len(password or "") > PASSWORD_LENGTH:
        raise ValidationError(_("Dit wachtwoord is te lang: hoogstens %(n)d tekens.") % {"n": PASSWORD_LENGTH})
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError(_("Er bestaat al een account met dit e-mailadres. Meld je aan."))
    user = User(email=email.strip().lower(), full_name=full_name, function=function, language=language)
    user.set_password(password)
    user.save()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    audit.record(user, "account.signed_up", user, **audit_ids)
    return user


@transaction.atomic
def request_memberships(user: User, municipalities, role: str = Role.GIVER) -> list[Membership]:
    """A worker asks to join municipalities. Auto-approved when the e-mail domain is trusted there, but only a first
    request: a membership a coordinator ended or refused comes back only by a coordinator's decision (pending)."""
    created = []
    for municipality in municipalities:
        if not municipality.participating:
            raise ValidationError(_("%(name)s werkt nog niet mee.") % {"name": municipality.name})
        membership, is_new = Membership.objects.get_or_create(user=user, municipality=municipality, role=role)
        if not is_new and membership.status in (MembershipStatus.PENDING, MembershipStatus.APPROVED):
            continue
        if is_new and municipality.approves_email_automatically(user.email):
            membership.status, membership.decided_at = MembershipStatus.APPROVED, timezone.now()
            membership.message = ""
            membership.save()
            audit.record(user, "membership.auto_approved", membership, municipality=municipality, role=role)
        else:
            membership.status, membership.decided_at, membership.decided_by = MembershipStatus.PENDING, None, None
            membership.message = ""  # an earlier refusal's reason is not the answer to this request
            membership.save()
            audit.record(user, "membership.requested", membership, municipality=municipality, role=role)
            if _has_verified_email(user):
                _notify_coordinators(municipality)
        created.append(membership)
    return created


@transaction.atomic
def decide_membership(actor: User, membership_id: int, approve: bool, message: str = "") -> Membership:
    membership = Membership.objects.select_for_update().select_related("municipality", "user").get(pk=membership_id)
    if not scoping.can(actor, membership.municipality, "members.decide"):
        raise PermissionDenied
    if membership.user_id == actor.pk:
        raise ValidationError(_("Je kunt niet over je eigen lidmaatschap beslissen."))
    if not approve and not message.strip():
        raise ValidationError(_("Schrijf kort waarom je de aanvraag weigert. De aanvrager leest dit bericht."))
    membership.status = MembershipStatus.APPROVED if approve else MembershipStatus.REFUSED
    message = guard.clean(message)  # every free text passes the privacy guard
    membership.decided_by, membership.decided_at, membership.message = actor, timezone.now(), message
    membership.save()
    audit.record(actor, "membership.approved" if approve else "membership.refused", membership,
                 role=membership.role, member=membership.user_id)
    mail.queue(membership.user.email, "membership_decided", {
        "membership": membership, "approved": approve,
        "memberships_url": mail.absolute_url(reverse("accounts:memberships")),
    }, language=membership.user.language)
    return membership


@transaction.atomic
def end_membership(actor: User, membership_id: int) -> Membership:
    membership = Membership.objects.select_for_update().select_related("municipality").get(pk=membership_id)
    if not scoping.can(actor, membership.municipality, "members.decide"):
        raise PermissionDenied
    if membership.user_id == actor.pk:
        raise ValidationError(_("Je kunt je eigen rol niet beëindigen. Vraag het aan een andere coördinator."))
    membership.status, membership.decided_by, membership.decided_at = MembershipStatus.ENDED, actor, timezone.now()
    membership.save()
    audit.record(actor, "membership.ended", membership, role=membership.role, member=membership.user_id)
    return membership


@transaction.atomic
def invite(actor: User, municipality: Municipality, email: str, role: str = Role.COORDINATOR) -> Invitation:
    """Invite someone by e-mail to a role. Coordinators of the municipality and platform admins may do this."""
    if not (actor.is_superuser or scoping.can(actor, municipality, "members.invite")):
        raise PermissionDenied
    if role not in (Role.COORDINATOR, Role.READER, Role.GIVER):
        raise ValidationError(_("Deze rol kan je niet via een uitnodiging geven."))
    invitation = Invitation.objects.create(email=email.strip().lower(), municipality=municipality, role=role,
                                           invited_by=actor)
    audit.record(actor, "invitation.sent", invitation, municipality=municipality, role=role)
    if not scoping.can(actor, municipality, "members.invite"):  # the platform admin: the coordinators hear it
        admin_changes.invitation_sent(actor, invitation)
    mail.queue(invitation.email, "invitation", {
        "invitation": invitation, "inviter": actor,
        "accept_url": mail.absolute_url(reverse("accounts:invitation", args=[invitation.token])),
    })
    return invitation


def _grants(invitation: Invitation | None) -> bool:
    """Open, not expired, and its inviter may still invite there: a coordinator whose role ended (or an admin whose
    rights were taken) no longer lets anyone in through the invitations she sent."""
    if invitation is None or not invitation.is_usable:
        return False
    inviter = invitation.invited_by
    if inviter is None or not inviter.is_active:
        return False
    return inviter.is_superuser or scoping.can(inviter, invitation.municipality, "members.invite")


def usable_invitation(token: str) -> Invitation | None:
    invitation = Invitation.by_token(token).select_related("municipality", "invited_by").first()
    return invitation if _grants(invitation) else None


@transaction.atomic
def accept_invitation(user: User, token: str) -> Membership:
    invitation = (Invitation.by_token(token).select_for_update(of=("self",))
                  .select_related("municipality", "invited_by").first())
    if not _grants(invitation):
        raise ValidationError(INVITATION_GONE)
    if user.email.lower() != invitation.email.lower():
        raise ValidationError(_("Deze uitnodiging is voor een ander e-mailadres. Meld je aan met %(email)s.")
                              % {"email": invitation.email})
    membership, _created = Membership.objects.get_or_create(
        user=user, municipality=invitation.municipality, role=invitation.role)
    membership.status, membership.decided_by, membership.decided_at = (
        MembershipStatus.APPROVED, invitation.invited_by, timezone.now())
    membership.save()
    invitation.accepted_at, invitation.accepted_by = timezone.now(), user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit.record(user, "invitation.accepted", invitation, municipality=invitation.municipality,
                 role=invitation.role)
    audit.record(invitation.invited_by, "membership.role_granted", membership, role=membership.role,
                 member=user.pk)
    return membership


SETTINGS_FIELDS = Municipality.SETTINGS_FIELDS


@transaction.atomic
def update_settings(actor: User, municipality: Municipality, **values) -> Municipality:
    if not scoping.can(actor, municipality, "settings.change"):
        raise PermissionDenied
    locked = Municipality.objects.select_for_update().get(pk=municipality.pk)
    changed = sorted(f for f in SETTINGS_FIELDS if f in values and getattr(locked, f) != values[f])
    for field in changed:
        setattr(locked, field, values[field])
    if changed:
        locked.full_clean()
        _refuse_a_persons_address(locked.peer_contact_email if "peer_contact_email" in changed else "")
        locked.save(update_fields=changed)
        audit.record(actor, "municipality.settings_changed", locked, municipality=locked, fields=changed)
    return locked


def _refuse_a_persons_address(email: str) -> None:
    """Other municipalities' coordinators read the contact address: a functional one (welzijn@gemeente.be), never
    the address someone logs in with."""
    if email and User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"peer_contact_email": _(
            "Dit is het adres van een persoon met een account. Geef een functioneel adres van de dienst, "
            "bijvoorbeeld welzijn@gemeente.be.")})


@transaction.atomic
def verify_affiliation(actor: User, person_id: int, municipality: Municipality | None = None,
                       organisation_too: bool = False) -> User:
    """Verify that a person works at the organisation they named (until then a claim, which grants nothing): a
    coordinator of `municipality`, where the person is an approved member, or the platform admin. With
    `organisation_too`, an unverified organisation is verified as well. Only a verified member of a verified
    organisation gets partner access through it (`casework.partners.access.verified_members`). Audited, both."""
    person = User.objects.select_for_update().filter(pk=person_id).first()
    if person is None:
        raise PermissionDenied
    if not actor.is_superuser:
        if municipality is None or not scoping.can(actor, municipality, "members.decide") or not (
                Membership.objects.filter(user=person, municipality=municipality,
                                          status=MembershipStatus.APPROVED).exists()):
            raise PermissionDenied
        if person.pk == actor.pk:
            raise ValidationError(_("Je kunt je eigen organisatie niet nakijken. Vraag het aan een andere "
                                    "coördinator."))
    if person.organisation_id is None:
        raise ValidationError(_("%(name)s heeft geen organisatie opgegeven.") % {"name": person.full_name})
    organisation = Organisation.objects.select_for_update().get(pk=person.organisation_id)
    if organisation_too and not organisation.verified:
        organisation.verified = True
        organisation.save(update_fields=["verified"])
        audit.record(actor, "organisation.verified", organisation, municipality=municipality, member=person.pk)
    if person.organisation_verified_at is None:
        person.organisation_verified_at, person.organisation_verified_by = timezone.now(), actor
        person.save(update_fields=["organisation_verified_at", "organisation_verified_by"])
        audit.record(actor, "organisation.member_verified", person, municipality=municipality,
                     organisation=organisation.pk, member=person.pk)
    return person


PROFILE_FIELDS = ("full_name", "function", "organisation", "language")


@transaction.atomic
def update_profile(actor: User, *, new_organisation: str = "", new_organisation_sector=None, **values) -> list[str]:
    """A person changes her own profile (`PROFILE_FIELDS`: name, function, organisation, language); only the fields
    given are touched. A new organisation name is proposed first (`propose_organisation`). A changed organisation is
    a new claim: `User.save` clears its verification. Audited with the names of the changed fields only (never their
    content). Returns those names."""
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"not a profile field: {sorted(unknown)}")
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied
    values = {k: v.strip() if isinstance(v, str) else v for k, v in values.items()}
    guard.refuse_over_long(User, values)
    if "full_name" in values and not values["full_name"]:
        raise ValidationError({"full_name": _("Vul je naam in.")})
    if "language" in values and values["language"] not in dict(User._meta.get_field("language").choices):
        raise ValidationError({"language": _("Kies een taal uit de lijst.")})
    chosen = values.get("organisation")
    if chosen is not None and not chosen.verified and chosen.pk != actor.organisation_id:
        raise ValidationError({"organisation": _("Kies een organisatie uit de lijst.")})  # someone else's proposal
    if new_organisation.strip():
        if new_organisation_sector is None:
            raise ValidationError({"new_organisation_sector": _("Kies de sector van je organisatie.")})
        values["organisation"] = propose_organisation(actor, new_organisation, new_organisation_sector)
    person = User.objects.select_for_update().get(pk=actor.pk)
    changed = sorted(f for f in values if getattr(person, f) != values[f])
    if changed:
        for field in changed:
            setattr(person, field, values[field])
        person.save(update_fields=changed)  # a new organisation also clears its verification (`User.save`)
        audit.record(person, "account.profile_changed", person, fields=changed)
        for field in (*changed, "organisation_verified_at", "organisation_verified_by_id"):
            setattr(actor, field, getattr(person, field))  # the request's user shows the change at once
    return changed
