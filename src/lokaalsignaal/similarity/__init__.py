"""Similar signals/knelpunten. The engine core (engine, lexical, embedding, cli) has no Django imports;
models.py/apps.py/services.py form the Django app ``lokaalsignaal.similarity`` around it."""

from .embedding import E5Embedder, Embedder, load_embedder, vector_from_bytes, vector_to_bytes
from .engine import METHODS, Encoded, Hit, SimilarityEngine

__all__ = [
    "METHODS",
    "E5Embedder",
    "Embedder",
    "Encoded",
    "Hit",
    "SimilarityEngine",
    "load_embedder",
    "vector_from_bytes",
    "vector_to_bytes",
]
