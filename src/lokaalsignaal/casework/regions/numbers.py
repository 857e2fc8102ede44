"""The numbers a region or Flanders sees, as one table per scope, with small numbers suppressed.

Every page under /regio/<pk>/ that shows a number of signals takes it from `for_scope(user, scope)`: the signals of
each municipal knelpunt the scope may open (`access.readable_by_scope`: the overview's list, the bundled knelpunten,
the similar knelpunten), of each regional/Flemish knelpunt (the signals below it), per municipality, per theme and
in all. They form one table, suppressed once by `privacy.small_numbers.suppress`: a count of 1–4 is "< 5", and a
number that would give one back (Kortrijk 7 next to "signalen: 8") is "verborgen". Because every page reads the same
table, no page, and no two pages together, give back a number that another one hides.

The lines of the table (each a true sum): a municipality's signals = its knelpunten's; all signals = the
municipalities'; a theme's signals = its knelpunten's; a regional/Flemish knelpunt's = its bundled knelpunten's.
The audit in `privacy.small_numbers` also catches what follows from these lines together (a regional knelpunt that
bundles all of one municipality's knelpunten, themes that happen not to overlap).

Not suppressed: the number of knelpunten (the pages list them anyway), and on a knelpunt's own page the number of
signals whose texts it lists (the scope reads those texts: the suppression keeps the numbers that are printed,
exported and passed on from pointing at a few people, not the texts the scope is entitled to read).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import gettext as _

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.privacy.small_numbers import Suppressed, suppress

ALL = ("all",)
CACHE_FROM = 200  # knelpunten: from this size a scope's suppressed table is cached
CACHE_SECONDS = 24 * 60 * 60
CACHE_VERSION = 1  # raise when `privacy.small_numbers` hides differently: a cached table is then no longer right


@dataclass(frozen=True)
class Row:
    """One line of the overview's tables: a municipality or a theme, its knelpunten and its signals (as shown)."""

    name: str
    knelpunten: int
    signals: str
    raw_signals: int  # for code and tests only: never print it


@dataclass(frozen=True)
class ScopeNumbers:
    table: Suppressed
    per_municipality: list[Row]
    per_theme: list[Row]
    knelpunten: int  # the number of municipal knelpunten (listed anyway: not suppressed)

    @property
    def signals(self) -> str:
        return self.table.shown(ALL)

    def signals_of(self, knelpunt) -> str:
        """The signals of a knelpunt (a regional/Flemish one: the signals below it) as shown; a knelpunt outside the
        scope's table is shown as hidden."""
        key = ("k" if knelpunt.municipality_id else "r", knelpunt.pk)
        return self.table.shown(key) if key in self.table.values else self.table.hidden_text

    def aggregates(self) -> dict:
        """The raw numbers (for code and tests; a page prints the rows' `signals`)."""
        return {"per_municipality": [{"municipality__name": r.name, "knelpunten": r.knelpunten,
                                      "signals": r.raw_signals} for r in self.per_municipality],
                "per_theme": [{"themes__name": r.name, "knelpunten": r.knelpunten, "signals": r.raw_signals}
                              for r in self.per_theme],
                "knelpunten": self.knelpunten, "signals": self.table.values[ALL]}


def for_scope(user, scope) -> ScopeNumbers:
    """The scope's table of signal counts, suppressed. Four queries, whatever the number of knelpunten."""
    readable = region_access.readable_by_scope(user, scope)
    # in a fixed order: it breaks ties in the suppression, which must hide the same cells on every page and visit
    rows = list(readable.order_by("pk").values_list("pk", "municipality_id", "municipality__name", "parent_id",
                                                    "signal_count"))
    municipal = [row for row in rows if row[1] is not None]
    themed = list(Knelpunt.themes.through.objects.filter(
        knelpunt_id__in=readable.filter(municipality__isnull=False).values("pk")).values_list(
        "knelpunt_id", "theme_id", "theme__name").order_by("theme_id", "knelpunt_id"))
    own = list(knelpunt_access.regional_knelpunten_for(user, scope).order_by("pk").values_list("pk", flat=True))

    counts = {("k", pk): signals for pk, _m, _name, _parent, signals in municipal}
    names, per_municipality = {}, defaultdict(list)
    for pk, municipality, name, _parent, _signals in municipal:
        names[municipality] = name
        per_municipality[municipality].append(("k", pk))
    lines = [(("m", m), cells) for m, cells in per_municipality.items()]
    lines.append((ALL, [("m", m) for m in per_municipality]))
    theme_names, per_theme = {}, defaultdict(list)
    for pk, theme, name in themed:
        theme_names[theme] = name
        per_theme[theme].append(("k", pk))
    lines += [(("t", t), cells) for t, cells in per_theme.items()]
    lines += _bundles(rows, own)

    table = _suppressed(counts, lines).with_texts(hidden=_("verborgen"))
    by_municipality = [Row(names[m], len(cells), table.shown(("m", m)), table.values[("m", m)])
                       for m, cells in per_municipality.items()]
    by_theme = [Row(theme_names[t], len(cells), table.shown(("t", t)), table.values[("t", t)])
                for t, cells in per_theme.items()]
    return ScopeNumbers(table, sorted(by_municipality, key=lambda r: r.name),
                        sorted(by_theme, key=lambda r: (-r.knelpunten, r.name)), len(municipal))


def _suppressed(counts, lines) -> Suppressed:
    """`suppress`; for a large table remembered in the shared cache under a digest of the table (its cells in order:
    the order breaks ties), since the audit then takes a while and the same table always gives the same answer (no
    personal data in it: ids and counts). A small table (a region's few dozen knelpunten) takes milliseconds."""
    if len(counts) < CACHE_FROM:
        return suppress(counts, lines)
    digest = hashlib.sha256(repr((list(counts.items()), lines)).encode()).hexdigest()
    key = f"region-numbers:v{CACHE_VERSION}:{digest}"
    table = cache.get(key)
    if table is None:
        table = suppress(counts, lines)
        cache.set(key, table, CACHE_SECONDS)
    return table


def _bundles(rows, own) -> list:
    """A line per regional/Flemish knelpunt the scope shows (its own, and those it may open): the knelpunten bundled
    into it (a regional one bundled into a Flemish one counts the signals below it)."""
    children = defaultdict(list)
    for pk, municipality, _name, parent, _signals in rows:
        if parent is not None:
            children[parent].append(("k" if municipality is not None else "r", pk))
    regional = dict.fromkeys([*own, *(pk for pk, municipality, *_rest in rows if municipality is None)])
    return [(("r", pk), children.get(pk, [])) for pk in regional]
