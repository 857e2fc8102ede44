"""Who is a partner on which knelpunt, and what a partner may read. The casework app imports this module when it is
ready; it tells the platform where someone is a partner (`tenancy.scoping.declare_role_source`)."""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.knelpunten.access import knelpunten_for
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note, StageChange
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role
from lokaalsignaal.tenancy.scoping.core import can, declare_role_source

# --- partners ------------------------------------------------------------------------------------------------
# A partner is invited on ONE knelpunt (casework.PartnerAccess), by name or through their organisation. An
# organisation's invitation reaches its *verified members* only, and only while the organisation itself is verified:
# the organisation a person names at sign-up is a claim until a coordinator (of a municipality where they are an
# approved member) or the platform admin verifies it (`accounts.services.verify_affiliation`). No membership role is
# needed. Access holds while the invitation is not withdrawn and the knelpunt is open, not merged, and of a
# participating municipality. A partner reads the texts of the knelpunt's signals, never who gave them.

def verified_members(organisation_id):
    """Who an invitation of this organisation reaches: its active people whose affiliation was verified, and nobody
    while the organisation itself is not verified. The one rule, also for `partner_accesses_of`."""
    return User.objects.filter(organisation_id=organisation_id, organisation__verified=True,
                               organisation_verified_at__isnull=False, is_active=True)


def partner_accesses_of(user):
    """The active invitations that reach this user: to them by name, or to their organisation when both the
    organisation and their affiliation are verified (`verified_members`)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return PartnerAccess.objects.none()
    who = Q(user=user)
    if user.has_verified_affiliation:
        who |= Q(organisation_id=user.organisation_id, organisation__verified=True)
    return PartnerAccess.objects.filter(who, ended_at__isnull=True)


def partner_reach(user, knelpunt_id: int, organisation_id: int):
    """The people an invitation of this organisation on this knelpunt would reach now (the coordinator's
    confirmation page): none unless the user manages the knelpunt."""
    if not knelpunten_for(user, perm="knelpunten.manage").filter(pk=knelpunt_id).exists():
        return User.objects.none()
    return verified_members(organisation_id).order_by("full_name", "pk")


def knelpunten_for_partner(user):
    """The knelpunten shared with this user (in any municipality). No joins that multiply rows: lockable."""
    return Knelpunt.objects.filter(
        pk__in=partner_accesses_of(user).values("knelpunt_id"), municipality__participating=True,
        merged_into__isnull=True,
    ).exclude(stage__in=CLOSED)


def municipalities_of_partner(user):
    """Where the user is a partner: the municipalities of the knelpunten shared with them."""
    return Municipality.objects.filter(pk__in=knelpunten_for_partner(user).values("municipality_id"))


declare_role_source(Role.PARTNER, municipalities_of_partner)


PARTNER_SIGNAL_FIELDS = ("knelpunt_id", "reference", "signal_type", "title", "description", "tried", "idea",
                         "submitted_at", "sector__name")


def signals_for_partner(user, knelpunt_id: int):
    """The texts of a shared knelpunt's signals (not withdrawn). Who gave them (giver, organisation) is not even
    loaded: a partner never sees it."""
    return (Signal.objects.filter(knelpunt__in=knelpunten_for_partner(user).filter(pk=knelpunt_id))
            .exclude(status=SignalStatus.WITHDRAWN).select_related("sector").only(*PARTNER_SIGNAL_FIELDS))


def analysis_notes_for(user, knelpunt_id: int):
    """The analysis notes of a knelpunt, for its active partners and the coordinators of its municipality."""
    visible = Q(knelpunt__in=knelpunten_for_partner(user)) | Q(
        knelpunt__in=knelpunten_for(user, perm="knelpunten.manage"))
    return Note.objects.filter(visible, knelpunt_id=knelpunt_id, kind=Note.Kind.ANALYSIS)


def partner_accesses_managed_by(user, knelpunt_id: int | None = None):
    """Active invitations on knelpunten the user manages (coordinators of the knelpunt's municipality)."""
    queryset = PartnerAccess.objects.filter(knelpunt__in=knelpunten_for(user, perm="knelpunten.manage"),
                                            ended_at__isnull=True)
    return queryset.filter(knelpunt_id=knelpunt_id) if knelpunt_id is not None else queryset


def partner_candidates(user, municipality: Municipality):
    """People a coordinator can pick by name as a partner: approved, active members of the municipality."""
    if not can(user, municipality, "knelpunten.manage"):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).select_related("organisation").order_by("full_name", "pk")


def open_knelpunten():
    """Knelpunten a partner can be invited on (or accept an invitation on): open, not merged, of a participating
    municipality. The same rule as `knelpunten_for_partner`, for someone who is no partner yet."""
    return Knelpunt.objects.filter(municipality__participating=True, merged_into__isnull=True).exclude(
        stage__in=CLOSED)


def partner_invitations_managed_by(user, knelpunt_id: int | None = None, now=None):
    """Invitations by e-mail (for people without an account) that still wait, on knelpunten the user manages: not
    accepted, not revoked, not expired (at `now`, by default the present moment)."""
    queryset = PartnerInvitation.objects.filter(
        knelpunt__in=knelpunten_for(user, perm="knelpunten.manage"), accepted_at__isnull=True,
        revoked_at__isnull=True, expires_at__gt=now or timezone.now())
    return queryset.filter(knelpunt_id=knelpunt_id) if knelpunt_id is not None else queryset


def questions_for_partner(user, knelpunt_id: int):
    """What the municipality asked her on a shared knelpunt: the messages of the active invitations that reach her
    (to her by name or to her organisation), oldest first."""
    return (partner_accesses_of(user).filter(knelpunt__in=knelpunten_for_partner(user), knelpunt_id=knelpunt_id)
            .exclude(message="").select_related("invited_by").order_by("created_at", "pk"))


def stage_history_for_partner(user, knelpunt_id: int):
    """The stage changes of a shared knelpunt, for its partner: when it moved from which stage to which. Never who
    moved it, nor the message to the givers or the internal remark (not even loaded)."""
    return (StageChange.objects.filter(knelpunt__in=knelpunten_for_partner(user).filter(pk=knelpunt_id))
            .only("knelpunt_id", "from_stage", "to_stage", "created_at").order_by("created_at", "id"))
