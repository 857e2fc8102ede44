"""Partners invited on one knelpunt. Part of the one place that decides access (see ``tenancy.scoping``)."""

from __future__ import annotations

from lokaalsignaal.accounts.models import Membership, MembershipStatus
from lokaalsignaal.tenancy.models import Municipality

from .casework import knelpunten_for
from .core import can

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
    from lokaalsignaal.accounts.models import User

    return User.objects.filter(organisation_id=organisation_id, organisation__verified=True,
                               organisation_verified_at__isnull=False, is_active=True)


def partner_accesses_of(user):
    """The active invitations that reach this user: to them by name, or to their organisation when both the
    organisation and their affiliation are verified (`verified_members`)."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import PartnerAccess

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return PartnerAccess.objects.none()
    who = Q(user=user)
    if user.has_verified_affiliation:
        who |= Q(organisation_id=user.organisation_id, organisation__verified=True)
    return PartnerAccess.objects.filter(who, ended_at__isnull=True)


def partner_reach(user, knelpunt_id: int, organisation_id: int):
    """The people an invitation of this organisation on this knelpunt would reach now (the coordinator's
    confirmation page): none unless the user manages the knelpunt."""
    from lokaalsignaal.accounts.models import User

    if not knelpunten_for(user, perm="knelpunten.manage").filter(pk=knelpunt_id).exists():
        return User.objects.none()
    return verified_members(organisation_id).order_by("full_name", "pk")


def knelpunten_for_partner(user):
    """The knelpunten shared with this user (in any municipality). No joins that multiply rows: lockable."""
    from lokaalsignaal.casework.models import Knelpunt
    from lokaalsignaal.casework.stages import CLOSED

    return Knelpunt.objects.filter(
        pk__in=partner_accesses_of(user).values("knelpunt_id"), municipality__participating=True,
        merged_into__isnull=True,
    ).exclude(stage__in=CLOSED)


PARTNER_SIGNAL_FIELDS = ("knelpunt_id", "reference", "signal_type", "title", "description", "tried", "idea",
                         "submitted_at", "sector__name")


def signals_for_partner(user, knelpunt_id: int):
    """The texts of a shared knelpunt's signals (not withdrawn). Who gave them (giver, organisation) is not even
    loaded: a partner never sees it."""
    from lokaalsignaal.intake.models import Signal, SignalStatus

    return (Signal.objects.filter(knelpunt__in=knelpunten_for_partner(user).filter(pk=knelpunt_id))
            .exclude(status=SignalStatus.WITHDRAWN).select_related("sector").only(*PARTNER_SIGNAL_FIELDS))


def analysis_notes_for(user, knelpunt_id: int):
    """The analysis notes of a knelpunt, for its active partners and the coordinators of its municipality."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import Note

    visible = Q(knelpunt__in=knelpunten_for_partner(user)) | Q(
        knelpunt__in=knelpunten_for(user, perm="knelpunten.manage"))
    return Note.objects.filter(visible, knelpunt_id=knelpunt_id, kind=Note.Kind.ANALYSIS)


def partner_accesses_managed_by(user, knelpunt_id: int | None = None):
    """Active invitations on knelpunten the user manages (coordinators of the knelpunt's municipality)."""
    from lokaalsignaal.casework.models import PartnerAccess

    queryset = PartnerAccess.objects.filter(knelpunt__in=knelpunten_for(user, perm="knelpunten.manage"),
                                            ended_at__isnull=True)
    return queryset.filter(knelpunt_id=knelpunt_id) if knelpunt_id is not None else queryset


def partner_candidates(user, municipality: Municipality):
    """People a coordinator can pick by name as a partner: approved, active members of the municipality."""
    from lokaalsignaal.accounts.models import User

    if not can(user, municipality, "knelpunten.manage"):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).select_related("organisation").order_by("full_name", "pk")
