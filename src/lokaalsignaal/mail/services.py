"""The one write path for e-mail: render (text + HTML), store, deliver through the task queue, retry."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingMail

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BACKOFF_MINUTES = [1, 5, 15, 60, 180, 360, 720]
# A queued mail still unsent after this long lost its delivery task (a process killed between the commit and the
# enqueue), and a mail still SENDING after this long lost its sender (a process killed while it talked to the mail
# server): retry_due() (cron: retry_mail) delivers them. The claim locks the row, so two senders never both send it.
LOST_AFTER = timedelta(minutes=10)


def absolute_url(path: str) -> str:
    return settings.SITE_URL + path


def queue(to: str, template: str, context: dict, language: str = "nl", attachments=None) -> OutgoingMail:
    """Render `mail/<template>_subject.txt`, `_body.txt` and `_body.html` and queue delivery after commit.

    `attachments`: optional [(filename, text content, mimetype)], e.g. a calendar file."""
    context = {"site_url": settings.SITE_URL, **context}
    with translation.override(language):
        subject = render_to_string(f"mail/{template}_subject.txt", context).strip()
        text = render_to_string(f"mail/{template}_body.txt", context)
        html = render_to_string(f"mail/{template}_body.html", context)
    return queue_rendered(to, subject, text, html, attachments=attachments)


def queue_rendered(to: str, subject: str, text: str, html: str = "", attachments=None) -> OutgoingMail:
    mail = OutgoingMail.objects.create(
        to=to, subject=" ".join(subject.split())[:250], body_text=text, body_html=html,
        attachments=[{"filename": f, "content": c, "mimetype": m} for f, c, m in (attachments or [])],
        next_attempt_at=timezone.now() + LOST_AFTER,
    )
    transaction.on_commit(lambda: _enqueue(mail.pk))
    return mail


def _enqueue(mail_id: int, run_after=None) -> None:
    from .tasks import deliver_mail

    task = deliver_mail
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # a backend that cannot wait (immediate) would retry at once, in a loop: retry_due() does it
        task = task.using(run_after=run_after)
    task.enqueue(mail_id)


def deliver(mail_id: int) -> OutgoingMail:
    """Send one queued mail; on failure schedule a retry with backoff (or mark it failed for the admin).

    Three short steps, so that no transaction stays open while the mail server answers (on SQLite an open write
    transaction would hold the whole database for as long as the server takes): claim the mail (SENDING, with a lease
    of `LOST_AFTER` after which `retry_due` takes it up again, should this process die), talk to the server with no
    transaction open, record the outcome. A mail being sent by another process within its lease is left alone."""
    mail = _claim(mail_id)
    if mail is None:
        return OutgoingMail.objects.get(pk=mail_id)
    message = EmailMultiAlternatives(mail.subject, mail.body_text, settings.DEFAULT_FROM_EMAIL, [mail.to])
    if mail.body_html:
        message.attach_alternative(mail.body_html, "text/html")
    for attachment in mail.attachments or []:
        message.attach(attachment["filename"], attachment["content"], attachment["mimetype"])
    try:
        message.send()
    except Exception as exc:  # SMTP errors, refused connections, timeouts: all retried
        log.warning("Mail %s failed (attempt %s): %s", mail.pk, mail.attempts, exc)
        return _record_failure(mail, f"{type(exc).__name__}: {exc}"[:500])
    OutgoingMail.objects.filter(pk=mail.pk).update(status=OutgoingMail.Status.SENT, sent_at=timezone.now(),
                                                   next_attempt_at=None, last_error="")
    mail.refresh_from_db()
    return mail


@transaction.atomic
def _claim(mail_id: int) -> OutgoingMail | None:
    mail = OutgoingMail.objects.select_for_update().get(pk=mail_id)
    now = timezone.now()
    if mail.status == OutgoingMail.Status.SENT or (
            mail.status == OutgoingMail.Status.SENDING and mail.next_attempt_at and mail.next_attempt_at > now):
        return None
    mail.status, mail.attempts, mail.next_attempt_at = OutgoingMail.Status.SENDING, mail.attempts + 1, now + LOST_AFTER
    mail.save(update_fields=["status", "attempts", "next_attempt_at"])
    return mail


@transaction.atomic
def _record_failure(mail: OutgoingMail, error: str) -> OutgoingMail:
    mail.last_error = error
    if mail.attempts >= MAX_ATTEMPTS:
        mail.status, mail.next_attempt_at = OutgoingMail.Status.FAILED, None
    else:
        delay = BACKOFF_MINUTES[min(mail.attempts - 1, len(BACKOFF_MINUTES) - 1)]
        mail.status = OutgoingMail.Status.RETRYING
        mail.next_attempt_at = timezone.now() + timedelta(minutes=delay)
        run_after = mail.next_attempt_at
        transaction.on_commit(lambda: _enqueue(mail.pk, run_after))
    mail.save(update_fields=["status", "next_attempt_at", "last_error"])
    return mail


def retry_due(now=None) -> int:
    """Deliver every mail whose retry time has come (for backends that cannot defer tasks). Returns the count."""
    now = now or timezone.now()
    due = list(
        OutgoingMail.objects.filter(
            status__in=[OutgoingMail.Status.RETRYING, OutgoingMail.Status.QUEUED, OutgoingMail.Status.SENDING],
            next_attempt_at__lte=now
        ).values_list("pk", flat=True)
    )
    for pk in due:
        deliver(pk)
    return len(due)


def purge_old(now=None) -> int:
    """Forget the mail that is done: sent or given up more than ``LOKAALSIGNAAL_MAIL_KEEP_DAYS`` days ago (default
    30). A mail holds its recipient, a subject that can name a signal's reference, and a body with links (an
    invitation's); once delivered, nothing needs it. Mail still on its way is never touched. Returns the count."""
    before = (now or timezone.now()) - timedelta(days=settings.LOKAALSIGNAAL_MAIL_KEEP_DAYS)
    done = (OutgoingMail.objects.filter(status=OutgoingMail.Status.SENT, sent_at__lt=before)
            | OutgoingMail.objects.filter(status=OutgoingMail.Status.FAILED, created_at__lt=before))
    return done.delete()[0]
