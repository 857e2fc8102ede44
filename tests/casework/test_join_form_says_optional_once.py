"""The join form's "Wat zie jij?" field says "(niet verplicht)" once: the shared field template adds it, not the
label."""

import pytest
from django.urls import reverse

from tests.factories import member

pytestmark = pytest.mark.django_db


def test_the_join_label_says_niet_verplicht_once(client, login, make_knelpunt, kortrijk):
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding", visible_to_givers=True)
    login(member(kortrijk))

    response = client.get(reverse("joins:join", args=[kortrijk.slug, knelpunt.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    label = content[content.index('<label for="id_context"'):]
    label = label[:label.index("</label>")]
    assert "Wat zie jij?" in label
    assert label.count("(niet verplicht)") == 1
    assert "(niet verplicht) (niet verplicht)" not in content
