"""Small numbers in tables: primary and complementary cell suppression (pure Python, no Django).

A count of signals, joins or givers below the threshold (5) could point to a few people, so it is not shown: that is
*primary* suppression ("< 5"). Hiding that one cell is not enough when the table also shows totals: "signalen: 8",
Kortrijk 7, Roeselare "< 5" gives Roeselare = 1. So where a cell is hidden, the table also hides what would give it
back (the next smallest cell of its row or column, or the total): *complementary* (secondary) suppression.

Every page and export that shows counts across municipalities, or in public, goes through this module. In Django
code use the small wrappers in `casework.regions.numbers` and the `small_numbers` template tags.

The model
---------
A table is a set of *cells* and the *lines* that tie them together. A line says "this total is the sum of these
cells": a row with its row total, a column with its column total, the municipalities with the grand total, a
regional knelpunt with the knelpunten bundled into it. A cell may lie on many lines, and a total may itself be a
cell of another line (hierarchies). Cells that are no line's total are the *atoms*; the caller gives their counts
and the module adds up every total (so the numbers always agree). Every cell is meant to be shown (as a number or
as a marker). A line must be a true sum: lines that give a total two ways must agree, else ``ValueError``.

- `suppress(counts, lines)`: the general form; returns a `Suppressed` (values, which cells are small, which are
  hidden to protect them, and `shown(key)` / `display()` for the text to print).
- `protect_column(counts)`: one column with its total (per municipality, per theme).
- `protect_table(rows)`: a table with row totals, column totals and a grand total.

The rules
---------
1. *Small*: a count from 1 to threshold - 1 is shown as "< 5".
2. *Zero* is shown as 0. A 0 is no count of people, and showing it says nothing about the other cells that the
   total does not already say; a hidden cell is therefore never 0 (so "< 5" means 1 to 4), and a zero is never
   hidden to protect another cell (it would protect nothing: hidden a + hidden 0 = total - visible gives a).
3. *Complementary*: a line with exactly one hidden cell (its total counts as a cell of the line) gives that cell
   away by one subtraction. Then the smallest other non-zero visible cell of the line is hidden too, or the total
   when the line has no such cell. The same when a line's hidden cells are pinned by their bounds: everyone knows
   that "< 5" is 1 to 4 and a hidden cell that is not "< 5" is at least 5, so when "total minus the visible cells"
   is exactly the sum of those least values (two "< 5" cells that make 2: both are 1), or the hidden cells are all
   "< 5" and make 4 each, every one of them is known. Repeated until no line has exactly one hidden cell and no
   line with a visible total has its hidden cells pinned.
4. *Audit*: lines can also work together (two lines sharing cells, a total that happens to equal another, themes
   that happen not to overlap). Each cell is written as a sum of atoms and, by linear algebra (Gaussian
   elimination), no hidden cell may follow from the visible ones by any combination of sums and differences. If one
   does, the smallest non-zero visible cell that takes part is hidden too (a cell on a line with it first), and
   rules 3 and 4 run again. Every round hides one more cell, so this ends. The elimination runs modulo the prime
   2**61 - 1 (integers: fast); it can only miss a combination whose coefficients have that prime in a denominator,
   which for tables of counts does not happen in practice, and anything it finds too many only hides one cell more.

The guarantee (what the tests in tests/privacy/test_small_number_suppression.py check)
--------------------------------------------------------------------------------------
No hidden cell's value can be computed from the visible cells: not by one subtraction on a row, column or total
(every line has no hidden cell or at least two), not with the bounds of one line ("< 5" is 1 to 4, another hidden
cell at least 5: no line's hidden part leaves a hidden cell only one possible value), and not by any chain or
combination of additions and subtractions over the lines given. Two hidden cells of one line may well add up to
"total minus the visible cells": that sum is known, neither cell is. Outside the guarantee: bounds combined over
several lines (solving the table as a linear programme, as tools like tau-ARGUS do) can narrow a hidden value down
to a range, and in rare tables to one value; relations between cells that the caller does not give as lines are
unknown to the module.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

THRESHOLD = 5
PRIME = 2**61 - 1  # the audit's arithmetic
SMALL = f"< {THRESHOLD}"
HIDDEN = "x"

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class Suppressed(Generic[K]):
    """The outcome: every cell's count (totals added up), the small cells ("< 5") and the cells hidden to protect
    them. `shown(key)` is the text to print; `is_visible(key)` whether the count itself may be printed."""

    values: Mapping[K, int]
    small: frozenset[K]
    hidden: frozenset[K]
    small_text: str = SMALL
    hidden_text: str = HIDDEN

    def is_visible(self, key: K) -> bool:
        return key not in self.small and key not in self.hidden

    def shown(self, key: K) -> str:
        if key in self.small:
            return self.small_text
        if key in self.hidden:
            return self.hidden_text
        return str(self.values[key])

    def display(self) -> dict[K, str]:
        return {key: self.shown(key) for key in self.values}

    def with_texts(self, small: str | None = None, hidden: str | None = None) -> Suppressed[K]:
        """The same outcome, printed with other markers (e.g. translated ones)."""
        return Suppressed(self.values, self.small, self.hidden, small if small is not None else self.small_text,
                          hidden if hidden is not None else self.hidden_text)


def is_small(count: int | None, threshold: int = THRESHOLD) -> bool:
    """Rule 1: 1 to threshold - 1 is small; 0 (and nothing) is not."""
    return 0 < (count or 0) < threshold


def shown_alone(count: int | None, threshold: int = THRESHOLD, small: str | None = None) -> str:
    """A single count that nothing else on the page adds up with: "< 5" when small, else the number (0 for nothing).
    Any number that is part of a table (a total, or a cell next to one) goes through `suppress` instead."""
    count = count or 0
    return (small or f"< {threshold}") if is_small(count, threshold) else str(count)


def suppress(counts: Mapping[K, int], lines: Iterable[tuple[K, Iterable[K]]] = (), *, threshold: int = THRESHOLD,
             small: str | None = None, hidden: str = HIDDEN) -> Suppressed[K]:
    """Suppress the small cells of a table and everything that would give them back.

    `counts`: the count of every atom (a cell that is no line's total), not negative. `lines`: (total, cells) pairs,
    each saying total = sum(cells); a total may be given by several lines (rows and columns) and may be a cell of
    another line. Keys are any hashable values; ties are broken by the order in which cells first appear."""
    lines = [(total, tuple(cells)) for total, cells in lines]
    order = _order(counts, lines)
    vectors = _vectors(counts, lines)
    values = {key: sum(counts[atom] * n for atom, n in vectors[key].items()) for key in order}
    if any(value < 0 for value in values.values()):
        raise ValueError("counts cannot be negative")
    primary = {key for key in order if is_small(values[key], threshold)}
    state = _State(order, values, lines, vectors, set(counts), set(primary), threshold)
    state.run()
    return Suppressed(values, frozenset(primary), frozenset(state.hidden - primary), small or f"< {threshold}",
                      hidden)


@dataclass(frozen=True)
class Column:
    """`protect_column`'s answer: the text of each cell, and of the total."""

    cells: list[str]
    total: str
    result: Suppressed


def protect_column(counts: Sequence[int], **options) -> Column:
    """One column of counts with its total (e.g. signals per municipality and the headline total)."""
    result = suppress({("cell", i): n for i, n in enumerate(counts)},
                      [("total", [("cell", i) for i in range(len(counts))])], **options)
    return Column([result.shown(("cell", i)) for i in range(len(counts))], result.shown("total"), result)


@dataclass(frozen=True)
class Table:
    """`protect_table`'s answer: the text of each cell, of the row and column totals and of the grand total."""

    cells: list[list[str]]
    row_totals: list[str]
    column_totals: list[str]
    total: str
    result: Suppressed


def protect_table(rows: Sequence[Sequence[int]], **options) -> Table:
    """A table of counts (rows of equal length) shown with its row totals, column totals and grand total."""
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every row needs the same number of cells")
    counts = {("cell", r, c): n for r, row in enumerate(rows) for c, n in enumerate(row)}
    lines = [(("row", r), [("cell", r, c) for c in range(width)]) for r in range(len(rows))]
    lines += [(("column", c), [("cell", r, c) for r in range(len(rows))]) for c in range(width)]
    lines += [("total", [("row", r) for r in range(len(rows))]), ("total", [("column", c) for c in range(width)])]
    result = suppress(counts, lines, **options)
    return Table([[result.shown(("cell", r, c)) for c in range(width)] for r in range(len(rows))],
                 [result.shown(("row", r)) for r in range(len(rows))],
                 [result.shown(("column", c)) for c in range(width)], result.shown("total"), result)


# --- how it works ------------------------------------------------------------------------------------------------

def _order(counts, lines) -> dict:
    """Every cell once, in the order it first appears (atoms first): the tie-breaker."""
    order = dict.fromkeys(counts)
    for total, cells in lines:
        order.setdefault(total)
        for cell in cells:
            order.setdefault(cell)
    return order


def _vectors(counts, lines) -> dict:
    """Each cell as a sum of atoms (atom -> how many times). Refuses unknown atoms, cycles and lines that disagree."""
    totals = {}
    for total, cells in lines:
        if total in counts:
            raise ValueError(f"{total!r} is a line's total: its count is added up, not given")
        totals.setdefault(total, []).append(cells)
    vectors: dict = {atom: Counter({atom: 1}) for atom in counts}
    busy: set = set()

    def vector(key):
        if key in vectors:
            return vectors[key]
        if key not in totals:
            raise ValueError(f"{key!r} has no count and is no line's total")
        if key in busy:
            raise ValueError(f"{key!r} is its own part")
        busy.add(key)
        ways = []
        for cells in totals[key]:
            summed = Counter()
            for cell in cells:
                summed.update(vector(cell))
            ways.append(+summed)
        busy.discard(key)
        if any(way != ways[0] for way in ways):
            raise ValueError(f"the lines of {key!r} do not add up to the same cells")
        vectors[key] = ways[0]
        return ways[0]

    for key in totals:
        vector(key)
    return vectors


class _State:
    def __init__(self, order, values, lines, vectors, atoms, hidden, threshold):
        self.order, self.values, self.vectors, self.atoms, self.hidden = order, values, vectors, atoms, hidden
        self.primary, self.threshold = frozenset(hidden), threshold
        self.rank = {key: i for i, key in enumerate(order)}
        self.lines = [(total, [total, *cells]) for total, cells in lines]  # the total counts as a cell of its line
        self.lines_of: dict = {}
        for index, (_total, cells) in enumerate(self.lines):
            for cell in cells:
                self.lines_of.setdefault(cell, []).append(index)

    def run(self) -> None:
        while True:
            self._complete_lines()
            found = self._determined()
            if found is None:
                return
            self.hidden.add(self._partner_for(found))

    def _smallest(self, candidates):
        """The smallest non-zero visible candidate (first in order on a tie), or None."""
        usable = [c for c in candidates if c not in self.hidden and self.values[c] > 0]
        return min(usable, key=lambda c: (self.values[c], self.rank[c]), default=None)

    def _pinned(self, total, cells) -> bool:
        """Whether the line gives a hidden cell away: it is the only one, or the total is visible and the hidden
        cells' sum leaves each of them only one value within its bounds (1..threshold-1, or >= threshold)."""
        hidden = [cell for cell in cells if cell in self.hidden]
        if len(hidden) == 1:
            return True
        if not hidden or total in self.hidden:
            return False
        part = sum(self.values[cell] for cell in hidden)
        least = sum(1 if cell in self.primary else self.threshold for cell in hidden)
        all_small = all(cell in self.primary for cell in hidden)
        return part == least or (all_small and part == (self.threshold - 1) * len(hidden))

    def _complete_lines(self) -> None:
        """Rule 3, to a fixed point: a line that gives a hidden cell away gets one more."""
        todo = list(range(len(self.lines)))
        while todo:
            index = todo.pop()
            total, cells = self.lines[index]
            if not self._pinned(total, cells):
                continue
            partner = _first(self._smallest(cells[1:]), self._smallest([total]))
            if partner is None:  # cannot happen with true sums (the hidden cell is non-zero); stay safe
                continue
            self.hidden.add(partner)
            todo.extend(self.lines_of[partner])

    def _determined(self):
        """Rule 4: a hidden cell whose value follows from the visible cells (linear algebra), or None."""
        atoms = self._hidden_atoms()
        basis = _Basis()
        for key in self.order:
            if key not in self.hidden:
                basis.add(self._restricted(key, atoms))
        for key in self.order:
            if key in self.hidden and basis.spans(self._restricted(key, atoms)):
                return key
        return None

    def _hidden_atoms(self) -> set:
        return self.atoms & self.hidden

    def _restricted(self, key, atoms) -> dict:
        """The cell as a sum of hidden atoms only (the visible atoms are known numbers), by the atoms' rank."""
        return {self.rank[atom]: n % PRIME for atom, n in self.vectors[key].items() if atom in atoms}

    def _partner_for(self, key):
        """What to hide so that `key` can no longer be computed: a cell it shares a line with, else any visible cell
        that takes part in the equations, else one of its own visible atoms."""
        atoms = self._hidden_atoms()
        involved = {c for c in self.order if c not in self.hidden and self._restricted(c, atoms)}
        mates = {cell for index in self.lines_of.get(key, []) for cell in self.lines[index][1]}
        partner = _first(self._smallest(involved & mates), self._smallest(involved), self._smallest(self.vectors[key]))
        if partner is None:  # a hidden cell is never 0, so one of these exists
            raise AssertionError(f"nothing left to hide for {key!r}")
        return partner


def _first(*candidates):
    return next((c for c in candidates if c is not None), None)


class _Basis:
    """Rows in echelon form modulo PRIME: each row's first (lowest) column is its pivot, with value 1, and no row has
    a column below its pivot."""

    def __init__(self):
        self.rows: dict[int, dict[int, int]] = {}

    def _reduce(self, row: dict) -> dict:
        """Take out basis rows until the row is empty or starts at a column that is no pivot."""
        row = dict(row)
        while row:
            lead = min(row)
            base = self.rows.get(lead)
            if base is None:
                break
            factor = row[lead]
            for column, n in base.items():
                value = (row.get(column, 0) - factor * n) % PRIME
                if value:
                    row[column] = value
                else:
                    del row[column]
        return row

    def add(self, row: dict) -> None:
        rest = self._reduce(row)
        if rest:
            pivot = min(rest)
            inverse = pow(rest[pivot], -1, PRIME)
            self.rows[pivot] = {column: n * inverse % PRIME for column, n in rest.items()}

    def spans(self, row: dict) -> bool:
        return not self._reduce(row)
