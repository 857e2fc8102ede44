"""Reference data: all 304 Flemish and Brussels local governments of 1 January 2025, postal codes, lists."""

import pytest

from lokaalsignaal.reference import data
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme
from lokaalsignaal.tenancy.models import Municipality, PostalCode, Region
from lokaalsignaal.tenancy.reference_loader import load_all


@pytest.fixture
def loaded(db):
    return load_all()


def test_loads_285_flemish_and_19_brussels_municipalities(loaded):
    assert loaded["municipalities"] == 304
    assert Municipality.objects.count() == 304
    assert Municipality.objects.filter(region=Region.FLANDERS).count() == 285
    assert Municipality.objects.filter(region=Region.BRUSSELS).count() == 19


@pytest.mark.parametrize(("refnis", "name", "province", "region"), [
    ("44021", "Gent", "Oost-Vlaanderen", Region.FLANDERS),
    ("46030", "Beveren-Kruibeke-Zwijndrecht", "Oost-Vlaanderen", Region.FLANDERS),
    ("23106", "Pajottegem", "Vlaams-Brabant", Region.FLANDERS),
    ("11002", "Antwerpen", "Antwerpen", Region.FLANDERS),
    ("71072", "Hasselt", "Limburg", Region.FLANDERS),
    ("31005", "Brugge", "West-Vlaanderen", Region.FLANDERS),
    ("21009", "Elsene", "", Region.BRUSSELS),
])
def test_municipality_has_its_refnis_code_province_and_region(loaded, refnis, name, province, region):
    municipality = Municipality.objects.get(refnis=refnis)
    assert municipality.name == name
    assert municipality.province == province
    assert municipality.region == region


def test_brussels_municipality_keeps_its_french_name(loaded):
    assert Municipality.objects.get(refnis="21009").name_fr == "Ixelles"


def test_municipalities_merged_on_1_january_2025_are_gone(loaded):
    # Beveren, Kruibeke and Zwijndrecht merged into Beveren-Kruibeke-Zwijndrecht; Gooik, Herne and Galmaarden
    # into Pajottegem; Kortessem into Hasselt (new code 71072).
    assert not Municipality.objects.filter(name__in=["Beveren", "Kruibeke", "Zwijndrecht", "Gooik", "Herne",
                                                     "Galmaarden", "Kortessem"]).exists()


def test_no_walloon_municipality_is_loaded(loaded):
    assert not Municipality.objects.filter(name__in=["Namen", "Luik", "Bergen", "Charleroi"]).exists()


def test_slug_and_reference_prefix_come_from_the_dutch_name(loaded):
    municipality = Municipality.objects.get(refnis="46030")
    assert municipality.slug == "beveren-kruibeke-zwijndrecht"
    assert municipality.reference_prefix == "BEVEREN-KRUIBEKE-ZWIJNDRECHT"


@pytest.mark.parametrize(("code", "refnis"), [("9000", "44021"), ("9050", "44021"), ("9120", "46030"),
                                              ("1050", "21009")])
def test_postal_code_maps_to_its_municipality(loaded, code, refnis):
    assert PostalCode.objects.filter(code=code, municipality__refnis=refnis).exists()


def test_postal_code_9000_is_only_gent(loaded):
    assert list(PostalCode.objects.filter(code="9000").values_list("municipality__name", flat=True)) == ["Gent"]


def test_every_municipality_has_a_postal_code(loaded):
    assert not Municipality.objects.filter(postal_codes__isnull=True).exists()


def test_reference_lists_are_seeded(loaded):
    assert Theme.objects.count() == 15
    assert TargetGroup.objects.count() == 14
    assert Sector.objects.count() == 14
    assert ResponsibleLevel.objects.count() == 5
    assert list(Theme.objects.values_list("name", flat=True)) == data.THEMES
    assert Sector.objects.filter(name="lokaal bestuur/OCMW").exists()
    assert TargetGroup.objects.filter(name="dak- en thuislozen").exists()
    assert list(ResponsibleLevel.objects.values_list("name", flat=True)) == [
        "lokaal", "bovenlokaal/regio", "Vlaams", "federaal", "Europees"]


def test_loading_again_creates_nothing_and_keeps_what_an_admin_set(loaded):
    gent = Municipality.objects.get(refnis="44021")
    gent.participating, gent.wave, gent.auto_approve_domains = True, "september 2025", "ocmw-gent.be"
    gent.save()
    theme = Theme.objects.get(slug="klimaat")
    theme.active = False
    theme.save()
    counts = [model.objects.count() for model in (Municipality, PostalCode, Theme, TargetGroup, Sector,
                                                  ResponsibleLevel)]
    ids = set(Municipality.objects.values_list("pk", flat=True))

    second = load_all()

    assert second == loaded
    assert [model.objects.count() for model in (Municipality, PostalCode, Theme, TargetGroup, Sector,
                                                ResponsibleLevel)] == counts
    assert set(Municipality.objects.values_list("pk", flat=True)) == ids
    gent.refresh_from_db()
    assert gent.participating is True
    assert gent.wave == "september 2025"
    assert gent.auto_approve_domains == "ocmw-gent.be"
    assert Theme.objects.get(slug="klimaat").active is False


def test_loading_repairs_a_changed_name_without_touching_participation(loaded):
    Municipality.objects.filter(refnis="44021").update(name="Gent (fout)", participating=True)

    load_all()

    gent = Municipality.objects.get(refnis="44021")
    assert gent.name == "Gent"
    assert gent.participating is True
