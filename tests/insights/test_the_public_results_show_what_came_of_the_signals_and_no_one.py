""""Wat deden we met jullie signalen?": a municipality that switched its public page on shows, to everyone, the
knelpunten its coordinators made public (public title and summary, stage, decisions, the number of signals with
small numbers as "< 5") and the signals per theme; never a signal's text, a giver, an internal title or summary, or a
knelpunt that is not public. Flanders shows the signals per theme of all participating municipalities."""

from datetime import date
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.knelpunten import services as casework

pytestmark = pytest.mark.django_db

INTERNAL_TITLE = "Gezinnen van de Kerkstraat wachten op budgetbeheer"
SIGNAL_TEXT = "Mevrouw wacht al vier maanden op een intake bij het OCMW."


@pytest.fixture
def published(kortrijk, make_signal, make_knelpunt, kortrijk_coordinator, giver):
    kortrijk.public_page = True
    kortrijk.save(update_fields=["public_page"])
    signals = [make_signal(title=f"Wachttijd {i}", description=SIGNAL_TEXT) for i in range(3)]
    public = make_knelpunt(INTERNAL_TITLE, signals=signals, summary="Intern: dossiers van het OCMW.", public=True,
                           public_title="Wachttijd voor budgetbegeleiding",
                           public_summary="Wie hulp vraagt bij het budget wacht maanden.")
    make_knelpunt("Een knelpunt dat niet publiek is")
    decisions.record_decision(kortrijk_coordinator, public.pk, {
        "body": "gemeenteraad", "decided_on": date(2026, 3, 12), "text": "Twee extra budgetbegeleiders."})
    return public


def test_everyone_reads_the_public_knelpunten_and_no_one_is_named(client, published, kortrijk, giver):
    page = unescape(client.get(reverse("pages:results", args=[kortrijk.slug])).content.decode())

    assert "Wachttijd voor budgetbegeleiding" in page and "Wie hulp vraagt bij het budget wacht maanden." in page
    assert "Twee extra budgetbegeleiders." in page and "De gemeenteraad" in page
    assert "signalen: < 5" in page  # three signals: a small number
    for never in (INTERNAL_TITLE, "Intern: dossiers", "Een knelpunt dat niet publiek is", SIGNAL_TEXT,
                  giver.full_name, giver.organisation.name, "Wachttijd 0"):
        assert never not in page


def test_a_theme_count_below_five_reads_less_than_five(client, published, kortrijk, theme):
    page = unescape(client.get(reverse("pages:results", args=[kortrijk.slug])).content.decode())
    assert f"<th scope=\"row\">{theme.name}</th><td class=\"number\">< 5</td>" in page
    flanders = unescape(client.get(reverse("pages:results_flanders")).content.decode())
    assert f"<th scope=\"row\">{theme.name}</th><td class=\"number\">< 5</td>" in flanders
    assert reverse("pages:results", args=[kortrijk.slug]) in flanders


def test_the_page_exists_only_while_the_municipality_publishes_it(client, kortrijk, roeselare):
    assert client.get(reverse("pages:results", args=[roeselare.slug])).status_code == 404
    kortrijk.public_page, kortrijk.participating = True, False
    kortrijk.save(update_fields=["public_page", "participating"])
    assert client.get(reverse("pages:results", args=[kortrijk.slug])).status_code == 404


def test_a_public_knelpunt_needs_a_public_title(make_knelpunt, kortrijk, kortrijk_coordinator, client, login):
    with pytest.raises(ValidationError, match="publieke titel"):
        casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Intern", "public": True})
    login(kortrijk_coordinator)
    response = client.post(reverse("casework:knelpunt_create", args=[kortrijk.slug]), {
        "title": "Intern", "severity": 3, "public": "on", "public_summary": "Voor iedereen."})
    page = unescape(response.content.decode())
    assert response.status_code == 200 and "Geef een publieke titel" in page and "Voor iedereen." in page


def test_the_participating_page_links_to_the_published_results(client, published, kortrijk, roeselare):
    page = unescape(client.get(reverse("pages:participating")).content.decode())
    assert reverse("pages:results", args=[kortrijk.slug]) in page
    assert reverse("pages:results", args=[roeselare.slug]) not in page


def test_the_flanders_count_does_not_give_back_the_unpublished_rest_by_subtraction(client, published, kortrijk,
                                                                                  roeselare, theme):
    """Kortrijk (published) shows its own theme count; Roeselare (not published) has 2 signals of the same theme.
    Flanders' count minus Kortrijk's would give Roeselare's 2: Flanders must not show it."""
    from datetime import timedelta

    from django.utils import timezone

    from lokaalsignaal.intake import services as intake
    from lokaalsignaal.intake.models import Signal, SignalType
    from tests.factories import member

    for _round in range(4):  # Kortrijk: 3 + 4 = 7 signals of the theme, shown on its own page
        published_signal = intake.submit_signal(member(kortrijk), [kortrijk], {
            "signal_type": SignalType.THRESHOLD, "title": "Kortrijk", "description": "Wachttijd."}, [theme])[0]
        Signal.objects.filter(pk=published_signal.pk).update(submitted_at=timezone.now() - timedelta(days=1))
    for _round in range(2):
        intake.submit_signal(member(roeselare), [roeselare], {
            "signal_type": SignalType.THRESHOLD, "title": "Roeselare", "description": "Wachttijd."}, [theme])

    own = unescape(client.get(reverse("pages:results", args=[kortrijk.slug])).content.decode())
    assert f"<th scope=\"row\">{theme.name}</th><td class=\"number\">7</td>" in own
    flanders = unescape(client.get(reverse("pages:results_flanders")).content.decode())
    assert f"<th scope=\"row\">{theme.name}</th><td class=\"number\">9</td>" not in flanders
    assert f"<th scope=\"row\">{theme.name}</th><td class=\"number\">verborgen</td>" in flanders
