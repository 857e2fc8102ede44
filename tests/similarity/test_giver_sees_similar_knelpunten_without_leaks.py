"""Before sending, a giver sees the knelpunten they may join and recent similar signals of that municipality, by
title and date only: never another giver's name, organisation or text, and never another municipality's signals."""

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.reference.models import Theme
from tests.factories import member

pytestmark = pytest.mark.django_db

DRAFT = {"title": "Budgetbegeleiding wachttijd", "description": "Gezinnen wachten maanden op budgetbegeleiding en "
                                                              "de schulden lopen op."}


@pytest.fixture
def situation(kortrijk, roeselare, make_signal, make_knelpunt, indexed):
    other = member(kortrijk, full_name="Griet Anderegiver", email="griet@caw.be")
    secret = "Bij mevrouw in de Veldstraat liep het helemaal mis met de deurwaarder."
    linked = make_signal(giver=other, title="Wachtlijst budgetbegeleiding loopt op",
                         description=f"Maanden wachten op budgetbegeleiding. {secret}")
    visible = make_knelpunt("Wachttijden budgetbegeleiding", signals=[linked], visible_to_givers=True)
    hidden = make_knelpunt("Interne analyse budgetbegeleiding wachttijden", visible_to_givers=False,
                             summary="Budgetbegeleiding wachttijd maanden.")
    loose = make_signal(giver=other, title="Budgetbegeleiding: maanden wachten",
                        description="Ook in onze werking wachten gezinnen maanden op budgetbegeleiding.")
    roeselare_giver = member(roeselare, full_name="Rik Roeselare")
    elsewhere = make_signal(giver=roeselare_giver, municipality=roeselare, title="Roeselare budgetbegeleiding wacht",
                            description="Gezinnen wachten maanden op budgetbegeleiding in Roeselare.")
    indexed()
    return {"visible": visible, "hidden": hidden, "loose": loose, "elsewhere": elsewhere, "secret": secret,
            "other": other}


def test_the_live_fragment_shows_joinable_knelpunten_and_signal_titles_only(situation, giver, login, client):
    login(giver)
    response = client.post("/g/kortrijk/signaal-geven/vergelijkbaar/", DRAFT, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wachttijden budgetbegeleiding" in html and "Ik zie dit ook" in html
    assert f"/g/kortrijk/knelpunten/{situation['visible'].pk}/ik-zie-dit-ook/" in html
    assert "Interne analyse" not in html  # not visible to givers
    assert situation["loose"].title in html  # a recent similar signal: its title
    assert "Ook in onze werking" not in html and situation["secret"] not in html  # never the text
    assert "Griet" not in html and "griet@caw.be" not in html and "Organisatie" not in html
    assert "Roeselare" not in html  # never another municipality's signals
    assert situation["loose"].reference not in html


def test_theme_suggestions_come_with_the_fragment_and_tick_nothing(situation, giver, login, client):
    login(giver)
    html = client.post("/g/kortrijk/signaal-geven/vergelijkbaar/", DRAFT).content.decode()
    assert 'id="theme-suggestions"' in html and "Voorstel" in html
    schulden = Theme.objects.get(name="inkomen en schulden")
    assert f'data-suggest-value="{schulden.pk}"' in html
    assert " checked" not in html


def test_without_javascript_a_confirm_step_shows_the_knelpunt_before_sending(situation, giver, login, client, theme):
    login(giver)
    data = {**DRAFT, "municipalities": [situation["visible"].municipality_id], "signal_type": "drempel",
            "themes": [theme.pk]}
    first = client.post("/g/kortrijk/signaal-geven/", data)
    html = first.content.decode()
    assert first.status_code == 200 and "Wachttijden budgetbegeleiding" in html and "Ik zie dit ook" in html
    assert 'name="similar_seen"' in html and "Griet" not in html
    second = client.post("/g/kortrijk/signaal-geven/", {**data, "similar_seen": "1"})
    assert second.status_code == 302 and "/mijn/signalen/verstuurd/" in second.url


def test_a_confirmed_signal_is_saved_without_looking_up_similar_knelpunten_again(situation, giver, login, client,
                                                                                 theme, monkeypatch):
    """The confirm step showed them: sending it does not ask the similarity index again (under load the lookup was
    most of a give's time). A confirmed draft that is not valid still shows them with the form."""
    from lokaalsignaal.similarity import views as similarity_views

    asked = []
    real = similarity_views.giver_context
    monkeypatch.setattr(similarity_views, "giver_context", lambda *a: asked.append(1) or real(*a))
    login(giver)
    data = {**DRAFT, "municipalities": [situation["visible"].municipality_id], "signal_type": "drempel",
            "themes": [theme.pk], "similar_seen": "1"}
    sent = client.post("/g/kortrijk/signaal-geven/", data)
    assert sent.status_code == 302 and "/mijn/signalen/verstuurd/" in sent.url and asked == []

    again = client.post("/g/kortrijk/signaal-geven/", {**data, "signal_type": ""})
    assert again.status_code == 200 and asked == [1] and "Wachttijden budgetbegeleiding" in again.content.decode()


@pytest.mark.parametrize("who", ["other_giver", "other_coordinator", "partner", "anonymous"])
def test_the_fragment_is_not_found_for_outsiders(who, situation, roeselare, kortrijk, client, login):
    from lokaalsignaal.tenancy.models import Role
    from tests.factories import coordinator

    users = {"other_giver": lambda: member(roeselare), "other_coordinator": lambda: coordinator(roeselare),
             "partner": lambda: member(kortrijk, role=Role.PARTNER), "anonymous": lambda: None}
    user = users[who]()
    if user is not None:
        login(user)
    response = client.post("/g/kortrijk/signaal-geven/vergelijkbaar/", DRAFT)
    if user is None:
        assert response.status_code == 302 and "/accounts/login/" in response.url
    else:
        assert response.status_code == 404


def test_a_knelpunt_holding_the_givers_own_signal_says_so_instead_of_offering_to_join(
        situation, login, client, indexed):
    other = situation["other"]
    casework.link(situation["visible"].created_by, [situation["loose"].pk], situation["visible"].pk)
    indexed()
    login(other)  # both signals of the visible knelpunt are hers

    html = client.post("/g/kortrijk/signaal-geven/vergelijkbaar/", DRAFT, HTTP_HX_REQUEST="true").content.decode()

    assert "Wachttijden budgetbegeleiding" in html
    assert "Je eigen signaal zit al in dit knelpunt. Je stem telt dus al mee." in html
    assert f"/g/kortrijk/knelpunten/{situation['visible'].pk}/ik-zie-dit-ook/" not in html
