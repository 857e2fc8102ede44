"""How long signals waited for a first answer, counted in the database: no signal is read into Python for it.

`waited()` is the wait of one signal (NULL while unanswered). The median days over a queryset of signals:

    totals = signals.annotate(waited=waited()).aggregate(answered=..., **median_aggregate())
    days = median_days(signals, totals["answered"], totals.get(MEDIAN))

On PostgreSQL the median is `percentile_cont(0.5)` in that same query (`median_aggregate`); elsewhere (SQLite) only
the one or two middle waits are read, sorted in the database and skipped to with OFFSET (the number of answered
signals is known from the totals). Both give the exact median (the mean of the two middle waits when their number is
even), in days to one decimal.
"""

from __future__ import annotations

import statistics
from datetime import timedelta

from django.db import connection
from django.db.models import Aggregate, DurationField, ExpressionWrapper, F

MEDIAN = "median_wait"
DAY = 86400


def waited() -> ExpressionWrapper:
    return ExpressionWrapper(F("first_feedback_at") - F("submitted_at"), output_field=DurationField())


class MedianWait(Aggregate):
    """PostgreSQL's exact median of an interval (the mean of the two middle ones when their number is even; NULLs,
    the signals without an answer, are left out)."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = DurationField()


def median_aggregate() -> dict:
    """What to add to the totals' `aggregate()` (over signals annotated with `waited`): the median on PostgreSQL."""
    return {MEDIAN: MedianWait("waited")} if connection.vendor == "postgresql" else {}


def median_days(signals, answered: int, median_wait: timedelta | None = None) -> float | None:
    """The median days from a signal to its first answer over `signals`, of which `answered` were answered;
    `median_wait` when the totals' query already computed it (`median_aggregate`)."""
    if not answered:
        return None
    if median_wait is None:
        middle = (signals.filter(first_feedback_at__isnull=False).annotate(answer_wait=waited())
                  .order_by("answer_wait").values_list("answer_wait", flat=True)[(answered - 1) // 2:answered // 2 + 1])
        return round(statistics.median(wait.total_seconds() / DAY for wait in middle), 1)
    return round(median_wait.total_seconds() / DAY, 1)
