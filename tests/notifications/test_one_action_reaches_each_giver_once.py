"""A stage change, a decision and a bulk link reach a giver once, however many of her signals the knelpunt holds:
one notification naming all her references, one e-mail; another giver hears it about her own signal. A question is
about one signal and comes with it."""

import pytest
from django.core import mail as django_mail

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import triage
from lokaalsignaal.notifications.models import Notification
from tests.factories import member


@pytest.fixture
def ann_and_bert(kortrijk, make_signal):
    ann = member(kortrijk, email="ann@caw.be", notification_preference=NotificationPreference.IMMEDIATE)
    bert = member(kortrijk, email="bert@ocmw.be", notification_preference=NotificationPreference.IMMEDIATE)
    hers = [make_signal(giver=ann, title=f"Wachttijd {i}") for i in range(3)]
    return ann, bert, hers, make_signal(giver=bert)


def _fresh():
    Notification.objects.all().delete()
    django_mail.outbox.clear()


def test_a_stage_change_is_one_notification_and_one_mail_per_giver(kortrijk_coordinator, make_knelpunt, ann_and_bert,
                                                                  django_capture_on_commit_callbacks):
    ann, bert, hers, his = ann_and_bert
    knelpunt = make_knelpunt("Wachttijden", signals=[*hers, his])
    _fresh()

    with django_capture_on_commit_callbacks(execute=True):
        casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "We zoeken het uit.",
                                knelpunt.version)

    (notification,) = Notification.objects.filter(user=ann)
    assert sorted(notification.signal_references) == sorted(s.reference for s in hers)
    assert len([m for m in django_mail.outbox if m.to == ["ann@caw.be"]]) == 1
    (his_notification,) = Notification.objects.filter(user=bert)
    assert his_notification.signal_references == [his.reference]


def test_linking_her_signals_in_bulk_tells_her_once(kortrijk_coordinator, make_knelpunt, ann_and_bert,
                                                    django_capture_on_commit_callbacks):
    ann, _bert, hers, _his = ann_and_bert
    knelpunt = make_knelpunt("Wachttijden")
    _fresh()

    with django_capture_on_commit_callbacks(execute=True):
        casework.link(kortrijk_coordinator, [s.pk for s in hers], knelpunt.pk)

    (notification,) = Notification.objects.filter(user=ann, kind=Notification.Kind.LINKED)
    assert len(notification.signal_references) == 3


def test_a_question_stays_with_its_signal(kortrijk_coordinator, ann_and_bert, django_capture_on_commit_callbacks):
    ann, _bert, hers, _his = ann_and_bert
    _fresh()

    with django_capture_on_commit_callbacks(execute=True):
        triage.ask_question(kortrijk_coordinator, hers[1].pk, "Over welke wijk gaat het?")

    (notification,) = Notification.objects.filter(user=ann)
    assert notification.signal == hers[1] and notification.signal_references == [hers[1].reference]
