"""Names by what stands right next to them (issue 16, round 9): a birth, another name, a verb done to a person.

* **Before a birth.** One to three words right before a birth cue (``yara geb. 3/4/'81``, ``CV van Tamsin: geboren
  12/01/1990``, ``Odile Ferrand (°1966-02-11)``, ``ilse, geboren op …``) when a birth date was found there: a
  capitalised word in no Dutch list, or a lower-case word in none; the first word may be a known first name.
* **Beside another name.** ``Zenna en Liam Goossens zijn …`` once one of them is found: a single word joined by
  ``en`` (or by a comma inside a list) to a found name, capitalised and in no Dutch list (or a known first name), or
  in lower case a known first name that is no ordinary word (only with ``en``).
* **Whose number.** ``de nieuwe gsm van X: 0470 …``, ``het rijksregisternummer van x: …``: one word in no Dutch
  list (or a known first name) between ``van`` and a colon right before a phone number, e-mail address, account or
  national number.
* **Two people opening a sentence** before a verb in the plural: ``Zenna en Liora zijn …`` (both capitalised, in no
  Dutch list or known first names).
* **Done to a person.** ``Ik heb Wendelien gezegd …``, ``Ik heb aan X gezegd``, ``De kinderopvang heeft X
  uitgeschreven``: after a form of ``hebben`` (and ``aan``/``met``), one capitalised word in no Dutch list, then at
  most three lower-case words and a participle only a person undergoes (``gezegd``, ``gezien``, ``beloofd``,
  ``uitgelegd``, ``uitgeschreven`` …; ``gebeld``/``gevraagd``, which a service undergoes too, only for a known first
  name).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import COMMON_WORDS, NOT_NAMES, ROLES, STREET_WORDS, TITLES, lexicon
from .name_frames import _plain
from .name_tokens import _Tok
from .spans import TokensOff, overlapping

_BIRTH_CUE = re.compile(r"[ \t]*(?:[,:(][ \t]*)?(?:°|geb\.|geboren(?![\w])|geboortedatum)", re.IGNORECASE)
_JOINED_AFTER = re.compile(r"[ \t]*(?:,|[ \t]en)[ \t]+")
_JOINED_BEFORE = re.compile(r"(?:,[ \t]*|[ \t]en[ \t]+)$")
#: a birth cue that ends right before a found birth date ("geb. ", "° ", ", geboren op ")
_CUE_BEFORE = re.compile(r"(?:[,:(][ \t]*)?(?:°|geb\.|geboren|geboortedatum)[^\n°]{0,14}$", re.IGNORECASE)
#: (round 9) the owner of an identifier: "van X: <phone, e-mail, account, national number>"
_ID_KINDS = frozenset({"phone", "email", "iban", "national_number"})
_OF_BEFORE_ID = re.compile(r"(?<![\w])van[ \t]+([^\W\d_][\w'’\-]*)[ \t]*:[ \t]*$")
#: (round 9) "X en Y zijn …": two people who open a sentence before a verb in the plural
_PLURAL_VERBS = frozenset(
    """
    zijn waren hebben hadden moeten moesten wonen woonden kregen krijgen kunnen konden willen wilden gaan gingen
    komen kwamen zitten zaten slapen sliepen leven leefden missen misten
    """.split()
)
_LIST_OPEN = re.compile(r"(?:^|[:;\n(]|,|[ \t]en)[ \t]*$")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|[ \t]en[ \t]|[.:;)\n]|$)")
#: Dutch number words ("vierendertig", "honderd"): no names, also when no word list holds them
_NUMBER_WORD = re.compile(
    r"(?:tig|tien|honderd|duizend|miljoen|twaalf|elf)$|^(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)$"
)
_HAVE = frozenset("heb heeft hebben had hadden".split())
_TO_PERSON = frozenset(
    """
    gezegd gezien beloofd uitgelegd verteld ontmoet bezocht doorverwezen uitgeschreven ingeschreven aangemeld
    geholpen begeleid getroost aangesproken
    """.split()
)
_TO_ANYONE = frozenset("gebeld gevraagd gemaild gesproken".split())


def _word_ok(w: _Tok, lex) -> bool:
    k = w.key
    if k in COMMON_WORDS or k in NOT_NAMES or k in TITLES or k in ROLES or k in STREET_WORDS or k in lex.org_tokens:
        return False
    return k not in lex.place_tokens or k in lex.first_names


def _name_word(w: _Tok, lex, first: bool = False) -> bool:
    """A word that may be part of a name here: capitalised and in no Dutch list (``_plain``), or lower case and in
    no Dutch list; ``first``: a known first name that is no ordinary word also counts."""
    if w.upper or w.initial or not _word_ok(w, lex) or _NUMBER_WORD.search(w.key):
        return False
    if first and w.key in lex.first_names and w.key not in lex.ambiguous:
        return True
    if w.cap:
        return _plain(w, lex)
    return len(w.key) >= 3 and w.key not in lex.dutch_words


def find_neighbour_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for the frames of the module docstring."""
    n = len(toks)
    if n < 2:
        return
    lex = lexicon()
    off = TokensOff(toks, [(s, e) for _k, s, e in cands])
    starts = [t.start for t in toks]
    found: list[tuple[int, int]] = []
    # before a birth: the words before the cue
    for b in (s for k, s, _e in cands if k == "birth_date"):
        cue = _CUE_BEFORE.search(text, max(0, b - 24), b)
        if not cue:
            continue
        i = bisect_left(starts, cue.start()) - 1
        if i >= 0 and toks[i].end <= cue.start() and _BIRTH_CUE.match(text, toks[i].end) and not off[i]:
            span = _words_before(toks, i, off, lex)
            if span:
                found.append(span)
    # beside another name
    names = [(s, e) for k, s, e in cands if k == "person_name"]
    others = sorted((s, e) for k, s, e in cands if k != "person_name")
    if others and names:  # a name that overlaps an address or identifier loses to it
        names = [span for span, hit in zip(names, overlapping(others, names), strict=True) if not hit]
    for s, e in names:
        after = _JOINED_AFTER.match(text, e)
        if after:
            i = bisect_left(starts, after.end())
            if i < n and toks[i].start == after.end() and _beside(text, toks, i, off, lex, "," in after.group(), True):
                found.append((toks[i].start, toks[i].end))
        before = _JOINED_BEFORE.search(text, max(0, s - 6), s)
        if before:
            i = bisect_left(starts, before.start()) - 1
            if i >= 0 and toks[i].end == before.start() and _beside(
                text, toks, i, off, lex, "," in before.group(), False
            ):
                found.append((toks[i].start, toks[i].end))
    # whose number: "de nieuwe gsm van X: 0470 …", "het rijksregisternummer van x: …"
    for p in (s for k, s, _e in cands if k in _ID_KINDS):
        of = _OF_BEFORE_ID.search(text, max(0, p - 40), p)
        if of:
            i = bisect_left(starts, of.start(1))
            if i < n and toks[i].start == of.start(1) and toks[i].end == of.end(1) and not off[i]:
                if _name_word(toks[i], lex, first=True):
                    found.append((toks[i].start, toks[i].end))
    # two people opening a sentence: "X en Y zijn …"
    for i in range(n - 3):
        t = toks[i]
        if t.sent_start and t.cap and toks[i + 1].key == "en" and toks[i + 3].key in _PLURAL_VERBS:
            pair = (t, toks[i + 2])
            if all(w.gap_ok for w in toks[i + 1 : i + 4]) and toks[i + 2].cap and not toks[i + 3].cap:
                if not (off[i] or off[i + 2]) and all(_name_word(w, lex, first=True) for w in pair):
                    found.extend((w.start, w.end) for w in pair)
    # done to a person
    for i in range(n - 2):
        if toks[i].key in _HAVE:
            span = _done_to(toks, i, off, lex)
            if span:
                found.append(span)
    for s, e in found:
        cands.append(("person_name", s, e))


def _beside(text: str, toks: list[_Tok], i: int, off, lex, comma: bool, after_name: bool) -> bool:
    """Is token ``i``, joined by ``en`` or a comma to a found name (after it when ``after_name``), a name too?"""
    t = toks[i]
    if off[i] or not (t.cap or t.key in lex.first_names) or t.sent_start and t.key in COMMON_WORDS:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.gap_ok and (nxt.cap or nxt.particle):
        return False  # part of a longer chain: the other finders judge it
    if comma:
        # a comma joins a list: it goes on past this word ("X, Y en Z"), or this word opens it
        if not t.cap:
            return False
        if after_name and not _LIST_GOES_ON.match(text, t.end):
            return False
        if not after_name and not _LIST_OPEN.search(text[max(0, t.start - 3) : t.start]):
            return False
    return _name_word(t, lex, first=True)


def _words_before(toks: list[_Tok], i: int, off, lex) -> tuple[int, int] | None:
    """One to three name words ending at token ``i`` (the one before a birth cue)."""
    j = i
    while j > 0 and i - j < 2 and toks[j].gap_ok and not toks[j].sent_start and not off[j - 1] and (
        toks[j - 1].particle or _name_word(toks[j - 1], lex, first=True)
    ):
        j -= 1
    while j < i and toks[j].particle:
        j += 1
    words = [w for w in toks[j : i + 1] if not w.particle]
    if not words or not _name_word(words[0], lex, first=True):
        return None
    if any(not (_name_word(w, lex, first=True) or _word_ok(w, lex) and w.key not in COMMON_WORDS) for w in words):
        return None
    return toks[j].start, toks[i].end


def _done_to(toks: list[_Tok], i: int, off, lex) -> tuple[int, int] | None:
    j = i + 1
    if toks[j].key in ("aan", "met") and not toks[j].cap:
        j += 1
    if j >= len(toks) or off[j]:
        return None
    w = toks[j]
    if not w.cap or w.upper or not _word_ok(w, lex):
        return None
    known = w.key in lex.first_names and w.key not in lex.ambiguous
    if not (known or _plain(w, lex)):
        return None
    for k in range(j + 1, min(len(toks), j + 5)):
        v = toks[k]
        if v.cap:
            return None
        if v.key in _TO_PERSON or v.key in _TO_ANYONE and known:
            return w.start, w.end
    return None
