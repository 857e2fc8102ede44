"""Structured identifiers (national/BIS number, IBAN, e-mail, phone) and birth dates in context."""

from __future__ import annotations

import re

import phonenumbers
from stdnum import iban as _iban
from stdnum.be import bis as _bis
from stdnum.be import nn as _nn
from stdnum.be import vat as _vat

# --------------------------------------------------------------------------------------------
# structured identifiers
# --------------------------------------------------------------------------------------------

_SEP = r"[ \t]?[.\-/ ]?[ \t]?"
_NN_RE = re.compile(
    rf"(?<![\w.\-/])(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{3}}){_SEP}(\d{{2}})(?![\w\-/]|\.\d)"
)
_IBAN_RE = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){11,32}")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w@])", re.UNICODE)
_PHONE_RE = re.compile(
    r"(?<![\w+/.,])(?:(?:\+|00)[ ]?\d{1,3}[ ]?(?:\(0\)[ ]?)?|\(?0)\d[\d \t./()\-]{5,17}\d(?![\w])"
)
_PHONE_PART = re.compile(r"[ \t./()\-]+")


def _find_national_numbers(text: str, out: list) -> None:
    for m in _NN_RE.finditer(text):
        digits = "".join(m.groups())
        if _nn.is_valid(digits) or _bis.is_valid(digits):
            out.append(("national_number", m.start(), m.end()))


def _find_ibans(text: str, out: list) -> None:
    pos = 0
    while (m := _IBAN_RE.search(text, pos)) is not None:
        pos = m.start() + 1
        s = m.group()
        if not s[:2].isalpha() or not (s[:2].isupper() or s[:2].islower()):
            continue
        # shrink from the right until valid: "BE68 5390 0754 7034 en" -> "BE68 5390 0754 7034";
        # the rest of the run is searched again, so "BE.. BE.." yields both accounts
        end = len(s)
        while end >= 15:
            cand = s[:end].rstrip(" -")
            if _iban.is_valid(cand.upper(), check_country=False):
                out.append(("iban", m.start(), m.start() + len(cand)))
                pos = m.start() + len(cand)
                break
            end = len(cand) - 1


def _find_emails(text: str, out: list) -> None:
    for m in _EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end()))


def _valid_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith(("+", "00")):
        if len(digits) < 8 or len(digits) > 17:
            return False
        try:
            num = phonenumbers.parse("+" + digits[2:] if candidate.startswith("00") else candidate, "BE")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(num) or phonenumbers.is_possible_number(num)
    # national Belgian format: 0 + 8 digits (fixed) or 0 + 9 digits (mobile, 0800...)
    if not digits.startswith("0") or len(digits) not in (9, 10) or digits[1] == "0":
        return False
    if len(digits) == 10 and not digits.startswith(("04", "08", "09", "07")):
        return False
    try:
        num = phonenumbers.parse(digits, "BE")
    except phonenumbers.NumberParseException:
        return False
    if phonenumbers.is_valid_number(num):
        return True
    # fictitious but well-formed numbers ("09 123 45 67") still get caught
    return phonenumbers.is_possible_number(num)


def _find_phones(text: str, out: list) -> None:
    pos = 0
    while (m := _PHONE_RE.search(text, pos)) is not None:
        pos = m.start() + 1
        s = m.group()
        start = m.start()
        # try the whole match, then drop trailing groups ("0470 12 34 56 2024" -> "0470 12 34 56"); what is
        # left after a found number is searched again ("0470 12 34 56 / 0471 23 45 67" gives both)
        parts = list(_PHONE_PART.finditer(s))
        ends = [len(s)] + [p.start() for p in reversed(parts)]
        for end in ends:
            cand = s[:end].rstrip(" -./(")
            if len(re.sub(r"\D", "", cand)) < 8:
                break
            if _looks_like_enterprise_number(cand) or _looks_like_date(cand):
                break
            if _valid_phone(cand.lstrip("(")):
                out.append(("phone", start, start + len(cand)))
                pos = start + len(cand)
                break


def _looks_like_enterprise_number(cand: str) -> bool:
    digits = re.sub(r"\D", "", cand)
    return bool(re.fullmatch(r"0\d{3}[. ]\d{3}[. ]\d{3}", cand.strip())) and _vat.is_valid(digits)


def _looks_like_date(cand: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", cand.strip()))


# --------------------------------------------------------------------------------------------
# birth dates
# --------------------------------------------------------------------------------------------

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"january|february|march|may|june|july|august|october|"
    r"jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec"
)
_YEAR2 = r"(?:(?:19|20)?\d{2}|['’]\d{2})"
_DATE = (
    rf"(?:\d{{1,2}}(?:e|ste|de|er)?\s+(?:{_MONTHS})\.?(?:\s+{_YEAR2}(?!\d))?"
    rf"|\d{{1,2}}\s?[./\-]\s?\d{{1,2}}(?:\s?[./\-]\s?{_YEAR2})?(?!\d)"
    r"|\d{4}-\d{2}-\d{2}"
    rf"|(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}}(?!\d)"
    r"|(?:19|20)\d{2}(?!\d)|['’]\d{2}(?!\d))"
)
_BIRTH_TRIGGER = re.compile(
    r"(?:\b(?:geboren|geb\.?|geboortedatum|geboortejaar|geboortedag|geboorte|geb\.datum|gebdatum|"
    r"dob|d\.o\.b\.?|date of birth|born|birth ?date|née?|né\(e\)|date de naissance|naissance)\b\.?"
    r"|°)",
    re.IGNORECASE,
)
_DATE_AFTER_TRIGGER = re.compile(
    rf"(?:[ \t:,(]|\b(?:op|in|de|le|on|the|:|datum)\b|te\s+[A-ZÀ-Ý][\w'\-]*(?:\s+[A-ZÀ-Ý][\w'\-]*)?"
    r"|\bvan\s+(?:(?:de|het|haar|zijn|mijn|hun)\s+)?[^\W\d]+\s*:)*?"
    rf"\s*({_DATE})",
    re.IGNORECASE,
)


#: "hij is van '87", "een jongen van '05": a birth year in Flemish speech
_BORN_IN_YEAR = re.compile(
    r"\b(?:is|ben|bent|zijn|was|man|vrouw|jongen|meisje|jongeman|kind|zoon|dochter|gast|kerel|mens)"
    r"\s+van\s+(['’](?:[0-9]{2})|(?:19|20)[0-9]{2})(?![\w'’]|\s*(?:euro|€|%))",
    re.IGNORECASE,
)


def _find_birth_dates(text: str, out: list) -> None:
    for m in _BORN_IN_YEAR.finditer(text):
        if m.group(1)[0] in "'’":
            out.append(("birth_date", m.start(1), m.end(1)))
    for t in _BIRTH_TRIGGER.finditer(text):
        window_end = min(len(text), t.end() + 60)
        m = _DATE_AFTER_TRIGGER.match(text, t.end(), window_end)
        if not m:
            continue
        s, e = m.span(1)
        date = m.group(1)
        # a bare year only right after the trigger (°1987, geboren in 1987, geboortejaar 1987)
        if re.fullmatch(r"(?:19|20)\d{2}", date) and s - t.end() > 5:
            continue
        out.append(("birth_date", s, e))
