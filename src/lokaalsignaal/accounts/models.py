"""People, their organisations, and the invitations that bring them in. Their roles per municipality and per
region are memberships (`tenancy.models`)."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.kept_queries import INT32, KeptQuery
from lokaalsignaal.reference.models import Sector
from lokaalsignaal.tenancy.models import Municipality, Role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create(self, email, password, **extra):
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create(email, password, **extra)

    def get(self, *args, **kwargs):
        """`get(pk=<id>)` on the manager itself is how the login backends read the signed-in person on every request:
        that query is built once per process (`kept_queries`). Anything else is asked as the ORM asks it."""
        pk = kwargs.get("pk")
        if args or len(kwargs) != 1 or type(pk) is not int or pk not in INT32 or self._db not in (None, "default"):
            return super().get(*args, **kwargs)
        found = _BY_ID(pk=pk)
        if not found:
            raise self.model.DoesNotExist(f"{self.model._meta.object_name} matching query does not exist.")
        return found[0]


_BY_ID = KeptQuery(lambda pk: User._default_manager.get_queryset().filter(pk=pk))


class NotificationPreference(models.TextChoices):
    IMMEDIATE = "immediate", _("Meteen")
    DAILY = "daily", _("Eén keer per dag (overzicht)")
    WEEKLY = "weekly", _("Eén keer per week (overzicht)")


class Organisation(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, verbose_name=_("sector"))
    municipalities = models.ManyToManyField(
        Municipality, related_name="organisations", blank=True, verbose_name=_("actief in")
    )
    verified = models.BooleanField(_("nagekeken"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        constraints = [models.UniqueConstraint(fields=["name"], name="unique_organisation_name")]

    def __str__(self) -> str:
        return self.name


_UNLOADED = object()  # a deferred field: not loaded, so not changed either


def verified_organisation_names():
    """The names of verified organisations (at most 5000): names the privacy guard may let through."""
    return Organisation.objects.filter(verified=True).values_list("name", flat=True)[:5000]


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("e-mailadres"), unique=True)
    full_name = models.CharField(_("naam"), max_length=150)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.SET_NULL, null=True, blank=True, verbose_name=_("organisatie")
    )
    function = models.CharField(_("functie"), max_length=150, blank=True)
    # The organisation a person names is a claim until a coordinator of a municipality where they are an approved
    # member, or the platform admin, verifies it (`services.verify_affiliation`). Cleared when the organisation
    # changes (`save`). Partner access through an organisation needs this and a verified organisation.
    organisation_verified_at = models.DateTimeField(_("organisatie nagekeken op"), null=True, blank=True,
                                                    editable=False)
    organisation_verified_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False,
        verbose_name=_("organisatie nagekeken door"))
    notification_preference = models.CharField(
        _("meldingen"), max_length=10, choices=NotificationPreference.choices,
        default=NotificationPreference.IMMEDIATE,
    )
    language = models.CharField(_("taal"), max_length=5, choices=settings.LANGUAGES, default="nl")

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]
    objects = UserManager()

    class Meta:
        verbose_name = _("gebruiker")
        verbose_name_plural = _("gebruikers")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._affiliation_of = self.__dict__.get("organisation_id", _UNLOADED)

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def has_verified_affiliation(self) -> bool:
        """Someone verified that this person works at the organisation they name (the organisation itself may still
        be unverified: see `casework.partners.access.verified_members`)."""
        return bool(self.organisation_id and self.organisation_verified_at)

    def save(self, *args, **kwargs):
        """A changed organisation is a new claim: its verification is cleared, whoever changes it and however."""
        current = self.__dict__.get("organisation_id", _UNLOADED)
        if current is not _UNLOADED and current != self._affiliation_of and (
                self.organisation_verified_at or self.organisation_verified_by_id):
            self.organisation_verified_at, self.organisation_verified_by = None, None
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "organisation_verified_at",
                                           "organisation_verified_by"}
        super().save(*args, **kwargs)
        self._affiliation_of = self.__dict__.get("organisation_id", _UNLOADED)

    def refresh_from_db(self, *args, **kwargs):
        super().refresh_from_db(*args, **kwargs)
        self._affiliation_of = self.__dict__.get("organisation_id", _UNLOADED)

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database keeps of an invitation's token: its sha256 (the token itself is only in the e-mail)."""
    return hashlib.sha256(token.encode()).hexdigest()


TOKEN_LENGTH = 64  # a token is 43 characters; anything longer is no token of ours (and is not hashed)


def default_expiry():
    return timezone.now() + timedelta(days=settings.INVITATION_VALID_DAYS)


class Invitation(models.Model):
    """An invitation by e-mail to take a role (coordinator, reader) in a municipality. The database keeps the sha256
    of its token (`token_hash`); the token itself is on the instance that made it (`token`) and in the e-mail only,
    so a copy of the database lets no one in."""

    email = models.EmailField(_("e-mailadres"))
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices, default=Role.COORDINATOR)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(default=default_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self) -> str:
        return f"{self.email} → {self.municipality} ({self.get_role_display()})"

    def save(self, *args, **kwargs):
        if not self.token_hash:  # a new invitation: its token, kept on this instance for the e-mail
            self.token = new_token()
            self.token_hash = token_digest(self.token)
        super().save(*args, **kwargs)

    @classmethod
    def by_token(cls, token: str):
        """The invitations a link's token points to (none for anything that is no token of ours)."""
        if not token or len(token) > TOKEN_LENGTH:
            return cls.objects.none()
        return cls.objects.filter(token_hash=token_digest(token))

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()


class SavedFilter(models.Model):
    """A filter of the coordinator's inbox that she saved under a name: hers only, for one municipality. `query` is
    the query string as the inbox's filter form validated it (`accounts.saved_filters`), never what was posted."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_filters")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("naam"), max_length=80)
    query = models.CharField(max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("bewaarde filter")
        verbose_name_plural = _("bewaarde filters")
        constraints = [models.UniqueConstraint(fields=["user", "municipality", "name"],
                                               name="saved_filter_name_once_per_person")]

    def __str__(self) -> str:
        return self.name
