"""A kept query (`lokaalsignaal.kept_queries.KeptQuery`) is built and compiled once per process and run with each
call's values: it must give exactly what the ORM gives for those values, and refuse to keep a query whose SQL it
cannot safely reuse (a value written into the SQL, a value it was not given, a flag)."""

import threading
from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from lokaalsignaal import kept_queries
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.kept_queries import KeptCount, KeptList, KeptPages, KeptQuery, KeptUpdate
from lokaalsignaal.pagination import CappedPaginator, CountedRowsPaginator, counted
from tests.factories import member


@pytest.fixture
def two_givers(kortrijk, roeselare, giver, make_signal):
    other = member(roeselare, full_name="Ander Gever", email="ander@caw.be")
    for title in ("Eerste", "Tweede", "Derde"):
        make_signal(title=title)
    make_signal(giver=other, municipality=roeselare, title="Van de andere")
    return giver, other


def _signals(user_id):
    return (Signal.objects.filter(giver_id=user_id).select_related("municipality").prefetch_related("themes")
            .order_by("-submitted_at", "-id"))


def test_each_call_gives_the_rows_of_its_own_values_with_their_related_rows(two_givers):
    kept = KeptQuery(_signals)
    for person in two_givers * 2:  # the second round runs the kept SQL
        rows = kept(user_id=person.pk)
        assert [s.pk for s in rows] == [s.pk for s in _signals(person.pk)]
        assert all(s.giver_id == person.pk for s in rows)
        with CaptureQueriesContext(connection) as asked:
            names = [(s.municipality.name, [t.name for t in s.themes.all()]) for s in rows]
        assert not asked.captured_queries  # municipality and themes came with the rows
        assert names == [(s.municipality.name, [t.name for t in s.themes.all()]) for s in _signals(person.pk)]


def test_values_lists_annotations_and_moments_come_back_as_the_orm_gives_them(two_givers):
    def since(user_id, moment):
        return (Signal.objects.filter(giver_id=user_id, submitted_at__gt=moment).values("municipality__name")
                .annotate(n=Count("pk")).values_list("municipality__name", "n").order_by("municipality__name"))

    kept = KeptQuery(since)
    giver, other = two_givers
    before, after = timezone.now() - timedelta(days=1), timezone.now() + timedelta(days=1)
    for person in (giver, other, giver):
        assert kept(user_id=person.pk, moment=before) == list(since(person.pk, before))
        assert kept(user_id=person.pk, moment=after) == []
    assert kept(user_id=giver.pk, moment=before) == [("Kortrijk", 3)]


def test_what_changes_the_sql_is_kept_apart_as_a_shape(two_givers):
    kept = KeptQuery(lambda user_id, shape: _signals(user_id)[:shape])
    giver, _ = two_givers
    assert len(kept(shape=1, user_id=giver.pk)) == 1
    assert len(kept(shape=2, user_id=giver.pk)) == 2
    assert len(kept(shape=1, user_id=giver.pk)) == 1


def test_shapes_that_read_other_columns_convert_each_their_own(two_givers):
    def columns(user_id, shape):
        return Signal.objects.filter(giver_id=user_id).order_by("id").values_list(shape, flat=True)

    kept = KeptQuery(columns)
    giver, _other = two_givers
    for shape in ("submitted_at", "title", "has_open_question", "submitted_at", "title", "has_open_question"):
        assert kept(shape=shape, user_id=giver.pk) == list(columns(giver.pk, shape))


def test_a_value_written_into_the_sql_is_refused(two_givers):
    kept = KeptQuery(lambda user_id: Signal.objects.filter(pk__gt=RawSQL(f"SELECT {int(user_id)}", ())))
    with pytest.raises(ImproperlyConfigured, match="changes its SQL"):
        kept(user_id=two_givers[0].pk)


def test_a_query_that_depends_on_more_than_its_values_is_refused(two_givers):
    kept = KeptQuery(lambda user_id: Signal.objects.filter(giver_id=user_id, submitted_at__lt=timezone.now()))
    with pytest.raises(ImproperlyConfigured, match="depends on more"):
        kept(user_id=two_givers[0].pk)


def test_a_flag_is_refused_as_a_value_because_it_changes_the_shape(two_givers):
    kept = KeptQuery(lambda user_id, open_question: Signal.objects.filter(giver_id=user_id,
                                                                            has_open_question=open_question))
    with pytest.raises(TypeError, match="shape"):
        kept(user_id=two_givers[0].pk, open_question=True)


@pytest.mark.django_db(transaction=True)
def test_a_query_kept_in_one_thread_runs_on_the_connection_of_the_next(two_givers):
    """The development server and the browser tests answer each request in its own thread, with its own
    connection."""
    kept = KeptQuery(_signals)
    giver, _ = two_givers
    assert len(kept(user_id=giver.pk)) == 3
    found, failed = [], []

    def other_thread():
        try:
            found.append(len(kept(user_id=giver.pk)))
        except Exception as error:  # noqa: BLE001 (reported to the test below)
            failed.append(error)
        finally:
            connection.close()

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert not failed and found == [3]


def test_a_kept_count_and_a_kept_list_page_as_the_orm_pages(two_givers):
    rows = KeptQuery(lambda user_id, shape: _signals(user_id)[shape[0]:shape[1]])
    count = KeptCount(_signals)
    for person in two_givers * 2:
        assert count(user_id=person.pk) == _signals(person.pk).count()
        for number in (1, 2, 3, 99):
            kept = Paginator(KeptList(rows, count, {"user_id": person.pk}), 2).get_page(number)
            plain = Paginator(_signals(person.pk), 2).get_page(number)
            assert ([s.pk for s in kept], kept.number, kept.paginator.num_pages) == (
                [s.pk for s in plain], plain.number, plain.paginator.num_pages)


def test_a_shape_that_asks_nothing_gives_nothing_without_asking(two_givers):
    rows, count = KeptQuery(lambda user_id, shape: _signals(user_id)[:shape]), KeptCount(lambda user_id: _signals(
        user_id).none())
    with CaptureQueriesContext(connection) as asked:
        assert rows(shape=0, user_id=two_givers[0].pk) == [] and count(user_id=two_givers[0].pk) == 0
    assert not asked.captured_queries


def test_past_the_kept_shapes_a_query_is_built_per_call_and_still_right(two_givers, monkeypatch):
    """A shape can come from the address bar (a page number): only so many are kept."""
    monkeypatch.setattr(kept_queries, "MAX_SHAPES", 2)
    kept = KeptQuery(lambda user_id, shape: _signals(user_id)[:shape])
    giver, _ = two_givers
    assert [len(kept(shape=n, user_id=giver.pk)) for n in (1, 2, 3, 3, 1)] == [1, 2, 3, 3, 1]
    assert len(kept._kept) == 2


def test_a_value_the_database_would_refuse_finds_nothing_as_through_the_orm(two_givers):
    """Text with a NUL character or an integer past a column's range can be typed into an address."""
    rows = KeptQuery(lambda pk, reference: Signal.objects.filter(pk=pk, reference=reference))
    count = KeptCount(lambda pk: Signal.objects.filter(pk=pk))
    signal = Signal.objects.filter(giver=two_givers[0]).first()
    assert [s.pk for s in rows(pk=signal.pk, reference=signal.reference)] == [signal.pk]
    assert rows(pk=signal.pk, reference=signal.reference + "\x00") == []
    assert rows(pk=2**63 + 5, reference=signal.reference) == [] and count(pk=2**63 + 5) == 0


def test_a_capped_paginator_over_a_kept_list_counts_up_to_its_cap(two_givers):
    pages = KeptPages(_signals)
    giver, _ = two_givers
    for cap in (1, 2, 10):
        kept = CappedPaginator(pages.of(user_id=giver.pk), 1, cap=cap)
        plain = CappedPaginator(_signals(giver.pk), 1, cap=cap)
        assert (kept.count, kept.capped, kept.num_pages) == (plain.count, plain.capped, plain.num_pages)
        assert [s.pk for s in kept.get_page(2)] == [s.pk for s in plain.get_page(2)]


def test_a_list_whose_rows_say_its_length_pages_as_django_with_one_query_for_its_first_page(two_givers):
    pages = KeptPages(lambda user_id: counted(_signals(user_id)).values_list("pk", "listed", named=True))
    giver, other = two_givers
    for person, per_page in ((giver, 2), (giver, 3), (giver, 5), (other, 2)):
        for number in (None, "", "1", 1, 2, 3, 99, "nee", 0):
            with CaptureQueriesContext(connection) as asked:
                kept = CountedRowsPaginator(pages.of(user_id=person.pk), per_page).get_page(number)
                shown = ([s.pk for s in kept], kept.number, kept.paginator.num_pages, kept.paginator.count)
            plain = Paginator(_signals(person.pk), per_page).get_page(number)
            assert shown == ([s.pk for s in plain], plain.number, plain.paginator.num_pages, plain.paginator.count)
            if number in (None, "", "1", 1):
                assert len(asked) == 1  # the rows, each with the list's length: no count of its own
    nobody = CountedRowsPaginator(pages.of(user_id=two_givers[0].pk + 1000), 2).get_page(1)
    assert (list(nobody), nobody.number, nobody.paginator.count) == ([], 1, 0)


def test_a_kept_update_sets_the_rows_of_its_own_values_and_counts_them(two_givers):
    giver, other = two_givers
    kept = KeptUpdate(lambda user_id, title, now: (Signal.objects.filter(giver_id=user_id, title=title),
                                                   {"updated_at": now}))
    first, second = timezone.now() - timedelta(days=3), timezone.now() - timedelta(days=2)
    assert kept(user_id=giver.pk, title="Eerste", now=first) == 1  # built and kept
    assert kept(user_id=giver.pk, title="Tweede", now=second) == 1  # the kept SQL
    assert kept(user_id=other.pk, title="Eerste", now=second) == 0  # another giver's signals are not hers
    assert kept(user_id=giver.pk, title="Eer\x00ste", now=second) == 0  # through the ORM: nothing found
    moments = dict(Signal.objects.filter(giver=giver).values_list("title", "updated_at"))
    assert (moments["Eerste"], moments["Tweede"]) == (first, second) and moments["Derde"] not in (first, second)


def test_a_kept_update_of_more_than_one_table_is_refused(two_givers):
    giver, _other = two_givers
    kept = KeptUpdate(lambda user_id, now: (Signal.objects.filter(municipality__name="Kortrijk", giver_id=user_id),
                                            {"updated_at": now}))
    with pytest.raises(ImproperlyConfigured):
        kept(user_id=giver.pk, now=timezone.now())
