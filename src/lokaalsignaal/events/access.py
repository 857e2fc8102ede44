"""Events, invitations, calendar feeds. Their permissions are declared here (``tenancy.permissions``), built on the
core that decides access (see ``tenancy.scoping``)."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from lokaalsignaal.accounts.models import User
from lokaalsignaal.events.models import CalendarFeed, Event, Invitation, Response
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role
from lokaalsignaal.tenancy.permissions import declare
from lokaalsignaal.tenancy.scoping.core import can, municipalities_for

# --- events --------------------------------------------------------------------------------------------------
declare("events.manage", {Role.COORDINATOR}, description="Organise the municipality's events, invite people.")
declare("events.join_open", {Role.GIVER, Role.COORDINATOR},
        description="See and answer open events (coordinators see every event of theirs anyway).")
declare("events.join_invited", {Role.GIVER, Role.COORDINATOR, Role.PARTNER, Role.READER},
        description="Answer an invitation-only event one was invited to (partners and readers included).")


def events_managed_by(user, municipality: Municipality | None = None):
    """Events the user may organise: those of municipalities where they are coordinator."""
    queryset = Event.objects.filter(municipality__in=municipalities_for(user, "events.manage"))
    return queryset.filter(municipality=municipality) if municipality is not None else queryset


def events_visible_to(user, municipality: Municipality | None = None):
    """Events a person may see and answer: open events of municipalities where they are a giver, events they
    were invited to (or registered for) as an approved member, and every event of municipalities they coordinate.
    No joins that multiply rows, so the queryset can be locked (select_for_update)."""
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
    return Invitation.objects.filter(user=user, event__in=events_visible_to(user))


def event_participants(user, event):
    """Everyone invited to or registered for an event, as its organiser may see them (404 for anyone else).

    An invitation the platform sent to a giver who hid their name (`Invitation.name_hidden`, reached through a
    signal-based audience, never invited by name) is left out until that person registers or joins the waiting
    list: no list, count or marker of the organiser may tell who they are, or that they exist."""
    if not events_managed_by(user).filter(pk=event.pk).exists():
        raise Http404("Niet gevonden")
    return (Invitation.objects.filter(event=event).exclude(Invitation.HIDDEN_FROM_ORGANISER)
            .select_related("user", "user__organisation"))


def event_audience(user, municipality: Municipality, *, agenda_knelpunt_ids=(), theme_ids=(), organisation_ids=(),
                   sector_ids=(), partners=False, user_ids=()):
    """Who an invitation would reach, for a coordinator of the municipality. Returns (named, hidden):

    - only approved, active members of the municipality are ever reached;
    - the signal-based audiences (givers of the agenda's knelpunten, givers on chosen themes) only reach givers
      whose signal allows an invitation (`Signal.may_invite`);
    - `named`: who the coordinator may see in the preview. A person is named for what the coordinator knows anyway
      (an organisation, a sector, partners, chosen people, a signal that shows its giver), never because of a
      signal whose giver hid their name: whether someone is such a giver changes nothing in `named`;
    - `hidden`: the givers reached only through a signal that hides their name. For the platform's mail only
      (`events.services.send_invitations`): never shown, never counted to the coordinator.
    """
    if not can(user, municipality, "events.manage"):
        raise Http404("Niet gevonden")
    members = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED)
    active = User.objects.filter(is_active=True, pk__in=members.values("user_id"))

    consenting = Signal.objects.filter(municipality=municipality, may_invite=True, giver__isnull=False).exclude(
        status=SignalStatus.WITHDRAWN)
    by_signal = []
    if agenda_knelpunt_ids:
        by_signal.append(consenting.filter(knelpunt_id__in=list(agenda_knelpunt_ids)))
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
    if not can(user, municipality, "events.manage"):
        return User.objects.none()
    ids = Membership.objects.filter(municipality=municipality, status=MembershipStatus.APPROVED).values("user_id")
    return User.objects.filter(pk__in=ids, is_active=True).order_by("full_name", "pk")


def calendar_feed_events(token: str):
    """The events behind a personal calendar feed: where the token's owner is registered or on the waiting list
    (cancelled events stay, so calendars remove them). 404 for an unknown token."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first() if token else None
    if feed is None or not feed.user.is_active:
        raise Http404("Niet gevonden")
    ids = Invitation.objects.filter(user=feed.user, response__in=[Response.REGISTERED, Response.WAITING]).values(
        "event_id")
    return feed.user, events_visible_to(feed.user).filter(pk__in=ids)


def public_events(slug: str):
    """Open, upcoming, not cancelled events of a participating municipality with a public page (else 404)."""
    municipality = Municipality.objects.filter(slug=slug, participating=True, public_page=True).first()
    if municipality is None:
        raise Http404("Niet gevonden")
    return municipality, Event.objects.filter(municipality=municipality, open_to_all=True,
                                              status=Event.Status.PLANNED, ends_at__gte=timezone.now())


def events_due_for_reminder(now, horizon_hours: int = 24 * 14):
    """Planned events (any municipality: a system job) that start within the horizon and got no reminder yet."""
    return Event.objects.filter(status=Event.Status.PLANNED, reminder_sent_at__isnull=True, starts_at__gt=now,
                                starts_at__lte=now + timedelta(hours=horizon_hours))
