"""A partner holds no membership: the partners capability declares where someone is one
(`scoping.declare_role_source`), so the platform (two-factor, the guard's live check) asks tenancy, never casework.
A second declaration, or a role nobody declared, is a configuration error."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Role


def test_a_second_source_for_the_same_role_is_refused():
    with pytest.raises(ImproperlyConfigured, match="partner"):
        scoping.declare_role_source(Role.PARTNER, lambda user: None)


def test_a_role_no_capability_declared_is_a_configuration_error():
    with pytest.raises(ImproperlyConfigured, match="nobody-declared-this"):
        scoping.municipalities_through(object(), "nobody-declared-this")


@pytest.mark.django_db
def test_the_partner_source_finds_the_municipality_of_the_shared_knelpunt(make_signal, make_knelpunt,
                                                                          kortrijk_coordinator, kortrijk):
    from tests.casework.partner_helpers import shared_knelpunt

    shared = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator)
    assert list(scoping.municipalities_through(shared.partner, Role.PARTNER)) == [kortrijk]
    assert not scoping.municipalities_through(kortrijk_coordinator, Role.PARTNER).exists()
