"""The e-mail and the in-platform notification about a message that flowed down from a region or Flanders name the
sender once ("Nieuw bericht van <regio>", never "de gemeente", never "Bericht van X: Bericht van X"); a regional
stage change names the stage and the region once."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications.models import Notification

from .conftest import GIVER_EMAIL, text_of

MESSAGE = "Er komt een regionale werkgroep schuldhulp."


@pytest.fixture
def regional(give, giver, kortrijk, add_knelpunt, kortrijk_coordinator, zuidwest, region_user):
    signal = give(giver, kortrijk)
    child = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [signal], scope=zuidwest)
    OutgoingMail.objects.all().delete()
    return escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")


def mail_to_giver() -> OutgoingMail:
    (mail,) = OutgoingMail.objects.filter(to=GIVER_EMAIL)
    return mail


def test_a_regional_message_mail_names_the_region_once(client, login, regional, giver, region_user, zuidwest,
                                                        committed):
    with committed():
        services.send_feedback(region_user, regional.pk, MESSAGE)

    mail = mail_to_giver()
    for body in (mail.body_text, mail.body_html):
        assert f"Nieuw bericht van {zuidwest.name}" in body
        assert body.count(zuidwest.name) == 1, body
        assert "van de gemeente" not in body
    login(giver)
    content = text_of(client.get(reverse("notifications:notifications")))
    assert f"Nieuw bericht van {zuidwest.name}" in content and content.count(zuidwest.name) == 1


def test_a_regional_stage_mail_names_the_stage_and_the_region_once(regional, region_user, zuidwest, committed):
    with committed():
        services.change_stage(region_user, regional.pk, Stage.ANALYSIS, MESSAGE, regional.version)

    mail = mail_to_giver()
    assert f"Nieuwe stap voor het knelpunt: In analyse ({zuidwest.name})" in mail.body_text
    assert mail.body_text.count(zuidwest.name) == 1
    assert Notification.objects.get(user__email=GIVER_EMAIL, kind=Notification.Kind.STAGE,
                                    detail__endswith=f"({zuidwest.name})").headline == (
        "Nieuwe stap voor het knelpunt")
