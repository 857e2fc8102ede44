"""The preview shows who an invitation reaches: only approved members of the municipality, and for signal-based
audiences only givers whose signal allows an invitation. Givers who hid their name are invited too, but never named
nor counted (tests/events/test_hidden_name_givers_cannot_be_told_apart_in_event_invitations.py)."""

import pytest

from lokaalsignaal.events import participation, services
from lokaalsignaal.events.models import Invitation
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import OrganisationFactory, SectorFactory, member

pytestmark = pytest.mark.django_db


def names(preview):
    return sorted(p.full_name for p in preview.named)


@pytest.fixture
def agenda_event(kortrijk, add_knelpunt, give, make_event):
    """An event with one knelpunt; its signals come from givers with different consent and membership."""
    consenting = member(kortrijk, full_name="Ann Akkoord")
    refusing = member(kortrijk, full_name="Bert Nietuitnodigen")
    hidden = member(kortrijk, full_name="Carla Verborgen")
    leaving = member(kortrijk, full_name="Dirk Vertrokken")
    signals = [give(consenting, kortrijk), give(refusing, kortrijk, may_invite=False),
               give(hidden, kortrijk, hide_name=True), give(leaving, kortrijk)]
    leaving.memberships.update(status=MembershipStatus.ENDED)
    return make_event(knelpunten=[add_knelpunt("Energiearmoede", *signals)])


def test_agenda_givers_without_consent_or_membership_are_left_out(boss, agenda_event):
    preview = services.preview_invitations(boss, agenda_event, services.Audience(agenda=True))

    assert names(preview) == ["Ann Akkoord"]
    assert preview.count == 1 and preview.reaches_hidden


def test_sending_reaches_exactly_the_previewed_people(boss, agenda_event):
    services.send_invitations(boss, agenda_event.pk, services.Audience(agenda=True))

    assert sorted(Invitation.objects.values_list("user__full_name", flat=True)) == ["Ann Akkoord", "Carla Verborgen"]


def test_theme_audience_respects_consent(boss, kortrijk, give, make_event, theme):
    willing, unwilling = member(kortrijk, full_name="Ann Thema"), member(kortrijk, full_name="Bert Thema")
    give(willing, kortrijk)
    give(unwilling, kortrijk, may_invite=False)

    preview = services.preview_invitations(boss, make_event(), services.Audience(theme_ids=[theme.pk]))

    assert names(preview) == ["Ann Thema"]


def test_a_giver_of_another_municipality_is_never_reached(boss, kortrijk, roeselare, give, make_event, theme):
    elsewhere = member(roeselare, full_name="Eva Roeselare")
    give(elsewhere, roeselare)
    pending = member(kortrijk, full_name="Frank Wacht", status=MembershipStatus.PENDING)

    preview = services.preview_invitations(boss, make_event(), services.Audience(
        theme_ids=[theme.pk], user_ids=[elsewhere.pk, pending.pk]))

    assert preview.count == 0


def test_organisation_sector_partner_and_person_audiences(boss, kortrijk, make_event):
    caw = OrganisationFactory(name="CAW Zuid-West-Vlaanderen", sector=SectorFactory(name="CAW"))
    school = OrganisationFactory(name="Basisschool De Vlinder", sector=SectorFactory(name="onderwijs"))
    member(kortrijk, full_name="Ann CAW", organisation=caw)
    member(kortrijk, full_name="Bert School", organisation=school)
    member(kortrijk, Role.PARTNER, full_name="Carla Partner")
    dirk = member(kortrijk, full_name="Dirk Persoon")
    event = make_event()

    assert names(services.preview_invitations(boss, event, services.Audience(organisation_ids=[caw.pk]))) == [
        "Ann CAW"]
    assert names(services.preview_invitations(boss, event, services.Audience(sector_ids=[school.sector_id]))) == [
        "Bert School"]
    assert names(services.preview_invitations(boss, event, services.Audience(partners=True))) == ["Carla Partner"]
    assert names(services.preview_invitations(boss, event, services.Audience(user_ids=[dirk.pk]))) == [
        "Dirk Persoon"]


def test_a_hidden_giver_chosen_by_name_is_named(boss, kortrijk, add_knelpunt, give, make_event):
    carla = member(kortrijk, full_name="Carla Verborgen")
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", give(carla, kortrijk, hide_name=True))])

    preview = services.preview_invitations(boss, event, services.Audience(agenda=True, user_ids=[carla.pk]))

    assert (names(preview), preview.count) == (["Carla Verborgen"], 1)


def test_the_preview_page_lists_names_and_says_unnamed_givers_are_invited_too(client, boss, kortrijk, agenda_event):
    client.force_login(boss)

    page = client.post(f"/g/{kortrijk.slug}/evenementen/{agenda_event.pk}/uitnodigen/",
                       {"agenda": "on", "preview": "1"}).content.decode()
    page = page[page.index('<section class="preview"'):page.index("</section>")]

    assert "1 persoon krijgt deze uitnodiging" in page
    assert "Ann Akkoord" in page and "Carla Verborgen" not in page and "Bert Nietuitnodigen" not in page
    assert "Signaalgevers die hun naam verborgen voor de gemeente, krijgen de uitnodiging ook" in page
    assert "Verstuur de uitnodigingen" in page
    assert not Invitation.objects.exists()


def test_withdrawn_signals_do_not_count(boss, kortrijk, add_knelpunt, give, make_event):
    ann = member(kortrijk, full_name="Ann Ingetrokken")
    signal = give(ann, kortrijk)
    event = make_event(knelpunten=[add_knelpunt("Energiearmoede", signal)])
    Signal.objects.filter(pk=signal.pk).update(status="withdrawn")

    assert services.preview_invitations(boss, event, services.Audience(agenda=True)).count == 0


def test_an_invited_giver_who_hid_their_name_stays_unseen_until_they_register(client, boss, kortrijk, agenda_event):
    services.send_invitations(boss, agenda_event.pk, services.Audience(agenda=True))
    client.force_login(boss)
    url = f"/g/{kortrijk.slug}/evenementen/{agenda_event.pk}/"

    page = client.get(url).content.decode()
    assert "Carla Verborgen" not in page and "verborg" not in page

    carla = Invitation.objects.get(user__full_name="Carla Verborgen").user
    participation.register(carla, agenda_event.pk)
    assert "Carla Verborgen" in client.get(url).content.decode()
