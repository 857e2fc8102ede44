"""Issue 14: the partner's knelpunt page leads with what the municipality asks her (the message of her invitation),
then the knelpunt's short history (its stages: when, from which to which; never who moved it nor the message to the
givers), then the texts (summary and signals), then the analysis notes and her own. Long lists fold: the earlier
stages and notes behind a <details>. No giver's identity anywhere."""

import pytest
from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import services as partners

from .partner_helpers import ANALYSIS, DESCRIPTION, SUMMARY, giver_identity, shared_knelpunt

QUESTION = "Zien jullie deze wachttijden ook? We willen het in het overleg van maart bespreken."
TO_GIVERS = "We zoeken uit wat er aan de hand is."
REMARK = "Interne opmerking: budget nakijken."


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    shared = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)
    partners.invite_partner(kortrijk_coordinator, shared.knelpunt.pk, user=shared.partner, message=QUESTION)
    return shared


def _move(coordinator, knelpunt, *stages):
    for stage in stages:
        knelpunt.refresh_from_db()
        casework.change_stage(coordinator, knelpunt.pk, stage, TO_GIVERS, knelpunt.version, remark=REMARK)


def test_the_question_comes_first_then_the_history_then_the_texts_then_her_note(
        client, login, kortrijk_coordinator, shared, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _move(kortrijk_coordinator, shared.knelpunt, Stage.ANALYSIS)
    login(shared.partner)

    body = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).content.decode()

    places = [body.index(text) for text in (
        QUESTION, 'id="verloop"', "van Nieuw naar In analyse", SUMMARY, DESCRIPTION, ANALYSIS, 'name="analysis"')]
    assert places == sorted(places)
    assert kortrijk_coordinator.full_name in body[:body.index('id="verloop"')]  # who asks: the coordinator


def test_the_history_shows_stages_only(client, login, giver, kortrijk_coordinator, shared,
                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _move(kortrijk_coordinator, shared.knelpunt, Stage.ANALYSIS)
    login(shared.partner)

    body = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).content.decode()

    assert "van Nieuw naar In analyse" in body
    for hidden in (TO_GIVERS, REMARK, *giver_identity(giver)):
        assert hidden not in body


def test_a_long_history_folds_its_earlier_stages(client, login, kortrijk_coordinator, shared,
                                                  django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        _move(kortrijk_coordinator, shared.knelpunt, Stage.ANALYSIS, Stage.AGENDA, Stage.ANALYSIS, Stage.PROPOSAL)
    login(shared.partner)

    body = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).content.decode()

    history = body[body.index('id="verloop"'):body.index("Het knelpunt</h2>")]
    folded = history[history.index("<details"):history.index("</details>")]
    assert "Toon de eerdere fasewijziging" in folded and "van Nieuw naar In analyse" in folded
    assert "van In analyse naar Geagendeerd" not in folded and "van Geagendeerd naar In analyse" not in folded
    assert "van In analyse naar Beleidsvoorstel" in history[history.index("</details>"):]


def test_without_a_question_the_page_says_so(client, login, make_signal, make_knelpunt, kortrijk_coordinator):
    shared = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite="user")
    login(shared.partner)

    body = client.get(reverse("partner:knelpunt", args=[shared.knelpunt.pk])).content.decode()

    assert "De gemeente schreef geen vraag bij je uitnodiging" in body


def test_every_invitation_that_reaches_her_brings_its_question_until_it_is_withdrawn(client, login,
                                                                                    kortrijk_coordinator, shared):
    to_organisation = partners.invite_partner(kortrijk_coordinator, shared.knelpunt.pk,
                                              organisation=shared.organisation, message="Een vraag aan de organisatie.")
    login(shared.partner)
    url = reverse("partner:knelpunt", args=[shared.knelpunt.pk])

    body = client.get(url).content.decode()
    assert body.index(QUESTION) < body.index("Een vraag aan de organisatie.") < body.index('id="verloop"')

    partners.withdraw_partner(kortrijk_coordinator, to_organisation.pk)
    assert "Een vraag aan de organisatie." not in client.get(url).content.decode()
