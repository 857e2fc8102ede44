"""Security headers: a strict Content-Security-Policy, and pages that work with it (no inline script)."""

import re

import pytest
from django.urls import reverse

from lokaalsignaal.tenancy.models import MembershipStatus
from tests.factories import InvitationFactory, coordinator, member

PUBLIC_PAGES = ["pages:landing", "pages:participating", "pages:join", "account_login", "account_signup",
                "account_reset_password"]
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.I)


def _inline_scripts(html: str) -> list[str]:
    """Opening <script> tags that carry code inline (no src), except JSON data blocks."""
    return [attrs for attrs in SCRIPT_TAG.findall(html)
            if not re.search(r"\bsrc=", attrs) and not re.search(r'type=["\']application/json["\']', attrs)]


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_sends_a_strict_content_security_policy(client, db, name):
    directives = _directives(client.get(reverse(name)))

    assert directives["script-src"] == ["'self'"]
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert not any("'unsafe-inline'" in values or "'unsafe-eval'" in values for values in directives.values())


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_has_no_inline_script(client, db, name):
    html = client.get(reverse(name)).content.decode()

    assert "<script" in html  # htmx, loaded from our own origin
    assert _inline_scripts(html) == []
    assert not re.search(r"\son[a-z]+=\"", html), "inline event handlers need 'unsafe-inline'"


def test_signed_in_pages_have_no_inline_script(client, login, municipality):
    member(municipality, status=MembershipStatus.PENDING)
    login(coordinator(municipality))

    for url in [reverse("pages:home"), reverse("pages:municipality", args=[municipality.slug]),
                reverse("accounts:members", args=[municipality.slug]),
                reverse("accounts:settings", args=[municipality.slug]),
                reverse("accounts:invite", args=[municipality.slug]), reverse("accounts:memberships"),
                reverse("mfa_index")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _inline_scripts(response.content.decode()) == [], url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url


def test_invitation_page_has_no_inline_script(client, municipality):
    invitation = InvitationFactory(municipality=municipality)

    html = client.get(reverse("accounts:invitation", args=[invitation.token])).content.decode()

    assert _inline_scripts(html) == []


def test_pages_refuse_framing_and_sniffing(client, db):
    response = client.get(reverse("pages:landing"))

    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_inline_script_detector_catches_inline_code():
    html = '<script src="/static/a.js"></script><script type="application/json">{}</script><script>alert(1)</script>'

    assert _inline_scripts(html) == [""]
