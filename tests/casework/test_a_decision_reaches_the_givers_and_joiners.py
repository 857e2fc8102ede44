"""A knelpunt records what was decided — by whom, when, what, an optional budget and a link — several per knelpunt.
Each decision reaches the givers of its signals and the people who joined it, as a message in their story
("Beslissing van de gemeenteraad op 12 maart 2026: …") and a notification after commit. Only a coordinator of the
knelpunt's municipality records one; a reader reads them; bad input is a clear error that keeps what was typed."""

from datetime import date, timedelta
from decimal import Decimal
from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db


def reader(municipality, **fields):
    return member(municipality, role=Role.READER, **fields)

DECIDED = "Het OCMW werft twee extra budgetbegeleiders aan."


@pytest.fixture
def knelpunt(make_knelpunt, make_signal):
    return make_knelpunt("Wachttijden budgetbegeleiding", signals=[make_signal()], visible_to_givers=True)


@pytest.fixture
def joiner(kortrijk):
    return member(kortrijk, full_name="Jan Aansluiter", email="jan.aansluiter@ocmw.be")


def council(**changes):
    return {"body": Decision.Body.COUNCIL, "decided_on": date(2026, 3, 12), "text": DECIDED,
            "budget": Decimal("85000.00"), "link": "https://kortrijk.be/besluiten/2026-03-12", **changes}


def test_a_decision_reaches_the_givers_story_and_the_joiners_after_commit(knelpunt, joiner, giver,
                                                                          kortrijk_coordinator, committed):
    joins.join(joiner, knelpunt.pk, "Ook bij ons.")

    with committed():
        decision = decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council())

    sentence = f"Beslissing van de gemeenteraad op 12 maart 2026: {DECIDED}"
    assert (decision.knelpunt, decision.budget, decision.recorded_by) == (
        knelpunt, Decimal("85000.00"), kortrijk_coordinator)
    assert decision.message.body == sentence  # the knelpunt's message: its timeline and its joiners read it
    (carried,) = SignalEvent.objects.filter(signal__knelpunt=knelpunt, kind=SignalEvent.Kind.FEEDBACK)
    assert (carried.body, carried.knelpunt_message_id) == (sentence, decision.message.pk)
    told = Notification.objects.filter(kind=Notification.Kind.DECISION)
    assert set(told.values_list("user_id", flat=True)) == {giver.pk, joiner.pk}
    assert {n.headline for n in told} == {"Beslissing van de gemeenteraad"}
    event = AuditEvent.objects.get(action="knelpunt.decision_recorded")
    assert event.actor == kortrijk_coordinator and event.payload["signals"] == 1
    assert DECIDED not in str(event.payload)  # identifiers and codes only


def test_nobody_hears_a_decision_before_it_is_committed(knelpunt, kortrijk_coordinator,
                                                        django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as after_commit:
        decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council())
    assert not Notification.objects.exists() and after_commit


def test_the_giver_and_the_joiner_read_it_on_their_pages(client, login, knelpunt, joiner, giver,
                                                         kortrijk_coordinator, committed):
    joins.join(joiner, knelpunt.pk, "Ook bij ons.")
    with committed():
        decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council())
    signal = knelpunt.signals.get()

    login(giver)
    story = unescape(client.get(reverse("intake:detail", args=[signal.reference])).content.decode())
    login(joiner)
    joined = unescape(client.get(reverse("joins:joined", args=[knelpunt.pk])).content.decode())

    for page in (story, joined):
        assert "Beslissing van de gemeenteraad op 12 maart 2026" in page and DECIDED in page


def test_a_knelpunt_holds_several_decisions_newest_first_and_a_reader_reads_them(client, login, knelpunt, kortrijk,
                                                                                kortrijk_coordinator):
    decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council(decided_on=date(2026, 1, 20),
                                                                         text="Het college vraagt een analyse."))
    decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council())
    policy_reader = reader(kortrijk, full_name="Lena Lezer")

    login(policy_reader)
    page = unescape(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode())

    assert page.index(DECIDED) < page.index("Het college vraagt een analyse.")
    assert "budget € 85.000,00" in page and "https://kortrijk.be/besluiten/2026-03-12" in page
    assert "Beslissing noteren" not in page  # a reader reads, never records


def test_only_a_coordinator_of_the_knelpunts_municipality_records_a_decision(client, login, knelpunt, kortrijk,
                                                                            roeselare):
    url = reverse("casework:record_decision", args=[kortrijk.slug, knelpunt.pk])
    form = {"decided_by": "gemeenteraad", "decided_on": "2026-03-12", "decision": DECIDED}
    for outsider in (reader(kortrijk), coordinator(roeselare), member(kortrijk)):
        with pytest.raises(PermissionDenied):
            decisions.record_decision(outsider, knelpunt.pk, council())
        login(outsider)
        assert client.post(url, form).status_code == 404
    assert not Decision.objects.exists()


def test_a_decision_in_the_future_or_without_text_is_refused_and_keeps_what_was_typed(client, login, knelpunt,
                                                                                     kortrijk, kortrijk_coordinator):
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ValidationError, match="niet in de toekomst"):
        decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council(decided_on=tomorrow))
    with pytest.raises(ValidationError, match="Schrijf wat er beslist werd"):
        decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council(text="   "))

    login(kortrijk_coordinator)
    response = client.post(reverse("casework:record_decision", args=[kortrijk.slug, knelpunt.pk]), {
        "decided_by": "college", "decided_on": tomorrow.isoformat(), "decision": DECIDED,
        "decided_budget": "-5", "decided_link": "geen link"})
    page = unescape(response.content.decode())

    assert response.status_code == 200
    assert "Een beslissing ligt niet in de toekomst" in page
    assert "Zorg ervoor dat deze waarde minstens 0 is." in page and "Voer een geldige URL in." in page
    assert DECIDED in page  # what she typed is still there
    assert not Decision.objects.exists()


def test_an_identifier_in_a_decision_never_reaches_the_database(knelpunt, kortrijk_coordinator):
    decision = decisions.record_decision(kortrijk_coordinator, knelpunt.pk, council(
        text="Vragen? Bel de dienst op 0470 12 34 56."))
    assert "0470" not in decision.text and "0470" not in decision.message.body
    assert "[telefoonnummer]" in decision.text


def test_the_coordinator_records_a_decision_through_the_knelpunt_page(client, login, knelpunt, kortrijk,
                                                                    kortrijk_coordinator):
    login(kortrijk_coordinator)
    response = client.post(reverse("casework:record_decision", args=[kortrijk.slug, knelpunt.pk]), {
        "decided_by": "overleg", "decided_by_name": "Armoedeoverleg Kortrijk", "decided_on": "2026-03-12",
        "decision": DECIDED, "decided_budget": "1250,50", "decided_link": "kortrijk.be/besluit"})

    assert response.status_code == 302 and response["Location"].endswith("#beslissingen")
    decision = Decision.objects.get()
    assert (decision.body, decision.body_name, decision.budget, decision.link) == (
        "overleg", "Armoedeoverleg Kortrijk", Decimal("1250.50"), "https://kortrijk.be/besluit")
    assert decision.message.body.startswith("Beslissing van een overleg (Armoedeoverleg Kortrijk) op 12 maart 2026:")
