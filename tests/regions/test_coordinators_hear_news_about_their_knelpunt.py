"""The coordinators of a municipal knelpunt hear news that did not come from them: a message or stage change of the
regional knelpunt it is bundled into, and a partner's analysis note. The trekker hears it (a knelpunt without a
trekker: every coordinator of the municipality), never the author, never another municipality's coordinator; a
notification leads to the knelpunt in the workspace, opening it marks the news read, and an e-mail says so (at once,
or in the daily overview)."""

from django.urls import reverse

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.notifications.models import Notification
from tests.casework.partner_helpers import verified_member
from tests.factories import OrganisationFactory, coordinator

from .conftest import text_of


def news_of(user):
    return list(Notification.objects.filter(user=user, kind__in=Notification.COORDINATOR_KINDS)
                .values_list("kind", "knelpunt_id", "detail"))


def test_a_regional_message_reaches_each_municipalitys_coordinators_and_opens_their_knelpunt(
        client, login, committed, give, giver, add_knelpunt, kortrijk, roeselare, kortrijk_coordinator,
        roeselare_coordinator, zuidwest, region_user):
    colleague = coordinator(kortrijk, full_name="Karel Collega", email="karel@kortrijk.be")
    ours = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                    scope=zuidwest)
    theirs = add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [ours.pk, theirs.pk], "Schuldhulp in de regio")

    with committed():
        casework.send_feedback(region_user, regional.pk, "We brengen dit naar het regionaal overleg.")

    assert news_of(kortrijk_coordinator) == news_of(colleague) == [
        (Notification.Kind.FROM_ABOVE, ours.pk, zuidwest.name)]  # no trekker: both coordinators
    assert news_of(roeselare_coordinator) == [(Notification.Kind.FROM_ABOVE, theirs.pk, zuidwest.name)]
    assert news_of(region_user) == []
    mail = OutgoingMail.objects.get(to=colleague.email)
    assert mail.subject == "Nieuws over je knelpunt «Wachtlijsten budgetbeheer»"
    assert f"/g/{kortrijk.slug}/knelpunten/{ours.pk}/" in mail.body_text
    assert "omdat je signaalcoördinator bent" in mail.body_text

    login(kortrijk_coordinator)
    listed = text_of(client.get(reverse("notifications:notifications")))
    assert f"Nieuws over je knelpunt van {zuidwest.name}" in listed
    notification = Notification.objects.get(user=kortrijk_coordinator)
    opened = client.get(reverse("notifications:open", args=[notification.pk]))
    assert opened.url == reverse("casework:knelpunt", args=[kortrijk.slug, ours.pk])
    client.get(opened.url)
    notification.refresh_from_db()
    assert notification.read_at is not None


def test_only_the_trekker_hears_it_when_the_knelpunt_has_one(committed, give, giver, add_knelpunt, kortrijk,
                                                           kortrijk_coordinator, zuidwest, region_user):
    colleague = coordinator(kortrijk, full_name="Karel Collega", email="karel@kortrijk.be")
    ours = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                    scope=zuidwest)
    Knelpunt = ours.__class__
    Knelpunt.objects.filter(pk=ours.pk).update(owner=colleague)
    regional = escalation.bundle(region_user, zuidwest, [ours.pk], "Schuldhulp in de regio")

    with committed():
        casework.send_feedback(region_user, regional.pk, "We brengen dit naar het regionaal overleg.")

    assert news_of(colleague) == [(Notification.Kind.FROM_ABOVE, ours.pk, zuidwest.name)]
    assert news_of(kortrijk_coordinator) == []


def test_a_partners_analysis_reaches_the_coordinators_but_not_the_partner(
        committed, give, giver, add_knelpunt, kortrijk, kortrijk_coordinator, roeselare_coordinator):
    ours = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)])
    organisation = OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True)
    partner = verified_member(organisation, full_name="Pieter Partner", email="pieter@welzijnsoverleg.be")
    partners.invite_partner(kortrijk_coordinator, ours.pk, organisation=organisation)

    with committed():
        partners.add_analysis_note(partner, ours.pk, "Bij ons wachten gezinnen gemiddeld vier maanden.")
    with committed():
        partners.add_analysis_note(kortrijk_coordinator, ours.pk, "Wij zien hetzelfde.")  # their own: no news

    assert news_of(kortrijk_coordinator) == [(Notification.Kind.PARTNER_NOTE, ours.pk, "")]
    assert news_of(partner) == news_of(roeselare_coordinator) == []


def test_a_coordinator_who_chose_a_daily_overview_finds_the_news_in_the_digest_with_the_workspace_link(
        committed, give, giver, add_knelpunt, kortrijk, kortrijk_coordinator, zuidwest, region_user):
    kortrijk_coordinator.notification_preference = NotificationPreference.DAILY
    kortrijk_coordinator.save(update_fields=["notification_preference"])
    ours = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer", [give(giver, kortrijk)],
                    scope=zuidwest)
    regional = escalation.bundle(region_user, zuidwest, [ours.pk], "Schuldhulp in de regio")
    with committed():
        casework.send_feedback(region_user, regional.pk, "We brengen dit naar het regionaal overleg.")
    assert not OutgoingMail.objects.filter(to=kortrijk_coordinator.email).exists()  # not at once

    with committed():
        assert notifications.send_digests(NotificationPreference.DAILY) >= 1

    digest = OutgoingMail.objects.get(to=kortrijk_coordinator.email)
    assert f"/g/{kortrijk.slug}/knelpunten/{ours.pk}/" in digest.body_text
    assert f"Nieuws over je knelpunt van {zuidwest.name}" in digest.body_text
