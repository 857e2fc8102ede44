"""One index of the similarity engine (e.g. one municipality): dense matrix, lexical terms, style statistics.

No Django. Rows are appended (amortised O(1)), removed rows are tombstoned, and the partition compacts itself when
more than a third of its rows are dead.
"""

from __future__ import annotations

from collections.abc import Hashable

import numpy as np

from .lexical import LexicalIndex
from .style import Basis, StyleStats, measures

# The partition mean that is subtracted from the embeddings is shrunk towards 0 by this many pseudo-documents,
# so that tiny partitions are (almost) not centred.
CENTRE_PRIOR = 10


class Partition:
    """One index (e.g. one municipality): dense float32 matrix and/or lexical postings over shared rows.

    Adds append a row (amortised O(1) growth); removes tombstone a row; the partition compacts itself when more
    than a third of its rows are dead.
    """

    def __init__(self, dim: int | None, lexical: bool, postings: bool = True, style: bool = True):
        self.dim = dim
        self.ids: list[Hashable | None] = []
        self.row_of: dict[Hashable, int] = {}
        self.alive = np.zeros(0, dtype=bool)
        self.dense = np.zeros((0, dim), dtype=np.float32) if dim else None
        # for centring: the sum of the live dense rows (float64, exact under add/remove) and each row's |v|^2
        self.dense_sum = np.zeros(dim, dtype=np.float64) if dim else None
        self.sqnorm = np.zeros(0, dtype=np.float32)
        # for the style directions (style.py): running sums over the rows that have a vector and style measures
        self.style = StyleStats(dim) if dim and style else None
        self._basis: Basis | None = None  # the snapshot: mean, style directions, live rows then
        self._basis_live = 0
        self._row_terms: tuple[np.ndarray, np.ndarray] | None = None  # the snapshot's per-row terms
        self.lex = LexicalIndex(postings=postings) if lexical else None
        self.postings = postings
        self.n_rows = 0
        self.n_dead = 0

    def __len__(self) -> int:
        return self.n_rows - self.n_dead

    def _grow(self, need: int = 0) -> None:
        # grow by a quarter (and at least 1024 rows): amortised O(1) appends without doubling a big city's matrix
        cap = max(64, need, len(self.alive) + len(self.alive) // 4 + 1024)
        alive = np.zeros(cap, dtype=bool)
        alive[: self.n_rows] = self.alive[: self.n_rows]
        self.alive = alive
        if self.dense is not None:
            dense = np.zeros((cap, self.dim), dtype=np.float32)
            dense[: self.n_rows] = self.dense[: self.n_rows]
            self.dense = dense
            sqnorm = np.zeros(cap, dtype=np.float32)
            sqnorm[: self.n_rows] = self.sqnorm[: self.n_rows]
            self.sqnorm = sqnorm
            if self.style is not None:
                self.style.grow(cap, self.n_rows)

    def add(self, doc_id, vec: np.ndarray | None, terms, style=None, *, compute_norm: bool = True) -> None:
        if doc_id in self.row_of:
            self.remove(doc_id, compact=False)
        if self.n_rows >= len(self.alive):
            self._grow()
        row = self.n_rows
        self.ids.append(doc_id)
        self.row_of[doc_id] = row
        self.alive[row] = True
        if self.dense is not None and vec is not None:
            self.dense[row] = vec
            self.dense_sum += self.dense[row]
            self.sqnorm[row] = float(np.dot(self.dense[row], self.dense[row]))
            if self.style is not None:
                self.style.add(row, self.dense[row], _measures(terms, style))
        if self.lex is not None and terms is not None:
            self.lex.add(row, terms[0], terms[1], compute_norm=compute_norm)
        self.n_rows += 1

    def add_bulk(
        self, ids: list[Hashable], vecs: np.ndarray | None, terms: list[tuple | None] | None, styles=None
    ) -> None:
        """Add many documents: ``vecs`` is (len(ids), dim) or None, ``terms`` one term vector (or None) per id,
        ``styles`` the stored text measures (or None) per id. Lexical statistics and norms are computed once.
        Nothing to add (a municipality without signals yet) leaves the partition as it is."""
        if not ids:
            return
        for doc_id in ids:
            if doc_id in self.row_of:
                self.remove(doc_id, compact=False)
        first, need = self.n_rows, self.n_rows + len(ids)
        if need > len(self.alive):
            self._grow(need + need // 8)
        for offset, doc_id in enumerate(ids):
            self.ids.append(doc_id)
            self.row_of[doc_id] = first + offset
        self.alive[first:need] = True
        if self.dense is not None and vecs is not None:
            block = self.dense[first:need]
            block[:] = vecs
            self.dense_sum += block.sum(axis=0, dtype=np.float64)
            self.sqnorm[first:need] = np.einsum("ij,ij->i", block, block)
            if self.style is not None:
                self._add_style(first, need, block, terms, styles)
        self.n_rows = need
        if self.lex is not None and terms is not None:
            pairs = [(first + i, t) for i, t in enumerate(terms) if t is not None]
            self.lex.add_bulk([r for r, _ in pairs], [t for _, t in pairs])

    def _add_style(self, first: int, need: int, block: np.ndarray, terms, styles) -> None:
        n = need - first
        if n == 0:  # np.array([]).reshape(0, -1) cannot infer the width
            return
        terms = terms if terms is not None else [None] * n
        styles = styles if styles is not None else [None] * n
        values = np.array([_measures(t, st) for t, st in zip(terms, styles, strict=True)]).reshape(n, -1)
        values[self.sqnorm[first:need] == 0] = np.nan  # a row without a vector (another model's) says nothing
        self.style.add(slice(first, need), block, values)

    def remove(self, doc_id, *, compact: bool = True) -> bool:
        row = self.row_of.pop(doc_id, None)
        if row is None:
            return False
        self.ids[row] = None
        self.alive[row] = False
        if self.dense is not None:
            self.dense_sum -= self.dense[row]
            if self.style is not None:
                self.style.remove(row, self.dense[row])
            self.dense[row] = 0.0
            self.sqnorm[row] = 0.0
        if self.lex is not None:
            self.lex.remove(row)
        self.n_dead += 1
        if compact and self.n_dead > 1000 and self.n_dead * 3 > self.n_rows:
            self.compact()
        return True

    def compact(self) -> None:
        live = np.flatnonzero(self.alive[: self.n_rows]).tolist()
        old_ids, old_dense, old_lex, old_style = self.ids, self.dense, self.lex, self.style
        self.__init__(self.dim, old_lex is not None, self.postings, old_style is not None)
        styles = None
        if old_style is not None:
            styles = [old_style.values[r, 1:].copy() for r in live]
        self.add_bulk(
            [old_ids[r] for r in live],
            old_dense[live] if old_dense is not None else None,
            [old_lex.doc_terms(r) for r in live] if old_lex is not None else None,
            styles,
        )

    def dense_mean(self, prior: float = CENTRE_PRIOR) -> np.ndarray:
        """Mean of the live dense rows, shrunk towards 0 by ``prior`` pseudo-rows (float32)."""
        return (self.dense_sum / (len(self) + prior)).astype(np.float32)

    def centring(self) -> Basis:
        """A snapshot of ``dense_mean()``, the style directions (style.py) and each row's dot products with them.

        Keeping d.mu and d.u saves passes over the matrix per lookup. The snapshot is renewed when the number of
        live rows has moved by more than 2% (at least 8) since it was taken; rows added since get their dot
        products on first use. Until then a slightly older basis is used, for all rows alike."""
        live, n = len(self), self.n_rows
        if self._basis is None or abs(live - self._basis_live) > max(8, self._basis_live // 50):
            dirs = self.style.directions() if self.style is not None else np.zeros((0, self.dim), np.float32)
            self._basis = Basis(self.dense_mean(), dirs)
            self._basis_live = live
            self._row_terms = self._basis.row_terms(self.dense[:n], self.sqnorm[:n])
        elif len(self._row_terms[1]) < n:
            done = len(self._row_terms[1])
            new = self._basis.row_terms(self.dense[done:n], self.sqnorm[done:n])
            self._row_terms = tuple(np.concatenate([old, add]) for old, add in zip(self._row_terms, new, strict=True))
        d_dirs, inv_norm = self._row_terms
        return self._basis.with_rows(d_dirs[:n], inv_norm[:n])

    def vector(self, doc_id) -> np.ndarray | None:
        row = self.row_of.get(doc_id)
        return None if row is None or self.dense is None else self.dense[row].copy()

    def terms(self, doc_id):
        row = self.row_of.get(doc_id)
        return None if row is None or self.lex is None else self.lex.doc_terms(row)


def _measures(terms, style) -> np.ndarray:
    return measures(terms[0] if terms is not None else None, style)
