"""Free-mail providers: an address anyone can open, so it proves nothing about where its owner works. The members
page warns a coordinator when such an address claims an organisation on a pending request."""

from __future__ import annotations

from collections.abc import Iterable

from lokaalsignaal.tenancy.models import MembershipStatus

# The one list. Lower case, the part after the @; exact domains only (a subdomain of these is not a free address).
FREE_MAIL_DOMAINS: frozenset[str] = frozenset({
    # international
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.be", "outlook.com", "outlook.be", "live.com", "live.be",
    "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com",
    "gmx.net", "proton.me", "protonmail.com", "mail.com",
    # Belgian providers
    "telenet.be", "skynet.be", "proximus.be", "scarlet.be", "pandora.be", "belgacom.net", "base.be", "orange.be",
    "voo.be",
})


def is_free_mail(email: str) -> bool:
    """Whether the address is at a free-mail provider (case-insensitive; spaces and a trailing dot ignored)."""
    _local, at, domain = (email or "").strip().rpartition("@")
    return bool(at) and domain.lower().rstrip(".") in FREE_MAIL_DOMAINS


def personal_address_claims(memberships: Iterable) -> set[int]:
    """The ids of the pending requests (memberships with their `user` loaded) whose person names an organisation,
    not yet verified, with a free-mail address: a coordinator should check that the person works there."""
    return {m.pk for m in memberships
            if m.status == MembershipStatus.PENDING and m.user.organisation_id
            and m.user.organisation_verified_at is None and is_free_mail(m.user.email)}
