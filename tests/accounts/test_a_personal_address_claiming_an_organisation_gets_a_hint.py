"""A pending request from a free-mail address (gmail.com, telenet.be, …) that names an organisation carries a hint:
the coordinator should check that the person works there. Not for a work address, not without an organisation."""

import pytest
from django.urls import reverse

from lokaalsignaal.accounts.free_mail import FREE_MAIL_DOMAINS, is_free_mail
from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import coordinator, member
from tests.html import page

HINT = "Let op: een persoonlijk e-mailadres bij een organisatie; kijk na of deze persoon daar werkt."


def _members_page(client, login, municipality):
    login(coordinator(municipality))
    return page(client.get(reverse("accounts:members", args=[municipality.slug])))


def _hints_by_person(html):
    """{name: whether that person's entry carries the hint}"""
    entries = html.split('class="member"')[1:]
    return {entry.split('class="member__name">')[1].split("<")[0]: HINT in entry for entry in entries}


@pytest.mark.parametrize("email", ["sofie.werkt@gmail.com", "Sofie@Telenet.BE", "sofie@live.be", "sofie@skynet.be"])
def test_a_free_mail_address_with_an_organisation_gets_the_hint(client, login, municipality, email):
    member(municipality, status=MembershipStatus.PENDING, full_name="Sofie Vrij", email=email)

    assert _hints_by_person(_members_page(client, login, municipality))["Sofie Vrij"] is True


def test_no_hint_for_a_work_address_nor_without_an_organisation_nor_once_approved(client, login, municipality):
    member(municipality, status=MembershipStatus.PENDING, full_name="Wout Werk", email="wout@ocmw-kortrijk.be")
    member(municipality, status=MembershipStatus.PENDING, full_name="Greet Geen", email="greet@gmail.com",
           organisation=None)
    member(municipality, full_name="Anna Actief", email="anna@hotmail.com")

    hints = _hints_by_person(_members_page(client, login, municipality))

    assert hints["Wout Werk"] is False
    assert hints["Greet Geen"] is False
    assert hints["Anna Actief"] is False


def test_the_list_is_one_constant_of_exact_domains():
    assert {"gmail.com", "hotmail.com", "outlook.com", "live.be", "telenet.be", "skynet.be", "proximus.be",
            "yahoo.com", "icloud.com"} <= FREE_MAIL_DOMAINS
    assert not is_free_mail("iemand@gmail.com.ocmw.be")
    assert not is_free_mail("gmail.com")
    assert not is_free_mail("")
