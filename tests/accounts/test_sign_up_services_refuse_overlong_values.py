"""The sign-up services check the lengths the forms already cap (issue 11, defect 5: a maximum in the form *and* the
service): an over-long name, function or organisation name is a clear ValidationError, and nothing is written."""

import pytest
from django.core.exceptions import ValidationError

from lokaalsignaal.accounts import services
from lokaalsignaal.accounts.models import Organisation
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Membership, Role
from tests.factories import UserFactory, coordinator

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field", ["full_name", "function", "new_organisation"])
def test_complete_sign_up_refuses_an_overlong_value(reference_lists, municipality, field):
    user = UserFactory(organisation=None, full_name="", function="")
    values = {"full_name": "Sofie Peeters", "function": "maatschappelijk werker", "new_organisation": "Buurtwerk",
              field: "x" * 5000}
    organisations = Organisation.objects.count()

    with pytest.raises(ValidationError):
        services.complete_sign_up(user, organisation=None, new_organisation_sector=Sector.objects.first(),
                                  municipalities=[municipality], language="nl", **values)

    user.refresh_from_db()
    assert (user.full_name, user.organisation_id) == ("", None)
    assert Organisation.objects.count() == organisations
    assert not Membership.objects.filter(user=user).exists()


def test_sign_up_by_invitation_refuses_an_overlong_name(municipality):
    invitation = services.invite(coordinator(municipality), municipality, "nieuw@kortrijk.be", Role.READER)

    with pytest.raises(ValidationError):
        services.sign_up_by_invitation(invitation.token, full_name="x" * 5000, function="lezer",
                                       password="een-lang-wachtwoord-42")

    assert not Membership.objects.filter(user__email="nieuw@kortrijk.be").exists()
