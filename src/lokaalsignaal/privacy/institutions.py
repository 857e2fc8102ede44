"""Names that are part of an institution, a firm or a place rather than a person (split from ``name_layout``,
round 5): ``Villa Clara``, ``Centrum X Y``, ``Jan Breydelstadion``, ``X & Partners``, ``geboren te Sanaa``."""

from __future__ import annotations

import re

from .lexicon import fold, lexicon

#: (round 3) capitalised head words of an institution named after a person: "Huize Johanna", "Residentie Jan Van
#: Eyck", "Fonds Georges Brugmann" are no person
_INSTITUTION_HEADS = frozenset(
    """
    huize villa residentie residence stichting fonds kinderopvang kinderdagverblijf creche school basisschool
    campus instituut college atheneum lyceum academie ziekenhuis kliniek woonzorgcentrum wzc dienstencentrum
    ldc vzw jeugdhuis buurthuis ontmoetingscentrum cultuurcentrum sporthal parochie kerk kapel abdij home
    dienst afdeling team cel
    centrum kringwinkel winkel restaurant cafe brasserie bakkerij apotheek praktijk kantoor
    rue avenue chaussee boulevard place chemin allee impasse quai square
    """.split()
)
#: (round 5) a firm named after its founders: "Verhelst & Partners", "Peeters & Zonen"
_FIRM_AFTER = re.compile(
    r"[ \t]*&[ \t]*(?:partners?|co\b|cie\b|zonen|zoon|zn\b|vennoten|associ[eé]s|fils|dochters|kinderen)",
    re.IGNORECASE,
)
#: (round 5) a capitalised abbreviation before a number: "Max. 31 personen", "Min. 5"
_ABBREVIATION_AFTER = re.compile(r"\.[ \t]*\d")
#: ... and the endings of a building or institution written together with a person's name: "Don Boscocollege"
_INSTITUTION_TAIL = re.compile(
    r"(?:college|school|stadion|ziekenhuis|instituut|centrum|zaal|kapel|fonds|prijs|kliniek)$"
)
_HEAD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]+$")


def _head_before(text: str, s: int) -> bool:
    """A capitalised head word right before ``s``, or (round 5) before up to two more capitalised words: "Centrum
    Jan Frans Willems" (a name of more words than a person chain holds)."""
    pos = s
    for _ in range(3):
        m = _HEAD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None or not m.group(1)[:1].isupper():
            return False
        if fold(m.group(1)) in _INSTITUTION_HEADS:
            return True
        pos = m.start(1)
    return False
#: (round 4) one word where a place stands: "geboren te Sanaa", "werd geboren op … in Bagdad", "afkomstig uit X"
_PLACE_BEFORE = re.compile(
    r"(?:\bte|\b(?:geboren|afkomstig|gevlucht|vandaan|opgegroeid|woonde|verhuisd)\b[^.!?\n]{0,40}?\b(?:in|uit))[ \t]+$",
    re.IGNORECASE,
)


def drop_named_institutions(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Remove ``person_name`` candidates that are (part of) an institution's name: after or starting with a
    capitalised head word (``Villa Clara``, round 5 also ``Centrum X Y``, ``Rue Haute``), or ending in a building word
    (``Jan Breydelstadion``); (round 5) a firm (``X & Partners``) and an abbreviation before a number (``Max. 31``)."""
    lex = lexicon()
    keep = []
    for c in cands:
        kind, s, e = c
        if kind == "person_name":
            first = text[s:e].split()[0]
            last = fold(text[s:e].split()[-1])
            head = _head_before(text, s)
            starts = fold(first) in _INSTITUTION_HEADS and len(text[s:e].split()) > 1
            tail = _INSTITUTION_TAIL.search(last) and last not in lex.surnames and last not in lex.first_names
            firm = _FIRM_AFTER.match(text, e)
            abbreviation = " " not in text[s:e] and _ABBREVIATION_AFTER.match(text, e)
            if head or starts or tail or firm or abbreviation:
                continue
            if " " not in text[s:e] and _PLACE_BEFORE.search(text, max(0, s - 60), s):
                continue
        keep.append(c)
    cands[:] = keep
