"""Issue 14: the inbox shows search and status, the other filters under "Meer filters" (open when one is set), the
active filters as chips that each remove one filter; the bulk actions sit in one bar above the list with a way to
choose every row (also without JavaScript); one name per action ("Markeer als ontvangen"); and a signal's page
leads to the next open signal."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.intake import triage
from lokaalsignaal.reference.models import Theme


@pytest.fixture
def inbox(client, login, kortrijk, kortrijk_coordinator):
    login(kortrijk_coordinator)
    return lambda **query: client.get(reverse("casework:inbox", args=[kortrijk.slug]), query)


def test_more_filters_are_folded_until_one_is_used(inbox, make_signal):
    make_signal()

    folded = inbox().content.decode()
    opened = inbox(signal_type="threshold").content.decode()

    assert '<details class="filter-more">' in folded
    assert '<details class="filter-more" open>' in opened


def test_each_active_filter_is_a_chip_that_removes_only_itself(inbox, make_signal, reference_lists):
    theme = Theme.objects.order_by("pk").first()
    make_signal()

    body = inbox(q="wachttijd", theme=theme.pk).content.decode()
    chips = dict((re.sub(r"<[^>]+>", "", text).replace("×", "").replace("(filter weghalen)", "").strip(),
                  href.replace("&amp;", "&"))
                 for href, text in re.findall(r'<a class="chip" href="([^"]+)">(.*?)</a>', body, re.S))

    assert chips[f"Thema: {theme.name}"] == "?q=wachttijd"
    assert chips["Zoek in titel, tekst of referentie: wachttijd"] == f"?theme={theme.pk}"


def test_choose_all_without_javascript_checks_every_row_of_the_page(inbox, make_signal):
    signals = [make_signal() for _ in range(3)]

    body = inbox(kies="alle").content.decode()

    for signal in signals:
        assert re.search(rf'value="{signal.pk}" id="kies-{signal.pk}" checked', body)
    assert "3 signalen gekozen" in body


def test_the_bulk_bar_comes_before_the_list_and_names_the_action_as_on_a_signal(inbox, make_signal):
    make_signal()

    body = inbox().content.decode()

    assert body.index('class="bulk-bar"') < body.index("<table")
    assert "Markeer als ontvangen" in body and "Markeer als gelezen" not in body


def test_after_a_bulk_action_the_choice_of_all_rows_is_not_kept(client, inbox, kortrijk, make_signal):
    a, b = make_signal(), make_signal()

    response = client.post(reverse("casework:inbox", args=[kortrijk.slug]) + "?q=wacht&kies=alle",
                           {"action": "mark_read", "signals": [a.pk, b.pk]})

    assert response["Location"].endswith("?q=wacht")


def test_a_signal_page_leads_to_the_next_open_signal_also_after_handling_it(client, login, kortrijk,
                                                                            kortrijk_coordinator, make_signal):
    older, newer = make_signal(title="Ouder"), make_signal(title="Nieuwer")
    login(kortrijk_coordinator)
    triage.mark_read(kortrijk_coordinator, [newer.pk])

    page = client.get(reverse("casework:signal", args=[kortrijk.slug, newer.pk]))

    assert page.context["next_signal"] == older.pk
    assert reverse("casework:signal", args=[kortrijk.slug, older.pk]) in page.content.decode()


def test_the_last_open_signal_has_no_next(client, login, kortrijk, kortrijk_coordinator, make_signal):
    only = make_signal()
    login(kortrijk_coordinator)

    assert client.get(reverse("casework:signal", args=[kortrijk.slug, only.pk])).context["next_signal"] is None
