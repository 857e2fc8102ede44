"""Names found by where they stand rather than by a name list (issue 16, round 3).

A short chain of capitalised words (one to three, particles allowed inside) that no earlier rule took is a person's
name when its place in the text says so:

* next to a personal identifier: ``X Y (x.y@mail.be)``, ``Van: X Y <…>``, ``X Y – 850730-033-61 –``,
  ``Geb. 3/4/1982 – X Y –``, ``t.n.v. X Y``;
* with an apposition of a person: ``X, de oudste dochter van …``, ``X Y, een jonge vader``, ``X (31 jaar)``,
  ``X Y (alleenstaande moeder, …)``;
* as an entry of a list of people: ``Kinderen: X (…), Y (…)``, ``Cliënt: X Y``, a bullet ``- X Y: …`` or
  ``* X Y (…)``, ``Dossier X Y:``;
* alone on a line under a closing greeting (``Groetjes,`` / ``mvg``: a signature) or above an address line;
* mid-sentence after a lower-case word, two or three words in a row (``Gesprek gehad met X Y, …``): in Dutch only
  proper nouns are capitalised there; ``bij X thuis``.

Round 4: a double surname counts as two words (``Dossier X-Y:``); after ``namens``, ``i.o.v.``, ``t.a.v.``,
``betreft:``, ``cc``, a greeting (``Beste X,``), ``@``, ``de identiteitskaart van``; before ``'s zoon``; a role with
the name in parentheses (``de tolk (X Y)``); the next name after a name and ``/``, ``,`` or ``en``; two or three words
after a colon, before an identifier label (``X Y, rijksregisternr.``) or making up a sentence of their own (``X Y.
Geen papieren …``); one word after a verb of seeing (``ik zag X``), or a known first name after ``volgens`` before a
verb or after ``belde``; a name before ``°`` and a date.

Every word must pass ``person_context._plain``: no ordinary Dutch word from the hand lists, place, organisation
word, title, role, street word, or Dutch noun/adjective ending. One word alone needs a stronger cue (apposition,
list of people, signature) than two or three.
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS, NOT_NAMES, ORGANISATIONS, ROLES, STREET_WORDS, TITLES, fold, lexicon
from .name_tokens import _THING_CONTEXT, _Tok, phrase_spans, tokens_of
from .person_context import _FOREIGN_LETTERS, _plain
from .spans import overlapping
from .street_words import DERIVED_STREET_SUFFIXES, SAFE_STREET_SUFFIXES

_ROLE_RX = "|".join(
    re.escape(r).replace("e", "[eë]").replace("i", "[iï]") for r in sorted(ROLES, key=len, reverse=True)
)
_IDENTIFIER_KINDS = frozenset({"email", "national_number", "phone", "iban", "birth_date"})
#: what may stand between a name and an identifier next to it
_ID_COMMA_GAP = re.compile(r",[ \t]?")
_GAP_AFTER = re.compile(r"[ \t]*(?:[(<,:–—\-][ \t]*(?:°[ \t]*)?)?$")
_ID_GAP_BEFORE = re.compile(r"^[ \t]*(?:[)>,–—\-][ \t]*)?$")
_TNV = re.compile(r"(?:\bt\.?\s?n\.?\s?v\.?|\bten name van|\bop naam van)[ \t]*:?[ \t]*$", re.IGNORECASE)
_HEADER = re.compile(r"(?:^|\n)[ \t]*(?:van|aan|from|to|cc|afzender)[ \t]*:[ \t]*$", re.IGNORECASE)
_APPOSITION_ROLE = re.compile(
    rf"[ \t]*,[ \t]+(?:de|het|een|haar|zijn|mijn|onze)[ \t]+(?:[^\W\d]+[ \t]+){{0,2}}?(?:{_ROLE_RX})(?![\w])",
    re.IGNORECASE,
)
_PAREN_PERSON = re.compile(
    rf"[ \t]*\([ \t]*(?:\d{{1,3}}[ \t]*(?:jaar|j\.|jr\.?)(?![\w])|(?:[^\W\d]+[ \t]+)?(?:{_ROLE_RX})(?![\w]))",
    re.IGNORECASE,
)
_PAREN_DATE = re.compile(r"[ \t]*\([ \t]*(?:°[ \t]*)?(?:\d{1,2}(?:[./\-]|(?:e|ste|de)?[ \t]+[^\W\d]+)|\d{4}-\d\d)")
#: (round 5) also a table row: "Aanvrager<TAB>X Y<TAB>…"
_ROLE_COLON = re.compile(rf"(?:^|[\s(])(?:{_ROLE_RX})(?:[ \t]*:[ \t]*|[ ]*\t[ \t]*)$", re.IGNORECASE)
_DOSSIER = re.compile(r"(?:^|\n)[ \t]*(?:dossier|opvolging|aanmelding|huisbezoek(?:[ \t]+bij)?)[ \t]*:?[ \t]*$",
                      re.IGNORECASE)
_BULLET = re.compile(r"(?:^|\n)[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+$")
_ENTRY_END = re.compile(r"[ \t]*(?::|\(|,|[–—][ \t])")
_CLOSING = re.compile(
    r"(?:groetjes|groeten|vriendelijke groeten|met vriendelijke groet(?:en)?|mvg|vg|gr|dank|bedankt|"
    r"hartelijke groeten|warme groeten|alvast bedankt|tot straks|tot later|cheers)[ \t]*[,.!]?[ \t]*\n[ \t]*$",
    re.IGNORECASE,
)
#: (round 4) a sign-off on the same line as the name: "grtjs X", "mvg X"
_CLOSING_INLINE = re.compile(
    r"(?:^|\n|[.!][ \t]+)[ \t]*(?:groetjes|grtjs|grtz|grts|groeten|mvg|vg|gr)[ \t]*,?[ \t]+$", re.IGNORECASE
)
#: (round 5) also French: "X Y, né le …", "X (née …)"
_BORN = re.compile(r"[ \t]*(?:(?:,[ \t]*|\([ \t]*)(?:geboren|geb\.|°|née?(?![\w]))|°[ \t]*\d)", re.IGNORECASE)
#: (round 4) on behalf of / for the attention of / about a person, and a copy line: "Namens X Y:", "cc X Y"
_FOR_PERSON = re.compile(
    r"(?:\bnamens|\bi\.\s?o\.\s?v\.?|\bin opdracht van|\bbetreft[ \t]*:|\bt\.\s?a\.\s?v\.?|\bter attentie van"
    r"|(?:^|\n)[ \t]*cc\b)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
#: (round 4) "de tolk (X Y)": a role, then the name in parentheses
_ROLE_PAREN = re.compile(rf"(?<![\w])(?:{_ROLE_RX}|tolk|maatschappelijk werker)[ \t]*\([ \t]*$", re.IGNORECASE)
_PAREN_CLOSE = re.compile(r"[ \t]*\)")
#: (round 5) "BE71 … (X) ok": an account holder in parentheses after an IBAN; group 2: a particle ("(El X)")
_HOLDER_OPEN = re.compile(r"([ \t]*\([ \t]*)((?:[A-Z][a-z]{0,2}[ \t]+){0,2})$")
#: (round 4) right after a name: "X Y / Z W", "X Y, Z W", "X Y en Z W", "X Y (CAW), Z W"
_AFTER_NAME = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*[/,;][ \t]*|[ \t]+en[ \t]+)$")
#: (round 4) a sentence of its own: "X Y. Geen papieren, …"
_SENTENCE_OF_ITS_OWN = re.compile(r"[ \t]*[.!](?:\s|$)")
#: (round 4) verbs after which one capitalised word is someone seen, met or helped: "ik zag X vanmorgen"; after a
#: verb of calling only a known first name (a service is called too: "ik belde Sibelga")
_SEE_VERBS = frozenset("zag zie ziet ontmoette hielp help helpt begeleid begeleidt begeleidde".split())
_CALL_VERBS = frozenset("belde bel belt hoorde contacteerde mailde".split())
#: (round 4) a greeting at the start of a line: "Beste X,", "Dag X Y,", "Hoi X!"
_GREETINGS = frozenset("beste dag hallo hoi hey hi goedemorgen goedemiddag goedenavond lieve geachte".split())
_GREETING_END = re.compile(r"[ \t]*(?:[,!]|\n|$)")
#: (round 4) "X's zoon", "X’s mama": a possessive before a role
_POSSESSIVE_AFTER = re.compile(rf"['’]s?[ \t]+(?:{_ROLE_RX})(?![\w])", re.IGNORECASE)  # (round 5) "Dierickx' broer"
#: (round 5) a genitive without apostrophe before a role word: "Ahmeds vader", "dat Beriks broer"
_ROLE_AFTER = re.compile(rf"[ \t]+(?:{_ROLE_RX})(?![\w])")
#: (round 4) "X Y, rijksregisternr. …", "X Y, tel. …": a name followed by the label of an identifier
_ID_LABEL_AFTER = re.compile(
    r"[ \t]*[,:–—\-][ \t]*(?:rijksregister\w*|rrn|insz\w*|rek(?:ening)?\w*\.?|iban|tel\.?|telefoon\w*|gsm|"
    # (round 8) also "nationaal nummer", "bisnummer"
    r"e-?mail|adres|geb\.?|geboren|nationaal[ \t]+nummer|bisnummer)(?![\w])",
    re.IGNORECASE,
)
_FOR_PERSON_HINT = re.compile(r"(?i:namens|o\.|opdracht|betreft|a\.|attentie|cc)")
#: (round 4) a person's own papers: "de identiteitskaart van X", "de geboortedatum van X"
_PAPERS_OF = re.compile(
    r"\b(?:identiteitskaart|id-kaart|eid|verblijfskaart|verblijfsvergunning|paspoort|rijksregisternummer|"
    r"geboortedatum|geboorteakte|geboorteplaats)[ \t]+van[ \t]+$",
    re.IGNORECASE,
)
_AFTER_COLON = re.compile(r":[ \t]*$")
_VERB_AFTER_SOURCE = frozenset("is was heeft had zegt zei vindt vond wil wilde kan kon moet".split())
#: heading words that open a note about one person: "Opvolging X Y — …"
_HEADINGS = frozenset(
    "dossier opvolging aanmelding huisbezoek gesprek melding verslag contact bezoek afspraak intake "
    "aanvraag nota doorverwijzing".split()
)
#: adjectives made of a place ("Brugse Poort", "Gentse Feesten"): no name
_PLACE_ADJECTIVE = re.compile(r"(?:se|sche)$")


_STREET_END = re.compile(
    "(?:" + "|".join(sorted(SAFE_STREET_SUFFIXES + DERIVED_STREET_SUFFIXES, key=len, reverse=True)) + ")$"
)


def _plain_here(w: _Tok, lex) -> bool:
    """``_plain`` (which also turns away frequent Dutch words and compounds of two in no name list), and no adjective
    made of a place ("Brugse Poort"); (round 4) nor a street name without number ("Blaisantvest")."""
    if not _plain(w, lex):
        return False
    k = w.key
    known = k in lex.first_names or k in lex.surnames or k in lex.surname_cores
    return known or not (_PLACE_ADJECTIVE.search(k) or _STREET_END.search(k))


_COMMA_GAP = re.compile(r",[ \t]?")
#: (round 5) a note's subject at a line start: "ivm X: …"
_ABOUT = re.compile(r"(?:^|\n)[ \t]*(?:ivm|i\.v\.m\.?)[ \t]+$", re.IGNORECASE)


def _genitive(words: list[_Tok], after: str, lex) -> bool:
    """(round 5) "Ahmeds vader": one word ending in -s before a role word, neither it nor its stem in a Dutch list."""
    k = words[0].key
    if len(words) != 1 or len(k) < 5 or k[-1] != "s" or k[:-1] in lex.dutch_words or k[:-1] in lex.place_tokens:
        return False
    return bool(_ROLE_AFTER.match(after))


_GAP_AFTER = re.compile(r"[ \t]*(?:[(<,:|–—\-][ \t]*(?:°[ \t]*)?)?")  # (round 5) "X Y | x@y.be"
_GAP_BEFORE = re.compile(r"[ \t]*(?:[)>,–—\-][ \t]*)?$")
_THUIS = re.compile(r"[ \t]+thuis(?![\w])", re.IGNORECASE)
_BIJ = frozenset({"bij"})
#: (round 8) between a person and their address: "X van Kerkstraat 12", "X op de Kerkstraat 12", "X uit de …"
_AND_GAP = re.compile(r"[ \t]+en[ \t]+")
_HOME_BEFORE_ADDRESS = re.compile(r"[ \t]+(?:van|op|uit)[ \t]+(?:(?:de|het)[ \t]+)?")


def _after_den(w: _Tok, lex) -> bool:
    """(round 8) A capitalised word after "den" that may be a first name: no ordinary word of the hand lists, title,
    role, street or organisation word; a place only when it is a first name too."""
    k = w.key
    if w.upper or not w.cap or k in COMMON_WORDS or k in NOT_NAMES or k in lex.org_tokens or k in TITLES:
        return False
    if k in ROLES or k in STREET_WORDS or _STREET_END.search(k):
        return False
    return k not in lex.place_tokens or k in lex.first_names


def _double_name(w: _Tok, lex) -> bool:
    """(round 4) A double surname "Smolders-Mahmudov": two capitalised parts, neither a Dutch word nor a place."""
    parts = w.text.split("-")
    return len(parts) == 2 and all(
        len(p) > 1 and p[:1].isupper() and (
            fold(p) in lex.surnames or fold(p) in lex.first_names
            or fold(p) not in lex.dutch_words and fold(p) not in lex.place_tokens
        )
        for p in parts
    )


def _chains(toks: list[_Tok], off: list[bool]) -> list[list[int]]:
    """Runs of capitalised tokens (particles allowed inside), one to three name words."""
    out = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if off[i] or not t.cap or t.particle:
            i += 1
            continue
        run = [i]
        j = i
        while j + 1 < n and toks[j + 1].gap_ok and not off[j + 1] and (toks[j + 1].cap or toks[j + 1].particle):
            j += 1
            run.append(j)
        while run and toks[run[-1]].particle:
            run.pop()
        words = [k for k in run if not toks[k].particle]
        # a name word has two letters or more: "A b A b …" starts no chain worth a look
        if 1 <= len(words) <= 3 and all(len(toks[k].key) > 1 for k in words):
            out.append(run)
        i = j + 1
    return out


def _line_bounds(text: str, s: int, e: int) -> tuple[str, str]:
    """The rest of the line before and after the chain (at most 200 characters each way: linear cost)."""
    lo = max(0, s - 200)
    ls = text.rfind("\n", lo, s)
    ls = lo if ls < 0 else ls + 1
    hi = min(len(text), e + 200)
    le = text.find("\n", e, hi)
    le = hi if le < 0 else le
    return text[ls:s], text[e:le]


def find_layout_names(
    text: str, cands: list[tuple[str, int, int]], blocked: list[tuple[int, int]], allow: tuple[str, ...] = ()
) -> None:
    """Add ``person_name`` candidates for capitalised chains that their place in the text marks as a person;
    ``blocked``: spans no name may touch (postal lines, …); organisations and ``allow`` phrases are off too."""
    toks = tokens_of(text)
    if not toks:
        return
    lex = lexicon()
    taken = [(s, e) for _k, s, e in cands] + list(blocked) + phrase_spans(text, ORGANISATIONS + allow)
    off = overlapping(taken, [(t.start, t.end) for t in toks]) if taken else [False] * len(toks)
    ids = sorted((s, e) for k, s, e in cands if k in _IDENTIFIER_KINDS)
    id_starts = {s for s, _e in ids}
    id_ends = {e for _s, e in ids}
    iban_ends = {e for k, _s, e in cands if k == "iban"}
    addr_starts = sorted(s for k, s, _e in cands if k in ("address", "postal_address"))
    addr_set = set(addr_starts)
    name_starts = {s for k, s, _e in cands if k == "person_name"}
    name_ends = {e for k, _s, e in cands if k == "person_name"}

    def add(s: int, e: int) -> None:
        cands.append(("person_name", s, e))
        name_ends.add(e)  # "X Y / Z W", "cc X Y, Z W": the next chain may follow this name

    for run in _chains(toks, off):
        words = [toks[k] for k in run if not toks[k].particle]
        first, last = toks[run[0]], toks[run[-1]]
        s, e = first.start, last.end
        nxt = toks[run[-1] + 1] if run[-1] + 1 < len(toks) else None
        if nxt is not None and nxt.gap_ok and (nxt.key in STREET_WORDS):
            continue
        # "Voor X Y, 12-3-1980", "Opvolging X Y —": a capitalised sentence start that is an ordinary word or a
        # heading word is no part of the name
        strip_first = first.sent_start and len(words) > 1 and (
            first.key in COMMON_WORDS or first.key in _HEADINGS or first.key in _GREETINGS
            or not _plain_here(first, lex)
        )
        if strip_first:
            words = words[1:]
            s = toks[run[1]].start  # keep a particle: "Dossier De Wolf:"
        if strip_first and first.key in _HEADINGS and re.match(r"[ \t]*(?::|[—–][ \t])", text[e : e + 4]) and all(
            w.key in lex.surnames or w.key in lex.surname_cores or w.key in lex.first_names for w in words
        ):
            add(s, e)  # "Dossier Bakker:", "Opvolging De Wolf —": a known name, also a word
            continue
        # (round 8) the Flemish article before a first name: "den X slaapt in zijn auto", "den X-Y is van 1990" (not
        # "van den X": a surname particle); a capitalised word there is a name even when it is also a word
        if (
            " " not in text[s:e]
            and run[0] > 0
            and toks[run[0] - 1].text == "den"
            and first.gap_ok
            and not (run[0] > 1 and toks[run[0] - 2].key in ("van", "uit", "in", "op", "naar"))
            and all(_after_den(w, lex) for w in words)
        ):
            add(s, e)
            continue
        if not all(_plain_here(w, lex) for w in words):
            continue
        if fold(text[s:e]) in lex.places or (len(words) > 1 and fold(text[words[-2].start : e]) in lex.places):
            continue  # "Nazareth-De Pinte": a municipality of two words
        single = len(words) == 1
        double = single and _double_name(words[0], lex)  # "Dossier Smolders-Mahmudov:"
        known_first = single and words[0].key in lex.first_names and words[0].key not in lex.ambiguous
        before = text[max(0, s - 80) : s]
        after = text[e : e + 80]
        line_before, line_after = _line_bounds(text, s, e)
        # next to an identifier
        gap_a = _GAP_AFTER.match(after)
        near_id = (e + gap_a.end()) in id_starts and gap_a.end() > 0
        gap_b = _GAP_BEFORE.search(before[-6:])
        near_id = near_id or (s - len(gap_b.group())) in id_ends and gap_b.group().strip() != ""
        # (round 5) the account holder in parentheses right after an IBAN: "storting BE71 … (X) ok"
        hm = iban_ends and "(" in before[-9:] and _PAREN_CLOSE.match(after) and _HOLDER_OPEN.search(before)
        if hm and s - len(hm.group()) in iban_ends:
            add(s - len(hm.group(2)), e)  # "(El Bouchtaoui)": the particle belongs to the name
            continue
        if (near_id and not (single and not double)) or _TNV.search(before[-20:]) or _HEADER.search(before[-16:]) or (
            _FOR_PERSON_HINT.search(before[-24:]) and _FOR_PERSON.search(before[-24:])
        ):
            add(s, e)
            continue
        if strip_first and first.key in _HEADINGS and not single and re.match(r"[ \t]*(?:[:,—–(]|$)", after):
            add(s, e)  # "Opvolging X Y — …", "Aanmelding X Y, doorverwezen …"
            continue
        if strip_first and first.key in _BIJ and _THUIS.match(after):
            add(s, e)  # "Bij X thuis is …"
            continue
        # "Peeters, Jan": a known surname, a comma, then a first name already found
        comma = _COMMA_GAP.match(after)
        if single and comma and e + comma.end() in name_starts and words[0].key in lex.surnames:
            add(s, e)
            continue
        if strip_first and first.key in _GREETINGS and _GREETING_END.match(after) and (
            text[text.rfind("\n", 0, first.start) + 1 : first.start].strip() == ""
        ):
            add(s, e)  # "Beste X,", "Hoi X!"
            continue
        if text[s - 1 : s] == "@" or _POSSESSIVE_AFTER.match(text, e) or _genitive(words, after, lex):
            add(s, e)  # "@X kan jij …", "X's zoon", "Ahmeds vader"
            continue
        if single and _ABOUT.search(before[-12:]) and after[:1] == ":":
            add(s, e)  # (round 5) "ivm X: nog geen antwoord"
            continue
        if before.endswith("van ") and _PAPERS_OF.search(before[-40:]):
            add(s, e)  # "Op de identiteitskaart van X staat …"
            continue
        if not single and (_ID_LABEL_AFTER.match(after) or _AFTER_COLON.search(line_before)):
            add(s, e)  # "X Y, rijksregisternr. …", "Afspraak zondag: X Y + tolk"
            continue
        if strip_first and first.key == "volgens" and nxt is not None and nxt.key in _VERB_AFTER_SOURCE and (
            known_first or _FOREIGN_LETTERS.search(words[0].text)
        ):
            add(s, e)  # "Volgens X is de verwarming stuk"
            continue
        # cheap tests first: the patterns with the role words are slow to search (a text of many short lines)
        tail = before.rstrip(" \t")[-1:]
        after_name = _AFTER_NAME.search(before[-40:]) if tail in ("/", ",", ";", "n") else None
        if (tail == "(" and _ROLE_PAREN.search(before[-40:]) and _PAREN_CLOSE.match(after)) or (
            after_name and (s - len(after_name.group())) in name_ends and (not single or known_first or double)
        ):
            add(s, e)  # "de tolk (X Y)", "Doorgestuurd naar A B / X Y"
            continue
        if first.sent_start and not strip_first and not single and line_before.strip() == "" and (
            _SENTENCE_OF_ITS_OWN.match(after)
        ):
            add(s, e)  # "X Y. Geen papieren, …"
            continue
        # (round 8) one name before "en" and a name already found: "X en Y Z moesten verhuizen"
        before_and = _AND_GAP.match(after)
        sure = not single or known_first or double or words[0].key not in lex.dutch_words
        if before_and is not None and e + before_and.end() in name_starts and sure:
            add(s, e)
            continue
        # (round 8) a person named by where they live: "X van Kerkstraat 12 moet …", "de familie van de X op
        # Kerkstraat 12", "bij X uit de Kerkstraat 12"
        home = _HOME_BEFORE_ADDRESS.match(after) if addr_set else None
        if home is not None and e + home.end() in addr_set:
            add(s, e)
            continue
        # an apposition of a person
        if _APPOSITION_ROLE.match(after) or _PAREN_PERSON.match(after) or _BORN.match(after):
            add(s, e)
            continue
        # entries of a list of people
        role_colon = (":" in before[-30:] or "\t" in before[-30:]) and _ROLE_COLON.search(before[-30:])
        listed = role_colon or _BULLET.search(line_before[-8:]) and _ENTRY_END.match(after)
        listed = listed or (
            _DOSSIER.search(before[-30:]) and (double or not single) and re.match(r"[ \t]*(?::|—|–|,|$)", after)
        )
        if listed and (not single or double or known_first or _PAREN_DATE.match(after) or role_colon):
            add(s, e)
            continue
        if _PAREN_DATE.match(after) and re.search(r"(?:\)[ \t]*,|,| en)[ \t]*$", before[-6:]) and _list_of_people(
            text, s
        ):
            add(s, e)
            continue
        # a signature, or a name line above an address
        alone = line_before.strip() == "" and line_after.strip(" \t.,") == ""
        if alone and "\n" in before[-45:] and _CLOSING.search(before[-45:]) or (
            line_after.strip(" \t.,!") == "" and _CLOSING_INLINE.search(before[-12:])
        ):
            add(s, e)
            continue
        if alone and not single and any(e < a <= e + 3 for a in addr_starts):
            add(s, e)
            continue
        # mid-sentence: two or three capitalised words after a lower-case word
        prev = toks[run[0] - 1] if run[0] > 0 else None
        if strip_first:
            prev = None
        if (
            prev is not None
            and not first.sent_start
            and not prev.cap
            and prev.gap_ok is not None
            and text[prev.end : s].strip() == ""
            and prev.key not in _THING_CONTEXT
            and fold(prev.text) not in ("vzw", "asbl", "project", "wijk")
        ):
            if not single:
                add(s, e)
                continue
            if prev.key in _BIJ and _THUIS.match(after) or prev.key in _SEE_VERBS or (
                prev.key in _CALL_VERBS and known_first
            ):
                add(s, e)
                continue


def _list_of_people(text: str, s: int) -> bool:
    """``s`` follows a ``Kinderen:``-like head in the same line."""
    lo = max(0, s - 200)
    ls = text.rfind("\n", lo, s) + 1 or lo
    return bool(_ROLE_COLON_ANY.search(text, ls, s))


_ROLE_COLON_ANY = re.compile(rf"(?:{_ROLE_RX})[ \t]*:", re.IGNORECASE)
