"""Every notification e-mail: text + HTML, a link to the signal and to the settings, and nothing of the signal's
content, the knelpunt or the people involved (mail leaves the platform)."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.stages import Stage

from .conftest import COORDINATOR_NAME, GIVER_NAME, SIGNAL_TEXT, SIGNAL_TITLE

QUESTION = "Gaat het vooral over alleenstaande ouders?"
MESSAGE = "We nemen dit mee naar het overleg met het CAW."
KNELPUNT = "Wachtlijsten in de schuldhulp"


def _received(staff, signal):
    staff.receive(signal)


def _question(staff, signal):
    staff.ask(signal, QUESTION)


def _linked(staff, signal):
    staff.knelpunt(signal, title=KNELPUNT)


def _stage(staff, signal):
    staff.stage(staff.knelpunt(signal, title=KNELPUNT), Stage.ANALYSIS, MESSAGE)


def _feedback(staff, signal):
    staff.feedback(staff.knelpunt(signal, title=KNELPUNT), MESSAGE)


def _not_retained(staff, signal):
    staff.not_retain(signal, MESSAGE)


@pytest.mark.parametrize("action", [_received, _question, _linked, _stage, _feedback, _not_retained],
                         ids=lambda f: f.__name__.strip("_"))
def test_a_notification_email_links_to_the_signal_and_the_settings_and_holds_no_content(
        give, municipality_staff, mailoutbox, settings, action):
    signal = give()
    mailoutbox.clear()
    action(municipality_staff, signal)

    mails = [m for m in mailoutbox if m.to == ["sofie.gever@caw.be"]]
    assert mails, "the giver (who chose 'immediately') gets an e-mail"
    mail = mails[-1]
    html = mail.alternatives[0][0]
    assert mail.alternatives[0][1] == "text/html"
    signal_url = settings.SITE_URL + reverse("intake:detail", args=[signal.reference])
    settings_url = settings.SITE_URL + reverse("notifications:settings")
    for body in (mail.body, html):
        assert signal_url in body
        assert settings_url in body
        assert signal.reference in body
        for secret in (SIGNAL_TITLE, SIGNAL_TEXT, GIVER_NAME, COORDINATOR_NAME, QUESTION, MESSAGE, KNELPUNT,
                       "Kortrijk"):
            assert secret not in body
    assert signal.reference in mail.subject
    assert SIGNAL_TITLE not in mail.subject


def test_a_stage_change_email_names_the_new_stage(give, municipality_staff, mailoutbox):
    signal = give()
    knelpunt = municipality_staff.knelpunt(signal)
    mailoutbox.clear()

    municipality_staff.stage(knelpunt, Stage.ANALYSIS, MESSAGE)

    [mail] = mailoutbox
    assert "In analyse" in mail.body
