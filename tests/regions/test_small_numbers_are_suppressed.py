"""In region and Flanders views a count below 5 is shown as "< 5" (no re-identification by small cells)."""

import pytest
from django.template import Context, Template
from django.urls import reverse


@pytest.mark.parametrize(("count", "shown"), [(0, "< 5"), (1, "< 5"), (4, "< 5"), (5, "5"), (12, "12"),
                                               (None, "< 5")])
def test_the_filter_suppresses_counts_below_five(count, shown):
    rendered = Template("{% load small_numbers %}{{ n|suppress_small }}").render(Context({"n": count}))

    assert rendered == shown.replace("<", "&lt;")


def test_the_overview_shows_small_counts_as_less_than_five(client, login, give, knelpunt, giver, kortrijk,
                                                          kortrijk_coordinator, zuidwest, region_user):
    few = [give(giver, kortrijk, title=f"Signaal {i}") for i in range(3)]
    many = [give(giver, kortrijk, title=f"Ander signaal {i}") for i in range(6)]
    knelpunt(kortrijk_coordinator, kortrijk, "Weinig signalen", few, scope=zuidwest)
    knelpunt(kortrijk_coordinator, kortrijk, "Veel signalen", many, scope=zuidwest)
    login(region_user)

    html = client.get(reverse("region:overview", args=[zuidwest.pk])).content.decode()

    assert "<td>&lt; 5</td>" in html  # 3 signals
    assert "<td>6</td>" in html  # 6 signals
    assert "<td>3</td>" not in html
    assert "Opgeschaalde knelpunten: &lt; 5 · signalen: 9" in html
    # per municipality: 2 knelpunten (suppressed), 9 signals
    assert '<th scope="row">Kortrijk</th><td>&lt; 5</td><td>9</td>' in html
