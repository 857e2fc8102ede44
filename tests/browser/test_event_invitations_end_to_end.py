"""A coordinator organises a werksessie with two knelpunten on the agenda and 2 places, previews and sends the
invitations; three givers get an e-mail with a calendar file (real SMTP); two register, the third lands on the
waiting list and is moved up when someone cancels; the outcome reaches the givers of both knelpunten on their
signal pages. Chromium, axe on every new page."""

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.events.models import Event
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BRUSSELS = ZoneInfo("Europe/Brussels")
GIVERS = {"ann": ("Ann Peeters", "ann.peeters@caw.be"), "bert": ("Bert Claes", "bert.claes@ocmw-kortrijk.be"),
          "carla": ("Carla Maes", "carla.maes@thuiszorg.be")}
OUTCOMES = {"Energiearmoede in huurwoningen": "We vragen een energiecoach per wijk.",
            "Wachttijden budgetbegeleiding": "Het OCMW zet een extra budgetbegeleider in."}


def calendar_in(received) -> icalendar.Calendar:
    (part,) = [p for p in received.message.iter_attachments() if p.get_content_type() == "text/calendar"]
    content = part.get_content()
    return icalendar.Calendar.from_ical(content if isinstance(content, str) else content.decode())


@pytest.fixture
def kortrijk(transactional_db):
    load_lists()
    return MunicipalityFactory(name="Kortrijk", refnis="34022", public_page=True)


@pytest.fixture
def situation(kortrijk, make_coordinator):
    """Ann and Bert signalled energy poverty, Carla long waits for budget counselling; both are knelpunten."""
    boss, secret = make_coordinator(kortrijk, full_name="Coördinator Kortrijk")
    theme = Theme.objects.filter(active=True).order_by("position").first()
    people = {key: member(kortrijk, full_name=name, email=email) for key, (name, email) in GIVERS.items()}

    def give(person, title):
        return intake.submit_signal(person, [kortrijk], {
            "signal_type": SignalType.THRESHOLD, "title": title,
            "description": "Veel gezinnen lopen hier steeds opnieuw tegen aan."}, [theme])[0]

    signals = {"ann": give(people["ann"], "Hoge energiefactuur"), "bert": give(people["bert"], "Koude woningen"),
               "carla": give(people["carla"], "Maanden wachten op budgetbegeleiding")}
    titles = list(OUTCOMES)
    casework.create_knelpunt(boss, kortrijk, {"title": titles[0]},
                               signal_ids=[signals["ann"].pk, signals["bert"].pk])
    casework.create_knelpunt(boss, kortrijk, {"title": titles[1]}, signal_ids=[signals["carla"].pk])
    return boss, secret, people, signals


def test_werksessie_invitations_waiting_list_and_outcome(
        site, page, new_page, smtp_server, axe_check, log_in, situation):
    boss, secret, people, signals = situation
    day = (timezone.localtime() + timedelta(days=10)).date()

    # The coordinator creates the werksessie: two knelpunten on the agenda, 2 places.
    log_in(page, boss.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/")
    page.get_by_role("link", name="Naar de evenementen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Evenementen van Kortrijk")
    axe_check(page)
    page.get_by_role("link", name="Nieuw evenement").click()
    axe_check(page)
    page.get_by_label("Werksessie").check()
    page.get_by_label("Titel").fill("Werksessie energie en budget")
    page.get_by_label("Beschrijving").fill("We zoeken samen oplossingen voor twee knelpunten.")
    page.get_by_label("Datum").fill(day.isoformat())
    page.get_by_label("Begin (uur)").fill("19:00")
    page.get_by_label("Einde (uur)").fill("21:00")
    page.get_by_label("Adres").fill("Grote Markt 54, 8500 Kortrijk")
    page.get_by_label("Zaal").fill("Raadzaal")
    page.get_by_label("Aantal plaatsen").fill("2")
    for title in OUTCOMES:
        page.get_by_label(title).check()
    page.get_by_label("Bericht aan de signaalgevers van deze knelpunten").fill(
        "We bespreken dit knelpunt op een werksessie met het werkveld.")
    page.get_by_role("button", name="Evenement maken").click()

    # Preview who will be invited, then send.
    expect(page.get_by_role("heading", level=1)).to_have_text("Uitnodigen voor ‘Werksessie energie en budget’")
    axe_check(page)
    page.get_by_label("De signaalgevers van de knelpunten op de agenda").check()
    page.get_by_role("button", name="Toon wie uitgenodigd wordt").click()
    preview = page.locator("section.preview")
    expect(preview.get_by_role("heading")).to_have_text("3 personen krijgen deze uitnodiging")
    for name, _email in GIVERS.values():
        expect(preview).to_contain_text(name)
    axe_check(page)
    preview.get_by_role("button", name="Verstuur de uitnodigingen").click()
    expect(page.get_by_role("status")).to_contain_text("3 personen zijn uitgenodigd.")
    axe_check(page)

    # Three e-mails with a valid calendar file: 19:00 Brussels time, METHOD:REQUEST.
    uid = None
    for _name, email in GIVERS.values():
        cal = calendar_in(smtp_server.wait_for(email, "Uitnodiging"))
        (vevent,) = cal.walk("VEVENT")
        start = vevent.decoded("dtstart").astimezone(BRUSSELS)
        assert str(cal["method"]) == "REQUEST"
        assert (start.date(), start.hour, start.minute) == (day, 19, 0)
        assert uid in (None, str(vevent["uid"]))
        uid = str(vevent["uid"])

    # Each giver follows the link in the e-mail, logs in and answers.
    pages = {}
    for key in ("ann", "bert", "carla"):
        name, email = GIVERS[key]
        giver = pages[key] = new_page()
        giver.goto(smtp_server.link_in_last_mail_to(email, "Uitnodiging", "/mijn/evenementen/"))
        log_in(giver, email)
        expect(giver.get_by_role("heading", level=1)).to_have_text("Werksessie energie en budget")
        expect(giver.locator("main")).to_contain_text("19:00–21:00")
        if key == "ann":
            axe_check(giver)
    pages["ann"].get_by_role("button", name="Ik kom").click()
    expect(pages["ann"].locator("#my-status")).to_have_text("Je bent ingeschreven.")
    pages["bert"].get_by_role("button", name="Ik kom").click()
    expect(pages["bert"].locator("#my-status")).to_have_text("Je bent ingeschreven.")
    pages["carla"].reload()
    pages["carla"].get_by_role("button", name="Zet me op de wachtlijst").click()
    expect(pages["carla"].locator("#my-status")).to_contain_text("Je staat op de wachtlijst (plaats 1)")
    axe_check(pages["carla"])
    smtp_server.wait_for(GIVERS["carla"][1], "wachtlijst")

    # Ann cancels: Carla moves up automatically and is told by e-mail (with the calendar file).
    pages["ann"].get_by_role("button", name="Meld me af").click()
    expect(pages["ann"].locator("#my-status")).to_have_text("Je bent afgemeld.")
    promoted = smtp_server.wait_for(GIVERS["carla"][1], "plaats vrij")
    assert str(calendar_in(promoted).walk("VEVENT")[0]["uid"]) == uid
    pages["carla"].reload()
    expect(pages["carla"].locator("#my-status")).to_have_text("Je bent ingeschreven.")

    # The giver's own pages: the list and the calendar link.
    pages["carla"].get_by_role("link", name="Mijn evenementen").first.click()
    expect(pages["carla"].get_by_role("heading", level=1)).to_have_text("Mijn evenementen")
    axe_check(pages["carla"])
    pages["carla"].get_by_role("link", name="Zet je evenementen in je eigen agenda").click()
    axe_check(pages["carla"])  # no link yet: opening the page makes none (no write on a GET)
    pages["carla"].get_by_role("button", name="Maak je agendalink").click()
    feed_url = pages["carla"].get_by_label("Jouw persoonlijke agenda-link").input_value()
    assert re.search(r"/agenda/[\w-]+\.ics$", feed_url)
    axe_check(pages["carla"])

    # The werksessie took place (yesterday evening): the coordinator records attendance and the outcome per
    # knelpunt, sent as feedback in one action (an outcome waits until the event has started).
    yesterday = datetime.combine(timezone.localdate() - timedelta(days=1), time(19), tzinfo=BRUSSELS)
    Event.objects.filter(title="Werksessie energie en budget").update(starts_at=yesterday,
                                                                     ends_at=yesterday + timedelta(hours=2))
    page.reload()
    expect(page.locator("main")).to_contain_text("2 ingeschreven van 2 plaatsen")
    page.get_by_label("Bert Claes").check()
    page.get_by_label("Carla Maes").check()
    page.get_by_role("button", name="Aanwezigheid bewaren").click()
    expect(page.get_by_role("status")).to_contain_text("2 aanwezigen bewaard.")
    for title, outcome in OUTCOMES.items():
        item = page.locator("li.agenda__item", has=page.get_by_role("heading", name=title))
        item.get_by_label("Uitkomst: beslissingen en volgende stappen").fill(outcome)
        item.get_by_label("Stuur dit ook als terugkoppeling").check()
        item.get_by_role("button", name="Uitkomst bewaren").click()
        expect(page.get_by_role("status")).to_contain_text("als terugkoppeling verstuurd")
    axe_check(page)
    page.get_by_role("link", name="Aanpassen", exact=True).click()
    expect(page.get_by_label("Begin (uur)")).to_have_value("19:00")
    axe_check(page)
    page.go_back()
    page.get_by_role("link", name="Aanwezigheidslijst en agenda afdrukken").click()
    expect(page.locator("main")).to_contain_text("Carla Maes")
    axe_check(page)
    page.goto(f"{site}/publiek/kortrijk/evenementen/")
    axe_check(page)

    # The givers of both knelpunten read the outcome on their signal pages.
    for key, title in (("bert", list(OUTCOMES)[0]), ("carla", list(OUTCOMES)[1])):
        pages[key].goto(f"{site}/mijn/signalen/{signals[key].reference}/")
        expect(pages[key].locator("main")).to_contain_text(OUTCOMES[title])
    pages["ann"].goto(f"{site}/mijn/signalen/{signals['ann'].reference}/")
    expect(pages["ann"].locator("main")).to_contain_text(OUTCOMES[list(OUTCOMES)[0]])
