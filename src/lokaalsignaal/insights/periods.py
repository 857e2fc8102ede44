"""The period an overview covers: this year, the last 12 months, a calendar year, or from–to. Dates are days in
Europe/Brussels, both included; `bounds` turns them into the aware datetimes the queries use."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

THIS_YEAR, LAST_12_MONTHS, YEAR, RANGE = "dit-jaar", "12-maanden", "jaar", "van-tot"
LONGEST_DAYS = 5 * 366  # a chosen range is at most five years


@dataclass(frozen=True)
class Period:
    kind: str
    first: date
    last: date

    @property
    def label(self) -> str:
        if self.kind == THIS_YEAR:
            return _("Dit jaar (%(year)s)") % {"year": self.first.year}
        if self.kind == YEAR:
            return str(self.first.year)
        return _("%(first)s tot en met %(last)s") % {"first": date_format(self.first, "j F Y"),
                                                    "last": date_format(self.last, "j F Y")}

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end): midnight of the first day to midnight after the last, in the current time zone."""
        start = timezone.make_aware(datetime.combine(self.first, time.min))
        return start, timezone.make_aware(datetime.combine(self.last + timedelta(days=1), time.min))

    def months(self) -> list[date]:
        """The first day of every month the period touches, oldest first."""
        found, month = [], self.first.replace(day=1)
        while month <= self.last:
            found.append(month)
            month = (month + timedelta(days=32)).replace(day=1)
        return found


def this_year(today: date | None = None) -> Period:
    today = today or timezone.localdate()
    return Period(THIS_YEAR, date(today.year, 1, 1), today)


def last_12_months(today: date | None = None) -> Period:
    today = today or timezone.localdate()
    first = today.replace(day=1)
    for _month in range(11):
        first = (first - timedelta(days=1)).replace(day=1)
    return Period(LAST_12_MONTHS, first, today)


def calendar_year(year: int) -> Period:
    return Period(YEAR, date(year, 1, 1), date(year, 12, 31))


def between(first: date, last: date) -> Period:
    return Period(RANGE, first, last)


def monthly_counts(signals, period: Period) -> dict[date, int]:
    """How many of `signals` (a queryset) fell in each month `period` touches, keyed on the month's first day (local
    time). One aggregate with a count per month between that month's bounds: comparing with a few bounds is cheaper
    than converting every signal's time to the local month (a third less at Flemish scale, see insights_bench)."""
    months = period.months()
    after = (months[-1] + timedelta(days=32)).replace(day=1)
    edges = [timezone.make_aware(datetime.combine(month, time.min)) for month in [*months, after]]
    found = signals.aggregate(**{f"m{i}": Count("pk", filter=Q(submitted_at__gte=low, submitted_at__lt=high))
                                 for i, (low, high) in enumerate(zip(edges, edges[1:], strict=False))})
    return {month: found[f"m{i}"] for i, month in enumerate(months)}


def month_label(month: date) -> str:
    return date_format(month, "M Y")
