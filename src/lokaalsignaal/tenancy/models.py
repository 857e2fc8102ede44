"""Municipalities (the tenants), their postal codes, scopes (regions, Flanders), and the memberships that give people
a role in them."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    FLANDERS = "flanders", _("Vlaams Gewest")
    BRUSSELS = "brussels", _("Brussels Hoofdstedelijk Gewest")


DOMAIN_RE = re.compile(r"^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def parse_domains(value: str) -> list[str]:
    """Split a text of e-mail domains (commas, spaces or new lines; an optional leading @)."""
    return [d.strip().lstrip("@").lower() for d in re.split(r"[\s,;]+", value or "") if d.strip()]


def validate_domains(value: str) -> None:
    bad = [d for d in parse_domains(value) if not DOMAIN_RE.match(d)]
    if bad:
        raise ValidationError(
            _("Dit is geen geldig e-maildomein: %(domains)s. Schrijf bijvoorbeeld ocmw-gent.be."),
            params={"domains": ", ".join(bad)},
        )


class Municipality(models.Model):

    # what its coordinators set themselves (`accounts.services.update_settings`); a change by the platform admin is told
    # to them (`accounts.admin_changes`)
    SETTINGS_FIELDS = ("auto_approve_domains", "response_days", "intro_text", "public_page",
                       "partners_require_two_factor", "contact_for_peers", "peer_contact_email", "retention_months")

    refnis = models.CharField(_("NIS-code"), max_length=5, unique=True)
    name = models.CharField(_("naam"), max_length=100)
    name_fr = models.CharField(_("Franse naam"), max_length=100, blank=True)
    province = models.CharField(_("provincie"), max_length=60, blank=True)
    region = models.CharField(_("gewest"), max_length=10, choices=Region.choices)
    slug = models.SlugField(max_length=100, unique=True)
    reference_prefix = models.CharField(_("prefix voor referenties"), max_length=40, unique=True)

    participating = models.BooleanField(_("werkt mee"), default=False)
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    wave = models.CharField(_("golf"), max_length=60, blank=True, help_text=_("Bijvoorbeeld: september 2025"))

    auto_approve_domains = models.TextField(
        _("e-maildomeinen die automatisch goedgekeurd worden"),
        blank=True,
        validators=[validate_domains],
        help_text=_("Eén domein per regel, bijvoorbeeld ocmw-gent.be."),
    )
    response_days = models.PositiveSmallIntegerField(
        _("beloofde reactietermijn (dagen)"), default=14
    )
    intro_text = models.TextField(_("inleiding op het signaalformulier"), blank=True, max_length=2000)
    public_page = models.BooleanField(_("publieke pagina"), default=False)
    partners_require_two_factor = models.BooleanField(
        _("partners gebruiken tweestapsverificatie"), default=False,
        help_text=_("Partners die je uitnodigt bij een knelpunt, lezen signalen pas als ze tweestapsverificatie "
                    "instelden. Coördinatoren en lezers gebruiken het altijd."),
    )
    # "Ook in andere gemeenten": coordinators of other municipalities whose knelpunt looks like one of ours that we
    # made public may write to this functional address (never a person's), only while this is switched on. A default
    # in the database too: rows written with the models of an older schema (migration tests) still fit.
    contact_for_peers = models.BooleanField(
        _("andere gemeenten mogen ons contacteren"), default=False, db_default=False,
        help_text=_("Coördinatoren van andere gemeenten zien dan het e-mailadres hieronder bij jullie publieke "
                    "knelpunten die op een knelpunt van hen lijken."),
    )
    peer_contact_email = models.EmailField(
        _("e-mailadres voor andere gemeenten"), blank=True, db_default="",
        help_text=_("Een functioneel adres van de dienst, bijvoorbeeld welzijn@gemeente.be, geen persoonlijk "
                    "adres."),
    )
    # how long a closed signal keeps the link to its giver (`intake.retention`): counted from the day its knelpunt
    # was closed or the signal was set aside
    retention_months = models.PositiveSmallIntegerField(
        _("bewaartermijn van de naam van de signaalgever (maanden)"), default=24, db_default=24,
        validators=[MinValueValidator(6), MaxValueValidator(120)],
        help_text=_("Zoveel maanden nadat een knelpunt is afgesloten of een signaal niet weerhouden is, verdwijnt "
                    "wie het signaal gaf. De tekst, de sector en de cijfers blijven. Tussen 6 en 120 maanden."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("lokaal bestuur")
        verbose_name_plural = _("lokale besturen")
        indexes = [models.Index(fields=["participating", "name"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        if not self.reference_prefix:
            self.reference_prefix = self.prefix_for(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.contact_for_peers and not self.peer_contact_email:
            raise ValidationError({"peer_contact_email": _(
                "Geef het e-mailadres waarop andere gemeenten jullie kunnen bereiken, of zet het contact uit.")})

    @property
    def peer_contact(self) -> str:
        """The address other municipalities' coordinators may write to, or "" when the municipality does not allow
        it."""
        return self.peer_contact_email if self.contact_for_peers else ""

    @staticmethod
    def prefix_for(name: str) -> str:
        return slugify(name).upper()

    @property
    def domains(self) -> list[str]:
        return parse_domains(self.auto_approve_domains)

    def approves_email_automatically(self, email: str) -> bool:
        domain = email.rsplit("@", 1)[-1].lower()
        return domain in self.domains


class PostalCode(models.Model):
    code = models.CharField(_("postcode"), max_length=4, db_index=True)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="postal_codes")

    class Meta:
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["code", "municipality"], name="unique_postal_code")]
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")

    def __str__(self) -> str:
        return f"{self.code} {self.municipality.name}"


class Scope(models.Model):
    class Kind(models.TextChoices):
        REGION = "region", _("Regio")
        FLANDERS = "flanders", _("Vlaanderen")

    name = models.CharField(_("naam"), max_length=120, unique=True)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.REGION)
    municipalities = models.ManyToManyField(Municipality, related_name="scopes", blank=True)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("regio of Vlaanderen")
        verbose_name_plural = _("regio's en Vlaanderen")

    def __str__(self) -> str:
        return self.name


# --- who holds which role where: memberships of a municipality, and of a region or Flanders ---------------------

class Role(models.TextChoices):
    GIVER = "giver", _("Signaalgever")
    COORDINATOR = "coordinator", _("Signaalcoördinator")
    PARTNER = "partner", _("Partner")
    READER = "reader", _("Beleidslezer")


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Wacht op goedkeuring")
    APPROVED = "approved", _("Goedgekeurd")
    REFUSED = "refused", _("Geweigerd")
    ENDED = "ended", _("Beëindigd")


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    message = models.TextField(_("bericht"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["municipality__name", "role"]
        verbose_name = _("lidmaatschap")
        verbose_name_plural = _("lidmaatschappen")
        constraints = [
            models.UniqueConstraint(fields=["user", "municipality", "role"], name="unique_membership")
        ]
        indexes = [models.Index(fields=["municipality", "status", "role"])]
        db_table = "accounts_membership"  # where it was made; moved here without touching the data

    def __str__(self) -> str:
        return f"{self.user} · {self.municipality} · {self.get_role_display()}"

    @property
    def is_approved(self) -> bool:
        return self.status == MembershipStatus.APPROVED


class ScopeMembership(models.Model):
    class ScopeRole(models.TextChoices):
        COORDINATOR = "coordinator", _("Coördinator")
        READER = "reader", _("Lezer")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scope_memberships")
    scope = models.ForeignKey(Scope, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=12, choices=ScopeRole.choices, default=ScopeRole.COORDINATOR)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lidmaatschap van regio")
        verbose_name_plural = _("lidmaatschappen van regio's")
        constraints = [models.UniqueConstraint(fields=["user", "scope", "role"], name="unique_scope_membership")]
        db_table = "accounts_scopemembership"

    def __str__(self) -> str:
        return f"{self.user} · {self.scope}"
