"""Helpers for the similarity engine tests (pure engine: no database, no Django settings needed)."""

import zlib

import numpy as np
import pytest

from lokaalsignaal.similarity.lexical import normalise

TEXTS = {
    "woning-1": "Gezinnen wachten jaren op een sociale huurwoning bij de woonmaatschappij.",
    "woning-2": "De wachtlijst voor sociale woningen is acht jaar; huren op de private markt is te duur.",
    "meter-1": "Gezinnen met een budgetmeter zitten in de winter zonder stroom.",
    "meter-2": "Mensen kunnen hun budgetmeter niet opladen en zitten zonder elektriciteit.",
    "itsme-1": "Zonder smartphone geen itsme, dus geen toegang tot het ziekenfonds of de belastingen.",
    "itsme-2": "Ouderen zonder smartphone kunnen geen itsme aanmaken en raken niet in hun dossier bij het ziekenfonds.",
}


class WordHashEmbedder:
    """A deterministic stand-in for the embedding model: hashed bag of words, L2-normalised."""

    name = "test-word-hash"
    dim = 64

    def __init__(self):
        self.calls = 0

    def embed(self, texts):
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in normalise(text).split():
                if len(word) > 3:
                    out[i, zlib.crc32(word[:6].encode()) % self.dim] += 1.0
            norm = np.linalg.norm(out[i])
            if norm:
                out[i] /= norm
        return out


@pytest.fixture
def fake_embedder():
    return WordHashEmbedder()


# Kortrijk, a giver, its coordinator, signals and knelpunten made through the services: tests/conftest.py.


@pytest.fixture
def indexed():
    """indexed(): write the similarity vectors of every signal (in the app this happens after each commit)."""
    from lokaalsignaal.similarity import services

    def run():
        services.reindex()

    return run
