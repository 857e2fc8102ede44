"""Queries asked on every signed-in request, built with the ORM once per process and run with the account filled in.

Building a query with several subqueries costs more Python than running it costs the database (a few ms a request
for the two-factor rule and the header). `PerUserQuery` builds the query for two stand-in accounts that differ in
every field the query may use (id, organisation), keeps the SQL, and per request puts the account's values in the
parameter slots in which the two differ. What else about the account changes the SQL's shape (here: whether her
organisation is verified for her) selects one of the kept forms. Anything else that differs is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from django.core.exceptions import ImproperlyConfigured
from django.db import connections

STAND_INS = ({"pk": -101, "organisation_id": -303}, {"pk": -202, "organisation_id": -404})  # ids nothing has


def shape(user) -> bool:
    """What about the account changes the SQL's shape: an affiliation someone verified (partner access)."""
    return bool(user.has_verified_affiliation)


class PerUserQuery:
    def __init__(self, build: Callable):
        """`build(user)` returns the query (a QuerySet with `values_list`) for that account."""
        self.build = build
        self._kept: dict[bool, tuple[str, tuple, list[tuple[int, str]], str]] = {}

    def _stand_in(self, values: dict, verified: bool):
        from lokaalsignaal.accounts.models import User

        return User(pk=values["pk"], is_active=True, organisation_id=values["organisation_id"] if verified else None,
                    organisation_verified_at=datetime(2000, 1, 1, tzinfo=UTC) if verified else None)

    def _sql(self, verified: bool):
        if verified not in self._kept:
            built = [self.build(self._stand_in(values, verified)) for values in STAND_INS]
            (first, first_params), (second, second_params) = (q.query.sql_with_params() for q in built)
            slots = []
            for i, (a, b) in enumerate(zip(first_params, second_params, strict=True)):
                if a == b:
                    continue
                field = next((f for f in ("pk", "organisation_id") if (a, b) == tuple(s[f] for s in STAND_INS)), None)
                if field is None:
                    raise ImproperlyConfigured(f"{self.build.__qualname__} depends on more than the account's ids.")
                slots.append((i, field))
            if first != second:
                raise ImproperlyConfigured(f"{self.build.__qualname__} changes its SQL with the account.")
            self._kept[verified] = (first, first_params, slots, built[0].db)
        return self._kept[verified]

    def fetchone(self, user) -> tuple | None:
        sql, params, slots, alias = self._sql(shape(user))
        params = list(params)
        for i, field in slots:
            params[i] = getattr(user, field)
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()


def account(user_id: int):
    """A signed-in, active account with this id and nothing else, to build a `kept_queries.KeptQuery` through the
    access functions that take an account. Use it only with functions that read no more of her than her id; the
    kept query is then asked only for a signed-in person."""
    from lokaalsignaal.accounts.models import User

    return User(pk=user_id, is_active=True)
