"""Street addresses (Dutch, French, listed and lower-case streets) and postal lines."""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import (
    DERIVED_STREET_SUFFIXES,
    FRENCH_STREET_TYPES,
    NOT_NAMES,
    ROLES,
    SAFE_STREET_SUFFIXES,
    STREET_WORDS,
    TITLES,
    fold,
    lexicon,
)
from .street_endings import find_adjective_streets
from .street_frames import find_unlisted_streets

# Linear time on any input (tests/privacy/test_scan_cost_is_linear_on_adversarial_text.py): a pattern may only
# start where a word starts (never after an apostrophe or hyphen inside a word, so "A'A'A'…" is one start, not
# thousands), and whitespace runs are matched possessively (``\s*+``: no retrying every split of a long run).
_CAP = r"[A-ZÀ-Ý]"
_WORD = r"[\w'’\-]"
#: where a word starts: not inside a word, but after an opening quote that itself starts a word ("'Kerkstraat 5'")
_WORD_START = r"(?:(?<![\w'’\-])|(?<=['’])(?<![\w'’\-]['’]))"
_COMMA = r"\s*+,?+\s*+"
_HOUSE_NUMBER = (
    r"(?:nr\.?\s*+|n°\s*+|nummer\s++)?\d{1,4}(?:[A-Za-z](?![\w]))?"
    # (round 3) a box number with a floor: "bus 2.01"
    r"(?:\s*+(?:[-/]|bus|bte|boîte|b\.|b)\s*+\d{1,4}(?:\.\d{1,3}(?![\d]))?[A-Za-z]?(?![\w]))?"
    rf"(?:{_COMMA}bus\s*+\d{{1,4}})?"
)
#: what makes a number after a street word a count or an amount, not a house number ("40 %", "3 keer")
COUNTED = (
    r"\s*(?:%|€|euro|eur\b|jaar|jaren|maand|maanden|weken|dagen|uur|u\b|min|km|m²|m2|kg|"
    r"kinderen|personen|mensen|gezinnen|bewoners|woningen|appartementen|keer|x\b)"
)
_NOT_AFTER_NUMBER = rf"(?!{COUNTED}|[.,:]\d|\d)"
_STREET_SUFFIX_RE = "|".join(sorted(SAFE_STREET_SUFFIXES, key=len, reverse=True))
_STREET_ONE = rf"{_CAP}{_WORD}*?(?:{_STREET_SUFFIX_RE})"
_PREFIX_TOKEN = rf"(?:{_CAP}[\w'’\-.]*|van|de|der|den|het|ter|ten|'t|t'|d'|l'|la|le|du|des)"
# (round 10) each pattern first tests the first letter it needs (a lookahead, no change in what matches): most positions
# of a text fail there, before the word-start lookbehinds and the alternations
_STREET_RE = re.compile(
    r"(?=[A-ZÀ-Ývdhtl'])"
    rf"(?:(?<=\s)|(?<=^)|(?<=[(,;:\"])|(?<=')(?<![\w'’\-]'))"
    rf"((?:{_PREFIX_TOKEN} +){{0,3}}?"  # (round 7) not across a tab: table cells
    rf"(?:{_STREET_ONE}|{_CAP}{_WORD}+\s+(?i:{'|'.join(sorted(STREET_WORDS, key=len, reverse=True))}))"
    rf"){_COMMA}({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}",
)
_FRENCH_STREET_RE = re.compile(
    "(?=[" + "".join(sorted({t[0] for t in FRENCH_STREET_TYPES} | {t[0].upper() for t in FRENCH_STREET_TYPES})) + "])"
    rf"(?<![\w])((?i:{'|'.join(re.escape(t) for t in FRENCH_STREET_TYPES)})\s+"
    rf"(?:(?:de|du|des|la|le|l'|d'|de la|de l')\s*)?{_CAP}{_WORD}*"
    rf"(?:\s+(?:{_CAP}{_WORD}*|de|du|des|la|le|d'|l')){{0,3}})"
    rf"{_COMMA}({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
_LISTED_STREET_RE = re.compile(
    rf"(?={_CAP}){_WORD_START}({_CAP}{_WORD}*(?:\s+{_WORD}+){{0,3}}?){_COMMA}({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
#: a street written in lower case, only after a place cue: "woont in de kerkstraat 7"
_LOWER_STREET_RE = re.compile(
    r"(?<![\w'’\-])(?:(?:in|op|aan)\s+de\s+|woont\s+(?:in\s+de\s+|op\s+de\s+)?|adres\s*+:?+\s*+)"
    r"([a-zà-ÿ][\w'’\-]*?(?:straat|straatje|laan|steenweg|dreef|lei|plein|kaai|vest))"
    rf"{_COMMA}(?!(?:19|20)\d\d\b)({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
_DERIVED_SUFFIX_RE = "|".join(
    "(?<!e)ring" if x == "ring" else x for x in sorted(DERIVED_STREET_SUFFIXES, key=len, reverse=True)
)
#: "Kanaalring 12", "Houtwerf 3", "Kloosterhof 7": street endings taken from the street data (lexicon)
_DERIVED_STREET_RE = re.compile(
    rf"(?={_CAP}){_WORD_START}({_CAP}[\w'’]*?(?:{_DERIVED_SUFFIX_RE})(?:-[\w'’]+)?)"
    rf"{_COMMA}({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
#: any capitalised street name right after "woont in de", "verhuisd naar", "adres:": "woont in de Zavel 12"
_CUE_STREET_RE = re.compile(
    r"(?=[wWvVaAdD])(?<![\w'’\-])"
    r"(?i:woont|wonen|woonde|woonachtig|verblijft|verhuisd\s+naar|verhuist\s+naar|verhuizen\s+naar|"
    r"verhuisd\s+van|verhuist\s+van|vertrokken\s+uit|"
    r"adres(?:\s*+:)?+|domicilie(?:\s*+:)?+)"
    r"\s++(?:(?i:in|op|aan)\s++)?(?:(?i:de|het|den)\s++)?"
    rf"({_CAP}[\w'’\-]*+(?:[ \t]++(?:{_CAP}[\w'’\-]*+|van|de|der|den)){{0,2}}?){_COMMA}"
    rf"(?!(?:19|20)\d\d\b)({_HOUSE_NUMBER}){_NOT_AFTER_NUMBER}"
)
_PLACE_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|op|aan)\s+de|\bwoont(?:\s+(?:in|op|aan))?|\badres\s*:?|\bnaar\s+de|verhuisd\s+naar)\s*$",
    re.IGNORECASE,
)
#: before a municipality without an article: "in Grimbergen", "uit Linkebeek"
_PLACE_PREPOSITION = re.compile(r"\b(?:in|uit|naar|te|rond|nabij|tussen)\s+$", re.IGNORECASE)
_POSTAL_RE = re.compile(
    # (round 10) also "(3290, Diest)", "van 8800 roeselare": a known locality of the code in lower case
    # (round 12) the country prefix in any case: "b-9000 gent"
    rf"(?<![\w\-./€])(?:[Bb]\s?-\s?)?([1-9]\d{{3}}),?\s+((?:{_CAP}|[a-zà-ÿ])[\w'’\-]*"
    rf"(?:[ \-](?:{_CAP}[\w'’\-]*|\([\w\-' ]+\)|op|aan|de|den|der|sur|lez|lès|sous|en|la|le)){{0,3}})"
)
_POSTAL_GAP = re.compile(r"\s*(?:,|\n|–|-|te|in)?\s*")
_RESIDENCE_CUE = re.compile(
    r"\b(?:woont|wonen|wonende|woonachtig|woonplaats|adres|domicilie|domicilieadres|gedomicilieerd|"
    r"verblijft|verblijfplaats|verblijfsadres|verhuisd|verhuist|verhuisde|verhuisden|ingeschreven|referentieadres|"
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


def _postal_typo(code: str, name: str) -> int:
    """A postal code with a known Belgian municipality or locality that the code does not belong to ("9020 Gent"): a
    typo still points to a home. Not for year-like codes ("in 2024 Gent")."""
    if 1900 <= int(code) <= 2099:
        return 0
    places = lexicon().places
    words = name.split(" ")
    for n in range(min(len(words), 3), 0, -1):
        cand = " ".join(words[:n])
        if fold(cand) in places:
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
            # (round 8) "Mourad van Kapelsesteenweg 190 moet …": a person and the street they live in. Only a lone
            # known first name before a lower-case "van", not after an article or a place cue ("woont in de Jan van
            # Rijswijcklaan 12" stays one street)
            if (
                len(words) > 2
                and words[1].group() == "van"
                and fold(words[0].group()) in lex.first_names
                and fold(words[0].group()) not in lex.ambiguous
                and not _PLACE_CUE_BEFORE.search(text[max(0, s - 20) : s + words[0].start()])
                and not re.search(r"(?:\b(?:de|het|den)|[A-ZÀ-Ý][\w'’\-]*)\s+$", text[max(0, s - 30) : s])
            ):
                words = words[2:]
            s = m.start(1) + words[0].start()
            spans.append((s, m.end()))
    for m in _LOWER_STREET_RE.finditer(text):
        spans.append((m.start(1), m.end()))
    for m in _CUE_STREET_RE.finditer(text):
        first = fold(m.group(1).split()[0])
        # (round 3) a place name after an article or "adres" with a house number is a street: "woont in de Zand 25",
        # "adres Kiel 11" (Zand and Kiel are also localities)
        lead = text[m.start() : m.start(1)]
        street_place = bool(re.search(r"(?i:\b(?:de|het|den)\s+$|adres\W*$)", lead))
        if first not in NOT_NAMES and (first not in lex.place_tokens or street_place) and first not in lex.org_tokens:
            spans.append((m.start(1), m.end()))
    for m in _DERIVED_STREET_RE.finditer(text):
        if "\t" in text[m.end(1) : m.start(2)]:
            continue  # (round 7) "Seefhoek<TAB>82": a neighbourhood and a count in a table
        word = fold(m.group(1))
        if word in lex.surnames or word in lex.first_names or word in lex.place_tokens or word in NOT_NAMES:
            # "Vandenberg 3": a surname (or a place) is a street only after a place cue or before a postal line
            if not _PLACE_CUE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) and not re.match(
                r"\s*,?\s*[1-9]\d{3}\s+[A-ZÀ-Ý]", text[m.end() : m.end() + 12]
            ):
                continue
        spans.append((m.start(1), m.end()))
    for m in _LISTED_STREET_RE.finditer(text):
        if "\t" in text[m.end(1) : m.start(2)]:
            continue  # (round 7) "Kiel<TAB>104": a neighbourhood and a count in a table, not a street and number
        tokens = m.group(1).split()
        for n in range(len(tokens), 0, -1):
            cand = fold(" ".join(tokens[-n:]))
            if cand in lex.streets and (n > 1 or cand not in _WORD_NUM_BLOCK):
                head = m.group(1)
                before = text[max(0, m.start() - 12) : m.start()]
                if n == 1 and cand in lex.places and _PLACE_PREPOSITION.search(before):
                    break  # (round 3) "sloten in Grimbergen 70 bankkantoren": the municipality, not its street

                s = m.start(1) + len(head) - len(" ".join(tokens[-n:]))
                if text[s : m.start(1) + len(head)] == " ".join(tokens[-n:]):
                    spans.append((s, m.end()))
                break
    find_unlisted_streets(text, spans)  # (round 10) streets in no list, by their house number
    find_adjective_streets(text, spans)  # (round 12) "Bredense kant 11"
    spans = _merge_nonoverlap(spans)
    postal_spans = []
    for m in _POSTAL_RE.finditer(text):
        n = _postal_match(m.group(1), m.group(2)) or _postal_typo(m.group(1), m.group(2))
        if n:
            postal_spans.append((m.start(), m.start(2) + n))
    used_postal = set()
    merged = []
    postal_starts = [ps for ps, _pe in postal_spans]  # in text order, not overlapping
    for s, e in spans:
        end = e
        # only the first postal line after the street can follow it closely (a later one has this one in between)
        i = bisect_left(postal_starts, e)
        if i < len(postal_spans):
            ps, pe = postal_spans[i]
            gap = text[e:ps]
            if len(gap) <= 6 and _POSTAL_GAP.fullmatch(gap):
                end = pe
                used_postal.add(i)
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
        # (round 12) a postal line with the country prefix ("een studio in B-3500 Hasselt") is written only as an
        # address: every one of sets A–M is one
        if _RESIDENCE_CUE.search(ctx) or text[ps] in "Bb":
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
