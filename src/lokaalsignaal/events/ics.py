"""Calendar files (.ics) with `icalendar`: times in Europe/Brussels with a VTIMEZONE, one UID per event for life,
SEQUENCE raised on every change. METHOD:REQUEST for invitations and updates, METHOD:CANCEL for cancellation,
no METHOD (a plain calendar) for the personal feed and downloads."""

from __future__ import annotations

from datetime import date
from email.utils import parseaddr
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.mail import services as mail

BRUSSELS = ZoneInfo("Europe/Brussels")
REQUEST, CANCEL, PUBLISH = "REQUEST", "CANCEL", "PUBLISH"
MIMETYPE = "text/calendar"


def _location(event) -> str:
    parts = [p for p in (event.room, event.address) if p]
    if event.online_url:
        parts.append(event.online_url)
    return ", ".join(parts)


def _vevent(event, method: str | None, attendee=None, now=None) -> icalendar.Event:
    vevent = icalendar.Event()
    vevent.add("uid", event.ical_uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", now or timezone.now())
    vevent.add("dtstart", event.starts_at.astimezone(BRUSSELS))
    vevent.add("dtend", event.ends_at.astimezone(BRUSSELS))
    vevent.add("summary", f"{event.get_kind_display()}: {event.title}")
    url = mail.absolute_url(reverse("events:event", args=[event.pk]))
    vevent.add("description", "\n\n".join(p for p in (event.description, url) if p))
    vevent.add("url", url)
    location = _location(event)
    if location:
        vevent.add("location", location)
    cancelled = event.is_cancelled or method == CANCEL
    vevent.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    if method is not None:
        organiser_name, organiser_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
        vevent.add("organizer", f"mailto:{organiser_email}",
                   parameters={"CN": f"{event.municipality.name} via {organiser_name or 'Lokaal Signaal'}"})
        if attendee is not None:
            vevent.add("attendee", f"mailto:{attendee.email}",
                       parameters={"CN": attendee.full_name or attendee.email, "ROLE": "REQ-PARTICIPANT",
                                   "RSVP": "FALSE"})
    return vevent


def calendar(events, method: str | None = None, attendee=None, name: str = "") -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Lokaal Signaal//Evenementen//NL")
    cal.add("version", "2.0")
    if method:
        cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Brussels")
    now = timezone.now()
    events = list(events)
    for event in events:
        cal.add_component(_vevent(event, method, attendee, now))
    if events:
        first = min(e.starts_at for e in events).astimezone(BRUSSELS).date()
        last = max(e.ends_at for e in events).astimezone(BRUSSELS).date()
        cal.add_missing_timezones(first_date=date(first.year, 1, 1), last_date=date(last.year + 1, 12, 31))
    return cal.to_ical()


def for_mail(event, method: str, attendee) -> tuple[str, str, str]:
    """(filename, content, mimetype) for mail.queue(attachments=...)."""
    content = calendar([event], method=method, attendee=attendee).decode()
    return ("uitnodiging.ics" if method == REQUEST else "annulering.ics", content,
            f"{MIMETYPE}; method={method}")
