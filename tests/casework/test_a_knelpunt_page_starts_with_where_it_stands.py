"""Issue 14: a knelpunt's page starts with where it stands — stage, priority, signals and joins, trekker — and the
next step (what is missing first, else the stages it can move to), with links to each part of the page. Forms used
now and then (a decision, an internal note, moving a signal, merging) are folded until opened, and open by
themselves when they come back with an error."""

import re

from django.urls import reverse

from lokaalsignaal.pages.workspace.knelpunt_page import next_steps


def _summary(body: str) -> str:
    return re.search(r'<section class="knelpunt-summary".*?</section>', body, re.S).group(0)


def test_the_top_says_stage_priority_signals_and_trekker(client, login, kortrijk, kortrijk_coordinator,
                                                         make_knelpunt, make_signal):
    knelpunt = make_knelpunt("Wachttijden", signals=[make_signal(), make_signal()], owner=kortrijk_coordinator,
                             summary="Te lang wachten.")
    login(kortrijk_coordinator)

    summary = _summary(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode())

    assert "Nieuw" in summary and "van 100" in summary
    assert re.search(r"<dt>Signalen</dt><dd>2", summary)
    assert kortrijk_coordinator.full_name in summary
    assert 'href="#tijdlijn"' in summary


def test_the_next_step_asks_first_for_what_is_missing(kortrijk, make_knelpunt):
    knelpunt = make_knelpunt("Zonder samenvatting")

    assert [text for text, _url in next_steps(kortrijk, knelpunt)] == ["Schrijf een samenvatting",
                                                                       "Kies een trekker"]


def test_a_complete_knelpunt_names_the_stages_it_can_move_to(kortrijk, kortrijk_coordinator, make_knelpunt):
    knelpunt = make_knelpunt("Volledig", summary="Het probleem.", owner=kortrijk_coordinator)

    [(text, url)] = next_steps(kortrijk, knelpunt)

    assert "in analyse" in text and "geagendeerd" in text and "afgerond" not in text
    assert url == "#fase-titel"


def test_occasional_forms_are_folded_and_reopen_on_an_error(client, login, kortrijk, kortrijk_coordinator,
                                                            make_knelpunt):
    knelpunt = make_knelpunt("Wachttijden")
    login(kortrijk_coordinator)

    page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode()
    assert '<details class="more action-card">\n  <summary id="nota-titel">' in page

    refused = client.post(reverse("casework:add_note", args=[kortrijk.slug, knelpunt.pk]), {"note": ""})
    assert '<details class="more action-card" open>\n  <summary id="nota-titel">' in refused.content.decode()


def test_a_reader_sees_the_summary_without_the_coordinators_steps(client, login, kortrijk, make_knelpunt):
    from lokaalsignaal.tenancy.models import Role
    from tests.factories import member

    knelpunt = make_knelpunt("Wachttijden")
    login(member(kortrijk, Role.READER))

    body = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode()

    assert "knelpunt-summary" in body and "Volgende stap" not in body and "#meer-acties" not in body
