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
- A value the database would refuse (text with a NUL character, an integer beyond 32 bits: typed into an address)
  goes through the ORM, which answers "nothing found" for it (`lookups`).
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import connections, router, transaction
from django.db.models.sql import UpdateQuery

_NO_SHAPE = object()
_EMPTY = object()  # kept for a shape that asks nothing of the database
MAX_SHAPES = 64  # shapes kept per query; past them (a page number from the address bar) it is built per call


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


INT32 = range(-(2**31), 2**31)


def _ordinary(values: dict) -> bool:
    """Values the kept SQL takes as they are. Text with a NUL character (PostgreSQL refuses it in any query) and an
    integer beyond 32 bits (the databases refuse one past a column's range) go through the ORM instead, which answers
    "nothing found" for them (`lookups`, and Django for integers) where the database would raise."""
    return not any((isinstance(value, str) and "\x00" in value) or (isinstance(value, int) and value not in INT32)
                   for value in values.values())


def _same(value):
    return value


def _adapters(connection, value) -> tuple[Callable, ...]:
    """How a backend may have written a value into the parameters (SQLite writes moments as text)."""
    if isinstance(value, datetime):
        return (_same, connection.ops.adapt_datetimefield_value)
    if isinstance(value, date):
        return (_same, connection.ops.adapt_datefield_value)
    return (_same,)


def _slots(name: str, values: dict, stand_ins: tuple[dict, dict], built: list[tuple[str, tuple]], connection):
    """Where each value goes in the parameters of the SQL built twice (`built`: two (sql, params)); refuses what
    cannot be reused (see the module's docstring)."""
    (first, first_params), (second, second_params) = built
    if first != second:
        raise ImproperlyConfigured(f"{name} changes its SQL with its values; pass what does as `shape`.")
    slots = []
    for index, (a, b) in enumerate(zip(first_params, second_params, strict=True)):
        if a == b:
            continue
        slot = next(((key, adapt) for key in values for adapt in _adapters(connection, values[key])
                     if (a, b) == (adapt(stand_ins[0][key]), adapt(stand_ins[1][key]))), None)
        if slot is None:
            raise ImproperlyConfigured(f"{name} depends on more than the values it is given (parameter {index}).")
        slots.append((index, *slot))
    return tuple(slots)


def _filled(params: tuple, slots: tuple, values: dict) -> tuple:
    params = list(params)
    for index, name, adapt in slots:
        params[index] = adapt(values[name])
    return tuple(params)


class _Kept:
    def __init__(self, build: Callable):
        self.build = build
        self.name = getattr(build, "__qualname__", repr(build))
        self._kept: dict[Hashable, tuple] = {}

    def _built(self, shape, values):
        return self.build(**values) if shape is _NO_SHAPE else self.build(shape=shape, **values)

    def _get(self, shape, values):
        """What is kept for this shape (kept now if it was not), or None past `MAX_SHAPES`."""
        kept = self._kept.get(shape)
        if kept is None and len(self._kept) < MAX_SHAPES:
            kept = self._kept[shape] = self._keep(shape, values)
        return kept


def _shallow(thing):
    """A copy of `thing` sharing its attributes' values: `copy.copy` would make a QuerySet read its rows first."""
    copied = object.__new__(type(thing))
    copied.__dict__ = thing.__dict__.copy()
    return copied


def _fresh(queryset, compiler):
    """`queryset` not yet read, answering through `compiler`. What iterating reads of the query (its model, its
    selected columns, the related objects to fill in) is shared with the kept one; nothing in it is written, so the
    query is not cloned (a clone copied its whole tree of conditions on every call)."""
    run = _shallow(queryset)
    run._query = query = _shallow(queryset.query)  # not `.query =`: its setter would make a values_list give dicts
    query.get_compiler = lambda *args, **kwargs: compiler
    run._result_cache, run._prefetch_done = None, False
    run._prefetch_related_lookups = queryset._prefetch_related_lookups[:]
    return run


class KeptQuery(_Kept):
    """`KeptQuery(build)`: `build(**values)` (and `shape=` when given) returns the QuerySet; see the module's
    docstring. Each call reads the rows through a copy of the kept compiler, with the kept SQL, the call's
    parameters and the converters of its shape's columns worked out once per connection."""

    def __call__(self, shape: Hashable = _NO_SHAPE, **values) -> list:
        """The rows for these values, as a list (the query is not a QuerySet to refine further)."""
        kept = self._get(shape, values)
        if kept is None or not _ordinary(values):
            return list(self._built(shape, values))
        if kept is _EMPTY:
            return []
        queryset, compiler, sql, params, slots, converters_on = kept
        params = _filled(params, slots, values)
        connection = connections[compiler.using]  # this thread's connection
        this = copy.copy(compiler)
        this.connection = connection
        this.as_sql = lambda *args, **kwargs: (sql, params)
        converters = converters_on.get(connection)
        if converters is None:  # this shape's columns, worked out once on this connection
            converters = converters_on[connection] = this.get_converters(
                [column[0] for column in compiler.select[0:compiler.col_count]])
        this.get_converters = lambda expressions: converters
        return list(_fresh(queryset, this))

    def _keep(self, shape, values: dict) -> tuple:
        stand_ins = _stand_ins(values)
        built = [self._built(shape, chosen) for chosen in stand_ins]
        compilers = [queryset.query.get_compiler(using=queryset.db) for queryset in built]
        compiled = []
        for compiler in compilers:
            try:
                compiled.append(compiler.as_sql())
            except EmptyResultSet:
                compiled.append(None)
        if compiled == [None, None]:
            return _EMPTY  # its shape asks nothing of the database (a slice of no rows, `none()`), whatever the values
        if None in compiled:
            raise ImproperlyConfigured(f"{self.name} asks nothing for some values only.")
        slots = _slots(self.name, values, stand_ins, compiled, compilers[0].connection)
        return built[0], compilers[0], compiled[0][0], tuple(compiled[0][1]), slots, weakref.WeakKeyDictionary()


class KeptCount(_Kept):
    """`KeptCount(build)`: the number of rows of the QuerySet `build(**values)` returns, its COUNT query kept as
    `KeptQuery` keeps rows (its SQL is read as the database would receive it, from a count of the stand-ins that is
    stopped before it is sent)."""

    def __call__(self, shape: Hashable = _NO_SHAPE, **values) -> int:
        kept = self._get(shape, values)
        if kept is None or not _ordinary(values):
            return self._built(shape, values).count()
        if kept is _EMPTY:
            return 0
        alias, sql, params, slots = kept
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, _filled(params, slots, values))
            return cursor.fetchone()[0]

    def _keep(self, shape, values: dict) -> tuple:
        stand_ins = _stand_ins(values)
        compiled, alias = [], None
        for chosen in stand_ins:
            queryset = self._built(shape, chosen)
            alias = queryset.db
            connection = connections[alias]
            logged, connection.force_debug_cursor = connection.force_debug_cursor, False  # nothing is sent
            try:
                with connection.execute_wrapper(_capture):
                    queryset.count()
                compiled.append(None)  # counted without asking the database
            except _Asked as asked:
                compiled.append((asked.sql, asked.params))
            finally:
                connection.force_debug_cursor = logged
        if compiled == [None, None]:
            return _EMPTY
        if None in compiled:
            raise ImproperlyConfigured(f"{self.name} asks nothing for some values only.")
        slots = _slots(self.name, values, stand_ins, compiled, connections[alias])
        return alias, compiled[0][0], compiled[0][1], slots


class KeptUpdate(_Kept):
    """`KeptUpdate(build)`: `build(**values)` returns a QuerySet of one table's rows and the fields to set, as
    `(queryset, {"read_at": now})`; the UPDATE's SQL is kept as `KeptQuery` keeps a SELECT (building and compiling it
    cost ~0.4 ms of Python, on pages that mark what they show as read). Returns the number of rows updated."""

    def __call__(self, shape: Hashable = _NO_SHAPE, **values) -> int:
        kept = self._get(shape, values)
        if kept is None or not _ordinary(values):
            queryset, fields = self._built(shape, values)
            return queryset.update(**fields)
        alias, sql, params, slots = kept
        with transaction.mark_for_rollback_on_error(using=alias), connections[alias].cursor() as cursor:  # as update()
            cursor.execute(sql, _filled(params, slots, values))
            return cursor.rowcount

    def _keep(self, shape, values: dict) -> tuple:
        stand_ins = _stand_ins(values)
        compiled, alias = [], None
        for chosen in stand_ins:
            queryset, fields = self._built(shape, chosen)
            alias = router.db_for_write(queryset.model)
            query = queryset.query.chain(UpdateQuery)
            query.add_update_values(fields)
            compiler = query.get_compiler(alias)
            if query.related_updates or query.count_active_tables() != 1:
                raise ImproperlyConfigured(f"{self.name} updates more than one table's rows.")
            compiled.append(compiler.as_sql())
        slots = _slots(self.name, values, stand_ins, compiled, connections[alias])
        return alias, compiled[0][0], tuple(compiled[0][1]), slots


class _Asked(Exception):  # noqa: N818 (not an error: how a count's SQL is read without running it)
    def __init__(self, sql, params):
        super().__init__(sql)
        self.sql, self.params = sql, tuple(params or ())


def _capture(execute, sql, params, many, context):
    """Read the SQL the count would send, and send nothing."""
    raise _Asked(sql, params)


class KeptList:
    """What a paginator pages through, from kept queries: `count()` is one `KeptCount`, `[start:stop]` one
    `KeptQuery` whose `build` receives the slice's bounds as its shape. `count_up_to(limit)` (for
    `pagination.CappedPaginator`) is a `KeptCount` whose `build` receives the limit as its shape."""

    def __init__(self, rows: KeptQuery, count: KeptCount, values: dict, count_up_to: KeptCount | None = None):
        self.rows, self.counter, self.values, self.capped = rows, count, values, count_up_to

    def count(self) -> int:
        return self.counter(**self.values)

    def count_up_to(self, limit: int) -> int:
        return self.capped(shape=limit, **self.values)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice) or index.step is not None:
            raise TypeError("A kept list is read a slice at a time.")
        return self.rows(shape=(index.start, index.stop), **self.values)


class KeptPages:
    """A list to page through, kept: `KeptPages(build)` with `build(**values)` the whole list as a QuerySet; its
    rows are kept a slice at a time, its count and its count up to a cap beside them. `of(**values)` is the
    `KeptList` a paginator takes."""

    def __init__(self, build: Callable):
        self.rows = KeptQuery(lambda shape, **values: build(**values)[shape[0]:shape[1]])
        self.count = KeptCount(build)
        self.count_up_to = KeptCount(lambda shape, **values: build(**values)[:shape])

    def of(self, **values) -> KeptList:
        return KeptList(self.rows, self.count, values, self.count_up_to)
