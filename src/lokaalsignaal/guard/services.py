"""The privacy guard as a service for every free-text field: Django glue around the pure `lokaalsignaal.privacy`.

- `check(text)` lists findings with a plain-Dutch explanation (live check, and re-rendered forms);
- `strip_identifiers(text)` removes what must never be stored (national number, IBAN, e-mail, phone);
- `GuardedForm` applies both to a form's free-text fields: identifiers are replaced before saving (and the
  user is told), names/addresses/birth dates must be redacted or explicitly confirmed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from django import forms
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured, ValidationError
from django.core.validators import MaxLengthValidator
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import privacy
from lokaalsignaal.per_request import once_per_request

from . import limits

TOO_LONG = _("Deze tekst is te lang: %(show_value)d tekens, het maximum is %(limit_value)d. Maak hem wat korter.")

LABELS = {
    "national_number": _("rijksregisternummer"),
    "iban": _("rekeningnummer"),
    "phone": _("telefoonnummer"),
    "email": _("e-mailadres"),
    "person_name": _("naam"),
    "address": _("adres"),
    "postal_address": _("adres"),
    "birth_date": _("geboortedatum"),
}
EXPLANATIONS = {
    "national_number": _(
        "Dit lijkt een rijksregisternummer (of bisnummer), ook als er een tikfout in staat. "
        "Zo'n nummer wijst één persoon aan. We bewaren het nooit."
    ),
    "iban": _("Een rekeningnummer is een persoonsgegeven. We bewaren het nooit."),
    "phone": _("Een telefoonnummer is een persoonsgegeven. We bewaren het nooit."),
    "email": _("Een e-mailadres is een persoonsgegeven. We bewaren het nooit."),
    "person_name": _("Dit lijkt op de naam van een persoon. Schrijf over de situatie, niet over wie het is."),
    "address": _("Dit lijkt op een adres. Daarmee kan iemand een persoon terugvinden."),
    "postal_address": _("Dit lijkt op een adres. Daarmee kan iemand een persoon terugvinden."),
    "birth_date": _("Dit lijkt op een geboortedatum. Schrijf liever een leeftijdsgroep, zoals 'een twintiger'."),
}


@dataclass(frozen=True)
class Warning:
    field: str
    kind: str
    start: int
    end: int
    text: str

    @property
    def label(self):
        return LABELS.get(self.kind, self.kind)

    @property
    def explanation(self):
        return EXPLANATIONS.get(self.kind, "")

    @property
    def placeholder(self) -> str:
        return privacy.PLACEHOLDERS.get(self.kind, "[verwijderd]")

    @property
    def always_removed(self) -> bool:
        return self.kind in privacy.STRUCTURED_KINDS


_allowed_names_source = None


def declare_allowed_names(source) -> None:
    """`source()` gives the names the guard may let through (the verified organisations: `accounts` declares it when
    it is ready, so the guard never imports the accounts). Declared once."""
    global _allowed_names_source
    if _allowed_names_source is not None and _allowed_names_source is not source:
        raise ImproperlyConfigured("The guard's allowed names are declared twice.")
    _allowed_names_source = source


@once_per_request
def allow_list() -> tuple[str, ...]:
    """Organisation names are not person names: the names of *verified* organisations that do not themselves look
    like a person's name, an address or an identifier (`allowed_names.may_allow`). Anyone can name an organisation
    at sign-up; such a claim must never silence the check on a name or an address. Read once per request (a give
    checks its texts in the form and again in the service: ~1.6 ms each for 850 names)."""
    from .allowed_names import may_allow

    names = _allowed_names_source() if _allowed_names_source is not None else ()
    return tuple(name for name in names if may_allow(name))


def check(text: str, field: str = "", allow: tuple[str, ...] | None = None) -> list[Warning]:
    if not text:
        return []
    allow = allow_list() if allow is None else allow
    return [Warning(field, f.kind, f.start, f.end, text[f.start:f.end]) for f in privacy.scan(text, allow=allow)]


class TextTooLong(ValidationError):
    """A free text beyond `limits.TEXT`: services refuse it (forms stop it earlier, per field)."""

    def __init__(self, length: int, maximum: int = limits.TEXT):
        super().__init__(TOO_LONG, code="max_length", params={"limit_value": maximum, "show_value": length})


def strip_identifiers(text: str, allow: tuple[str, ...] | None = None) -> tuple[str, set[str]]:
    """Replace every structured identifier by its placeholder. Returns the clean text and the kinds removed.

    The scrub every service runs on every free text: a text beyond `limits.TEXT` is refused (`TextTooLong`)."""
    if not text:
        return text, set()
    if len(text) > limits.TEXT:
        raise TextTooLong(len(text))
    allow = allow_list() if allow is None else allow
    findings = [f for f in privacy.scan(text, allow=allow) if f.kind in privacy.STRUCTURED_KINDS]
    if not findings:
        return text, set()
    return privacy.redact(text, findings), {f.kind for f in findings}


def refuse_over_long(model, values: dict) -> None:
    """Refuse (a ValidationError per field) any text in `values` longer than its column on `model` holds
    (a text column: `limits.TEXT`). The service-side twin of the forms' maximum, for the short fields (a title, an
    address) that `strip_identifiers`' general maximum does not cover."""
    errors = {}
    for name, value in values.items():
        try:
            column = model._meta.get_field(name)
        except FieldDoesNotExist:  # not a column of the model
            continue
        maximum = min(getattr(column, "max_length", None) or limits.TEXT, limits.TEXT)
        if isinstance(value, str) and column.get_internal_type() in ("CharField", "TextField") \
                and len(value) > maximum:
            errors[name] = TextTooLong(len(value), maximum)
    if errors:
        raise ValidationError(errors)


def clean(text: str | None) -> str:
    """The text as a service stores it: trimmed, without NUL characters (no database stores them) and without
    structured identifiers (whatever the caller did)."""
    value, _removed = strip_identifiers((text or "").replace("\x00", "").strip())
    return value


def clean_required(text: str | None, message) -> str:
    """`clean`, and a ValidationError with `message` when nothing is left."""
    value = clean(text)
    if not value:
        raise ValidationError(message)
    return value


def redact_span(text: str, start: int, end: int, kind: str, expected: str = "") -> str:
    """One-click redaction of one finding. If the text moved, the expected passage is looked up again."""
    placeholder = privacy.PLACEHOLDERS.get(kind, "[verwijderd]")
    if expected and text[start:end] != expected:
        start = text.find(expected)
        if start < 0:
            return text
        end = start + len(expected)
    if not (0 <= start < end <= len(text)):
        return text
    return text[:start] + placeholder + text[end:]


def redact_passage(text: str, passage: str, placeholder: str = "[verwijderd]") -> str:
    """Remove every occurrence of a passage (a coordinator's redaction after the fact)."""
    return text.replace(passage, placeholder) if passage else text


def limit_length(field: forms.Field) -> int:
    """Give a free-text field its maximum length (its own, or `limits.default_for` its widget; never beyond
    `limits.TEXT`) with a clear error. No `maxlength` attribute: a browser would cut a pasted text silently, the
    error keeps the whole text in the field so the writer can shorten it herself."""
    limited = getattr(field, "limited_to", None)  # done already: a form's copy of a class's field it was done to
    if limited is not None and limited == field.max_length:
        return limited
    own = getattr(field, "max_length", None)
    maximum = min(own or limits.default_for(isinstance(field.widget, forms.Textarea)), limits.TEXT)
    field.max_length = field.limited_to = maximum
    field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
    field.validators.append(MaxLengthValidator(maximum, message=TOO_LONG))
    field.widget.attrs.pop("maxlength", None)
    return maximum


@lru_cache(maxsize=16)
def _check_url(prefix: str, urlconf) -> str:
    return reverse("guard:check", urlconf=urlconf)


class GuardedForm(forms.Form):
    """Mixin for forms with free text. Subclasses list their free-text fields in `guarded_fields`; each gets its
    maximum length (`limit_length`) and the privacy guard."""

    guarded_fields: tuple[str, ...] = ()
    privacy_confirmed = forms.BooleanField(
        label=_("Ik heb de waarschuwingen nagekeken: dit zijn geen persoonsgegevens van cliënten."),
        required=False,
    )

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in cls.guarded_fields:  # once per class: each form then copies fields that have their limit
            if name in cls.declared_fields:
                limit_length(cls.declared_fields[name])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.removed_kinds: set[str] = set()
        self.privacy_warnings: dict[str, list[Warning]] = {}
        check_url = _check_url(get_script_prefix(), get_urlconf())
        for name in self.guarded_fields:
            if name in self.fields:
                maximum = limit_length(self.fields[name])
                self.fields[name].widget.attrs.update({
                    "hx-post": check_url, "hx-trigger": "input changed delay:600ms",
                    "hx-target": f"#privacy-{self.add_prefix(name)}", "hx-swap": "innerHTML",
                    "hx-vals": json.dumps({"_field": self.add_prefix(name), "_max": maximum}),
                    "hx-sync": "this:replace",
                })

    def _apply_one_click_redaction(self):
        """Without JavaScript, a 'vervang' button posts `redact=field:start:end:kind`."""
        value = self.data.get("redact", "") if self.is_bound else ""
        parts = value.split(":")
        if len(parts) != 4 or parts[0] not in self.guarded_fields:
            return False
        field, start, end, kind = parts
        if not (start.isdigit() and end.isdigit()):
            return False
        self.data = self.data.copy()
        text = self.data.get(field, "")
        if getattr(self.fields.get(field), "strip", False):
            text = text.strip()  # the offsets were found in the cleaned (stripped) text
        self.data[field] = redact_span(text, int(start), int(end), kind)
        return True

    def full_clean(self):
        self.redact_requested = self._apply_one_click_redaction()
        super().full_clean()

    def clean(self):
        cleaned = super().clean()
        allow = allow_list()
        data = None
        for name in self.guarded_fields:
            text = cleaned.get(name)
            if not text:
                continue
            clean_text, removed = strip_identifiers(text, allow)
            if removed:
                cleaned[name] = clean_text
                self.removed_kinds |= removed
                data = data or self.data.copy()
                data[self.add_prefix(name)] = clean_text
                max_length = getattr(self.fields[name], "max_length", None)
                if max_length and len(clean_text) > max_length:  # a placeholder can be longer than what it replaced
                    self.add_error(name, _("Met de plaatshouders is deze tekst te lang (maximaal %(max)s tekens). "
                                           "Maak hem wat korter.") % {"max": max_length})
            warnings = [w for w in check(clean_text, name, allow) if not w.always_removed]
            if warnings:
                self.privacy_warnings[name] = warnings
        if data is not None:
            self.data = data  # a re-rendered form shows the text without the identifiers
        if self.privacy_warnings and not cleaned.get("privacy_confirmed"):
            for name, warnings in self.privacy_warnings.items():
                self.add_error(name, _("Dit lijkt op persoonsgegevens (%(what)s). Vervang het, of bevestig "
                                       "onderaan dat het geen persoonsgegevens zijn.")
                               % {"what": ", ".join(sorted({str(w.label) for w in warnings}))})
        if self.redact_requested:
            self.add_error(None, _("We hebben de tekst vervangen. Kijk je signaal na en verstuur het opnieuw."))
        return cleaned
