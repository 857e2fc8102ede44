"""A slow mail server never holds the database: a delivery claims its mail in a short transaction, talks to the
server with no transaction open, and records the outcome in another. While a real local SMTP server holds its answer,
the mail reads "Wordt verstuurd" to everyone else and other writes go through (on SQLite an open write transaction
would lock the whole database for as long as the server takes). A claimed mail is not sent twice; one whose sender
died is taken up again after its lease."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from lokaalsignaal.mail import services as mail
from lokaalsignaal.mail.models import OutgoingMail

from .smtp_server import LocalSMTPServer

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def slow_smtp(settings):
    server = LocalSMTPServer().start()
    server.use_in(settings)
    server.holding.set()
    yield server
    server.stop()


def _queued(to="sofie@caw.be"):
    """A mail in the outbox whose delivery task has not run yet (the test runs the delivery itself)."""
    return OutgoingMail.objects.create(to=to, subject="Nieuws over je signaal", body_text="Er is nieuws.",
                                       next_attempt_at=timezone.now() + mail.LOST_AFTER)


def test_other_writes_go_through_while_the_server_holds_its_answer(slow_smtp):
    held = _queued()
    sender = threading.Thread(target=lambda: (mail.deliver(held.pk), connection.close()))
    sender.start()
    slow_smtp.wait_until_held()

    other = OutgoingMail.objects.create(to="jonas@ocmw-kortrijk.be", subject="Iets anders",  # a write meanwhile
                                        body_text="Tekst.")
    status_meanwhile = OutgoingMail.objects.get(pk=held.pk).status
    slow_smtp.holding.clear()
    sender.join(30)

    assert other.pk and status_meanwhile == OutgoingMail.Status.SENDING
    assert OutgoingMail.objects.get(pk=held.pk).status == OutgoingMail.Status.SENT
    assert slow_smtp.per_recipient()["sofie@caw.be"] == 1


def test_a_mail_being_sent_is_not_sent_again_by_a_second_sender(slow_smtp):
    held = _queued()
    sender = threading.Thread(target=lambda: (mail.deliver(held.pk), connection.close()))
    sender.start()
    slow_smtp.wait_until_held()

    second = mail.deliver(held.pk)  # the retry job, or a second worker, while the first still sends
    slow_smtp.holding.clear()
    sender.join(30)

    assert second.status == OutgoingMail.Status.SENDING
    slow_smtp.wait_for(1)
    assert slow_smtp.per_recipient()["sofie@caw.be"] == 1


def test_a_mail_whose_sender_died_is_sent_after_its_lease(slow_smtp):
    orphan = _queued()
    OutgoingMail.objects.filter(pk=orphan.pk).update(  # claimed by a process that died before the server answered
        status=OutgoingMail.Status.SENDING, attempts=1, next_attempt_at=timezone.now() - timedelta(seconds=1))
    slow_smtp.holding.clear()

    assert mail.retry_due() == 1

    orphan.refresh_from_db()
    assert orphan.status == OutgoingMail.Status.SENT and orphan.attempts == 2
