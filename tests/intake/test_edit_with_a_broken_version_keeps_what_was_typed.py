"""The hidden `version` of the giver's edit form is the optimistic lock. A version that is not a usable number
(tampered, cut off by a broken connection, a 20-digit number) is a clear Dutch message at the top of the form, with
what the giver typed kept: never a server error, and nothing changes."""

from html import unescape

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

MESSAGE = "Deze pagina was niet volledig geladen. Kijk je wijzigingen na en bewaar opnieuw."


@pytest.fixture
def signal(giver, kortrijk, give_signal):
    return give_signal(giver, kortrijk, title="Lange wachttijd", description="Mensen wachten maanden.")


@pytest.mark.parametrize("version", ["abc", "", "1.5", "-1", "9" * 20, "1e3"])
def test_a_broken_version_is_a_form_error_and_changes_nothing(client, login, giver, signal, form_data, version):
    login(giver)
    data = form_data(title="Nog langere wachttijd", version=version)
    data.pop("municipalities")

    response = client.post(reverse("intake:edit", args=[signal.reference]), data)

    assert response.status_code == 200
    page = unescape(response.content.decode())
    assert MESSAGE in page
    assert 'value="Nog langere wachttijd"' in page  # what was typed stays in the form
    assert f'name="version" value="{signal.version}"' in page  # saving again works
    signal.refresh_from_db()
    assert (signal.title, signal.version) == ("Lange wachttijd", 1)


def test_saving_again_from_that_form_works(client, login, giver, signal, form_data):
    login(giver)
    data = form_data(title="Nog langere wachttijd", version="abc")
    data.pop("municipalities")
    client.post(reverse("intake:edit", args=[signal.reference]), data)

    response = client.post(reverse("intake:edit", args=[signal.reference]), {**data, "version": signal.version})

    assert response.status_code == 302
    signal.refresh_from_db()
    assert (signal.title, signal.version) == ("Nog langere wachttijd", 2)
