"""Flanders bundles what reached it — regional knelpunten that regions escalated to it and municipal knelpunten
escalated to it directly — into a Flemish knelpunt, from the bundle form, from a Flemish knelpunt ("Toevoegen") and
from the knelpunt's page. The Flemish knelpunt's messages flow down through the regional knelpunt to the municipal
knelpunten, their givers and the people who joined them."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.notifications.models import Notification
from tests.factories import escalation_to, member, region, scope_member

from .conftest import GIVER_EMAIL, GIVER_NAME, move, page, text_of

FLEMISH_STAGE = "De Vlaamse overheid neemt dit mee in het actieplan armoedebestrijding."
FLEMISH_FEEDBACK = "Er komt een Vlaamse werkgroep schuldhulp."


@pytest.fixture
def arrived(committed, theme, give, add_knelpunt, giver, joiner, kortrijk, roeselare, gent, zuidwest, flanders,
            kortrijk_coordinator, roeselare_coordinator, gent_coordinator, region_user):
    """Kortrijk's knelpunt (5 signals, one giver, and someone who joined it) and Roeselare's (1 signal) go to
    Zuid-West, which bundles them and escalates the bundle to Flanders; Gent escalates a knelpunt (1 signal) to
    Flanders directly."""
    signals = [give(giver, kortrijk, title=f"Wachtlijst budgetbeheer {i}") for i in range(5)]
    with committed():
        kortrijk_knelpunt = services.create_knelpunt(
            kortrijk_coordinator, kortrijk, {"title": "Wachtlijsten budgetbeheer", "visible_to_givers": True},
            themes=[theme], signal_ids=[s.pk for s in signals])
    joins.join(joiner, kortrijk_knelpunt.pk, "Ook bij ons.")
    add_knelpunt.escalate(kortrijk_coordinator, kortrijk_knelpunt, zuidwest)
    rune = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    roeselare_knelpunt = add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [give(rune, roeselare)],
                                  scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [kortrijk_knelpunt.pk, roeselare_knelpunt.pk],
                                 "Schuldhulp in de regio")
    move(region_user, regional, committed, Stage.ESCALATED, "De regio geeft dit door aan Vlaanderen.",
         **escalation_to(flanders))
    greet = member(gent, full_name="Greet Gent", email="greet@caw.be")
    gent_knelpunt = add_knelpunt(gent_coordinator, gent, "Schuldhulp in Gent", [give(greet, gent)], scope=flanders)
    return {"regional": regional, "kortrijk": kortrijk_knelpunt, "roeselare": roeselare_knelpunt,
            "gent": gent_knelpunt, "signal": signals[0], "greet": greet}


def test_the_bundle_form_offers_the_regional_and_the_municipal_knelpunten_escalated_to_flanders(
        client, login, arrived, flanders, flemish_team, zuidwest):
    login(flemish_team)

    content = text_of(client.get(reverse("region:bundle", args=[flanders.pk])))

    assert f"Schuldhulp in de regio (regionaal knelpunt van {zuidwest.name})" in content
    assert "Schuldhulp in Gent (Gent)" in content
    assert "Wachtlijsten budgetbeheer" not in content  # below the regional knelpunt: bundled with it
    assert "Vlaams knelpunt maken" in content and "Titel van het Vlaamse knelpunt" in content


def test_the_regional_knelpunt_page_leads_to_the_bundle_form_with_it_chosen(client, login, arrived, flanders,
                                                                          flemish_team):
    regional = arrived["regional"]
    login(flemish_team)

    html = page(client.get(reverse("region:escalated", args=[flanders.pk, regional.pk])))
    bundle_url = f"{reverse('region:bundle', args=[flanders.pk])}?knelpunt={regional.pk}"
    assert f'href="{bundle_url}"' in html and "Bundelen in een Vlaams knelpunt" in html

    checked = re.findall(r'<input type="checkbox" name="knelpunten" value="(\d+)"[^>]* checked>',
                         page(client.get(bundle_url)))
    assert checked == [str(regional.pk)]


def test_a_reader_of_flanders_gets_no_bundle_button(client, login, arrived, flanders):
    login(scope_member(flanders, role="reader", email="lezer@vlaanderen.be"))

    html = page(client.get(reverse("region:escalated", args=[flanders.pk, arrived["regional"].pk])))

    assert reverse("region:bundle", args=[flanders.pk]) not in html


def test_flanders_bundles_them_through_the_page(client, login, arrived, flanders, flemish_team, zuidwest):
    regional, gent_knelpunt = arrived["regional"], arrived["gent"]
    login(flemish_team)

    response = client.post(reverse("region:bundle", args=[flanders.pk]), {
        "knelpunten": [regional.pk, gent_knelpunt.pk], "title": "Schuldhulp in Vlaanderen"})

    flemish = Knelpunt.objects.get(scope=flanders)
    assert response.status_code == 302
    assert response.url == reverse("region:regional", args=[flanders.pk, flemish.pk])
    assert set(flemish.children.all()) == {regional, gent_knelpunt}
    shown = client.get(response.url)
    html, content = page(shown), text_of(shown)
    assert "Het Vlaamse knelpunt is gemaakt." in content
    assert f"{zuidwest.name} (regionaal knelpunt)" in content and "Schuldhulp in Gent" in content
    # 5 + 1 below the regional knelpunt, 1 of Gent: 7 is all Flanders counts, and 7 = Kortrijk (not "< 5": 5 or
    # more) + Roeselare + Gent ("< 5": 1 or more) would say all three. The regional knelpunt's 6 would say Gent's 1.
    assert "Signalen: verborgen" in content and "Signalen: 7" not in content
    assert "<td>verborgen</td>" in html and "<td>< 5</td>" in html and "<td>6</td>" not in html
    assert reverse("region:escalated", args=[flanders.pk, regional.pk]) in html
    listing = page(client.get(reverse("region:regional_list", args=[flanders.pk])))
    assert "<td>2</td><td>verborgen</td>" in listing
    # the region reads in its knelpunt's timeline that Flanders bundled it
    login(scope_member(zuidwest, email="team@regio.be"))
    region_page = text_of(client.get(reverse("region:regional", args=[zuidwest.pk, regional.pk])))
    assert "gebundeld in het knelpunt ‘Schuldhulp in Vlaanderen’" in region_page


def test_flanders_adds_a_regional_knelpunt_to_a_flemish_knelpunt(client, login, arrived, flanders, flemish_team):
    flemish = escalation.bundle(flemish_team, flanders, [arrived["gent"].pk], "Schuldhulp in Vlaanderen")
    login(flemish_team)
    url = reverse("region:regional", args=[flanders.pk, flemish.pk])
    assert "Schuldhulp in de regio (regionaal knelpunt van" in text_of(client.get(url))

    response = client.post(reverse("region:regional_add", args=[flanders.pk, flemish.pk]),
                           {"knelpunten": [arrived["regional"].pk]})

    assert response.status_code == 302
    assert set(flemish.children.all()) == {arrived["gent"], arrived["regional"]}


def test_a_flemish_message_reaches_the_givers_and_joiners_through_the_region(
        client, login, committed, arrived, flanders, flemish_team, zuidwest, region_user, giver, joiner,
        kortrijk, kortrijk_coordinator):
    flemish = escalation.bundle(flemish_team, flanders, [arrived["regional"].pk, arrived["gent"].pk],
                                "Schuldhulp in Vlaanderen")

    move(flemish_team, flemish, committed, Stage.ANALYSIS, FLEMISH_STAGE, remark="Intern: eerst het budget")
    with committed():
        reached = services.send_feedback(flemish_team, flemish.pk, FLEMISH_FEEDBACK)

    assert reached == 7  # every signal below: 5 + 1 through the region, 1 of Gent
    login(giver)
    story = text_of(client.get(reverse("intake:detail", args=[arrived["signal"].reference])))
    assert (f"Bericht van {flanders.name} Knelpunt \"Wachtlijsten budgetbeheer\" Het knelpunt ‘Schuldhulp in "
            f"Vlaanderen’ is nu in de fase ‘In analyse’. {FLEMISH_STAGE}") in story
    assert f"Bericht van {flanders.name} Knelpunt \"Wachtlijsten budgetbeheer\" {FLEMISH_FEEDBACK}" in story
    assert f"Bericht van {flanders.name}:" not in story  # the sender in the title, not inside the message
    joined = text_of(login(joiner).get(reverse("joins:joined", args=[arrived["kortrijk"].pk])))
    assert f"Bericht van {flanders.name}" in joined
    assert "Het knelpunt ‘Schuldhulp in Vlaanderen’ is nu in de fase ‘In analyse’." in joined
    assert FLEMISH_STAGE in joined and FLEMISH_FEEDBACK in joined
    for content in (story, joined):
        assert "eerst het budget" not in content and flemish_team.full_name not in content
    assert GIVER_NAME not in joined and GIVER_EMAIL not in joined
    for person, about in ((giver, {"signal": arrived["signal"]}),
                          (arrived["greet"], {"signal__knelpunt": arrived["gent"]}),
                          (joiner, {"knelpunt": arrived["kortrijk"]})):
        kinds = set(Notification.objects.filter(user=person, **about).values_list("kind", flat=True))
        assert {Notification.Kind.STAGE, Notification.Kind.FEEDBACK} <= kinds, person
    # the municipality reads it in its knelpunt's timeline, the region in its regional knelpunt's timeline
    timeline = text_of(login(kortrijk_coordinator).get(
        reverse("casework:knelpunt", args=[kortrijk.slug, arrived["kortrijk"].pk])))
    assert f"Bericht van {flanders.name}: {FLEMISH_FEEDBACK}" in timeline
    region_page = text_of(login(region_user).get(reverse("region:regional", args=[zuidwest.pk,
                                                                                  arrived["regional"].pk])))
    assert f"Bericht van {flanders.name}: {FLEMISH_FEEDBACK}" in region_page
    assert "eerst het budget" not in region_page  # Flanders' remark stays in Flanders


def test_once_the_region_takes_its_knelpunt_back_flemish_messages_stop_there(
        client, login, committed, arrived, flanders, flemish_team, region_user, joiner):
    flemish = escalation.bundle(flemish_team, flanders, [arrived["regional"].pk], "Schuldhulp in Vlaanderen")
    move(region_user, arrived["regional"], committed, Stage.ANALYSIS, "De regio werkt hier zelf aan.")

    with committed():
        reached = services.send_feedback(flemish_team, flemish.pk, "Dit komt niet meer aan.")

    assert reached == 0 and not flemish.children.exists()
    joined = text_of(login(joiner).get(reverse("joins:joined", args=[arrived["kortrijk"].pk])))
    assert "Dit komt niet meer aan." not in joined


def test_only_what_is_escalated_to_flanders_can_be_bundled_there(committed, add_knelpunt, arrived, flanders,
                                                                 flemish_team, region_user, zuidwest, kortrijk,
                                                                 kortrijk_coordinator):
    staying = escalation.bundle(region_user, zuidwest, [add_knelpunt(kortrijk_coordinator, kortrijk, "Blijft regionaal",
                                                                 scope=zuidwest).pk], "Blijft in de regio")
    other_flanders = region(kortrijk, name="Vlaanderen (test)", kind="flanders")
    other_flemish = escalation.bundle(scope_member(other_flanders, email="x@vlaanderen.be"), other_flanders,
                                      [add_knelpunt(kortrijk_coordinator, kortrijk, "Elders",
                                                scope=other_flanders).pk], "Een ander Vlaams knelpunt")
    move(other_flemish.created_by, other_flemish, committed, Stage.ESCALATED, "Naar Vlaanderen.",
         **escalation_to(flanders))

    for not_here in (staying, arrived["kortrijk"], other_flemish):  # not escalated to it; a Flemish knelpunt
        with pytest.raises(PermissionDenied):
            escalation.bundle(flemish_team, flanders, [not_here.pk], "Bundel")
    assert set(escalation.bundleable(flemish_team, flanders)) == {arrived["regional"], arrived["gent"]}


def test_the_region_and_other_scopes_cannot_bundle_in_flanders(client, login, arrived, flanders, region_user,
                                                               gent_region_user):
    for outsider in (region_user, gent_region_user):
        login(outsider)
        assert client.get(reverse("region:bundle", args=[flanders.pk])).status_code == 404
        response = client.post(reverse("region:bundle", args=[flanders.pk]),
                               {"knelpunten": [arrived["regional"].pk], "title": "Bundel"})
        assert response.status_code == 404
        with pytest.raises(PermissionDenied):
            escalation.bundle(outsider, flanders, [arrived["regional"].pk], "Bundel")
    arrived["regional"].refresh_from_db()
    assert arrived["regional"].parent is None
