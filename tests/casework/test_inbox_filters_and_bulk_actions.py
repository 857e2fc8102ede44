"""The coordinator's inbox: open signals by default, filters in the query string, search, sorting, the overdue
badge, and bulk actions (mark read, link to a knelpunt, not retained) in one POST form."""

from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus, SignalType
from lokaalsignaal.reference.models import Sector, Theme
from tests.factories import OrganisationFactory, member


def shown(page: str, *signals) -> list[bool]:
    return [s.reference in page for s in signals]


def test_the_inbox_shows_open_signals_by_default(inbox, make_signal, make_knelpunt, kortrijk_coordinator, giver):
    new = make_signal(title="Nieuw signaal")
    received = make_signal(title="Gelezen signaal")
    triage.mark_read(kortrijk_coordinator, [received.pk])
    linked = make_signal(title="Gekoppeld signaal")
    make_knelpunt(signals=[linked])
    refused = make_signal(title="Geweigerd signaal")
    casework.not_retain(kortrijk_coordinator, [refused.pk], "Dit gaat over één persoon.")
    withdrawn = make_signal(title="Ingetrokken signaal")
    Signal.objects.filter(pk=withdrawn.pk).update(status=SignalStatus.WITHDRAWN)

    assert shown(inbox(), new, received, linked, refused, withdrawn) == [True, True, False, False, False]
    assert shown(inbox(status="new"), new, received, linked, refused, withdrawn) == [True, False, False, False, False]
    assert shown(inbox(status="received"), new, received, linked, refused, withdrawn) == [False, True, False, False,
                                                                                          False]
    assert shown(inbox(status="linked"), new, received, linked, refused, withdrawn) == [False, False, True, False,
                                                                                        False]
    assert shown(inbox(status="not_retained"), new, received, linked, refused, withdrawn) == [False, False, False,
                                                                                              True, False]
    assert shown(inbox(status="withdrawn"), new, received, linked, refused, withdrawn) == [False, False, False, False,
                                                                                           True]
    assert all(shown(inbox(status="all"), new, received, linked, refused, withdrawn))


def test_filters_by_type_theme_target_group_and_sector(inbox, make_signal, kortrijk, reference_lists):
    themes = list(Theme.objects.order_by("position")[:2])
    caw = Sector.objects.get(name="CAW")
    caw_worker = member(kortrijk, organisation=OrganisationFactory(name="CAW Zuid-West-Vlaanderen", sector=caw))
    housing = make_signal(themes=[themes[1]], signal_type=SignalType.INJUSTICE)
    from_caw = make_signal(giver=caw_worker)

    assert shown(inbox(theme=themes[1].pk), housing, from_caw) == [True, False]
    assert shown(inbox(signal_type=SignalType.INJUSTICE), housing, from_caw) == [True, False]
    assert shown(inbox(sector=caw.pk), housing, from_caw) == [False, True]


def test_search_looks_in_title_description_and_reference(inbox, make_signal):
    by_title = make_signal(title="Huurwaarborg te hoog")
    by_text = make_signal(description="De huurwaarborg schrikt veel gezinnen af.")
    other = make_signal(title="Iets anders", description="Ook iets anders.")

    assert shown(inbox(q="huurwaarborg"), by_title, by_text, other) == [True, True, False]
    assert shown(inbox(q=other.reference), by_title, by_text, other) == [False, False, True]


def test_the_period_filter_uses_the_submission_date(inbox, make_signal):
    old = make_signal(title="Oud signaal")
    Signal.objects.filter(pk=old.pk).update(submitted_at=timezone.now() - timedelta(days=40))
    recent = make_signal(title="Recent signaal")
    since = (timezone.localdate() - timedelta(days=7)).isoformat()
    until = (timezone.localdate() - timedelta(days=30)).isoformat()

    assert shown(inbox(date_from=since), old, recent) == [False, True]
    assert shown(inbox(date_to=until), old, recent) == [True, False]


def test_open_question_and_needs_attention_filters(inbox, make_signal, kortrijk_coordinator, giver):
    asked = make_signal(title="Met een vraag")
    triage.ask_question(kortrijk_coordinator, asked.pk, "Hoeveel gezinnen gaat het over?")
    answered = make_signal(title="Met een antwoord")
    triage.ask_question(kortrijk_coordinator, answered.pk, "Sinds wanneer?")
    intake.answer_question(giver, answered.pk, "Sinds januari.")
    quiet = make_signal(title="Zonder vraag")

    assert shown(inbox(open_question="on"), asked, answered, quiet) == [True, False, False]
    page = inbox(attention="on")
    assert shown(page, asked, answered, quiet) == [False, True, False]
    assert "Signaalgever reageerde" in page


def test_sorting_oldest_first_and_longest_waiting(inbox, make_signal, kortrijk_coordinator):
    first = make_signal(title="Eerste signaal")
    second = make_signal(title="Tweede signaal")
    third = make_signal(title="Derde signaal")
    for days, signal in ((30, first), (20, second), (10, third)):
        Signal.objects.filter(pk=signal.pk).update(submitted_at=timezone.now() - timedelta(days=days))
    triage.ask_question(kortrijk_coordinator, first.pk, "Een vraag, dus eerste terugkoppeling.")

    newest = inbox()
    oldest = inbox(sort="oldest")
    waiting = inbox(sort="waiting")

    assert newest.index(third.reference) < newest.index(second.reference) < newest.index(first.reference)
    assert oldest.index(first.reference) < oldest.index(second.reference) < oldest.index(third.reference)
    assert waiting.index(second.reference) < waiting.index(third.reference) < waiting.index(first.reference)


def test_a_signal_waiting_longer_than_the_promised_time_gets_a_badge(inbox, make_signal, kortrijk):
    kortrijk.response_days = 14
    kortrijk.save()
    late = make_signal(title="Te lang wachtend")
    Signal.objects.filter(pk=late.pk).update(submitted_at=timezone.now() - timedelta(days=20, hours=1))
    make_signal(title="Net binnen")

    page = inbox()

    assert page.count("Wacht al 20 dagen") == 1
    assert shown(inbox(overdue="on"), late) == [True]
    assert "Net binnen" not in inbox(overdue="on")


def test_the_list_shows_the_sector_never_the_giver(inbox, make_signal, giver):
    make_signal(title="Signaal van Sofie")

    page = inbox()

    assert giver.organisation.sector.name in page
    assert giver.full_name not in page
    assert giver.organisation.name not in page


def test_the_page_links_keep_the_filters(inbox, make_signal):
    for i in range(27):
        make_signal(title=f"Huurwaarborg {i}")

    page = inbox(q="huurwaarborg", sort="oldest")

    assert "?q=huurwaarborg&sort=oldest&pagina=2" in page


def test_empty_states(inbox, make_signal):
    assert "Er wachten geen open signalen." in inbox()
    make_signal()
    assert "Geen signalen gevonden met deze filters." in inbox(q="bestaat niet")


# --- bulk actions --------------------------------------------------------------------------------------------

@pytest.fixture
def bulk(client, login, kortrijk, kortrijk_coordinator, django_capture_on_commit_callbacks):
    """bulk(action, signals, **fields) -> the response to the inbox's POST form."""
    login(kortrijk_coordinator)

    def post(action, signals, query="", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(reverse("casework:inbox", args=[kortrijk.slug]) + query,
                               {"action": action, "signals": [s.pk for s in signals], **fields})

    return post


def test_mark_several_signals_read_and_keep_the_filters(bulk, make_signal):
    a, b, _c = make_signal(), make_signal(), make_signal()

    response = bulk("mark_read", [a, b], query="?q=wachttijd")

    assert response.status_code == 302
    assert response["Location"].endswith("?q=wachttijd")
    assert [s.read_at is not None for s in Signal.objects.order_by("pk")] == [True, True, False]
    assert SignalEvent.objects.filter(kind=SignalEvent.Kind.RECEIVED).count() == 2


def test_link_several_signals_to_an_existing_knelpunt(bulk, make_signal, make_knelpunt):
    knelpunt = make_knelpunt("Wachttijden")
    a, b = make_signal(), make_signal()

    response = bulk("link", [a, b], knelpunt=knelpunt.pk)

    assert response.status_code == 302
    assert set(knelpunt.signals.all()) == {a, b}
    knelpunt.refresh_from_db()
    assert knelpunt.signal_count == 2


def test_link_several_signals_to_a_new_knelpunt(bulk, make_signal, kortrijk):
    a, b = make_signal(), make_signal()

    bulk("link", [a, b], knelpunt="new", new_title="Budgetbegeleiding loopt vast")

    knelpunt = Knelpunt.objects.get()
    assert knelpunt.title == "Budgetbegeleiding loopt vast"
    assert knelpunt.municipality == kortrijk
    assert set(knelpunt.signals.all()) == {a, b}


def test_a_new_knelpunt_needs_a_title(bulk, make_signal):
    a = make_signal()

    response = bulk("link", [a], knelpunt="new", new_title="")

    assert response.status_code == 200
    assert "Geef het nieuwe knelpunt een titel." in unescape(response.content.decode())
    assert not Knelpunt.objects.exists()


def test_not_retained_with_one_explanation(bulk, make_signal):
    a, b = make_signal(), make_signal()

    bulk("not_retain", [a, b], explanation="Dit gaat over één gezin. Verwijs naar het OCMW.", confirm="on")

    assert set(Signal.objects.values_list("status", flat=True)) == {SignalStatus.NOT_RETAINED}
    assert list(SignalEvent.objects.filter(kind=SignalEvent.Kind.NOT_RETAINED).values_list("body", flat=True)) == [
        "Dit gaat over één gezin. Verwijs naar het OCMW."] * 2


def test_not_retained_without_explanation_keeps_the_choice_and_changes_nothing(bulk, make_signal):
    a, b = make_signal(), make_signal()

    response = bulk("not_retain", [a])

    page = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Leg de signaalgevers uit waarom de signalen niet weerhouden worden." in page
    assert f'value="{a.pk}" id="kies-{a.pk}" checked' in page
    assert f'value="{b.pk}" id="kies-{b.pk}" checked' not in page
    assert not Signal.objects.filter(status=SignalStatus.NOT_RETAINED).exists()


def test_the_explanation_goes_through_the_privacy_guard(bulk, make_signal):
    a = make_signal()

    bulk("not_retain", [a], explanation="Bel haar op 0470 12 34 56 voor meer uitleg.", confirm="on")

    body = SignalEvent.objects.get(kind=SignalEvent.Kind.NOT_RETAINED).body
    assert "0470" not in body
    assert "[telefoonnummer]" in body


def test_nothing_chosen_is_an_error(bulk, make_signal):
    make_signal()

    response = bulk("mark_read", [])

    assert "Kies minstens één signaal in de tabel." in unescape(response.content.decode())
    assert not Signal.objects.filter(read_at__isnull=False).exists()


def test_a_signal_of_another_municipality_cannot_be_slipped_in(bulk, make_signal, roeselare):
    own = make_signal()
    foreign = make_signal(giver=member(roeselare), municipality=roeselare, title="Geheim in Roeselare")

    response = bulk("mark_read", [own, foreign])

    assert response.status_code == 200
    assert "Geheim in Roeselare" not in response.content.decode()
    assert not Signal.objects.filter(read_at__isnull=False).exists()


def test_a_bulk_action_refuses_more_ids_than_its_maximum(bulk, make_signal):
    from lokaalsignaal.pages.workspace.inbox_forms import MAX_BULK

    own = make_signal()
    ids = [own.pk] + list(range(10_000_000, 10_000_000 + MAX_BULK))

    response = bulk("mark_read", [type("S", (), {"pk": pk})() for pk in ids])

    assert response.status_code == 200
    assert f"Kies hoogstens {MAX_BULK} signalen tegelijk." in unescape(response.content.decode())
    assert not Signal.objects.filter(read_at__isnull=False).exists()
