"""The public pages: what Lokaal Signaal is, who takes part, how to join; health check; English."""

import datetime
import re

from django.urls import reverse

from tests.factories import MunicipalityFactory


def test_landing_page_explains_the_four_triggers_and_what_happens(client, db):
    response = client.get(reverse("pages:landing"))

    assert response.status_code == 200
    body = response.content.decode()
    for trigger in ["Drempel", "Geen pasklare oplossing", "Onrecht of niet-opname van rechten",
                    "Pleister op de wonde"]:
        assert trigger in body
    assert "Wat gebeurt er met jouw signaal?" in body


def test_participating_page_lists_municipalities_with_dutch_start_date_and_wave(client, db):
    MunicipalityFactory(name="Kortrijk", province="West-Vlaanderen", participating=True,
                        start_date=datetime.date(2025, 9, 1), wave="september 2025")
    MunicipalityFactory(name="Oud-Turnhout", province="Antwerpen", participating=True,
                        start_date=datetime.date(2023, 3, 3), wave="pilootgemeente")
    MunicipalityFactory(name="Zonnebeke", participating=False, start_date=datetime.date(2026, 1, 1), wave="later")

    response = client.get(reverse("pages:participating"))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Kortrijk" in body
    assert "1 september 2025" in body
    assert "september 2025" in body
    assert "3 maart 2023" in body
    assert "pilootgemeente" in body
    assert "Zonnebeke" not in body
    assert "2 lokale besturen werken mee" in body
    assert body.index("Oud-Turnhout") < body.index("Kortrijk")  # by start date


def test_participating_page_says_so_when_nobody_takes_part_yet(client, db):
    MunicipalityFactory(name="Zonnebeke", participating=False)

    body = client.get(reverse("pages:participating")).content.decode()

    assert "Er werken nog geen lokale besturen mee" in body
    assert "Zonnebeke" not in body


def test_join_page_is_public_and_leads_to_the_account_request(client, db):
    response = client.get(reverse("pages:join"))

    assert response.status_code == 200
    assert "Hoe sluit ik me aan?" in response.content.decode()


def test_health_check_reports_ok_as_json(client, db):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_pages_are_in_dutch_by_default(client, db):
    assert re.search(r'<html lang="nl"', client.get(reverse("pages:landing")).content.decode())


def test_language_switcher_turns_the_site_to_english(client, db):
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("pages:participating")},
                           follow=True)

    assert response.redirect_chain[-1][0] == reverse("pages:participating")
    assert re.search(r'<html lang="en"', response.content.decode())
    assert re.search(r'<html lang="en"', client.get(reverse("pages:landing")).content.decode())
