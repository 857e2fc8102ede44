"""Structured identifiers (national/BIS number, IBAN, e-mail, phone) and birth dates in context."""

from __future__ import annotations

import re
from functools import cache

import phonenumbers
from stdnum import iban as _iban
from stdnum.be import bis as _bis
from stdnum.be import nn as _nn
from stdnum.be import vat as _vat

from .lexicon import FOREIGN_MONTHS, ROLES, WORD_DATE, fold
from .not_phones import another_number

# --------------------------------------------------------------------------------------------
# structured identifiers
# --------------------------------------------------------------------------------------------

_SEP = r"(?>[ \t]?[.\-/ ]?[ \t]?)"  # atomic: a space fits any of the three slots
_NN_RE = re.compile(
    rf"(?<![\w.\-/])(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{3}}){_SEP}(\d{{2}})(?![\w\-/]|\.\d)"
)
#: (round 4) also with a space or dash between the country code and the check digits: "BE 04 3058 0824 6231"
#: (round 5) groups may be set apart by two spaces too ("RO90  GYDR  9170 …"): such a layout must then pass the
#: full check of its country
_IBAN_RE = re.compile(r"(?<![\w])[A-Za-z]{2}(?:[ \-]| {2})?\d{2}(?:(?:[ \-]| {2})?[A-Za-z0-9]){11,32}")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?![\w@])", re.UNICODE)
_PHONE_RE = re.compile(
    r"(?<![\w+/.,])(?:(?:\+|00)[ ]?\d{1,3}[ \-]?(?:\(0\)[ \-]?)?|\(?0)\d[\d \t./()\-]{5,17}\d(?![\w])"
)
_PHONE_PART = re.compile(r"[ \t./()\-]+")


#: words that say a number is a national number: a mistyped one (check digits wrong) is still reported after them
#: (round 2) the usual abbreviations too (``RR-nr.``, ``nat. nr.``, ``INSZ-nr``, ``ID-nummer``), and up to three
#: words between the cue and the number (``Identificatie cliënt:``, ``rijksregisternr. van de moeder:``)
_NN_CUE = re.compile(
    r"(?<![\w])(?:rijksregister\w*|insz\w*|rrn|rr|n\.?n\.?|bis-?(?:nummer|nr)\w*|identificatie\w*|"
    r"nat(?:ionaal|\.)?\s*(?:nummer|nr)|identiteitsnummer|id|ssin|niss|numéro\s+national|registre\s+national)"
    r"(?:\W{0,3}(?:nr|nummer|no|n°)\b)?(?:\W{1,3}[^\W\d]{1,12}){0,3}?\W{0,12}$",
    re.IGNORECASE,
)


#: (round 10) a cue right after the number: "staat 85073003361 als rijksregisternummer", "noteerde 85073003361
#: i.p.v. het juiste nummer" (a number written in place of the right one is a mistyped national number)
_NN_CUE_AFTER = re.compile(
    r"[ \t]*[,:)]?[ \t]*(?:(?:als|is|=|\()[ \t]*(?:(?:het|zijn|haar|hun|de)[ \t]+)?"
    r"(?:rijksregister\w*|insz\w*|rrn|bis-?(?:nummer|nr)\w*|nat(?:ionaal|\.)?[ \t]*(?:nummer|nr)\w*)"
    r"|(?:i\.[ \t]?p\.[ \t]?v\.?|in[ \t]+plaats[ \t]+van)[ \t]+(?:het|zijn|haar|hun)[ \t]+"
    # "het juiste nummer", "het correcte rijksregisternummer" (not "het nieuwe ordernummer")
    r"(?:[^\W\d_]+[ \t]+)?(?:rijksregister|insz-?|identificatie|bis-?)?nummer)",
    re.IGNORECASE,
)
#: (round 3) also with a slash, and the 6+5 layout of the birth date and the serial with its check (``480621-02438``)
_NN_GROUPED = re.compile(r"\d{6}[ .\-/]\d{3}[ .\-/]\d{2}|\d{6}[.\-/]\d{5}")
#: (round 2) every group set apart, also by spaces only: "85 07 30 033 62" is a national number's layout, no phone's
_NN_ALL_GROUPS = re.compile(r"\d\d[ .\-/]+\d\d[ .\-/]+\d\d[ .\-/]+\d{3}[ .\-/]+\d\d")


def _plausible_nn_date(digits: str) -> bool:
    """Birth month and day as a national or BIS number writes them (month + 20/40 for BIS; 00 when unknown)."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52) and day <= 31


def _find_national_numbers(text: str, out: list) -> None:
    for m in _NN_RE.finditer(text):
        digits = "".join(m.groups())
        if _nn.is_valid(digits) or _bis.is_valid(digits):
            out.append(("national_number", m.start(), m.end()))
            continue
        # "lijkt een rijksregisternummer": the layout of a national number with a wrong check (a typo) is reported
        # too when it is written in national-number groups (85.07.30-033.61, 850730-033-61) or follows a cue
        if m.start() > 0 and text[m.start() - 1] == "+" or not _plausible_nn_date(digits):
            continue
        written = m.group()
        grouped = (
            len(re.findall(r"[.\-]", written)) >= 2
            or bool(_NN_GROUPED.fullmatch(written))
            or bool(_NN_ALL_GROUPS.fullmatch(written))
        )
        if (
            grouped
            or _NN_CUE.search(text[max(0, m.start() - 40) : m.start()])
            or _NN_CUE_AFTER.match(text, m.end(), min(len(text), m.end() + 50))
        ):
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
        checksum_ok = _iban_checksum_ok(s)
        # a country code set apart ("BE 04 …", "op 12 3456 …" looks alike) must be a real IBAN country with its
        # own length and account layout; the usual "BE04…" needs only the mod-97 checksum (fictitious accounts)
        check_country = s[2] in " -" or "  " in s
        while end >= 15:
            cand = s[:end].rstrip(" -")
            if len(cand) in checksum_ok and _iban.is_valid(cand.upper(), check_country=check_country):
                out.append(("iban", m.start(), m.start() + len(cand)))
                pos = m.start() + len(cand)
                break
            end = len(cand) - 1


def _iban_checksum_ok(run: str) -> set[int]:
    """The lengths of the prefixes of ``run`` whose IBAN checksum (ISO 7064 mod 97-10) is right, in one pass.

    A run of IBAN-like characters has dozens of prefixes; validating each with stdnum costs a parse apiece, so a text
    full of such runs would cost far more than plain text. Only prefixes that pass this check are validated."""
    first = 4 + len(run[2:4]) - len(run[2:4].lstrip(" -"))  # "BE 04 …", "BE  04 …": the country code set apart
    head = "".join(str(int(c, 36)) for c in (run[:2] + run[first - 2 : first]).upper())
    head_value, head_scale = int(head), pow(10, len(head), 97)
    ok: set[int] = set()
    bban = 0
    for i in range(first, len(run)):
        c = run[i]
        if c in " -":
            continue
        digits = int(c, 36)
        bban = (bban * (100 if digits > 9 else 10) + digits) % 97
        if (bban * head_scale + head_value) % 97 == 1:
            ok.add(i + 1)
    return ok


def _find_emails(text: str, out: list) -> None:
    for m in _EMAIL_RE.finditer(text):
        out.append(("email", m.start(), m.end()))


def _valid_phone(candidate: str, digits: str | None = None) -> bool:
    digits = _NON_DIGIT.sub("", candidate) if digits is None else digits
    if candidate.startswith(("+", "00")):
        if len(digits) < 8 or len(digits) > 17:
            return False
        international = digits[2:] if candidate.startswith("00") else digits
        if not _could_be_international(international):
            return False  # cheap: parsing costs ~50 µs, and a text can hold a candidate every few characters
        try:
            num = phonenumbers.parse("+" + international if candidate.startswith("00") else candidate, "BE")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(num) or phonenumbers.is_possible_number(num)
    # national Belgian format: 0 + 8 digits (fixed) or 0 + 9 digits (mobile, 0800...). Every such number has a
    # possible Belgian length (8 or 9 after the trunk 0), so fictitious but well-formed numbers ("09 123 45 67")
    # are caught too, without parsing.
    if not digits.startswith("0") or len(digits) not in (9, 10) or digits[1] == "0":
        return False
    if len(digits) == 9 or digits.startswith(("04", "06", "08", "09", "07")):
        return True
    # Dutch ten-digit numbers with an area code: "020 1234567", "0591-123456", "(020) 1234567", "(0591)-123456";
    # only in a phone layout (an area code set apart), never a bare run of ten digits (a reference number)
    return bool(_AREA_CODE_LAYOUT.match(candidate))


_AREA_CODE_LAYOUT = re.compile(r"\(?0\d{1,3}\)?[ \t/\-]|\(0\d{1,3}\)")


@cache
def _possible_lengths(country_code: int) -> frozenset[int] | None:
    """The possible lengths of a national number after this country code; None: unknown country code."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return None
    lengths: set[int] = set()
    for region in regions:
        meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
        desc = meta.general_desc if meta is not None else None
        if desc is None or not desc.possible_length:
            return frozenset(range(1, 18))  # no length data: anything may be possible
        lengths.update(desc.possible_length)
        lengths.update(desc.possible_length_local_only or ())
    return frozenset(lengths)


def _could_be_international(digits: str) -> bool:
    """A necessary condition for `is_possible_number`: a known country code followed by a national number of a
    possible length (give or take a trunk prefix or carrier code the parser strips, such as "(0)")."""
    if digits.startswith("00"):
        digits = digits[2:]  # "+00 32 …": the parser drops a second international prefix
    for n in (1, 2, 3):
        lengths = _possible_lengths(int(digits[:n])) if len(digits) > n else None
        if lengths and any(len(digits) - n - k in lengths for k in range(6)):
            return True
    return False


def _find_phones(text: str, out: list) -> None:
    pos = 0
    last_end = 0  # where the last phone found ends
    while (m := _PHONE_RE.search(text, pos)) is not None:
        pos = m.start() + 1
        s = m.group()
        start = m.start()
        if another_number(text, start, last_end):
            continue  # (round 12) "Klantnummer 035 12 34 56", "EAN 5414 07 31 …": another kind of number
        # try the whole match, then drop trailing groups ("0470 12 34 56 2024" -> "0470 12 34 56"); what is
        # left after a found number is searched again ("0470 12 34 56 / 0471 23 45 67" gives both)
        parts = list(_PHONE_PART.finditer(s))
        ends = [len(s)] + [p.start() for p in reversed(parts)]
        for end in ends:
            cand = s[:end].rstrip(" -./(")
            digits = _NON_DIGIT.sub("", cand)
            if len(digits) < 8:
                break
            before = text[max(0, start - 40) : start]
            if (
                _looks_like_enterprise_number(cand, digits, before)
                or _after_enterprise_cue(digits, before)
                or _looks_like_date(cand, digits)
            ):
                break
            if _valid_phone(cand.lstrip("("), digits):
                out.append(("phone", start, start + len(cand)))
                pos = last_end = start + len(cand)
                break


_NON_DIGIT = re.compile(r"\D")
_ENTERPRISE_RE = re.compile(r"0\d{3}[. ]\d{3}[. ]\d{3}")
_DATE_LIKE_RE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def _looks_like_enterprise_number(cand: str, digits: str, before: str = "") -> bool:
    """A KBO/VAT number: valid, or (a typo) in the enterprise layout right after a word that announces one."""
    if len(digits) != 10 or not _ENTERPRISE_RE.fullmatch(cand.strip()):
        return False
    return _vat.is_valid(digits) or bool(_ENTERPRISE_CUE.search(before))


def _after_enterprise_cue(digits: str, before: str) -> bool:
    """(round 3) Ten digits written as one run right after "KBO-nummer (van de vzw):", "BTW BE",
    "Ondernemingsnummer": an enterprise number, no phone (a mobile number has no such cue)."""
    if len(digits) != 10 or digits[0] not in "01" or not _CUE_LETTERS.search(before):
        return False
    return bool(_ENTERPRISE_CUE.search(before))


_CUE_LETTERS = re.compile(r"(?i:kbo|btw|vat|tva|bce|ondernem)")


_ENTERPRISE_CUE = re.compile(
    r"(?:onderneming\w*|kbo|btw|vat|tva|bce|ondernemingsnr\.?)[\s:.\-]*(?:nr\.?|nummer)?"
    r"(?:[\s:]+(?:van|de|het|der|vzw|onze|uw|zijn|haar|is|was)){0,4}[\s:.]*(?:BE)?\s*$",
    re.IGNORECASE,
)


def _looks_like_date(cand: str, digits: str) -> bool:
    # (round 2) also a full date followed by another number: "sinds 04.08.2021 63,49 euro" is no phone
    return len(digits) <= 8 and bool(_DATE_LIKE_RE.fullmatch(cand.strip())) or bool(_DATE_FIRST_RE.match(cand))


_DATE_FIRST_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d(?!\d)")


# --------------------------------------------------------------------------------------------
# birth dates
# --------------------------------------------------------------------------------------------

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    r"january|february|march|may|june|july|august|october|"
    r"jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|"
    # (round 5) French abbreviations: "3 févr. 1987", "21 avr. 1961", "22 juil. 1938"
    r"janv|févr|fevr|avr|juil|juill|déc|" + FOREIGN_MONTHS
)
#: (round 5) a Roman-numeral month as Belgian forms write it: "11-II-1985", "21-X-1949"
_ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)"
_YEAR2 = r"(?:(?:19|20)?\d{2}|['’]\d{2})"
#: (round 4) also "3-mei-1964", "19-jan-1936" (month word between dashes), "2000/07/07" (year first) and, after a cue
#: only, eight digits "12031990" (day, month, year as the eID's machine line and many forms write them)
_DATE = (
    # (round 7) also ordinals: "de 9de van september 2013", "7th of March 2002"
    rf"(?:\d{{1,2}}(?:(?:e|ste|de|er|st|nd|rd|th)(?:\s+(?:van|of))?)?(?:\s+|-)(?:{_MONTHS})(?![^\W\d_])\.?"
    rf"(?:(?:\s+|-){_YEAR2}(?!\d))?"
    # (round 7) a date in words, as dictated: "twintig januari negentienhonderdzesenveertig"
    rf"|{WORD_DATE.format(months=_MONTHS)}"
    r"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}(?!\d)"
    rf"|\d{{1,2}}\s?[./\-]\s?\d{{1,2}}(?:\s?[./\-]\s?{_YEAR2})?(?!\d)"
    r"|\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}/\d{1,2}/\d{1,2}(?!\d)"
    # (round 5) English month first: "Nov 26, 1987", "March 3rd, 1990"; a Roman month: "11-II-1985"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}(?!\d)"
    rf"|\d{{1,2}}[-./]{_ROMAN_MONTH}[-./](?:19|20)?\d{{2}}(?!\d)"
    rf"|(?:{_MONTHS})\.?\s+(?:19|20)\d{{2}}(?!\d)"
    r"|(?:19|20)\d{2}(?!\d)|['’]\d{2}(?!\d))"
)
_BIRTH_TRIGGER = re.compile(
    r"(?=[gGdDbBnN°])"  # (round 10) the first letter first (no change in what matches): most positions fail there
    r"(?:\b(?:geb\.?\s?dat\.?|geboren|geb\.?|geboortedatum|geboortejaar|geboortedag|geboorte|geb\.datum|gebdatum|"
    # (round 5) "GD: 2/4/2005": the form abbreviation of geboortedatum, only before a colon
    r"dob|d\.o\.b\.?|date of birth|born|birth ?date|née?|né\(e\)|date de naissance|naissance|gd(?=[ \t]*:))\b\.?"
    r"|°)",
    re.IGNORECASE,
)
#: the role words are folded ("cliente"): match the written diaeresis too ("cliënte")
_ROLE_WORDS = "|".join(
    re.escape(r).replace("e", "[eë]").replace("i", "[iï]") for r in sorted(ROLES, key=len, reverse=True)
)
_DATE_AFTER_TRIGGER = re.compile(
    # (round 10) "geboortedatum is 26.04.1964", "date of birth was …"
    rf"(?:[ \t:,(=]|\b(?:op|in|de|le|on|the|:|datum|is|was|est)\b|te\s+[A-ZÀ-Ý][\w'\-]*(?:\s+[A-ZÀ-Ý][\w'\-]*)?"
    # (round 7) "geb. dd. 21.11.1980" (de dato), "Geboortedatum (volgens verblijfskaart): …", a weekday: "geboren ma
    # 22 maart 1971"
    r"|\bd\.?d\.?(?![\w])|\([^()\n]{1,40}\)"
    r"|\b(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b\.?(?=[ \t]*\d)"
    r"|\bvan\s+(?:(?:de|het|haar|zijn|mijn|hun)\s+)?[^\W\d]+\s*:"
    # (round 3) "geboortedatum mama: …", "geboortedatum oudste zoon: …": a role word (and one more), then a colon
    rf"|(?<=[ \t])(?:[^\W\d]{{2,14}}[ \t]+)?(?:{_ROLE_WORDS})[ \t]*(?:\d[ \t]*)?:)*?"
    rf"\s*({_DATE})",
    re.IGNORECASE,
)


#: "hij is van '87", "een jongen van '05": a birth year in Flemish speech
_BORN_IN_YEAR = re.compile(
    r"\b(?:is|ben|bent|zijn|was|man|vrouw|jongen|meisje|jongeman|kind|zoon|dochter|gast|kerel|mens)"
    r"\s+van\s+(['’](?:[0-9]{2})|(?:19|20)[0-9]{2})(?![\w'’]|\s*(?:euro|€|%))",
    re.IGNORECASE,
)


#: (round 4) "mama is van 1979", "hij is van 1985", "een zoon van 2012": a full year after a person is a birth year
#: too ("het gebouw is van 1979" is not)
_PERSON_IS = re.compile(r"(?<![\w])([^\W\d]+)[ \t]+$")
_PERSON_WORDS = frozenset("hij zij ze ik jij je u die".split())
_PERIOD_AFTER = re.compile(r"[ \t]*(?:(?:tot|t/m|-|–)(?![\w])|en[ \t]+\d)", re.IGNORECASE)


#: (round 8) the next date of a list: "…, 17-2-09", "… en 17 dec 2012", "… & 3/8/2014"
_LISTED_DATE = re.compile(rf"[ \t]*(?:,[ \t]*(?:en[ \t]+)?|(?:en|&)[ \t]+)({_DATE})", re.IGNORECASE)
#: a date with a day, a month and a year (no bare year, no day without a year)
_LIST_PERIOD = re.compile(r"[ \t]*(?:tot|t/m|tem|-|–)(?![\w])", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(r"^\d{1,2}(?!\d).*[\s./\-]['’]?\d{2,4}$|^\d{8}$", re.DOTALL)


#: (round 10) an age and a full date in one pair of parentheses: "Rik (41j, 3 maart 1984)", "(29 jaar - 02.05.1996)"
_AGE_AND_DATE = re.compile(
    rf"\([ \t]*\d{{1,3}}[ \t]*(?:j|jr|jaar|ans|an|yrs|years|y)\.?[ \t]*[,;/\-–][ \t]*({_DATE})[ \t]*\)",
    re.IGNORECASE,
)


def _find_birth_dates(text: str, out: list) -> None:
    if "(" in text:
        for m in _AGE_AND_DATE.finditer(text):
            if _DAY_MONTH_YEAR.search(m.group(1)) or not m.group(1)[0].isdigit():
                out.append(("birth_date", m.start(1), m.end(1)))
    for m in _BORN_IN_YEAR.finditer(text):
        if m.group(1)[0] in "'’":
            out.append(("birth_date", m.start(1), m.end(1)))
            continue
        word = text[m.start() : m.start() + 5].split()[0].lower()
        if _PERIOD_AFTER.match(text, m.end()) or word in ("zijn", "bent"):
            continue  # "van 2021 tot 2025": a period; "de cijfers zijn van 2023"
        if word not in ("is", "ben", "was"):
            out.append(("birth_date", m.start(1), m.end(1)))  # "een zoon van 2012", "een vrouw van 1975"
            continue
        subj = _PERSON_IS.search(text, max(0, m.start() - 30), m.start())
        if subj is not None and (subj.group(1).lower() in _PERSON_WORDS or fold(subj.group(1)) in ROLES):
            out.append(("birth_date", m.start(1), m.end(1)))
    for t in _BIRTH_TRIGGER.finditer(text):
        window_end = min(len(text), t.end() + 60)
        m = _DATE_AFTER_TRIGGER.match(text, t.end(), window_end)
        if not m:
            continue
        s, e = m.span(1)
        date = m.group(1)
        # a bare year only right after the trigger (°1987, geboren in 1987, geboortejaar 1987)
        if re.fullmatch(r"(?:19|20)\d{2}", date) and s - t.end() > 5 and not text[t.end() : s].rstrip().endswith(":"):
            continue
        out.append(("birth_date", s, e))
        # (round 8) dates listed after one cue are birth dates too: "geb. 3/4/2012 en 17-2-09", "geboren op 2 mei
        # 2015, 8 juni 2017 en 1 juli 2019"; each needs a day, a month and a year
        for _ in range(6):
            c = _LISTED_DATE.match(text, e, min(len(text), e + 50))
            if c is None or not _DAY_MONTH_YEAR.search(c.group(1)) or _LIST_PERIOD.match(text, c.end(1)):
                break
            s, e = c.span(1)
            out.append(("birth_date", s, e))
