"""A municipality that has just joined (participating, no signal at all yet) takes its first signal: the giver types
it in the real form while the similar-signals suggestions answer (an empty index), sends it and reads the receipt.
Twice: with the lexical engine (the embedding model off, as the suite runs) and with the embedding path on
(dense vectors, centring, style directions) through a deterministic stand-in for the model."""

import re

import pytest
from playwright.sync_api import expect

from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import Municipality
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Lange wachttijd voor budgetbegeleiding"
DESCRIPTION = "Gezinnen wachten maanden op budgetbegeleiding en de schulden lopen intussen op."


@pytest.fixture(params=["lexical", "dense"])
def engine(request, monkeypatch):
    from lokaalsignaal.similarity import SimilarityEngine, services
    from tests.similarity.conftest import WordHashEmbedder

    if request.param == "dense":
        monkeypatch.setattr(services, "_engine", SimilarityEngine("auto", WordHashEmbedder()))
    return services.get_engine()


@pytest.fixture
def zonnebeke(reference_lists):
    """Every Flemish municipality is in the reference data; the platform admin lets one take part."""
    from lokaalsignaal.tenancy.reference_loader import load_municipalities

    load_municipalities()
    town = Municipality.objects.get(name="Zonnebeke")
    town.participating = True
    town.save(update_fields=["participating"])
    assert not Signal.objects.filter(municipality=town).exists()
    return town


def test_the_first_giver_of_a_new_municipality_sends_the_first_signal(site, page, log_in, axe_check, engine,
                                                                      zonnebeke):
    giver = member(zonnebeke, full_name="Eerste Gever", email="eerste.gever@caw.be")
    log_in(page, giver.email)
    page.goto(f"{site}/g/{zonnebeke.slug}/signaal-geven/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Signaal geven")

    page.locator("input[name=signal_type][value=drempel]").check()
    page.get_by_label("Korte titel").fill(TITLE)
    with page.expect_response(lambda r: "/signaal-geven/vergelijkbaar/" in r.url) as suggestions:
        page.get_by_label("Wat stel je vast?").press_sequentially(DESCRIPTION, delay=2)
    assert suggestions.value.status == 200
    page.locator("input[name=themes]").first.check()
    page.get_by_role("button", name="Signaal versturen").click()

    expect(page).to_have_url(re.compile(r"/mijn/signalen/verstuurd/\?ref="))
    expect(page.get_by_role("heading", level=1)).to_have_text("Bedankt! Je signaal is verstuurd.")
    reference = page.locator(".reference").first.inner_text()
    assert re.fullmatch(rf"{zonnebeke.reference_prefix}-\d{{4}}-0001", reference)
    axe_check(page)
    signal = Signal.objects.get(reference=reference)
    assert (signal.giver, signal.municipality, signal.title) == (giver, zonnebeke, TITLE)
    assert engine.uses_dense == (engine.method == "blend")
