"""The overview's median days to a first answer is exact (the middle wait, or the mean of the two middle ones) and is
counted in the database: no query reads the answer time of every answered signal into Python (PostgreSQL takes the
median in the totals' query, SQLite reads only the one or two middle waits)."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lokaalsignaal.insights.overview import municipality_overview
from lokaalsignaal.intake import services as intake
from tests.insights import test_the_overview_counts_what_the_signals_show as overview_tests

pytestmark = pytest.mark.django_db
PERIOD, YEAR = overview_tests.PERIOD, overview_tests.YEAR
given = overview_tests.given  # the fixture: given(day, answered_after_days=None, **fields) -> a signal


@pytest.mark.parametrize(("waits", "median"), [
    ([0.25, 3.25, 40, None], 3.2),  # odd: the middle one (3 days and 6 hours); the unanswered one does not count
    ([1, 2, 4.5, 10], 3.2),  # even: the mean of the two middle ones (3 days and 6 hours)
    ([0.5], 0.5),
    ([None, None], None),  # nothing answered: no median
])
def test_the_median_is_the_middle_wait_to_a_tenth_of_a_day(given, kortrijk, kortrijk_coordinator, waits, median):
    for month, wait in enumerate(waits, start=1):
        given(date(YEAR, month, 10), answered_after_days=wait)

    assert municipality_overview(kortrijk_coordinator, kortrijk, PERIOD).median_days_to_feedback == median


def test_a_withdrawn_signals_answer_time_does_not_count(given, giver, kortrijk, kortrijk_coordinator):
    given(date(YEAR, 2, 1), answered_after_days=2)
    withdrawn = given(date(YEAR, 3, 1), answered_after_days=30)
    intake.withdraw_signal(giver, withdrawn.pk)

    assert municipality_overview(kortrijk_coordinator, kortrijk, PERIOD).median_days_to_feedback == 2.0


def test_no_query_reads_the_answer_time_of_every_answered_signal(given, kortrijk, kortrijk_coordinator):
    for day in range(1, 12):
        given(date(YEAR, 4, day), answered_after_days=day)

    with CaptureQueriesContext(connection) as queries:
        overview = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD)

    assert overview.median_days_to_feedback == 6.0
    reading_answers = [q["sql"] for q in queries.captured_queries if "first_feedback_at" in q["sql"].lower()]
    assert reading_answers
    for sql in reading_answers:  # a count, the median itself, or a few rows (LIMIT)
        assert any(word in sql.upper() for word in ("COUNT(", "PERCENTILE_CONT(", "LIMIT")), sql
