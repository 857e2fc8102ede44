"""Audit events as the coordinators' audit page shows them: who, what (in plain Dutch), when, and for a role the
person it concerns. Never the payload's other codes, never content. A constant number of queries per page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _

from lokaalsignaal.audit.actions import describe

# actions about a person's role: the row names that person and the role
ROLE_ACTIONS = {"membership.approved", "membership.refused", "membership.ended", "membership.role_granted",
                "membership.admin_change", "membership.admin_delete", "scope_membership.admin_change",
                "scope_membership.admin_delete", "organisation.member_verified"}


@dataclass(frozen=True)
class Row:
    when: datetime
    who: str
    what: str
    about: str
    by_platform_admin: bool


def rows(events) -> list[Row]:
    from lokaalsignaal.accounts.models import Invitation, User
    from lokaalsignaal.tenancy.models import Role, Scope, ScopeMembership

    events = list(events)
    members = User.objects.in_bulk({e.payload.get("member") for e in events if e.action in ROLE_ACTIONS} - {None})
    invitations = Invitation.objects.in_bulk(
        {int(e.object_id) for e in events if e.action == "invitation.sent" and e.object_id.isdigit()})
    scopes = Scope.objects.in_bulk({e.payload.get("scope") for e in events
                                    if e.action.startswith("scope_membership.")} - {None})
    roles = {**dict(ScopeMembership.ScopeRole.choices), **dict(Role.choices)}

    def about(event) -> str:
        role = str(roles.get(event.payload.get("role"), ""))
        if event.action == "invitation.sent":
            invitation = invitations.get(int(event.object_id)) if event.object_id.isdigit() else None
            return f"{invitation.email} · {role}" if invitation else role
        if event.action not in ROLE_ACTIONS:
            return ""
        person = members.get(event.payload.get("member"))
        scope = scopes.get(event.payload.get("scope"))
        parts = [person.full_name if person else "", role, scope.name if scope else ""]
        return " · ".join(part for part in parts if part)

    return [Row(when=e.created_at, who=_who(e.actor), what=str(describe(e.action).label), about=about(e),
                by_platform_admin=_by_platform_admin(e))
            for e in events]


CHUNK = 500


def csv_headers() -> list[str]:
    return [_("Wanneer"), _("Wie"), _("Wat"), _("Over"), _("Door het platformbeheer")]


def csv_rows(events):
    """Every row of `events`, in chunks (the same queries per chunk as a page: `rows`), for `insights.exports`'s CSV
    (which escapes what a spreadsheet would run as a formula)."""
    chunk = []
    for event in events.iterator(chunk_size=CHUNK):
        chunk.append(event)
        if len(chunk) == CHUNK:
            yield from _csv(chunk)
            chunk = []
    yield from _csv(chunk)


def _csv(events):
    for row in rows(events):
        yield [row.when, row.who, row.what, row.about, _("ja") if row.by_platform_admin else _("nee")]


def _by_platform_admin(event) -> bool:
    return ".admin_" in event.action or bool(event.actor and (event.actor.is_staff or event.actor.is_superuser))


def _who(actor) -> str:
    if actor is None:
        return _("Lokaal Signaal (automatisch)")
    name = actor.full_name or actor.email
    if actor.is_staff or actor.is_superuser:
        return _("%(name)s (platformbeheer)") % {"name": name}
    return name
