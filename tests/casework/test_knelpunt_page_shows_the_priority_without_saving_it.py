"""No write on a GET: the knelpunt page explains the priority computed now, and leaves the stored priority (which
orders the lists) alone. The services keep the stored priority up to date whenever an input changes (link, unlink,
join, severity: tests/casework/test_priority_rises_with_more_diverse_voices_and_severity.py; merge: here), and the
nightly `refresh_priorities` command follows recency."""

from html import unescape

from django.urls import reverse

from lokaalsignaal.casework.knelpunten import priority
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from tests.factories import OrganisationFactory, SectorFactory, member


def stored(knelpunt) -> int:
    return Knelpunt.objects.values_list("priority", flat=True).get(pk=knelpunt.pk)


def test_opening_the_knelpunt_page_shows_the_computed_priority_and_saves_nothing(
        client, login, kortrijk, kortrijk_coordinator, make_signal, make_knelpunt):
    knelpunt = make_knelpunt(signals=[make_signal(), make_signal()])
    computed, _parts = priority.compute(Knelpunt.objects.get(pk=knelpunt.pk))
    Knelpunt.objects.filter(pk=knelpunt.pk).update(priority=0)  # stale, as before the nightly refresh
    login(kortrijk_coordinator)

    page = client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))

    assert page.status_code == 200
    assert f"{computed} van 100" in unescape(page.content.decode())
    assert stored(knelpunt) == 0


def test_merging_sets_the_stored_priority_of_the_remaining_knelpunt(kortrijk, kortrijk_coordinator, make_signal,
                                                                     make_knelpunt):
    voices = [make_signal(giver=member(kortrijk, organisation=OrganisationFactory(
        name=f"Organisatie {i}", sector=SectorFactory(name=f"sector {i}")))) for i in range(3)]
    source = make_knelpunt("Bron", signals=voices[:2])
    target = make_knelpunt("Doel", signals=voices[2:])
    before = stored(target)

    casework.merge(kortrijk_coordinator, source.pk, target.pk, "We voegen deze knelpunten samen.")

    assert stored(target) > before
    assert stored(target) == priority.compute(Knelpunt.objects.get(pk=target.pk))[0]
