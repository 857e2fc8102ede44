"""The give form's draft (this browser only) keeps the whole form, not just its texts: after a reload the signal's type,
the themes, the target groups, the selects, the consent boxes, the municipalities and the texts are all back, what was
filled in under "Meer vertellen" is shown, and sending the restored form gives the signal as it was filled in. On
another municipality's give page the draft comes back without its municipalities (that page chooses its own).
Every page passes axe."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.reference.models import TargetGroup, Theme
from tests.factories import MembershipFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Geen opvang tijdens examens"
DESCRIPTION = "Veel alleenstaande ouders vinden geen opvang voor hun kinderen als ze zelf een opleiding volgen."
TRIED = "Gebeld met de kinderopvang in de buurt."
THEMES = ("onderwijs en kinderopvang", "werk en sociale economie")
TARGET_GROUP = "alleenstaande ouders"


@pytest.fixture
def giver(municipality, other_municipality, reference_lists):
    """Sofie gives in Kortrijk and Roeselare: the give form asks for which municipality."""
    sofie = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    MembershipFactory(user=sofie, municipality=other_municipality)
    return sofie


def box(page, name, value):
    return page.locator(f'input[name="{name}"][value="{value}"]')


def themes(page, *names):
    return [box(page, "themes", Theme.objects.get(name=n).pk) for n in names]


def fill_the_whole_form(page, roeselare):
    box(page, "municipalities", roeselare.pk).check()  # Kortrijk is ticked by the page, Roeselare too
    box(page, "signal_type", SignalType.NO_SOLUTION).check()
    page.get_by_label("Korte titel").fill(TITLE)
    page.get_by_label("Wat stel je vast?").fill(DESCRIPTION)
    for theme in themes(page, *THEMES):
        theme.check()
    page.get_by_text("Meer vertellen (niet verplicht)").click()
    box(page, "target_groups", TargetGroup.objects.get(name=TARGET_GROUP).pk).check()
    page.get_by_label("Hoe vaak zie je dit?").select_option("weekly")
    page.get_by_label("Over hoeveel mensen gaat het ongeveer?").select_option("6-20")
    page.get_by_label("Wat heb je al geprobeerd?").fill(TRIED)
    page.get_by_label("De gemeente mag me uitnodigen voor werksessies over dit thema.").uncheck()
    page.get_by_label("Verberg mijn naam voor de gemeente.").check()


def test_after_a_reload_the_whole_form_comes_back_and_sends_as_filled_in(site, page, log_in, axe_check, giver,
                                                                        municipality, other_municipality):
    log_in(page, giver.email)
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    fill_the_whole_form(page, other_municipality)

    page.reload()

    expect(page.locator("#draft-restored")).to_be_visible()
    expect(page.locator("#draft-restored")).to_have_text("We hebben teruggezet wat je eerder invulde maar nog niet "
                                                         "verstuurde.")
    expect(box(page, "municipalities", municipality.pk)).to_be_checked()
    expect(box(page, "municipalities", other_municipality.pk)).to_be_checked()
    expect(box(page, "signal_type", SignalType.NO_SOLUTION)).to_be_checked()
    expect(box(page, "signal_type", SignalType.THRESHOLD)).not_to_be_checked()
    expect(page.get_by_label("Korte titel")).to_have_value(TITLE)
    expect(page.get_by_label("Wat stel je vast?")).to_have_value(DESCRIPTION)
    for theme in themes(page, *THEMES):
        expect(theme).to_be_checked()
    assert page.locator("input[name=themes]:checked").count() == 2
    # what she filled in under "Meer vertellen" is in sight, not in a closed disclosure
    expect(page.locator("details.more")).to_have_attribute("open", "")
    expect(box(page, "target_groups", TargetGroup.objects.get(name=TARGET_GROUP).pk)).to_be_checked()
    expect(page.get_by_label("Hoe vaak zie je dit?")).to_have_value("weekly")
    expect(page.get_by_label("Over hoeveel mensen gaat het ongeveer?")).to_have_value("6-20")
    expect(page.get_by_label("Wat heb je al geprobeerd?")).to_have_value(TRIED)
    expect(page.get_by_label("De gemeente mag me contacteren over dit signaal.")).to_be_checked()
    expect(page.get_by_label("De gemeente mag me uitnodigen voor werksessies over dit thema.")).not_to_be_checked()
    expect(page.get_by_label("Verberg mijn naam voor de gemeente.")).to_be_checked()
    axe_check(page)

    page.get_by_role("button", name="Signaal versturen").click()

    expect(page.get_by_role("heading", level=1)).not_to_have_text("Signaal geven")
    signals = Signal.objects.filter(giver=giver).order_by("municipality__name")
    assert [s.municipality for s in signals] == [municipality, other_municipality]
    for signal in signals:
        assert (signal.signal_type, signal.title, signal.description) == (SignalType.NO_SOLUTION, TITLE, DESCRIPTION)
        assert sorted(signal.themes.values_list("name", flat=True)) == sorted(THEMES)
        assert list(signal.target_groups.values_list("name", flat=True)) == [TARGET_GROUP]
        assert (signal.frequency, signal.people_affected, signal.tried) == ("weekly", "6-20", TRIED)
        assert (signal.may_contact, signal.may_invite, signal.hide_name) == (True, False, True)
    # the receipt removed the draft: the form starts empty again
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    expect(page.get_by_label("Korte titel")).to_have_value("")
    expect(page.locator("#draft-restored")).to_be_hidden()
    assert page.locator("input[name=themes]:checked").count() == 0


def test_another_municipalitys_page_keeps_its_own_municipality(site, page, log_in, giver, municipality,
                                                               other_municipality):
    log_in(page, giver.email)
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    box(page, "signal_type", SignalType.INJUSTICE).check()
    page.get_by_label("Korte titel").fill(TITLE)
    themes(page, THEMES[0])[0].check()

    page.goto(f"{site}/g/{other_municipality.slug}/signaal-geven/")

    expect(page.locator("#draft-restored")).to_be_visible()
    expect(box(page, "municipalities", other_municipality.pk)).to_be_checked()
    expect(box(page, "municipalities", municipality.pk)).not_to_be_checked()
    expect(box(page, "signal_type", SignalType.INJUSTICE)).to_be_checked()
    expect(page.get_by_label("Korte titel")).to_have_value(TITLE)
    expect(themes(page, THEMES[0])[0]).to_be_checked()
    expect(page.locator("details.more")).not_to_have_attribute("open", "")


def test_an_older_draft_with_only_its_texts_still_comes_back(site, page, log_in, giver):
    log_in(page, giver.email)
    page.goto(f"{site}/g/kortrijk/signaal-geven/")
    page.evaluate(f"""() => localStorage.setItem('signal-draft-{giver.pk}',
                      JSON.stringify({{title: {TITLE!r}, description: 'Een oudere kladversie.'}}))""")

    page.reload()

    expect(page.get_by_label("Korte titel")).to_have_value(TITLE)
    expect(page.get_by_label("Wat stel je vast?")).to_have_value("Een oudere kladversie.")
    # what the older draft did not hold keeps what the page gives it
    expect(page.get_by_label("De gemeente mag me contacteren over dit signaal.")).to_be_checked()
