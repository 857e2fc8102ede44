"""Moments read from PostgreSQL by psycopg's own loader (issue 17).

Django reads every `timestamptz` through a Python subclass of psycopg's loader that parses the text in Python and
then sets the time zone (`django.db.backends.postgresql.psycopg_any.BaseTzLoader`): about 6 µs a moment, where
psycopg's compiled loader (`psycopg[binary]`) takes 0.4 µs. A list of 25 signals reads a hundred moments.

Django sets each connection's time zone to UTC (`USE_TZ`, no `TIME_ZONE` for the database) and then only replaces
the parsed moment's time zone by UTC. psycopg's loader already gives a moment in the connection's time zone, and for
UTC that is `datetime.timezone.utc` itself: the same value, the same object as time zone. So on a connection that
speaks UTC, and while Django wants UTC, `UtcMoments` hands each moment to psycopg's loader. Anywhere else (another
time zone for the database, a test that changes it, the pure-Python psycopg) Django's loader stays.
"""

from __future__ import annotations

import datetime

from django.db.backends.signals import connection_created


def _compiled_loader():
    from psycopg import adapters
    from psycopg.postgres import types
    from psycopg.pq import Format

    loader = adapters.get_loader(types["timestamptz"].oid, Format.TEXT)
    return loader if loader is not None and loader.__module__.startswith("psycopg_binary") else None


def _moments_class(compiled):
    from psycopg.adapt import Loader

    class UtcMoments(Loader):
        """psycopg's compiled loader, with the `timezone` Django's cursors compare with (`create_cursor`)."""

        timezone = datetime.UTC

        def __init__(self, oid, context=None):
            super().__init__(oid, context)
            self.load = compiled(oid, context).load  # the compiled method itself: no Python call per moment

        def load(self, data):  # replaced per instance (above); psycopg's Loader asks for one
            raise NotImplementedError

    return UtcMoments


_MOMENTS: list = []  # the class, made on the first PostgreSQL connection (psycopg is not needed with SQLite)


def use_compiled_loader(sender, connection, **kwargs) -> None:
    """On a new PostgreSQL connection that speaks UTC while Django wants UTC: psycopg's compiled loader reads its
    moments (see the module's docstring)."""
    if connection.vendor != "postgresql" or connection.timezone is not datetime.UTC:
        return
    raw = connection.connection
    if raw.info.parameter_status("TimeZone") != "UTC":
        return
    if not _MOMENTS:
        compiled = _compiled_loader()
        _MOMENTS.append(_moments_class(compiled) if compiled is not None else None)
    if _MOMENTS[0] is not None:
        raw.adapters.register_loader("timestamptz", _MOMENTS[0])


def connect() -> None:
    connection_created.connect(use_compiled_loader, dispatch_uid="lokaalsignaal.db_timestamps")
