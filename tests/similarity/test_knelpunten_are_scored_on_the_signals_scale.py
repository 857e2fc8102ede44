"""A municipality has a handful of knelpunten. Scored among themselves (z-scores over the candidates) the best one
always looks like a strong match, however unrelated; so knelpunt texts are scored on the scale of the
municipality's signals (SimilarityEngine.search_calibrated), and a giver is offered a knelpunt only when it fits."""

import pytest

from lokaalsignaal.similarity import SimilarityEngine, knelpunt_index, services, suggest
from lokaalsignaal.similarity.engine import MIN_REFERENCE

from .conftest import WordHashEmbedder

TOPICS = {
    "woning": "Gezinnen wachten jaren op een sociale huurwoning bij de woonmaatschappij",
    "meter": "Gezinnen met een budgetmeter zitten zonder stroom en verwarming",
    "itsme": "Ouderen zonder smartphone kunnen geen itsme aanmaken voor het loket",
    "bus": "De buslijn naar het ziekenhuis is geschrapt en patienten geraken er niet",
    "tandarts": "Tandzorg is onbetaalbaar en mensen laten kiezen trekken",
    "opvang": "Kinderopvang heeft geen plaats voor werkzoekende ouders",
}
# a knelpunt's title and summary say what its signals say, in other words
KNELPUNTEN = {
    "k-woning": "Wachtlijst sociale huurwoningen. Gezinnen wachten jaren bij de woonmaatschappij.",
    "k-meter": "Budgetmeters: gezinnen zonder stroom en zonder verwarming.",
    "k-itsme": "Digitale drempel: ouderen zonder smartphone maken geen itsme aan voor het loket.",
}


def _signals():
    fillers = ["vertelde ons", "zagen we opnieuw", "melden collega's", "in onze werking", "bij huisbezoek",
               "deze maand"]
    return {f"{topic}-{i}": f"{text} {fillers[i]}" for topic, text in TOPICS.items() for i in range(6)}


@pytest.fixture
def engine():
    engine = SimilarityEngine("blend", embedder=WordHashEmbedder())
    engine.add_many(_signals().items(), partition="signals")
    engine.add_many(KNELPUNTEN.items(), partition="knelpunten")
    assert engine.size("signals") >= MIN_REFERENCE
    return engine


def test_among_themselves_the_best_knelpunt_always_scores_high(engine):
    """The problem: a draft about the bus, for which there is no knelpunt, still gets a confident top knelpunt."""
    best = engine.search(TOPICS["bus"], k=1, partition="knelpunten")[0]
    assert best.score > 0.9


def test_on_the_signals_scale_an_unrelated_knelpunt_scores_low(engine):
    best = engine.search_calibrated(TOPICS["bus"], k=1, partition="knelpunten", reference="signals")[0]
    assert best.score < suggest.GIVER_SCORE["blend"]


def test_on_the_signals_scale_the_fitting_knelpunt_comes_first_and_scores_high(engine):
    unrelated = engine.search_calibrated(TOPICS["bus"], k=1, partition="knelpunten", reference="signals")[0]
    for topic in ("woning", "meter", "itsme"):
        hits = engine.search_calibrated(TOPICS[topic], k=3, partition="knelpunten", reference="signals")
        assert hits[0].id == f"k-{topic}"
        assert hits[0].score > unrelated.score + 0.5 and hits[0].score > hits[1].score + 0.5
    woning = engine.search_calibrated(TOPICS["woning"], k=1, partition="knelpunten", reference="signals")[0]
    assert woning.score >= suggest.GIVER_SCORE["blend"]


def test_without_a_large_enough_reference_it_is_the_plain_search(engine):
    engine.add_many(list(_signals().items())[:5], partition="few")
    plain = engine.search(TOPICS["bus"], k=3, partition="knelpunten")
    assert engine.search_calibrated(TOPICS["bus"], k=3, partition="knelpunten", reference="few") == plain
    assert engine.search_calibrated(TOPICS["bus"], k=3, partition="knelpunten", reference="missing") == plain


@pytest.mark.django_db
def test_a_giver_is_offered_the_fitting_knelpunt_and_none_for_an_unknown_problem(
    kortrijk, giver, make_signal, make_knelpunt, indexed, monkeypatch
):
    monkeypatch.setattr(services, "_engine", SimilarityEngine("blend", embedder=WordHashEmbedder()))
    knelpunt_index.reset()
    signals = {key: make_signal(title=key, description=text) for key, text in _signals().items()}
    make_knelpunt("Wachtlijst sociale huurwoningen", summary=KNELPUNTEN["k-woning"],
                    signals=[signals["woning-0"]], visible_to_givers=True)
    make_knelpunt("Budgetmeters en afsluitingen", summary=KNELPUNTEN["k-meter"], visible_to_givers=True)
    indexed()
    try:
        woning = suggest.for_giver(giver, kortrijk, "Gezinnen wachten jaren op een sociale huurwoning")
        assert [s.obj.title for s in woning.knelpunten] == ["Wachtlijst sociale huurwoningen"]
        bus = suggest.for_giver(giver, kortrijk, "De buslijn naar het ziekenhuis is geschrapt")
        assert bus.knelpunten == []
        assert bus.signals and all(s.obj.title.startswith("bus-") for s in bus.signals)  # only the similar signals
    finally:
        knelpunt_index.reset()


def test_a_stored_knelpunt_finds_its_peers_on_the_same_scale_and_never_itself(engine):
    """The region's view: similar escalated knelpunten of other municipalities, from the stored vectors."""
    peer = "Wachtlijst voor sociale huurwoningen: gezinnen wachten jaren."
    engine.add("k-woning-elders", peer, partition="knelpunten")
    hits = engine.similar_to_calibrated("k-woning", k=4, partition="knelpunten", reference="signals")
    assert "k-woning" not in [h.id for h in hits]
    assert hits[0].id == "k-woning-elders" and hits[0].score > hits[1].score + 0.5
