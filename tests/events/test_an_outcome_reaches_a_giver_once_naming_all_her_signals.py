"""A giver with three signals in the knelpunt whose outcome is sent gets one notification and one e-mail for it,
naming her three references (not three 'Nieuws over je signaal' e-mails). Another giver of the same knelpunt still
hears it once, about her own signal."""

from django.core import mail as django_mail

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.events import services
from lokaalsignaal.notifications.models import Notification
from tests.factories import member

from .conftest import in_days


def test_three_signals_of_one_giver_one_notification_and_one_mail_naming_them(
        boss, kortrijk, add_knelpunt, give, make_event, django_capture_on_commit_callbacks):
    ann = member(kortrijk, full_name="Ann Peeters", email="ann@caw.be",
                 notification_preference=NotificationPreference.IMMEDIATE)
    bert = member(kortrijk, full_name="Bert Claes", email="bert@ocmw.be",
                  notification_preference=NotificationPreference.IMMEDIATE)
    hers = [give(ann, kortrijk, title=f"Wachttijd {i}") for i in range(3)]
    his = give(bert, kortrijk)
    knelpunt = add_knelpunt("Wachttijden budgetbegeleiding", *hers, his)
    event = make_event(knelpunten=[knelpunt], starts_at=in_days(-1))
    Notification.objects.all().delete()
    django_mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.record_outcome(boss, event.agenda.get().pk, "Het OCMW zet een extra begeleider in.",
                                send_as_feedback=True)

    (notification,) = Notification.objects.filter(user=ann)
    assert sorted(notification.signal_references) == sorted(s.reference for s in hers)
    (mail,) = [m for m in django_mail.outbox if m.to == ["ann@caw.be"]]
    for reference in (s.reference for s in hers):
        assert reference in mail.subject and reference in mail.body and reference in mail.alternatives[0][0]
    assert "signalen" in mail.subject
    (his_notification,) = Notification.objects.filter(user=bert)
    assert his_notification.signal == his and his_notification.signal_references == [his.reference]
    (his_mail,) = [m for m in django_mail.outbox if m.to == ["bert@ocmw.be"]]
    assert his.reference in his_mail.subject
