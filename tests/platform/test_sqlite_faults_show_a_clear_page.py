"""SQLite, the default database, cannot write: its file is read-only, or its disk is full. A giver who sends a
signal then reads a clear Dutch page (503), nothing of the signal is stored half, and the site works again as soon
as the database can write. Real SQLite errors: the file opened read-only (`mode=ro`), the database held to its size
(`PRAGMA max_page_count`, SQLite's own "database or disk is full").

Collected only when the suite runs on SQLite (CI's PostgreSQL run has its own fault test)."""

from contextlib import contextmanager
from html import unescape

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalType

ON_SQLITE = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def browser(giver):
    """The giver's browser: the test client as a real server answers, a 503 page instead of an exception."""
    client = Client(raise_request_exception=False)
    client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def signal_form(kortrijk, theme):
    return reverse("intake:give", args=[kortrijk.slug]), {
        "municipalities": [kortrijk.pk], "signal_type": SignalType.THRESHOLD,
        "title": "Lange wachttijd voor budgetbegeleiding",
        "description": "Veel gezinnen wachten maanden op budgetbegeleiding. " * 90, "themes": [theme.pk],
        "may_contact": "on", "may_invite": "on"}


@contextmanager
def read_only_database():
    """The database file opened read-only, as on a file system that went read-only."""
    name = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = f"file:{name}?mode=ro"
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = name


@contextmanager
def full_disk():
    """The database cannot grow by one page: what SQLite answers when the disk is full."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM")  # no free pages left inside the file either
        cursor.execute("PRAGMA page_count")
        cursor.execute(f"PRAGMA max_page_count = {cursor.fetchone()[0]}")
    try:
        yield
    finally:
        connection.close()  # the limit belongs to this connection only


def stored():
    return (Signal.objects.count(), SignalEvent.objects.count(),
            AuditEvent.objects.filter(action="signal.submitted").count())


def assert_clear_page(response, title):
    assert response.status_code == 503
    assert response["Retry-After"]
    page = unescape(response.content.decode())
    assert title in page
    assert "is niet bewaard" in page and "niets half bewaard" in page
    assert "Traceback" not in page and "OperationalError" not in page


if ON_SQLITE:

    def test_a_read_only_database_shows_a_clear_page_and_stores_nothing(browser, signal_form):
        url, data = signal_form
        before = stored()

        with read_only_database():
            response = browser.post(url, data)
            reading = browser.get(reverse("intake:mine"))

        assert_clear_page(response, "Er kan even niets bewaard worden")
        assert reading.status_code == 200  # reading still works
        assert stored() == before
        assert browser.post(url, data).status_code == 302  # writable again: the same form goes through
        assert stored()[0] == before[0] + 1

    def test_a_full_disk_shows_a_clear_page_and_stores_nothing_half(browser, signal_form):
        url, data = signal_form
        before = stored()

        with full_disk():
            response = browser.post(url, data)

        assert_clear_page(response, "Er kan even niets bewaard worden")
        assert stored() == before
        assert browser.post(url, data).status_code == 302
        assert stored()[0] == before[0] + 1



def test_only_a_database_that_cannot_answer_or_write_gets_the_503_page():
    from django.db import IntegrityError, OperationalError

    from lokaalsignaal.operations.faults import database_fault

    assert database_fault(OperationalError("attempt to write a readonly database")) == "cannot_write"
    assert database_fault(OperationalError("database or disk is full")) == "cannot_write"
    assert database_fault(OperationalError("server closed the connection unexpectedly")) == "unavailable"
    assert database_fault(IntegrityError("UNIQUE constraint failed")) is None
    assert database_fault(ValueError("iets anders")) is None
