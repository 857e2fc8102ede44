"""A region's (and Flanders') numbers: the signals of its participating municipalities per municipality and type,
and per theme, for a period. No count from 1 to 4 is shown, nor one that could be computed back from the totals
(data built to leak: a municipality with one signal of one type). Only the scope's members read them."""

from datetime import date, datetime
from html import unescape

import pytest
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.insights import periods
from lokaalsignaal.insights.scope_overview import scope_overview
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalType
from tests.factories import MunicipalityFactory, member, region, scope_member

pytestmark = pytest.mark.django_db

YEAR = 2025


@pytest.fixture
def zuidwest(kortrijk, roeselare, theme):
    """Kortrijk: 12 signals, 7 'drempel' and 5 'onrecht'; Roeselare: 1 'drempel' (a count that must never show),
    all in 2025; a region with both, and a member who reads it."""
    def give(municipality, signal_type, n):
        giver = member(municipality)
        for i in range(n):
            signal = intake.submit_signal(giver, [municipality], {"signal_type": signal_type, "title": f"Signaal {i}",
                                                                  "description": "Wachttijd."}, [theme])[0]
            Signal.objects.filter(pk=signal.pk).update(
                submitted_at=timezone.make_aware(datetime(YEAR, 3, 1 + i, 10)))

    give(kortrijk, SignalType.THRESHOLD, 7)
    give(kortrijk, SignalType.INJUSTICE, 5)
    give(roeselare, SignalType.THRESHOLD, 1)
    scope = region(kortrijk, roeselare, name="Zuid-West")
    return scope, scope_member(scope, role="reader", full_name="Regio Lezer")


def test_no_small_count_shows_nor_one_that_subtraction_gives_back(zuidwest, kortrijk, roeselare):
    scope, reader = zuidwest
    o = scope_overview(reader, scope, periods.calendar_year(YEAR))

    lines = {line.label: line for line in o.municipalities}
    roeselare_line = lines[roeselare.name]
    assert "1" not in roeselare_line.cells and roeselare_line.total == "< 5"
    thresholds = o.types.index("Drempel")
    # Kortrijk's 'drempel' (7) and the column total (8) would give Roeselare's 1 back: one of them is hidden
    assert "verborgen" in (lines[kortrijk.name].cells[thresholds], o.type_totals[thresholds], o.total,
                           lines[kortrijk.name].total)
    visible = [cell for line in o.municipalities for cell in (*line.cells, line.total)] + [*o.type_totals, o.total]
    assert not any(cell in {"1", "2", "3", "4"} for cell in visible)


def test_a_theme_count_is_shown_alone_and_small_ones_as_less_than_five(zuidwest, theme):
    scope, reader = zuidwest
    o = scope_overview(reader, scope, periods.calendar_year(YEAR))
    assert [(line.label, line.shown) for line in o.themes] == [(theme.name, "13")]
    later = scope_overview(reader, scope, periods.calendar_year(YEAR + 1))
    assert later.themes == [] and later.total == "0"


def test_only_the_scopes_members_read_its_numbers(client, login, zuidwest, kortrijk):
    scope, reader = zuidwest
    url = reverse("region:numbers", args=[scope.pk])
    login(reader)
    page = unescape(client.get(url, {"periode": "jaar", "jaar": YEAR}).content.decode())
    assert "Signalen per gemeente en soort" in page and "< 5" in page
    other = region(MunicipalityFactory(name="Gent"), name="Gent-regio")
    outsider = member(kortrijk)
    for user in (outsider,):
        login(user)
        assert client.get(url).status_code == 404
        with pytest.raises(PermissionDenied):
            scope_overview(user, scope, periods.calendar_year(YEAR))
    login(reader)
    assert client.get(reverse("region:numbers", args=[other.pk])).status_code == 404
    assert date(YEAR, 1, 1) == periods.calendar_year(YEAR).first


def test_the_monthly_trend_hides_a_small_month_and_what_gives_it_back(zuidwest, roeselare):
    scope, reader = zuidwest
    alone = Signal.objects.get(municipality=roeselare)  # Roeselare's one signal, in a month of its own
    Signal.objects.filter(pk=alone.pk).update(submitted_at=timezone.make_aware(datetime(YEAR, 6, 10, 10)))

    o = scope_overview(reader, scope, periods.calendar_year(YEAR))

    months = dict(o.by_month)
    assert len(months) == 12 and months["Jun 2025"] == "< 5" and months["Jan 2025"] == "0"
    # March (12) and the total (13) would give June's 1 back: one of the two is hidden
    assert "verborgen" in (months["Mrt 2025"], o.total)
    assert not any(shown in {"1", "2", "3", "4"} for shown in months.values())


def test_the_response_share_shows_only_when_it_gives_no_small_count_back(zuidwest, kortrijk, roeselare):
    scope, reader = zuidwest
    period = periods.calendar_year(YEAR)
    answered_late = timezone.make_aware(datetime(YEAR, 12, 1, 10))
    Signal.objects.filter(municipality=kortrijk).update(first_feedback_at=F("submitted_at"))
    Signal.objects.filter(municipality=roeselare).update(first_feedback_at=answered_late)
    o = scope_overview(reader, scope, period)
    assert o.response_share is None  # 12 in time, 1 late: the late one would be a count of 1
    assert o.median_days_to_feedback == 0.0  # 13 answered: the median says nothing about one signal

    Signal.objects.filter(municipality=roeselare).update(first_feedback_at=F("submitted_at"))
    assert scope_overview(reader, scope, period).response_share == 100
