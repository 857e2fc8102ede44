"""A knelpunt's page asks for its messages, decisions, partners and partner invitations only when the knelpunt has
any (`knelpunt_page.knelpunt_or_404` reads whether it has them with the knelpunt itself): most knelpunten have none,
and each empty list cost a query. With them, the page shows them as before."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import services as casework

LISTS = ("casework_knelpuntmessage", "casework_decision", "casework_partneraccess", "casework_partnerinvitation")


def _lists_read(client, url) -> tuple[str, set[str]]:
    client.get(url)  # the first visit writes the parts of the page that are then kept
    with CaptureQueriesContext(connection) as asked:
        response = client.get(url)
    assert response.status_code == 200
    read = {table for q in asked.captured_queries for table in LISTS if q["sql"].startswith(f'SELECT "{table}".')}
    return response.content.decode(), read


def test_a_knelpunt_without_messages_decisions_or_partners_does_not_ask_for_them(client, login, kortrijk,
                                                                                kortrijk_coordinator, make_signal,
                                                                                make_knelpunt):
    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    login(kortrijk_coordinator)
    _html, read = _lists_read(client, reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))
    assert read == set()


def test_a_knelpunt_with_a_message_and_a_decision_shows_them(client, login, kortrijk, kortrijk_coordinator,
                                                            make_signal, make_knelpunt):
    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    casework.send_feedback(kortrijk_coordinator, knelpunt.pk, "We bespreken dit volgende week.")
    decisions.record_decision(kortrijk_coordinator, knelpunt.pk, {
        "body": Decision.Body.COUNCIL, "decided_on": date(2026, 3, 12), "text": "Extra budget voor de buurt."})
    login(kortrijk_coordinator)
    html, read = _lists_read(client, reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))
    assert {"casework_knelpuntmessage", "casework_decision"} <= read
    assert "We bespreken dit volgende week." in html and "Extra budget voor de buurt." in html
