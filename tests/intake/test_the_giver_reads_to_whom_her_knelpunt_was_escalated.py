"""Where her signal page, its story and her list say the knelpunt was escalated, they say to whom: "Opgeschaald naar
<regio / Vlaanderen>" (the knelpunt's `escalated_to`), not a bare "Opgeschaald"."""

from django.urls import reverse

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import triage
from tests.factories import escalation_to, region
from tests.html import words

REGION = "Eerstelijnszone Zuid-West"


def test_the_signal_page_the_story_and_her_list_name_the_region(client, login, giver, kortrijk, make_signal,
                                                              make_knelpunt, kortrijk_coordinator):
    signal = make_signal()
    triage.mark_read(kortrijk_coordinator, [signal.pk])
    knelpunt = make_knelpunt(signals=[signal])
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ESCALATED, "We geven het door.",
                          expected_version=knelpunt.version, **escalation_to(region(kortrijk, name=REGION)))
    login(giver)

    detail = words(client.get(reverse("intake:detail", args=[signal.reference])))
    assert f"Stap nu: Opgeschaald naar {REGION}" in detail
    assert f"De gemeente gaf het knelpunt door aan {REGION}" in detail
    assert f"Nieuwe stap: Opgeschaald naar {REGION}" in detail  # the story
    mine = words(client.get(reverse("intake:mine")))
    assert f"Opgeschaald naar {REGION}" in mine.split(signal.reference)[1]
