"""Knelpunt texts are encoded once, by `manage.py encode_knelpunten`, and read back by every process that builds its
index of a municipality's knelpunten: the first request after a worker starts no longer embeds them all."""

from django.core.management import call_command

from lokaalsignaal.similarity import knelpunt_index, knelpunt_store, services
from lokaalsignaal.similarity.models import TextEncoding


def encoded_texts(monkeypatch) -> list[str]:
    """The texts this process encodes from now on."""
    engine, seen = services.get_engine(), []
    original = engine.encode_many

    def counting(texts):
        seen.extend(texts)
        return original(texts)

    monkeypatch.setattr(engine, "encode_many", counting)
    return seen


def test_the_index_reads_stored_encodings_and_encodes_only_a_text_changed_since(monkeypatch, kortrijk,
                                                                                make_knelpunt):
    first = make_knelpunt("Wachttijden budgetbegeleiding", summary="Gezinnen wachten maanden.")
    second = make_knelpunt("Geen kinderopvang voor werkzoekenden")
    call_command("encode_knelpunten", verbosity=0)
    assert TextEncoding.objects.count() == 2  # two internal texts; neither is published
    second.summary = "Ouders vinden geen plaats."
    second.save()

    encoded = encoded_texts(monkeypatch)
    queryset = type(first).objects.filter(municipality=kortrijk)
    knelpunt_index.sync(f"knelpunten:{kortrijk.pk}", queryset)

    assert encoded == ["Geen kinderopvang voor werkzoekenden\nOuders vinden geen plaats."]
    hits = knelpunt_index.find(f"knelpunten:{kortrijk.pk}", text="lange wachttijd budgetbegeleiding gezinnen")
    assert hits[0].id == first.pk


def test_encoding_the_knelpunten_again_writes_only_new_texts(kortrijk, make_knelpunt):
    make_knelpunt("Wachttijden budgetbegeleiding")
    assert knelpunt_store.store_all() == 1
    assert knelpunt_store.store_all() == 0
    make_knelpunt("Geen kinderopvang")
    assert knelpunt_store.store_all() == 1
    assert TextEncoding.objects.filter(model=services.get_engine().model_name).count() == 2


def test_an_unchanged_partition_is_checked_with_one_query_and_a_change_is_still_seen(kortrijk, make_knelpunt):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = make_knelpunt("Wachttijden budgetbegeleiding")
    make_knelpunt("Geen kinderopvang voor werkzoekenden")
    key, queryset = f"knelpunten:{kortrijk.pk}", type(first).objects.filter(municipality=kortrijk)
    knelpunt_index.sync(key, queryset)
    with CaptureQueriesContext(connection) as queries:
        knelpunt_index.sync(key, queryset)
    assert len(queries) == 1 and "COUNT(" in queries[0]["sql"]  # an aggregate, not every knelpunt's row

    first.title = "Schuldhulp: maanden wachten op een afspraak"
    first.save()
    knelpunt_index.sync(key, queryset)
    hits = knelpunt_index.find(key, text="schuldhulp wachten afspraak")
    assert hits[0].id == first.pk


def test_a_full_run_forgets_encodings_no_knelpunt_text_has_any_more(kortrijk, make_knelpunt):
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding")
    knelpunt_store.store_all()
    old = set(TextEncoding.objects.values_list("digest", flat=True))
    knelpunt.title = "Wachttijden schuldhulp"
    knelpunt.save()
    TextEncoding.objects.create(digest="0" * 64, model="een-ander-model")

    assert knelpunt_store.store_all() == 1
    assert set(TextEncoding.objects.values_list("digest", flat=True)) == {
        knelpunt_store.digest("Wachttijden schuldhulp")}
    assert not old & set(TextEncoding.objects.values_list("digest", flat=True))
