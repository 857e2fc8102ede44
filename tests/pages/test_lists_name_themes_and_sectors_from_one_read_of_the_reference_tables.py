"""The coordinator's lists and a knelpunt's page name their themes, target groups and sectors from one read of the
reference tables per request (`reference.lists.signature`, `names`): the ids come with the rows (`ids_of`), so no
list asks a query of its own for them and no model instance is made for them. The names are the tables' own, in
their own order (position, then name), switched-off themes included, and a renamed theme reads anew on the next
request."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.reference import lists
from lokaalsignaal.reference.models import Sector, TargetGroup, Theme

SIGNATURE = "UNION ALL SELECT 1, id, name, position, active FROM reference_targetgroup"


@pytest.fixture
def three_themes(reference_lists):
    """Three themes whose order is their position, not their name; the last one switched off."""
    return [Theme.objects.create(name=name, slug=f"{name.lower()}-test", position=position, active=active)
            for name, position, active in (("Zorg", 900, True), ("Armoede", 901, True), ("Mobiliteit", 902, False))]


def _visit(client, url) -> tuple[str, list[str]]:
    client.get(url)  # the first visit writes the parts of the page that are then kept (`fragments`)
    with CaptureQueriesContext(connection) as asked:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in asked.captured_queries]


def _reads_of(table: str, sql: list[str]) -> int:
    return sum(1 for q in sql if re.search(rf'\b"?{table}"?\b', q))


def test_the_inbox_names_its_rows_themes_and_sector_from_one_read(client, login, kortrijk, kortrijk_coordinator,
                                                                  make_signal, three_themes):
    sector = Sector.objects.create(name="Jeugdwerk", slug="jeugdwerk-test", position=900)
    signal = make_signal(themes=list(reversed(three_themes)))
    type(signal).objects.filter(pk=signal.pk).update(sector=sector)
    login(kortrijk_coordinator)
    html, sql = _visit(client, reverse("casework:inbox", args=[kortrijk.slug]))
    assert '<span class="small">Zorg, Armoede, Mobiliteit</span>' in html
    assert "<td>Jeugdwerk</td>" in html
    assert [q for q in sql if "reference_theme" in q] == [next(q for q in sql if SIGNATURE in q)]
    assert _reads_of("reference_sector", sql) == 1


def test_the_knelpunten_list_shows_the_trekker_and_themes_with_its_rows(client, login, kortrijk,
                                                                         kortrijk_coordinator, make_knelpunt,
                                                                         three_themes):
    knelpunt = make_knelpunt("Wachtlijsten")
    knelpunt.themes.set(three_themes[1:])
    Knelpunt.objects.filter(pk=knelpunt.pk).update(owner=kortrijk_coordinator)
    login(kortrijk_coordinator)
    html, sql = _visit(client, reverse("casework:knelpunten", args=[kortrijk.slug]))
    row = next(r for r in html.split("<tr>") if "Wachtlijsten" in r)
    assert "<td>Coördinator Kortrijk</td>" in row and "<td>Armoede, Mobiliteit</td>" in row
    assert [q for q in sql if "reference_theme" in q] == [next(q for q in sql if SIGNATURE in q)]
    assert _reads_of("casework_knelpunt_themes", sql) == 1  # inside the page's own query


def test_a_knelpunts_page_names_its_themes_and_target_groups_with_the_knelpunt(client, login, kortrijk,
                                                                               kortrijk_coordinator, make_knelpunt,
                                                                               three_themes):
    group = TargetGroup.objects.create(name="Nieuwkomers", slug="nieuwkomers-test", position=900)
    knelpunt = make_knelpunt("Wachtlijsten")
    knelpunt.themes.set(three_themes)
    knelpunt.target_groups.set([group])
    login(kortrijk_coordinator)
    html, sql = _visit(client, reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]))
    assert "<dd>Zorg, Armoede, Mobiliteit</dd>" in html and "<dd>Nieuwkomers</dd>" in html
    assert [q for q in sql if "reference_targetgroup" in q] == [next(q for q in sql if SIGNATURE in q)]


def test_her_signal_page_names_its_themes_and_target_groups_with_the_signal(client, login, giver, make_signal,
                                                                           three_themes):
    group = TargetGroup.objects.create(name="Nieuwkomers", slug="nieuwkomers-test", position=900)
    with_group = make_signal(themes=list(reversed(three_themes)), title="Met doelgroep")
    with_group.target_groups.set([group])
    without = make_signal(themes=three_themes[1:2], title="Zonder doelgroep")
    login(giver)
    html, sql = _visit(client, reverse("intake:detail", args=[with_group.reference]))
    assert "<dd>Zorg, Armoede, Mobiliteit</dd>" in html and "<dd>Nieuwkomers</dd>" in html
    assert [q for q in sql if "reference_targetgroup" in q] == [next(q for q in sql if SIGNATURE in q)]
    html, _sql = _visit(client, reverse("intake:detail", args=[without.reference]))
    assert "<dd>Armoede</dd>" in html and "Doelgroep" not in html


def test_a_renamed_theme_reads_anew_on_the_next_request(client, login, kortrijk, kortrijk_coordinator, make_signal,
                                                       three_themes):
    make_signal(themes=three_themes[:1])
    login(kortrijk_coordinator)
    url = reverse("casework:inbox", args=[kortrijk.slug])
    assert '<span class="small">Zorg</span>' in _visit(client, url)[0]
    Theme.objects.filter(pk=three_themes[0].pk).update(name="Welzijn")  # no signal: the next request reads again
    assert '<span class="small">Welzijn</span>' in client.get(url).content.decode()


def test_outside_a_request_the_reference_tables_are_read_each_time(reference_lists, three_themes):
    assert lists.names(Theme, f"{three_themes[2].pk},{three_themes[0].pk}") == ["Zorg", "Mobiliteit"]
    Theme.objects.filter(pk=three_themes[0].pk).update(name="Welzijn")
    assert lists.names(Theme, [three_themes[0].pk]) == ["Welzijn"]
    assert lists.name(Sector, None) is None
