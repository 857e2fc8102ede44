"""A new municipality has no signals yet: its index is empty. Loading an empty index, searching it, adding its first
signal and asking for similar signals and knelpunten work with the embedding path (dense vectors, centring and
style directions: partition.py) as well as the lexical one. A deterministic stand-in embedder plays the model."""

import numpy as np
import pytest

from lokaalsignaal.similarity import SimilarityEngine, suggest
from lokaalsignaal.similarity.partition import Partition
from tests.factories import MunicipalityFactory, coordinator, member

DRAFT = "Gezinnen wachten maanden op budgetbegeleiding en de schulden lopen op."


@pytest.mark.parametrize("method", ["blend", "embedding", "lexical"])
def test_an_empty_partition_loads_searches_and_takes_its_first_document(fake_embedder, method):
    engine = SimilarityEngine(method, fake_embedder)

    engine.load("nieuw", [])

    assert engine.has_partition("nieuw") and engine.size("nieuw") == 0
    assert engine.search(DRAFT, partition="nieuw") == []
    assert engine.search_calibrated(DRAFT, partition="nieuw", reference="nieuw") == []
    engine.add("eerste", DRAFT, partition="nieuw")
    assert [hit.id for hit in engine.search(DRAFT, partition="nieuw")] == ["eerste"]
    assert engine.similar_to("eerste", partition="nieuw") == []


def test_an_empty_bulk_add_leaves_a_partition_as_it_was(fake_embedder):
    vec = fake_embedder.embed([DRAFT])
    part = Partition(fake_embedder.dim, lexical=True, postings=False, style=True)
    part.add_bulk([], np.zeros((0, fake_embedder.dim), np.float32), [], [])
    part.add_bulk(["a"], vec, [None], [None])

    part.add_bulk([], np.zeros((0, fake_embedder.dim), np.float32), [], [])

    assert len(part) == 1 and part.ids == ["a"]
    part.remove("a")
    part.compact()  # nothing left alive: compacts to an empty partition
    assert len(part) == 0


@pytest.fixture
def embedding_engine(monkeypatch, fake_embedder):
    """The app's engine with the dense path on (the stand-in embedder instead of the model)."""
    from lokaalsignaal.similarity import services

    engine = SimilarityEngine("auto", fake_embedder)
    monkeypatch.setattr(services, "_engine", engine)
    return engine


@pytest.mark.django_db
def test_the_first_giver_of_a_new_municipality_gets_suggestions_and_the_next_finds_her_signal(
        embedding_engine, reference_lists, django_capture_on_commit_callbacks):
    from lokaalsignaal.intake import services as intake
    from lokaalsignaal.intake.models import SignalType
    from lokaalsignaal.reference.models import Theme
    from lokaalsignaal.similarity import services

    assert embedding_engine.uses_dense
    town = MunicipalityFactory(name="Nieuwdorp", refnis="99001")
    first, second = member(town), member(town)

    assert not suggest.for_giver(first, town, DRAFT)
    with django_capture_on_commit_callbacks(execute=True):
        signal = intake.submit_signal(first, [town], {"signal_type": SignalType.THRESHOLD,
                                                      "title": "Wachtlijst budgetbegeleiding", "description": DRAFT},
                                      [Theme.objects.first()])[0]

    suggest.for_giver(second, town, DRAFT)  # answers (whether one signal is similar enough to show is the
    # thresholds' business); the index holds the first signal:
    assert [hit.id for hit in services.similar_signals(town.pk, text=DRAFT)] == [signal.pk]
    # the coordinator's triage page of that first signal: nothing else to suggest yet
    boss = coordinator(town)
    triage = suggest.for_triage(boss, town, signal)
    assert (triage.knelpunten, triage.signals, suggest.clusters(boss, town)) == ([], [], [])
