"""/mijn/ for a region or Flanders member leads to her region's work: per scope its pages (escalated knelpunten,
regional knelpunten, numbers; bundling for a coordinator) and the latest escalated knelpunten. The menu drops the
giver's items she cannot use ("Mijn signalen"; "Evenementen" and "Mijn gemeenten" without any membership); a giver's
home and menu stay as they were."""

import pytest
from django.urls import reverse

from lokaalsignaal.tenancy.models import Role
from tests.factories import MembershipFactory
from tests.html import page

pytestmark = pytest.mark.django_db

HOME = reverse("pages:home")
NOT_JOINED = "Je bent nog bij geen enkele gemeente aangesloten"
JOIN_ANOTHER = "Aansluiten bij een andere gemeente"


def _menu(html: str) -> str:
    return html[html.index('aria-label="Hoofdmenu"'):html.index("</nav>")]


def test_her_home_leads_to_her_regions_pages_and_latest_escalated_knelpunt(client, login, region_user, zuidwest,
                                                                         kortrijk, kortrijk_coordinator,
                                                                         add_knelpunt):
    knelpunt = add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten schuldhulp", scope=zuidwest)
    login(region_user)
    html = page(client.get(HOME))

    s = zuidwest.pk
    for name in ("region:overview", "region:regional_list", "region:numbers", "region:bundle"):
        assert f'href="{reverse(name, args=[s])}"' in html, name
    assert f'href="{reverse("region:escalated", args=[s, knelpunt.pk])}">Wachtlijsten schuldhulp' in html
    assert NOT_JOINED not in html
    assert JOIN_ANOTHER not in html


def test_a_reader_of_the_region_gets_no_bundling_link(client, login, region_reader, zuidwest):
    login(region_reader)
    html = page(client.get(HOME))

    assert f'href="{reverse("region:overview", args=[zuidwest.pk])}"' in html
    assert f'href="{reverse("region:bundle", args=[zuidwest.pk])}"' not in html
    assert "Er zijn nog geen opgeschaalde knelpunten." in html


def test_her_menu_has_no_giver_items_but_her_region(client, login, region_user):
    login(region_user)
    menu = _menu(page(client.get(HOME)))

    assert f'href="{reverse("intake:mine")}"' not in menu
    assert f'href="{reverse("accounts:memberships")}"' not in menu
    assert f'href="{reverse("events:mine")}"' not in menu  # only a municipality's members are invited
    assert f'href="{reverse("region:index")}"' in menu


def test_a_region_user_who_also_gives_keeps_the_givers_home_and_menu(client, login, region_user, zuidwest,
                                                                     kortrijk):
    MembershipFactory(user=region_user, municipality=kortrijk, role=Role.GIVER)
    login(region_user)
    html = page(client.get(HOME))
    menu = _menu(html)

    assert f'href="{reverse("intake:mine")}"' in menu
    assert f'href="{reverse("accounts:memberships")}"' in menu
    assert f'href="{reverse("intake:give", args=[kortrijk.slug])}"' in html
    assert html.index("Jouw gemeenten") < html.index(reverse("region:overview", args=[zuidwest.pk]))
    assert JOIN_ANOTHER in html


def test_a_plain_givers_home_and_menu_are_unchanged(client, login, giver, kortrijk):
    login(giver)
    html = page(client.get(HOME))
    menu = _menu(html)

    assert f'href="{reverse("intake:mine")}"' in menu
    assert f'href="{reverse("accounts:memberships")}"' in menu
    assert f'href="{reverse("events:mine")}"' in menu
    assert f'href="{reverse("region:index")}"' not in menu
    assert "Opgeschaalde knelpunten" not in html
    assert JOIN_ANOTHER in html
