"""The whole feedback loop in Chromium, with real SMTP: a giver sends a signal, the coordinator (TOTP) reads it and
asks a question, the giver answers from the e-mail's link, the coordinator makes a knelpunt of it and moves it
through in analyse -> geagendeerd -> beleidsvoorstel with a message each time; the giver reads every step on the
signal page and gets one e-mail per event (a link, never the signal's text nor the coordinator's name). With the
daily digest chosen, three more updates produce no mail until send_digests("daily") sends exactly one overview.
The inbox, the triage page, the knelpunt page and the giver's signal page are axe-clean; the latter fits 360 px."""

import re
import time

import pytest
from playwright.sync_api import expect

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal, SignalType
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.reference.models import Theme
from tests.factories import member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GIVER_EMAIL = "sofie.gever@caw.be"
COORDINATOR_NAME = "Carla Coördinator"
TITLE = "Lange wachttijd voor budgetbegeleiding"
DESCRIPTION = "Veel gezinnen wachten vier maanden op budgetbegeleiding en raken intussen verder in de schulden."
QUESTION = "Over hoeveel gezinnen gaat het ongeveer per maand?"
ANSWER = "Bij ons zijn het er een tiental per maand."
KNELPUNT = "Wachttijden in de budgetbegeleiding"
STEPS = [  # (stage value, label the coordinator chooses, message to the givers)
    ("analysis", "In analyse", "We bekijken de wachtlijsten samen met het OCMW."),
    ("agenda", "Geagendeerd", "Het knelpunt staat op de agenda van het sociaal overleg in juni."),
    ("proposal", "Beleidsvoorstel", "We stellen de gemeenteraad een extra budgetbegeleider voor."),
]
REMARK = "Intern: eerst de cijfers van het OCMW opvragen."
LATER = [  # three updates while the giver chose the daily digest
    ("stage", "In uitvoering", "De gemeenteraad keurde het voorstel goed; de aanwerving loopt."),
    ("feedback", None, "Dank voor jullie signalen: de vacature staat nu open."),
    ("stage", "Afgerond", "Sinds deze maand werkt er een extra budgetbegeleider bij het OCMW."),
]


def mails_to(smtp_server, address, count, timeout=5.0):
    """Wait until exactly `count` mails reached `address`; return them, oldest first."""
    deadline = time.monotonic() + timeout
    while len(smtp_server.to(address)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    received = smtp_server.to(address)
    assert len(received) == count, [m.subject for m in received]
    return received


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.fixture
def people(municipality, reference_lists, make_coordinator):
    giver = member(municipality, full_name="Sofie Gever", email=GIVER_EMAIL)
    boss, secret = make_coordinator(municipality, full_name=COORDINATOR_NAME, email="carla@kortrijk.be")
    return giver, boss, secret


def change_stage_in_browser(page, label, message, remark=""):
    page.get_by_label("Nieuwe fase").select_option(label=label)
    page.locator("#stage_message").fill(message)
    if remark:
        page.locator("#stage_remark").fill(remark)
    page.get_by_role("button", name="Fase wijzigen en bericht versturen").click()
    expect(page.get_by_text(f"Het knelpunt is nu in de fase ‘{label}’.")).to_be_visible()
    expect(page.locator(".badge--stage")).to_have_text(label)


def test_the_whole_feedback_loop_with_mail_and_a_daily_digest(site, new_page, log_in, smtp_server, people):
    giver, boss, secret = people

    # 1. The giver sends a signal through the form.
    giver_page = new_page()
    log_in(giver_page, giver.email)
    giver_page.goto(f"{site}/g/kortrijk/signaal-geven/")
    giver_page.locator("input[name=signal_type][value=drempel]").check()
    giver_page.get_by_label("Korte titel").fill(TITLE)
    giver_page.get_by_label("Wat stel je vast?").fill(DESCRIPTION)
    giver_page.locator("input[name=themes]").first.check()
    giver_page.get_by_role("button", name="Signaal versturen").click()
    expect(giver_page).to_have_url(re.compile(r"/mijn/signalen/verstuurd/\?ref="))
    reference = giver_page.locator(".reference").first.inner_text()
    signal = Signal.objects.get(reference=reference)
    assert signal.giver == giver and signal.description == DESCRIPTION
    signal_url = f"{site}/mijn/signalen/{reference}/"
    (receipt,) = mails_to(smtp_server, GIVER_EMAIL, 1)
    assert reference in receipt.subject

    # 2. The coordinator (password + TOTP) opens the inbox and the signal, marks it read, asks a question.
    boss_page = new_page()
    log_in(boss_page, boss.email, totp_secret=secret)
    boss_page.goto(f"{site}/g/kortrijk/signalen/")
    row = boss_page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Nieuw")
    row.get_by_role("link", name=reference).click()
    expect(boss_page.get_by_role("heading", level=1)).to_have_text(TITLE)
    boss_page.get_by_role("button", name="Markeer als ontvangen").click()
    expect(boss_page.get_by_text("Het signaal is gemarkeerd als ontvangen.")).to_be_visible()
    boss_page.get_by_label("Je vraag aan de signaalgever").fill(QUESTION)
    boss_page.get_by_role("button", name="Vraag versturen").click()
    expect(boss_page.get_by_text("Je vraag is verstuurd.")).to_be_visible()
    expect(boss_page.locator("#gesprek + .timeline")).to_contain_text(QUESTION)

    # 3. The giver gets the question by e-mail, follows the link (logging in again: a fresh browser) and answers.
    received, asked = mails_to(smtp_server, GIVER_EMAIL, 3)[1:]
    assert "Je signaal is ontvangen" in received.text
    assert "De gemeente stelt je een vraag" in asked.text
    link = smtp_server.link_in_last_mail_to(GIVER_EMAIL, path_contains="/mijn/signalen/")
    assert link == signal_url
    answer_page = new_page()
    answer_page.goto(link)
    expect(answer_page).to_have_url(re.compile(r"/accounts/login/"))
    log_in(answer_page, giver.email)
    expect(answer_page).to_have_url(signal_url)
    question = answer_page.locator("section", has=answer_page.get_by_role("heading", name="Vraag voor jou"))
    expect(question).to_contain_text(QUESTION)
    answer_page.get_by_label("Je antwoord").fill(ANSWER)
    answer_page.get_by_role("button", name="Antwoord versturen").click()
    expect(answer_page.get_by_text("De gemeente ziet je antwoord.")).to_be_visible()
    expect(answer_page.get_by_role("heading", name="Vraag voor jou")).to_have_count(0)

    # 4. The coordinator sees that the giver reacted, reads the answer and makes a new knelpunt of the signal.
    boss_page.goto(f"{site}/g/kortrijk/signalen/")
    row = boss_page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Signaalgever reageerde")
    row.get_by_role("link", name=reference).click()
    expect(boss_page.get_by_text("De signaalgever reageerde")).to_be_visible()
    expect(boss_page.locator("#gesprek + .timeline")).to_contain_text(ANSWER)
    boss_page.get_by_label("Titel van het nieuwe knelpunt").fill(KNELPUNT)
    boss_page.get_by_role("button", name="Nieuw knelpunt maken met dit signaal").click()
    # a knelpunt made of signals opens to be completed: its summary, and the trekker suggested
    expect(boss_page).to_have_url(re.compile(r"/g/kortrijk/knelpunten/\d+/aanpassen/\?nieuw=1$"))
    expect(boss_page.get_by_role("heading", level=1)).to_have_text(f"Maak ‘{KNELPUNT}’ af")
    boss_page.get_by_label("Samenvatting", exact=True).fill("Gezinnen wachten maanden op budgetbegeleiding.")
    boss_page.get_by_role("button", name="Bewaren").click()
    expect(boss_page).to_have_url(re.compile(r"/g/kortrijk/knelpunten/\d+/$"))
    expect(boss_page.get_by_role("heading", level=1)).to_have_text(KNELPUNT)
    expect(boss_page.locator("#signalen + .table-wrap")).to_contain_text(reference)

    # 5. ... and moves it through three stages, with a distinct message to the givers each time.
    for i, (_stage, label, message) in enumerate(STEPS):
        change_stage_in_browser(boss_page, label, message, remark=REMARK if i == 0 else "")
    signal.refresh_from_db()
    assert signal.knelpunt.stage == Stage.PROPOSAL

    # 6. The giver got one e-mail per event: received, question, linked, and the three stages.
    mails = mails_to(smtp_server, GIVER_EMAIL, 7)
    events = mails[1:]
    expected = ["Je signaal is ontvangen", "De gemeente stelt je een vraag", "Je signaal is gekoppeld aan een knelpunt",
                "Nieuwe stap voor het knelpunt: In analyse", "Nieuwe stap voor het knelpunt: Geagendeerd",
                "Nieuwe stap voor het knelpunt: Beleidsvoorstel"]
    for mail, what in zip(events, expected, strict=True):
        assert mail.subject == f"Nieuws over je signaal {reference}"
        assert what in mail.text, mail.text
        assert signal_url in mail.text and f'href="{signal_url}"' in mail.html
        assert f"{site}/mijn/meldingen/instellingen/" in mail.text  # how to get fewer mails
        for body in (mail.text, mail.html):
            assert DESCRIPTION not in body and TITLE not in body
            assert COORDINATOR_NAME not in body and "Carla" not in body
            assert REMARK not in body and QUESTION not in body
        assert mail.message.get_body(preferencelist=("html",)) is not None  # multipart: text + HTML

    # 7. The giver reads every step on the signal page, in order, and never the internal remark.
    answer_page.goto(signal_url)
    story = answer_page.locator("ol.timeline")
    expect(story).to_contain_text(QUESTION)
    expect(story).to_contain_text(ANSWER)
    expect(story).to_contain_text(f'Gekoppeld aan knelpunt "{KNELPUNT}"')
    expect(answer_page.get_by_text("Stap nu: Beleidsvoorstel.")).to_be_visible()
    text = story.inner_text()
    positions = [text.index(f"Nieuwe stap: {label}") for _s, label, _m in STEPS]
    positions += [text.index(message) for _s, _l, message in STEPS]
    assert positions[:3] == sorted(positions[:3]) and positions[3:] == sorted(positions[3:])
    for (_s, _label, message), start in zip(STEPS, positions[:3], strict=True):
        assert text.index(message) > start  # each message under its own step
    assert REMARK not in answer_page.locator("main").inner_text()
    assert COORDINATOR_NAME not in answer_page.locator("main").inner_text()

    # 8. The giver chooses the daily digest.
    answer_page.goto(f"{site}/mijn/meldingen/instellingen/")
    answer_page.get_by_label("Eén keer per dag (overzicht)").check()
    answer_page.get_by_role("button", name="Bewaren").click()
    expect(answer_page.get_by_text("Je keuze is bewaard.")).to_be_visible()
    giver.refresh_from_db()
    assert giver.notification_preference == "daily"

    # 9. Three more updates: no e-mail now, but they are on the giver's page.
    for kind, label, message in LATER:
        if kind == "stage":
            change_stage_in_browser(boss_page, label, message)
        else:
            boss_page.get_by_role("textbox", name="Bericht aan alle signaalgevers").fill(message)
            boss_page.get_by_role("button", name="Bericht versturen", exact=True).click()
            expect(boss_page.get_by_text("Je bericht is verstuurd naar de signaalgever van 1 signaal.")).to_be_visible()
    assert Notification.objects.filter(user=giver, emailed_at__isnull=True).count() == 3
    mails_to(smtp_server, GIVER_EMAIL, 7)  # still seven: nothing sent immediately
    answer_page.goto(signal_url)
    for _kind, _label, message in LATER:
        expect(answer_page.locator("ol.timeline")).to_contain_text(message)
    expect(answer_page.get_by_role("heading", name="Uitkomst").first).to_be_visible()

    # 10. The daily run sends exactly one digest that lists the three updates.
    assert notifications.send_digests("daily") == 1
    digest = mails_to(smtp_server, GIVER_EMAIL, 8)[-1]
    assert digest.subject == "Je dagelijkse overzicht: 3 berichten over je signalen"
    lines = [line for line in digest.text.splitlines() if line.startswith(f"- {reference}:")]
    assert [line.split(" (")[0] for line in lines] == [
        f"- {reference}: Nieuwe stap voor het knelpunt: In uitvoering",
        f"- {reference}: Nieuw bericht van de gemeente",
        f"- {reference}: Nieuwe stap voor het knelpunt: Afgerond",
    ]
    assert digest.text.count(signal_url) == 3 and digest.html.count(f'href="{signal_url}"') == 3
    for body in (digest.text, digest.html):
        assert DESCRIPTION not in body and COORDINATOR_NAME not in body and "Carla" not in body
    assert notifications.send_digests("daily") == 0  # nothing twice
    mails_to(smtp_server, GIVER_EMAIL, 8)
    assert not Notification.objects.filter(user=giver, emailed_at__isnull=True).exists()


@pytest.fixture
def followed_signal(people, municipality):
    """A signal with a question and answer, linked to a knelpunt that went through three stages."""
    giver, boss, secret = people
    theme = Theme.objects.filter(active=True).order_by("position").first()
    (signal,) = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": TITLE, "description": DESCRIPTION}, [theme])
    triage.mark_read(boss, [signal.pk])
    triage.ask_question(boss, signal.pk, QUESTION)
    intake.answer_question(giver, signal.pk, ANSWER)
    knelpunt = casework.create_knelpunt(boss, municipality, {"title": KNELPUNT}, signal_ids=[signal.pk])
    for i, (stage, _label, message) in enumerate(STEPS):
        knelpunt.refresh_from_db()
        casework.change_stage(boss, knelpunt.pk, stage, message, knelpunt.version, remark=REMARK if i == 0 else "")
    return signal, knelpunt


def test_inbox_triage_knelpunt_and_the_givers_page_pass_axe_and_fit_a_phone(
        site, new_page, log_in, axe_check, people, followed_signal):
    giver, boss, secret = people
    signal, knelpunt = followed_signal

    page = new_page(viewport={"width": 1280, "height": 800})
    log_in(page, boss.email, totp_secret=secret)
    page.goto(f"{site}/g/kortrijk/signalen/?status=all")
    expect(page.get_by_role("row").filter(has_text=signal.reference)).to_contain_text("Signaalgever reageerde")
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/signalen/{signal.pk}/")
    expect(page.locator("#gesprek + .timeline")).to_contain_text(ANSWER)
    axe_check(page)

    page.goto(f"{site}/g/kortrijk/knelpunten/{knelpunt.pk}/")
    expect(page.get_by_role("heading", name="Fase wijzigen")).to_be_visible()
    expect(page.locator("#tijdlijn ~ *").first).to_contain_text("Beleidsvoorstel")
    axe_check(page)

    for viewport in ({"width": 1280, "height": 800}, {"width": 360, "height": 740}):
        mobile = viewport["width"] < 400
        giver_page = new_page(viewport=viewport, is_mobile=mobile, has_touch=mobile)
        log_in(giver_page, giver.email)
        giver_page.goto(f"{site}/mijn/signalen/{signal.reference}/")
        for _stage, _label, message in STEPS:
            expect(giver_page.locator("ol.timeline")).to_contain_text(message)
        axe_check(giver_page)
        assert fits_the_screen(giver_page), viewport
