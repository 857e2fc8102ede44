"""A signal its giver withdrew never ends up in a knelpunt: not through the service, not through a direct POST to any
of the paths that attach signals (link, new knelpunt, one-click suggestion, cluster, bulk action, move, merge).
Refused with a clear Dutch message, never a 500; nothing is written and its giver gets no notification."""

from html import unescape

import pytest
from django.core.exceptions import ValidationError

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.notifications.models import Notification

pytestmark = pytest.mark.django_db

REFUSED = "is ingetrokken door de signaalgever"


@pytest.fixture
def knelpunt(make_knelpunt):
    return make_knelpunt("Wachttijden budgetbegeleiding")


@pytest.fixture
def coordinator_client(client, login, kortrijk_coordinator):
    login(kortrijk_coordinator)
    return client


@pytest.fixture
def after_commit(django_capture_on_commit_callbacks):
    """Run a request or call and everything it queued for after the commit (the giver's notifications)."""

    def run(call):
        with django_capture_on_commit_callbacks(execute=True):
            return call()

    return run


def assert_untouched(signal, *knelpunten):
    signal.refresh_from_db()
    assert signal.knelpunt_id is None and signal.status == SignalStatus.WITHDRAWN
    assert not signal.events.filter(kind__in=[SignalEvent.Kind.LINKED, SignalEvent.Kind.FEEDBACK]).exists()
    assert not AuditEvent.objects.filter(action="signal.linked", object_id=str(signal.pk)).exists()
    assert not Notification.objects.filter(signal=signal).exists()
    for knelpunt in knelpunten:
        knelpunt.refresh_from_db()
        assert knelpunt.signal_count == 0 and not knelpunt.signals.exists()


def page_text(response) -> str:
    assert response.status_code == 200
    return unescape(response.content.decode())


def test_the_service_refuses_to_link_a_withdrawn_signal(withdrawn, knelpunt, kortrijk_coordinator, after_commit):
    with pytest.raises(ValidationError) as refused:
        after_commit(lambda: casework.link(kortrijk_coordinator, [withdrawn.pk], knelpunt.pk))

    assert REFUSED in " ".join(refused.value.messages) and withdrawn.reference in " ".join(refused.value.messages)
    assert_untouched(withdrawn, knelpunt)


def test_one_withdrawn_signal_among_others_links_none_of_them(withdrawn, make_signal, knelpunt, kortrijk_coordinator,
                                                              after_commit):
    fine = make_signal(title="Nog een signaal over wachttijden")

    with pytest.raises(ValidationError):
        after_commit(lambda: casework.link(kortrijk_coordinator, [fine.pk, withdrawn.pk], knelpunt.pk))

    assert Signal.objects.get(pk=fine.pk).knelpunt_id is None
    assert_untouched(withdrawn, knelpunt)


def test_a_new_knelpunt_with_a_withdrawn_signal_is_not_made(withdrawn, kortrijk, kortrijk_coordinator, after_commit):
    with pytest.raises(ValidationError):
        after_commit(lambda: casework.create_knelpunt(kortrijk_coordinator, kortrijk, {"title": "Nieuw"},
                                                        signal_ids=[withdrawn.pk]))

    assert not Knelpunt.objects.exists()
    assert_untouched(withdrawn)


def test_a_direct_post_to_link_is_refused_with_a_message(withdrawn, knelpunt, kortrijk, coordinator_client,
                                                        after_commit):
    response = after_commit(lambda: coordinator_client.post(
        f"/g/{kortrijk.slug}/signalen/{withdrawn.pk}/koppelen/", {"knelpunt": knelpunt.pk}))

    assert REFUSED in page_text(response)
    assert_untouched(withdrawn, knelpunt)


def test_a_direct_post_to_new_knelpunt_is_refused_with_a_message(withdrawn, kortrijk, coordinator_client,
                                                                after_commit):
    response = after_commit(lambda: coordinator_client.post(
        f"/g/{kortrijk.slug}/signalen/{withdrawn.pk}/nieuw-knelpunt/", {"knelpunt_title": "Wachttijden"}))

    assert REFUSED in page_text(response)
    assert not Knelpunt.objects.exists()
    assert_untouched(withdrawn)


def test_a_one_click_suggestion_is_refused_with_a_message(withdrawn, knelpunt, make_signal, kortrijk,
                                                         coordinator_client, after_commit):
    loose = make_signal(title="Los signaal over wachttijden")
    url = f"/g/{kortrijk.slug}/signalen/{withdrawn.pk}/voorstel-koppelen/"

    to_knelpunt = after_commit(lambda: coordinator_client.post(url, {"knelpunt": knelpunt.pk}, follow=True))
    with_a_signal = after_commit(lambda: coordinator_client.post(url, {"signal": loose.pk}, follow=True))

    assert REFUSED in page_text(to_knelpunt) and REFUSED in page_text(with_a_signal)
    assert Knelpunt.objects.get() == knelpunt and Signal.objects.get(pk=loose.pk).knelpunt_id is None
    assert_untouched(withdrawn, knelpunt)


def test_a_withdrawn_signal_posted_into_a_cluster_stays_out(withdrawn, make_signal, kortrijk, coordinator_client,
                                                           after_commit):
    a, b = make_signal(title="Budgetmeter leeg"), make_signal(title="Budgetmeter weer leeg")

    response = after_commit(lambda: coordinator_client.post(
        f"/g/{kortrijk.slug}/signalen/clusters/knelpunt/",
        {"signal_ids": [a.pk, b.pk, withdrawn.pk], "title": "Budgetmeters"}))

    assert response.status_code == 302
    assert set(Knelpunt.objects.get().signals.values_list("pk", flat=True)) == {a.pk, b.pk}
    assert_untouched(withdrawn)


@pytest.mark.parametrize("target", ["existing", "new"])
def test_the_bulk_link_in_the_inbox_is_refused_with_a_message(target, withdrawn, knelpunt, kortrijk,
                                                             coordinator_client, after_commit):
    choice = {"knelpunt": knelpunt.pk} if target == "existing" else {"knelpunt": "new", "new_title": "Nieuw"}

    # the inbox filtered on 'Ingetrokken' lists them with the bulk form
    response = after_commit(lambda: coordinator_client.post(
        f"/g/{kortrijk.slug}/signalen/?status=withdrawn", {"action": "link", "signals": [withdrawn.pk], **choice}))

    assert REFUSED in page_text(response)
    assert Knelpunt.objects.get() == knelpunt
    assert_untouched(withdrawn, knelpunt)


@pytest.fixture
def stuck(withdrawn, make_knelpunt):
    """A withdrawn signal that got into a knelpunt before this rule (the hole this test file closes)."""
    source = make_knelpunt("Oud knelpunt")
    Signal.objects.filter(pk=withdrawn.pk).update(knelpunt=source)
    return source


def test_moving_a_withdrawn_signal_to_another_knelpunt_is_refused(stuck, withdrawn, knelpunt, kortrijk,
                                                                  coordinator_client, after_commit):
    response = after_commit(lambda: coordinator_client.post(
        f"/g/{kortrijk.slug}/knelpunten/{stuck.pk}/signaal-verplaatsen/",
        {"signal": withdrawn.pk, "target": knelpunt.pk}))

    assert REFUSED in page_text(response)
    assert Signal.objects.get(pk=withdrawn.pk).knelpunt_id == stuck.pk
    knelpunt.refresh_from_db()
    assert knelpunt.signal_count == 0 and not Notification.objects.filter(signal=withdrawn).exists()


def test_a_merge_does_not_carry_a_withdrawn_signal_along(stuck, withdrawn, knelpunt, make_signal,
                                                         kortrijk_coordinator, after_commit):
    moving = make_signal(title="Signaal dat meegaat")
    casework.link(kortrijk_coordinator, [moving.pk], stuck.pk)

    after_commit(lambda: casework.merge(kortrijk_coordinator, stuck.pk, knelpunt.pk, "We voegen ze samen."))

    knelpunt.refresh_from_db()
    assert list(knelpunt.signals.values_list("pk", flat=True)) == [moving.pk] and knelpunt.signal_count == 1
    assert Signal.objects.get(pk=withdrawn.pk).knelpunt_id == stuck.pk
    assert not withdrawn.events.filter(kind__in=[SignalEvent.Kind.LINKED, SignalEvent.Kind.FEEDBACK]).exists()
    assert not Notification.objects.filter(signal=withdrawn).exists()
