"""The dates of the lists written in Python (`pages.row_html.time_tag`) are written once per moment, language and time
zone and reused: each language gets its own month names, each time zone its own day."""

from datetime import UTC, datetime

from django.utils import timezone, translation

from lokaalsignaal.pages.row_html import time_tag

LATE = datetime(2026, 3, 31, 22, 30, tzinfo=UTC)  # 1 April in Brussels
MARCH = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def test_each_language_gets_its_own_month_and_the_same_moment_again():
    with translation.override("nl"):
        dutch = time_tag(MARCH)
    with translation.override("en"):
        english = time_tag(MARCH)
    with translation.override("nl"):
        assert time_tag(MARCH) == dutch
    assert dutch == '<time datetime="2026-03-14T10:00:00+01:00">14 mrt 2026</time>'
    assert english == '<time datetime="2026-03-14T10:00:00+01:00">14 mar 2026</time>'


def test_each_time_zone_gets_its_own_day():
    with translation.override("nl"), timezone.override("UTC"):
        assert time_tag(LATE) == '<time datetime="2026-03-31T22:30:00+00:00">31 mrt 2026</time>'
    with translation.override("nl"):
        assert time_tag(LATE).endswith(">1 apr 2026</time>")
