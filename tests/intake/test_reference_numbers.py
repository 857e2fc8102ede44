"""References are {PREFIX}-{YEAR}-{NNNN}: per municipality and year, without gaps, unique under concurrent
submissions."""

import datetime
import sqlite3
import threading
from unittest import mock

import pytest
from django.db import connection, connections

from lokaalsignaal.intake import services
from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, member


def on(day: datetime.date):
    """Submit as if it were that day (Europe/Brussels)."""
    return mock.patch("django.utils.timezone.localdate", return_value=day)


def test_reference_is_prefix_year_and_four_digit_number(giver, kortrijk, give_signal):
    with on(datetime.date(2026, 3, 3)):
        signal = give_signal(giver, kortrijk)

    assert signal.reference == "KORTRIJK-2026-0001"
    assert (signal.year, signal.number) == (2026, 1)


def test_numbers_follow_each_other_without_gaps(giver, kortrijk, give_signal):
    with on(datetime.date(2026, 3, 3)):
        references = [give_signal(giver, kortrijk).reference for _ in range(3)]

    assert references == ["KORTRIJK-2026-0001", "KORTRIJK-2026-0002", "KORTRIJK-2026-0003"]


def test_each_municipality_counts_on_its_own(giver, kortrijk, roeselare, give_signal):
    member_of_both = giver
    member_of_both.memberships.create(municipality=roeselare, role="giver", status="approved")

    with on(datetime.date(2026, 3, 3)):
        first_kortrijk = give_signal(member_of_both, kortrijk)
        first_roeselare = give_signal(member_of_both, roeselare)
        second_kortrijk = give_signal(member_of_both, kortrijk)

    assert first_kortrijk.reference == "KORTRIJK-2026-0001"
    assert first_roeselare.reference == "ROESELARE-2026-0001"
    assert second_kortrijk.reference == "KORTRIJK-2026-0002"


def test_a_new_year_starts_again_at_one(giver, kortrijk, give_signal):
    with on(datetime.date(2025, 12, 31)):
        give_signal(giver, kortrijk)
        last_of_2025 = give_signal(giver, kortrijk)
    with on(datetime.date(2026, 1, 1)):
        first_of_2026 = give_signal(giver, kortrijk)

    assert last_of_2025.reference == "KORTRIJK-2025-0002"
    assert first_of_2026.reference == "KORTRIJK-2026-0001"


def test_the_prefix_is_the_municipality_setting(giver, give_signal, reference_lists):
    sint_niklaas = MunicipalityFactory(name="Sint-Niklaas", refnis="46021")
    giver.memberships.create(municipality=sint_niklaas, role="giver", status="approved")

    with on(datetime.date(2026, 5, 1)):
        signal = give_signal(giver, sint_niklaas)

    assert signal.reference == "SINT-NIKLAAS-2026-0001"


def test_next_reference_rolls_back_with_a_failed_submission(giver, kortrijk, give_signal):
    """A submission that fails after taking a number leaves no gap: the counter rolls back with it."""
    with on(datetime.date(2026, 3, 3)):
        give_signal(giver, kortrijk)
        with mock.patch("lokaalsignaal.intake.services.SignalEvent.objects.create", side_effect=RuntimeError):
            with pytest.raises(RuntimeError):
                give_signal(giver, kortrijk)
        after_the_failure = give_signal(giver, kortrijk)

    assert after_the_failure.reference == "KORTRIJK-2026-0002"


SUBMISSIONS_PER_MUNICIPALITY = 8


@pytest.fixture
def database_for_parallel_writers(transactional_db, tmp_path):
    """The database that parallel threads write to, each over its own connection.

    PostgreSQL: the test database itself. SQLite: the test database lives in memory with a shared cache, whose table
    locks fail at once ("database table is locked") instead of waiting like a real database file does. The app runs
    SQLite on a file (WAL, busy_timeout, IMMEDIATE transactions), so for this test every connection -- this thread's
    too -- uses a copy of the test database in a file.
    """
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        yield connection.settings_dict["NAME"]
        return
    connection.ensure_connection()
    memory = connection.connection  # keep the in-memory connection open, or the test database disappears
    path = tmp_path / "parallel.sqlite3"
    target = sqlite3.connect(path)
    memory.backup(target)
    target.close()
    settings_dict = connection.settings_dict
    original_name = settings_dict["NAME"]
    settings_dict["NAME"] = str(path)
    connection.connection = None
    try:
        yield str(path)
    finally:
        connection.close()
        settings_dict["NAME"] = original_name
        connection.connection = memory


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_get_unique_gapless_numbers(database_for_parallel_writers):
    """Real parallel threads, each with its own database connection (PostgreSQL: the counter row is locked;
    SQLite: IMMEDIATE transactions serialise the writers). Both must give 1..N without duplicates or gaps."""
    load_lists()
    kortrijk = MunicipalityFactory(name="Kortrijk", refnis="34022")
    roeselare = MunicipalityFactory(name="Roeselare", refnis="36015")
    givers = [member(kortrijk) for _ in range(SUBMISSIONS_PER_MUNICIPALITY)]
    for giver in givers:
        giver.memberships.create(municipality=roeselare, role="giver", status="approved")
    theme = Theme.objects.first()
    start = threading.Barrier(len(givers) * 2)
    errors: list[BaseException] = []
    databases: set[str] = set()

    def submit(giver, municipality):
        try:
            databases.add(connections["default"].settings_dict["NAME"])
            start.wait(timeout=10)
            services.submit_signal(giver, [municipality], {
                "signal_type": SignalType.THRESHOLD, "title": "Tegelijk verstuurd",
                "description": "Veel mensen versturen tegelijk een signaal."}, [theme])
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(giver, municipality))
               for giver in givers for municipality in (kortrijk, roeselare)]
    with on(datetime.date(2026, 6, 1)):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    assert databases == {database_for_parallel_writers}
    assert errors == []
    expected = list(range(1, SUBMISSIONS_PER_MUNICIPALITY + 1))
    for municipality in (kortrijk, roeselare):
        numbers = sorted(Signal.objects.filter(municipality=municipality).values_list("number", flat=True))
        assert numbers == expected
        references = set(Signal.objects.filter(municipality=municipality).values_list("reference", flat=True))
        assert references == {f"{municipality.reference_prefix}-2026-{n:04d}" for n in expected}
