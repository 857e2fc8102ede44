"""A coordinator invites a partner organisation or a named person on a knelpunt from its page, and withdraws the
invitation after a confirmation. The invited people get an e-mail with a link and no signal text; all audited."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.forms import reach_key
from lokaalsignaal.casework.partners.models import PartnerAccess
from lokaalsignaal.mail.models import OutgoingMail
from tests.factories import OrganisationFactory, UserFactory, coordinator, member

from .partner_helpers import DESCRIPTION, KNELPUNT, SIGNAL_TITLE, shared_knelpunt


@pytest.fixture
def situation(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)


def test_inviting_an_organisation_mails_each_of_its_active_people_a_link_without_signal_text(
        kortrijk_coordinator, situation, django_capture_on_commit_callbacks):
    UserFactory(organisation=situation.organisation, email="weg@welzijnsoverleg.be", is_active=False)

    with django_capture_on_commit_callbacks(execute=True):
        access = partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk,
                                         organisation=situation.organisation)

    mails = OutgoingMail.objects.filter(subject__contains="partner").order_by("to")
    assert [m.to for m in mails] == ["collega@welzijnsoverleg.be", "pieter@welzijnsoverleg.be"]
    link = reverse("partner:knelpunt", args=[situation.knelpunt.pk])
    for mail in mails:
        assert link in mail.body_text and link in mail.body_html
        for text in (SIGNAL_TITLE, DESCRIPTION, KNELPUNT):
            assert text not in mail.subject + mail.body_text + mail.body_html
        assert "Kortrijk" in mail.subject
    event = AuditEvent.objects.get(action="partner.invited")
    assert event.payload == {"access": access.pk, "organisation": situation.organisation.pk, "user": None}
    assert event.municipality == situation.knelpunt.municipality


def test_inviting_a_person_mails_only_that_person(kortrijk_coordinator, situation):
    partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, user=situation.partner)

    assert list(OutgoingMail.objects.filter(subject__contains="partner").values_list("to", flat=True)) == [
        "pieter@welzijnsoverleg.be"]


def test_the_same_partner_cannot_be_invited_twice_while_active(kortrijk_coordinator, situation):
    partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, organisation=situation.organisation)

    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, organisation=situation.organisation)


def test_a_closed_knelpunt_takes_no_new_partners(kortrijk_coordinator, situation):
    Knelpunt.objects.filter(pk=situation.knelpunt.pk).update(stage=Stage.DONE)

    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, organisation=situation.organisation)


def test_exactly_one_partner_per_invitation(kortrijk_coordinator, situation):
    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk)
    with pytest.raises(ValidationError):
        partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, organisation=situation.organisation,
                                user=situation.partner)


def test_only_a_coordinator_of_the_municipality_invites_and_withdraws(kortrijk, roeselare, kortrijk_coordinator,
                                                                       giver, situation):
    access = partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, user=situation.colleague)
    for outsider in (coordinator(roeselare), giver, situation.colleague, member(kortrijk, "reader")):
        with pytest.raises(PermissionDenied):
            partners.invite_partner(outsider, situation.knelpunt.pk, organisation=situation.organisation)
        with pytest.raises(PermissionDenied):
            partners.withdraw_partner(outsider, access.pk)
    assert PartnerAccess.objects.get(pk=access.pk).ended_at is None


def test_only_partners_and_coordinators_write_analysis_notes(kortrijk, roeselare, giver, situation):
    for outsider in (coordinator(roeselare), giver, situation.partner, member(kortrijk, "reader")):
        with pytest.raises(PermissionDenied):
            partners.add_analysis_note(outsider, situation.knelpunt.pk, "Een nota")


def test_the_panel_lists_the_partners_and_invites_by_organisation_person_or_email(
        client, login, kortrijk, kortrijk_coordinator, situation):
    login(kortrijk_coordinator)
    url = reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk])
    page = reverse("casework:knelpunt", args=[kortrijk.slug, situation.knelpunt.pk])
    kortrijk_member = member(kortrijk, full_name="Lid Kortrijk", organisation=OrganisationFactory(name="CAW"))

    reach = reach_key([situation.colleague, situation.partner])  # asked first: see test_partner_access_needs_...
    assert client.post(url, {"organisation": situation.organisation.pk, "confirm": "on",
                             "reach": reach}).status_code == 302
    assert client.post(url, {"person": kortrijk_member.pk}).status_code == 302
    assert client.post(url, {"email": "PIETER@welzijnsoverleg.be"}).status_code == 302

    body = client.get(page).content.decode()
    assert 'id="partners"' in body
    for name in ("Welzijnsoverleg Zuid", "Lid Kortrijk", "Pieter Partner"):
        assert name in body
    assert {(a.organisation_id, a.user_id) for a in PartnerAccess.objects.all()} == {
        (situation.organisation.pk, None), (None, kortrijk_member.pk), (None, situation.partner.pk)}


@pytest.mark.parametrize(("data", "error"), [
    ({}, "Kies één organisatie"),
    ({"organisation": "ORG", "email": "pieter@welzijnsoverleg.be"}, "Kies één organisatie"),
    ({"email": "weg@welzijnsoverleg.be"}, "Dit e-mailadres hoort bij een account dat niet actief is"),
])
def test_the_invitation_form_explains_what_is_wrong(client, login, kortrijk, kortrijk_coordinator, situation, data,
                                                     error):
    UserFactory(email="weg@welzijnsoverleg.be", is_active=False)
    login(kortrijk_coordinator)
    data = {k: (situation.organisation.pk if v == "ORG" else v) for k, v in data.items()}

    response = client.post(reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk]), data)

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not PartnerAccess.objects.exists()


def test_the_person_list_holds_only_members_of_the_municipality(client, login, kortrijk, roeselare,
                                                                kortrijk_coordinator, situation):
    member(roeselare, full_name="Lid Roeselare")
    login(kortrijk_coordinator)

    body = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, situation.knelpunt.pk])).content.decode()

    assert "Lid Roeselare" not in body
    assert "Pieter Partner" not in body  # no member of Kortrijk: invited by e-mail address


def test_withdrawing_asks_for_confirmation_first(client, login, kortrijk, kortrijk_coordinator, situation):
    access = partners.invite_partner(kortrijk_coordinator, situation.knelpunt.pk, organisation=situation.organisation)
    login(kortrijk_coordinator)
    url = reverse("partner:withdraw", args=[kortrijk.slug, situation.knelpunt.pk, access.pk])

    confirm = client.get(url)
    assert confirm.status_code == 200 and "Ja, intrekken" in confirm.content.decode()
    assert PartnerAccess.objects.get(pk=access.pk).ended_at is None

    assert client.post(url).status_code == 302
    assert PartnerAccess.objects.get(pk=access.pk).ended_at is not None
    assert AuditEvent.objects.filter(action="partner.withdrawn").count() == 1
    assert client.get(url).status_code == 404  # no longer active


def test_a_coordinator_adds_an_analysis_note_from_the_panel(client, login, kortrijk, kortrijk_coordinator, situation):
    login(kortrijk_coordinator)

    response = client.post(reverse("partner:coordinator_note", args=[kortrijk.slug, situation.knelpunt.pk]),
                           {"analysis": "Vraag aan de partners: zien jullie dit ook?"})

    assert response.status_code == 302
    assert situation.knelpunt.notes.filter(kind="analysis", body__startswith="Vraag aan de partners").exists()
