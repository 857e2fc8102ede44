"""The SMTP server is down while a coordinator's feedback goes out to the givers: a real local SMTP server, stopped
and started again. Every mail waits in the outbox (retrying, its attempts counted), nothing is lost, and once the
server is back each giver receives her mail exactly once, however often the retry runs."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.mail import services as mail
from lokaalsignaal.mail.models import OutgoingMail
from tests.factories import member

from .smtp_server import LocalSMTPServer

GIVERS = ["sofie@caw.be", "jonas@ocmw-kortrijk.be", "amira@jac.be"]


@pytest.fixture
def smtp(settings):
    server = LocalSMTPServer().start()
    server.use_in(settings)
    yield server
    server.stop()


@pytest.fixture
def knelpunt(kortrijk, kortrijk_coordinator, theme, committed, smtp):
    """Three givers' signals in one knelpunt, given while the mail server was up."""
    signals = []
    for address in GIVERS:
        giver = member(kortrijk, email=address)
        data = {"signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding."}
        with committed():
            signals += intake.submit_signal(giver, [kortrijk], data, [theme])
    with committed():
        return casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Wachttijden"},
                                        signal_ids=[s.pk for s in signals])


def feedback_mails(since_pk):
    return OutgoingMail.objects.filter(pk__gt=since_pk, to__in=GIVERS).order_by("to")


def test_feedback_sent_while_the_smtp_server_is_down_waits_and_arrives_once(knelpunt, kortrijk_coordinator,
                                                                           committed, smtp):
    last_before = OutgoingMail.objects.order_by("pk").last().pk
    received_before = smtp.per_recipient()
    smtp.stop()

    with committed():
        casework.send_feedback(kortrijk_coordinator, knelpunt.pk, "We bespreken dit op het college van maandag.")

    waiting = list(feedback_mails(last_before))
    assert [m.to for m in waiting] == sorted(GIVERS)
    assert {(m.status, m.attempts) for m in waiting} == {(OutgoingMail.Status.RETRYING, 1)}
    assert all("Connection refused" in m.last_error or "ConnectionRefused" in m.last_error for m in waiting)

    # the cron job runs while the server is still down: the mails keep waiting, each attempt counted
    mail.retry_due(now=timezone.now() + timedelta(minutes=2))
    assert {(m.status, m.attempts) for m in feedback_mails(last_before)} == {(OutgoingMail.Status.RETRYING, 2)}

    smtp.start()  # back, on the same address
    call_command("retry_mail")  # their time has not come yet: nothing is sent early
    assert smtp.per_recipient() == received_before

    assert mail.retry_due(now=timezone.now() + timedelta(minutes=10)) == len(GIVERS)
    assert mail.retry_due(now=timezone.now() + timedelta(days=1)) == 0  # again: nothing left to send
    for sent in feedback_mails(last_before):  # the admin's "retry now" on mail already sent sends nothing
        mail.deliver(sent.pk)

    delivered = smtp.per_recipient() - received_before
    assert delivered == {address: 1 for address in GIVERS}
    assert {(m.status, m.attempts, m.last_error) for m in feedback_mails(last_before)} == {
        (OutgoingMail.Status.SENT, 3, "")}
    assert all(subject.startswith("Nieuws over je signaal") for _rcpt, subject in smtp.accepted[-len(GIVERS):])
