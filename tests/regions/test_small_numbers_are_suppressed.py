"""In region and Flanders views a count of signals from 1 to 4 is shown as "< 5" (no re-identification by small
cells); a count that stands alone goes through `suppress_small`, every table through the scope's suppressed numbers.
A 0 is shown: it counts nobody."""

import pytest
from django.template import Context, Template
from django.urls import reverse


@pytest.mark.parametrize(("count", "shown"), [(0, "0"), (1, "< 5"), (4, "< 5"), (5, "5"), (12, "12"), (None, "0")])
def test_the_filter_suppresses_counts_from_one_to_four(count, shown):
    rendered = Template("{% load small_numbers %}{{ n|suppress_small }}").render(Context({"n": count}))

    assert rendered == shown.replace("<", "&lt;")


def test_the_overview_shows_small_counts_as_less_than_five(client, login, give, add_knelpunt, giver, kortrijk,
                                                          kortrijk_coordinator, zuidwest, region_user):
    few = [give(giver, kortrijk, title=f"Signaal {i}") for i in range(3)]
    many = [give(giver, kortrijk, title=f"Ander signaal {i}") for i in range(6)]
    add_knelpunt(kortrijk_coordinator, kortrijk, "Weinig signalen", few, scope=zuidwest)
    add_knelpunt(kortrijk_coordinator, kortrijk, "Veel signalen", many, scope=zuidwest)
    login(region_user)

    html = client.get(reverse("region:overview", args=[zuidwest.pk])).content.decode()

    assert "<td>&lt; 5</td>" in html  # 3 signals
    assert "<td>3</td>" not in html
    # Kortrijk's 9 minus 6 would give the 3 back: the 6 is hidden too
    assert "<td>verborgen</td>" in html and "<td>6</td>" not in html
    assert "Opgeschaalde knelpunten: 2 · signalen: 9" in html
    # per municipality: 2 knelpunten (listed below anyway), 9 signals
    assert '<th scope="row">Kortrijk</th><td>2</td><td>9</td>' in html
