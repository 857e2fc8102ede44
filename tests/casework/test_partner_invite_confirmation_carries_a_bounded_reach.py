"""The partner invitation's confirmation carries who it showed as a fixed-length digest (`reach`): an overlong value
is refused by the form, and invites nobody, instead of being compared at any length."""

from django.urls import reverse

from lokaalsignaal.casework.partners.forms import REACH_LENGTH, PartnerInviteForm, reach_key
from lokaalsignaal.casework.partners.models import PartnerAccess

from .partner_helpers import shared_knelpunt


def test_the_reach_value_has_a_fixed_length_however_many_people_it_names():
    class Person:
        def __init__(self, pk):
            self.pk = pk

    assert len(reach_key([])) == len(reach_key([Person(pk) for pk in range(10_000)])) == REACH_LENGTH
    assert reach_key([Person(1), Person(2)]) != reach_key([Person(2), Person(1)])


def test_an_overlong_reach_is_refused_and_invites_nobody(client, login, kortrijk, kortrijk_coordinator,
                                                         make_signal, make_knelpunt):
    situation = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)
    form = PartnerInviteForm({"organisation": situation.organisation.pk, "confirm": "on", "reach": "1," * 50_000},
                             user=kortrijk_coordinator, municipality=kortrijk)
    assert not form.is_valid() and "reach" in form.errors

    login(kortrijk_coordinator)
    response = client.post(reverse("partner:invite", args=[kortrijk.slug, situation.knelpunt.pk]),
                           {"organisation": situation.organisation.pk, "confirm": "on", "reach": "1," * 50_000})
    assert response.status_code == 200
    assert not PartnerAccess.objects.exists()
