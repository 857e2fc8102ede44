"""(Issue 16, round 10) Streets that no list and no street word show, found by the house number after them.

Many Flemish streets are one word without a street word (``Vlasbloem``, ``Reigersnest``, ``Kromhout``), and most are
in no list the guard ships. A word in no Dutch word list followed by a house number that only an address writes is a
street all the same:

* a number with ``nr.``/``n°`` before it, a letter after it or a box (``Reigersnest nr. 4``, ``Vlasbloem 21b``,
  ``Smidsweide 7 bus 3``, ``Kromhout 12/104``, ``kuiperij 9 b2``), also in lower case;
* with a French street type before it in any case: ``rue des tanneurs 50 bus 2``, ``Bd. Anspach 112``;
* a plain number when a residence cue stands before it (``woont op Vlasbloem 21``, ``adres: Kromhout 12``) or a
  postal line follows it (``Vlasbloem 21 - 9000 Gent``, ``Kromhout 12, 3500 Hasselt``).

The word must be in no Dutch word list (``Dossier nr. 12``, ``Kamer 3b``, ``Fase 2b`` are things), no first name, no
place and no word of a count (``artikel``, ``lijn``, ``bus``).
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS, FRENCH_STREET_TYPES, NOT_NAMES, ROLES, SAFE_STREET_SUFFIXES, TITLES, fold, lexicon
from .street_endings import ending_street

_BOX = r"(?:[ \t]*+(?:bus|bte|b)[ \t]*+\d{1,4}(?:\.\d{1,3})?[A-Za-z]?(?![\w])|/\d{3,4}(?![\d/]))"
_FLAT = r"(?:[ \t]*+,?[ \t]*+app\.?[ \t]*+\d{1,4}(?:\.\d{1,3})?(?![\d]))?"
_UNLISTED_STREET_RE = re.compile(
    # (not across a tab: a table's cells, "Wijk<TAB>87")
    r"(?<![\w'’\-./])([^\W\d_][^\W\d_'’\-]{3,}(?:-[^\W\d_]+)?)(?=[ ,]) *+,? *+"
    rf"(?:(?P<nr>(?:nr\.?|n°)[ \t]*+\d{{1,4}}(?:-\d{{1,4}})?(?:[a-d](?![\w]))?{_BOX}?)"
    rf"|(?P<strong>\d{{1,4}}(?:[a-d](?![\w]){_BOX}?|{_BOX}))"
    r"|(?P<plain>\d{1,4}(?:-\d{1,4})?)(?![\w]|[\-/.]\d))"  # not a date: "20-2-1974"
    rf"{_FLAT}(?![.,:]?\d|[ \t]*(?:%|€|euro|keer|x\b|jaar|maand|weken|dagen|uur|km|kg))",
    re.IGNORECASE,
)
#: the numbers are found first (far fewer than the words), then the word before each
_NUMBER_START = re.compile(r"(?=\d)(?<![\w.,/\-])\d")
_STREET_WORD_BEFORE = re.compile(
    r"(?<![\w'’\-./])([^\W\d_][^\W\d_'’\-]{3,}(?:-[^\W\d_]+)?)[ ,] *+,? *+(?:(?:nr\.?|n°)[ \t]*+)?\Z",
    re.IGNORECASE,
)
#: a residence cue right before a street with a plain number
_RESIDENCE_BEFORE = re.compile(
    r"(?:\b(?:woont|wonen|woonde|verblijft|verhuisd\w*|verhuist)(?:[ \t]+\w+)?[ \t]+(?:op|in|aan|naar)"
    r"|\badres\w*[^\n]{0,20}?:|\bc/o[^\n]{0,20}?,)[ \t]*\Z",
    re.IGNORECASE,
)
#: (round 12) also on the next line: "oude molenkamp 17\n8900 ieper" (an address in two lines)
_POSTAL_AFTER = re.compile(r"[ \t]*[,\-–]?[ \t]*\n?[ \t]*(?:[Bb]-)?[1-9]\d{3}[ \t]*,?[ \t]+[^\W\d_]")
#: words that count or name things with a number: never a street
_NUMBERED_THINGS = frozenset(
    """
    artikel art hoofdstuk paragraaf lid punt bijlage fase stap niveau klas kamer lokaal zaal blok route lijn bus
    tram trein nummer versie groep module week dag jaar pagina blz dossier factuur rekening type model code ref
    referentie ticket formulier polis contract verdieping gebouw vak box covid
    """.split()
)
#: a compound of such a word: "Projectnummer 2024/017", "Klantcode 12b"
_THING_END = re.compile("(?:" + "|".join(sorted((t for t in _NUMBERED_THINGS if len(t) > 3), key=len)) + "|nr)$")
_YEAR_SLASH = re.compile(r"\d{4}/")
_SUFFIX_END = re.compile("(?:" + "|".join(sorted(SAFE_STREET_SUFFIXES, key=len, reverse=True)) + ")$")
#: a French street type (and its articles) before the word: "rue des Tanneurs 50", "Bd. Anspach 112"
_FRENCH_HEAD_BEFORE = re.compile(
    r"(?<![\w'’\-])(?:" + "|".join(re.escape(t.rstrip(".")) for t in FRENCH_STREET_TYPES) + r")\.?[ \t]+"
    r"(?:(?:de|du|des|la|le)[ \t]+|[ld]['’][ \t]*)*\Z",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([a-zà-ÿ]+) \Z")


def numbered_thing(key: str) -> bool:
    """(round 12) A word that counts or names a thing by a number: ``artikel``, ``Rolnummer``, ``Klantcode``."""
    return key in _NUMBERED_THINGS or bool(_THING_END.search(key))


def _no_word(key: str, lex) -> bool:
    """In no Dutch list, no name list, no place list: a street's own name."""
    return not (
        key in lex.dutch_words
        or key in COMMON_WORDS
        or key in lex.first_names
        or key in lex.place_tokens
        or key in lex.org_tokens
        or key in NOT_NAMES
        or key in TITLES
        or key in ROLES
        or key in _NUMBERED_THINGS
    )


def find_unlisted_streets(text: str, spans: list[tuple[int, int]]) -> None:
    """Append the spans of streets in no list before a house number only an address writes (module docstring)."""
    lex = None
    after = 0
    for d in _NUMBER_START.finditer(text):
        if d.start() < after:
            continue
        w = _STREET_WORD_BEFORE.search(text, max(after, d.start() - 40), d.start())
        m = _UNLISTED_STREET_RE.match(text, w.start(1)) if w is not None else None
        if m is None:
            continue
        after = m.end()
        lex = lex or lexicon()
        key = fold(m.group(1))
        if not _no_word(key, lex) or _THING_END.search(key) or _YEAR_SLASH.search(text, m.end(1), m.end()):
            continue
        s = m.start(1)
        if m.group("plain") is not None and not (
            _RESIDENCE_BEFORE.search(text, max(0, s - 40), s)
            or _POSTAL_AFTER.match(text, m.end())
            or ending_street(text, m.span(1), m.end(), key, lex)  # (round 12) "op wilgendijk 61" (``street_endings``)
        ):
            continue
        # "jozef cardijnlaan nr. 12": a lower-case first name before a lower-case street is part of the street
        if _SUFFIX_END.search(key) and m.group(1).islower():
            w = _WORD_BEFORE.search(text, max(0, s - 20), s)
            if w is not None and fold(w.group(1)) in lex.first_names and fold(w.group(1)) not in lex.ambiguous:
                s = w.start(1)
        f = _FRENCH_HEAD_BEFORE.search(text, max(0, s - 30), s)
        if f is not None:
            s = f.start()
        spans.append((s, m.end()))
