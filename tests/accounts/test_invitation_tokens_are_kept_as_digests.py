"""An invitation's token is in its e-mail only: the database keeps its sha256, so a copy of the database (a backup, a
leak) lets no one take a coordinator's role. The links of invitations sent before still work after the change."""

import hashlib

import pytest
from django.apps import apps as current
from django.db import connection
from django.urls import reverse

from lokaalsignaal.accounts import services
from lokaalsignaal.accounts.models import Invitation
from lokaalsignaal.tenancy.models import Membership, Role
from tests.factories import coordinator, member
from tests.migrations import latest, migrate


@pytest.mark.django_db
def test_no_column_of_the_invitation_holds_its_token(municipality, committed):
    boss = coordinator(municipality)
    with committed():
        invitation = services.invite(boss, municipality, "nieuw@kortrijk.be", Role.READER)
    token = invitation.token

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {Invitation._meta.db_table}")
        rows = cursor.fetchall()
    assert rows and not any(token in str(value) for row in rows for value in row)
    assert Invitation.objects.get().token_hash == hashlib.sha256(token.encode()).hexdigest()


@pytest.mark.django_db
def test_the_link_finds_its_invitation_and_nothing_else_does(client, municipality):
    boss = coordinator(municipality)
    invitation = Invitation.objects.create(email="nieuw@kortrijk.be", municipality=municipality, invited_by=boss)
    stored = Invitation.objects.get()

    assert client.get(reverse("accounts:invitation", args=[invitation.token])).status_code == 200
    for wrong in (stored.token_hash, invitation.token[:-1], invitation.token + "x", "x" * 500):
        assert client.get(reverse("accounts:invitation", args=[wrong])).status_code == 404


BEFORE = [("accounts", "0004_saved_filter")]


@pytest.mark.django_db(transaction=True)
def test_an_invitation_sent_before_the_change_keeps_its_link():
    old = migrate(BEFORE)
    try:
        municipality = old.get_model("tenancy", "Municipality").objects.create(
            refnis="99003", name="Linkgem", slug="linkgem", reference_prefix="LINK", region="flanders",
            participating=True)
        old.get_model("accounts", "Invitation").objects.create(
            email="vroeger@linkgem.be", municipality=municipality, role="reader", token="een-oude-link-token")
        migrate(latest())

        invitation = current.get_model("accounts", "Invitation").by_token("een-oude-link-token").get()
        assert invitation.email == "vroeger@linkgem.be"
        person = member(invitation.municipality, Role.GIVER, email="vroeger@linkgem.be")
        invitation.invited_by = coordinator(invitation.municipality)
        invitation.save()
        services.accept_invitation(person, "een-oude-link-token")
        assert Membership.objects.filter(user=person, role=Role.READER).exists()
    finally:
        migrate(latest())
