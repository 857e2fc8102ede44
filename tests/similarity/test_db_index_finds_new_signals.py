"""The DB-backed index (services.py). Runs once ``lokaalsignaal.similarity`` is in INSTALLED_APPS."""

import pytest


def make_signal(municipality, n, title, description):
    from lokaalsignaal.intake.models import Signal

    return Signal.objects.create(
        municipality=municipality,
        reference=f"T-{municipality.pk}-{n}",
        year=2026,
        number=n,
        signal_type="drempel",
        title=title,
        description=description,
    )


@pytest.fixture
def services(monkeypatch):
    from lokaalsignaal.similarity import SimilarityEngine, services

    monkeypatch.setattr(services, "_engine", SimilarityEngine("lexical", embedder=None))
    monkeypatch.setattr(services, "_seen", {})
    monkeypatch.setattr(services, "_recent", {})
    return services


@pytest.mark.django_db
def test_indexed_signal_is_found_at_once_and_only_in_its_municipality(services, municipality, other_municipality):
    a = make_signal(municipality, 1, "Budgetmeter", "Gezinnen met een budgetmeter zitten zonder stroom.")
    b = make_signal(municipality, 2, "Sociale woning", "Jaren wachten op een sociale huurwoning.")
    c = make_signal(other_municipality, 1, "Budgetmeter", "Mensen laden hun budgetmeter niet op.")
    for s in (a, b, c):
        services.index_signal(s)
    hits = services.similar_signals(municipality.pk, text="budgetmeter niet opgeladen, geen stroom", k=5)
    assert [h.id for h in hits][0] == a.pk and c.pk not in [h.id for h in hits]
    assert a.pk not in [h.id for h in services.similar_signals(municipality.pk, signal_id=a.pk, k=5)]

    # written by "another process": only the row exists, this process's index learns it on the next lookup
    from lokaalsignaal.similarity.models import SignalVector

    d = make_signal(municipality, 3, "Stroom", "Budgetmeter leeg, gezin zit in het donker zonder stroom.")
    enc = services.get_engine().encode(services.signal_text(d))
    SignalVector.objects.create(
        signal=d, municipality=municipality, model=services.get_engine().model_name, vector=enc.vector, terms=enc.terms
    )
    hits = services.similar_signals(municipality.pk, signal_id=a.pk, k=1)
    assert hits[0].id == d.pk


@pytest.mark.django_db
def test_reindex_backfills_missing_vectors(services, municipality):
    make_signal(municipality, 1, "Tandarts", "Tandzorg is te duur.")
    make_signal(municipality, 2, "Tandarts", "Mensen stellen de tandarts uit wegens de kosten.")
    assert services.reindex() == 2
    assert services.reindex() == 0
