"""The inbox's and the knelpunten list's rows are written in Python (`pages.workspace.signal_rows`), not by the
template engine: what people typed is shown as text, every link leads to its signal or knelpunt, and the labels follow
the language."""

from django.urls import reverse

from lokaalsignaal.intake import triage


def _page(client, kortrijk, **query) -> str:
    response = client.get(reverse("casework:inbox", args=[kortrijk.slug]), query)
    assert response.status_code == 200
    return response.content.decode()


def test_what_a_giver_typed_is_shown_as_text_never_as_markup(client, login, kortrijk, kortrijk_coordinator,
                                                              make_signal):
    make_signal(title='Huur <script>alert("x")</script> & lasten')
    login(kortrijk_coordinator)
    page = _page(client, kortrijk)
    assert "<script>alert" not in page
    assert "Huur &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; lasten" in page


def test_each_row_links_to_its_signal_and_its_knelpunt_and_can_be_chosen(client, login, kortrijk,
                                                                         kortrijk_coordinator, make_signal,
                                                                         make_knelpunt):
    linked, alone = make_signal(title="Gebundeld"), make_signal(title="Alleen")
    knelpunt = make_knelpunt("Wachtlijsten", signals=[linked])
    triage.mark_read(kortrijk_coordinator, [alone.pk])
    login(kortrijk_coordinator)
    page = _page(client, kortrijk, status="all", kies="alle")
    for signal in (linked, alone):
        assert f'href="{reverse("casework:signal", args=[kortrijk.slug, signal.pk])}">{signal.reference}</a>' in page
        assert (f'<input type="checkbox" name="signals" value="{signal.pk}" id="kies-{signal.pk}" checked>'
                f'<label class="visually-hidden" for="kies-{signal.pk}">Kies {signal.reference}</label>') in page
    assert f'href="{reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])}">Wachtlijsten</a>' in page
    assert ">Gekoppeld</span>" in page and ">Ontvangen</span>" in page


def test_the_rows_speak_the_chosen_language(client, login, kortrijk, kortrijk_coordinator, make_signal):
    signal = make_signal()
    login(kortrijk_coordinator)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = _page(client, kortrijk)
    assert f"Choose {signal.reference}" in page and ">New</span>" in page


def test_the_knelpunten_list_shows_titles_as_text_with_their_links(
        client, login, kortrijk, kortrijk_coordinator, make_knelpunt):
    knelpunt = make_knelpunt("Huur <b>te</b> hoog & vochtig")
    login(kortrijk_coordinator)
    response = client.get(reverse("casework:knelpunten", args=[kortrijk.slug]))
    page = response.content.decode()
    link = reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])
    assert f'<a href="{link}">Huur &lt;b&gt;te&lt;/b&gt; hoog &amp; vochtig</a>' in page
    assert "<b>te</b>" not in page


def test_a_knelpunt_page_lists_its_signals_as_text_linked_only_for_who_may_triage(
        client, login, kortrijk, kortrijk_coordinator, make_signal, make_knelpunt):
    from lokaalsignaal.tenancy.models import Role
    from tests.factories import member

    signal = make_signal(title="Huur <i>te</i> hoog")
    knelpunt = make_knelpunt("Wonen", signals=[signal])
    page_url = reverse("casework:knelpunt", args=[kortrijk.slug, knelpunt.pk])
    link = f'<a href="{reverse("casework:signal", args=[kortrijk.slug, signal.pk])}">{signal.reference}</a>'
    login(kortrijk_coordinator)
    page = client.get(page_url).content.decode()
    assert link in page and "<td>Huur &lt;i&gt;te&lt;/i&gt; hoog</td>" in page
    login(member(kortrijk, role=Role.READER, full_name="Lezer", email="lezer@stad.be"))
    page = client.get(page_url).content.decode()
    assert f'<th scope="row">{signal.reference}</th>' in page and link not in page
