"""Small numbers cannot be computed back from a table (privacy.small_numbers): a count of 1–4 is shown as "< 5", and
the table also hides what would give it back (complementary suppression), until no hidden cell follows from the
visible ones — not by one subtraction on a row, column or total, nor by combining lines. Zeros are shown."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lokaalsignaal.privacy.small_numbers import (
    HIDDEN,
    SMALL,
    protect_column,
    protect_table,
    shown_alone,
    suppress,
)

COUNTS = st.one_of(st.integers(0, 4), st.integers(0, 30), st.just(0))


# --- an independent judge -------------------------------------------------------------------------------------

def atoms_of(counts, lines):
    """Each cell as a vector of atoms (computed again, independently of the module)."""
    vectors = {atom: {atom: 1} for atom in counts}
    pending = {total: cells for total, cells in lines}
    while pending:
        for total, cells in list(pending.items()):
            if all(cell in vectors for cell in cells):
                vector = {}
                for cell in cells:
                    for atom, n in vectors[cell].items():
                        vector[atom] = vector.get(atom, 0) + n
                vectors[total] = vector
                del pending[total]
    return vectors


def computable(result, counts, lines) -> list:
    """The hidden cells whose value follows from the visible cells by sums and differences (matrix ranks)."""
    vectors = atoms_of(counts, lines)
    unknown = [a for a in counts if not result.is_visible(a)]
    column = {a: i for i, a in enumerate(unknown)}

    def row(key):
        out = np.zeros(len(unknown))
        for atom, n in vectors[key].items():
            if atom in column:
                out[column[atom]] += n
        return out

    visible = [row(k) for k in result.values if result.is_visible(k)]
    known = np.array(visible) if visible else np.zeros((0, len(unknown)))
    rank = np.linalg.matrix_rank(known) if len(unknown) and len(known) else 0
    found = []
    for key in result.values:
        if result.is_visible(key):
            continue
        target = row(key)
        if not target.any() or np.linalg.matrix_rank(np.vstack([known, target])) == rank:
            found.append(key)
    return found


def given_away_by_one_subtraction(result, lines) -> list:
    """Hidden cells that one line gives away: total minus its visible cells, or the cells' sum as the total."""
    found = []
    for total, cells in lines:
        line = [total, *cells]
        hidden = [c for c in line if not result.is_visible(c)]
        if len(hidden) == 1:
            found.append(hidden[0])
    return found


def pinned_by_bounds(result, lines) -> list:
    """Hidden cells that one line leaves only one value: "< 5" is 1..4, another hidden cell is 5 or more."""
    found = []
    for total, cells in lines:
        if not result.is_visible(total):
            continue
        hidden = [c for c in cells if not result.is_visible(c)]
        part = result.values[total] - sum(result.values[c] for c in cells if result.is_visible(c))
        bounds = {c: (1, 4) if c in result.small else (5, part) for c in hidden}
        for cell in hidden:
            others_low = sum(bounds[o][0] for o in hidden if o != cell)
            others_high = sum(bounds[o][1] for o in hidden if o != cell)
            low, high = max(bounds[cell][0], part - others_high), min(bounds[cell][1], part - others_low)
            if low == high:
                found.append(cell)
    return found


def assert_safe(result, counts, lines):
    assert given_away_by_one_subtraction(result, lines) == []
    assert pinned_by_bounds(result, lines) == []
    assert computable(result, counts, lines) == []
    for key, value in result.values.items():
        if 0 < value < 5:
            assert result.shown(key) == SMALL
        elif value == 0:
            assert result.shown(key) == "0"
        else:
            assert result.shown(key) in (str(value), HIDDEN)


def table_lines(rows):
    height, width = len(rows), len(rows[0])
    counts = {("cell", r, c): n for r, row in enumerate(rows) for c, n in enumerate(row)}
    lines = [(("row", r), [("cell", r, c) for c in range(width)]) for r in range(height)]
    lines += [(("column", c), [("cell", r, c) for r in range(height)]) for c in range(width)]
    lines += [("total", [("row", r) for r in range(height)]), ("total", [("column", c) for c in range(width)])]
    return counts, lines


# --- tables built to leak ---------------------------------------------------------------------------------------

def test_kortrijk_7_and_roeselare_1_do_not_give_roeselare_away():
    column = protect_column([7, 1])  # "signalen: 8", Kortrijk 7, Roeselare "< 5" gave Roeselare = 1

    assert column.cells == [HIDDEN, SMALL]
    assert column.total == "8"


def test_the_smallest_other_cell_is_hidden_not_the_total():
    column = protect_column([40, 1, 9, 12])

    assert column.cells == ["40", SMALL, HIDDEN, "12"]
    assert column.total == "62"


def test_two_small_cells_protect_each_other():
    column = protect_column([2, 3, 40])

    assert column.cells == [SMALL, SMALL, "40"] and column.total == "45"


def test_a_theme_table_whose_row_totals_leak():
    # signals per theme (rows) and per kind of signal (columns): without protection Armoede = 9 - 8 would give 1
    table = protect_table([[1, 8], [6, 7], [10, 12]])

    assert table.cells[0][0] == SMALL
    assert table.cells[0][1] == HIDDEN and table.row_totals[0] == "9"
    counts, lines = table_lines([[1, 8], [6, 7], [10, 12]])
    assert_safe(table.result, counts, lines)


def test_two_hidden_cells_may_add_up_to_the_total_minus_the_visible_ones():
    # the sum of the two hidden cells is known (12 - 9 = 3), neither of them is
    column = protect_column([1, 2, 9])

    assert column.cells == [SMALL, SMALL, "9"] and column.total == "12"
    counts = {("cell", i): n for i, n in enumerate([1, 2, 9])}
    assert_safe(column.result, counts, [("total", list(counts))])


def test_two_small_cells_that_make_two_are_not_left_as_the_only_hidden_ones():
    # 10 - 8 = 2 with two "< 5" cells would say both are 1
    column = protect_column([8, 1, 1])

    assert column.cells == [HIDDEN, SMALL, SMALL] and column.total == "10"
    counts = {("cell", i): n for i, n in enumerate([8, 1, 1])}
    assert_safe(column.result, counts, [("total", list(counts))])


def test_a_small_total_is_hidden_with_a_cell_of_its_line():
    column = protect_column([3, 0])

    assert column.cells == [SMALL, "0"] and column.total == SMALL


def test_a_zero_is_shown_and_never_hides_a_small_cell():
    column = protect_column([0, 3, 9])  # hiding the 0 would protect nothing: 12 - 0 - hidden 9 is still unknown

    assert column.cells == ["0", SMALL, HIDDEN] and column.total == "12"


def test_totals_that_equal_each_other_do_not_leak():
    # a regional knelpunt bundles both Kortrijk knelpunten: its total is Kortrijk's total, under another name
    counts = {"a": 7, "b": 1, "roeselare": 1}
    lines = [("kortrijk", ["a", "b"]), ("regional", ["a", "b"]), ("all", ["kortrijk", "roeselare"])]

    result = suppress(counts, lines)

    assert_safe(result, counts, lines)
    assert not (result.is_visible("regional") and not result.is_visible("kortrijk"))


def test_themes_that_happen_not_to_overlap_do_not_leak():
    # the theme totals are not given as a line of the grand total, but they add up to it
    counts = {"k1": 1, "k2": 9, "k3": 6}
    lines = [("kortrijk", ["k1", "k2"]), ("gent", ["k3"]), ("all", ["kortrijk", "gent"]),
             ("armoede", ["k1", "k3"]), ("wonen", ["k2"])]

    result = suppress(counts, lines)

    assert_safe(result, counts, lines)


def test_markers_can_be_translated():
    result = suppress({"a": 7, "b": 1}, [("t", ["a", "b"])]).with_texts(hidden="verborgen")

    assert result.display() == {"a": "verborgen", "b": SMALL, "t": "8"}


def test_a_lone_number():
    assert [shown_alone(n) for n in (None, 0, 1, 4, 5, 12)] == ["0", "0", SMALL, SMALL, "5", "12"]


def test_lines_must_be_true_sums():
    with pytest.raises(ValueError):
        suppress({"a": 1, "b": 2}, [("t", ["a"]), ("t", ["a", "b"])])
    with pytest.raises(ValueError):
        suppress({"a": 1}, [("t", ["a", "u"]), ("u", ["t"])])
    with pytest.raises(ValueError):
        suppress({"a": -1})
    with pytest.raises(ValueError):
        suppress({"a": 1, "t": 1}, [("t", ["a"])])


# --- random tables ----------------------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 5).flatmap(lambda width: st.lists(st.lists(COUNTS, min_size=width, max_size=width),
                                                         min_size=1, max_size=6)))
def test_no_hidden_cell_of_a_random_table_can_be_computed(rows):
    table = protect_table(rows)

    counts, lines = table_lines(rows)
    assert_safe(table.result, counts, lines)
    assert table.total == str(sum(map(sum, rows))) or not table.result.is_visible("total")


@settings(max_examples=300, deadline=None)
@given(st.lists(COUNTS, min_size=1, max_size=12))
def test_no_hidden_cell_of_a_random_column_can_be_computed(cells):
    column = protect_column(cells)

    counts = {("cell", i): n for i, n in enumerate(cells)}
    assert_safe(column.result, counts, [("total", list(counts))])


@st.composite
def hierarchies(draw):
    """Knelpunten (atoms) in municipalities, some bundled into regional knelpunten, each with a few themes: the
    lines of a region's overview."""
    size = draw(st.integers(1, 10))
    counts = {("k", i): draw(COUNTS) for i in range(size)}
    municipality = {i: draw(st.integers(0, 3)) for i in range(size)}
    bundle = {i: draw(st.one_of(st.none(), st.integers(0, 2))) for i in range(size)}
    themes = {i: draw(st.sets(st.integers(0, 3), max_size=2)) for i in range(size)}
    lines = []
    for m in sorted(set(municipality.values())):
        lines.append((("m", m), [("k", i) for i in range(size) if municipality[i] == m]))
    lines.append((("all",), [("m", m) for m in sorted(set(municipality.values()))]))
    for r in sorted({b for b in bundle.values() if b is not None}):
        lines.append((("r", r), [("k", i) for i in range(size) if bundle[i] == r]))
    for t in sorted(set().union(*themes.values())):
        lines.append((("t", t), [("k", i) for i in range(size) if t in themes[i]]))
    return counts, lines


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hierarchies())
def test_no_hidden_cell_of_a_random_overview_can_be_computed(case):
    counts, lines = case

    assert_safe(suppress(counts, lines), counts, lines)
