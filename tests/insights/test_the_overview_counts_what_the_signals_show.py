"""The overview of a municipality counts exactly the signals of the chosen period (withdrawn ones and other
municipalities' never), by type, theme, sector, stage and month; how fast the municipality answered; what waits
longest; the knelpunten opened, closed and decided in the period. Coordinators and readers read it, nobody else;
its cost does not grow with the number of signals."""

from datetime import date, datetime, timedelta
from html import unescape

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.insights import periods
from lokaalsignaal.insights.overview import municipality_overview
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db

YEAR = 2025
PERIOD = periods.calendar_year(YEAR)


def at(day: date, hour: int = 10) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day, hour))


@pytest.fixture
def given(make_signal):
    """given(day, answered_after_days=None, **fields) -> a signal submitted on `day` (and answered that many days
    later)."""

    def make(day, answered_after_days=None, **fields):
        signal = make_signal(**fields)
        Signal.objects.filter(pk=signal.pk).update(
            submitted_at=at(day),
            first_feedback_at=None if answered_after_days is None else at(day) + timedelta(days=answered_after_days))
        return Signal.objects.get(pk=signal.pk)

    return make


def rows(found) -> dict[str, int]:
    return {row.label: row.count for row in found}


def test_the_overview_counts_the_periods_signals_only(given, giver, kortrijk, roeselare, kortrijk_coordinator,
                                                     make_signal):
    given(date(YEAR, 3, 5), answered_after_days=3, signal_type=SignalType.INJUSTICE)
    given(date(YEAR, 3, 20), answered_after_days=40)
    given(date(YEAR, 11, 2))  # never answered: it waits
    given(date(YEAR - 1, 12, 31))  # the day before the period
    given(date(YEAR + 1, 1, 1))  # the day after
    withdrawn = given(date(YEAR, 6, 1))
    intake.withdraw_signal(giver, withdrawn.pk)
    elsewhere = member(roeselare)
    intake.submit_signal(elsewhere, [roeselare], {"signal_type": SignalType.THRESHOLD, "title": "Elders",
                                                  "description": "Een signaal van Roeselare."}, [])

    overview = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD, kept=False)

    assert overview.signals == 3
    assert rows(overview.by_type) == {"Onrecht of niet-opname van rechten": 1, "Drempel": 2}
    months = rows(overview.by_month)
    assert len(overview.by_month) == 12 and months["Mrt 2025"] == 2 and months["Nov 2025"] == 1
    assert sum(months.values()) == 3
    assert overview.response_days == kortrijk.response_days
    within = 1 if kortrijk.response_days < 40 else 2
    assert overview.within_response == within and overview.response_share == round(100 * within / 3)
    assert overview.median_days_to_feedback == 21.5
    assert [w.title for w in overview.waiting_longest] == ["Lange wachttijd voor budgetbegeleiding"]
    assert overview.organisations == 1 and overview.sectors == 1
    assert rows(overview.by_stage) == {"Nog niet bij een knelpunt": 3}
    assert sum(rows(overview.by_theme).values()) == 3


def test_knelpunten_opened_closed_and_decided_in_the_period_are_counted(given, kortrijk, kortrijk_coordinator,
                                                                        make_knelpunt):
    first = given(date(YEAR, 2, 1), answered_after_days=1)
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding", signals=[first])
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, "not_retained", "Geen structureel probleem.", 1)
    decisions.record_decision(kortrijk_coordinator, knelpunt.pk, {
        "body": "college", "decided_on": date(YEAR, 4, 1), "text": "Het college vraagt een analyse."})

    this_year = municipality_overview(kortrijk_coordinator, kortrijk, periods.this_year(), kept=False)
    that_year = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD, kept=False)

    assert (this_year.knelpunten_opened, this_year.knelpunten_closed) == (1, 1)  # made and closed today
    assert (that_year.knelpunten_opened, that_year.knelpunten_closed, that_year.knelpunten_decided) == (0, 0, 1)
    assert rows(that_year.by_stage) == {"Niet weerhouden": 1}


def test_the_highest_priority_open_knelpunten_lead_the_list(make_knelpunt, kortrijk, kortrijk_coordinator):
    from lokaalsignaal.casework.priority import services as priority

    make_knelpunt("Laag")
    high = make_knelpunt("Hoog")
    priority.override_priority(kortrijk_coordinator, high.pk, 90, "Dringend volgens het overleg.")
    closed = make_knelpunt("Gesloten")
    casework.change_stage(kortrijk_coordinator, closed.pk, "not_retained", "Niet weerhouden.", 1)

    top = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD, kept=False).top_knelpunten
    assert [k.title for k in top] == ["Hoog", "Laag"]


def test_only_coordinators_and_readers_of_the_municipality_read_the_overview(client, login, kortrijk, roeselare,
                                                                            given):
    given(date(YEAR, 3, 5))
    url = reverse("casework:overview", args=[kortrijk.slug])
    policy_reader = member(kortrijk, role=Role.READER)
    for allowed in (coordinator(kortrijk), policy_reader):
        login(allowed)
        assert client.get(url).status_code == 200
    for outsider in (member(kortrijk), coordinator(roeselare), member(kortrijk, role=Role.PARTNER)):
        login(outsider)
        assert client.get(url).status_code == 404
        with pytest.raises(PermissionDenied):
            municipality_overview(outsider, kortrijk, PERIOD, kept=False)
    client.logout()
    assert client.get(url).status_code == 302


def test_the_page_shows_each_chart_as_an_image_beside_a_table_with_the_same_numbers(client, login, given, kortrijk,
                                                                                   kortrijk_coordinator):
    given(date(YEAR, 3, 5), signal_type=SignalType.INJUSTICE)
    given(date(YEAR, 3, 6))
    login(kortrijk_coordinator)

    page = unescape(client.get(reverse("casework:overview", args=[kortrijk.slug]),
                               {"periode": "jaar", "jaar": YEAR}).content.decode())

    assert page.count('<img src="data:image/svg+xml;base64,') == 3 and "De tabel eronder geeft dezelfde" in page
    assert "<caption>Signalen per soort</caption>" in page
    assert "Periode: <strong>2025</strong>" in page
    assert "Sofie Gever" not in page  # numbers and titles, never who gave a signal


def test_a_wrong_period_is_a_clear_error_and_the_last_12_months_are_shown(client, login, kortrijk,
                                                                          kortrijk_coordinator):
    login(kortrijk_coordinator)
    page = unescape(client.get(reverse("casework:overview", args=[kortrijk.slug]), {
        "periode": "van-tot", "van": "2025-05-01", "tot": "2025-04-01"}).content.decode())
    assert "De laatste dag ligt na de eerste." in page
    assert periods.last_12_months().label in page


def test_the_overview_costs_the_same_for_3_or_30_signals(given, kortrijk, kortrijk_coordinator, make_knelpunt):
    def cost():
        with CaptureQueriesContext(connection) as queries:
            municipality_overview(kortrijk_coordinator, kortrijk, PERIOD, kept=False)
        return len(queries)

    for day in range(3):
        given(date(YEAR, 1 + day, 5), answered_after_days=2)
    make_knelpunt("Een")
    few = cost()
    for day in range(27):
        given(date(YEAR, 1 + day % 12, 6 + day % 20), answered_after_days=day)
    make_knelpunt("Twee")
    assert cost() == few


def test_the_overview_keeps_its_numbers_for_five_minutes_and_a_report_counts_now(given, kortrijk,
                                                                                 kortrijk_coordinator):
    given(date(YEAR, 2, 5))
    first = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD)
    given(date(YEAR, 3, 5))
    with CaptureQueriesContext(connection) as queries:
        again = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD)
    assert (again.signals, again.computed_at) == (first.signals, first.computed_at) == (1, first.computed_at)
    assert len(queries) <= 3  # the kept numbers, the permission and this person's top knelpunten
    assert municipality_overview(kortrijk_coordinator, kortrijk, PERIOD, kept=False).signals == 2


def test_asked_questions_count_as_open_until_answered(given, giver, kortrijk, kortrijk_coordinator):
    signal = given(date.today())
    triage.ask_question(kortrijk_coordinator, signal.pk, "Hoeveel gezinnen?")
    assert municipality_overview(kortrijk_coordinator, kortrijk, periods.this_year(), kept=False).open_questions == 1
    intake.answer_question(giver, signal.pk, "Een tiental.")
    assert municipality_overview(kortrijk_coordinator, kortrijk, periods.this_year(), kept=False).open_questions == 0
