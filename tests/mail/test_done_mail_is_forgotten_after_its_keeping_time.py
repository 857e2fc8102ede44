"""Mail that is done (sent, or given up after every retry) is forgotten after LOKAALSIGNAAL_MAIL_KEEP_DAYS days: it
holds a recipient, a subject that can name a signal's reference and links such as an invitation's. Mail still on its
way (queued, sending, waiting for a retry) is never touched, however old."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from lokaalsignaal.mail.models import OutgoingMail

pytestmark = pytest.mark.django_db
Status = OutgoingMail.Status


def _mail(status, days_ago, to):
    at = timezone.now() - timedelta(days=days_ago)
    mail = OutgoingMail.objects.create(to=to, subject="Je signaal KOR-2026-0001", body_text="…", status=status,
                                       sent_at=at if status == Status.SENT else None)
    OutgoingMail.objects.filter(pk=mail.pk).update(created_at=at)
    return mail


def test_done_mail_older_than_the_keeping_time_is_forgotten_and_mail_on_its_way_stays(settings):
    settings.LOKAALSIGNAAL_MAIL_KEEP_DAYS = 30
    _mail(Status.SENT, 31, "oud@voorbeeld.be")
    _mail(Status.FAILED, 31, "mislukt@voorbeeld.be")
    _mail(Status.SENT, 29, "recent@voorbeeld.be")
    _mail(Status.FAILED, 29, "recent-mislukt@voorbeeld.be")
    for status in (Status.QUEUED, Status.SENDING, Status.RETRYING):
        _mail(status, 90, f"{status}@voorbeeld.be")

    out = StringIO()
    call_command("purge_mail", stdout=out)

    assert "2 e-mail(s) forgotten" in out.getvalue()
    assert set(OutgoingMail.objects.values_list("to", flat=True)) == {
        "recent@voorbeeld.be", "recent-mislukt@voorbeeld.be", "queued@voorbeeld.be", "sending@voorbeeld.be",
        "retrying@voorbeeld.be"}


def test_the_keeping_time_is_a_setting(settings):
    settings.LOKAALSIGNAAL_MAIL_KEEP_DAYS = 7
    _mail(Status.SENT, 8, "week@voorbeeld.be")

    call_command("purge_mail", stdout=StringIO())

    assert not OutgoingMail.objects.exists()
