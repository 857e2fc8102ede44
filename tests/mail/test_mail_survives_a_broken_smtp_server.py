"""When the SMTP server fails, mail is kept, retried later with backoff, and delivered once the server is back."""

from datetime import timedelta

import pytest
from django.core import mail as django_mail
from django.utils import timezone

from lokaalsignaal.mail import services
from lokaalsignaal.mail.models import OutgoingMail

BROKEN = "tests.mail.backends.BrokenSMTPBackend"


@pytest.fixture
def queued(db):
    return services.queue_rendered("wout@zorg.be", "Je aanvraag", "Goed nieuws", "<p>Goed nieuws</p>")


def test_mail_is_stored_before_it_is_sent(queued):
    assert OutgoingMail.objects.get(pk=queued.pk).status == OutgoingMail.Status.QUEUED
    assert not django_mail.outbox


def test_queued_mail_is_delivered_after_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mail = services.queue_rendered("wout@zorg.be", "Je aanvraag", "Goed nieuws", "<p>Goed nieuws</p>")

    mail.refresh_from_db()
    assert mail.status == OutgoingMail.Status.SENT
    assert mail.attempts == 1
    [sent] = django_mail.outbox
    assert (sent.to, sent.subject, sent.body) == (["wout@zorg.be"], "Je aanvraag", "Goed nieuws")
    assert sent.alternatives[0][0] == "<p>Goed nieuws</p>"


def test_failed_delivery_is_scheduled_for_a_retry(queued, settings):
    settings.EMAIL_BACKEND = BROKEN
    before = timezone.now()

    services.deliver(queued.pk)

    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.RETRYING
    assert queued.attempts == 1
    assert queued.next_attempt_at >= before + timedelta(minutes=1)
    assert "SMTPException" in queued.last_error
    assert queued.sent_at is None


def test_retry_waits_until_its_time_has_come(queued, settings):
    settings.EMAIL_BACKEND = BROKEN
    services.deliver(queued.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert services.retry_due() == 0

    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.RETRYING
    assert not django_mail.outbox


def test_later_retry_delivers_the_mail_once_the_server_is_back(queued, settings):
    settings.EMAIL_BACKEND = BROKEN
    services.deliver(queued.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    assert services.retry_due(now=timezone.now() + timedelta(minutes=2)) == 1

    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.SENT
    assert queued.attempts == 2
    assert queued.next_attempt_at is None
    assert queued.last_error == ""
    assert [m.to for m in django_mail.outbox] == [["wout@zorg.be"]]


def test_backoff_grows_with_each_failure(queued, settings):
    settings.EMAIL_BACKEND = BROKEN
    delays = []
    for _ in range(3):
        started = timezone.now()
        services.deliver(queued.pk)
        queued.refresh_from_db()
        delays.append(round((queued.next_attempt_at - started).total_seconds() / 60))

    assert delays == [1, 5, 15]


def test_mail_is_marked_failed_after_the_last_attempt(queued, settings):
    settings.EMAIL_BACKEND = BROKEN

    for _ in range(services.MAX_ATTEMPTS):
        services.deliver(queued.pk)

    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.FAILED
    assert queued.attempts == services.MAX_ATTEMPTS
    assert queued.next_attempt_at is None
    assert OutgoingMail.objects.filter(pk=queued.pk).exists()  # kept, visible to the admin


def test_sent_mail_is_not_sent_twice(queued):
    services.deliver(queued.pk)
    services.deliver(queued.pk)

    assert len(django_mail.outbox) == 1


def test_broken_server_at_request_time_keeps_the_mail_for_a_later_retry(db, settings,
                                                                         django_capture_on_commit_callbacks):
    """With a task backend that cannot defer (the immediate one), a failure must wait for retry_due(),
    not be retried in a tight loop until every attempt is used up."""
    settings.EMAIL_BACKEND = BROKEN

    with django_capture_on_commit_callbacks(execute=True):
        mail = services.queue_rendered("wout@zorg.be", "Je aanvraag", "Goed nieuws")

    mail.refresh_from_db()
    assert mail.status == OutgoingMail.Status.RETRYING
    assert mail.attempts == 1
