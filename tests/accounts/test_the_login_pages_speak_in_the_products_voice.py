"""Issue 14: the login library's pages we show speak like the rest of the product: Flemish, je-vorm, B1. No "u"/"uw",
no "alstublieft", "a.u.b.", "middels" or "Verifieer", no English left; and a fresh authenticator comes with recovery
codes right after it is set up."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from tests.factories import PASSWORD, member, totp_code

STIFF = re.compile(r"\b(u|uw|Uw|alstublieft|a\.u\.b\.|middels|Verifieer|verifieer|gelieve|Gelieve|"
                   r"Authenticatie|authenticatie)\b")
ENGLISH = re.compile(r"\b(Password|Email Addresses|Sign Out|Recovery Codes|Two-Factor|Authenticator App|"
                     r"Forgotten your password|Please)\b")


def _visible_text(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def _assert_one_voice(response):
    assert response.status_code == 200
    text = _visible_text(response)
    assert not STIFF.findall(text), STIFF.findall(text)
    assert not ENGLISH.findall(text), ENGLISH.findall(text)


@pytest.mark.parametrize("name", ["account_login", "account_signup", "account_reset_password",
                                  "account_reset_password_done", "account_email_verification_sent"])
def test_the_pages_before_signing_in_use_je_and_plain_dutch(client, kortrijk, name):
    _assert_one_voice(client.get(reverse(name)))


def test_an_expired_link_says_so_in_plain_dutch(client, kortrijk):
    response = client.get(reverse("account_confirm_email", args=["niet-geldig"]))
    _assert_one_voice(response)
    assert "verlopen of niet geldig" in response.content.decode()


@pytest.mark.parametrize("name", ["account_email", "account_change_password", "account_logout", "mfa_index",
                                  "account_reauthenticate"])
def test_the_account_pages_use_je_and_plain_dutch(client, login, kortrijk, name):
    login(member(kortrijk))
    _assert_one_voice(client.get(reverse(name)))


def test_a_weak_password_is_refused_in_je_vorm(client, kortrijk):
    response = client.post(reverse("account_signup"), {"email": "nieuw@ocmw-kortrijk.be", "password1": "12345678",
                                                      "password2": "12345678"})
    text = _visible_text(response)
    assert "Je wachtwoord" in text or "Dit wachtwoord" in text
    assert not STIFF.findall(text), STIFF.findall(text)


def test_recovery_codes_are_shown_right_after_the_authenticator_is_set_up(client, kortrijk):
    user = member(kortrijk)
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    asked = client.get(reverse("mfa_activate_totp"), follow=True)
    _assert_one_voice(asked)
    client.post(asked.redirect_chain[-1][0], {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    _assert_one_voice(page)
    secret = page.context["form"].secret

    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()
    codes = client.get(response["Location"])
    _assert_one_voice(codes)
    assert "Bewaar ze nu op een veilige plek" in codes.content.decode() or "herstelcodes" in codes.content.decode()
