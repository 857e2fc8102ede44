"""A partner invited on a knelpunt reads it, with the texts of its signals, never who gave them; they add analysis
notes that the coordinators see in the timeline. Access ends when the invitation is withdrawn, or the knelpunt is
closed or merged."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.tenancy.models import Role
from tests.factories import member

from .partner_helpers import (
    ANALYSIS,
    DESCRIPTION,
    IDEA,
    INTERNAL,
    KNELPUNT,
    SIGNAL_TITLE,
    SUMMARY,
    TRIED,
    giver_identity,
    shared_knelpunt,
)


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    return shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)


def test_a_person_of_the_invited_organisation_reads_the_knelpunt_and_the_signal_texts(client, login, giver, shared):
    login(shared.partner)

    listing = client.get(reverse("partner:knelpunten")).content.decode()
    page = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk]))
    body = page.content.decode()

    assert KNELPUNT in listing and "Kortrijk" in listing
    assert page.status_code == 200
    for text in (KNELPUNT, SUMMARY, SIGNAL_TITLE, DESCRIPTION, TRIED, IDEA, ANALYSIS):
        assert text in body
    for identity in giver_identity(giver):
        assert identity not in body and identity not in listing
    assert INTERNAL not in body


def test_a_named_person_is_invited_and_their_colleagues_are_not(client, login, make_signal, make_knelpunt,
                                                                  kortrijk_coordinator):
    shared = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite="user")

    assert list(partner_access.knelpunten_for_partner(shared.partner)) == [shared.knelpunt]
    assert not partner_access.knelpunten_for_partner(shared.colleague).exists()
    login(shared.colleague)
    assert client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).status_code == 404


def test_a_partner_adds_an_analysis_note_that_the_coordinator_sees_and_a_reader_does_not(
        client, login, kortrijk, kortrijk_coordinator, shared):
    login(shared.partner)

    response = client.post(reverse("partner:add_note", args=[shared.knelpunt.pk]),
                           {"analysis": "Bij ons wachten gezinnen gemiddeld vier maanden."})

    assert response.status_code == 302
    note = Note.objects.get(author=shared.partner)
    assert note.kind == Note.Kind.ANALYSIS
    partner_page = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).content.decode()
    assert "vier maanden" in partner_page and "Pieter Partner" in partner_page
    login(kortrijk_coordinator)
    coordinator_page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, shared.knelpunt.pk]))
    assert "vier maanden" in coordinator_page.content.decode()
    assert "Analysenota" in coordinator_page.content.decode()
    login(member(kortrijk, Role.READER))
    reader_page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, shared.knelpunt.pk]))
    assert reader_page.status_code == 200
    assert "vier maanden" not in reader_page.content.decode()


def test_an_analysis_note_is_scrubbed_of_identifiers(shared):
    note = partners.add_analysis_note(shared.partner, shared.knelpunt.pk, "Mail me op pieter@welzijnsoverleg.be")

    assert "pieter@welzijnsoverleg.be" not in note.body


def test_a_note_needs_text(client, login, shared):
    login(shared.partner)

    response = client.post(reverse("partner:add_note", args=[shared.knelpunt.pk]), {"analysis": "  "})

    assert response.status_code == 200
    assert "Schrijf een analysenota." in response.content.decode()
    assert not Note.objects.filter(author=shared.partner).exists()


def test_access_ends_when_the_invitation_is_withdrawn(kortrijk_coordinator, shared):
    access = shared.knelpunt.partner_accesses.get()

    partners.withdraw_partner(kortrijk_coordinator, access.pk)

    assert not partner_access.knelpunten_for_partner(shared.partner).exists()
    with pytest.raises(partners.PermissionDenied):
        partners.add_analysis_note(shared.partner, shared.knelpunt.pk, "Nog een nota")


@pytest.mark.parametrize("closed", [Stage.DONE, Stage.NOT_RETAINED])
def test_access_ends_while_the_knelpunt_is_closed(kortrijk_coordinator, shared, closed):
    Knelpunt.objects.filter(pk=shared.knelpunt.pk).update(stage=closed)

    assert not partner_access.knelpunten_for_partner(shared.partner).exists()
    assert not partner_access.signals_for_partner(shared.partner, shared.knelpunt.pk).exists()
    assert not partner_access.analysis_notes_for(shared.partner, shared.knelpunt.pk).exists()


def test_access_ends_when_the_knelpunt_is_closed_through_a_stage_change(kortrijk_coordinator, shared):
    casework.change_stage(kortrijk_coordinator, shared.knelpunt.pk, Stage.NOT_RETAINED,
                          "We werken hier niet verder aan.", shared.knelpunt.version)

    assert not partner_access.knelpunten_for_partner(shared.partner).exists()


def test_access_ends_when_the_knelpunt_is_merged(kortrijk_coordinator, make_knelpunt, shared):
    other = make_knelpunt("Ander knelpunt")

    casework.merge(kortrijk_coordinator, shared.knelpunt.pk, other.pk, "Samengevoegd.")

    assert not partner_access.knelpunten_for_partner(shared.partner).exists()


def test_an_inactive_person_of_the_organisation_has_no_access(shared):
    shared.colleague.is_active = False
    shared.colleague.save()

    assert not partner_access.knelpunten_for_partner(shared.colleague).exists()


def test_withdrawn_signals_are_not_shown(giver, shared):
    from lokaalsignaal.intake.models import Signal, SignalStatus

    Signal.objects.filter(pk=shared.signal.pk).update(status=SignalStatus.WITHDRAWN)

    assert not partner_access.signals_for_partner(shared.partner, shared.knelpunt.pk).exists()


def test_the_partner_never_loads_who_gave_a_signal(shared):
    (signal,) = partner_access.signals_for_partner(shared.partner, shared.knelpunt.pk)

    assert {"giver_id", "organisation_id"} <= signal.get_deferred_fields()
