"""Moving a knelpunt to its next stage from the knelpunt page: the message to the givers is required, an old form
never overwrites a newer change, and every step shows on the timeline."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

MESSAGE = "We bekijken met het OCMW en het CAW hoe de wachttijd korter kan."


@pytest.fixture
def knelpunt(make_knelpunt, make_signal):
    return make_knelpunt("Wachttijden budgetbegeleiding", signals=[make_signal(), make_signal()])


@pytest.fixture
def page(client, login, kortrijk, kortrijk_coordinator, knelpunt):
    login(kortrijk_coordinator)

    def get():
        response = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))
        assert response.status_code == 200
        return unescape(response.content.decode())

    return get


@pytest.fixture
def change(client, login, kortrijk, kortrijk_coordinator, knelpunt, django_capture_on_commit_callbacks):
    login(kortrijk_coordinator)

    def post(**fields):
        data = {"to_stage": Stage.ANALYSIS, "message": MESSAGE, "remark": "", "version": knelpunt.version, **fields}
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk]), data)

    return post


def state(knelpunt):
    return {"knelpunt": Knelpunt.objects.values().get(pk=knelpunt.pk), "changes": StageChange.objects.count()}


def test_the_form_offers_only_the_stages_of_the_table(page):
    html = page()

    assert '<option value="analysis">In analyse</option>' in html
    assert '<option value="escalated">Opgeschaald</option>' in html
    assert '<option value="done">' not in html  # nieuw -> afgerond is not in the table
    assert '<option value="execution">' not in html


def test_an_allowed_move_is_recorded_and_shows_on_the_timeline(change, page, knelpunt, kortrijk_coordinator):
    response = change(remark="Eerst de cijfers van het OCMW opvragen.")

    assert response.status_code == 302
    knelpunt.refresh_from_db()
    assert knelpunt.stage == Stage.ANALYSIS
    assert knelpunt.version == 2
    record = StageChange.objects.get()
    assert (record.from_stage, record.to_stage, record.by, record.message) == (
        Stage.NEW, Stage.ANALYSIS, kortrijk_coordinator, MESSAGE)
    html = page()
    assert "Fase gewijzigd van ‘Nieuw’ naar ‘In analyse’" in html
    assert MESSAGE in html
    assert "Eerst de cijfers van het OCMW opvragen." in html
    assert kortrijk_coordinator.full_name in html
    # one notification per giver, naming both of her signals in the knelpunt (`notifications.services.ONE_PER_GIVER`)
    (notification,) = Notification.objects.filter(kind=Notification.Kind.STAGE)
    assert sorted(notification.signal_references) == sorted(knelpunt.signals.values_list("reference", flat=True))


def test_without_a_message_nothing_is_written(change, knelpunt):
    before = state(knelpunt)

    response = change(message="   ", remark="Intern genoteerd.")

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Schrijf een bericht aan de signaalgevers. Zij lezen wat er verandert." in html
    assert "Intern genoteerd." in html  # what was typed stays
    assert state(knelpunt) == before


def test_an_old_form_does_not_overwrite_a_newer_change(change, knelpunt, kortrijk):
    colleague = coordinator(kortrijk, full_name="Collega Coördinator")
    casework.change_stage(colleague, knelpunt.pk, Stage.AGENDA, "Het staat op het overleg van maart.", 1)
    before = state(knelpunt)

    response = change(to_stage=Stage.ANALYSIS, message="Mijn bericht dat ik niet wil kwijtraken.", version=1)

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Iemand anders heeft dit knelpunt intussen gewijzigd. Kijk de nieuwe toestand na." in html
    assert "Mijn bericht dat ik niet wil kwijtraken." in html
    assert 'name="version" value="2"' in html  # the form now carries the version that was seen
    assert "Fase gewijzigd van ‘Nieuw’ naar ‘Geagendeerd’" in html
    assert state(knelpunt) == before


def test_a_move_outside_the_table_is_refused_with_a_clear_message(change, knelpunt):
    before = state(knelpunt)

    response = change(to_stage=Stage.DONE)

    assert "Van ‘Nieuw’ naar ‘Afgerond’ kan niet." in unescape(response.content.decode())
    assert state(knelpunt) == before


def test_a_reader_sees_the_story_but_cannot_change_the_stage(client, login, kortrijk, knelpunt, change):
    change(remark="Interne opmerking voor coördinatoren.")
    reader = member(kortrijk, Role.READER)
    login(reader)
    before = state(knelpunt)

    html = unescape(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode())
    response = client.post(reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk]),
                           {"to_stage": Stage.AGENDA, "message": "Van een lezer", "version": 2})

    assert MESSAGE in html
    assert "Interne opmerking voor coördinatoren." not in html
    assert "Fase wijzigen" not in html
    assert response.status_code == 404
    assert state(knelpunt) == before


def test_the_timeline_tells_links_feedback_notes_and_merges(client, login, kortrijk, kortrijk_coordinator, knelpunt,
                                                            make_knelpunt, make_signal, page):
    other = make_knelpunt("Schuldhulp in de wachtrij", signals=[make_signal()])
    login(kortrijk_coordinator)
    client.post(reverse("casework:send_feedback", args=[kortrijk.slug, knelpunt.pk]),
                {"feedback": "Dank voor jullie signalen, we nemen ze mee."})
    client.post(reverse("casework:add_note", args=[kortrijk.slug, knelpunt.pk]), {"note": "Bellen met het CAW."})
    confirm = client.post(reverse("casework:merge", args=[kortrijk.slug, other.pk]),
                          {"target": knelpunt.pk, "merge_message": "Dit hoort bij hetzelfde probleem."})
    asked = unescape(confirm.content.decode())
    assert "Samenvoegen bevestigen" in asked
    # the confirmation posts the same choice again, and 'Ja, samenvoegen' adds confirm=on
    assert f'<input type="hidden" name="target" value="{knelpunt.pk}">' in asked
    assert '<input type="hidden" name="merge_message" value="Dit hoort bij hetzelfde probleem.">' in asked
    assert ('<button type="submit" name="confirm" value="on" class="button button--danger">Ja, samenvoegen</button>'
            in asked)
    assert Knelpunt.objects.get(pk=other.pk).merged_into is None  # not before the confirmation
    client.post(reverse("casework:merge", args=[kortrijk.slug, other.pk]),
                {"target": knelpunt.pk, "merge_message": "Dit hoort bij hetzelfde probleem.", "confirm": "on"})

    html = page()

    assert "Knelpunt gemaakt" in html
    assert "Signaal gekoppeld" in html
    assert "Dank voor jullie signalen, we nemen ze mee." in html
    assert "Bellen met het CAW." in html
    assert "Knelpunt ‘Schuldhulp in de wachtrij’ is hierin samengevoegd" in html
    assert "Dit hoort bij hetzelfde probleem." in html
    knelpunt.refresh_from_db()
    assert knelpunt.signal_count == 3
