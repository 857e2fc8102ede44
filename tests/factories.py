"""factory_boy factories: tests show the situation, not the plumbing."""

import factory
from allauth.account.models import EmailAddress
from django.utils.text import slugify

from lokaalsignaal.accounts.models import Organisation, User
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role

PASSWORD = "Een-goed-wachtwoord-42"


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"sector {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ["refnis"]

    refnis = factory.Sequence(lambda n: f"{90000 + n}")
    name = factory.Sequence(lambda n: f"Teststad {n}")
    province = "West-Vlaanderen"
    region = "flanders"
    participating = True


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    sector = factory.SubFactory(SectorFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@voorbeeld.be")
    full_name = factory.Sequence(lambda n: f"Persoon {n}")
    function = "maatschappelijk werker"
    organisation = factory.SubFactory(OrganisationFactory)

    @factory.post_generation
    def password(self, create, extracted, **kwargs):
        self.set_password(extracted or PASSWORD)
        if create:
            self.save()
            EmailAddress.objects.get_or_create(user=self, email=self.email,
                                               defaults={"verified": True, "primary": True})


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = Role.GIVER
    status = MembershipStatus.APPROVED


def member(municipality, role=Role.GIVER, status=MembershipStatus.APPROVED, **user_fields) -> User:
    """A user with one membership. A reader reads signal texts, so she has two-factor set up (as a coordinator)."""
    user = UserFactory(**user_fields)
    MembershipFactory(user=user, municipality=municipality, role=role, status=status)
    return with_totp(user) if role == Role.READER else user


def with_totp(user: User) -> User:
    """Give a user a TOTP authenticator, as a coordinator who has set up two-factor authentication."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    return user


def coordinator(municipality, **user_fields) -> User:
    return with_totp(member(municipality, Role.COORDINATOR, **user_fields))


class InvitationFactory(factory.django.DjangoModelFactory):
    """An invitation by e-mail to a role in a municipality (coordinator by default)."""

    class Meta:
        model = "accounts.Invitation"

    email = factory.Sequence(lambda n: f"uitgenodigd{n}@voorbeeld.be")
    municipality = factory.SubFactory(MunicipalityFactory)
    role = Role.COORDINATOR
    invited_by = factory.LazyAttribute(lambda o: coordinator(o.municipality))


def totp_code(secret: str) -> str:
    """The code an authenticator app shows right now for this secret."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def region(*municipalities, name="Eerstelijnszone Testregio", kind="region"):
    """A scope (region or Flanders) with these municipalities."""
    from lokaalsignaal.tenancy.models import Scope

    scope, _created = Scope.objects.get_or_create(name=name, defaults={"kind": kind})
    scope.municipalities.add(*municipalities)
    return scope


def scope_member(scope, role="coordinator", **user_fields) -> User:
    """A region/Flanders user (ScopeMembership), coordinator or reader: both have two-factor set up."""
    from lokaalsignaal.tenancy.models import ScopeMembership

    user = UserFactory(**user_fields)
    ScopeMembership.objects.create(user=user, scope=scope, role=role)
    return with_totp(user)


def escalation_to(scope, level_slug="vlaams") -> dict:
    """The keyword arguments of casework.knelpunten.services.change_stage for a move to 'opgeschaald'."""
    from lokaalsignaal.reference.models import ResponsibleLevel

    level, _created = ResponsibleLevel.objects.get_or_create(slug=level_slug, defaults={"name": level_slug.title()})
    return {"escalate_to": scope, "responsible_level": level}
