"""'Mijn account' (/mijn/account/) is a real profile: who she is (name, function, organisation), how often mail about
her notifications comes and the language, each saved through one service and audited without its content; the links
to her e-mail address, password, two-factor and recovery codes; her roles, read only. A changed organisation is a new
claim (its verification is cleared, and the page says so). A form with an error keeps what she typed and writes
nothing."""

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.accounts import services as accounts
from lokaalsignaal.accounts.models import NotificationPreference, Organisation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.pages.giver.profile_views import link_if_ready
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import MembershipFactory, OrganisationFactory
from tests.html import page, words

URL = "/mijn/account/"


@pytest.fixture
def verified_giver(giver, kortrijk_coordinator, kortrijk):
    """Sofie, whose work at her organisation a coordinator of Kortrijk has verified."""
    accounts.verify_affiliation(kortrijk_coordinator, giver.pk, kortrijk)
    giver.refresh_from_db()
    assert giver.has_verified_affiliation
    return giver


def about(person, **fields):
    """The part "Over jou" as the page sends it: what `person` has now, changed by `fields`."""
    return {"deel": "over-jou", "full_name": person.full_name, "function": person.function,
            "organisation": person.organisation_id or "", "new_organisation": "", "new_organisation_sector": "",
            **fields}


def text_of(response) -> str:
    return words(response).replace(" :", ":")


def test_mijn_account_leads_to_the_profile_with_every_part(client, login, giver, kortrijk, roeselare):
    MembershipFactory(user=giver, municipality=roeselare, status=MembershipStatus.PENDING)  # a second role
    login(giver)

    home = page(client.get(reverse("pages:home")))
    assert f'href="{URL}">Mijn account' in home
    assert reverse("account_profile") == URL

    html = page(client.get(URL))
    text = text_of(client.get(URL))
    for heading in ("Over jou", "Meldingen", "Taal", "Aanmelden en beveiliging", "Je rollen"):
        assert f">{heading}</h2>" in html
    for name in ("account_email", "account_change_password", "mfa_index", "mfa_view_recovery_codes"):
        assert f'href="{reverse(name)}"' in html
    assert 'value="Sofie Gever"' in html and 'value="maatschappelijk werker"' in html
    assert f'<option value="{giver.organisation_id}" selected>' in html  # her (unverified) organisation
    assert "Nog niemand heeft nagekeken dat je bij" in text
    assert "Kortrijk: Signaalgever · Goedgekeurd" in text
    assert "Roeselare: Signaalgever · Wacht op goedkeuring" in text
    assert 'value="immediate" ' in html and 'value="nl" ' in html


def test_name_and_function_are_saved_and_audited_without_their_content(client, login, giver):
    login(giver)

    response = client.post(URL, about(giver, full_name="Sofie Vanhee", function="teamleider"))

    assert response.status_code == 302 and response.url == f"{URL}#over-jou"
    giver.refresh_from_db()
    assert (giver.full_name, giver.function) == ("Sofie Vanhee", "teamleider")
    event = AuditEvent.objects.get(action="account.profile_changed")
    assert event.actor == giver and event.payload == {"fields": ["full_name", "function"]}
    assert "Vanhee" not in str(event.payload) and "teamleider" not in str(event.payload)
    assert "Je gegevens zijn bewaard." in words(client.get(URL))


def test_saving_without_a_change_writes_no_audit_row(client, login, giver):
    login(giver)

    client.post(URL, about(giver))

    assert not AuditEvent.objects.filter(action="account.profile_changed").exists()


def test_another_organisation_is_a_new_claim_and_the_page_says_so(client, login, verified_giver):
    other = OrganisationFactory(name="CAW Zuid-West-Vlaanderen", verified=True)
    login(verified_giver)
    text = words(client.get(URL))
    assert "Een coördinator heeft nagekeken dat je bij" in text
    assert "kijkt een coördinator van je gemeente opnieuw na" in text  # said before she changes it

    response = client.post(URL, about(verified_giver, organisation=other.pk), follow=True)

    verified_giver.refresh_from_db()
    assert verified_giver.organisation == other
    assert verified_giver.organisation_verified_at is None and verified_giver.organisation_verified_by is None
    text = words(response)
    assert "Je organisatie is gewijzigd: een coördinator van je gemeente kijkt opnieuw na of je er werkt." in text
    assert "Nog niemand heeft nagekeken dat je bij CAW Zuid-West-Vlaanderen werkt" in text
    assert AuditEvent.objects.get(action="account.profile_changed").payload == {"fields": ["organisation"]}


def test_an_organisation_not_in_the_list_is_proposed(client, login, giver, reference_lists):
    sector = Sector.objects.filter(active=True).first()
    login(giver)

    client.post(URL, about(giver, new_organisation="Buurtwerk De Brug", new_organisation_sector=sector.pk))

    giver.refresh_from_db()
    assert giver.organisation.name == "Buurtwerk De Brug" and not giver.organisation.verified
    assert AuditEvent.objects.filter(action="organisation.proposed").count() == 1


def test_an_error_keeps_what_she_typed_and_writes_nothing(client, login, giver, reference_lists):
    login(giver)
    before = User.objects.values().get(pk=giver.pk)

    empty_name = client.post(URL, about(giver, full_name="", function="nieuwe functie"))
    too_long = client.post(URL, about(giver, function="x" * 151))
    no_sector = client.post(URL, about(giver, function="nog een functie", new_organisation="Buurtwerk De Brug"))

    assert "Vul je naam in." in page(empty_name) and 'value="nieuwe functie"' in page(empty_name)
    assert "150" in words(too_long) and 'value="xxx' in page(too_long)
    assert "Kies de sector van je organisatie." in page(no_sector)
    assert 'value="Buurtwerk De Brug"' in page(no_sector) and 'value="nog een functie"' in page(no_sector)
    assert User.objects.values().get(pk=giver.pk) == before
    assert not Organisation.objects.filter(name="Buurtwerk De Brug").exists()
    assert not AuditEvent.objects.filter(action="account.profile_changed").exists()


def test_the_service_refuses_an_over_long_name_whatever_the_caller(giver):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        accounts.update_profile(giver, full_name="x" * 151)
    with pytest.raises(ValidationError):
        accounts.update_profile(giver, language="fr")
    with pytest.raises(TypeError):
        accounts.update_profile(giver, email="ander@voorbeeld.be")  # the address changes on allauth's page only


def test_how_often_mail_comes_is_chosen_here(client, login, giver):
    login(giver)

    response = client.post(URL, {"deel": "meldingen", "notification_preference": NotificationPreference.WEEKLY})

    assert response.status_code == 302
    giver.refresh_from_db()
    assert giver.notification_preference == NotificationPreference.WEEKLY
    assert AuditEvent.objects.filter(action="notifications.preference_changed").count() == 1
    refused = client.post(URL, {"deel": "meldingen", "notification_preference": "hourly"})
    assert refused.status_code == 200 and "hourly" not in User.objects.get(pk=giver.pk).notification_preference


def test_choosing_english_takes_effect_at_once_and_for_her_mail(client, login, giver):
    login(giver)

    response = client.post(URL, {"deel": "taal", "language": "en"})

    giver.refresh_from_db()
    assert giver.language == "en"  # her e-mails (`mail.queue(..., language=user.language)`)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert '<html lang="en">' in page(client.get(URL))
    client.post(URL, {"deel": "taal", "language": "nl"})
    assert '<html lang="nl">' in page(client.get(URL))
    assert AuditEvent.objects.filter(action="account.profile_changed").count() == 2


def test_a_part_she_did_not_send_is_left_alone(client, login, giver):
    login(giver)

    response = client.post(URL, {"deel": "iets-anders", "full_name": "Iemand Anders", "language": "en"})

    assert response.status_code == 200
    giver.refresh_from_db()
    assert giver.full_name == "Sofie Gever" and giver.language == "nl"


def test_the_links_to_pages_still_to_come_appear_only_once_they_exist(client, login, giver):
    assert link_if_ready("account_profile") == URL
    assert link_if_ready("bestaat_nog_niet") == ""
    login(giver)

    html = page(client.get(URL))

    for name, label in (("account_data", "Download je gegevens"), ("account_remove", "Verwijder je account")):
        assert (label in html) == bool(link_if_ready(name))


def test_a_coordinator_sees_her_roles_and_the_profile_is_only_her_own(client, login, kortrijk_coordinator, giver):
    login(kortrijk_coordinator)

    text = text_of(client.get(URL))

    assert "Kortrijk: Signaalcoördinator · Goedgekeurd" in text
    assert "Sofie Gever" not in text
    client.post(URL, about(kortrijk_coordinator, full_name="Karel Nieuw"))
    giver.refresh_from_db()
    assert giver.full_name == "Sofie Gever"
    assert User.objects.get(pk=kortrijk_coordinator.pk).full_name == "Karel Nieuw"


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)

    assert response.status_code == 302 and reverse("account_login") in response.url


def test_the_organisation_field_offers_verified_ones_and_her_own_only(client, login, giver):
    OrganisationFactory(name="Onnagekeken Vzw", verified=False)
    OrganisationFactory(name="Nagekeken Vzw", verified=True)
    login(giver)

    html = page(client.get(URL))

    assert "Nagekeken Vzw" in html and "Onnagekeken Vzw" not in html
    assert giver.organisation.name in html


def test_the_service_refuses_someone_elses_unverified_organisation_whatever_the_caller(giver):
    from django.core.exceptions import ValidationError

    proposed = OrganisationFactory(name="Voorstel van iemand anders", verified=False)

    with pytest.raises(ValidationError):
        accounts.update_profile(giver, organisation=proposed)
    giver.refresh_from_db()
    assert giver.organisation_id != proposed.pk
