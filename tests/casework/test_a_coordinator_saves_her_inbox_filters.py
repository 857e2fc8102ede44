"""Saved inbox filters: a coordinator saves the filters she has on under a name, finds them as links above the
inbox, and deletes one. Only the query string the filter form validated is stored (its own fields, cleaned); at most
twenty per person per municipality; nobody else sees or deletes them (another person's is a 404)."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.accounts import saved_filters
from lokaalsignaal.accounts.models import SavedFilter
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import Role
from tests.factories import MembershipFactory, coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def urls(kortrijk):
    return {"inbox": reverse("casework:inbox", args=[kortrijk.slug]),
            "save": reverse("casework:inbox_filter_save", args=[kortrijk.slug])}


def _delete(kortrijk, saved):
    return reverse("casework:inbox_filter_delete", args=[kortrijk.slug, saved.pk])


def _saved_links(html: str) -> dict[str, str]:
    section = html[html.index('id="saved-filters-title"'):html.index("</section>")]
    return {text.strip(): unescape(href) for href, text in re.findall(r'<a class="chip" href="([^"]+)"[^>]*>(.*?)</a>',
                                                                       section, re.S)}


def test_she_saves_the_filters_she_has_on_and_finds_them_above_the_inbox(client, login, kortrijk,
                                                                           kortrijk_coordinator, urls):
    theme = Theme.objects.filter(active=True).order_by("pk").first()
    login(kortrijk_coordinator)
    page = client.get(urls["inbox"], {"status": "new", "theme": theme.pk, "pagina": "2"}).content.decode()
    assert 'name="saved_query"' in page  # the form to save what she has on

    response = client.post(urls["save"], {"saved_name": "Nieuw over mijn thema",
                                          "saved_query": f"status=new&theme={theme.pk}&pagina=2&kies=alle"})

    saved = SavedFilter.objects.get(user=kortrijk_coordinator, municipality=kortrijk)
    assert saved.name == "Nieuw over mijn thema"
    assert saved.query == f"status=new&theme={theme.pk}"  # the form's own fields only
    assert response.url == f"{urls['inbox']}?status=new&theme={theme.pk}"
    html = client.get(urls["inbox"]).content.decode()
    assert _saved_links(html) == {"Nieuw over mijn thema": f"{urls['inbox']}?status=new&theme={theme.pk}"}


def test_what_is_stored_is_the_validated_query_never_what_was_posted(client, login, kortrijk, kortrijk_coordinator,
                                                                      urls):
    login(kortrijk_coordinator)

    client.post(urls["save"], {"saved_name": "Rommel", "saved_query": "status=bestaat-niet"})
    client.post(urls["save"], {"saved_name": "Niets", "saved_query": "x=<script>&y=1"})
    client.post(urls["save"], {"saved_name": "Geen", "saved_query": ""})
    client.post(urls["save"], {"saved_name": "Zoek", "saved_query": "q=++wachttijd++&open_question=ja&onbekend=1"})

    assert list(SavedFilter.objects.values_list("name", "query")) == [("Zoek", "q=wachttijd&open_question=on")]


def test_a_name_is_required_and_at_most_80_characters(client, login, kortrijk_coordinator, urls):
    login(kortrijk_coordinator)

    empty = client.post(urls["save"], {"saved_name": "  ", "saved_query": "status=new"}, follow=True)
    long = client.post(urls["save"], {"saved_name": "x" * 81, "saved_query": "status=new"}, follow=True)

    assert "Geef de filter een naam." in empty.content.decode()
    assert "het maximum is 80 tekens" in long.content.decode()
    assert not SavedFilter.objects.exists()


def test_the_same_name_again_replaces_its_filters(client, login, kortrijk_coordinator, urls):
    login(kortrijk_coordinator)

    client.post(urls["save"], {"saved_name": "Werkbak", "saved_query": "status=new"})
    client.post(urls["save"], {"saved_name": "Werkbak", "saved_query": "status=received"})

    assert list(SavedFilter.objects.values_list("name", "query")) == [("Werkbak", "status=received")]


def test_at_most_twenty_per_person_and_municipality(client, login, kortrijk, roeselare, kortrijk_coordinator, urls):
    for i in range(saved_filters.LIMIT):
        saved_filters.save_filter(kortrijk_coordinator, kortrijk, f"Filter {i}", f"q=woord{i}")
    login(kortrijk_coordinator)

    refused = client.post(urls["save"], {"saved_name": "Nog een", "saved_query": "status=new"}, follow=True)

    assert "Je hebt al 20 bewaarde filters. Verwijder er eerst een." in refused.content.decode()
    assert SavedFilter.objects.count() == saved_filters.LIMIT
    MembershipFactory(user=kortrijk_coordinator, municipality=roeselare, role=Role.COORDINATOR)
    saved_filters.save_filter(kortrijk_coordinator, roeselare, "In Roeselare", "status=new")  # another municipality
    assert SavedFilter.objects.filter(municipality=roeselare).count() == 1


def test_she_deletes_one_of_her_filters(client, login, kortrijk, kortrijk_coordinator, urls):
    keep = saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Blijft", "status=new")
    gone = saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Weg", "status=received")
    login(kortrijk_coordinator)

    assert client.get(_delete(kortrijk, gone)).status_code == 405  # no write on a GET
    response = client.post(_delete(kortrijk, gone), follow=True)

    assert list(SavedFilter.objects.all()) == [keep]
    assert "De filter ‘Weg’ is verwijderd." in response.content.decode()


def test_only_she_sees_and_deletes_her_filters(client, login, kortrijk, kortrijk_coordinator, urls):
    hers = saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Alleen van mij", "status=new")
    colleague = coordinator(kortrijk)
    login(colleague)

    html = client.get(urls["inbox"]).content.decode()
    assert "Alleen van mij" not in html
    assert client.post(_delete(kortrijk, hers)).status_code == 404
    assert SavedFilter.objects.filter(pk=hers.pk).exists()


def test_a_saved_filter_that_no_longer_fits_is_marked_not_linked(client, login, kortrijk, kortrijk_coordinator,
                                                                  urls):
    theme = Theme.objects.filter(active=True).order_by("pk").first()
    saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Oud thema", f"theme={theme.pk}")
    Theme.objects.filter(pk=theme.pk).update(active=False)
    login(kortrijk_coordinator)

    html = client.get(urls["inbox"]).content.decode()

    assert _saved_links(html) == {}
    assert "Oud thema" in html and "deze filter klopt niet meer" in html


def test_the_filter_she_has_on_is_marked_current(client, login, kortrijk, kortrijk_coordinator, urls):
    saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Nieuw", "status=new")
    login(kortrijk_coordinator)

    html = client.get(urls["inbox"], {"status": "new"}).content.decode()

    assert re.search(r'<a class="chip" href="[^"]+" aria-current="true">Nieuw</a>', html)


def test_a_reader_cannot_save_a_filter(client, login, kortrijk, urls):
    from tests.factories import member

    login(member(kortrijk, Role.READER))

    assert client.post(urls["save"], {"saved_name": "Stiekem", "saved_query": "status=new"}).status_code == 404
    assert not SavedFilter.objects.exists()


def test_the_inbox_reads_her_saved_filters_in_the_same_number_of_queries_however_many(client, login, kortrijk,
                                                                                       kortrijk_coordinator, urls):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lokaalsignaal.reference.models import Sector, TargetGroup

    themes = list(Theme.objects.filter(active=True).order_by("pk")[:2])
    groups = list(TargetGroup.objects.filter(active=True).order_by("pk")[:2])
    sector = Sector.objects.order_by("pk").first()
    login(kortrijk_coordinator)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(urls["inbox"]).status_code == 200
        return len(captured)

    saved_filters.save_filter(kortrijk_coordinator, kortrijk, "Eerste",
                              f"theme={themes[0].pk}&target_group={groups[0].pk}&sector={sector.pk}")
    queries()  # the first visit writes the parts of the page that are then kept (`fragments`)
    one = queries()
    for i, (theme, group) in enumerate([(t, g) for t in themes for g in groups]):
        saved_filters.save_filter(kortrijk_coordinator, kortrijk, f"Filter {i}",
                                  f"theme={theme.pk}&target_group={group.pk}&sector={sector.pk}")

    assert queries() == one
    assert len(_saved_links(client.get(urls["inbox"]).content.decode())) == 5
