"""Every signed-in request reads the person's own row (the login backends' `User.objects.get(pk=…)`): that query is
built once per process (`accounts.models.UserManager.get`, issue 17) and gives what the ORM gives."""

import pytest
from django.forms.models import model_to_dict

from lokaalsignaal.accounts import models
from lokaalsignaal.accounts.models import User
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_her_row_by_id_is_the_row_the_orm_reads(kortrijk):
    people = [member(kortrijk, full_name="An Peeters"), member(kortrijk, full_name="Bart Claes")]
    for person in people:
        kept = User.objects.get(pk=person.pk)
        asked = User.objects.filter(pk=person.pk).get()
        assert model_to_dict(kept) == model_to_dict(asked) and kept.full_name == person.full_name
        assert kept._state.adding is False and kept._state.db == "default"


def test_an_id_nobody_has_is_not_found_as_the_orm_says_it():
    with pytest.raises(User.DoesNotExist, match="User matching query does not exist"):
        User.objects.get(pk=987654)
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=2**40)  # past the kept query's integers: asked by the ORM


def test_other_lookups_are_asked_as_the_orm_asks_them(kortrijk):
    person = member(kortrijk, email="an@caw.be")
    assert User.objects.get(email="an@caw.be") == person
    assert User.objects.get(pk=str(person.pk)) == person
    assert User.objects.get(pk=person.pk, is_active=True) == person


def test_a_signed_in_page_reads_her_row_with_the_kept_query(kortrijk, client, login, monkeypatch):
    person = member(kortrijk)
    login(person)
    asked = []
    real = models._BY_ID
    monkeypatch.setattr(models, "_BY_ID", lambda **values: asked.append(values) or real(**values))
    assert client.get("/mijn/").status_code == 200
    assert asked == [{"pk": person.pk}]
