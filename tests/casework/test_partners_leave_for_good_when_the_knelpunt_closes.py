"""Closing a knelpunt (afgerond or niet weerhouden) ends its partners' invitations for good, through the stage
change and audited: reopening it does not let the former partners in again. The coordinator can invite them anew."""


import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.forms import reach_key
from lokaalsignaal.casework.partners.models import PartnerAccess

from .partner_helpers import DESCRIPTION, shared_knelpunt

pytestmark = pytest.mark.django_db

ROUTES = {Stage.DONE: [Stage.ANALYSIS, Stage.PROPOSAL, Stage.EXECUTION, Stage.DONE],
          Stage.NOT_RETAINED: [Stage.NOT_RETAINED]}


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)


def move(coordinator, knelpunt, *stages):
    for stage in stages:
        knelpunt.refresh_from_db()
        casework.change_stage(coordinator, knelpunt.pk, stage, f"Het knelpunt gaat naar {stage}.",
                              knelpunt.version)
    knelpunt.refresh_from_db()


@pytest.mark.parametrize("closed", [Stage.DONE, Stage.NOT_RETAINED])
def test_a_former_partner_gets_404_after_close_and_reopen(client, login, kortrijk_coordinator, shared, closed):
    url = reverse("partner:knelpunt", args=[shared.knelpunt.pk])
    login(shared.partner)
    assert client.get(url).status_code == 200

    move(kortrijk_coordinator, shared.knelpunt, *ROUTES[closed])
    move(kortrijk_coordinator, shared.knelpunt, Stage.ANALYSIS)  # reopened

    assert shared.knelpunt.stage == Stage.ANALYSIS
    assert client.get(url).status_code == 404
    assert DESCRIPTION not in client.get(reverse("partner:knelpunten")).content.decode()
    with pytest.raises(partners.PermissionDenied):
        partners.add_analysis_note(shared.partner, shared.knelpunt.pk, "Nog een nota")


def test_closing_ends_the_invitation_and_audits_it(kortrijk_coordinator, shared):
    access = PartnerAccess.objects.get(knelpunt=shared.knelpunt)

    move(kortrijk_coordinator, shared.knelpunt, Stage.NOT_RETAINED)

    access.refresh_from_db()
    assert access.ended_at is not None
    event = AuditEvent.objects.get(action="partner.ended")
    assert event.actor == kortrijk_coordinator and event.object_id == str(shared.knelpunt.pk)
    assert event.payload == {"access": access.pk, "organisation": shared.organisation.pk, "user": None,
                             "stage": Stage.NOT_RETAINED}


def test_an_invitation_withdrawn_earlier_keeps_its_end(kortrijk_coordinator, shared):
    access = PartnerAccess.objects.get(knelpunt=shared.knelpunt)
    partners.withdraw_partner(kortrijk_coordinator, access.pk)
    access.refresh_from_db()

    move(kortrijk_coordinator, shared.knelpunt, Stage.NOT_RETAINED)

    assert PartnerAccess.objects.get(pk=access.pk).ended_at == access.ended_at
    assert not AuditEvent.objects.filter(action="partner.ended").exists()


def test_the_coordinator_invites_the_partner_again_after_reopening(client, login, kortrijk, kortrijk_coordinator,
                                                                   shared):
    move(kortrijk_coordinator, shared.knelpunt, Stage.NOT_RETAINED)
    move(kortrijk_coordinator, shared.knelpunt, Stage.ANALYSIS)

    login(kortrijk_coordinator)
    panel = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, shared.knelpunt.pk])).content.decode()
    assert "Nog geen partners uitgenodigd." in panel  # the ended invitation is no longer listed as active
    response = client.post(reverse("partner:invite", args=[kortrijk.slug, shared.knelpunt.pk]),
                           {"organisation": shared.organisation.pk, "confirm": "on",
                            "reach": reach_key([shared.colleague, shared.partner])})
    assert response.status_code == 302

    login(shared.partner)
    page = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk]))
    assert page.status_code == 200 and DESCRIPTION in page.content.decode()
    assert PartnerAccess.objects.filter(knelpunt=shared.knelpunt).count() == 2
