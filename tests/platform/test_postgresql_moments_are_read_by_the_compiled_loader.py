"""On PostgreSQL every moment is read by psycopg's compiled loader, not by Django's Python one (issue 17: ~6 µs a
moment less), and comes back as Django gives it: the same instant, in UTC, with `datetime.timezone.utc`."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from lokaalsignaal import db_timestamps
from lokaalsignaal.accounts.models import User

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")


def _timestamptz_loader(raw):
    from psycopg.postgres import types
    from psycopg.pq import Format

    return raw.adapters.get_loader(types["timestamptz"].oid, Format.TEXT)


def test_a_moment_comes_back_as_the_same_instant_in_utc():
    summer = datetime.datetime(2026, 7, 1, 9, 30, 15, 123456, tzinfo=BRUSSELS)
    winter = datetime.datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=BRUSSELS)
    for when in (summer, winter):
        User.objects.create(email=f"{when.month}@example.org", date_joined=when)
    read = dict(User.objects.values_list("email", "date_joined"))
    streamed = {u.email: u.date_joined for u in User.objects.iterator(chunk_size=1)}  # a server-side cursor
    for when in (summer, winter):
        for moments in (read, streamed):
            got = moments[f"{when.month}@example.org"]
            assert got == when and got.tzinfo is datetime.UTC
            assert got.utcoffset() == datetime.timedelta(0)
    assert read[f"{summer.month}@example.org"].hour == 7  # 9:30 in Brussels in summer is 7:30 UTC
    if connection.vendor == "postgresql":  # on SQLite Django converts the text itself
        connection.ensure_connection()
        assert _timestamptz_loader(connection.connection).__name__ == "UtcMoments"


def test_a_connection_in_another_time_zone_keeps_djangos_loader():
    if connection.vendor != "postgresql":  # SQLite: left as it is, its moments read as before
        db_timestamps.use_compiled_loader(None, connection)
        User.objects.create(email="a@example.org", date_joined=datetime.datetime(2026, 7, 1, 7, 30, tzinfo=BRUSSELS))
        assert User.objects.get().date_joined.utcoffset() == datetime.timedelta(0)
        return
    import psycopg

    params = connection.get_connection_params()
    params.pop("context", None)
    params.pop("cursor_factory", None)
    raw = psycopg.connect(**params)
    try:
        raw.execute("SET TIME ZONE 'Europe/Brussels'")
        before = _timestamptz_loader(raw)
        db_timestamps.use_compiled_loader(None, SimpleNamespace(vendor="postgresql", connection=raw,
                                                                timezone=datetime.UTC))
        assert _timestamptz_loader(raw) is before
        raw.execute("SET TIME ZONE 'UTC'")
        db_timestamps.use_compiled_loader(None, SimpleNamespace(vendor="postgresql", connection=raw,
                                                                timezone=BRUSSELS))  # Django wants another zone
        assert _timestamptz_loader(raw) is before
        db_timestamps.use_compiled_loader(None, SimpleNamespace(vendor="postgresql", connection=raw,
                                                                timezone=datetime.UTC))
        assert _timestamptz_loader(raw).__name__ == "UtcMoments"
        assert raw.execute("SELECT '2026-07-01 09:30+02'::timestamptz").fetchone()[0] == datetime.datetime(
            2026, 7, 1, 7, 30, tzinfo=datetime.UTC)
    finally:
        raw.close()
