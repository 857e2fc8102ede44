"""Capitalised words that are a person because of what follows them (issue 16, round 2).

A chain of capitalised words that is in no name list is still a person's name when

* a full date stands right after it, in parentheses, between commas or dashes (``Ioana Suciu, 10 februari 1940,``,
  ``Cliënte X Y – 3-12-2000 –``): two or three words, or one known first name;
* it is followed by a possessive with a role word (``Akver en haar broer``, ``X, zijn vader``; round 7 also the Flemish
  ``X haar dochter``) or by a birth
  (``Jele is op 4/11/1941 geboren``);
* two or three of its words hold a letter no Dutch word has (``ł``, ``ş``, ``ñ``, ``å``, ``ß``, ``ė`` …:
  ``Joško Štefović``), anywhere in a sentence.

None of the words may be an ordinary Dutch word from the hand lists, a place, an organisation word, a title, a role,
a street word, or look like a Dutch noun or adjective (``-ing``, ``-heid``, ``-lijk`` …): ``Decreet Lokaal Bestuur
(22 december 2017)`` is no person.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import COMMON_WORDS, FOREIGN_MONTHS, NOT_NAMES, ROLE_WORDS, ROLES, STREET_WORDS, TITLES, lexicon
from .name_tokens import _Tok

#: letters no Dutch word has (Polish, Turkish, Czech, Romanian, Hungarian, Baltic, Nordic, Iberian, German …): a
#: capitalised word with one is a name. No IGNORECASE: "ı" would match "i". Not the Dutch diaeresis (ë ï ö ü ä is
#: rare but "coördinator" has ö), nor ç ("façade").
_FOREIGN_LETTERS = re.compile(
    r"[łśćńżźąęşğıřčšžőűățșđßñãõåøæāēīūėįųķļņģěůýŁŚĆŃŻŹĄĘŞĞİŘČŠŽŐŰĂȚȘĐÑÃÕÅØÆĀĒĪŪĖĮŲĶĻŅĢĚŮÝÇ"
    # (round 4) Icelandic and Azerbaijani letters
    r"ðþəÐÞƏ]"
    # a Dutch diaeresis only follows a vowel ("reünie", "coördinator"); after a consonant it is German or Turkish
    r"|(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])[äöüëÄÖÜ]|\b[ÄÖÜ]"
)

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|" + FOREIGN_MONTHS
)
_APPOSITION_DATE = re.compile(
    r"[ \t]*(?:\(|,|–|—|-)[ \t]*(?:°|geb\.?)?[ \t]*"
    rf"(?:\d{{1,2}}[./\-]\d{{1,2}}[./\-](?:19|20)?\d\d|\d{{1,2}}(?:e|ste|de)?\s+(?:{_MONTHS})\.?\s+(?:19|20)\d\d"
    # (round 4) "(1990/04/12)", "(12041990)", "(3-mei-1964)", "(19 mrt '14)"
    rf"|(?:19|20)\d\d[/\-]\d{{1,2}}[/\-]\d{{1,2}}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:\s+|-)(?:{_MONTHS})\.?(?:\s+|-)(?:(?:19|20)\d\d|['’]\d\d)"
    # (round 5) "(11-II-1985)", "(Nov 26, 1987)", "(3 févr. 1987)"
    r"|\d{1,2}[./\-](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[./\-](?:19|20)\d\d"
    rf"|(?:{_MONTHS}|mar|oct|may|june|july|march|april|august|january|february)\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d"
    r"|\d{1,2}\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|juill|août|sept|oct|déc|janvier|février|avril|juillet"
    r"|septembre|octobre|novembre|décembre)\.?\s+(?:19|20)\d\d)"
    r"(?![\w/])",
    re.IGNORECASE,
)
_POSSESSIVE_ROLE_AFTER = re.compile(
    # (round 7) also the Flemish possessive without a comma: "Işıl haar dochter", "Ahmed zijn broer"
    r"(?:[ \t]*(?:,|[ \t]en))?[ \t]+(?:haar|zijn)[ \t]+("
    + ROLE_WORDS
    + r")(?![\w])",
    re.IGNORECASE,
)
#: (round 8) also after a comma closing an apposition: "De oudste, X, werd in 2011 geboren"
_BORN_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:is|werd)[ \t]+(?:[\w/.\-]+[ \t]+){0,4}?geboren(?![\w])")
#: endings of Dutch nouns and adjectives: such a capitalised word is rather a heading or an organisation
_DUTCH_TAIL = re.compile(
    r"(?:ing|heid|schap|isme|atie|erij|teit|tuur|ment|ig|lijk|isch|baar|loos|ief|ische|ige|lijke|ale|iele)$"
)
_NOT_PERSON_HEADS = frozenset(
    """
    besluit decreet wet regering raad dienst overleg verslag nota project actieplan kader omzendbrief
    programma codex ministerie kabinet agentschap stad gemeente provincie federale vlaamse lokaal lokale
    team jeugdhuis buurthuis ontmoetingscentrum cultuurcentrum jeugdhuis jeugdwerk jeugddienst buurtcentrum
    speelplein vereniging werking netwerk platform fonds stichting huis centrum dienstverlening
    """.split()
)


def _plain(w: _Tok, lex) -> bool:
    """A capitalised word that may be (part of) a person's name."""
    k = w.key
    if w.upper or w.initial or not w.cap:
        return False
    if k in COMMON_WORDS or k in NOT_NAMES or k in lex.org_tokens or k in lex.place_tokens or k in TITLES:
        return False
    if k in ROLES or k in STREET_WORDS or k in _NOT_PERSON_HEADS:
        return False
    known = k in lex.first_names or k in lex.surnames or k in lex.surname_cores
    # (round 3) a word in no name list that is a frequent Dutch word or two of them ("Speelclub") is no name
    return known or not (_DUTCH_TAIL.search(k) or k in lex.dutch_words or dutch_compound(k, lex))


@cache
def _compound_parts() -> frozenset[str]:
    """(round 4) The frequent Dutch words that may be part of a compound: not the names the word list counts too
    ("nathan", "sami"), unless they are also ordinary Dutch words ("club"). "Rama|nathan" is a name, no compound."""
    lex = lexicon()
    names = lex.first_names | lex.surnames
    return frozenset(w for w in lex.dutch_words if w not in names or w in lex.ambiguous)


def dutch_compound(k: str, lex) -> bool:
    """``k`` is two frequent Dutch words written together ("speel|club", "buurt|werk", "jeugd|s|dienst"): each part
    at least three and four letters."""
    words = _compound_parts()
    return any(
        k[:i] in words and (k[i:] in words or (k[i] == "s" and k[i + 1 :] in words)) for i in range(3, len(k) - 3)
    )


def plain_words(words: list[_Tok], lex) -> bool:
    return all(_plain(w, lex) for w in words)


def person_context(text: str, words: list[_Tok], end: int, lex) -> bool:
    """Is the chain ``words`` (ending at ``end``) a person because of what follows it, or of its letters?"""
    while words and words[0].sent_start and words[0].key in COMMON_WORDS:
        words = words[1:]  # "Voor X Y (12.01.1995)"
    if not 1 <= len(words) <= 3 or not all(_plain(w, lex) for w in words):
        return False
    if len(words) >= 2 and any(_FOREIGN_LETTERS.search(w.text) for w in words):
        return True
    if _APPOSITION_DATE.match(text, end):
        single_ok = words[0].key in lex.first_names and words[0].key not in lex.ambiguous
        # (round 8) one word in no list with a full date in parentheses: "voor Endale (14.09.2023) zoekt …"
        w = words[0]
        listed = w.key in lex.surnames or w.key in lex.first_names or w.key in lex.ambiguous
        in_parentheses = text[end : end + 2].lstrip(" \t")[:1] == "("
        single_ok = single_ok or not w.sent_start and in_parentheses and not listed
        return len(words) >= 2 or single_ok
    return bool(_POSSESSIVE_ROLE_AFTER.match(text, end) or _BORN_AFTER.match(text, end))
