"""A person active in several municipalities switches between them from the header."""

import re

from django.urls import reverse

from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import MembershipFactory, MunicipalityFactory, member

SWITCHER = re.compile(r'<select[^>]*name="gemeente"[^>]*>(.*?)</select>', re.S)


def _switcher_options(response):
    found = SWITCHER.search(response.content.decode())
    return re.findall(r'<option value="([^"]+)"', found.group(1)) if found else None


def test_worker_in_two_municipalities_sees_the_switcher_with_both(client, login, municipality, other_municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=other_municipality)
    login(worker)

    for url in [reverse("pages:home"), reverse("pages:municipality", args=[municipality.slug]),
                reverse("accounts:memberships")]:
        assert _switcher_options(client.get(url)) == [municipality.slug, other_municipality.slug], url


def test_switcher_marks_the_current_municipality(client, login, municipality, other_municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=other_municipality)
    login(worker)

    body = client.get(reverse("pages:municipality", args=[other_municipality.slug])).content.decode()

    assert f'<option value="{other_municipality.slug}" selected>' in body
    assert f'<option value="{municipality.slug}">' in body


def test_switcher_lists_only_approved_memberships_of_participating_municipalities(client, login, municipality,
                                                                                  other_municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=other_municipality)
    MembershipFactory(user=worker, municipality=MunicipalityFactory(name="Wacht"), status=MembershipStatus.PENDING)
    MembershipFactory(user=worker, municipality=MunicipalityFactory(name="Gestopt", participating=False))
    login(worker)

    assert _switcher_options(client.get(reverse("pages:home"))) == [municipality.slug, other_municipality.slug]


def test_worker_in_one_municipality_sees_no_switcher(client, login, municipality, other_municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=other_municipality, status=MembershipStatus.PENDING)
    login(worker)

    assert _switcher_options(client.get(reverse("pages:home"))) is None


def test_two_roles_in_one_municipality_count_once(client, login, municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=municipality, role=Role.READER)
    login(worker)

    assert _switcher_options(client.get(reverse("pages:home"))) is None


def test_switching_goes_to_the_chosen_municipality(client, login, municipality, other_municipality):
    worker = member(municipality)
    MembershipFactory(user=worker, municipality=other_municipality)
    login(worker)

    response = client.get(reverse("pages:switch"), {"gemeente": other_municipality.slug})

    assert response.status_code == 302
    assert response["Location"] == f"/g/{other_municipality.slug}/"
    assert client.get(response["Location"]).status_code == 200


def test_switching_to_a_municipality_one_is_not_in_is_not_found(client, login, municipality, other_municipality):
    login(member(municipality))

    assert client.get(reverse("pages:switch"), {"gemeente": other_municipality.slug}).status_code == 404
    assert client.get(reverse("pages:switch"), {"gemeente": "bestaat-niet"}).status_code == 404
    assert client.get(reverse("pages:switch")).status_code == 404
