"""A withdrawn signal is the giver's last word: a coordinator's direct POST can neither ask its giver a question nor
mark it 'niet weerhouden' (which would overwrite the withdrawal and notify her). The service refuses; the page says
why; nothing is written."""

from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalEvent, SignalStatus
from lokaalsignaal.notifications.models import Notification

pytestmark = pytest.mark.django_db

REFUSED = "is ingetrokken door de signaalgever"


def assert_still_withdrawn(signal):
    signal.refresh_from_db()
    assert signal.status == SignalStatus.WITHDRAWN and not signal.has_open_question
    assert not signal.events.filter(kind__in=[SignalEvent.Kind.QUESTION, SignalEvent.Kind.NOT_RETAINED]).exists()
    assert not Notification.objects.filter(signal=signal).exists()


def test_the_service_refuses_a_question_on_a_withdrawn_signal(withdrawn, kortrijk_coordinator):
    with pytest.raises(ValidationError, match=REFUSED):
        triage.ask_question(kortrijk_coordinator, withdrawn.pk, "Hoeveel mensen gaat het om?")
    assert_still_withdrawn(withdrawn)


def test_the_service_refuses_not_retaining_a_withdrawn_signal(withdrawn, kortrijk_coordinator):
    with pytest.raises(ValidationError, match=REFUSED):
        casework.not_retain(kortrijk_coordinator, [withdrawn.pk], "Dit valt buiten onze bevoegdheid.")
    assert_still_withdrawn(withdrawn)


@pytest.mark.parametrize("name, data", [
    ("casework:ask", {"question": "Hoeveel mensen gaat het om?"}),
    ("casework:not_retain", {"explanation": "Dit valt buiten onze bevoegdheid."}),
])
def test_a_direct_post_on_a_withdrawn_signal_says_why_and_writes_nothing(
        client, login, kortrijk_coordinator, withdrawn, django_capture_on_commit_callbacks, name, data):
    login(kortrijk_coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse(name, args=[withdrawn.municipality.slug, withdrawn.pk]), data)

    assert response.status_code == 200
    assert REFUSED in unescape(response.content.decode())
    assert_still_withdrawn(withdrawn)
