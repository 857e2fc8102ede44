"""The stored priority of a knelpunt follows what it bundles: more voices from more organisations and sectors raise
it, the coordinator's severity moves it, unlinking lowers it again; the `refresh_priorities` command repairs stale
scores of existing data. Everything goes through casework.knelpunten.services and casework.priority.services (the
priority is never set by hand here)."""

from io import StringIO

import pytest
from django.core.management import call_command

from lokaalsignaal.casework.knelpunten import priority
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.priority import services as priority_services
from tests.factories import OrganisationFactory, SectorFactory, member


def stored(knelpunt) -> int:
    return Knelpunt.objects.values_list("priority", flat=True).get(pk=knelpunt.pk)


def points(knelpunt, key) -> int:
    _score, parts = priority.compute(Knelpunt.objects.get(pk=knelpunt.pk))
    return {c.key: c.points for c in parts}[key]


@pytest.fixture
def giver_in(kortrijk):
    """giver_in(organisation): a giver of Kortrijk working for that organisation."""

    def make(organisation):
        return member(kortrijk, organisation=organisation)

    return make


def test_linking_signals_from_other_organisations_and_sectors_raises_the_priority(
        kortrijk_coordinator, make_signal, make_knelpunt, giver_in):
    caw = OrganisationFactory(name="CAW", sector=SectorFactory(name="welzijn"))
    one_voice = make_signal(giver=giver_in(caw))
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding", signals=[one_voice])
    alone = stored(knelpunt)

    same_organisation = make_signal(giver=giver_in(caw))
    casework.link(kortrijk_coordinator, [same_organisation.pk], knelpunt.pk)
    with_a_colleague = stored(knelpunt)

    school = OrganisationFactory(name="Basisschool", sector=SectorFactory(name="onderwijs"))
    ocmw = OrganisationFactory(name="OCMW", sector=SectorFactory(name="lokaal bestuur"))
    others = [make_signal(giver=giver_in(school)), make_signal(giver=giver_in(ocmw))]
    casework.link(kortrijk_coordinator, [s.pk for s in others], knelpunt.pk)
    widely_seen = stored(knelpunt)

    assert alone < with_a_colleague < widely_seen
    assert points(knelpunt, "organisations") > 0 and points(knelpunt, "sectors") > 0
    assert widely_seen == priority.compute(Knelpunt.objects.get(pk=knelpunt.pk))[0]


def test_the_same_number_of_voices_weighs_more_from_different_sectors(make_signal, make_knelpunt, giver_in):
    caw = OrganisationFactory(name="CAW", sector=SectorFactory(name="welzijn"))
    one_organisation = make_knelpunt("Eén organisatie", signals=[make_signal(giver=giver_in(caw))
                                                                   for _ in range(3)])
    many = make_knelpunt("Drie sectoren", signals=[
        make_signal(giver=giver_in(OrganisationFactory(name=f"Organisatie {i}", sector=SectorFactory(name=f"s{i}"))))
        for i in range(3)])

    assert stored(many) > stored(one_organisation)
    assert points(many, "voices") == points(one_organisation, "voices")


def test_unlinking_a_signal_lowers_the_priority_again(kortrijk_coordinator, make_signal, make_knelpunt, giver_in):
    signals = [make_signal(giver=giver_in(OrganisationFactory(name=f"Org {i}", sector=SectorFactory(name=f"x{i}"))))
               for i in range(3)]
    knelpunt = make_knelpunt(signals=signals)
    before = stored(knelpunt)

    casework.unlink(kortrijk_coordinator, signals[0].pk)

    assert stored(knelpunt) < before


@pytest.mark.parametrize(("severity", "direction"), [(5, 1), (1, -1)])
def test_the_coordinators_severity_moves_the_priority(kortrijk_coordinator, make_signal, make_knelpunt, severity,
                                                      direction):
    knelpunt = make_knelpunt(signals=[make_signal()])  # severity 3 by default
    before = stored(knelpunt)

    casework.update_knelpunt(kortrijk_coordinator, knelpunt.pk, {"title": knelpunt.title, "severity": severity},
                               [], [], expected_version=knelpunt.version)

    assert (stored(knelpunt) - before) * direction > 0
    assert points(knelpunt, "severity") == (10 if severity == 5 else 0)


def test_refresh_priorities_repairs_stale_scores_and_leaves_overrides_alone(kortrijk_coordinator, make_signal,
                                                                              make_knelpunt):
    fresh = make_knelpunt("Vers", signals=[make_signal()])
    stale = make_knelpunt("Verouderd", signals=[make_signal(), make_signal()])
    overridden = make_knelpunt("Manueel", signals=[make_signal()])
    priority_services.override_priority(kortrijk_coordinator, overridden.pk, 99, "Dringend volgens de schepen.")
    right = {b.pk: stored(b) for b in (fresh, stale, overridden)}
    Knelpunt.objects.filter(pk__in=[stale.pk, overridden.pk]).update(priority=0)  # as data from before
    out = StringIO()

    call_command("refresh_priorities", stdout=out)

    assert {b.pk: stored(b) for b in (fresh, stale, overridden)} == right
    assert Knelpunt.objects.get(pk=overridden.pk).priority_override == 99
    assert "3 knelpunten herberekend, 2 met een nieuwe prioriteit" in out.getvalue()


def test_refresh_priorities_for_one_municipality(kortrijk, roeselare, make_signal, make_knelpunt):
    knelpunt = make_knelpunt(signals=[make_signal()])
    Knelpunt.objects.filter(pk=knelpunt.pk).update(priority=0)
    out = StringIO()

    call_command("refresh_priorities", municipality=roeselare.slug, stdout=out)
    assert stored(knelpunt) == 0
    call_command("refresh_priorities", municipality=kortrijk.slug, stdout=out)
    assert stored(knelpunt) > 0
