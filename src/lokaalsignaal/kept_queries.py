"""Queries asked on nearly every request, built with the ORM once per process and run with the request's values.

Building a QuerySet and compiling it to SQL costs more Python than running it costs the database: on a giver's home
the ORM spent about a third of the request's CPU turning eleven small queries into SQL (docs/performance.md).
`KeptQuery` builds a query once per process (per shape), keeps its SQL and its compiler, and per call puts the call's
values in their parameter slots. Rows come back as the ORM gives them: model instances with their `select_related`
and `prefetch_related`, or tuples of a `values_list`.

Safe by construction:

- `build(**values)` receives only the values it is called with: ids (int), text (str), moments (datetime, date).
  Use them only as lookup values (`filter(giver_id=user_id)`), never to decide what to ask.
- It is built twice, with two sets of stand-in values nothing has. The two SQL texts must be equal (a value written
  into the SQL is refused) and every parameter in which the two differ must be one of the stand-ins (anything else
  that varied, such as a `timezone.now()` inside `build`, is refused). A parameter equal in both is a constant.
- What changes the query's shape (a flag, a page: LIMIT and OFFSET are written into the SQL) is passed as `shape`
  (hashable); each shape is built and kept apart, and `build` receives it as `shape=`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import connections

_NO_SHAPE = object()


def _stand_ins(values: dict) -> tuple[dict, dict]:
    """Two sets of values of the same kinds as `values`, differing in every value, that no row holds."""
    first, second = {}, {}
    for i, (name, value) in enumerate(sorted(values.items())):
        if isinstance(value, bool) or value is None:
            raise TypeError(f"{name}: a flag or None changes a query's shape; pass it as `shape`.")
        if isinstance(value, int):
            first[name], second[name] = -1_000_001 - i, -2_000_001 - i
        elif isinstance(value, str):
            first[name], second[name] = f"\x1fkept-a-{name}", f"\x1fkept-b-{name}"
        elif isinstance(value, datetime):
            first[name] = datetime(1901, 1, 1, 0, 0, i + 1, tzinfo=UTC)
            second[name] = datetime(1902, 1, 1, 0, 0, i + 1, tzinfo=UTC)
        elif isinstance(value, date):
            first[name], second[name] = date(1901, 1, i + 1), date(1902, 1, i + 1)
        else:
            raise TypeError(f"{name}: a kept query takes ids, text and moments, not {type(value).__name__}.")
    return first, second


def _same(value):
    return value


def _adapters(connection, value) -> tuple[Callable, ...]:
    """How a backend may have written a value into the parameters (SQLite writes moments as text)."""
    if isinstance(value, datetime):
        return (_same, connection.ops.adapt_datetimefield_value)
    if isinstance(value, date):
        return (_same, connection.ops.adapt_datefield_value)
    return (_same,)


class KeptQuery:
    def __init__(self, build: Callable):
        """`build(**values)` (and `shape=` when given) returns the QuerySet; see the module's docstring."""
        self.build = build
        self._kept: dict[Hashable, tuple] = {}

    def __call__(self, shape: Hashable = _NO_SHAPE, **values) -> list:
        """The rows for these values, as a list (the query is not a QuerySet to refine further)."""
        kept = self._kept.get(shape)
        if kept is None:
            kept = self._kept[shape] = self._keep(shape, values)
        queryset, compiler, sql, params, slots = kept
        params = list(params)
        for index, name, adapt in slots:
            params[index] = adapt(values[name])
        run = queryset._chain()
        this = copy.copy(compiler)
        this.connection = connections[compiler.using]  # this thread's connection
        this.as_sql = lambda *args, **kwargs: (sql, tuple(params))
        run.query.get_compiler = lambda *args, **kwargs: this
        return list(run)

    def _built(self, shape, values):
        return self.build(**values) if shape is _NO_SHAPE else self.build(shape=shape, **values)

    def _keep(self, shape, values: dict) -> tuple:
        name = getattr(self.build, "__qualname__", repr(self.build))
        stand_ins = _stand_ins(values)
        built = [self._built(shape, chosen) for chosen in stand_ins]
        compilers = [queryset.query.get_compiler(using=queryset.db) for queryset in built]
        try:
            (first, first_params), (second, second_params) = (compiler.as_sql() for compiler in compilers)
        except EmptyResultSet as empty:
            raise ImproperlyConfigured(f"{name} asks nothing: keep only queries that reach the database.") from empty
        if first != second:
            raise ImproperlyConfigured(f"{name} changes its SQL with its values; pass what does as `shape`.")
        connection = compilers[0].connection
        slots = []
        for index, (a, b) in enumerate(zip(first_params, second_params, strict=True)):
            if a == b:
                continue
            slot = next(((key, adapt) for key in values for adapt in _adapters(connection, values[key])
                         if (a, b) == (adapt(stand_ins[0][key]), adapt(stand_ins[1][key]))), None)
            if slot is None:
                raise ImproperlyConfigured(f"{name} depends on more than the values it is given (parameter {index}).")
            slots.append((index, *slot))
        return built[0], compilers[0], first, tuple(first_params), tuple(slots)
