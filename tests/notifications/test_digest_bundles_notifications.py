"""A giver who chose a daily or weekly overview gets no mail per event, but one digest with everything."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications import services
from lokaalsignaal.notifications.models import Notification

from .conftest import GIVER_NAME, SIGNAL_TEXT, SIGNAL_TITLE


@pytest.fixture
def three_stage_changes(giver, give, municipality_staff, mailoutbox):
    """three_stage_changes(preference): a linked signal (mailed at once), then the preference, then 3 stages."""

    def make(preference):
        signal = give()
        knelpunt = municipality_staff.knelpunt(signal)
        services.set_preference(giver, preference)
        mailoutbox.clear()
        for stage in (Stage.ANALYSIS, Stage.AGENDA, Stage.PROPOSAL):
            municipality_staff.stage(knelpunt, stage, f"Bericht bij {stage}")
        return signal

    return make


def test_with_the_daily_preference_three_stage_changes_make_one_digest_with_three_items(
        giver, three_stage_changes, committed, mailoutbox, settings):
    signal = three_stage_changes(NotificationPreference.DAILY)

    assert Notification.objects.filter(user=giver, kind=Notification.Kind.STAGE).count() == 3
    assert mailoutbox == []

    with committed():
        assert services.send_digests(NotificationPreference.DAILY) == 1

    [digest] = mailoutbox
    assert digest.to == [giver.email]
    html = digest.alternatives[0][0]
    signal_url = settings.SITE_URL + reverse("intake:detail", args=[signal.reference])
    assert digest.body.count(signal_url) == 3
    assert html.count(f'href="{signal_url}"') == 3
    assert digest.body.index("In analyse") < digest.body.index("Geagendeerd") < digest.body.index("Beleidsvoorstel")
    assert "3 berichten" in digest.subject
    assert settings.SITE_URL + reverse("notifications:settings") in html
    for secret in (SIGNAL_TITLE, SIGNAL_TEXT, GIVER_NAME, "Bericht bij"):
        assert secret not in digest.body
        assert secret not in html


def test_a_second_digest_run_sends_nothing(three_stage_changes, committed, mailoutbox):
    three_stage_changes(NotificationPreference.DAILY)
    with committed():
        services.send_digests(NotificationPreference.DAILY)
    mailoutbox.clear()

    with committed():
        assert services.send_digests(NotificationPreference.DAILY) == 0
    assert mailoutbox == []


def test_the_daily_run_leaves_weekly_readers_alone_and_the_weekly_run_sends_theirs(three_stage_changes, committed,
                                                                                  mailoutbox):
    three_stage_changes(NotificationPreference.WEEKLY)

    with committed():
        call_command("send_digests", "daily")
    assert mailoutbox == []

    with committed():
        call_command("send_digests", "weekly")
    [digest] = mailoutbox
    assert "wekelijkse" in digest.subject


def test_switching_back_to_immediately_sends_what_was_waiting(giver, three_stage_changes, committed, mailoutbox):
    three_stage_changes(NotificationPreference.DAILY)

    with committed():
        services.set_preference(giver, NotificationPreference.IMMEDIATE)

    assert len(mailoutbox) == 1
    assert not Notification.objects.filter(user=giver, emailed_at__isnull=True).exists()
