"""The priority list orders the open knelpunten by effective priority (a coordinator's override wins over the
computed score), the override needs a reason and is audited without that reason, and going back to the computed
priority restores the computed order. The knelpunt page explains the score ("Waarom deze prioriteit?")."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.priority import services as priority_services
from lokaalsignaal.tenancy.models import Role
from tests.factories import OrganisationFactory, SectorFactory, member

REASON = "De schepen vraagt dit vóór de gemeenteraad van juni te bekijken."


@pytest.fixture
def three(kortrijk, make_signal, make_knelpunt):
    """Three open knelpunten whose computed priorities differ: many voices > two voices > no voices."""
    def signal(i):
        giver = member(kortrijk, organisation=OrganisationFactory(name=f"Org {i}", sector=SectorFactory(name=f"s{i}")))
        return make_signal(giver=giver, frequency="weekly", people_affected="21-50")

    high = make_knelpunt("Hoog: wachttijden", signals=[signal(i) for i in range(4)])
    middle = make_knelpunt("Midden: vervoer", signals=[signal(i) for i in range(4, 6)])
    low = make_knelpunt("Laag: formulieren")
    priorities = [Knelpunt.objects.get(pk=b.pk).priority for b in (high, middle, low)]
    assert priorities == sorted(priorities, reverse=True) and len(set(priorities)) == 3
    return high, middle, low


def list_titles(client, kortrijk, **query) -> list[str]:
    response = client.get(reverse("casework:priorities", args=[kortrijk.slug]), query)
    assert response.status_code == 200
    html = unescape(response.content.decode())
    return re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>', html)


def override_url(kortrijk, knelpunt):
    return reverse("casework:override_priority", args=[kortrijk.slug, knelpunt.pk])


def test_the_list_shows_open_knelpunten_by_computed_priority(client, login, kortrijk, kortrijk_coordinator, three,
                                                             make_knelpunt):
    high, middle, low = three
    closed = make_knelpunt("Afgerond knelpunt")
    casework.change_stage(kortrijk_coordinator, closed.pk, Stage.NOT_RETAINED, "We werken hier niet aan verder.", 1)
    merged = make_knelpunt("Samengevoegd knelpunt")
    casework.merge(kortrijk_coordinator, merged.pk, low.pk, "Samengevoegd met formulieren.")
    login(kortrijk_coordinator)

    assert list_titles(client, kortrijk) == [high.title, middle.title, low.title]


def test_an_override_wins_in_the_list_and_clearing_it_restores_the_computed_order(client, login, kortrijk,
                                                                                  kortrijk_coordinator, three):
    high, middle, low = three
    login(kortrijk_coordinator)

    response = client.post(override_url(kortrijk, low), {"priority_value": 100, "priority_reason": REASON})
    assert response.status_code == 302
    assert list_titles(client, kortrijk) == [low.title, high.title, middle.title]
    listing = unescape(client.get(reverse("casework:priorities", args=[kortrijk.slug])).content.decode())
    assert "manueel" in listing
    assert list_titles(client, kortrijk, sort="priority") == [low.title, high.title, middle.title]
    assert list_titles(client, kortrijk) == list_titles(client, kortrijk)

    response = client.post(override_url(kortrijk, low), {"action": "clear"})
    assert response.status_code == 302
    assert list_titles(client, kortrijk) == [high.title, middle.title, low.title]
    assert Knelpunt.objects.values_list("priority_override", "priority_reason").get(pk=low.pk) == (None, "")


def test_the_knelpunten_list_can_sort_by_priority(client, login, kortrijk, kortrijk_coordinator, three):
    high, middle, low = three
    priority_services.override_priority(kortrijk_coordinator, middle.pk, 0, REASON)
    login(kortrijk_coordinator)

    response = client.get(reverse("casework:knelpunten", args=[kortrijk.slug]), {"sort": "priority"})

    html = unescape(response.content.decode())
    titles = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a></th>', html)
    assert titles == [high.title, low.title, middle.title]
    assert reverse("casework:priorities", args=[kortrijk.slug]) in html


def test_the_override_is_audited_without_its_reason(client, login, kortrijk, kortrijk_coordinator, three):
    _high, middle, _low = three
    computed = Knelpunt.objects.get(pk=middle.pk).priority
    login(kortrijk_coordinator)

    client.post(override_url(kortrijk, middle), {"priority_value": 7, "priority_reason": REASON})
    client.post(override_url(kortrijk, middle), {"action": "clear"})

    events = list(AuditEvent.objects.filter(action="knelpunt.priority_overridden").order_by("pk"))
    assert [(e.actor, e.object_id, e.payload) for e in events] == [
        (kortrijk_coordinator, str(middle.pk), {"value": 7, "computed": computed}),
        (kortrijk_coordinator, str(middle.pk), {"value": None, "computed": computed}),
    ]
    assert all(REASON not in str(e.payload) and "schepen" not in str(e.payload) for e in events)


@pytest.mark.parametrize(("data", "error"), [
    ({"priority_value": 80, "priority_reason": ""}, "Schrijf waarom je de prioriteit aanpast."),
    ({"priority_value": 101, "priority_reason": REASON}, "Kies een prioriteit van 0 tot 100."),
    ({"priority_value": -1, "priority_reason": REASON}, "Kies een prioriteit van 0 tot 100."),
    ({"priority_value": "", "priority_reason": REASON}, "Geef een prioriteit van 0 tot 100."),
    ({"priority_value": "hoog", "priority_reason": REASON}, "Geef een getal van 0 tot 100."),
])
def test_a_wrong_override_shows_the_error_keeps_the_input_and_changes_nothing(client, login, kortrijk,
                                                                              kortrijk_coordinator, three, data,
                                                                              error):
    high, _middle, _low = three
    login(kortrijk_coordinator)
    before = Knelpunt.objects.values().get(pk=high.pk)

    response = client.post(override_url(kortrijk, high), data)

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert 'class="error-summary"' in html and error in html
    if data["priority_reason"]:
        assert data["priority_reason"] in html  # kept in the textarea
    if data["priority_value"] != "":
        assert f'value="{data["priority_value"]}"' in html
    assert Knelpunt.objects.values().get(pk=high.pk) == before
    assert not AuditEvent.objects.filter(action="knelpunt.priority_overridden").exists()


def test_the_knelpunt_page_explains_the_priority(client, login, kortrijk, kortrijk_coordinator, three):
    high, _middle, _low = three
    login(kortrijk_coordinator)

    html = unescape(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, high.pk])).content.decode())

    assert "Waarom deze prioriteit?" in html
    for label in ("Signalen en 'ik zie dit ook'", "Verschillende organisaties", "Verschillende sectoren",
                  "Hoe vaak het voorkomt", "Hoeveel mensen", "Hoe recent", "Ernst (ingeschat door de coördinator)"):
        assert f'<th scope="row">{label}</th>' in html
    assert "Elke week" in html and "21 tot 50 mensen" in html and "3 op 5" in html
    assert '<caption id="prioriteit-tabel">Zo is de berekende prioriteit (' in html
    assert 'name="priority_value"' in html and "Manuele prioriteit bewaren" in html
    assert "Terug naar berekende prioriteit" not in html  # nothing to go back from yet


def test_an_overridden_knelpunt_shows_the_manual_value_the_reason_and_the_computed_value(
        client, login, kortrijk, kortrijk_coordinator, three):
    high, _middle, _low = three
    computed = Knelpunt.objects.get(pk=high.pk).priority
    priority_services.override_priority(kortrijk_coordinator, high.pk, 12, REASON)
    login(member(kortrijk, Role.READER))

    html = unescape(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, high.pk])).content.decode())

    assert "12 van 100" in html and "manueel" in html
    assert REASON in html
    assert f"<dt>Berekende prioriteit</dt><dd>{computed} van 100</dd>" in html
    assert 'name="priority_value"' not in html  # a reader reads, does not override
    assert "Terug naar berekende prioriteit" not in html


def test_a_reader_sees_the_list_but_cannot_override(client, login, kortrijk, kortrijk_coordinator, three):
    high, middle, low = three
    login(member(kortrijk, Role.READER))

    assert list_titles(client, kortrijk) == [high.title, middle.title, low.title]
    assert client.post(override_url(kortrijk, low), {"priority_value": 100,
                                                     "priority_reason": REASON}).status_code == 404
    assert client.post(override_url(kortrijk, low), {"action": "clear"}).status_code == 404
    assert Knelpunt.objects.get(pk=low.pk).priority_override is None
