"""The rows of an event's invitations or attendance, for its organisers (the files are written by
`insights.exports` in `pages.workspace.export_views`; events may not import insights).

Only who may manage the event gets a row, and only of the people its organiser sees on the event's page
(`access.event_participants`: an invitation the platform sent to a giver who hid her name stays out until she
registers herself). The e-mail address is a column only for who may see the members' addresses anyway. Every
export is audited (`events.exported`, with what and the format); the number of queries does not depend on the rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from django.http import Http404
from django.utils.translation import gettext as _

from lokaalsignaal.audit import services as audit
from lokaalsignaal.events import access as event_access
from lokaalsignaal.tenancy import scoping

from .models import Event, Response

INVITATIONS, ATTENDANCE = "invitations", "attendance"
CHUNK = 2000


class EventExport(NamedTuple):
    event: Event
    headers: list[str]
    rows: Iterator[list]


def event_export(user, municipality, event_id: int, *, what: str, file_format: str) -> EventExport:
    """Everyone the organiser sees on the event (`INVITATIONS`) or only those present (`ATTENDANCE`), by name.
    A 404 for anyone who may not manage the event."""
    if what not in (INVITATIONS, ATTENDANCE):
        raise ValueError(what)
    event = event_access.events_managed_by(user, municipality).filter(pk=event_id).first()
    if event is None:
        raise Http404("Niet gevonden")
    invitations = event_access.event_participants(user, event).order_by("user__full_name", "pk")
    if what == ATTENDANCE:
        invitations = invitations.filter(attended=True)
    with_email = scoping.can(user, municipality, "members.view")
    audit.record(user, "events.exported", event, what=what, format=file_format)
    return EventExport(event, _headers(with_email), _rows(invitations, with_email))


def _headers(with_email: bool) -> list[str]:
    return [_("Naam"), _("Organisatie"), *([_("E-mailadres")] if with_email else []), _("Antwoord"),
            _("Geantwoord op"), _("Aanwezig")]


def _attended(invitation) -> str:
    if invitation.attended is None:
        return _("onbekend") if invitation.response == Response.REGISTERED else ""
    return _("ja") if invitation.attended else _("nee")


def _rows(invitations, with_email: bool) -> Iterator[list]:
    for invitation in invitations.iterator(chunk_size=CHUNK):
        person = invitation.user
        yield [person.full_name, person.organisation.name if person.organisation else "",
               *([person.email] if with_email else []), invitation.get_response_display(), invitation.responded_at,
               _attended(invitation)]
