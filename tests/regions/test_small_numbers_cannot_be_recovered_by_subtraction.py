"""A small number on a region's pages cannot be computed back from the numbers next to it: where a count of signals
is "< 5", the table also hides what would give it back (complementary suppression, `privacy.small_numbers`), and every
page of the scope hides the same cells. Counts of knelpunten, which the pages list anyway, are shown as they are."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.reference.models import Theme

from .conftest import page, text_of


@pytest.fixture
def kortrijk_7_roeselare_1(give, add_knelpunt, giver, kortrijk, roeselare, zuidwest, kortrijk_coordinator,
                           roeselare_coordinator):
    """Kortrijk escalates a knelpunt with 7 signals, Roeselare one with 1: 'signalen: 8', Kortrijk 7 and Roeselare
    '< 5' said Roeselare = 1."""
    from tests.factories import member

    rune = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    seven = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer",
                     [give(giver, kortrijk, title=f"Wachtlijst {i}") for i in range(7)], scope=zuidwest)
    one = add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [give(rune, roeselare)], scope=zuidwest)
    return seven, one


def numbers(html: str) -> list[str]:
    """Every cell of the overview's tables and the list, as shown."""
    return re.findall(r"<td>([^<]*)</td>", html)


def test_the_total_and_kortrijk_do_not_give_roeselare_away(client, login, kortrijk_7_roeselare_1, zuidwest,
                                                           region_user):
    login(region_user)

    html = page(client.get(reverse("region:overview", args=[zuidwest.pk])))

    assert '<th scope="row">Roeselare</th><td>1</td><td>< 5</td>' in html
    assert '<th scope="row">Kortrijk</th><td>1</td><td>verborgen</td>' in html
    assert "signalen: 8" in html
    assert "7" not in numbers(html)  # nor in the list of knelpunten


def test_the_theme_totals_do_not_give_a_small_theme_away(client, login, give, add_knelpunt, giver, kortrijk, zuidwest,
                                                         kortrijk_coordinator, region_user):
    poverty, housing = Theme.objects.filter(active=True).order_by("position")[:2]
    add_knelpunt(kortrijk_coordinator, kortrijk, "Schulden", [give(giver, kortrijk, themes=[poverty])], scope=zuidwest,
             themes=[poverty])
    add_knelpunt(kortrijk_coordinator, kortrijk, "Huurwaarborg",
             [give(giver, kortrijk, title=f"Huur {i}", themes=[housing]) for i in range(9)], scope=zuidwest,
             themes=[housing])
    login(region_user)

    html = page(client.get(reverse("region:overview", args=[zuidwest.pk])))

    assert "signalen: 10" in html
    assert f'<th scope="row">{poverty.name}</th><td>1</td><td>< 5</td>' in html
    assert f'<th scope="row">{housing.name}</th><td>1</td><td>verborgen</td>' in html  # 10 - 9 = 1
    assert "9" not in numbers(html)


def test_counts_of_knelpunten_are_not_suppressed_the_page_lists_them(client, login, kortrijk_7_roeselare_1, zuidwest,
                                                                     region_user, roeselare):
    login(region_user)

    content = text_of(client.get(reverse("region:overview", args=[zuidwest.pk]), {"municipality": roeselare.pk}))

    assert "Opgeschaalde knelpunten: 2 · signalen: 8" in content
    assert "1 knelpunt gevonden." in content


def test_the_overview_and_the_bundle_pages_hide_the_same_numbers(client, login, kortrijk_7_roeselare_1, zuidwest,
                                                                 region_user):
    seven, one = kortrijk_7_roeselare_1
    regional = escalation.bundle(region_user, zuidwest, [seven.pk, one.pk], "Schuldhulp in de regio")
    login(region_user)

    pages = {
        "overview": page(client.get(reverse("region:overview", args=[zuidwest.pk]))),
        "regional": page(client.get(reverse("region:regional", args=[zuidwest.pk, regional.pk]))),
        "list": page(client.get(reverse("region:regional_list", args=[zuidwest.pk]))),
    }

    assert "Signalen: 8" in pages["regional"] and "<td>2</td><td>8</td>" in pages["list"]
    for html in pages.values():
        assert "7" not in numbers(html) and "Signalen: 7" not in html
    assert '<td>verborgen</td>' in pages["regional"] and "<td>< 5</td>" in pages["regional"]


def test_a_knelpunts_own_page_counts_the_signals_it_lists(client, login, kortrijk_7_roeselare_1, zuidwest,
                                                          region_user):
    _seven, one = kortrijk_7_roeselare_1
    login(region_user)

    content = text_of(client.get(reverse("region:escalated", args=[zuidwest.pk, one.pk])))

    assert "Signalen: 1" in content and "Schuldhulp zit vol" in content


def test_a_large_scopes_table_is_suppressed_once_and_remembered(kortrijk_7_roeselare_1, zuidwest, region_user,
                                                               monkeypatch):
    from django.core.cache import cache

    from lokaalsignaal.casework.regions import numbers as region_numbers

    cache.clear()
    calls = []
    real = region_numbers.suppress
    monkeypatch.setattr(region_numbers, "CACHE_FROM", 1)
    monkeypatch.setattr(region_numbers, "suppress", lambda *args, **kw: calls.append(1) or real(*args, **kw))

    first, second = (region_numbers.for_scope(region_user, zuidwest) for _ in range(2))

    assert len(calls) == 1
    assert (first.table.small, first.table.hidden) == (second.table.small, second.table.hidden)
    assert [r.signals for r in second.per_municipality] == ["verborgen", "< 5"]
