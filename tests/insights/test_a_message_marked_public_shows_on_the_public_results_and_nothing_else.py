"""A coordinator shows a message of a knelpunt on "Wat deden we met jullie signalen?" ("Ook tonen op de publieke
pagina"), when writing it or afterwards on the knelpunt's page. The public page shows, per public knelpunt, only
the messages marked public (date and text, newest first, at most five and how many more): never another message, a
message of a knelpunt that is not public or of another municipality, a note, a stage message, a signal or a giver.
The privacy guard must find nothing in a message before it goes public. Only the municipality's coordinators switch
it, with a POST, and it is audited."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import KnelpuntMessage
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, escalation_to, member, region, scope_member
from tests.html import page

pytestmark = pytest.mark.django_db

PUBLIC = "De gemeente zoekt extra budgetbegeleiders."
NOT_PUBLIC = "We bellen volgende week met het OCMW over de dossiers."
STAGE_MESSAGE = "We analyseren de wachttijden met het OCMW."
NOTE = "Intern: de begroting laat weinig ruimte."
SIGNAL_TEXT = "Een gezin wacht al vier maanden op een intake."
ON_HIDDEN_KNELPUNT = "Bericht bij een knelpunt dat niet publiek is."
OF_ROESELARE = "Roeselare opent een tweede loket."
WITH_A_NAME = "We spraken met mevrouw Yilmaz over haar budget."


@pytest.fixture
def published(kortrijk, roeselare, make_signal, make_knelpunt, kortrijk_coordinator, giver, committed):
    """Kortrijk's public knelpunt with one public message and everything else a knelpunt holds; a message marked
    public on a knelpunt that is not public; Roeselare's public knelpunt with a public message."""
    kortrijk.public_page = roeselare.public_page = True
    kortrijk.save(update_fields=["public_page"])
    roeselare.save(update_fields=["public_page"])
    knelpunt = make_knelpunt("Intern: budgetbeheer", signals=[make_signal(description=SIGNAL_TEXT)], public=True,
                             public_title="Wachttijd voor budgetbegeleiding")
    hidden = make_knelpunt("Niet publiek")
    with committed():
        casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, STAGE_MESSAGE, knelpunt.version)
        casework.add_note(kortrijk_coordinator, knelpunt.pk, NOTE)
        casework.send_feedback(kortrijk_coordinator, knelpunt.pk, NOT_PUBLIC)
        casework.send_feedback(kortrijk_coordinator, knelpunt.pk, PUBLIC, public=True)
        casework.send_feedback(kortrijk_coordinator, hidden.pk, ON_HIDDEN_KNELPUNT, public=True)
        boss = coordinator(roeselare, full_name="Rita Roeselare")
        theirs = make_knelpunt("Loket", by=boss, municipality=roeselare, public=True, public_title="Loket")
        casework.send_feedback(boss, theirs.pk, OF_ROESELARE, public=True)
    return knelpunt


def results(client, municipality) -> str:
    return page(client.get(reverse("pages:results", args=[municipality.slug])))


def message_of(knelpunt, body):
    return KnelpuntMessage.objects.get(knelpunt=knelpunt, body=body)


def test_everyone_reads_the_public_message_and_nothing_else_of_the_knelpunt(client, published, kortrijk, giver):
    shown = results(client, kortrijk)

    assert PUBLIC in shown
    assert f"{timezone.localdate():%Y-%m-%d}" in shown  # its date
    for never in (NOT_PUBLIC, STAGE_MESSAGE, NOTE, SIGNAL_TEXT, ON_HIDDEN_KNELPUNT, OF_ROESELARE, giver.full_name,
                  "Coördinator Kortrijk", "Intern: budgetbeheer"):
        assert never not in shown


def test_at_most_five_messages_newest_first_and_how_many_more(client, published, kortrijk, kortrijk_coordinator):
    for n in range(1, 7):
        casework.send_feedback(kortrijk_coordinator, published.pk, f"Stand van zaken nummer {n}.", public=True)
    KnelpuntMessage.objects.filter(pk=message_of(published, PUBLIC).pk).update(
        created_at=timezone.now() - timedelta(days=30))  # the oldest of seven

    shown = results(client, kortrijk)

    newest = [f"Stand van zaken nummer {n}." for n in (6, 5, 4, 3, 2)]
    assert [shown.index(text) for text in newest] == sorted(shown.index(text) for text in newest)
    assert "Stand van zaken nummer 1." not in shown and PUBLIC not in shown
    assert "En 2 eerdere berichten." in shown


def test_a_coordinator_switches_a_message_on_and_off_on_the_knelpunt_page(client, login, published, kortrijk,
                                                                         kortrijk_coordinator):
    message = message_of(published, NOT_PUBLIC)
    url = reverse("casework:message_public", args=[kortrijk.slug, published.pk, message.pk])
    login(kortrijk_coordinator)
    assert url in page(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, published.pk])))

    assert client.post(url, {"public": "1"}).status_code == 302
    assert NOT_PUBLIC in results(client, kortrijk)
    assert client.post(url, {"public": "0"}).status_code == 302
    assert NOT_PUBLIC not in results(client, kortrijk)
    assert list(AuditEvent.objects.filter(action__startswith="knelpunt.message_").order_by("pk")
                .values_list("action", "payload")) == [("knelpunt.message_published", {"message": message.pk}),
                                                       ("knelpunt.message_unpublished", {"message": message.pk})]


def test_a_coordinator_marks_it_public_when_writing_it(client, login, published, kortrijk, kortrijk_coordinator):
    login(kortrijk_coordinator)
    response = client.post(reverse("casework:send_feedback", args=[kortrijk.slug, published.pk]),
                           {"feedback": "Er komt een tweede loket.", "public": "on"})
    assert response.status_code == 302
    assert message_of(published, "Er komt een tweede loket.").public
    assert "Er komt een tweede loket." in results(client, kortrijk)


def test_the_guard_keeps_a_message_with_a_name_off_the_public_page(client, login, published, kortrijk,
                                                                   kortrijk_coordinator):
    casework.send_feedback(kortrijk_coordinator, published.pk, WITH_A_NAME)  # for the givers it was confirmed
    message = message_of(published, WITH_A_NAME)
    with pytest.raises(ValidationError, match="persoonsgegevens"):
        casework.set_message_public(kortrijk_coordinator, published.pk, message.pk, True)

    login(kortrijk_coordinator)
    url = reverse("casework:message_public", args=[kortrijk.slug, published.pk, message.pk])
    refused = page(client.post(url, {"public": "1"}, follow=True))
    assert "lijkt persoonsgegevens te bevatten (naam)" in refused
    # written with the box ticked: refused, nothing sent, the text kept in the form
    before = KnelpuntMessage.objects.count()
    response = client.post(reverse("casework:send_feedback", args=[kortrijk.slug, published.pk]), {
        "feedback": "Mevrouw Yilmaz krijgt hulp.", "public": "on", "privacy_confirmed": "on"})
    form = page(response)
    assert "lijkt persoonsgegevens te bevatten" in form and "Mevrouw Yilmaz krijgt hulp." in form
    assert KnelpuntMessage.objects.count() == before
    assert not KnelpuntMessage.objects.filter(public=True, body__contains="Yilmaz").exists()
    assert "Yilmaz" not in results(client, kortrijk)


def test_only_the_municipalitys_coordinators_switch_it_and_only_with_a_post(client, login, published, kortrijk,
                                                                           roeselare, giver, kortrijk_coordinator):
    message = message_of(published, NOT_PUBLIC)
    url = reverse("casework:message_public", args=[kortrijk.slug, published.pk, message.pk])
    reader = member(kortrijk, Role.READER, full_name="Lea Lezer")
    other = coordinator(roeselare, full_name="Rob Roeselare")
    for user in (reader, giver, other):
        login(user)
        assert client.post(url, {"public": "1"}).status_code == 404
        with pytest.raises(PermissionDenied):
            casework.set_message_public(user, published.pk, message.pk, True)
    login(reader)  # a reader sees the knelpunt, not the button
    assert url not in page(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, published.pk])))
    login(kortrijk_coordinator)
    assert client.get(url, {"public": "1"}).status_code == 405
    # another knelpunt's message under this knelpunt
    other_knelpunt_message = message_of(published.__class__.objects.get(title="Niet publiek"), ON_HIDDEN_KNELPUNT)
    assert client.post(reverse("casework:message_public", args=[kortrijk.slug, published.pk,
                                                                other_knelpunt_message.pk]),
                       {"public": "0"}).status_code == 404
    message.refresh_from_db()
    other_knelpunt_message.refresh_from_db()
    assert not message.public and other_knelpunt_message.public
    assert not AuditEvent.objects.filter(action__startswith="knelpunt.message_").exists()


def test_a_message_from_the_region_is_not_the_municipalitys_to_publish(published, kortrijk, roeselare,
                                                                       kortrijk_coordinator, make_knelpunt, committed):
    zuidwest = region(kortrijk, roeselare)
    region_boss = scope_member(zuidwest, full_name="Inge Regio")
    child = make_knelpunt("Wachtlijsten budgetbeheer", public=True, public_title="Wachtlijsten")
    with committed():
        casework.change_stage(kortrijk_coordinator, child.pk, Stage.ESCALATED, "We geven dit door.", child.version,
                              **escalation_to(zuidwest))
    regional = escalation.bundle(region_boss, zuidwest, [child.pk], "Schuldhulp in de regio")
    with committed():
        casework.send_feedback(region_boss, regional.pk, "Er komt een regionale werkgroep.")
        with pytest.raises(ValidationError):  # the region's own knelpunt has no public page
            casework.send_feedback(region_boss, regional.pk, "Ook publiek?", public=True)
    flowed = KnelpuntMessage.objects.get(knelpunt=child, scope=zuidwest)

    with pytest.raises(ValidationError, match="regio of Vlaanderen"):
        casework.set_message_public(kortrijk_coordinator, child.pk, flowed.pk, True)
    flowed.refresh_from_db()
    assert not flowed.public
