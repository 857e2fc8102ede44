"""The guard's allow-list cannot be poisoned: only verified organisations' names are allowed text, and never a name
that itself looks like a person's name or an address. Two sign-ups naming the 'organisations' "Marie Claes" and
"Zandstraat 12" once made the live check silent on that name and address, in every municipality."""

from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.accounts.models import Organisation
from lokaalsignaal.guard import services as guard
from tests.factories import OrganisationFactory, member
from tests.signup import sign_up

TEXT = "Ik sprak met Marie Claes, ze woont in de Zandstraat 12."


@pytest.fixture
def kortrijk(municipality, reference_lists):
    return municipality


def found(text) -> set[tuple[str, str]]:
    return {(w.kind, w.text) for w in guard.check(text)}


def test_organisations_named_at_sign_up_do_not_silence_the_check(client, login, kortrijk):
    sign_up(client, kortrijk, "iemand@voorbeeld.be", new_organisation="Marie Claes")
    sign_up(client, kortrijk, "iemand.anders@voorbeeld.be", new_organisation="Zandstraat 12")
    assert Organisation.objects.filter(name__in=["Marie Claes", "Zandstraat 12"]).count() == 2

    assert {("person_name", "Marie Claes"), ("address", "Zandstraat 12")} <= found(TEXT)
    login(member(kortrijk))  # the live check, in another person's form
    html = unescape(client.post(reverse("guard:check"), {"_field": "description", "description": TEXT})
                    .content.decode())
    assert "«Marie Claes»" in html and "«Zandstraat 12»" in html


@pytest.mark.parametrize("name", ["Marie Claes", "Zandstraat 12", "Zandstraat", "Janssens", "info@marieclaes.be"])
def test_a_verified_organisation_that_looks_like_a_person_or_an_address_is_not_allowed_text(db, name):
    OrganisationFactory(name=name, verified=True)

    assert name not in guard.allow_list()
    assert {("person_name", "Marie Claes"), ("address", "Zandstraat 12")} <= found(
        "Ik sprak met Marie Claes, ze woont in de Zandstraat 12.")
    assert ("person_name", "Marie Janssens") in found("Ik sprak met Marie Janssens.")


def test_a_verified_real_organisation_is_allowed_text(db):
    # "CAW Zuid-West-Vlaanderen" is never flagged by the scanner; "Ons Huis" is, in a sentence (a capitalised pair)
    text = "We verwezen het gezin door naar Ons Huis en naar CAW Zuid-West-Vlaanderen."
    organisation = OrganisationFactory(name="Ons Huis")
    assert ("person_name", "Ons Huis") in found(text)  # unverified: not allowed

    Organisation.objects.filter(pk=organisation.pk).update(verified=True)
    OrganisationFactory(name="CAW Zuid-West-Vlaanderen", verified=True)

    assert {"Ons Huis", "CAW Zuid-West-Vlaanderen"} <= set(guard.allow_list())
    assert found(text) == set()
