"""Names by the words right around them (issue 16, round 9): Flemish articles, a visit, a home, a title, a heading.

* **Flemish article before a first name**: ``Den X zegt …``, ``Den x werkt …`` (lower case: a word in no Dutch list
  before a person's verb or a parenthesis), ``ons X zit …`` before a person's verb, ``De X van hierachter …``; and
  ``Den X van Kerkstraat 12``, which the address finder reads as one street, is a person and her street. Round 8
  read only a lower-case ``den`` before a capitalised word.
* **A sentence opened by a person**: one to three words in no Dutch list before a finite verb, with ``haar``,
  ``hij``, ``hem`` or ``zij`` later in the same sentence (``Xandra heeft haar diploma …``).
* **A visit**: ``bij X langs``, ``bij X koffie drinken``; ``bij x is de verwarming kapot`` for a lower-case known
  first name (with a surname after it: ``bij lieve claes komt het water binnen``).
* **A title with lower-case particles**: ``mevrouw van den Heuvel``, ``dhr. van der Elst``, also when the surname
  ends like a street; not an office (``meneer van de Stad``).
* **A person named by her home**: ``X, Kerkstraat 12 – …`` (one or two capitalised words in no Dutch list, or a known
  surname, at a line or sentence start, right before a found address).
* **Case headings**: ``Casus: PEETERS, An``, ``Cliënt: Smets, Lore`` (after a case label a surname, a comma and a
  first name, up to the end of the heading), and anywhere a surname in capitals followed by a first name before a
  comma, colon or line end (``DEWILDE Mona,``).

Never: places (``Den Haag``), organisations, ordinary Dutch words from the hand lists, titles, roles, street words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lexicon import COMMON_WORDS, NOT_NAMES, ROLES, STREET_WORDS, TITLES, lexicon
from .name_tokens import _Tok
from .names import _PERSON_VERBS
from .person_context import _compound_parts
from .person_context import _plain as _plain_listed
from .spans import TokensOff

_HERE = re.compile(r"[ \t]+van[ \t]+hier(?:achter|naast|tegenover|boven|onder|over|voor)(?![\w])", re.IGNORECASE)
_PAREN = re.compile(r"[ \t]*\(")
_LINE_OR_SENTENCE_START = re.compile(r"(?:^|[\n.!?:;•*][ \t]*|[\n.!?][ \t]*(?:\*|-|•)[ \t]*)$")
#: a case label before a colon (searched only before the colons of a text)
_CASE_LABEL = re.compile(
    r"(?<![\w])(?i:casus|cliënte?|client|betrokkene|aanmelding|aanvrager|klant|patiënte?|gezin)[ \t]*$"
)
_AFTER_COLON = re.compile(r":[ \t]*")
_GAP_BEFORE_HOME = re.compile(r"[ \t]*[,–—\-][ \t]*$")
#: (round 9) "bij X langs", "bij X koffie drinken", "bij X op bezoek": a visit is to a person
_VISIT_AFTER = re.compile(
    r"[ \t]+(?:langs|koffie|op[ \t]+(?:huis)?bezoek|aan[ \t]+huis|over[ \t]+de[ \t]+vloer)(?![\w])"
)
#: what a house does to its tenant: "bij x is de verwarming kapot", "bij x komt het water binnen"
_HOUSE_AFTER = re.compile(r"[ \t]+(?:is|zijn|komt|lekt|staat|valt)[ \t]+(?:de|het|er)(?![\w])")
#: "Den X van Kroonstraat 27" found as one street: the person and her street
_DEN_OF_STREET = re.compile(r"[Dd]en[ \t]+([^\W\d_][\w\-]*)[ \t]+van[ \t]+(?=[A-ZÀ-Ý])")
#: (round 9) finite verbs after a person who opens a sentence, beyond ``names._PERSON_VERBS``
_MORE_VERBS = frozenset(
    """
    zorgt zorgde tekent tekende mag mocht mist miste betaalde schreef stuurt stuurde koopt kocht verhuist verhuisde
    raakt raakte eet at slaapt huilt huilde loopt liep rijdt reed speelt speelde leert leerde volgt volgde haalt haalde
    brengt bracht weet wist durft kent kende vindt vond probeert probeerde
    """.split()
)
#: a person's pronoun later in the same sentence: "Xandra heeft een diploma uit haar thuisland"
_PERSON_PRONOUN = re.compile(r"[^.!?\n]*?[ \t,](?:haar|hij|hem|zij)(?![\w])", re.IGNORECASE)
#: what ends a heading's name: a comma, colon, semicolon, middle dot, parenthesis or the line's end
_HEADING_END = re.compile(r"[ \t]*(?:[,:;·(]|$)", re.MULTILINE)


def _plain(w: _Tok, lex) -> bool:
    """``person_context._plain``, and (round 9) no compound of two ordinary words from the hand lists either
    ("Zorgpunt", "Kinderarmoede": the frequent-word list leaves out the hand-listed words)."""
    if not _plain_listed(w, lex):
        return False
    k = w.key
    return k in lex.first_names or k in lex.surnames or k in lex.surname_cores or not _common_compound(k)


@lru_cache(maxsize=8192)
def _common_compound(key: str) -> bool:
    parts = _compound_parts()

    def word(part: str) -> bool:
        return part in parts or part in COMMON_WORDS

    return any(
        word(key[:i]) and (word(key[i:]) or key[i] == "s" and word(key[i + 1 :])) for i in range(3, len(key) - 3)
    ) or _compound_tail(key)


def _word_ok(w: _Tok, lex) -> bool:
    k = w.key
    if k in COMMON_WORDS or k in NOT_NAMES or k in TITLES or k in ROLES or k in STREET_WORDS or k in lex.org_tokens:
        return False
    return k not in lex.place_tokens or k in lex.first_names


def _first_name_like(w: _Tok, lex) -> bool:
    """A capitalised word after a Flemish article: no Dutch word unless a known first name."""
    if not w.cap or w.upper or not _word_ok(w, lex):
        return False
    return w.key not in lex.dutch_words or w.key in lex.first_names


def _lower_one_off(w: _Tok, lex) -> bool:
    return not w.cap and len(w.key) >= 3 and _word_ok(w, lex) and w.key not in lex.dutch_words


_TRIGGERS = frozenset({"bij", "den", "ons", "de"})


def find_framed_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for the frames of the module docstring."""
    n = len(toks)
    if n < 2:
        return
    lex = lexicon()
    _split_den_of_street(text, toks, cands, lex)
    off = TokensOff(toks, [(s, e) for _k, s, e in cands])
    found: list[tuple[int, int]] = []
    for i in range(n - 1):
        t = toks[i]
        key = t.key
        if key in _TRIGGERS:
            if off[i + 1] or not toks[i + 1].gap_ok:
                continue
            span = _visited(text, toks, i, lex) if key == "bij" else _after_article(text, toks, i, off, lex)
            if span:
                found.append(span)
        elif t.upper:
            nx = toks[i + 1]
            if len(key) >= 3 and nx.gap_ok and nx.cap and not nx.upper and not off[i] and not off[i + 1]:
                span = _caps_surname_first(text, toks, i, lex)
                if span:
                    found.append(span)
        elif key in TITLES:
            nx = toks[i + 1]
            if nx.particle and not nx.cap and nx.gap_ok and not off[i + 1]:
                span = _title_particles(toks, i, off, lex)
                if span:
                    found.append(span)
        if t.sent_start and i + 1 < n:
            span = _opens_sentence(text, toks, i, off, lex)
            if span:
                found.append(span)
    addr_starts = [s for k, s, _e in cands if k in ("address", "postal_address")]
    if addr_starts:
        found.extend(_before_home(text, toks, off, addr_starts, lex))
    if ":" in text:
        found.extend(_case_headings(text, toks, off, lex))
    for s, e in found:
        cands.append(("person_name", s, e))


def _after_article(text: str, toks: list[_Tok], i: int, off, lex) -> tuple[int, int] | None:
    art, w = toks[i], toks[i + 1]
    nxt = toks[i + 2] if i + 2 < len(toks) else None
    verb_next = nxt is not None and nxt.gap_ok and not nxt.cap and nxt.key in _PERSON_VERBS
    if art.key == "den":
        if not art.cap:
            # lower-case "den X" with a capitalised X is round 8's (name_layout); "van den X" is a surname
            if w.cap or i > 0 and toks[i - 1].key in ("van", "uit", "in", "op", "naar"):
                return None
        elif not art.sent_start:
            return None  # "Van Den Broeck", "Huize Den Berg"
        if w.cap and _first_name_like(w, lex) and not (nxt is not None and nxt.gap_ok and nxt.cap):
            return w.start, w.end
        if _lower_one_off(w, lex) and (verb_next or _PAREN.match(text, w.end)):
            return w.start, w.end
        if not w.cap and verb_next and w.key in lex.first_names and w.key not in lex.ambiguous and _word_ok(w, lex):
            return w.start, w.end  # "Den marino werkt …": a known first name, also when it is a word elsewhere
        surname_next = nxt is not None and nxt.gap_ok and nxt.cap and not off[i + 2] and _plain(nxt, lex)
        if _lower_one_off(w, lex) and surname_next:
            after = toks[i + 3] if i + 3 < len(toks) else None
            if after is not None and after.gap_ok and not after.cap and after.key in _PERSON_VERBS:
                return w.start, nxt.end  # "Den cihan Topcu zegt …"
        return None
    if art.key == "ons":
        if w.cap and _first_name_like(w, lex) and verb_next:
            return w.start, w.end
        return None
    # "De X van hierachter komt …"
    if w.cap and _first_name_like(w, lex) and _HERE.match(text, w.end):
        return w.start, w.end
    return None


def _opens_sentence(text: str, toks: list[_Tok], i: int, off, lex) -> tuple[int, int] | None:
    """``Xandra heeft een diploma uit haar thuisland``, ``bouchra Lemrini betaalde haar huur``: one to three words in
    no Dutch list that open a sentence before a finite verb, with a person's pronoun (haar, hij, hem, zij) later in
    the same sentence. Round 2 asked for two or three words or a letter no Dutch word has."""
    n = len(toks)
    t = toks[i]
    if t.upper:
        return None
    j = i + 1
    while j < n and j - i < 4 and toks[j].gap_ok and (toks[j].particle or toks[j].cap and not toks[j].upper):
        j += 1
    if j >= n or j - i > 3 or not toks[j].gap_ok or toks[j].cap:
        return None
    verb = toks[j].key
    if verb not in _PERSON_VERBS and verb not in _MORE_VERBS or toks[j - 1].particle:
        return None
    if not _PERSON_PRONOUN.match(text, toks[j].end, toks[j].end + 240):  # bounded: linear on any text
        return None
    if not (t.cap and _plain(t, lex) or _lower_one_off(t, lex)) or off[i]:
        return None
    if any(off[k] or not (toks[k].particle or _plain(toks[k], lex)) for k in range(i + 1, j)):
        return None
    if j - i == 1 and (not t.cap and t.key not in lex.first_names or _compound_tail(t.key)):
        return None  # "Kinderarmoede raakt hem": a noun ending in a Dutch word
    return t.start, toks[j - 1].end


def _title_particles(toks: list[_Tok], i: int, off, lex) -> tuple[int, int] | None:
    """``mevrouw van den Heuvel``, ``dhr. van der Elst``: a title, lower-case particles and a capitalised surname, also
    one that ends like a street (``-heuvel``, ``-berg``) or is a word."""
    j = i + 1
    while j < len(toks) and j - i <= 3 and toks[j].particle and not toks[j].cap and toks[j].gap_ok and not off[j]:
        j += 1
    if j >= len(toks) or j == i + 1 or off[j] or not toks[j].gap_ok:
        return None
    w = toks[j]
    if w.cap and " ".join(t.key for t in toks[i + 1 : j + 1]) in lex.surnames:
        return toks[i + 1].start, w.end  # a listed surname: "van den Heuvel"
    if not w.cap or w.upper or not _word_ok(w, lex) and w.key not in STREET_WORDS:
        return None
    if w.key in lex.dutch_words and w.key not in lex.surnames and w.key not in lex.surname_cores:
        return None  # "meneer van de Stad": an office, no surname
    return toks[i + 1].start, w.end


def _compound_tail(key: str) -> bool:
    """``key`` ends in a Dutch word of five letters or more after at least three letters ("kinder|armoede")."""
    parts = _compound_parts()
    return any(key[i:] in parts or key[i:] in COMMON_WORDS for i in range(3, len(key) - 4))


def _split_den_of_street(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]], lex) -> None:
    """``Den Kobe van Molenstraat 3``: the address finder reads a street named after someone; with the Flemish
    article before a first name it is a person and her street."""
    if "en " not in text:
        return
    starts = [t.start for t in toks]
    for idx, (kind, s, e) in enumerate(cands):
        if kind != "address":
            continue
        if text[s : s + 4] in ("Den ", "den "):
            m = _DEN_OF_STREET.match(text, s, e)
            if not m or not (s == 0 or text[s - 1] in " \t\n"):
                continue
        elif text[max(0, s - 4) : s] in ("Den ", "den "):  # "Den Willem van Ter Heydelaan 74": the street from X
            m = _DEN_OF_STREET.match(text, s - 4, e)
            if not m or not (s == 4 or text[s - 5] in " \t\n"):
                continue
        else:
            continue
        k = bisect_left(starts, m.start(1))
        w = toks[k] if k < len(toks) and toks[k].start == m.start(1) else None
        if w is None or not (_first_name_like(w, lex) or _lower_one_off(w, lex)):
            continue
        cands[idx] = (kind, m.end(), e)
        cands.append(("person_name", m.start(1), m.end(1)))


def _visited(text: str, toks: list[_Tok], i: int, lex) -> tuple[int, int] | None:
    """``bij X langs``, ``bij X koffie drinken``; ``bij x is de verwarming kapot`` with a lower-case known first name
    (a capitalised word there may be a shop or a service)."""
    j = i + 1
    w = toks[j]
    end = w.end
    # a lower-case first name with a surname: "bij diny hoekstra komt het water …"
    if not w.cap and j + 1 < len(toks) and toks[j + 1].gap_ok:
        k = j + 1
        while k < len(toks) and toks[k].particle and toks[k].gap_ok:
            k += 1
        sur = toks[k] if k < len(toks) and toks[k].gap_ok and not toks[k].cap else None
        if sur is not None and w.key in lex.first_names and _word_ok(w, lex) and _word_ok(sur, lex):
            if sur.key in lex.surnames or sur.key not in lex.first_names and _HOUSE_AFTER.match(text, sur.end):
                end = sur.end
    if w.cap:
        ok = not w.upper and _plain(w, lex) and _VISIT_AFTER.match(text, end)
    else:
        known = w.key in lex.first_names and w.key not in lex.ambiguous and _word_ok(w, lex)
        ok = known and (
            _VISIT_AFTER.match(text, end) or _HOUSE_AFTER.match(text, end)
        )
    return (w.start, end) if ok else None


def _caps_surname_first(text: str, toks: list[_Tok], i: int, lex) -> tuple[int, int] | None:
    """``DEWILDE Mona,``: a surname in capitals (in no list of words, places or organisations) and a first name."""
    sur, first = toks[i], toks[i + 1]
    if not sur.text.isalpha() and "-" not in sur.text or not _word_ok(sur, lex) or sur.key in lex.dutch_words:
        return None
    if not re.search(r"[AEIOUY]", sur.text) or not (_plain(first, lex) or first.key in lex.first_names):
        return None
    if first.key in lex.dutch_words and first.key not in lex.first_names:
        return None
    if not _HEADING_END.match(text, first.end):
        return None
    return sur.start, first.end


def _before_home(text: str, toks: list[_Tok], off, addr_starts: list[int], lex):
    """``Lemmens, Kapelstraat 4`` at a line or sentence start: the person who lives there."""
    starts = [t.start for t in toks]
    for a in addr_starts:
        gap = _GAP_BEFORE_HOME.search(text, max(0, a - 6), a)
        if not gap:
            continue
        k = bisect_left(starts, gap.start()) - 1  # the token right before the gap
        if k < 0 or toks[k].end != gap.start():
            continue
        for size in (1, 2):
            i = k - size + 1
            if i < 0 or size == 2 and not toks[k].gap_ok:
                break
            t = toks[i]
            if not _LINE_OR_SENTENCE_START.search(text[max(0, t.start - 4) : t.start]):
                continue
            words = toks[i : k + 1]
            if any(off[j] or not w.cap or w.upper for j, w in zip(range(i, k + 1), words, strict=True)):
                break
            if all(_plain(w, lex) or w.key in lex.surnames and _word_ok(w, lex) for w in words):
                yield t.start, toks[k].end
            break


def _case_headings(text: str, toks: list[_Tok], off, lex):
    """``Casus: Smets, Lore,``: a surname, a comma and a first name after a case label."""
    starts = [t.start for t in toks]
    colon = text.find(":")
    while colon >= 0:
        at, colon = colon, text.find(":", colon + 1)
        if not _CASE_LABEL.search(text, max(0, at - 16), at):
            continue
        m = _AFTER_COLON.match(text, at)
        i = bisect_left(starts, m.end())
        if i + 1 >= len(toks) or toks[i].start != m.end():
            continue
        t, first = toks[i], toks[i + 1]
        if not t.cap or off[i] or off[i + 1] or text[t.end : first.start] not in (", ", ","):
            continue
        if not first.cap or first.upper or not _HEADING_END.match(text, first.end):
            continue
        if all(w.upper and _word_ok(w, lex) or _plain(w, lex) for w in (t, first)):
            yield t.start, first.end
