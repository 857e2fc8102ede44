"""Replaying the demo's year: a plan of actions run in time order under a simulated clock, each through the real
service (the demo of Kortrijk in `signals`, the other municipalities and the region in `region`).

`Plan.at(when, action, ...)` plans an action at a moment; `Plan.run()` runs them in order, each under `clock(when)`,
which sets `django.utils.timezone.now` to that moment: everything the services write (timestamps, the year of a
reference, audit events, notifications) is the moment's, when it is written. A moment after the plan's `now` is
never planned (`at` returns False; `must` raises for the demo's fixed stories): the demo never stamps the future,
also when it is seeded at two in the night.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from unittest import mock

from django.utils import timezone

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.reference.models import ResponsibleLevel

FEEDBACK = "feedback"  # a message to the givers without a stage change
PUBLIC_FEEDBACK = "public_feedback"  # the same, also shown on the municipality's public page of results


@contextmanager
def clock(moment: datetime):
    """Run the services as if it were `moment`: every timestamp they write is that moment's."""
    with mock.patch.object(timezone, "now", lambda: moment):
        yield


@contextmanager
def quiet(logger_name: str):
    """The immediate task backend logs two lines per task: a replayed year would print a thousand of them."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


@dataclass
class Plan:
    now: datetime
    actions: list = field(default_factory=list)

    def at(self, when: datetime, fn, *args) -> bool:
        """Plan `fn(*args)` at `when`; a moment after `now` is not planned (False)."""
        if when > self.now:
            return False
        self.actions.append((when, len(self.actions), fn, args))
        return True

    def must(self, when: datetime, fn, *args) -> None:
        """Plan a step of a fixed story (a knelpunt's history): one in the future is an error in the demo's data."""
        if not self.at(when, fn, *args):
            raise ValueError(f"demo data: {fn.__name__} {args[2:4]} would lie in the future ({when:%Y-%m-%d %H:%M})")

    def run(self) -> None:
        for when, _seq, fn, args in sorted(self.actions, key=lambda a: (a[0], a[1])):
            with clock(when):
                fn(*args)


def stage_at(history, created: datetime, when: datetime) -> str:
    """The stage a knelpunt with this history (days after `created`, to, message) is in at `when`."""
    stage = Stage.NEW
    for days, to, _message in history:
        if to in Stage.values and created + timedelta(days=days) <= when:
            stage = to
    return stage


def plan_story(plan: Plan, state, coordinator, key: str, created: datetime, story, rng) -> None:
    """A knelpunt's stage changes, messages and decisions (`DemoKnelpunt.history`, `.decisions`), each a few hours
    after its day."""
    for days, to, message in story.history:
        when = created + timedelta(days=days, hours=rng.randint(0, 6))
        if to in (FEEDBACK, PUBLIC_FEEDBACK):
            plan.must(when, feedback, state, coordinator, key, message, to == PUBLIC_FEEDBACK)
        else:
            plan.must(when, stage, state, coordinator, key, to, message)
    for days, body, text, budget in story.decisions:
        when = created + timedelta(days=days, hours=rng.randint(0, 6))
        plan.must(when, decide, state, coordinator, key, body, timezone.localdate(when), text, budget)


# --- the actions, each through the real service (`state` maps the demo's numbers and keys to primary keys) -------

def submit(state, seq, giver, municipality, data, themes, groups):
    (signal,) = intake.submit_signal(giver, [municipality], data, themes, groups)
    state["signals"][seq] = signal.pk


def withdraw(state, seq, giver):
    intake.withdraw_signal(giver, state["signals"][seq])


def read(state, seq, coordinator):
    triage.mark_read(coordinator, [state["signals"][seq]])


def ask(state, seq, coordinator, question):
    triage.ask_question(coordinator, state["signals"][seq], question)


def answer(state, seq, giver, text):
    intake.answer_question(giver, state["signals"][seq], text)


def not_retain(state, seq, coordinator, explanation):
    casework.not_retain(coordinator, [state["signals"][seq]], explanation)


def link(state, seq, coordinator, key):
    casework.link(coordinator, [state["signals"][seq]], state["knelpunten"][key])


def create(state, coordinator, municipality, key, data, themes, groups, seqs):
    knelpunt = casework.create_knelpunt(coordinator, municipality, data, themes, groups,
                                        [state["signals"][s] for s in seqs])
    state["knelpunten"][key] = knelpunt.pk


def stage(state, coordinator, key, to, message):
    knelpunt = Knelpunt.objects.get(pk=state["knelpunten"][key])
    escalation = {}
    if to == Stage.ESCALATED:  # to Flanders for a Flemish matter, else to the region (eerstelijnszone)
        level = knelpunt.responsible_level or ResponsibleLevel.objects.filter(active=True).first()
        targets = list(knelpunt_access.escalation_targets(knelpunt))
        kind = "flanders" if level and level.slug == "vlaams" else "region"
        scope = next((t for t in targets if t.kind == kind), targets[0] if targets else None)
        escalation = {"escalate_to": scope, "responsible_level": level}
    casework.change_stage(coordinator, knelpunt.pk, to, message, knelpunt.version, **escalation)


def feedback(state, coordinator, key, message, public=False):
    casework.send_feedback(coordinator, state["knelpunten"][key], message, public=public)


def decide(state, coordinator, key, body, decided_on, text, budget):
    decisions.record_decision(coordinator, state["knelpunten"][key], {
        "body": body, "decided_on": decided_on, "text": text,
        "budget": Decimal(budget) if budget is not None else None, "link": ""})
