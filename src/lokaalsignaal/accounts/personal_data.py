"""Her data, for her: what the platform holds about a person, as a ZIP she downloads (the GDPR's right of access and
portability). `pages.giver.personal_data` gathers it: this module gives the account's part (the platform layer may
not read signals, joins or events) and writes the file.

- `account_part(user)`: her account fields, e-mail addresses, second factors (kind and dates only, never a secret),
  her memberships with the decision on each, her roles in a region or Flanders, the invitations she accepted, and
  what the audit log holds of her own acts (when, which action, in which municipality: its codes, never more).
  Who decided a membership is named as a body, never as a person: "de gemeente" (a coordinator), "het
  platformbeheer" (a platform admin), "automatisch" (a trusted e-mail domain). A coordinator's name is her data,
  not the requester's; the reason given with a refusal is for the requester and is included.
- `zip_of(data)`: `gegevens.json` (the same keys in every export, dates in ISO 8601 with their offset, UTC) and
  `gegevens.html` (one readable page in Dutch, self-contained: no scripts, no external styles or images; every
  value escaped by the template engine).
- `record_export(user)`: the audit event `accounts.data_exported`, without content.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from lokaalsignaal.audit import services as audit
from lokaalsignaal.audit.actions import describe
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import MembershipStatus, ScopeMembership

JSON_NAME, HTML_NAME = "gegevens.json", "gegevens.html"
HTML_TEMPLATE = "accounts/personal_data_export.html"


FACTOR_KINDS = {"totp": _lazy("app met codes (TOTP)"), "recovery_codes": _lazy("herstelcodes"),
                "webauthn": _lazy("beveiligingssleutel")}


def iso(value) -> str | None:
    """A date or time in ISO 8601 (times in UTC, with their offset); None stays None."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def decided_by(membership) -> str:
    """Who decided on a membership, as a body: never a coordinator's own name."""
    if membership.status == MembershipStatus.PENDING or membership.decided_at is None:
        return ""
    person = membership.decided_by
    if person is None:
        return _("automatisch (vertrouwd e-maildomein)") if membership.status == MembershipStatus.APPROVED else ""
    if person.is_staff or person.is_superuser:
        return _("het platformbeheer")
    return _("de gemeente %(name)s") % {"name": membership.municipality.name}


def account_part(user) -> dict:
    """Her account, e-mail addresses, second factors, memberships, scope roles and accepted invitations: a fixed
    number of queries."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from lokaalsignaal.accounts.models import Invitation, User

    user = User.objects.select_related("organisation__sector").get(pk=user.pk)
    organisation = user.organisation
    memberships = (user.memberships.select_related("municipality", "decided_by")
                   .only("role", "status", "message", "created_at", "decided_at", "municipality__name",
                         "decided_by__is_staff", "decided_by__is_superuser").order_by("municipality__name", "role"))
    scope_roles = dict(ScopeMembership.ScopeRole.choices)
    return {
        "account": {
            "naam": user.full_name,
            "e_mailadres": user.email,
            "functie": user.function,
            "organisatie": organisation.name if organisation else "",
            "sector_van_de_organisatie": organisation.sector.name if organisation else "",
            "organisatie_nagekeken_op": iso(user.organisation_verified_at),
            "taal": user.get_language_display(),
            "meldingen_per_e_mail": user.get_notification_preference_display(),
            "account_gemaakt_op": iso(user.date_joined),
            "laatst_aangemeld_op": iso(user.last_login),
            "actief": user.is_active,
        },
        "e_mailadressen": [
            {"e_mailadres": e.email, "bevestigd": e.verified, "hoofdadres": e.primary}
            for e in EmailAddress.objects.filter(user=user).order_by("-primary", "email")],
        "tweestapsverificatie": [
            {"soort": str(FACTOR_KINDS.get(a.type, a.type)), "ingesteld_op": iso(a.created_at),
             "laatst_gebruikt_op": iso(a.last_used_at)}
            for a in Authenticator.objects.filter(user=user).only("type", "created_at", "last_used_at")
            .order_by("created_at", "pk")],
        "lidmaatschappen": [
            {"gemeente": m.municipality.name, "rol": m.get_role_display(), "status": m.get_status_display(),
             "aangevraagd_op": iso(m.created_at), "beslist_op": iso(m.decided_at), "beslist_door": decided_by(m),
             "bericht": m.message}
            for m in memberships],
        "rollen_in_regio_of_vlaanderen": [
            {"naam": s.scope.name, "rol": str(scope_roles.get(s.role, s.role)), "sinds": iso(s.created_at)}
            for s in user.scope_memberships.select_related("scope").order_by("scope__name")],
        "aanvaarde_uitnodigingen": [
            {"gemeente": i.municipality.name, "rol": i.get_role_display(), "verstuurd_op": iso(i.created_at),
             "aanvaard_op": iso(i.accepted_at)}
            for i in Invitation.objects.filter(accepted_by=user).select_related("municipality")
            .order_by("accepted_at", "pk")],
        "wat_je_deed_volgens_het_auditlog": [
            {"wanneer": iso(e.created_at), "wat": str(describe(e.action).label),
             "gemeente": e.municipality.name if e.municipality_id else ""}
            for e in AuditEvent.objects.filter(actor=user).select_related("municipality")
            .only("created_at", "action", "municipality__name").order_by("created_at", "pk")],
    }


def zip_of(data: dict) -> bytes:
    """The ZIP she downloads: the data as JSON and as one readable HTML page, written in memory."""
    body = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    page = render_to_string(HTML_TEMPLATE, {"sections": readable(data),
                                            "made_at": _text((data.get("over_dit_bestand") or {}).get("gemaakt_op"))})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(JSON_NAME, body)
        archive.writestr(HTML_NAME, page)
    return buffer.getvalue()


@dataclass(frozen=True)
class Field:
    label: str
    text: str = ""
    records: list | None = None  # a list of records (each a list of fields), shown as a numbered list


@dataclass(frozen=True)
class Section:
    title: str
    records: list  # of records, each a list of fields


def label(key: str) -> str:
    """A JSON key as a heading: "beslist_op" -> "Beslist op", "e_mailadres" -> "E-mailadres"."""
    text = (key.replace("e_mail", "e-mail").replace("themas", "thema's").replace("vlaanderen", "Vlaanderen")
            .replace("_", " "))
    return text[:1].upper() + text[1:]


ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def _text(value) -> str:
    if isinstance(value, str) and ISO_TIME.match(value):  # a moment, as she reads it: Belgian time, in words
        return date_format(timezone.localtime(datetime.fromisoformat(value)), "j F Y, H:i")
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _record(item: dict) -> list[Field]:
    return [Field(label(key), records=[_record(v) for v in value])
            if isinstance(value, list) and value and isinstance(value[0], dict)
            else Field(label(key), records=[]) if value == [] and key == "verloop"
            else Field(label(key), _text(value)) for key, value in item.items()]


def readable(data: dict) -> list[Section]:
    """The data as the HTML page shows it: a section per key (but the file's own details), its records as lists of
    labelled values. The template escapes every value."""
    sections = []
    for key, value in data.items():
        if key == "over_dit_bestand":
            continue
        items = value if isinstance(value, list) else [] if value is None else [value]
        sections.append(Section(label(key), [_record(item) for item in items]))
    return sections


def record_export(user) -> None:
    """The export is audited as such: who and when, never what it held."""
    audit.record(user, "accounts.data_exported", user)
