"""Names in asides and sign-offs (issue 16, round 10).

Each frame points at one to three words; they are a name when ``name_lists._head_ok`` accepts them (no ordinary
Dutch word unless a known first name, no place, organisation, title, role or street word) and no compound of two
ordinary words (``name_frames._plain``):

* **The owner of a number in parentheses** right after a phone number, national number, account or e-mail address:
  ``0470 12 34 56 (Wendelien)``, ``N° national: … (Ysolde Marchal)``; (round 11) also in lower case (``(wendelien)``).
* **The owner before a number in parentheses**: ``Ysolde Marchal (RRN 85.07.30-033.61)``.
* **Whom to call or mail**: ``terugbellen naar X op 0470 …``, ``contact opnemen met X via x@…``.
* **An age in parentheses**: ``Rinalda (43j, …)``, ``de jongen (Oswin, 17j)``, ``ysolde (9 jaar)``.
* **A name in lower case right before a full date**: ``opvolging voor oswin van der kelen 3-4-1988``.
* **A family by its name**: ``de Vermaercke's zitten …`` (``de X's``: the X family).
* **Surname, first name** heading a list item or a line: ``* Vermaercke, Ysolde: geen inkomen``.
* **A sign-off anywhere on a line**, also in lower case and without a comma: ``… maar niemand reageert. merci,
  wendelien``, ``grtz ysolde``, ``Groetjes, Oswin`` (round 9 read closings at a line start only).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import COMMON_WORDS, lexicon
from .name_frames import _common_compound, _plain
from .name_lists import _head_ok
from .name_tokens import _Tok
from .person_context import _DUTCH_TAIL, dutch_compound
from .spans import overlapping

_WORDS = r"([^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})"  # up to four: "Ysolde Van Den Kelen"
_OWNER_AFTER = re.compile(rf"[ \t]*\([ \t]*{_WORDS}[ \t]*\)")
#: "Ysolde Marchal (RRN 85.07.30-033.61)", "oswin de wilde (gsm 0470 …)": the words before an identifier in parentheses
_OWNER_BEFORE = re.compile(rf"(?<![\w'’\-]){_WORDS}[ \t]*\([ \t]*(?:[^\W\d_]{{2,16}}\.?[ \t]*:?[ \t]*)?\Z")
#: "graag opvolging voor oswin van der kelen 3-4-1988": a name in lower case right before a full date (the dates are
#: found first: far fewer than the words)
_FULL_DATE = re.compile(
    r"(?=\d)(?<![\w./\-])\d{1,2}(?:[ \t]*[./\-][ \t]*\d{1,2}[ \t]*[./\-][ \t]*|[ \t]+[^\W\d_]{3,9}\.?[ \t]+)"
    r"(?:19|20)\d\d(?!\d)"
)
_LOWER_BEFORE = re.compile(r"(?<![\w'’\-])([a-zà-ÿ][\w'’\-]*(?:[ \t]+[a-zà-ÿ][\w'’\-]*){1,3})[ \t]+\Z")
_CALL_BEFORE_ID = re.compile(rf"(?<![\w])(?:naar|met)[ \t]+{_WORDS}[ \t]+(?:op|via)[ \t]*:?[ \t]*\Z", re.IGNORECASE)
_AGE = r"\d{1,2}[ \t]*(?:j|jr|jaar)\.?(?![\w])"
#: found at the parenthesis (far fewer than the words): "(Oswin, 17j)", or the word before "(43j"
_AGED = re.compile(rf"\([ \t]*(?:([^\W\d_][\w'’\-]*)[ \t]*,[ \t]*)?{_AGE}")
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([^\W\d_][\w'’\-]*)[ \t]*\Z")
_FAMILY = re.compile(r"(?=de[ \t])(?<![\w'’\-])de[ \t]+([A-ZÀ-Ý][\w\-]*[a-zà-ÿ])['’]s(?![\w])")
_SIGN_OFF = re.compile(
    r"(?=[bdgmt])(?<![\w'’\-])"  # the first letter first: most positions fail there
    r"(?:merci|bedankt|dank[ \t]+(?:u|je)|dankjewel|dankuwel|thanks|groetjes|groeten|grtz|gr\.|mvg)"
    rf"[ \t]*[,!.]?[ \t]*\n?[ \t]*{_WORDS}[ \t]*(?:\([^()\n]{{2,30}}\)[ \t]*)?(?:\n|\Z)",
    re.IGNORECASE,
)
_ID_KINDS = frozenset({"phone", "national_number", "iban", "email"})
#: (round 12) Dutch writes no article before a name in lower case: "de mentor", "een tolk", "het kind"
_ARTICLES = frozenset({"de", "het", "een", "die", "deze"})
#: (round 10) "* Vermaercke, Ysolde: …", "Van Damme, Oswin - nieuwkomer": a surname, a comma and a first name heading
#: a list item or a line
_SURNAME_FIRST = re.compile(
    r"(?m)^[ \t]*(?:[*\-•·][ \t]+)?([A-ZÀ-Ý][\w'’\-]*(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?,[ \t]+[A-ZÀ-Ý][\w'’\-]*)"
    r"[ \t]*(?::|[–—-][ \t])"
)


def _lead_word(w: _Tok, lex) -> bool:
    """An ordinary word or a particle that a lower-case frame may have taken in before the name."""
    k = w.key
    return w.particle or k in COMMON_WORDS or k in lex.dutch_words and k not in lex.first_names


def _word_ok(w: _Tok, lex) -> bool:
    """``name_frames._plain`` for a word in any case (the rest ``name_lists._head_ok`` checks)."""
    if w.cap:
        return _plain(w, lex) or w.key in lex.first_names
    k = w.key
    if k in lex.first_names or k in lex.surnames:
        return True
    return not (_DUTCH_TAIL.search(k) or dutch_compound(k, lex) or _common_compound(k))


def find_aside_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for the frames of the module docstring."""
    if not toks:
        return
    # (start, end, how: 0 capitalised words only, 1 also lower case, 2 also lower case but two words or more)
    spans: list[tuple[int, int, int]] = []
    for kind, s, e in cands:
        if kind not in _ID_KINDS:
            continue
        m = _OWNER_AFTER.match(text, e)
        if m:  # (round 11) also in lower case: "0470 12 34 56 (wendelien)"
            spans.append((m.start(1), m.end(1), 3))
        m = _CALL_BEFORE_ID.search(text, max(0, s - 50), s)
        if m:
            spans.append((m.start(1), m.end(1), 1))
        if s and "(" in text[max(0, s - 20) : s]:
            m = _OWNER_BEFORE.search(text, max(0, s - 60), s)
            if m:
                spans.append((m.start(1), m.end(1), 1))
    if "(" in text:
        for m in _AGED.finditer(text):
            w = m if m.group(1) is not None else _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if w is not None:
                spans.append((w.start(1), w.end(1), 1))
    if "'s" in text or "’s" in text:
        spans.extend((m.start(1), m.end(1), 0) for m in _FAMILY.finditer(text))
    spans.extend((m.start(1), m.end(1), 1) for m in _SIGN_OFF.finditer(text))
    for d in _FULL_DATE.finditer(text):
        m = _LOWER_BEFORE.search(text, max(0, d.start() - 60), d.start())
        if m:
            spans.append((m.start(1), m.end(1), 2))
    if "," in text:
        spans.extend((m.start(1), m.end(1), 0) for m in _SURNAME_FIRST.finditer(text))
    add_checked_names(toks, cands, spans)


def add_checked_names(
    toks: list[_Tok], cands: list[tuple[str, int, int]], spans: list[tuple[int, int, int]], beside: bool = False
) -> None:
    """Add the spans whose words may be a name as ``person_name`` candidates, where no candidate stands yet.
    ``spans``: (start, end, how), how 0 capitalised words only, 1 also lower case (ordinary words before the name are
    dropped), 2 also lower case but two words or more, 3 also lower case, as they stand. ``beside``: (round 11) where
    no name stands yet; a candidate of another kind decides when the findings are resolved (``detector._resolve``)."""
    if not spans:
        return
    lex = None
    starts = [t.start for t in toks]
    found: list[tuple[int, int]] = []
    for s, e, how in spans:
        i = bisect_left(starts, s)
        words = []
        while i < len(toks) and toks[i].end <= e:
            words.append(toks[i])
            i += 1
        if not words or words[0].start != s or any(w.upper for w in words):
            continue
        lex = lex or lexicon()
        article = False
        while how in (1, 2) and len(words) > 1 and not words[0].cap and _lead_word(words[0], lex):
            article = words[0].key in _ARTICLES
            words.pop(0)  # "voor ysolde marchal 3-4-1988": the preposition is no part of the name
        if article and len(words) == 1 and not words[0].cap and words[0].key in lex.dutch_words:
            continue  # (round 12) "bel naar de mentor op 0470 …": after an article an ordinary word is a noun
        if words[0].particle and not words[0].cap or how == 2 and sum(not w.particle for w in words) < 2:
            continue
        s = words[0].start
        if not how and not all(w.cap for w in words):
            continue
        if all(w.particle or _word_ok(w, lex) for w in words) and _head_ok(words, lex, signed=True):
            found.append((s, e))
    if not found:
        return
    hit = overlapping(sorted((s, e) for k, s, e in cands if not beside or k == "person_name"), found)
    for (s, e), h in zip(found, hit, strict=True):
        if not h:
            cands.append(("person_name", s, e))
