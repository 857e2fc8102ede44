"""On a knelpunt's page its coordinators and readers see "Ook in andere gemeenten": the knelpunten of other
municipalities that look like it and that those municipalities published (public title and summary, stage,
decisions), found by the similarity engine. Never a knelpunt another municipality did not publish (not public, its
public page off, only escalated to a shared region), never an internal title or summary, a signal, a giver or an
organisation, never the own municipality's knelpunten; the panel comes after the page, which does not wait for it."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.similarity import SimilarityEngine, elsewhere, knelpunt_index, services
from lokaalsignaal.tenancy.models import Role
from tests.factories import MunicipalityFactory, coordinator, escalation_to, member, region
from tests.html import page, words

from .conftest import WordHashEmbedder

pytestmark = pytest.mark.django_db

SUMMARY = "Gezinnen wachten maanden op budgetbegeleiding en hun schulden lopen op."
PUBLIC_TITLE = "Lange wachtlijst voor budgetbegeleiding"
INTERNAL_TITLE = "Dossiers OCMW Roeselare: budgetbeheer stokt"
INTERNAL_SUMMARY = "Intern: de dienst budgetbeheer van het OCMW telt te weinig maatschappelijk werkers."
SIGNAL_TEXT = "Een moeder uit de Stationsstraat wacht al vijf maanden op budgetbegeleiding."
DECISION = "De gemeenteraad trekt twee extra budgetbegeleiders aan."


def _url(name, municipality, knelpunt):
    return reverse(f"casework:{name}", args=[municipality.slug, knelpunt.pk])


@pytest.fixture
def roeselare_coordinator(roeselare):
    roeselare.public_page = True
    roeselare.save(update_fields=["public_page"])
    return coordinator(roeselare, full_name="Rita Roeselare", email="rita@roeselare.be")


@pytest.fixture
def mine(make_knelpunt):
    return make_knelpunt("Wachtlijst budgetbegeleiding", summary=SUMMARY)


@pytest.fixture
def published(roeselare, roeselare_coordinator, make_knelpunt, make_signal):
    """Roeselare's published knelpunt: one signal (with a giver and her organisation), in analysis, a decision."""
    roeselare_giver = member(roeselare, full_name="Griet Gever", email="griet@caw-roeselare.be")
    signal = make_signal(giver=roeselare_giver, municipality=roeselare, title="Wachten op budgetbegeleiding",
                         description=SIGNAL_TEXT)
    knelpunt = make_knelpunt(INTERNAL_TITLE, by=roeselare_coordinator, municipality=roeselare, signals=[signal],
                             summary=INTERNAL_SUMMARY, public=True, public_title=PUBLIC_TITLE,
                             public_summary="Wie hulp vraagt bij het budget, wacht maanden op budgetbegeleiding.")
    casework.change_stage(roeselare_coordinator, knelpunt.pk, Stage.ANALYSIS, "We zoeken het uit.", knelpunt.version)
    decisions.record_decision(roeselare_coordinator, knelpunt.pk, {
        "body": "gemeenteraad", "decided_on": date(2026, 3, 12), "text": DECISION})
    return knelpunt


@pytest.fixture
def unpublished(kortrijk, roeselare, roeselare_coordinator, make_knelpunt):
    """Knelpunten just as similar that no one may see here: Roeselare's not public one, Roeselare's escalated (not
    public) one to a region Kortrijk is in, Gent's public one while Gent's public page is off, Kortrijk's own
    published one."""
    hidden = make_knelpunt("Wachtlijst budgetbegeleiding Roeselare niet publiek", by=roeselare_coordinator,
                           municipality=roeselare, summary=SUMMARY)
    escalated = make_knelpunt("Budgetbegeleiding opgeschaald wachtlijst", by=roeselare_coordinator,
                              municipality=roeselare, summary=SUMMARY)
    casework.change_stage(roeselare_coordinator, escalated.pk, Stage.ESCALATED, "Naar de regio.", escalated.version,
                          **escalation_to(region(kortrijk, roeselare)))
    gent = MunicipalityFactory(name="Gent", refnis="44021")
    gents = make_knelpunt("Gent intern", by=coordinator(gent), municipality=gent, summary=SUMMARY, public=True,
                          public_title="Gent: wachtlijst budgetbegeleiding", public_summary=SUMMARY)
    kortrijk.public_page = True
    kortrijk.save(update_fields=["public_page"])
    own = make_knelpunt("Kortrijk intern", public=True, public_title="Kortrijk: wachtlijst budgetbegeleiding",
                        public_summary=SUMMARY)
    return [hidden, escalated, gents, own]


def test_a_published_knelpunt_elsewhere_shows_by_its_public_title_stage_and_decision(
        client, login, kortrijk, kortrijk_coordinator, mine, published, unpublished):
    login(kortrijk_coordinator)

    response = client.get(_url("elsewhere", kortrijk, mine), HTTP_HX_REQUEST="true")

    text = words(response)
    assert "<html" not in page(response) and "data-elsewhere" in page(response)  # the panel alone, for htmx
    assert PUBLIC_TITLE in text and "<mark>budgetbegeleiding</mark>" in page(response)
    assert "Roeselare · Fase: In analyse" in text
    assert DECISION in text and "De gemeenteraad" in text
    assert reverse("pages:results", args=["roeselare"]) in page(response)


def test_nothing_another_municipality_did_not_publish_shows(client, login, kortrijk, kortrijk_coordinator, mine,
                                                            published, unpublished):
    login(kortrijk_coordinator)

    response = client.get(_url("elsewhere", kortrijk, mine), HTTP_HX_REQUEST="true")

    html = page(response)
    assert PUBLIC_TITLE in words(response)  # the lookup ran, and all of them are as similar
    for knelpunt in unpublished:
        assert knelpunt.title not in html and (not knelpunt.public_title or knelpunt.public_title not in html)
    assert "Gent" not in html  # its public page is off
    assert "Kortrijk" not in html  # the own municipality's knelpunten are not in this panel
    for never in (INTERNAL_TITLE, INTERNAL_SUMMARY, SIGNAL_TEXT, "Griet Gever", "griet@caw-roeselare.be",
                  published.signals.get().giver.organisation.name, "Rita Roeselare", "rita@roeselare.be"):
        assert never not in html


def test_a_published_knelpunt_compares_by_its_public_text_only(client, login, kortrijk, kortrijk_coordinator,
                                                                 make_knelpunt, published, monkeypatch):
    """A knelpunt with Roeselare's internal title and summary word for word finds nothing there: the engine (here
    with embeddings, which need no shared word to show a hit) compares the public text only."""
    monkeypatch.setattr(services, "_engine", SimilarityEngine("embedding", embedder=WordHashEmbedder()))
    internal_only = make_knelpunt(INTERNAL_TITLE, summary=INTERNAL_SUMMARY)
    login(kortrijk_coordinator)

    html = page(client.get(_url("elsewhere", kortrijk, internal_only), HTTP_HX_REQUEST="true"))

    assert "Roeselare" not in html and "Geen gelijkaardige publieke knelpunten" in html


def test_the_contact_shows_only_where_the_other_municipality_allows_it(client, login, kortrijk, roeselare,
                                                                        kortrijk_coordinator, mine, published):
    roeselare.peer_contact_email = "welzijn@roeselare.be"
    roeselare.save(update_fields=["peer_contact_email"])
    login(kortrijk_coordinator)
    url = _url("elsewhere", kortrijk, mine)

    assert "welzijn@roeselare.be" not in page(client.get(url, HTTP_HX_REQUEST="true"))

    roeselare.contact_for_peers = True
    roeselare.save(update_fields=["contact_for_peers"])
    html = page(client.get(url, HTTP_HX_REQUEST="true"))
    assert 'href="mailto:welzijn@roeselare.be"' in html and "Contact met Roeselare" in html


def test_a_reader_sees_the_panel_and_without_javascript_it_is_a_page(client, login, kortrijk, mine, published):
    login(member(kortrijk, role=Role.READER))

    response = client.get(_url("elsewhere", kortrijk, mine))

    assert "<html" in page(response) and "Terug naar" in words(response)
    assert PUBLIC_TITLE in words(response)


@pytest.mark.parametrize("who", ["roeselare reader", "roeselare giver", "roeselare coordinator", "kortrijk giver"])
def test_no_one_outside_the_municipalitys_readers_calls_the_panel(client, login, kortrijk, roeselare, mine,
                                                                   published, roeselare_coordinator, giver, who):
    person = {"roeselare reader": lambda: member(roeselare, role=Role.READER),
              "roeselare giver": lambda: member(roeselare),
              "roeselare coordinator": lambda: roeselare_coordinator,
              "kortrijk giver": lambda: giver}[who]()
    login(person)

    assert client.get(_url("elsewhere", kortrijk, mine), HTTP_HX_REQUEST="true").status_code == 404
    # nor under their own municipality's address
    assert client.get(_url("elsewhere", roeselare, mine), HTTP_HX_REQUEST="true").status_code == 404


def test_the_knelpunt_page_waits_for_no_lookup_and_costs_the_same(client, login, kortrijk, roeselare,
                                                                   kortrijk_coordinator, mine, roeselare_coordinator,
                                                                   make_knelpunt, monkeypatch):
    def _published(n):
        for i in range(n):
            make_knelpunt(f"Intern {i}", by=roeselare_coordinator, municipality=roeselare, public=True,
                          public_title=f"Wachtlijst budgetbegeleiding {i}", public_summary=SUMMARY)

    def refuse(*args, **kwargs):
        raise AssertionError("the knelpunt page must not run the similarity lookup")

    monkeypatch.setattr(knelpunt_index, "sync", refuse)
    login(kortrijk_coordinator)
    url, panel = _url("knelpunt", kortrijk, mine), _url("elsewhere", kortrijk, mine)
    client.get(url)  # the first visit writes the parts of the page that are then kept (`fragments`)
    with CaptureQueriesContext(connection) as none:
        html = page(client.get(url))
    _published(3)
    with CaptureQueriesContext(connection) as three:
        client.get(url)

    assert len(three) == len(none)
    assert f'hx-get="{panel}"' in html and f'<a href="{panel}">' in html  # htmx loads it; without JavaScript, a link


def test_a_lookup_encodes_a_bounded_number_and_says_the_rest_comes(kortrijk, roeselare, kortrijk_coordinator, mine,
                                                                   roeselare_coordinator, make_knelpunt, monkeypatch):
    for i in range(3):
        make_knelpunt(f"Intern {i}", by=roeselare_coordinator, municipality=roeselare, public=True,
                      public_title=f"Wachtlijst budgetbegeleiding {i}", public_summary=SUMMARY)
    monkeypatch.setattr(elsewhere, "ENCODE_PER_LOOKUP", 2)

    first = elsewhere.similar_elsewhere(kortrijk_coordinator, kortrijk, mine)
    second = elsewhere.similar_elsewhere(kortrijk_coordinator, kortrijk, mine)

    assert (first.pending, len(first.found)) == (1, 2)
    assert (second.pending, len(second.found)) == (0, 3)


def test_the_panel_costs_the_same_for_one_or_five_knelpunten_with_decisions(client, login, kortrijk, roeselare,
                                                                             kortrijk_coordinator, mine,
                                                                             roeselare_coordinator, make_knelpunt):
    def publish(n):
        for i in range(n):
            knelpunt = make_knelpunt(f"Intern {i}", by=roeselare_coordinator, municipality=roeselare, public=True,
                                     public_title=f"Wachtlijst budgetbegeleiding {i}", public_summary=SUMMARY)
            decisions.record_decision(roeselare_coordinator, knelpunt.pk, {
                "body": "college", "decided_on": date(2026, 3, 12), "text": f"Beslissing {i}"})

    login(kortrijk_coordinator)
    url = _url("elsewhere", kortrijk, mine)
    publish(1)
    client.get(url, HTTP_HX_REQUEST="true")  # encodes what is new (in memory; no query depends on it)
    with CaptureQueriesContext(connection) as one:
        first = words(client.get(url, HTTP_HX_REQUEST="true"))
    publish(4)
    client.get(url, HTTP_HX_REQUEST="true")
    with CaptureQueriesContext(connection) as five:
        second = words(client.get(url, HTTP_HX_REQUEST="true"))

    assert first.count("Beslissing ") == 1 and second.count("Beslissing ") == 5
    assert len(five) == len(one)
