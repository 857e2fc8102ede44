"""On the triage page the coordinator sees the most similar open knelpunten and unlinked signals of the
municipality, with the shared key terms highlighted, and links with one click. The cluster view proposes groups
of unlinked signals. Queries stay bounded; other municipalities never appear; outsiders get a 404."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def situation(kortrijk, roeselare, make_signal, make_knelpunt, indexed):
    energy = make_knelpunt("Koude huurwoningen zonder verwarming",
                             signals=[make_signal(title="Huurders zonder verwarming",
                                                  description="Koude huurwoningen, de verwarming werkt niet.")])
    make_knelpunt("Wachtlijst psycholoog", signals=[make_signal(title="Wachtlijst psycholoog",
                                                                  description="Jongeren wachten op een psycholoog.")])
    triaged = make_signal(title="Verwarming stuk in huurwoning",
                          description="Huurders zitten in koude huurwoningen omdat de verwarming niet werkt.")
    loose = make_signal(title="Geen verwarming bij huurders",
                        description="De verwarming van huurwoningen valt uit; huurders durven niets te zeggen.")
    roeselare_signal = make_signal(giver=member(roeselare), municipality=roeselare, title="Verwarming huurwoning",
                                   description="Koude huurwoningen in Roeselare zonder verwarming.")
    indexed()
    return {"energy": energy, "triaged": triaged, "loose": loose, "elsewhere": roeselare_signal}


def test_the_triage_page_suggests_knelpunten_and_signals_with_highlighted_terms(situation, kortrijk_coordinator,
                                                                               login, client):
    login(kortrijk_coordinator)
    html = client.get(f"/g/kortrijk/signalen/{situation['triaged'].pk}/").content.decode()
    assert "Lijkt op" in html
    assert "<mark>Koude</mark>" in html or "<mark>huurwoningen</mark>" in html
    assert "<mark>verwarming</mark>" in html
    suggested = html.split("data-suggested-knelpunten")[1].split("</ul>")[0]
    assert "Koude huurwoningen" in suggested and "psycholoog" not in suggested
    signals = html.split("data-suggested-signals")[1].split("</ul>")[0]
    assert situation["loose"].reference in signals and situation["elsewhere"].reference not in html


def test_one_click_links_the_signal_to_the_suggested_knelpunt(situation, kortrijk_coordinator, login, client):
    login(kortrijk_coordinator)
    signal = situation["triaged"]
    response = client.post(f"/g/kortrijk/signalen/{signal.pk}/voorstel-koppelen/",
                           {"knelpunt": situation["energy"].pk})
    assert response.status_code == 302
    assert Signal.objects.get(pk=signal.pk).knelpunt_id == situation["energy"].pk
    assert Knelpunt.objects.get(pk=situation["energy"].pk).signal_count == 2


def test_one_click_on_a_suggested_signal_makes_a_knelpunt_of_both(situation, kortrijk_coordinator, login, client):
    login(kortrijk_coordinator)
    signal, loose = situation["triaged"], situation["loose"]
    response = client.post(f"/g/kortrijk/signalen/{signal.pk}/voorstel-koppelen/", {"signal": loose.pk})
    assert response.status_code == 302
    signal.refresh_from_db()
    loose.refresh_from_db()
    assert signal.knelpunt_id and signal.knelpunt_id == loose.knelpunt_id


def test_another_municipalitys_signal_cannot_be_linked_from_a_suggestion(situation, kortrijk_coordinator, login,
                                                                        client):
    login(kortrijk_coordinator)
    response = client.post(f"/g/kortrijk/signalen/{situation['triaged'].pk}/voorstel-koppelen/",
                           {"signal": situation["elsewhere"].pk})
    assert response.status_code == 404
    assert Signal.objects.get(pk=situation["elsewhere"].pk).knelpunt_id is None


def test_the_suggestions_cost_a_bounded_number_of_queries(situation, kortrijk_coordinator, login, client,
                                                          make_signal, make_knelpunt, indexed):
    login(kortrijk_coordinator)
    url = f"/g/kortrijk/signalen/{situation['triaged'].pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for i in range(15):
        make_knelpunt(f"Verwarming huurwoning {i}", signals=[make_signal(
            title=f"Verwarming kapot {i}", description="Koude huurwoningen, verwarming werkt niet.")])
        make_signal(title=f"Huurwoning koud {i}", description="Huurders zonder verwarming in koude huurwoningen.")
    indexed()
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        html = client.get(url).content.decode()
    assert html.count("Koppel aan dit knelpunt") == 5
    assert len(many) <= len(few) + 2, [q["sql"] for q in many.captured_queries]


def test_cluster_suggestions_group_unlinked_signals_and_make_a_knelpunt(kortrijk, make_signal, indexed,
                                                                       kortrijk_coordinator, login, client):
    a = make_signal(title="Budgetmeter leeg in het weekend", description="Gezinnen met een budgetmeter zitten in "
                    "het weekend zonder verwarming als de budgetmeter leeg is.")
    b = make_signal(title="Budgetmeter niet op te laden", description="Budgetmeter leeg en het oplaadpunt is "
                    "gesloten: gezinnen zonder verwarming in het weekend.")
    c = make_signal(title="Tandarts te duur", description="Mensen stellen de tandarts uit omdat tandzorg te duur is.")
    indexed()
    login(kortrijk_coordinator)
    html = client.get("/g/kortrijk/signalen/clusters/").content.decode()
    assert a.reference in html and b.reference in html and c.reference not in html
    assert "Maak knelpunt van deze groep" in html
    response = client.post("/g/kortrijk/signalen/clusters/knelpunt/", {"signal_ids": [a.pk, b.pk],
                                                                     "title": "Budgetmeters leeg"})
    assert response.status_code == 302
    knelpunt = Knelpunt.objects.get(title="Budgetmeters leeg")
    assert set(knelpunt.signals.values_list("pk", flat=True)) == {a.pk, b.pk}


@pytest.mark.parametrize("who", ["other_coordinator", "giver", "other_giver", "partner", "anonymous"])
def test_triage_suggestions_and_clusters_are_not_found_for_outsiders(who, situation, kortrijk, roeselare, client,
                                                                     login):
    users = {"other_coordinator": lambda: coordinator(roeselare), "giver": lambda: member(kortrijk),
             "other_giver": lambda: member(roeselare), "partner": lambda: member(kortrijk, role=Role.PARTNER),
             "anonymous": lambda: None}
    user = users[who]()
    if user is not None:
        login(user)
    signal = situation["triaged"]
    requests = [client.get("/g/kortrijk/signalen/clusters/"),
                client.post("/g/kortrijk/signalen/clusters/knelpunt/", {"signal_ids": [signal.pk,
                                                                                      situation["loose"].pk]}),
                client.post(f"/g/kortrijk/signalen/{signal.pk}/voorstel-koppelen/",
                            {"knelpunt": situation["energy"].pk})]
    for response in requests:
        if user is None:
            assert response.status_code == 302 and "/accounts/login/" in response.url
        else:
            assert response.status_code == 404
    assert Signal.objects.get(pk=signal.pk).knelpunt_id is None
