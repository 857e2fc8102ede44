"""Every demo role at work: Kortrijk's events (one past with its attendance and outcome, two upcoming with
invitations and answers) and the demo partner invited on a knelpunt, with the coordinator's message and her own
analysis. Seeded after the year of signals (`signals`), through the real services, each action under the clock of
its moment (`replay.clock`): nothing is backdated, nothing but an upcoming event's own date lies in the future.

Idempotent: an event that exists (by title, in Kortrijk) is left as it is, and so is a partner who has an access."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.test.utils import override_settings
from django.utils import timezone

from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.models import PartnerAccess
from lokaalsignaal.events import participation
from lokaalsignaal.events import services as events
from lokaalsignaal.events.models import Event, EventKind
from lokaalsignaal.tenancy.models import Municipality, Role

from .replay import clock, quiet
from .signals import GIVERS

DEMO_GIVER = "signaalgever@demo.lokaalsignaal.be"
COLLEAGUES = [email for email, *_rest in GIVERS[:4]]  # An, Jonas, Fatima, Marc

PAST = "Werksessie wachttijd budgetbegeleiding"
SIGNAL_DAY = "Signaaldag Kortrijk"
CHILDCARE = "Overleg kinderopvang met het Huis van het Kind"

PARTNER_KNELPUNTEN = ["Kinderopvang voor werkzoekende ouders", "Energiearmoede in private huurwoningen"]
PARTNER_MESSAGE = ("Jullie werken elke week met gezinnen die hier tegenaan lopen. Kunnen jullie meelezen en "
                   "aanvullen wat jullie zien, voor het overleg met het Huis van het Kind?")
PARTNER_ANALYSIS = ("Bij ons zoeken vooral alleenstaande moeders opvang voor de dagen van een opleiding. Flexibele "
                    "opvang voor enkele dagen per maand ontbreekt bijna helemaal.")


def seed_work(users: dict) -> dict[str, int]:
    """Returns what was added: {"events": n, "partner": 0 or 1}."""
    kortrijk = Municipality.objects.get(name="Kortrijk")
    now = timezone.now()
    added = {"events": 0, "partner": 0}
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"), quiet("django_tasks"):
        coordinator = users[Role.COORDINATOR]
        people = {user.email: user for user in User.objects.filter(email__in=[DEMO_GIVER, *COLLEAGUES])}
        givers = [people[email] for email in [DEMO_GIVER, *COLLEAGUES] if email in people]
        existing = set(Event.objects.filter(municipality=kortrijk).values_list("title", flat=True))
        if PAST not in existing:
            _past_event(coordinator, kortrijk, givers, now)
            added["events"] += 1
        if SIGNAL_DAY not in existing:
            _signal_day(coordinator, kortrijk, givers, [users[Role.PARTNER], users[Role.READER]], now)
            added["events"] += 1
        if CHILDCARE not in existing:
            _childcare(coordinator, kortrijk, givers[:1], users[Role.PARTNER], now)
            added["events"] += 1
        if not PartnerAccess.objects.filter(user=users[Role.PARTNER]).exists():
            added["partner"] = _partner(coordinator, kortrijk, users[Role.PARTNER], now)
    return added


def _at(now, days: int, hour: int, minute: int = 0) -> datetime:
    """`days` from today (negative: ago) at this hour in Brussels."""
    day = timezone.localdate(now) + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, minute)))


def _knelpunt(kortrijk, titles) -> Knelpunt | None:
    open_ones = Knelpunt.objects.filter(municipality=kortrijk, merged_into__isnull=True).exclude(stage__in=CLOSED)
    for title in titles:
        found = open_ones.filter(title=title).first()
        if found is not None:
            return found
    return open_ones.order_by("pk").first()


def _create(coordinator, kortrijk, data: dict, agenda=None) -> Event:
    return events.create_event(coordinator, kortrijk, {"address": "Stadhuis Kortrijk, Grote Markt 54",
                                                       "reminder_hours": 24, **data},
                               knelpunt_ids=[agenda.pk] if agenda is not None else ())


def _past_event(coordinator, kortrijk, givers, now) -> None:
    """Three weeks ago: four givers invited, three came, one could not; the outcome sent to the knelpunt's givers."""
    budget = _knelpunt(kortrijk, ["Wachttijd budgetbegeleiding"])
    with clock(now - timedelta(days=45)):
        event = _create(coordinator, kortrijk, {
            "kind": EventKind.WORK_SESSION, "title": PAST, "room": "Zaal Leie", "capacity": 12,
            "description": "We leggen de signalen over de wachttijd naast de cijfers van de dienst schuldhulp.",
            "starts_at": _at(now, -21, 14), "ends_at": _at(now, -21, 16)}, agenda=budget)
        events.send_invitations(coordinator, event.pk, events.Audience(user_ids=[g.pk for g in givers]))
    for days, giver in zip((42, 40, 38), givers[:3], strict=False):
        with clock(now - timedelta(days=days)):
            participation.register(giver, event.pk)
    if len(givers) > 3:
        with clock(now - timedelta(days=37)):
            participation.decline(givers[3], event.pk)
    with clock(now - timedelta(days=20)):
        events.record_attendance(coordinator, event.pk, [g.pk for g in givers[:3]])
        if budget is not None:
            events.record_outcome(coordinator, event.agenda.get().pk, (
                "De dienst schuldhulp maakt een wachtlijst met voorrang voor wie een uithuiszetting dreigt. We "
                "bekijken binnen drie maanden of de wachttijd korter wordt."), send_as_feedback=True)


def _signal_day(coordinator, kortrijk, givers, others, now) -> None:
    """In two weeks, open to every giver: the demo giver registered, a colleague cannot come, the rest still think."""
    with clock(now - timedelta(days=5)):
        event = _create(coordinator, kortrijk, {
            "kind": EventKind.SIGNAL_DAY, "title": SIGNAL_DAY, "room": "Raadzaal", "capacity": 40,
            "open_to_all": True,
            "description": "Wat zien jullie in je werk dat vaker voorkomt? We overlopen samen de signalen van dit "
                           "jaar en kiezen wat voorrang krijgt.",
            "starts_at": _at(now, 14, 9, 30), "ends_at": _at(now, 14, 12, 30)})
        events.send_invitations(coordinator, event.pk, events.Audience(user_ids=[p.pk for p in [*givers, *others]]))
    with clock(now - timedelta(days=3)):
        participation.register(givers[0], event.pk)
        if len(givers) > 2:
            participation.decline(givers[2], event.pk)


def _childcare(coordinator, kortrijk, givers, partner, now) -> None:
    """In a month, on the childcare knelpunt: the partner and the demo giver invited, their answer still open."""
    opvang = _knelpunt(kortrijk, PARTNER_KNELPUNTEN[:1])
    with clock(now - timedelta(days=2)):
        event = _create(coordinator, kortrijk, {
            "kind": EventKind.CONSULTATION, "title": CHILDCARE, "room": "Huis van het Kind",
            "description": "Hoe vinden werkzoekende ouders opvang voor de dagen van een opleiding of sollicitatie?",
            "starts_at": _at(now, 30, 13), "ends_at": _at(now, 30, 15)}, agenda=opvang)
        events.send_invitations(coordinator, event.pk, events.Audience(user_ids=[partner.pk, *(g.pk for g in givers)]))


def _partner(coordinator, kortrijk, partner, now) -> int:
    """The coordinator invites the demo partner on an open knelpunt with a message; she adds her analysis."""
    knelpunt = _knelpunt(kortrijk, PARTNER_KNELPUNTEN)
    if knelpunt is None:
        return 0
    with clock(now - timedelta(days=10)):
        partners.invite_partner(coordinator, knelpunt.pk, user=partner, message=PARTNER_MESSAGE)
    with clock(now - timedelta(days=6)):
        partners.add_analysis_note(partner, knelpunt.pk, PARTNER_ANALYSIS)
    return 1
