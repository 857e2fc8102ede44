"""What the blend removes from the embeddings before comparing them: the corpus mean and two *style* directions.

Within one corpus of signals the e5 embeddings vary most with how a text is written, not with the problem it
describes: a telegram note and a long story about the same problem lie far apart, two long stories about
different problems close together. Four style measures explain much of that (bench/results/similarity.json):

- **length**: log(1 + distinct char 4-grams), which correlates 0.98 with log characters; the first principal
  component of the embeddings correlates 0.72-0.82 with it on all our evaluation sets;
- **narrative register**: the share of words that tell a case rather than state a problem (pronouns, past-tense
  auxiliaries and verbs of telling, "vorige week", "ik/we"). Anecdotes ("Een moeder vertelde ...") otherwise
  match other anecdotes about other problems;
- **telegram style**: the share of function words (a note "voorschot gas/elek verdubbeld" has none);
- **sentences**: log(1 + sentence marks), one line versus a paragraph.

For each measure the partition keeps running sums, so its direction in embedding space (the covariance of the
vectors with the measure) is known at any time without a pass over the data; the directions are made
orthonormal and removed from every vector (after subtracting the mean) before the cosine. This is unsupervised
and adapts to each municipality's corpus; even a partition of 15 signals gains from it.

No Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .lexical import DUTCH_STOPWORDS, normalise

# Words that mark telling a case (who did what, when) rather than stating a problem. Function words only:
# no word here names a social problem, so removing this direction cannot remove a topic.
NARRATIVE_WORDS = frozenset(
    """hij zij ze haar hem zijn was waren had hadden werd werden kwam kwamen zei zeiden vertelde vertelden
    toonde vroeg toen vorige gisteren vanmorgen vanochtend een mijn ik me we wij ons onze""".split()
)
N_TEXT_MEASURES = 3  # narrative register, function words, sentences: measured on the text, stored with the terms
N_MEASURES = 1 + N_TEXT_MEASURES  # and the length, which is read from the stored term vector
_TRAILER = b"S"
_SENTENCE_MARK = re.compile(r"[.!?;]+")


def narrative_share(text: str) -> float:
    words = normalise(text).split()
    return sum(w in NARRATIVE_WORDS for w in words) / len(words) if words else 0.0


def text_measures(text: str) -> np.ndarray:
    """[narrative share, function-word share, log(1 + sentence marks)] of a text."""
    words = normalise(text).split()
    n = len(words) or 1
    return np.array(
        [
            sum(w in NARRATIVE_WORDS for w in words) / n,
            sum(w in DUTCH_STOPWORDS for w in words) / n,
            np.log1p(len(_SENTENCE_MARK.findall(text or ""))),
        ],
        dtype=np.float32,
    )


def measures(term_ids: np.ndarray | None, text_values: np.ndarray | None) -> np.ndarray:
    """All style measures of one document: [log(1 + distinct terms), *text_measures]; NaN where unknown."""
    out = np.full(N_MEASURES, np.nan, dtype=np.float32)
    if term_ids is not None:
        out[0] = np.log1p(len(term_ids))
    if text_values is not None:
        out[1 : 1 + len(text_values)] = text_values[:N_TEXT_MEASURES]
    return out


def with_measures(terms_bytes: bytes, values: np.ndarray) -> bytes:
    """Append the text measures to a stored term vector (readers of the term vector ignore trailing bytes)."""
    return terms_bytes + _TRAILER + np.asarray(values, dtype="<f4").tobytes()


def measures_of(terms_bytes: bytes) -> np.ndarray | None:
    """The text measures stored by ``with_measures`` (older vectors may hold fewer: the rest is NaN), or
    ``None`` for a term vector stored without them."""
    data = bytes(terms_bytes)
    if len(data) < 4:
        return None
    n = int(np.frombuffer(data, dtype="<u4", count=1)[0])
    end = 4 + 6 * n
    stored = (len(data) - end - 1) // 4
    if data[end : end + 1] != _TRAILER or stored < 1 or len(data) != end + 1 + 4 * stored:
        return None
    values = np.full(N_TEXT_MEASURES, np.nan, dtype=np.float32)
    got = np.frombuffer(data, dtype="<f4", count=min(stored, N_TEXT_MEASURES), offset=end + 1)
    values[: len(got)] = got
    return values


class StyleStats:
    """Running sums that give the style directions of a partition's vectors, exact under add and remove."""

    def __init__(self, dim: int):
        self.dim = dim
        self.values = np.full((0, N_MEASURES), np.nan, dtype=np.float32)  # per row; NaN = unknown
        self.count = np.zeros(N_MEASURES, dtype=np.int64)  # rows with a vector and a known measure
        self.f_sum = np.zeros(N_MEASURES, dtype=np.float64)
        self.fd_sum = np.zeros((N_MEASURES, dim), dtype=np.float64)
        self.d_sum = np.zeros((N_MEASURES, dim), dtype=np.float64)

    def grow(self, cap: int, n_rows: int) -> None:
        values = np.full((cap, N_MEASURES), np.nan, dtype=np.float32)
        values[:n_rows] = self.values[:n_rows]
        self.values = values

    def add(self, rows: slice | int, vecs: np.ndarray, values: np.ndarray) -> None:
        self._update(rows, vecs, values, +1)

    def remove(self, row: int, vec: np.ndarray) -> None:
        self._update(row, vec, self.values[row].copy(), -1)
        self.values[row] = np.nan

    def _update(self, rows, vecs, values, sign: int) -> None:
        vecs = np.atleast_2d(np.asarray(vecs, dtype=np.float64))
        values = np.atleast_2d(np.asarray(values, dtype=np.float64))
        if sign > 0:
            self.values[rows] = values if not isinstance(rows, int) else values[0]
        known = ~np.isnan(values)
        for j in range(N_MEASURES):
            mask = known[:, j]
            if not mask.any():
                continue
            f, d = values[mask, j], vecs[mask]
            self.count[j] += sign * int(mask.sum())
            self.f_sum[j] += sign * float(f.sum())
            self.fd_sum[j] += sign * (f @ d)
            self.d_sum[j] += sign * d.sum(axis=0)

    def directions(self) -> np.ndarray:
        """Orthonormal style directions (k x dim, k <= N_MEASURES): covariance of vectors and measure."""
        out: list[np.ndarray] = []
        for j in range(N_MEASURES):
            n = int(self.count[j])
            if n < 3:
                continue
            cov = self.fd_sum[j] - self.f_sum[j] * self.d_sum[j] / n
            for prev in out:
                cov = cov - (cov @ prev) * prev
            norm = float(np.linalg.norm(cov))
            if norm > 1e-6 * n:  # a measure that is (almost) constant has no direction
                out.append(cov / norm)
        return np.array(out, dtype=np.float32).reshape(len(out), self.dim)


@dataclass(frozen=True)
class Basis:
    """The mean ``mu`` and orthonormal style directions ``dirs`` (k x dim) removed before the cosine, and, per
    stored row, what does not depend on the query (``with_rows``): ``d_dirs`` = (d - mu).u for every direction
    (n x k) and ``inv_norm`` = 1 / |P(d - mu)|."""

    mu: np.ndarray
    dirs: np.ndarray
    d_dirs: np.ndarray | None = None
    inv_norm: np.ndarray | None = None

    def row_terms(self, dense: np.ndarray, sqnorm: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(d_dirs, inv_norm) for some rows; one pass over them."""
        proj = dense @ np.concatenate([self.mu[None, :], self.dirs]).T
        d_dirs = proj[:, 1:] - (self.dirs @ self.mu)[None, :]
        norm2 = sqnorm - 2.0 * proj[:, 0] + float(self.mu @ self.mu)  # |d - mu|^2
        norm2 = norm2 - np.einsum("ij,ij->i", d_dirs, d_dirs)
        return d_dirs.astype(np.float32), (1.0 / np.sqrt(np.maximum(norm2, 1e-12))).astype(np.float32)

    def with_rows(self, d_dirs: np.ndarray, inv_norm: np.ndarray) -> Basis:
        return Basis(self.mu, self.dirs, d_dirs, inv_norm)

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        """Rows (or one vector) minus the mean, minus their components along the style directions."""
        out = np.asarray(vectors, dtype=np.float32) - self.mu
        return out - (out @ self.dirs.T) @ self.dirs if len(self.dirs) else out


def centred_cosines(dense: np.ndarray, sqnorm: np.ndarray, vec: np.ndarray, basis: Basis) -> np.ndarray:
    """cos(P(d - mu), P(q - mu)) for every row d of ``dense``, P removing the style directions; rows without a
    vector (|d|^2 = 0) score -1. With the per-row terms of ``basis`` cached this is one pass over the matrix,
    as fast as plain cosines: P(d - mu).P(q - mu) = d.q - mu.q - sum over u of ((d - mu).u)(q.u)."""
    if basis.d_dirs is None:
        basis = basis.with_rows(*basis.row_terms(dense, sqnorm))
    q = np.asarray(vec, dtype=np.float32) - basis.mu
    q_dirs = basis.dirs @ q
    dot = dense @ q - float(basis.mu @ q)
    if len(q_dirs):
        dot -= basis.d_dirs @ q_dirs
    q_norm = np.sqrt(max(float(q @ q) - float(q_dirs @ q_dirs), 0.0)) or 1.0
    out = dot * basis.inv_norm / q_norm
    out[sqnorm == 0] = -1.0
    return out.astype(np.float32, copy=False)


def row_cosines(cand: np.ndarray, vec: np.ndarray, basis: Basis | None) -> np.ndarray:
    """Cosine (after ``basis.apply`` when given) of one vector against some rows."""
    if basis is not None:
        cand, vec = basis.apply(cand), basis.apply(vec)
    norms = np.linalg.norm(cand, axis=1) * (float(np.linalg.norm(vec)) or 1.0)
    norms[norms == 0] = 1.0
    return (cand @ vec) / norms
