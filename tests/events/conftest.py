"""Events: a municipality with a coordinator, givers with signals on knelpunten, and helpers to make events."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.events import services
from lokaalsignaal.events.models import EventKind
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, coordinator

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels(*args) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


@pytest.fixture
def kortrijk(db):
    load_lists()
    return MunicipalityFactory(name="Kortrijk", refnis="34022")


@pytest.fixture
def roeselare(kortrijk):
    return MunicipalityFactory(name="Roeselare", refnis="36015")


@pytest.fixture
def boss(kortrijk):
    return coordinator(kortrijk, full_name="Coördinator Kortrijk")


@pytest.fixture
def theme(kortrijk):
    return Theme.objects.filter(active=True).order_by("position").first()


@pytest.fixture
def give(theme):
    """give(giver, municipality, **fields) -> a signal through the one write path."""

    def make(giver, municipality, **fields):
        data = {"signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding.", **fields}
        return intake.submit_signal(giver, [municipality], data, [fields.pop("theme", theme)])[0]

    return make


@pytest.fixture
def add_knelpunt(boss, kortrijk):
    """knelpunt(title, *signals) -> a knelpunt with these signals linked."""

    def make(title="Wachttijden budgetbegeleiding", *signals):
        return casework.create_knelpunt(boss, kortrijk, {"title": title}, signal_ids=[s.pk for s in signals])

    return make


def in_days(days: int, hour: int = 19) -> datetime:
    day = (timezone.localtime() + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=BRUSSELS)


@pytest.fixture
def make_event(boss, kortrijk):
    """make_event(**fields) -> an event of Kortrijk (a werksessie in ten days at 19:00, by invitation)."""

    def make(knelpunten=(), agenda_message="", actor=None, municipality=None, **fields):
        start = fields.pop("starts_at", in_days(10))
        data = {"kind": EventKind.WORK_SESSION, "title": "Werksessie wachttijden", "description": "",
                "starts_at": start, "ends_at": start + timedelta(hours=2), "address": "Grote Markt 54, 8500 Kortrijk",
                "room": "Raadzaal", "online_url": "", "capacity": None, "registration_deadline": None,
                "open_to_all": False, "reminder_hours": 24, **fields}
        return services.create_event(actor or boss, municipality or kortrijk, data, [b.pk for b in knelpunten],
                                     agenda_message)

    return make
