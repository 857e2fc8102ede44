"""A regional or Flemish knelpunt speaks for the knelpunten bundled below it: its messages and stage changes flow
down (`flow_down`, called by `services.change_stage` and `services.send_feedback` in their transaction). Each is
recorded on every bundled knelpunt (a `KnelpuntMessage`: what its coordinators read in its timeline and the people
who joined it on their page, also without signals; a Flemish message also on the regional knelpunt it passes
through) and carried to each of its signals (a FEEDBACK event linked to that message: the giver's story reads
"Bericht van <scope>" from it); who hears it is announced (`MessageFlowedDown`)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten.domain_events import MessageFlowedDown
from lokaalsignaal.casework.knelpunten.models import Knelpunt, KnelpuntMessage
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal, SignalStatus

MAX_DEPTH = 3  # municipality → region → Flanders: a message never walks further down than this


def descendants(knelpunt) -> tuple[list[int], list[int]]:
    """The knelpunten bundled into this one: (municipal ones, directly or through a regional knelpunt; the regional
    knelpunten in between)."""
    found, between, level = [], [], [knelpunt.pk]
    for _depth in range(MAX_DEPTH):
        rows = list(Knelpunt.objects.filter(parent_id__in=level, merged_into__isnull=True).values_list(
            "pk", "municipality_id"))
        found += [pk for pk, municipality in rows if municipality is not None]
        level = [pk for pk, municipality in rows if municipality is None]
        between += level
        if not level:
            break
    return found, between


def municipal_descendants(knelpunt) -> list[int]:
    """The municipal knelpunten bundled (directly, or through a regional knelpunt) into this one."""
    return descendants(knelpunt)[0]


def flowed_text(scope_name: str, title: str, stage: str | None, message: str) -> str:
    """A regional/Flemish message as a bundled knelpunt's givers and coordinators read it: "Bericht van <scope>: ..."
    (a stage message adds "het knelpunt ‘X’ is nu in de fase ‘Y’.")."""
    if stage:
        return _("Bericht van %(scope)s: het knelpunt ‘%(title)s’ is nu in de fase ‘%(stage)s’. %(message)s") % {
            "scope": scope_name, "title": title, "stage": Stage(stage).label, "message": message}
    return _("Bericht van %(scope)s: %(message)s") % {"scope": scope_name, "message": message}


def flow_down(actor, regional, message: str, stage: str | None = None) -> int:
    """Record a regional/Flemish message on every knelpunt bundled into it and announce it for their givers
    (`MessageFlowedDown`).

    Called inside the transaction of `services.change_stage` / `services.send_feedback` (which checked the actor).
    Returns the number of signals reached."""
    children, between = descendants(regional)
    if not children and not between:
        return 0
    scope_name = regional.scope.name if regional.scope_id else ""
    body = flowed_text(scope_name, regional.title, stage, message)
    # one message per knelpunt below (its timeline and its joiners read it, also when no signal carries it; a
    # regional knelpunt that Flanders bundled reads it in its timeline) ...
    sent = KnelpuntMessage.objects.bulk_create([
        KnelpuntMessage(knelpunt_id=pk, author=actor, scope_id=regional.scope_id, origin=regional,
                          stage=stage or "", body=message) for pk in children + between])
    message_of = {m.knelpunt_id: m.pk for m in sent}
    # ... carried to the giver of each of its signals
    signals = list(Signal.objects.filter(knelpunt_id__in=children).exclude(status=SignalStatus.WITHDRAWN)
                   .values_list("pk", "knelpunt_id"))
    signal_ids = [pk for pk, _b in signals]
    triage.carry_message(actor, signal_ids, body, knelpunt_ids=dict(signals),
                         message_ids={pk: message_of[knelpunt_id] for pk, knelpunt_id in signals})
    audit.record(actor, "knelpunt.message_flowed_down", regional, stage=stage or "", knelpunten=len(children),
                 signals=len(signal_ids))
    domain_events.announce(MessageFlowedDown(tuple(children), tuple(signal_ids), scope_name, stage or "", actor.pk))
    return len(signal_ids)
