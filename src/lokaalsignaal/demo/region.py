"""The other municipalities of the demo region (Roeselare, Kortemark: `towns`) and the region's own knelpunt, so the
overviews, the region's numbers and the public pages compare a year of several municipalities.

Kortrijk's year goes through the services one action at a time (`signals`). Doing that for two more municipalities
would double the seeding time (embedding each signal's text for the similarity index is the slow part), so here:

- The signals are written in bulk (`_write`) with what `intake.services.submit_signal` writes: a gapless reference
  per municipality and year (continuing its counter), the giver's organisation and sector, themes, target groups,
  the SUBMITTED event and the similarity vector. Their texts are Kortrijk's demo texts of the same topic (with a
  giver of the sector the text speaks for), so each vector is copied from the Kortrijk signal with the same text:
  nothing is embedded twice. `submitted_at` and the event's time are set to the moment of giving (these tables are
  not append-only); the audit event is written at that moment by the replay.
- Receiving a signal and linking it to a knelpunt (`_triage`) is replayed in time order with the knelpunten's
  stories, under the clock (`replay`), and writes what `intake.triage` writes: read_at, status, knelpunt,
  first_feedback_at, the RECEIVED and LINKED events and their audit events. Not the receipts, nor the
  notifications of those two steps (their givers are demo people nobody reads as).
- Everything else goes through the services under the clock: a knelpunt (with the signals that led to it), its
  stages, messages and decisions, escalation to the region, a signal not retained, and the region's bundle with its
  messages, which flow down to the municipalities' givers. The knelpunten are recounted at the end.

Idempotent per municipality: one whose demo givers already have signals is left alone. A municipality that is not
in the database (a test loads only some) is skipped.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten.services import recount
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.regions import services as regions
from lokaalsignaal.intake.models import ReferenceCounter, Signal, SignalEvent, SignalStatus
from lokaalsignaal.intake.services import record_first_feedback
from lokaalsignaal.reference.models import Sector, TargetGroup, Theme
from lokaalsignaal.similarity import services as similarity
from lokaalsignaal.similarity.models import SignalVector
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role, Scope

from . import accounts
from .accounts import REGION, _totp, _user
from .replay import Plan, create, not_retain, plan_story, quiet, stage_at
from .signals import DOMAIN, EXTRA_ORGANISATIONS, GIVERS, SECTOR_CONTEXT, TOPICS, Topic, knelpunt_data
from .towns import REGIONAL, TOWNS, Town

TOPIC = {t.key: t for t in TOPICS}


def _sector_of_kortrijk_givers() -> dict[str, str]:
    """The sector of each Kortrijk demo giver (local part of the e-mail): who in a town speaks for a topic."""
    organisations = dict(accounts.ORGANISATIONS) | dict(EXTRA_ORGANISATIONS)
    found = {email.split("@")[0]: organisations.get(org) for email, _n, _f, org, _p in GIVERS}
    found["signaalgever"] = "caw"
    return found


@dataclass
class _Given:
    seq: int
    when: datetime
    topic: Topic
    knelpunt: str | None
    giver: User
    title: str
    description: str
    i: int
    hide_name: bool
    signal: Signal | None = None


class _Texts:
    """Kortrijk's demo texts per title, with the sector whose words they use and their stored encoding."""

    def __init__(self):
        self.engine = similarity.get_engine()
        rows = (SignalVector.objects.filter(model=self.engine.model_name, signal__municipality__name="Kortrijk",
                                            signal__giver__email__endswith=f"@{DOMAIN}")
                .values_list("signal__title", "signal__description", "vector", "terms").order_by("signal_id"))
        self.encoded: dict[tuple[str, str], tuple[bytes, bytes]] = {}
        self.by_title: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
        contexts = {f"{text} zien we hetzelfde.": sector for sector, text in SECTOR_CONTEXT.items()}
        for title, description, vector, terms in rows:
            if (title, description) not in self.encoded:
                sector = next((s for text, s in contexts.items() if text in description), None)
                self.by_title[title].append((description, sector))
            self.encoded[(title, description)] = (bytes(vector), bytes(terms))

    def pick(self, topic: Topic, givers: list[User], preferred: set[str], rng: random.Random):
        """(title, description, giver): a Kortrijk text of the topic and a giver of the sector it speaks for (or of a
        sector that knows the topic); the topic's own text when Kortrijk has none."""
        by_sector = defaultdict(list)
        for giver in givers:
            by_sector[giver.organisation.sector.slug].append(giver)
        texts = [(title, d, s) for title in topic.titles for d, s in self.by_title.get(title, ())
                 if s is None or s in by_sector]
        title, description, sector = rng.choice(texts) if texts else (topic.titles[0], topic.text, None)
        fitting = by_sector.get(sector) or [g for s in preferred for g in by_sector.get(s, ())] or givers
        return title, description, rng.choice(fitting)

    def encoding(self, signal: Signal) -> tuple[bytes, bytes]:
        found = self.encoded.get((signal.title, signal.description))
        if found is None:
            encoded = self.engine.encode(similarity.signal_text(signal))
            found = self.encoded[(signal.title, signal.description)] = (encoded.vector, encoded.terms)
        return found


def seed_towns(users: dict) -> dict[str, int]:
    towns = [(town, found) for town in TOWNS if (found := Municipality.objects.filter(name=town.name).first())]
    todo = [(town, municipality) for town, municipality in towns if not Signal.objects.filter(
        municipality=municipality, giver__email__in=town.giver_emails).exists()]
    if not todo:
        return {"signals": 0, "knelpunten": 0}
    plan = Plan(timezone.now().replace(microsecond=0))
    texts, sectors = _Texts(), _sector_of_kortrijk_givers()
    themes = {t.name: t for t in Theme.objects.all()}
    groups = {g.name: g for g in TargetGroup.objects.all()}
    states, signals = {}, 0
    for town, municipality in todo:
        rng = random.Random(f"demo-{town.name}")
        coordinator, givers = _people(town, municipality)
        created = {k.key: plan.now - timedelta(days=k.created_days_ago, hours=rng.randint(0, 8))
                   for k in town.knelpunten}
        given = _given(town, givers, users[Role.GIVER], created, plan.now, texts, sectors, rng)
        _write(municipality, given, texts, themes, groups)
        states[town.name] = _plan_town(plan, town, municipality, coordinator, given, created, themes, groups, rng)
        signals += len(given)
    _plan_bundle(plan, users.get("region"), states, random.Random("demo-region"))
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"), quiet("django_tasks"):
        plan.run()
    for state in states.values():
        recount(*state["knelpunten"].values())
    return {"signals": signals, "knelpunten": sum(len(s["knelpunten"]) for s in states.values())}


def _people(town: Town, municipality) -> tuple[User, list[User]]:
    for name, sector in town.organisations:
        organisation, _ = Organisation.objects.get_or_create(
            name=name, defaults={"sector": Sector.objects.get(slug=sector), "verified": True})
        organisation.municipalities.add(municipality)
    email, name, function, organisation = town.coordinator
    coordinator = _user(email, name, function, Organisation.objects.get(name=organisation))
    Membership.objects.get_or_create(user=coordinator, municipality=municipality, role=Role.COORDINATOR,
                                     defaults={"status": MembershipStatus.APPROVED})
    _totp(coordinator)  # a coordinator reads signal texts: two-factor
    givers = []
    for email, name, function, organisation, preference in town.givers:
        user = _user(email, name, function, Organisation.objects.get(name=organisation),
                     notification_preference=preference)
        Membership.objects.get_or_create(user=user, municipality=municipality, role=Role.GIVER,
                                         defaults={"status": MembershipStatus.APPROVED})
        givers.append(user)
    return coordinator, givers


def _given(town, givers, demo_giver, created, now, texts, sectors, rng) -> list[_Given]:
    """Who gives which signal when: the first two of a knelpunt's topic before the knelpunt was made, the others
    spread over its life, a topic without a knelpunt over the year; never later than two hours ago."""
    stories = {k.key: k for k in town.knelpunten}
    given = []
    for key, (n, knelpunt) in town.topics.items():
        topic = TOPIC[key]
        preferred = {sectors.get(name) for name in topic.givers}
        for i in range(n):
            if knelpunt and i < 2:
                when = created[knelpunt] - timedelta(days=rng.randint(3, 40))
            elif knelpunt:
                when = created[knelpunt] + timedelta(days=rng.uniform(1, stories[knelpunt].created_days_ago - 0.5))
            else:  # an individual case is answered within days: the newest is a week old
                when = now - timedelta(days=rng.uniform(6 if topic.not_retained else 0.3, 365))
            when = min(when.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=0, microsecond=0),
                       now - timedelta(hours=2))
            mine = i == 0 and key in town.demo_giver_topics  # she works here too: her signals in both places
            title, description, giver = texts.pick(topic, [demo_giver] if mine else givers, preferred, rng)
            given.append(_Given(len(given) + 1, when, topic, knelpunt, giver, title, description, i,
                                hide_name=not mine and rng.random() < 0.12))
    return given


@transaction.atomic
def _write(municipality, given: list[_Given], texts: _Texts, themes: dict, groups: dict) -> None:
    """The signals as `intake.services.submit_signal` writes them, in bulk (see the module's docstring)."""
    given.sort(key=lambda g: g.when)
    counters = dict(ReferenceCounter.objects.filter(municipality=municipality).values_list("year", "last_number"))
    for g in given:
        year = timezone.localtime(g.when).year
        counters[year] = number = counters.get(year, 0) + 1
        topic, organisation = g.topic, g.giver.organisation
        g.signal = Signal(
            municipality=municipality, reference=f"{municipality.reference_prefix}-{year}-{number:04d}", year=year,
            number=number, giver=g.giver, organisation=organisation,
            sector=organisation.sector if organisation else None, signal_type=topic.signal_type, title=g.title,
            description=g.description, frequency=topic.frequency, people_affected=topic.people,
            since=topic.since if g.i == 0 else "", tried=topic.tried if g.i % 2 == 0 else "",
            idea=topic.idea if g.i % 3 == 0 else "", may_contact=True, may_invite=g.i % 4 != 3,
            hide_name=g.hide_name)
    signals = Signal.objects.bulk_create([g.signal for g in given])
    for g in given:
        g.signal.submitted_at = g.signal.updated_at = g.when
    Signal.objects.bulk_update(signals, ["submitted_at", "updated_at"])
    theme_link, group_link = Signal.themes.through, Signal.target_groups.through
    theme_link.objects.bulk_create([theme_link(signal_id=g.signal.pk, theme_id=themes[name].pk)
                                    for g in given for name in g.topic.themes])
    group_link.objects.bulk_create([group_link(signal_id=g.signal.pk, targetgroup_id=groups[name].pk)
                                    for g in given for name in g.topic.groups])
    events = SignalEvent.objects.bulk_create([
        SignalEvent(signal=g.signal, kind=SignalEvent.Kind.SUBMITTED, actor=g.giver) for g in given])
    for event, g in zip(events, given, strict=True):
        event.created_at = g.when
    SignalEvent.objects.bulk_update(events, ["created_at"])
    SignalVector.objects.bulk_create([
        SignalVector(signal=g.signal, municipality=municipality, model=texts.engine.model_name, vector=vector,
                     terms=terms) for g in given for vector, terms in [texts.encoding(g.signal)]])
    for year, last in counters.items():
        ReferenceCounter.objects.update_or_create(municipality=municipality, year=year,
                                                  defaults={"last_number": last})


def _plan_town(plan, town, municipality, coordinator, given, created, themes, groups, rng) -> dict:
    """What happens to each signal (as in Kortrijk: a recent one waits unread), then the knelpunten's stories."""
    state = {"signals": {g.seq: g.signal.pk for g in given}, "knelpunten": {}}
    stories = {k.key: k for k in town.knelpunten}
    first: dict[str, list[int]] = {k.key: [] for k in town.knelpunten}
    for g in given:
        plan.must(g.when, _submitted, g.signal)
        knelpunt = stories.get(g.knelpunt)
        if g.topic.not_retained:
            plan.at(g.when + timedelta(days=rng.uniform(1, 4)), not_retain, state, g.seq, coordinator,
                    g.topic.not_retained)
            continue
        if knelpunt and g.when < created[knelpunt.key]:
            first[knelpunt.key].append(g.seq)  # linked when the knelpunt is made
            continue
        if knelpunt:
            link_at = g.when + timedelta(days=rng.uniform(2, 9))
            if (stage_at(knelpunt.history, created[knelpunt.key], link_at) not in CLOSED
                    and plan.at(link_at, _triage, state, g.signal, coordinator, knelpunt.key)):
                continue
        if plan.now - g.when > timedelta(days=9):
            plan.at(g.when + timedelta(days=rng.uniform(1, 5)), _triage, state, g.signal, coordinator, None)
    for k in town.knelpunten:
        topics = [TOPIC[key] for key, (_n, knelpunt) in town.topics.items() if knelpunt == k.key]
        data, k_themes, k_groups = knelpunt_data(k, topics, coordinator, themes, groups)
        plan.must(created[k.key], create, state, coordinator, municipality, k.key, data, k_themes, k_groups,
                  first[k.key])
        plan_story(plan, state, coordinator, k.key, created[k.key], k, rng)
    return state


def _plan_bundle(plan, region_user, states, rng) -> None:
    """The region bundles the knelpunten its municipalities escalated about the same problem, and writes to them."""
    scope = Scope.objects.filter(name=REGION, kind=Scope.Kind.REGION).first()
    children = [(states[town], key) for town, key in REGIONAL.children if town in states]
    if scope is None or region_user is None or not children:
        return
    state = {"signals": {}, "knelpunten": {}}
    created = plan.now - timedelta(days=REGIONAL.created_days_ago, hours=rng.randint(0, 8))
    plan.must(created, _bundle, state, region_user, scope, children)
    plan_story(plan, state, region_user, "regional", created, REGIONAL, rng)


# --- the actions of the replay that are not a service call (see the module's docstring) --------------------------

def _submitted(signal):
    audit.record(signal.giver, "signal.submitted", signal, reference=signal.reference)


def _triage(state, signal, coordinator, key):
    """Received (and linked to the knelpunt `key`): what `intake.triage.mark_read` or `attach` writes."""
    now = timezone.now()
    knelpunt_id = state["knelpunten"][key] if key else None
    with transaction.atomic():
        Signal.objects.filter(pk=signal.pk).update(read_at=now, status=SignalStatus.RECEIVED, knelpunt_id=knelpunt_id,
                                                   updated_at=now)
        events = [SignalEvent(signal=signal, kind=SignalEvent.Kind.RECEIVED, actor=coordinator)]
        if knelpunt_id:
            events.append(SignalEvent(signal=signal, kind=SignalEvent.Kind.LINKED, actor=coordinator,
                                      knelpunt_id=knelpunt_id))
            audit.record(coordinator, "signal.linked", signal, reference=signal.reference, knelpunt=knelpunt_id)
            record_first_feedback([signal.pk], now)
        else:
            audit.record(coordinator, "signal.received", signal, reference=signal.reference)
        SignalEvent.objects.bulk_create(events)


def _bundle(state, actor, scope, children):
    regional = regions.bundle(actor, scope, [s["knelpunten"][key] for s, key in children], REGIONAL.title,
                              REGIONAL.summary)
    state["knelpunten"]["regional"] = regional.pk
