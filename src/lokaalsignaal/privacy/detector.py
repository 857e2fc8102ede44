"""Rule-based PII detector for Dutch/Flemish signal texts (pure Python, no Django)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers
from stdnum import iban as _iban
from stdnum.be import bis as _bis
from stdnum.be import nn as _nn
from stdnum.be import vat as _vat

from .lexicon import (
    COMMON_WORDS,
    FRENCH_STREET_TYPES,
    NAME_CUES,
    NOT_NAMES,
    ORGANISATIONS,
    PARTICLES,
    ROLE_OF,
    ROLES,
    SAFE_STREET_SUFFIXES,
    STREET_WORDS,
    TITLES,
    fold,
    lexicon,
)

KINDS = (
    "national_number",
    "iban",
    "email",
    "phone",
    "address",
    "postal_address",
    "birth_date",
    "person_name",
)

PLACEHOLDERS: dict[str, str] = {
    "national_number": "[rijksregisternummer]",
    "iban": "[rekeningnummer]",
    "email": "[e-mailadres]",
    "phone": "[telefoonnummer]",
    "address": "[adres]",
    "postal_address": "[adres]",
    "birth_date": "[geboortedatum]",
    "person_name": "[naam]",
}

#: Never stored: redacted automatically when a signal is saved.
STRUCTURED_KINDS = frozenset({"national_number", "iban", "email", "phone"})
#: Shown as a warning: the author confirms or redacts.
WARNING_KINDS = frozenset({"person_name", "address", "postal_address", "birth_date"})

# Higher wins when candidates overlap.
_PRIORITY = {
    "email": 90,
    "national_number": 85,
    "iban": 80,
    "phone": 70,
    "birth_date": 60,
    "address": 50,
    "postal_address": 45,
    "person_name": 30,
}


@dataclass(frozen=True, order=True)
class Finding:
    """One piece of personal data: ``text[start:end]`` is of ``kind``."""

    start: int
    end: int
    kind: str
    text: str = field(default="", compare=False)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end}


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


# --------------------------------------------------------------------------------------------
# addresses
# --------------------------------------------------------------------------------------------

_CAP = r"[A-ZÀ-Ý]"
_WORD = r"[\w'’\-]"
_HOUSE_NUMBER = (
    r"(?:nr\.?\s*|n°\s*|nummer\s+)?\d{1,4}(?:[A-Za-z](?![\w]))?"
    r"(?:\s*(?:[-/]|bus|bte|boîte|b\.|b)\s*\d{1,4}[A-Za-z]?(?![\w]))?"
    r"(?:\s*,?\s*bus\s*\d{1,4})?"
)
_NOT_AFTER_NUMBER = (
    r"(?!\s*(?:%|€|euro|eur\b|jaar|jaren|maand|maanden|weken|dagen|uur|u\b|min|km|m²|m2|kg|"
    r"kinderen|personen|mensen|gezinnen|bewoners|woningen|appartementen|keer|x\b)|[.,:]\d|\d)"
)
_STREET_SUFFIX_RE = "|".join(sorted(SAFE_STREET_SUFFIXES, key=len, reverse=True))
_STREET_ONE = rf"{_CAP}{_WORD}*?(?:{_STREET_SUFFIX_RE})"
_PREFIX_TOKEN = rf"(?:{_CAP}[\w'’\-.]*|van|de|der|den|het|ter|ten|'t|t'|d'|l'|la|le|du|des)"
_STREET_RE = re.compile(
    rf"(?:(?<=\s)|(?<=^)|(?<=[(,;:\"']))"
    rf"((?:{_PREFIX_TOKEN}[ \t]+){{0,3}}?"
    rf"(?:{_STREET_ONE}|{_CAP}{_WORD}+\s+(?i:{'|'.join(sorted(STREET_WORDS, key=len, reverse=True))}))"
    rf")\s*,?\s*({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}",
)
_FRENCH_STREET_RE = re.compile(
    rf"(?<![\w])((?i:{'|'.join(re.escape(t) for t in FRENCH_STREET_TYPES)})\s+"
    rf"(?:(?:de|du|des|la|le|l'|d'|de la|de l')\s*)?{_CAP}{_WORD}*"
    rf"(?:\s+(?:{_CAP}{_WORD}*|de|du|des|la|le|d'|l')){{0,3}})"
    rf"\s*,?\s*({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
_LISTED_STREET_RE = re.compile(
    rf"(?<![\w])({_CAP}{_WORD}*(?:\s+{_WORD}+){{0,3}}?)\s*,?\s*({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
#: a street written in lower case, only after a place cue: "woont in de kerkstraat 7"
_LOWER_STREET_RE = re.compile(
    r"(?:\b(?:in|op|aan)\s+de\s+|\bwoont\s+(?:in\s+de\s+|op\s+de\s+)?|\badres\s*:?\s*)"
    r"([a-zà-ÿ][\w'’\-]*?(?:straat|straatje|laan|steenweg|dreef|lei|plein|kaai|vest))"
    rf"\s*,?\s*(?!(?:19|20)\d\d\b)({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
_POSTAL_RE = re.compile(
    rf"(?<![\w\-./€])(?:B\s?-\s?)?([1-9]\d{{3}})\s+({_CAP}[\w'’\-]*"
    rf"(?:[ \-](?:{_CAP}[\w'’\-]*|\([\w\-' ]+\)|op|aan|de|den|der|sur|lez|lès|sous|en|la|le)){{0,3}})"
)
_RESIDENCE_CUE = re.compile(
    r"\b(?:woont|wonen|wonende|woonachtig|woonplaats|adres|domicilie|domicilieadres|gedomicilieerd|"
    r"verblijft|verblijfplaats|verblijfsadres|verhuisd|verhuist|ingeschreven|referentieadres|"
    r"postadres|adresse|domicilié|domiciliée|habite)\b",
    re.IGNORECASE,
)
_WORD_NUM_BLOCK = frozenset(
    fold(w)
    for w in """
    artikel art. art hoofdstuk paragraaf lid punt bijlage fase stap niveau klas kamer lokaal
    route lijn bus tram trein nummer nr versie groep module week dag jaar pagina p blz
    """.split()
)


def _postal_match(code: str, name: str) -> int:
    """Length of the longest prefix of ``name`` that is a known locality for ``code`` (0 = none)."""
    known = lexicon().postal.get(code)
    if not known:
        return 0
    words = name.split(" ")
    for n in range(len(words), 0, -1):
        cand = " ".join(words[:n])
        key = fold(cand)
        if key in known or fold(re.sub(r"\s*\(.*?\)\s*", " ", cand).strip()) in known:
            return len(cand)
        # "Gent-Sint-Amandsberg" style or "Sint-Amandsberg (Gent)": accept any known hyphen part
        if n == 1 and "-" in cand and any(fold(p) in known for p in cand.split("-")):
            return len(cand)
    return 0


def _find_addresses(text: str, out: list, blocked: list[tuple[int, int]]) -> None:
    lex = lexicon()
    spans: list[tuple[int, int]] = []
    for rx in (_STREET_RE, _FRENCH_STREET_RE):
        for m in rx.finditer(text):
            street = m.group(1)
            # trim leading words that are not part of the street name
            s = m.start(1)
            words = list(re.finditer(r"\S+", street))
            while len(words) > 1:
                w = fold(words[0].group().strip(".,"))
                if w in TITLES or w in ROLES or w in NOT_NAMES or w in {"de", "het", "in", "op", "te", "van"}:
                    words.pop(0)
                    continue
                break
            s = m.start(1) + words[0].start()
            spans.append((s, m.end()))
    for m in _LOWER_STREET_RE.finditer(text):
        spans.append((m.start(1), m.end()))
    for m in _LISTED_STREET_RE.finditer(text):
        tokens = m.group(1).split()
        for n in range(len(tokens), 0, -1):
            cand = fold(" ".join(tokens[-n:]))
            if cand in lex.streets and (n > 1 or cand not in _WORD_NUM_BLOCK):
                head = m.group(1)
                s = m.start(1) + len(head) - len(" ".join(tokens[-n:]))
                if text[s : m.start(1) + len(head)] == " ".join(tokens[-n:]):
                    spans.append((s, m.end()))
                break
    spans = _merge_nonoverlap(spans)
    postal_spans = []
    for m in _POSTAL_RE.finditer(text):
        n = _postal_match(m.group(1), m.group(2))
        if n:
            postal_spans.append((m.start(), m.start(2) + n))
    used_postal = set()
    merged = []
    for s, e in spans:
        end = e
        for i, (ps, pe) in enumerate(postal_spans):
            gap = text[e:ps]
            if ps >= e and re.fullmatch(r"\s*(?:,|\n|–|-|te|in)?\s*", gap) and len(gap) <= 6:
                end = pe
                used_postal.add(i)
                break
        merged.append((s, end))
    for s, e in merged:
        out.append(("address", s, e))
    # a postal line on its own: only when it is where someone lives
    for i, (ps, pe) in enumerate(postal_spans):
        if i in used_postal:
            continue
        before = text[max(0, ps - 60) : ps]
        sentence_start = max(before.rfind(". "), before.rfind("\n"), before.rfind("! "), before.rfind("? "))
        ctx = before[sentence_start + 1 :]
        if _RESIDENCE_CUE.search(ctx):
            out.append(("postal_address", ps, pe))
        else:
            blocked.append((ps, pe))


def _merge_nonoverlap(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(spans, key=lambda x: (x[0], -x[1]))
    res: list[tuple[int, int]] = []
    for s, e in spans:
        if res and s < res[-1][1]:
            if e > res[-1][1]:
                res[-1] = (res[-1][0], e)
            continue
        res.append((s, e))
    return res


# --------------------------------------------------------------------------------------------
# person names
# --------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"(?:[dDlL]['’])?[^\W\d_](?:[\w'’\-]*[^\W_])?\.?|[A-Z]\.")
_SENT_END = set('.!?\n:;•*"“”«»')
_STREET_TAIL = re.compile(rf"(?:{_STREET_SUFFIX_RE})$", re.IGNORECASE)


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    key: str  # folded, without trailing dot / possessive
    cap: bool
    upper: bool
    initial: bool
    particle: bool
    sent_start: bool
    gap_ok: bool  # only a single space/hyphen between previous token and this one


@lru_cache(maxsize=64)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern | None:
    items = sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(re.escape(p) for p in items)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        s, e = m.start(), m.end()
        word = raw
        initial = bool(re.fullmatch(r"[A-ZÀ-Ý]\.", raw))
        if raw.endswith(".") and not initial:
            word = raw[:-1]
            e -= 1
        for poss in ("'s", "’s", "'", "’"):
            if word.endswith(poss) and len(word) > len(poss) + 1:
                word = word[: -len(poss)]
                e -= len(poss)
                break
        body = word[2:] if re.match(r"[dDlL]['’]", word) and len(word) > 2 else word
        cap = body[:1].isupper()
        upper = word.isupper() and len(word) > 1
        between = text[prev_end:s]
        # sentence start: nothing but opening punctuation since the last sentence end
        j = s - 1
        while j >= 0 and text[j] in " \t\"'“‘(«-–[":
            j -= 1
        sent_start = j < 0 or text[j] in _SENT_END
        if j >= 0 and text[j] == "." and toks and (toks[-1].initial or fold(toks[-1].text) in TITLES):
            sent_start = False
        gap_ok = bool(toks) and between in (" ", "")
        toks.append(
            _Tok(s, e, word, fold(word), cap, upper, initial, fold(word) in PARTICLES, sent_start, gap_ok)
        )
        prev_end = e
    return toks


def _is_name_word(tok: _Tok, lex) -> bool:
    return tok.key in lex.first_names or tok.key in lex.surnames or tok.key in lex.surname_cores


def _find_names(text: str, out: list, blocked: list[tuple[int, int]], allow: tuple[str, ...]) -> None:
    lex = lexicon()
    toks = _tokenize(text)
    n = len(toks)
    if not n:
        return
    # tokens inside organisations / allowed phrases / already-found spans are off-limits
    off = [False] * n
    rx = _phrase_regex(ORGANISATIONS + allow)
    block = list(blocked)
    if rx is not None:
        block.extend(m.span() for m in rx.finditer(text))
    if block:
        block.sort()
        bi = 0
        for i, t in enumerate(toks):
            for bs, be in block:
                if bs < t.end and t.start < be:
                    off[i] = True
                    break
            _ = bi

    def usable(i: int) -> bool:
        t = toks[i]
        if off[i] or not (t.cap or t.initial):
            return False
        if t.key in NOT_NAMES or t.key in lex.org_tokens or t.key in TITLES or fold(t.text) in TITLES:
            return False
        if t.key in ROLES or t.key in NAME_CUES:
            return False
        if _STREET_TAIL.search(t.key) and not (t.key in SAFE_STREET_SUFFIXES and t.key in lex.first_names):
            return False
        if t.key in STREET_WORDS and i > 0:
            # "Oude Dries" is a street; "kwam Dries langs" a first name
            if not (t.key in lex.first_names and not toks[i - 1].cap):
                return False
        return True

    def is_place(t: _Tok) -> bool:
        return t.key in lex.place_tokens

    i = 0
    while i < n:
        t = toks[i]
        trigger = None
        # context triggers look at the previous token(s)
        if i > 0 and toks[i].gap_ok or (i > 0 and text[toks[i - 1].end : t.start].strip() in (":", ".", ",")):
            prev = toks[i - 1]
            sep = text[prev.end : t.start]
            pk = prev.key
            if pk in TITLES and sep.strip() in ("", ".") and not off[i - 1]:
                trigger = "title"
            elif pk in NAME_CUES and sep.strip() in ("", ":"):
                trigger = "cue"
            elif pk in ROLES and sep.strip() in ("", ",") and not prev.cap:
                # "student, Franstalig": after a comma only a known name or no adjective
                if sep.strip() == "" or _is_name_word(t, lex) or not _ADJECTIVE_TAIL.search(t.key):
                    trigger = "role"
            elif pk == "van" and i > 1 and toks[i - 2].key in ROLE_OF and toks[i - 1].gap_ok:
                trigger = "role"
        # a name chain: start at a usable capitalised token or a capitalised particle
        if not (usable(i) or (t.particle and t.cap and i + 1 < n and not off[i])):
            i += 1
            continue
        j = i
        chain = [i]
        while j + 1 < n:
            nxt = toks[j + 1]
            if not nxt.gap_ok or off[j + 1]:
                break
            if nxt.particle and not nxt.initial:
                # particles must be followed by a capitalised word within two tokens
                k = j + 1
                while k < n and toks[k].particle and toks[k].gap_ok and k - j <= 3:
                    k += 1
                if k < n and toks[k].gap_ok and usable(k) and toks[k].cap:
                    chain.extend(range(j + 1, k + 1))
                    j = k
                    continue
                break
            if usable(j + 1) and (nxt.cap or nxt.initial):
                if is_place(nxt) and not _is_name_word(nxt, lex) and not toks[j].particle:
                    break
                chain.append(j + 1)
                j += 1
                continue
            break
        # a chain whose next word is a street word is a street name ("Jan Van Rijswijcklaan")
        if (
            j + 1 < n
            and toks[j + 1].gap_ok
            and (_STREET_TAIL.search(toks[j + 1].key) or toks[j + 1].key in STREET_WORDS)
        ):
            i = j + 2
            continue
        # "Volgens Stijn Bex": a capitalised sentence start that is an ordinary word is no part
        # of the name; what follows it is then mid-sentence
        forced_mid = False
        while (
            len(chain) > 1
            and toks[chain[0]].sent_start
            and trigger is None
            and (toks[chain[0]].key in COMMON_WORDS or not _is_name_word(toks[chain[0]], lex))
            and not toks[chain[0]].initial
        ):
            chain.pop(0)
            forced_mid = True
        words = [toks[k] for k in chain if not toks[k].particle]
        if not words:
            i = j + 1
            continue
        if trigger is None and _quoted(text, toks[chain[0]].start, toks[chain[-1]].end):
            # "'Warme Winter'": a quoted title or project name, not a person
            i = j + 1
            continue
        accept = _accept_chain(words, chain, toks, trigger, lex, forced_mid)
        if not accept and trigger is None and len(words) == 1 and len(chain) == 1:
            accept = _single_name_in_context(toks, chain[0], text, lex)
        if accept:
            # drop a trailing initial without surname and leading/trailing particles
            ks = [k for k in chain]
            while ks and (toks[ks[-1]].particle or toks[ks[-1]].initial and len(ks) > 1 and False):
                ks.pop()
            while ks and toks[ks[0]].particle and not toks[ks[0]].cap:
                ks.pop(0)
            if ks:
                out.append(("person_name", toks[ks[0]].start, toks[ks[-1]].end))
        i = j + 1
    _find_lowercase_names(text, toks, off, lex, out)


_ADJECTIVE_TAIL = re.compile(r"(?:ig|lijk|isch|talig|baar|loos|end|ief|ische|ige|lijke)$")
_QUOTES_OPEN = "'‘\"“«"
_QUOTES_CLOSE = "'’\"”»"
#: lower-case words after which a capitalised word is rather a thing than a person
_THING_CONTEXT = frozenset(
    fold(w)
    for w in """
    de het een den der des 't deze dit onze ons hun haar zijn mijn jullie uw elk elke
    regio gemeente gemeenten stad steden dorp dorpen deelgemeente deelgemeenten wijk wijken buurt
    buurten parochie school scholen vzw project campus
    afdeling dienst straat team huis centrum zaal lokaal groep app programma
    """.split()
)
#: ... and after which a first name that is also a place is rather the place
_PLACE_CONTEXT = _THING_CONTEXT | frozenset(
    "in naar uit te van bij richting rond nabij via tot voor door tussen vanuit langs aan op over en of".split()
)


def _quoted(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in _QUOTES_OPEN
        and text[end] in _QUOTES_CLOSE
    )


def _single_name_in_context(toks: list[_Tok], k: int, text: str, lex) -> bool:
    """A lone capitalised known first name mid-sentence that the list marks as ambiguous (a Dutch
    word: "Elke", "Miet", "Roos") or as a place ("Dries", "Veerle") is still a person when it
    stands between ordinary lower-case words: "Dank aan Elke", "kwam Dries langs".

    Also a possessive without apostrophe: "Malikas zoon" (stem a known unambiguous first name).
    """
    t = toks[k]
    if t.initial or t.upper or (k > 0 and toks[k - 1].key in _THING_CONTEXT):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    key = t.key
    # "Malikas zoon", "Noors vader": genitive -s on a known first name, followed by a noun
    if (
        len(key) > 3
        and key.endswith("s")
        and key[:-1] in lex.first_names
        and key[:-1] not in lex.ambiguous
        and key not in lex.surnames
        and key not in lex.first_names
        and key not in lex.place_tokens
        and key not in COMMON_WORDS
        and nxt is not None
        and nxt.gap_ok
        and not nxt.cap
        and nxt.key not in PARTICLES
    ):
        return True
    if t.sent_start or k == 0:
        return False
    prev = toks[k - 1]
    if prev.cap or text[t.start - 1] in _QUOTES_OPEN or text[prev.end : t.start].strip() not in ("", ","):
        return False
    if nxt is not None and nxt.gap_ok and (nxt.cap or text[t.end : nxt.start] == "-"):
        return False
    if re.match(r"\s*\d", text[t.end : t.end + 3]):
        return False  # "woont Kiel 199": a street or a thing with a number
    if key in lex.first_names:
        if key in lex.place_tokens:
            return key not in lex.ambiguous and prev.key not in _PLACE_CONTEXT
        return key in lex.ambiguous
    return False


def _plain_name_word(tok: _Tok, lex, first: bool) -> bool:
    """A lower-case token that can only be a name: known, not a Dutch word, not a place."""
    k = tok.key
    if len(k) < 3 or k in lex.ambiguous or k in COMMON_WORDS or k in NOT_NAMES or k in lex.place_tokens:
        return False
    if k in TITLES or k in ROLES or k in PARTICLES or k in lex.org_tokens:
        return False
    return k in lex.first_names if first else (k in lex.surnames or k in lex.surname_cores)


def _find_lowercase_names(text: str, toks: list[_Tok], off: list[bool], lex, out: list) -> None:
    """Names written without capitals: "mevr. vermeulen", "mr janssens", "sarah de clercq"."""
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.cap or t.initial or off[i]:
            i += 1
            continue
        after_title = (
            i > 0
            and toks[i - 1].key in TITLES
            and text[toks[i - 1].end : t.start].strip() in ("", ".")
            and not off[i - 1]
        )
        # particles, then the name word(s)
        k = i
        while k < n and toks[k].particle and not toks[k].cap and (k == i or toks[k].gap_ok) and k - i < 3:
            k += 1
        if k >= n or off[k] or toks[k].cap or (k > i and not toks[k].gap_ok):
            i += 1
            continue
        w = toks[k]
        # "mevr. de smet": after title + particle a surname may also be a Dutch word
        particle_surname = (
            k > i
            and (w.key in lex.surnames or w.key in lex.surname_cores)
            and w.key not in TITLES | ROLES | NOT_NAMES
            and w.key not in lex.place_tokens
        )
        if after_title and (
            particle_surname or _plain_name_word(w, lex, False) or _plain_name_word(w, lex, True)
        ):
            end = k
            if k + 1 < n and toks[k + 1].gap_ok and not toks[k + 1].cap and _plain_name_word(toks[k + 1], lex, False):
                end = k + 1
            out.append(("person_name", toks[i].start, toks[end].end))
            i = end + 1
            continue
        if k == i and _plain_name_word(t, lex, True):
            # "sarah de clercq": first name + (particles) + surname, both unambiguous
            m = k + 1
            while m < n and toks[m].particle and not toks[m].cap and toks[m].gap_ok and m - k <= 3:
                m += 1
            if m < n and m > k and toks[m].gap_ok and not toks[m].cap and not off[m]:
                if _plain_name_word(toks[m], lex, False):
                    out.append(("person_name", t.start, toks[m].end))
                    i = m + 1
                    continue
        i += 1


def _accept_chain(
    words: list[_Tok], chain: list[int], toks: list[_Tok], trigger: str | None, lex, forced_mid: bool = False
) -> bool:
    first = toks[chain[0]]
    mid = forced_mid or not first.sent_start
    if trigger in ("title", "cue"):
        return True
    if trigger == "role":
        # "mijn cliënt Youssef": anything capitalised that is not a place
        return not all(is_place_word(w, lex) and w.key not in lex.first_names for w in words)
    [w.key for w in words]
    firsts = [w for w in words if w.key in lex.first_names and not w.upper]
    surs = [w for w in words if (w.key in lex.surnames or w.key in lex.surname_cores)]
    places = [w for w in words if is_place_word(w, lex) and w.key not in lex.first_names]
    if len(places) == len(words):
        return False
    initials = [w for w in words if w.initial]
    if initials and len(words) > len(initials):
        rest = [w for w in words if not w.initial]
        # "J. Peeters": initial + capitalised word that is no common word
        return any(not w.upper or w.key in lex.surnames for w in rest) and not all(
            w.key in lex.ambiguous and w.key not in lex.surnames for w in rest
        )
    if len(words) >= 2:
        # two or more capitalised words with a known first name or surname
        strong_first = [w for w in firsts if w.key not in lex.ambiguous]
        strong_sur = [w for w in surs if w.key not in lex.ambiguous]
        if strong_first and (mid or len(words) >= 2):
            return True
        if firsts and strong_sur:
            return True
        if mid and strong_sur and len(strong_sur) == len(words):
            return True
        # "Tsegaye Karimi": unknown capitalised word(s) + known surname, mid-sentence
        if mid and words[-1] in strong_sur and not any(is_place_word(w, lex) for w in words):
            return True
        if firsts and surs and mid:
            return True
        return False
    w = words[0]
    if w.upper:
        return False
    if w.key in lex.first_names:
        if w.key in lex.ambiguous or is_place_word(w, lex):
            return False
        return True
    if mid and w.key in lex.surnames and w.key not in lex.ambiguous and not is_place_word(w, lex):
        return True
    return False


def is_place_word(tok: _Tok, lex) -> bool:
    return tok.key in lex.place_tokens


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------


def scan(text: str, allow: Iterable[str] = ()) -> list[Finding]:
    """Find personal data in ``text``.

    ``allow``: phrases (e.g. organisation names from the database) that are never reported as
    a name, address or postal line. Returns non-overlapping findings sorted by position.
    """
    if not text:
        return []
    allow_t = tuple(sorted({a for a in allow if a and a.strip()}))
    cands: list[tuple[str, int, int]] = []
    _find_emails(text, cands)
    _find_national_numbers(text, cands)
    _find_ibans(text, cands)
    _find_phones(text, cands)
    _find_birth_dates(text, cands)
    blocked: list[tuple[int, int]] = [(s, e) for _, s, e in cands]
    addr: list[tuple[str, int, int]] = []
    _find_addresses(text, addr, blocked)
    cands.extend(addr)
    blocked.extend((s, e) for _, s, e in addr)
    _find_names(text, cands, blocked, allow_t)
    if allow_t:
        rx = _phrase_regex(allow_t)
        allowed = [m.span() for m in rx.finditer(text)] if rx else []
        cands = [
            c for c in cands if c[0] in STRUCTURED_KINDS or not any(s < c[2] and c[1] < e for s, e in allowed)
        ]
    return _resolve(text, cands)


def _resolve(text: str, cands: list[tuple[str, int, int]]) -> list[Finding]:
    cands = sorted(cands, key=lambda c: (-_PRIORITY[c[0]], -(c[2] - c[1]), c[1]))
    taken: list[tuple[int, int]] = []
    res: list[Finding] = []
    for kind, s, e in cands:
        if e <= s or any(ts < e and s < te for ts, te in taken):
            continue
        taken.append((s, e))
        res.append(Finding(s, e, kind, text[s:e]))
    res.sort()
    return res


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding by its Dutch placeholder (``PLACEHOLDERS``)."""
    parts = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos:
            continue
        parts.append(text[pos : f.start])
        parts.append(PLACEHOLDERS.get(f.kind, "[verwijderd]"))
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
