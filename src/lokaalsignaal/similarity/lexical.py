"""Lexical text representation: hashed TF-IDF over character 4-grams (default) or stemmed words.

Character 4-grams score as well as 3-5-grams on bench/data/similarity_eval.jsonl (0.587 vs 0.594 precision@3
alone, equal inside the blend) with a third of the terms to store and keep in memory.

Pure Python + numpy, no Django. Used as the fallback when the embedding model is unavailable and as the
lexical half of the blend.

A document is turned into a *term vector*: unique hashed term ids (uint32, crc32 of the term, stable across
processes) with sublinear term frequencies (1 + log tf). Term vectors do not depend on the corpus, so they can
be stored (``terms_to_bytes``) and an index rebuilt from storage without re-tokenising. IDF weights live in the
index (``LexicalIndex``) and are computed from its document frequencies.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib
from array import array
from collections import Counter
from functools import lru_cache

import numpy as np

_NON_WORD = re.compile(r"[^0-9a-z]+")

# Short, very frequent Dutch function words. Only used by the word analyzer; char n-grams rely on IDF.
DUTCH_STOPWORDS = frozenset(
    """de het een en of maar want dus dat die dit deze der des den te ten ter van voor met op in aan uit bij
    naar over onder tot door om als dan toch ook nog al wel niet geen zo er hier daar waar wie wat hoe is zijn
    was waren wordt worden werd werden heeft hebben had hadden kan kunnen moet moeten zal zullen zou zouden
    mag mogen wil willen we wij ze zij hij haar hem hun hen men je jij u ik mij mijn ons onze jullie zich zelf
    veel meer weinig heel erg nu soms vaak even na sinds tegen zonder tussen per""".split()
)


def normalise(text: str) -> str:
    """Lowercase, strip accents (é -> e, ë -> e), keep only letters and digits separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _dutch_stemmer():
    try:
        import snowballstemmer  # optional
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Dutch Snowball stem when ``snowballstemmer`` is installed, else a crude suffix strip."""
    stemmer = _dutch_stemmer()
    if stemmer is not None:
        return stemmer.stemWord(word)
    for suffix in ("heden", "ingen", "ing", "en", "es", "e", "s"):  # pragma: no cover
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word  # pragma: no cover


def char_ngrams(text: str, n_min: int = 3, n_max: int = 5) -> list[str]:
    """Character n-grams within word boundaries (each word padded with one space on both sides)."""
    grams: list[str] = []
    for word in normalise(text).split():
        padded = f" {word} "
        length = len(padded)
        for n in range(n_min, n_max + 1):
            if length < n:
                break
            grams.extend(padded[i : i + n] for i in range(length - n + 1))
    return grams


def word_terms(text: str) -> list[str]:
    """Stemmed words without stopwords and one-letter tokens."""
    return [stem(w) for w in normalise(text).split() if len(w) > 1 and w not in DUTCH_STOPWORDS]


def _hash(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


class TermVectorizer:
    """Turns a text into (term ids uint32, sublinear tf float32). ``kind`` is "char" or "words"."""

    def __init__(self, kind: str = "char", n_min: int = 4, n_max: int = 4):
        if kind not in ("char", "words"):
            raise ValueError(f"unknown lexical kind {kind!r}")
        self.kind = kind
        self.n_min = n_min
        self.n_max = n_max

    @property
    def name(self) -> str:
        return f"lexical-char{self.n_min}{self.n_max}-v1" if self.kind == "char" else "lexical-words-v1"

    def __call__(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        terms = char_ngrams(text, self.n_min, self.n_max) if self.kind == "char" else word_terms(text)
        counts = Counter(_hash(t) for t in terms)
        ids = np.fromiter(counts.keys(), dtype=np.uint32, count=len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float32, count=len(counts))
        return ids, tf


def terms_to_bytes(ids: np.ndarray, tf: np.ndarray) -> bytes:
    """Serialise a term vector: n (uint32) + ids (uint32[n]) + tf (float16[n])."""
    n = len(ids)
    return (
        np.array([n], dtype="<u4").tobytes()
        + np.asarray(ids, dtype="<u4").tobytes()
        + np.asarray(tf, dtype="<f2").tobytes()
    )


def terms_from_bytes(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    n = int(np.frombuffer(data, dtype="<u4", count=1)[0])
    ids = np.frombuffer(data, dtype="<u4", count=n, offset=4).astype(np.uint32)
    tf = np.frombuffer(data, dtype="<f2", count=n, offset=4 + 4 * n).astype(np.float32)
    return ids, tf


class LexicalIndex:
    """Incremental inverted index with TF-IDF cosine scoring over integer rows.

    Rows are assigned by the caller (the engine's partition) so that lexical and dense scores align. Postings
    are compact ``array`` buffers (4 + 4 bytes per posting) read zero-copy by numpy. Document norms use the IDF
    known at insertion time; ``refresh_norms()`` recomputes them exactly (the engine calls it after bulk loads
    and compactions). Removed rows are masked by the caller.
    """

    def __init__(self, postings: bool = True, max_df: float = 0.05) -> None:
        self.max_df = max_df
        self.postings = postings  # False: only document frequencies + term vectors (re-ranking candidates)
        self._rows: dict[int, array] = {}
        self._tfs: dict[int, array] = {}
        self._df: dict[int, int] = {}
        self._doc_terms: list[tuple[np.ndarray, np.ndarray] | None] = []
        self._norm = np.zeros(0, dtype=np.float32)
        self.n_docs = 0

    def idf(self, term_ids: np.ndarray) -> np.ndarray:
        get = self._df.get
        df = np.fromiter((get(t, 0) for t in term_ids.tolist()), dtype=np.float32, count=len(term_ids))
        return np.log((1.0 + self.n_docs) / (1.0 + df)).astype(np.float32) + 1.0

    def add(self, row: int, ids: np.ndarray, tf: np.ndarray, *, compute_norm: bool = True) -> None:
        while len(self._doc_terms) <= row:
            self._doc_terms.append(None)
        self._doc_terms[row] = (ids, tf)
        if len(self._norm) <= row:
            grown = np.zeros(max(16, 2 * (row + 1)), dtype=np.float32)
            grown[: len(self._norm)] = self._norm
            self._norm = grown
        if not self.postings:
            df = self._df
            for t in ids.tolist():
                df[t] = df.get(t, 0) + 1
            self.n_docs += 1
            self._norm[row] = self._doc_norm(ids, tf) if compute_norm else 0.0
            return
        for t, w in zip(ids.tolist(), tf.tolist(), strict=True):
            postings = self._rows.get(t)
            if postings is None:
                self._rows[t] = array("I", (row,))
                self._tfs[t] = array("f", (w,))
                self._df[t] = 1
            else:
                postings.append(row)
                self._tfs[t].append(w)
                self._df[t] += 1
        self.n_docs += 1
        self._norm[row] = self._doc_norm(ids, tf) if compute_norm else 0.0

    def add_bulk(self, rows: list[int], terms: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Add many rows at once (vectorised: ~1-2 s for 60k documents), then recompute all norms exactly."""
        if not rows:
            return
        top = max(rows) + 1
        if len(self._doc_terms) < top:
            self._doc_terms.extend([None] * (top - len(self._doc_terms)))
        if len(self._norm) < top:
            grown = np.zeros(max(16, top + top // 4), dtype=np.float32)
            grown[: len(self._norm)] = self._norm
            self._norm = grown
        for row, t in zip(rows, terms, strict=True):
            self._doc_terms[row] = t
        was_empty = self.n_docs == 0
        lengths = [len(t[0]) for t in terms]
        all_ids = np.concatenate([t[0] for t in terms])
        order = np.argsort(all_ids)  # one sort serves df, postings and norms
        sorted_ids = all_ids[order]
        sorted_rows = np.repeat(np.asarray(rows, dtype=np.uint32), lengths)[order]
        sorted_tf = np.concatenate([t[1] for t in terms]).astype(np.float32)[order]
        starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
        uniq = sorted_ids[starts]
        counts = np.diff(np.r_[starts, len(sorted_ids)])
        df = self._df
        for t, c in zip(uniq.tolist(), counts.tolist(), strict=True):
            df[t] = df.get(t, 0) + c
        self.n_docs += len(rows)
        if self.postings:
            ends = (starts + counts).tolist()
            for t, a, b in zip(uniq.tolist(), starts.tolist(), ends, strict=True):
                postings = self._rows.get(t)
                if postings is None:
                    postings = self._rows[t] = array("I")
                    self._tfs[t] = array("f")
                postings.frombytes(sorted_rows[a:b].tobytes())
                self._tfs[t].frombytes(sorted_tf[a:b].tobytes())
        if not was_empty:  # IDF of older rows changed too
            self.refresh_norms()
            return
        w = sorted_tf * np.repeat(self.idf(uniq), counts)
        norms = np.sqrt(np.bincount(sorted_rows, weights=w.astype(np.float64) ** 2, minlength=top))[rows]
        norms[norms == 0] = 1.0
        self._norm[np.asarray(rows)] = norms.astype(np.float32)

    def remove(self, row: int) -> None:
        """Forget a row's contribution to document frequencies (its postings stay; the caller masks the row)."""
        terms = self._doc_terms[row] if row < len(self._doc_terms) else None
        if terms is None:
            return
        for t in terms[0].tolist():
            self._df[t] -= 1
        self._doc_terms[row] = None
        self.n_docs -= 1

    def _doc_norm(self, ids: np.ndarray, tf: np.ndarray) -> float:
        w = tf * self.idf(ids)
        return float(np.sqrt(np.dot(w, w))) or 1.0

    def refresh_norms(self) -> None:
        """Recompute every document norm with the current IDF (vectorised)."""
        rows = [r for r, t in enumerate(self._doc_terms) if t is not None]
        if not rows:
            return
        terms = [self._doc_terms[r] for r in rows]
        all_ids = np.concatenate([t[0] for t in terms])
        uniq, inverse = np.unique(all_ids, return_inverse=True)
        w = np.concatenate([t[1] for t in terms]).astype(np.float32) * self.idf(uniq)[inverse]
        doc = np.repeat(np.arange(len(rows)), [len(t[0]) for t in terms])
        norms = np.sqrt(np.bincount(doc, weights=w.astype(np.float64) ** 2, minlength=len(rows)))
        norms[norms == 0] = 1.0
        self._norm[np.asarray(rows)] = norms.astype(np.float32)

    def doc_terms(self, row: int) -> tuple[np.ndarray, np.ndarray] | None:
        return self._doc_terms[row] if row < len(self._doc_terms) else None

    def rerank_scores(self, ids: np.ndarray, tf: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine TF-IDF score of the query against the given rows only (no postings needed)."""
        out = np.zeros(len(rows), dtype=np.float32)
        if len(ids) == 0 or self.n_docs == 0:
            return out
        order = np.argsort(ids)
        ids, tf = ids[order], tf[order]
        idf = self.idf(ids)
        qw = tf * idf
        qnorm = float(np.sqrt(np.dot(qw, qw))) or 1.0
        qw_idf = qw * idf
        n_known = len(self._doc_terms)
        for i, row in enumerate(rows.tolist()):
            terms = self._doc_terms[row] if row < n_known else None  # a row stored without terms
            if terms is None:
                continue
            _, qi, di = np.intersect1d(ids, terms[0], assume_unique=True, return_indices=True)
            if len(qi):
                out[i] = float(np.dot(qw_idf[qi], terms[1][di])) / (qnorm * float(self._norm[row] or 1.0))
        return out

    def score_terms(self, ids: np.ndarray, tf: np.ndarray, docs: list) -> np.ndarray:
        """Cosine TF-IDF of the query against term vectors that are not in this index (``None`` scores 0),
        weighted with this index's IDF, so the scores are on the scale of ``rerank_scores``."""
        out = np.zeros(len(docs), dtype=np.float32)
        if len(ids) == 0 or self.n_docs == 0:
            return out
        order = np.argsort(ids)
        ids = ids[order]
        qw = tf[order] * self.idf(ids)
        qnorm = float(np.sqrt(np.dot(qw, qw))) or 1.0
        for i, doc in enumerate(docs):
            if doc is None or len(doc[0]) == 0:
                continue
            d_order = np.argsort(doc[0])
            d_ids = doc[0][d_order]
            dw = doc[1][d_order] * self.idf(d_ids)
            _, qi, di = np.intersect1d(ids, d_ids, assume_unique=True, return_indices=True)
            if len(qi):
                out[i] = float(np.dot(qw[qi], dw[di])) / (qnorm * (float(np.sqrt(np.dot(dw, dw))) or 1.0))
        return out

    def scores(self, ids: np.ndarray, tf: np.ndarray, n_rows: int) -> np.ndarray:
        """Cosine TF-IDF score of the query term vector against every row (float32[n_rows])."""
        out = np.zeros(n_rows, dtype=np.float32)
        if len(ids) == 0 or self.n_docs == 0:
            return out
        idf = self.idf(ids)
        qw = tf * idf
        qnorm = float(np.sqrt(np.dot(qw, qw))) or 1.0
        row_parts, weight_parts = [], []
        # In large indexes, terms found in more than max_df of the documents add little but cost the most.
        skip_df = self.max_df * self.n_docs if self.n_docs > 2000 else float("inf")
        for t, w, i in zip(ids.tolist(), qw.tolist(), idf.tolist(), strict=True):
            postings = self._rows.get(t)
            if postings is None or len(postings) > skip_df:
                continue
            row_parts.append(np.frombuffer(postings, dtype=np.uint32))
            weight_parts.append(np.frombuffer(self._tfs[t], dtype=np.float32) * np.float32(w * i))
        if not row_parts:
            return out
        rows = np.concatenate(row_parts)
        acc = np.bincount(rows, weights=np.concatenate(weight_parts), minlength=n_rows)[:n_rows]
        norms = self._norm[:n_rows]
        np.divide(acc, norms * qnorm, out=out, where=norms > 0, casting="unsafe")
        return out
