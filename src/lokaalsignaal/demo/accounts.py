"""Demo municipalities, organisations and one account per role (only for `make run`, never in production)."""

from __future__ import annotations

from datetime import date
from functools import cache

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role, Scope, ScopeMembership

PASSWORD = "Signaal-demo-2026"
# A fixed TOTP secret for the demo coordinator, reader, region and admin, so a visitor can add it to an authenticator
# app (or print today's code with `make demo-code`). Never used outside demo mode.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPLOKAALSIGNAAL234"

PILOTS = ["Kortrijk", "Oud-Turnhout", "Gent", "Bornem", "Berlaar", "Eeklo", "Dendermonde", "Sint-Niklaas",
          "Roeselare", "Mortsel"]
WAVE_2025 = ["Nazareth-De Pinte", "Heusden-Zolder", "Landen", "Kortemark"]

ORGANISATIONS = [
    ("OCMW Kortrijk", "lokaal-bestuurocmw"),
    ("CAW Zuid-West-Vlaanderen", "caw"),
    ("Wit-Gele Kruis West-Vlaanderen", "thuiszorg"),
    ("Huis van het Kind Kortrijk", "kinderopvang"),
    ("Voedselbank Kortrijk", "vrijwilligersorganisatie"),
    ("Basisschool De Vlieger", "onderwijs"),
    ("Welzijnsschakel De Brug", "armoedeorganisatie"),
    ("CGG Mandel en Leie", "geestelijke-gezondheidszorg"),
]

ACCOUNTS = [
    # email, name, function, organisation, role in Kortrijk
    ("signaalgever@demo.lokaalsignaal.be", "Sara Demeester", "maatschappelijk werker", "CAW Zuid-West-Vlaanderen",
     Role.GIVER),
    ("coordinator@demo.lokaalsignaal.be", "Koen Vandamme", "signaalcoördinator", "OCMW Kortrijk", Role.COORDINATOR),
    ("partner@demo.lokaalsignaal.be", "Lien Desmet", "stafmedewerker", "Welzijnsschakel De Brug", Role.PARTNER),
    ("lezer@demo.lokaalsignaal.be", "Schepen Welzijn", "schepen van welzijn", "OCMW Kortrijk", Role.READER),
]
REGION_ACCOUNT = ("regio@demo.lokaalsignaal.be", "Inge Vermeulen", "regiocoördinator")
REGION = "Eerstelijnszone Zuid-West-Vlaanderen"
REGION_MUNICIPALITIES = ["Kortrijk", "Roeselare", "Kortemark"]  # those the reference data (or a test) holds
ADMIN_ACCOUNT = ("beheer@demo.lokaalsignaal.be", "Platformbeheer")


@cache
def _password_hash() -> str:
    """Hashed once: Argon2 takes a quarter of a second, and the demo has two dozen accounts."""
    return make_password(PASSWORD)


def _user(email, name, function="", organisation=None, **extra) -> User:
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": name, "function": function, "organisation": organisation, **extra})
    if created:
        user.password = _password_hash()
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


def _totp(user: User) -> None:
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)


@transaction.atomic
def seed_accounts() -> dict[str, User]:
    for names, start, wave in [(PILOTS, date(2024, 3, 1), "pilootgemeenten"),
                               (WAVE_2025, date(2025, 9, 1), "golf september 2025")]:
        for name in names:
            Municipality.objects.filter(name=name, participating=False).update(
                participating=True, start_date=start, wave=wave)
    kortrijk = Municipality.objects.get(name="Kortrijk")
    if not kortrijk.auto_approve_domains:
        kortrijk.auto_approve_domains = "kortrijk.be\nocmw-kortrijk.be"
        kortrijk.intro_text = ("Zie je in je werk een probleem dat vaker voorkomt? Laat het ons weten. "
                               "We geven binnen 14 dagen een eerste reactie.")
        kortrijk.public_page = True
        kortrijk.save()

    organisations = {}
    for name, sector_slug in ORGANISATIONS:
        organisation, _ = Organisation.objects.get_or_create(
            name=name, defaults={"sector": Sector.objects.get(slug=sector_slug), "verified": True})
        organisation.municipalities.add(kortrijk)
        organisations[name] = organisation

    users = {}
    for email, name, function, organisation, role in ACCOUNTS:
        user = _user(email, name, function, organisations[organisation])
        Membership.objects.get_or_create(user=user, municipality=kortrijk, role=role,
                                         defaults={"status": MembershipStatus.APPROVED})
        if user.organisation_verified_at is None:  # verified: an invitation of their organisation reaches them
            user.organisation_verified_at = timezone.now()
            user.save(update_fields=["organisation_verified_at"])
        users[role] = user
    # the giver also works in Roeselare: the header shows the municipality switcher
    roeselare = Municipality.objects.get(name="Roeselare")
    Membership.objects.get_or_create(user=users[Role.GIVER], municipality=roeselare, role=Role.GIVER,
                                     defaults={"status": MembershipStatus.APPROVED})
    _totp(users[Role.COORDINATOR])
    _totp(users[Role.READER])  # a reader reads signal texts: two-factor, as a coordinator

    region = _user(*REGION_ACCOUNT)
    scope, _ = Scope.objects.get_or_create(name=REGION, defaults={"kind": Scope.Kind.REGION})
    scope.municipalities.add(*Municipality.objects.filter(name__in=REGION_MUNICIPALITIES))
    flanders, _ = Scope.objects.get_or_create(name="Vlaanderen", defaults={"kind": Scope.Kind.FLANDERS})
    flanders.municipalities.add(*Municipality.objects.filter(region="flanders"))
    ScopeMembership.objects.get_or_create(user=region, scope=scope)
    _totp(region)  # a scope coordinator reads signal texts across municipalities: two-factor, as a coordinator
    users["region"] = region

    admin = _user(*ADMIN_ACCOUNT, is_staff=True, is_superuser=True)
    _totp(admin)
    users["admin"] = admin

    # one pending request, so the coordinator has something to decide
    waiting = _user("nieuwe.collega@demo.lokaalsignaal.be", "Yasmina El Amrani", "thuisverpleegkundige",
                    organisations["Wit-Gele Kruis West-Vlaanderen"])
    Membership.objects.get_or_create(user=waiting, municipality=kortrijk, role=Role.GIVER)
    return users
