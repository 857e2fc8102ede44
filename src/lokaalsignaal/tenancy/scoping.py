"""The ONE place that decides what a user may see and do in a municipality.

Views and services never filter tenant data themselves: they ask this module for the municipality (with the
permission they need) and for querysets scoped to it. Anything not granted is a 404, so a user of another
municipality cannot even learn that a page exists.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from lokaalsignaal.accounts.models import Membership, MembershipStatus, Role, ScopeMembership
from lokaalsignaal.tenancy.models import Municipality, Scope

# permission -> roles that hold it (per municipality). The table in shared/domain.md, as data.
PERMISSIONS: dict[str, frozenset[str]] = {
    "municipality.view": frozenset({Role.GIVER, Role.COORDINATOR, Role.PARTNER, Role.READER}),
    "signal.give": frozenset({Role.GIVER, Role.COORDINATOR}),
    "members.view": frozenset({Role.COORDINATOR}),
    "members.decide": frozenset({Role.COORDINATOR}),
    "members.invite": frozenset({Role.COORDINATOR}),
    "settings.change": frozenset({Role.COORDINATOR}),
    "audit.view": frozenset({Role.COORDINATOR}),
}


def approved_memberships(user) -> QuerySet[Membership]:
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return Membership.objects.filter(
        user=user, status=MembershipStatus.APPROVED, municipality__participating=True
    ).select_related("municipality")


def roles_in(user, municipality: Municipality) -> set[str]:
    return set(approved_memberships(user).filter(municipality=municipality).values_list("role", flat=True))


def can(user, municipality: Municipality, perm: str) -> bool:
    return bool(roles_in(user, municipality) & PERMISSIONS[perm])


def municipalities_for(user, perm: str = "municipality.view") -> QuerySet[Municipality]:
    """Municipalities in which the user holds `perm`."""
    ids = approved_memberships(user).filter(role__in=PERMISSIONS[perm]).values("municipality_id")
    return Municipality.objects.filter(pk__in=ids)


def municipality_for(user, slug: str, perm: str) -> Municipality:
    """The municipality with this slug if the user holds `perm` there, else 404."""
    municipality = municipalities_for(user, perm).filter(slug=slug).first()
    if municipality is None:
        raise Http404("Niet gevonden")
    return municipality


def is_coordinator_anywhere(user) -> bool:
    """A coordinator of a municipality or of a region/Flanders scope (two-factor, login audit)."""
    if approved_memberships(user).filter(role=Role.COORDINATOR).exists():
        return True
    return scopes_for(user, role=ScopeMembership.ScopeRole.COORDINATOR).exists()


def memberships_of(user, municipality: Municipality) -> QuerySet[Membership]:
    """All memberships of a municipality (its members list), for a user allowed to view members."""
    if not can(user, municipality, "members.view"):
        raise Http404("Niet gevonden")
    return Membership.objects.filter(municipality=municipality).select_related("user", "user__organisation",
                                                                                "user__organisation__sector")


# --- signals -------------------------------------------------------------------------------------------------
PERMISSIONS.update({
    "signals.triage": frozenset({Role.COORDINATOR}),
    "signals.read": frozenset({Role.COORDINATOR, Role.READER}),
})


def signals_given_by(user):
    """A giver's own signals (in every municipality)."""
    from lokaalsignaal.intake.models import Signal

    if not getattr(user, "is_authenticated", False):
        return Signal.objects.none()
    return Signal.objects.filter(giver=user)


def signals_for_triage(user, municipality: Municipality | None = None):
    """Signals the user may triage: those of municipalities where they are coordinator."""
    from lokaalsignaal.intake.models import Signal

    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.triage"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


# --- knelpunten ----------------------------------------------------------------------------------------------
PERMISSIONS.update({
    "bottlenecks.manage": frozenset({Role.COORDINATOR}),
    "bottlenecks.read": frozenset({Role.COORDINATOR, Role.READER}),
})


def bottlenecks_for(user, municipality: Municipality | None = None, perm: str = "bottlenecks.read"):
    """Knelpunten the user may see (read) or manage, optionally within one municipality. Merged ones excluded."""
    from lokaalsignaal.casework.models import Bottleneck

    queryset = Bottleneck.objects.filter(municipality__in=municipalities_for(user, perm), merged_into__isnull=True)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def coordinators_of(user, municipality: Municipality, perm: str = "bottlenecks.manage"):
    """The approved coordinators of a municipality (who can be a knelpunt's trekker), for a user holding `perm`."""
    from lokaalsignaal.accounts.models import User

    if not can(user, municipality, perm):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, role=Role.COORDINATOR,
                                    status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name")


def signals_readable_by(user, municipality: Municipality | None = None):
    """Signals whose text the user may read (coordinators and readers of the municipality), never who gave them."""
    from lokaalsignaal.intake.models import Signal

    queryset = Signal.objects.filter(municipality__in=municipalities_for(user, "signals.read"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


# --- events --------------------------------------------------------------------------------------------------
PERMISSIONS.update({
    "events.manage": frozenset({Role.COORDINATOR}),
    # open events are open to the givers of the municipality (coordinators see every event of theirs anyway)
    "events.join_open": frozenset({Role.GIVER, Role.COORDINATOR}),
    # invitation-only events: any approved member who was invited (partners, readers included)
    "events.join_invited": frozenset({Role.GIVER, Role.COORDINATOR, Role.PARTNER, Role.READER}),
})


def events_managed_by(user, municipality: Municipality | None = None):
    """Events the user may organise: those of municipalities where they are coordinator."""
    from lokaalsignaal.events.models import Event

    queryset = Event.objects.filter(municipality__in=municipalities_for(user, "events.manage"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def events_visible_to(user, municipality: Municipality | None = None):
    """Events a person may see and answer: open events of municipalities where they are a giver, events they
    were invited to (or registered for) as an approved member, and every event of municipalities they coordinate.
    No joins that multiply rows, so the queryset can be locked (select_for_update)."""
    from django.db.models import Q

    from lokaalsignaal.events.models import Event, Invitation

    if not getattr(user, "is_authenticated", False):
        return Event.objects.none()
    mine = Invitation.objects.filter(user=user).values("event_id")
    queryset = Event.objects.filter(
        Q(municipality__in=municipalities_for(user, "events.manage"))
        | Q(open_to_all=True, municipality__in=municipalities_for(user, "events.join_open"))
        | Q(pk__in=mine, municipality__in=municipalities_for(user, "events.join_invited"))
    )
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def event_invitations_of(user):
    """A person's own invitations/registrations (only for events they may still see)."""
    from lokaalsignaal.events.models import Invitation

    return Invitation.objects.filter(user=user, event__in=events_visible_to(user))


def event_participants(user, event):
    """Everyone invited to or registered for an event, for its organiser (404 for anyone else)."""
    from lokaalsignaal.events.models import Invitation

    if not events_managed_by(user).filter(pk=event.pk).exists():
        raise Http404("Niet gevonden")
    return Invitation.objects.filter(event=event).select_related("user", "user__organisation")


def event_audience(user, municipality: Municipality, *, agenda_bottleneck_ids=(), theme_ids=(), organisation_ids=(),
                   sector_ids=(), partners=False, user_ids=()):
    """Who an invitation would reach, for a coordinator of the municipality. Returns (named, hidden):

    - only approved, active members of the municipality are ever reached;
    - the signal-based audiences (givers of the agenda's knelpunten, givers on chosen themes) only reach givers
      whose signal allows an invitation (`Signal.may_invite`);
    - a giver who hid their name from the municipality is reached but never named: `hidden` holds those users,
      unless they also belong to a named audience (organisation, sector, partners, chosen people).
    """
    from django.db.models import Q

    from lokaalsignaal.accounts.models import User
    from lokaalsignaal.intake.models import Signal, SignalStatus

    if not can(user, municipality, "events.manage"):
        raise Http404("Niet gevonden")
    members = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED)
    active = User.objects.filter(is_active=True, pk__in=members.values("user_id"))

    consenting = Signal.objects.filter(municipality=municipality, may_invite=True, giver__isnull=False).exclude(
        status=SignalStatus.WITHDRAWN)
    by_signal = []
    if agenda_bottleneck_ids:
        by_signal.append(consenting.filter(bottleneck_id__in=list(agenda_bottleneck_ids)))
    if theme_ids:
        by_signal.append(consenting.filter(themes__in=list(theme_ids)))
    signal_q, open_q = Q(pk__in=[]), Q(pk__in=[])
    for signals in by_signal:
        signal_q |= Q(pk__in=signals.values("giver_id"))
        open_q |= Q(pk__in=signals.filter(hide_name=False).values("giver_id"))
    named_q = Q(pk__in=[])
    if organisation_ids:
        named_q |= Q(organisation_id__in=list(organisation_ids))
    if sector_ids:
        named_q |= Q(organisation__sector_id__in=list(sector_ids))
    if partners:
        named_q |= Q(pk__in=members.filter(role=Role.PARTNER).values("user_id"))
    if user_ids:
        named_q |= Q(pk__in=list(user_ids))
    named = active.filter(named_q | open_q).select_related("organisation").order_by("full_name", "pk")
    hidden = active.filter(signal_q).exclude(named_q | open_q)
    return named, hidden


def event_invitable_people(user, municipality: Municipality):
    """Approved, active members a coordinator can pick one by one for an invitation."""
    from lokaalsignaal.accounts.models import User

    if not can(user, municipality, "events.manage"):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name", "pk")


def calendar_feed_events(token: str):
    """The events behind a personal calendar feed: where the token's owner is registered or on the waiting list
    (cancelled events stay, so calendars remove them). 404 for an unknown token."""
    from lokaalsignaal.events.models import CalendarFeed, Invitation, Response

    feed = CalendarFeed.objects.select_related("user").filter(token=token).first() if token else None
    if feed is None or not feed.user.is_active:
        raise Http404("Niet gevonden")
    ids = Invitation.objects.filter(user=feed.user, response__in=[Response.REGISTERED, Response.WAITING]).values(
        "event_id")
    return feed.user, events_visible_to(feed.user).filter(pk__in=ids)


def public_events(slug: str):
    """Open, upcoming, not cancelled events of a participating municipality with a public page (else 404)."""
    from django.utils import timezone

    from lokaalsignaal.events.models import Event

    municipality = Municipality.objects.filter(slug=slug, participating=True, public_page=True).first()
    if municipality is None:
        raise Http404("Niet gevonden")
    return municipality, Event.objects.filter(municipality=municipality, open_to_all=True,
                                              status=Event.Status.PLANNED, ends_at__gte=timezone.now())


def events_due_for_reminder(now, horizon_hours: int = 24 * 14):
    """Planned events (any municipality: a system job) that start within the horizon and got no reminder yet."""
    from datetime import timedelta

    from lokaalsignaal.events.models import Event

    return Event.objects.filter(status=Event.Status.PLANNED, reminder_sent_at__isnull=True, starts_at__gt=now,
                                starts_at__lte=now + timedelta(hours=horizon_hours))


# --- partners ------------------------------------------------------------------------------------------------
# A partner is invited on ONE knelpunt (casework.PartnerAccess), by name or through their organisation (every active
# user of that organisation). No membership role is needed. Access holds while the invitation is not withdrawn and
# the knelpunt is open, not merged, and of a participating municipality. A partner reads the texts of the
# knelpunt's signals, never who gave them.

def partner_accesses_of(user):
    """The active invitations that reach this user: to them by name, or to their organisation."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import PartnerAccess

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return PartnerAccess.objects.none()
    who = Q(user=user)
    if user.organisation_id:
        who |= Q(organisation_id=user.organisation_id)
    return PartnerAccess.objects.filter(who, ended_at__isnull=True)


def bottlenecks_for_partner(user):
    """The knelpunten shared with this user (in any municipality). No joins that multiply rows: lockable."""
    from lokaalsignaal.casework.models import Bottleneck
    from lokaalsignaal.casework.stages import CLOSED

    return Bottleneck.objects.filter(
        pk__in=partner_accesses_of(user).values("bottleneck_id"), municipality__participating=True,
        merged_into__isnull=True,
    ).exclude(stage__in=CLOSED)


PARTNER_SIGNAL_FIELDS = ("bottleneck_id", "reference", "signal_type", "title", "description", "tried", "idea",
                         "submitted_at", "sector__name")


def signals_for_partner(user, bottleneck_id: int):
    """The texts of a shared knelpunt's signals (not withdrawn). Who gave them (giver, organisation) is not even
    loaded: a partner never sees it."""
    from lokaalsignaal.intake.models import Signal, SignalStatus

    return (Signal.objects.filter(bottleneck__in=bottlenecks_for_partner(user).filter(pk=bottleneck_id))
            .exclude(status=SignalStatus.WITHDRAWN).select_related("sector").only(*PARTNER_SIGNAL_FIELDS))


def analysis_notes_for(user, bottleneck_id: int):
    """The analysis notes of a knelpunt, for its active partners and the coordinators of its municipality."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import Note

    visible = Q(bottleneck__in=bottlenecks_for_partner(user)) | Q(
        bottleneck__in=bottlenecks_for(user, perm="bottlenecks.manage"))
    return Note.objects.filter(visible, bottleneck_id=bottleneck_id, kind=Note.Kind.ANALYSIS)


def partner_accesses_managed_by(user, bottleneck_id: int | None = None):
    """Active invitations on knelpunten the user manages (coordinators of the knelpunt's municipality)."""
    from lokaalsignaal.casework.models import PartnerAccess

    queryset = PartnerAccess.objects.filter(bottleneck__in=bottlenecks_for(user, perm="bottlenecks.manage"),
                                            ended_at__isnull=True)
    return queryset.filter(bottleneck_id=bottleneck_id) if bottleneck_id is not None else queryset


def partner_candidates(user, municipality: Municipality):
    """People a coordinator can pick by name as a partner: approved, active members of the municipality."""
    from lokaalsignaal.accounts.models import User

    if not can(user, municipality, "bottlenecks.manage"):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).select_related("organisation").order_by("full_name", "pk")


# --- regions -------------------------------------------------------------------------------------------------
# A region (eerstelijnszone) or Flanders sees only what its municipalities escalated to it, and the regional/Flemish
# knelpunten it made by bundling those; Flanders also reads what lies below a regional knelpunt escalated to it.
# Members are people with a ScopeMembership (coordinator or reader); there is no pending state. Everything else is a
# 404. Never the giver: region querysets of signals are read without giver.

def scopes_for(user, role: str | None = None):
    """The scopes (regions, Flanders) the user is a member of, optionally with this role."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Scope.objects.none()
    memberships = ScopeMembership.objects.filter(user=user)
    if role is not None:
        memberships = memberships.filter(role=role)
    return Scope.objects.filter(pk__in=memberships.values("scope_id"))


def scope_for(user, pk, role: str | None = None) -> Scope:
    """The scope with this pk if the user is a member (with this role), else 404."""
    scope = scopes_for(user, role).filter(pk=pk).first()
    if scope is None:
        raise Http404("Niet gevonden")
    return scope


def is_scope_coordinator(user, scope: Scope) -> bool:
    return scopes_for(user, ScopeMembership.ScopeRole.COORDINATOR).filter(pk=scope.pk).exists()


def regional_bottlenecks_for(user, scope: Scope | None = None, role: str | None = None):
    """Regional/Flemish knelpunten (scope set) of the scopes the user is a member of. Merged ones excluded."""
    from lokaalsignaal.casework.models import Bottleneck

    queryset = Bottleneck.objects.filter(scope__in=scopes_for(user, role), merged_into__isnull=True)
    return queryset.filter(scope=scope) if scope is not None else queryset


def escalated_bottlenecks_for(user, scope: Scope):
    """The knelpunten a scope may read: escalated to it and still in the stage 'opgeschaald', plus those bundled
    into one of its regional knelpunten (whatever their stage: the bundle's history stays readable; returning a
    knelpunt unbundles it, see casework.services.change_stage). Only for members of the scope, else none."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import Bottleneck
    from lokaalsignaal.casework.stages import Stage

    if not scopes_for(user).filter(pk=scope.pk).exists():
        return Bottleneck.objects.none()
    regional = Bottleneck.objects.filter(scope=scope, merged_into__isnull=True).values("pk")
    return Bottleneck.objects.filter(
        Q(escalated_to=scope, stage=Stage.ESCALATED) | Q(parent__in=regional), merged_into__isnull=True)


def readable_by_scope(user, scope: Scope):
    """Every knelpunt whose page (summary, stage messages, signal texts) a scope may open: its escalated knelpunten
    (`escalated_bottlenecks_for`) and, below each regional/Flemish knelpunt among them (a region escalated its own
    knelpunt to Flanders, or Flanders bundled one), the knelpunten bundled into it, down to the municipalities.
    Returning the regional knelpunt (or unbundling a knelpunt) takes them out again. Members only, else none."""
    from django.db.models import Q

    from lokaalsignaal.casework.models import Bottleneck

    escalated = escalated_bottlenecks_for(user, scope)
    readable, upper = Q(pk__in=escalated.values("pk")), escalated.filter(municipality__isnull=True)
    for _level in range(2):  # region → municipalities; Flanders → region → municipalities
        below = Bottleneck.objects.filter(parent__in=upper.values("pk"), merged_into__isnull=True)
        readable |= Q(pk__in=below.values("pk"))
        upper = below.filter(municipality__isnull=True)
    return Bottleneck.objects.filter(readable)


def signals_of_escalated(user, scope: Scope):
    """Signal texts a scope may read: those of the knelpunten it may open (`readable_by_scope`; never withdrawn
    signals). Callers must not show the giver, the organisation or anything that identifies them."""
    from lokaalsignaal.intake.models import Signal, SignalStatus

    return Signal.objects.filter(bottleneck__in=readable_by_scope(user, scope)).exclude(
        status=SignalStatus.WITHDRAWN)


def escalation_targets(bottleneck):
    """The scopes a knelpunt can be escalated to: the regions and Flanders that contain its municipality; for a
    regional knelpunt, a Flanders scope other than its own."""
    if bottleneck.municipality_id is not None:
        return Scope.objects.filter(municipalities=bottleneck.municipality_id).order_by("kind", "name")
    return Scope.objects.filter(kind=Scope.Kind.FLANDERS).exclude(pk=bottleneck.scope_id).order_by("name")


# --- similarity ----------------------------------------------------------------------------------------------
# "Ik zie dit ook": an approved giver (or coordinator) of a municipality joins a knelpunt the municipality made
# visible to givers. Before sending, a giver sees such knelpunten and the titles (never the text or the giver) of
# recent signals of the municipality. Coordinators get suggestions from their own municipality only; region and
# Flanders users compare escalated knelpunten of their scope.
PERMISSIONS.update({
    "bottlenecks.join": frozenset({Role.GIVER, Role.COORDINATOR}),
})

SIMILAR_SIGNAL_DAYS = 365


def joinable_bottlenecks(user, municipality: Municipality | None = None):
    """Knelpunten the user may join: visible to givers, open, not merged, of a municipality where they give."""
    from lokaalsignaal.casework.models import Bottleneck
    from lokaalsignaal.casework.stages import CLOSED

    queryset = Bottleneck.objects.filter(municipality__in=municipalities_for(user, "bottlenecks.join"),
                                         visible_to_givers=True, merged_into__isnull=True).exclude(stage__in=CLOSED)
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def joins_of(user):
    """A person's own joins."""
    from lokaalsignaal.casework.models import Join

    if not getattr(user, "is_authenticated", False):
        return Join.objects.none()
    return Join.objects.filter(user=user)


def joined_bottlenecks_for(user):
    """Knelpunten the user joined, readable on their giver page while they are a member of its municipality and
    the knelpunt stays visible to givers (also after it closed: the outcome is for them too)."""
    from lokaalsignaal.casework.models import Bottleneck

    return Bottleneck.objects.filter(pk__in=joins_of(user).values("bottleneck_id"), visible_to_givers=True,
                                     municipality__in=municipalities_for(user, "bottlenecks.join"))


def recent_signal_titles_for_giver(user, municipality: Municipality):
    """Recent signals of a municipality a giver may see as 'similar' before sending: only pk, title and date are
    loaded (never the text, the giver or their organisation). Not withdrawn, not set aside."""
    from datetime import timedelta

    from django.utils import timezone

    from lokaalsignaal.intake.models import Signal, SignalStatus

    if not can(user, municipality, "bottlenecks.join"):
        return Signal.objects.none()
    since = timezone.now() - timedelta(days=SIMILAR_SIGNAL_DAYS)
    return (Signal.objects.filter(municipality=municipality, submitted_at__gte=since)
            .exclude(status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])
            .only("pk", "title", "submitted_at", "bottleneck_id"))


def unlinked_signals_for_triage(user, municipality: Municipality):
    """Signals of a municipality the coordinator may bundle: not linked to a knelpunt, not withdrawn/set aside."""
    from lokaalsignaal.intake.models import SignalStatus

    return signals_for_triage(user, municipality).filter(bottleneck__isnull=True).exclude(
        status__in=[SignalStatus.WITHDRAWN, SignalStatus.NOT_RETAINED])


def escalated_peers_for(user, scope: Scope):
    """Escalated knelpunten (stage 'opgeschaald') of the scope's municipalities, to compare one with the others."""
    from lokaalsignaal.casework.stages import Stage

    return escalated_bottlenecks_for(user, scope).filter(municipality__isnull=False, stage=Stage.ESCALATED)


def bottleneck_index_source(municipality: Municipality):
    """The open, not merged knelpunten of a municipality, as the similarity index holds them (a system queryset:
    callers fetch what they show through `joinable_bottlenecks` / `bottlenecks_for`)."""
    from lokaalsignaal.casework.models import Bottleneck
    from lokaalsignaal.casework.stages import CLOSED

    return Bottleneck.objects.filter(municipality=municipality, merged_into__isnull=True).exclude(stage__in=CLOSED)
