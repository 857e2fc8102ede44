"""A signal names its giver until its municipality's retention term (default 24 months, 6 to 120) has passed after it
was closed: its knelpunt afgerond (or niet weerhouden), or the signal itself niet weerhouden. Then the daily run takes
her name off (text, sector and numbers stay; what she wrote stays without her name), once: a second run changes
nothing. The audit log holds the count, never a reference. Coordinators see what goes in the next month."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import CLOSED, Stage
from lokaalsignaal.intake import retention, triage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.notifications.models import Notification
from tests.factories import OrganisationFactory, coordinator, member
from tests.html import page, words

pytestmark = pytest.mark.django_db

DAY = timedelta(days=1)


@pytest.fixture
def clock(monkeypatch):
    """clock(days): from now on the clock reads that many days after the test started (also for rows written)."""
    start = timezone.now()

    def move(days):
        moment = start + timedelta(days=days)
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return move


@pytest.fixture
def giver(kortrijk):
    organisation = OrganisationFactory(name="CAW Zuid-West", verified=True)
    return member(kortrijk, full_name="Sofie Gever", email="sofie.gever@caw.be", organisation=organisation)


def close(knelpunt, by, to=Stage.DONE):
    """Through the stages to afgerond (or straight to niet weerhouden), the way a coordinator does it."""
    path = [Stage.ANALYSIS, Stage.PROPOSAL, Stage.EXECUTION, Stage.DONE] if to == Stage.DONE else [to]
    for stage in path:
        knelpunt.refresh_from_db()
        casework.change_stage(by, knelpunt.pk, stage, "Bericht aan de signaalgevers.", knelpunt.version)
    knelpunt.refresh_from_db()
    return knelpunt


@pytest.fixture
def closed_signal(clock, make_signal, make_knelpunt, giver, kortrijk_coordinator, committed):
    """A signal of the giver, with her comment, in a knelpunt made afgerond on day 0."""
    clock(0)
    with committed():
        signal = make_signal()
        intake.add_comment(giver, signal.pk, "Nog een aanvulling van mij.")
        knelpunt = make_knelpunt(signals=[signal])
        close(knelpunt, kortrijk_coordinator)
    signal.refresh_from_db()
    return signal


def months_later(months, days=0):
    return retention.add_months(timezone.now(), months) + timedelta(days=days)


def test_the_giver_stays_until_the_term_has_passed_then_only_her_name_goes(closed_signal, clock, giver):
    start = timezone.now()
    clock((retention.add_months(start, 24) - start).days - 1)
    assert retention.apply_retention() == {}
    closed_signal.refresh_from_db()
    assert closed_signal.giver == giver

    clock((retention.add_months(start, 24) - start).days + 1)
    assert retention.apply_retention() == {"kortrijk": 1}

    closed_signal.refresh_from_db()
    assert closed_signal.giver is None
    assert closed_signal.title == "Lange wachttijd voor budgetbegeleiding"
    assert closed_signal.description.startswith("Veel gezinnen")
    assert closed_signal.sector == giver.organisation.sector
    assert closed_signal.organisation == giver.organisation
    assert closed_signal.knelpunt.signal_count == 1
    comment = closed_signal.events.get(kind=SignalEvent.Kind.COMMENT)
    assert (comment.body, comment.actor) == ("Nog een aanvulling van mij.", None)
    assert not closed_signal.events.filter(actor=giver).exists()
    assert closed_signal.events.filter(kind=SignalEvent.Kind.LINKED, actor__isnull=False).exists()  # coordinator's


def test_a_second_run_changes_nothing_and_the_audit_holds_the_count_only(closed_signal, clock):
    clock(800)
    call_command("apply_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert retention.apply_retention() == {}

    (event,) = AuditEvent.objects.filter(action="signals.anonymised")
    assert (event.actor, event.municipality, event.payload) == (None, closed_signal.municipality,
                                                                {"signals": 1, "months": 24})
    assert closed_signal.reference not in str(event.payload) + event.object_id


def test_each_municipality_keeps_its_own_term(kortrijk, roeselare, clock, make_signal, giver,
                                              kortrijk_coordinator, committed):
    roeselare.retention_months = 6
    roeselare.save()
    roeselare_giver = member(roeselare, email="an@ocmw.be")
    roeselare_coordinator = coordinator(roeselare, email="rita@roeselare.be")
    clock(0)
    with committed():
        here = make_signal()
        there = make_signal(giver=roeselare_giver, municipality=roeselare)
        triage.set_aside(kortrijk_coordinator, [here], "Geen structureel probleem.")
        triage.set_aside(roeselare_coordinator, [there], "Geen structureel probleem.")

    clock(200)
    assert retention.apply_retention() == {"roeselare": 1}
    here.refresh_from_db()
    there.refresh_from_db()
    assert (here.giver, there.giver) == (giver, None)


def test_a_knelpunt_reopened_or_a_signal_taken_up_again_is_not_due(closed_signal, clock, kortrijk_coordinator,
                                                                   make_signal, make_knelpunt):
    clock(10)
    knelpunt = closed_signal.knelpunt
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "Heropend.", knelpunt.version)
    set_aside = make_signal()
    triage.set_aside(kortrijk_coordinator, [set_aside], "Niet weerhouden.")
    casework.link(kortrijk_coordinator, [set_aside.pk], make_knelpunt("Ander knelpunt").pk)
    still_open = make_signal()

    clock(3000)
    assert retention.apply_retention() == {}
    assert not Signal.objects.filter(pk__in=[closed_signal.pk, set_aside.pk, still_open.pk],
                                     giver__isnull=True).exists()


def test_a_knelpunt_closed_as_niet_weerhouden_counts_as_closed(clock, make_signal, make_knelpunt,
                                                               kortrijk_coordinator):
    clock(0)
    signal = make_signal()
    close(make_knelpunt(signals=[signal]), kortrijk_coordinator, to=Stage.NOT_RETAINED)

    clock(750)
    assert retention.apply_retention() == {"kortrijk": 1}


def test_her_notifications_about_the_signal_go_with_her_name(closed_signal, clock, giver):
    assert Notification.objects.filter(user=giver, signal=closed_signal).exists()

    clock(800)
    retention.apply_retention()

    assert not Notification.objects.filter(signal=closed_signal).exists()


def test_intake_knows_the_closed_stages_of_casework():
    assert set(retention.KNELPUNT_CLOSED) == {str(stage) for stage in CLOSED}


def test_coordinators_see_what_becomes_anonymous_in_the_next_month(closed_signal, clock, client, login, kortrijk,
                                                                   kortrijk_coordinator, make_signal):
    start = timezone.now()
    later = make_signal(title="Een signaal dat pas later afgesloten wordt")
    clock(40)
    triage.set_aside(kortrijk_coordinator, [later], "Niet weerhouden.")
    url = reverse("retention:upcoming", args=[kortrijk.slug])

    clock((retention.add_months(start, 24) - start).days - 20)
    login(kortrijk_coordinator)  # a session of that day
    body = words(client.get(url))
    assert closed_signal.reference in body
    assert "Lange wachttijd voor budgetbegeleiding" in body
    assert later.reference not in body
    assert "Sofie" not in body

    clock(800)
    retention.apply_retention()
    login(kortrijk_coordinator)
    assert closed_signal.reference not in page(client.get(url))


def test_the_term_is_a_setting_of_the_municipality_between_6_and_120_months(client, login, kortrijk,
                                                                             kortrijk_coordinator):
    login(kortrijk_coordinator)
    url = reverse("accounts:settings", args=[kortrijk.slug])
    current = {"auto_approve_domains": "", "response_days": "14", "intro_text": ""}

    assert "Zoveel maanden" in page(client.get(url))
    for wrong in ("5", "121"):
        response = client.post(url, {**current, "retention_months": wrong})
        assert response.status_code == 200
        assert f'value="{wrong}"' in page(response)  # her input stays
    kortrijk.refresh_from_db()
    assert kortrijk.retention_months == 24

    assert client.post(url, {**current, "retention_months": "36"}).status_code == 302
    kortrijk.refresh_from_db()
    assert kortrijk.retention_months == 36
    assert AuditEvent.objects.filter(action="municipality.settings_changed",
                                     payload__fields=["retention_months"]).exists()


def test_the_run_costs_the_same_queries_for_2_or_8_signals_of_as_many_givers(kortrijk, clock, make_signal,
                                                                             kortrijk_coordinator):
    def run_with(count, first):
        clock(first)
        signals = [make_signal(giver=member(kortrijk, email=f"gever{first}-{n}@caw.be")) for n in range(count)]
        triage.set_aside(kortrijk_coordinator, signals, "Niet weerhouden.")
        clock(first + 800)
        with CaptureQueriesContext(connection) as queries:
            assert retention.apply_retention() == {"kortrijk": count}
        return len(queries)

    assert run_with(2, 0) == run_with(8, 1000)
