"""Every region URL, for everyone who is not a member of that scope: a member of another region, the municipality's
coordinator, a giver whose signal was escalated, anonymous. Not found (404) or the login page, never the page.
Coordinator-only URLs are not found for a reader of the scope either. When the region escalates its regional knelpunt
to Flanders, the Flemish pages of that knelpunt and of the knelpunten below it are found only by Flanders' members,
and only while it stays escalated to Flanders."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.regions import services as escalation


@pytest.fixture
def urls(add_knelpunt, give, giver, kortrijk, zuidwest, kortrijk_coordinator, region_user):
    child = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                     scope=zuidwest)
    other = add_knelpunt(kortrijk_coordinator, kortrijk, "Nog een", scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    s, r = zuidwest.pk, regional.pk
    return {
        "get": [reverse("region:overview", args=[s]), reverse("region:escalated", args=[s, child.pk]),
                reverse("region:bundle", args=[s]), reverse("region:regional_list", args=[s]),
                reverse("region:regional", args=[s, r])],
        "post": [(reverse("region:bundle", args=[s]), {"knelpunten": [other.pk], "title": "Bundel"}),
                 (reverse("region:regional_stage", args=[s, r]),
                  {"to_stage": "analysis", "message": "Bericht", "version": regional.version}),
                 (reverse("region:regional_feedback", args=[s, r]), {"feedback": "Bericht"}),
                 (reverse("region:regional_add", args=[s, r]), {"knelpunten": [other.pk]})],
        "coordinator_only": [reverse("region:bundle", args=[s])],
        "regional": regional,
        "child": child,
        "other": other,
    }


@pytest.fixture(params=["other_region", "municipality_coordinator", "giver"])
def outsider(request, gent_region_user, kortrijk_coordinator, giver):
    return {"other_region": gent_region_user, "municipality_coordinator": kortrijk_coordinator,
            "giver": giver}[request.param]


def test_outsiders_find_no_region_page(client, login, urls, outsider):
    login(outsider)

    for url in urls["get"]:
        assert client.get(url).status_code == 404, url
    for url, data in urls["post"]:
        assert client.post(url, data).status_code == 404, url
    index = client.get(reverse("region:index"))  # their own region, or nothing
    assert index.status_code == 404 or index.url != reverse("region:overview", args=[urls["regional"].scope_id])


def test_outsiders_change_nothing(client, login, urls, outsider):
    login(outsider)
    for url, data in urls["post"]:
        client.post(url, data)

    regional = urls["regional"]
    regional.refresh_from_db()
    assert regional.stage == "new" and regional.children.count() == 1


def test_anonymous_is_sent_to_the_login(client, urls):
    for url in urls["get"] + [reverse("region:index")]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url
    for url, data in urls["post"]:
        response = client.post(url, data)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url


def test_a_reader_of_the_scope_reads_but_does_not_act(client, login, urls, region_reader):
    login(region_reader)

    for url in urls["get"]:
        expected = 404 if url in urls["coordinator_only"] else 200
        assert client.get(url).status_code == expected, url
    for url, data in urls["post"]:
        assert client.post(url, data).status_code == 404, url
    html = client.get(reverse("region:regional", args=[urls["regional"].scope_id, urls["regional"].pk])).content
    assert b'name="to_stage"' not in html


def test_the_member_reaches_every_page(client, login, urls, region_user):
    login(region_user)

    for url in urls["get"]:
        assert client.get(url).status_code == 200, url
    assert client.get(reverse("region:index")).status_code == 302  # one scope: straight to it


def test_the_header_and_home_show_the_region_entry_only_to_members(client, login, region_user, kortrijk_coordinator,
                                                                  zuidwest):
    login(region_user)
    html = client.get(reverse("pages:home")).content.decode()
    assert f'href="{reverse("region:index")}"' in html
    assert reverse("region:overview", args=[zuidwest.pk]) in html

    login(kortrijk_coordinator)
    assert f'href="{reverse("region:index")}"' not in client.get(reverse("pages:home")).content.decode()


@pytest.fixture
def flemish(urls, region_user, flanders, committed):
    """Zuid-West's regional knelpunt (with Kortrijk's knelpunt and signal below it), escalated to Flanders."""
    from lokaalsignaal.casework.knelpunten import services
    from tests.factories import escalation_to

    regional = urls["regional"]
    with committed():
        services.change_stage(region_user, regional.pk, "escalated", "Naar Vlaanderen.", regional.version,
                              **escalation_to(flanders))
    f = flanders.pk
    return {"urls": [reverse("region:escalated", args=[f, regional.pk]),
                     reverse("region:escalated", args=[f, urls["child"].pk])],
            "not_escalated_to_flanders": reverse("region:escalated", args=[f, urls["other"].pk])}


@pytest.fixture(params=["other_region", "own_region", "other_municipality", "municipality_coordinator", "giver"])
def flanders_outsider(request, gent_region_user, region_user, gent_coordinator, kortrijk_coordinator, giver):
    return {"other_region": gent_region_user, "own_region": region_user, "other_municipality": gent_coordinator,
            "municipality_coordinator": kortrijk_coordinator, "giver": giver}[request.param]


def test_outsiders_of_flanders_find_nothing_below_the_escalated_regional_knelpunt(client, login, flemish,
                                                                                 flanders_outsider):
    login(flanders_outsider)

    for url in flemish["urls"] + [flemish["not_escalated_to_flanders"]]:
        assert client.get(url).status_code == 404, url


def test_flanders_finds_only_what_was_escalated_to_it(client, login, flemish, flanders):
    from tests.factories import scope_member

    login(scope_member(flanders, role="reader", email="lezer@vlaanderen.be"))

    for url in flemish["urls"]:
        assert client.get(url).status_code == 200, url
    assert client.get(flemish["not_escalated_to_flanders"]).status_code == 404


def test_flanders_finds_nothing_below_a_regional_knelpunt_that_stayed_in_the_region(client, login, urls, flanders):
    from tests.factories import scope_member

    login(scope_member(flanders, email="team@vlaanderen.be"))

    for pk in (urls["regional"].pk, urls["child"].pk):
        assert client.get(reverse("region:escalated", args=[flanders.pk, pk])).status_code == 404
