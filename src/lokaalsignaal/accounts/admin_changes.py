"""Roles and settings the platform admin changes from outside a municipality's own pages (the Django admin, an
invitation sent by a superuser). Each change is audited in the municipality it touches, so its coordinators read it
on their audit page (`/g/<slug>/audit/`), and those coordinators are told at once: a notification in the platform
and an e-mail, whatever their digest choice (a role given behind their back is not news that can wait a week).

A region or Flanders role (`ScopeMembership`) reads what the scope's municipalities escalate: it is audited in each
participating municipality of the scope, and told to their coordinators and to the scope's coordinators.
"""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse

from lokaalsignaal import domain_events
from lokaalsignaal.accounts.domain_events import CoordinatorsTold
from lokaalsignaal.accounts.models import Invitation, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.mail import services as mail
from lokaalsignaal.tenancy.domain_events import MunicipalityChangedByAdmin
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role, ScopeMembership


@transaction.atomic
def membership_changed(actor: User, membership: Membership, deleted: bool = False) -> None:
    """The admin created, changed or deleted a membership (the user page's inline)."""
    audit.record(actor, "membership.admin_delete" if deleted else "membership.admin_change", membership,
                 municipality=membership.municipality, role=membership.role, status=membership.status,
                 member=membership.user_id)
    tell_coordinators(actor, [membership.municipality], about=membership.user, role=membership.get_role_display(),
                      status="" if deleted else membership.get_status_display(), deleted=deleted)


@transaction.atomic
def scope_membership_changed(actor: User, scope_membership: ScopeMembership, deleted: bool = False) -> None:
    """The admin created, changed or deleted a region/Flanders membership."""
    scope = scope_membership.scope
    municipalities = list(scope.municipalities.filter(participating=True))
    for municipality in municipalities:
        audit.record(actor, "scope_membership.admin_delete" if deleted else "scope_membership.admin_change",
                     scope_membership, municipality=municipality, scope=scope.pk, role=scope_membership.role,
                     member=scope_membership.user_id)
    scope_coordinators = User.objects.filter(
        scope_memberships__scope=scope, scope_memberships__role=ScopeMembership.ScopeRole.COORDINATOR,
        is_active=True).distinct()
    tell_coordinators(actor, municipalities, about=scope_membership.user,
                      role=f"{scope_membership.get_role_display()} ({scope.name})", deleted=deleted,
                      also=scope_coordinators)


def invitation_sent(actor: User, invitation: Invitation) -> None:
    """Someone who is not a coordinator there (the platform admin) invited a person to a role."""
    tell_coordinators(actor, [invitation.municipality], invited=invitation.email, role=invitation.get_role_display())


@transaction.atomic
def municipality_changed(event: MunicipalityChangedByAdmin) -> None:
    """The admin changed a municipality (`tenancy.admin`): when it touched settings the coordinators own (trusted
    e-mail domains, two-factor for partners…), they are told. Listens after commit."""
    if set(event.fields) & set(Municipality.SETTINGS_FIELDS):
        tell_coordinators(User.objects.get(pk=event.actor_id), [Municipality.objects.get(pk=event.municipality_id)],
                          settings=True)


def tell_coordinators(actor: User, municipalities, also=(), **what) -> None:
    """An e-mail (sent after commit, never held for a digest) to the approved coordinators of these municipalities
    (and `also`), never to the actor; `what` fills it in (mail/admin_change_sentence.txt). Announced
    (`CoordinatorsTold`), so their notifications show it too (kind ADMIN_CHANGE, leading to the audit page)."""
    municipalities = list(municipalities)
    coordinators = (Membership.objects.filter(municipality__in=municipalities, role=Role.COORDINATOR,
                                              status=MembershipStatus.APPROVED, user__is_active=True)
                    .exclude(user=actor).select_related("user", "municipality"))
    reached = [(m.user, m.municipality) for m in coordinators]
    told = {user.pk for user, _m in reached}
    # a scope's coordinators have no audit page of their own: the news leads to their notifications
    reached += [(user, None) for user in also if user.pk not in told and user.pk != actor.pk]
    domain_events.announce(CoordinatorsTold(tuple((user.pk, municipality.pk if municipality else None)
                                                  for user, municipality in reached)))
    for user, municipality in reached:
        audit_url = mail.absolute_url(reverse("audit:log", args=[municipality.slug])) if municipality else ""
        mail.queue(user.email, "admin_change", {"municipality": municipality, "audit_url": audit_url, **what},
                   language=user.language)
