"""Names that are part of an institution, a firm or a place rather than a person (split from ``name_layout``,
round 5): ``Villa Clara``, ``Centrum X Y``, ``Jan Breydelstadion``, ``X & Partners``, ``geboren te Sanaa``."""

from __future__ import annotations

import re

from .lexicon import TITLES, fold, lexicon
from .name_tokens import _fold_word

#: (round 3) capitalised head words of an institution named after a person: "Huize Johanna", "Residentie Jan Van
#: Eyck", "Fonds Georges Brugmann" are no person
_INSTITUTION_HEADS = frozenset(
    """
    huize villa residentie residence stichting fonds kinderopvang kinderdagverblijf creche school basisschool
    campus instituut college atheneum lyceum academie ziekenhuis kliniek woonzorgcentrum wzc dienstencentrum
    ldc vzw jeugdhuis buurthuis ontmoetingscentrum cultuurcentrum sporthal parochie kerk kapel abdij home
    dienst afdeling team cel
    centrum kringwinkel winkel restaurant cafe brasserie bakkerij apotheek praktijk kantoor
    huis project lokaal atelier zaal museum theater bibliotheek speelplein sportclub asbl
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
#: one or two capitalised words right after a name
_CAPITALS_AFTER = re.compile(r"(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*){1,2}")
_HEAD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]+$")
#: (round 7) a head written together with what it is: "Ontmoetingshuis", "Freinetschool", "Huiswerkklas",
#: "Tienerwerking", "Jeugdwerkplaats" (at least three letters before the ending: not "Thuis")
_HEAD_TAIL = re.compile(
    r".{3,}(?:huis|school|klas|werking|werkplaats|atelier|centrum|restaurant|opvang|club|kring|zaal|fonds|stichting|"
    r"vereniging|winkel|theater|museum|bibliotheek|academie|instituut|college|project)$"
)
#: (round 7) lower-case heads: "vzw De Vrienden van X", "het project Mama X", "Sociaal restaurant Bij X"
_LOWER_HEADS = frozenset({"vzw", "asbl", "v.z.w", "project", "restaurant", "kinderopvang", "huiswerkklas"})
INSTITUTION_HEADS = _INSTITUTION_HEADS
LOWER_HEADS = _LOWER_HEADS


def _is_head(word: str) -> bool:
    key = _fold_word(word)
    return key in _INSTITUTION_HEADS or bool(_HEAD_TAIL.match(key))


_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’.\-]*")


def head_in_line_before(text: str, s: int) -> bool:
    """(round 7) An institution's head word in any case among the four words before ``s`` on its line: in a line in
    capitals, "SOCIAAL RESTAURANT BIJ ARAM", "VZW DE VRIENDEN VAN X", "ATHENEUM PATER DAMIAAN", "RUE HEYVAERT"."""
    line_start = text.rfind("\n", 0, s) + 1
    words = _WORDS_BEFORE.findall(text, max(line_start, s - 60), s)[-4:]
    return any(_is_head(w) or fold(w).rstrip(".") in _LOWER_HEADS for w in words)


def _head_before(text: str, s: int) -> bool:
    """A capitalised head word right before ``s``, or (round 5) before up to two more capitalised words: "Centrum
    Jan Frans Willems" (a name of more words than a person chain holds)."""
    pos = s
    for step in range(3):
        m = _HEAD_BEFORE.search(text, max(0, pos - 30), pos)
        if m is None:
            return False
        word = m.group(1)
        if not word[:1].isupper():
            # (round 7) "vzw X", "het project Mama X", "Sociaal restaurant Bij X": a lower-case head after an
            # article or a capitalised word; "Kinderopvang Jules en Marie": one "en" between the names
            key = fold(word).rstrip(".")
            if key in _LOWER_HEADS:
                if key in ("vzw", "asbl", "v.z.w"):
                    return True
                art = _HEAD_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1))
                return art is not None and (art.group(1)[:1].isupper() or fold(art.group(1)) in ("de", "het"))
            if key == "en" and step == 0 or key in TITLES:
                pos = m.start(1)  # "ontmoetingshuis zuster X" in a text written in lower case
                if key in TITLES:
                    # (round 10) "de vzw Zonnebloem mevrouw X": a title after the institution's own name opens a
                    # person's name
                    prev = _HEAD_BEFORE.search(text, max(0, pos - 30), pos)
                    if prev is not None and prev.group(1)[:1].isupper() and not _is_head(prev.group(1)):
                        return False
                continue
            return bool(_HEAD_TAIL.match(key))
        if _is_head(word):
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
            last = _fold_word(text[s:e].split()[-1])
            head = _head_before(text, s)
            starts = _is_head(first) and len(text[s:e].split()) > 1
            tail = _INSTITUTION_TAIL.search(last) and last not in lex.surnames and last not in lex.first_names
            # (round 7) "het Jan Frans Willemsfonds": a building word written together with the next words
            after = _CAPITALS_AFTER.match(text, e)
            if after and not tail:
                nxt = [fold(w) for w in after.group().split()]
                tail = any(
                    _INSTITUTION_TAIL.search(w) and w not in lex.surnames and w not in lex.first_names for w in nxt
                )
            firm = _FIRM_AFTER.match(text, e)
            abbreviation = " " not in text[s:e] and _ABBREVIATION_AFTER.match(text, e)
            if head or starts or tail or firm or abbreviation:
                continue
            if " " not in text[s:e] and _PLACE_BEFORE.search(text, max(0, s - 60), s):
                continue
        keep.append(c)
    cands[:] = keep
