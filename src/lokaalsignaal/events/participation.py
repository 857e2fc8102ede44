"""Events: what an invited person does — register (or join the waiting list), decline or unregister — and their
personal calendar feed (the secret URL and its renewal).

Same rules as `services` (permission through `access`, one transaction, an audit event, mail queued in the
transaction); the shared helpers (`_mail`, `_promote`) live in `services` and are imported from there, never the
other way round.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from lokaalsignaal.audit import services as audit
from lokaalsignaal.events import access as event_access

from . import ics
from .models import CalendarFeed, Event, Invitation, Response, new_calendar_token
from .services import _mail, _promote

ACTIVE = (Response.REGISTERED, Response.WAITING)


class RegistrationClosed(Exception):
    """The event is cancelled, has started, or its registration deadline has passed."""


# --- answering (the giver) -------------------------------------------------------------------------------------

def _visible_event_for_update(user, event_id) -> Event:
    event = (event_access.events_visible_to(user).select_for_update(of=("self",)).filter(pk=event_id)
             .select_related("municipality").first())
    if event is None:
        raise PermissionDenied
    return event


@transaction.atomic
def register(user, event_id: int) -> Invitation:
    """Take a place, or a place on the waiting list when the event is full. The event row is locked, so two people
    registering for the last place at the same moment never exceed the capacity."""
    event = _visible_event_for_update(user, event_id)
    if not event.registration_open():
        raise RegistrationClosed
    invitation, _created = Invitation.objects.select_for_update().get_or_create(event=event, user=user)
    invitation.event, invitation.user = event, user
    if invitation.response in ACTIVE:
        return invitation
    now = timezone.now()
    taken = Invitation.objects.filter(event=event, response=Response.REGISTERED).count()
    if event.capacity is None or taken < event.capacity:
        invitation.response, invitation.waiting_since = Response.REGISTERED, None
    else:
        invitation.response, invitation.waiting_since = Response.WAITING, now
    invitation.responded_at = now
    invitation.save(update_fields=["response", "waiting_since", "responded_at"])
    audit.record(user, "event.registered" if invitation.response == Response.REGISTERED else "event.waiting",
                 event, invitation=invitation.pk)
    _mail(invitation, "registered" if invitation.response == Response.REGISTERED else "waiting")
    return invitation


@transaction.atomic
def decline(user, event_id: int) -> Invitation:
    """Say no to an invitation, or cancel a registration (a freed place goes to the first on the waiting list)."""
    event = _visible_event_for_update(user, event_id)
    invitation, _created = Invitation.objects.select_for_update().get_or_create(event=event, user=user)
    invitation.event, invitation.user = event, user
    previous = invitation.response
    if previous in (Response.DECLINED, Response.CANCELLED):
        return invitation
    now = timezone.now()
    invitation.response = Response.CANCELLED if previous in ACTIVE else Response.DECLINED
    invitation.responded_at, invitation.waiting_since = now, None
    invitation.save(update_fields=["response", "responded_at", "waiting_since"])
    audit.record(user, "event.declined", event, invitation=invitation.pk, previous=previous)
    if previous in ACTIVE:
        _mail(invitation, "unregistered", ics.CANCEL)
    if previous == Response.REGISTERED and not event.is_cancelled:
        _promote(event, now)
    return invitation


# --- personal calendar feed --------------------------------------------------------------------------------------

def existing_calendar_feed(user) -> CalendarFeed | None:
    """The person's feed if she made one (a read: the GET of "Mijn agenda-link" creates nothing)."""
    return CalendarFeed.objects.filter(user=user).first()


@transaction.atomic
def calendar_feed_of(user) -> CalendarFeed:
    """The person's feed, made (and audited) the first time she asks for it (a POST)."""
    feed, created = CalendarFeed.objects.get_or_create(user=user)
    if created:
        audit.record(user, "calendar_feed.created", feed)
    return feed


@transaction.atomic
def regenerate_calendar_token(user) -> CalendarFeed:
    """A new secret feed URL; the old one stops working at once. Without a feed yet, this makes the first one."""
    feed = existing_calendar_feed(user)
    if feed is None:
        return calendar_feed_of(user)
    feed.token = new_calendar_token()
    feed.save(update_fields=["token", "created_at"])
    audit.record(user, "calendar_feed.regenerated", feed)
    return feed


def forget_calendar_feed(user_id: int) -> int:
    """She removed her account (`accounts.leaving`): her secret feed URL stops working. In that transaction."""
    return CalendarFeed.objects.filter(user_id=user_id).delete()[0]
