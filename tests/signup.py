"""Signing up through the real sign-up form (allauth + our fields), as anyone on the internet can: the organisation
named there is a claim, nothing more."""

from django.urls import reverse

from lokaalsignaal.accounts.models import User
from lokaalsignaal.reference.models import Sector
from tests.factories import PASSWORD


def sign_up(client, municipality, email, organisation=None, new_organisation="", full_name="Nieuwe Persoon") -> User:
    """Sign up in `municipality`, picking an existing `organisation` or naming a `new_organisation`. Returns the
    new account (its e-mail address not confirmed)."""
    response = client.post(reverse("account_signup"), {
        "full_name": full_name, "email": email, "function": "stafmedewerker",
        "organisation": organisation.pk if organisation else "", "new_organisation": new_organisation,
        "new_organisation_sector": Sector.objects.filter(active=True).order_by("pk").first().pk,
        "municipalities": [municipality.pk], "password1": PASSWORD, "password2": PASSWORD,
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    return User.objects.get(email=email)
