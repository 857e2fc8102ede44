"""Moving a signal and merging each have their own page (performance issue 17): their lists of open knelpunten are
long in a big city, so the knelpunt page only links to them and builds neither list. A GET shows the form and writes
nothing; a form error shows that page again with what was typed; whoever may not manage the knelpunt gets a 404."""

from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

OTHERS = ("Geen plaats in de nachtopvang", "Te weinig tolken bij het OCMW", "Lange wachtlijst sociale woning")
MESSAGE = "Deze twee knelpunten gaan over dezelfde wachttijd."
OPEN_KNELPUNTEN_QUERY = 'NOT ("casework_knelpunt"."stage" IN'  # open_knelpunt_choices: the open ones, to choose


@pytest.fixture
def knelpunt(make_knelpunt, make_signal):
    return make_knelpunt(
        "Wachttijden budgetbegeleiding",
        signals=[make_signal(title="Eerste signaal"), make_signal(title="Tweede signaal")],
    )


@pytest.fixture
def others(make_knelpunt):
    return [make_knelpunt(title) for title in OTHERS]


@pytest.fixture
def get(client, login, kortrijk, kortrijk_coordinator):
    login(kortrijk_coordinator)

    def _get(name, knelpunt, query=None, status=200):
        response = client.get(reverse(name, args=[kortrijk.slug, knelpunt.pk]), query or {})
        assert response.status_code == status
        return unescape(response.content.decode())

    return _get


def _state():
    return (
        list(Knelpunt.objects.order_by("pk").values()),
        list(Signal.objects.order_by("pk").values()),
        AuditEvent.objects.count(),
    )


def test_the_knelpunt_page_links_to_both_pages_and_lists_no_other_knelpunt(get, client, kortrijk, knelpunt, others):
    with CaptureQueriesContext(connection) as queries:
        page = get("casework:knelpunt", knelpunt)

    assert not [q["sql"] for q in queries.captured_queries if OPEN_KNELPUNTEN_QUERY in q["sql"]]
    for title in OTHERS:
        assert title not in page
    assert 'name="target"' not in page and 'name="merge_message"' not in page
    move = reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk])
    merge = reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk])
    assert f'<a href="{move}">Een signaal naar een ander knelpunt verplaatsen</a>' in page
    assert f'<a href="{merge}">Dit knelpunt samenvoegen met een ander</a>' in page
    # the lists are on the pages of their own
    for name in ("casework:move_signal", "casework:merge"):
        own = get(name, knelpunt)
        for other in others:
            assert f'<option value="{other.pk}">#{other.pk} {other.title}</option>' in own
        assert f"#{knelpunt.pk} " not in own  # never itself


def test_the_move_page_shows_the_form_and_writes_nothing(get, knelpunt, others):
    before = _state()

    page = get("casework:move_signal", knelpunt)

    assert "<h1" in page and "Een signaal naar een ander knelpunt verplaatsen</h1>" in page
    assert "Eerste signaal" in page and "Tweede signaal" in page
    assert 'name="signal"' in page and 'name="target"' in page and ">Verplaatsen</button>" in page
    assert "Terug naar ‘Wachttijden budgetbegeleiding’" in page
    assert "Gekoppelde signalen" not in page  # not the knelpunt page
    assert _state() == before


def test_the_merge_page_shows_the_form_and_writes_nothing(get, knelpunt, others):
    before = _state()

    page = get("casework:merge", knelpunt)

    assert "Samenvoegen met een ander knelpunt</h1>" in page
    assert 'name="target"' in page and 'name="merge_message"' in page
    assert "Verder naar bevestigen</button>" in page
    assert "js/guard.js" in page  # the privacy guard checks the message while it is typed
    assert "Gekoppelde signalen" not in page
    assert _state() == before


def test_an_invalid_merge_shows_its_own_page_again_with_the_typed_message(client, kortrijk, get, knelpunt, others):
    before = _state()

    response = client.post(
        reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk]), {"target": "", "merge_message": MESSAGE}
    )

    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert "Samenvoegen met een ander knelpunt</h1>" in page and "Gekoppelde signalen" not in page
    assert "Kies een knelpunt, of geef zijn nummer." in page and 'class="error-summary' in page
    assert f"{MESSAGE}</textarea>" in page
    assert _state() == before


def test_an_invalid_move_shows_its_own_page_again_with_the_chosen_signal(client, kortrijk, get, knelpunt, others):
    signal = knelpunt.signals.order_by("pk").first()
    before = _state()

    response = client.post(
        reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk]), {"signal": signal.pk, "target": ""}
    )

    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert "Een signaal naar een ander knelpunt verplaatsen</h1>" in page and "Gekoppelde signalen" not in page
    assert "Kies een knelpunt, of geef zijn nummer." in page
    assert f'<option value="{signal.pk}" selected>' in page
    assert _state() == before


def test_a_move_and_a_merge_from_their_pages_still_work(
    client, kortrijk, get, knelpunt, others, django_capture_on_commit_callbacks
):
    signal, target = knelpunt.signals.order_by("pk").first(), others[0]
    url = reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk])
    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(url, {"signal": signal.pk, "target": target.pk})
    assert moved.status_code == 302 and moved["Location"] == reverse(
        "casework:knelpunt", args=[kortrijk.slug, knelpunt.pk]
    )
    assert Signal.objects.get(pk=signal.pk).knelpunt_id == target.pk

    url = reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk])
    asked = client.post(url, {"target": target.pk, "merge_message": MESSAGE})
    assert "Samenvoegen bevestigen" in unescape(asked.content.decode())  # the confirmation step, as before
    with django_capture_on_commit_callbacks(execute=True):
        merged = client.post(url, {"target": target.pk, "merge_message": MESSAGE, "confirm": "on"})
    assert merged.status_code == 302
    assert Knelpunt.objects.get(pk=knelpunt.pk).merged_into_id == target.pk
    # a merged knelpunt is gone: its page and both pages answer 404
    for name in ("casework:knelpunt", "casework:move_signal", "casework:merge"):
        get(name, knelpunt, status=404)


def test_without_signals_there_is_nothing_to_move(get, make_knelpunt, others):
    empty = make_knelpunt("Nog zonder signalen")

    page = get("casework:knelpunt", empty)
    assert "Een signaal naar een ander knelpunt verplaatsen" not in page
    assert "Dit knelpunt samenvoegen met een ander" in page

    own = get("casework:move_signal", empty)
    assert "Er zijn nog geen signalen gekoppeld." in own and 'name="signal"' not in own


@pytest.mark.parametrize("who", ["reader", "giver", "coordinator of Roeselare"])
def test_who_may_not_manage_gets_a_404_and_no_link(client, login, kortrijk, roeselare, giver, knelpunt, others, who):
    user = {
        "reader": lambda: member(kortrijk, Role.READER),
        "giver": lambda: giver,
        "coordinator of Roeselare": lambda: coordinator(roeselare),
    }[who]()
    login(user)
    before = _state()

    for name in ("casework:move_signal", "casework:merge"):
        response = client.get(reverse(name, args=[kortrijk.slug, knelpunt.pk]))
        assert response.status_code == 404
        assert not any(title in response.content.decode() for title in OTHERS)
    if who == "reader":  # she reads the knelpunt page, without the links
        page = unescape(client.get(reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])).content.decode())
        assert "Dit knelpunt samenvoegen met een ander" not in page
        assert "Een signaal naar een ander knelpunt verplaatsen" not in page
    assert _state() == before


def test_a_knelpunt_outside_the_list_is_chosen_by_its_number_to_move_to_or_merge_with(
    client, kortrijk, get, knelpunt, others, django_capture_on_commit_callbacks
):
    """The lists hold the 30 most recently active open knelpunten; an older one is reached by its number."""
    old = others[0]
    Knelpunt.objects.filter(pk=old.pk).update(updated_at="2020-01-01T00:00:00Z")
    from lokaalsignaal.pages.workspace import forms

    for n in range(forms.CHOICE_LIMIT):
        Knelpunt.objects.create(municipality=kortrijk, title=f"Recent knelpunt {n}")
    assert f'value="{old.pk}"' not in get("casework:merge", knelpunt)

    signal = knelpunt.signals.order_by("pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        moved = client.post(reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk]),
                            {"signal": signal.pk, "target": "", "knelpunt_number": old.pk})
    assert moved.status_code == 302
    assert Signal.objects.get(pk=signal.pk).knelpunt_id == old.pk

    url = reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk])
    asked = unescape(client.post(url, {"knelpunt_number": old.pk, "merge_message": MESSAGE}).content.decode())
    assert "Samenvoegen bevestigen" in asked and f"#{old.pk} {old.title}" in asked
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"knelpunt_number": old.pk, "merge_message": MESSAGE, "confirm": "on"})
    assert Knelpunt.objects.get(pk=knelpunt.pk).merged_into_id == old.pk


def test_a_number_of_the_knelpunt_itself_or_of_another_municipality_is_refused_with_what_was_typed(
    client, kortrijk, roeselare, get, knelpunt, others
):
    foreign = Knelpunt.objects.create(municipality=roeselare, title="Knelpunt van Roeselare")
    url = reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk])
    before = _state()

    itself = unescape(client.post(url, {"knelpunt_number": knelpunt.pk, "merge_message": MESSAGE}).content.decode())
    elsewhere = unescape(client.post(url, {"knelpunt_number": foreign.pk, "merge_message": MESSAGE}).content.decode())
    moved = unescape(client.post(reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk]), {
        "signal": knelpunt.signals.first().pk, "knelpunt_number": foreign.pk}).content.decode())

    assert "Dat is dit knelpunt zelf." in itself and f"{MESSAGE}</textarea>" in itself
    assert "Dit knelpunt kan je niet kiezen." in elsewhere and "Knelpunt van Roeselare" not in elsewhere
    assert "Dit knelpunt kan je niet kiezen." in moved and "Knelpunt van Roeselare" not in moved
    assert _state() == before


@pytest.mark.parametrize("number", ["99999999999999999999999", "2147483648", "-5", "0", "12abc"])
def test_an_odd_or_huge_number_is_refused_with_a_dutch_error_not_a_server_error(client, kortrijk, get, knelpunt,
                                                                               number):
    before = _state()
    merged = client.post(reverse("casework:merge", args=[kortrijk.slug, knelpunt.pk]),
                         {"knelpunt_number": number, "merge_message": MESSAGE})
    moved = client.post(reverse("casework:move_signal", args=[kortrijk.slug, knelpunt.pk]),
                        {"signal": knelpunt.signals.first().pk, "knelpunt_number": number})

    for response in (merged, moved):
        assert response.status_code == 200
        assert 'class="error-summary' in response.content.decode()
    assert _state() == before
