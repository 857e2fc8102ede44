"""Names written without capitals: "mevr. vermeulen", "mr janssens", "sarah de clercq" (split from ``names``,
round 3); since round 3 also a known first name followed by a word that is in no Dutch word list ("nog
terugbellen naar isaac bonsu"); since round 4 also a known first name before a verb only a person does ("ok, rudi
komt dinsdag langs"; also a word in no Dutch list opening a clause: "ok, odarka komt …") or in ``bij X
geweest/thuis``, and two words in no Dutch word list after ``met``/``bij``/``naar`` ("belde met yumiko tanaka")."""

from __future__ import annotations

import re

from .institutions import INSTITUTION_HEADS, LOWER_HEADS
from .lexicon import COMMON_WORDS, NOT_NAMES, PARTICLES, ROLES, TITLES
from .name_tokens import _Tok
from .person_context import _FOREIGN_LETTERS, dutch_compound


def _plain_name_word(tok: _Tok, lex, first: bool) -> bool:
    """A lower-case token that can only be a name: known, not a Dutch word, not a place."""
    k = tok.key
    if len(k) < 3 or k in lex.ambiguous or k in COMMON_WORDS or k in NOT_NAMES or k in lex.place_tokens:
        return False
    if k in TITLES or k in ROLES or k in PARTICLES or k in lex.org_tokens:
        return False
    return k in lex.first_names if first else (k in lex.surnames or k in lex.surname_cores)


def _unknown_word(tok: _Tok, lex) -> bool:
    """(round 3) A lower-case word of four letters or more that is in no Dutch word list and is no place:
    after a known first name it is a surname the lists do not have ("isaac bonsu")."""
    k = tok.key
    if len(k) < 4 or not k.isalpha() or k in lex.dutch_words or k in COMMON_WORDS or k in NOT_NAMES:
        return False
    if k in lex.place_tokens or k in lex.org_tokens or k in TITLES or k in ROLES or k in lex.ambiguous:
        return False
    return not dutch_compound(k, lex)


#: (round 4) verbs after which a lone lower-case first name is someone: "rudi komt dinsdag langs"; (round 8) also the
#: auxiliaries and verbs of a person's situation: "jana kan geen online bankieren", "milan slaapt bij een vriend"
_PERSON_VERBS = frozenset(
    "komt kwam belde belt zegt zei vertelt vertelde vroeg vraagt woont woonde huilde "
    "kan kon moet moest wil wou wilde heeft had krijgt kreeg slaapt sliep zit zat".split()
)
_BIJ_AFTER = frozenset({"geweest", "thuis", "langs", "langsgeweest"})
_WITH = frozenset({"met", "bij", "naar", "aan", "voor"})
#: endings of Dutch inflected words and nouns the word list may lack ("thuiswonende zorgbehoevenden")
_DUTCH_ENDING = re.compile(r"(?:en|ende|ing|heid|lijk|lijke|ig|ige|isch|ische|tie|ties|teit|baar|loos)$")


def _lone_first_name(text: str, toks: list[_Tok], k: int, lex) -> bool:
    """(round 4) A lone lower-case known first name before a person's verb or in "bij X geweest"."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or not nxt.gap_ok or nxt.cap:
        return False
    if not (
        nxt.key in _PERSON_VERBS
        or k > 0 and toks[k - 1].key == "bij" and not toks[k - 1].cap and nxt.key in _BIJ_AFTER
    ):
        return False
    if _plain_name_word(toks[k], lex, True):
        return True
    if nxt.key in _BIJ_AFTER:  # "bij X geweest": also a word in no Dutch list
        return _unknown_word(toks[k], lex) and not _DUTCH_ENDING.search(toks[k].key)
    # a word in no Dutch word list (or with a letter no Dutch word has) opening a clause before a person's verb:
    # "ok voor mij, odarka komt maandag langs"
    clause_start = k == 0 or text[toks[k - 1].end : toks[k].start].strip() in (",", ".", ":", ";", "-")
    return clause_start and nxt.key in _PERSON_VERBS and (
        _unknown_word(toks[k], lex) or bool(_FOREIGN_LETTERS.search(toks[k].text)) and toks[k].key not in COMMON_WORDS
    )


#: (round 5) frames around one lower-case word that only a person fits: "heb met X afgesproken", "sms van X:",
#: "bel mama v X"
_ARRANGED = frozenset("afgesproken gesproken gebeld overlegd gepraat besproken gemaild ge-sms't gesmst".split())
#: (round 8) also the number of someone: "nieuwe gsm van X: 0470 …"
_MESSAGES = frozenset(
    "sms mail mailtje e-mail bericht berichtje telefoon oproep whatsapp gsm nummer gsm-nummer".split()
)
_PARENT_ROLES = frozenset("mama papa moeder vader ma pa mams paps oma opa broer zus".split())


def _framed_word(text: str, toks: list[_Tok], k: int, lex) -> bool:
    """(round 5) One lower-case word (a known first name or a word in no Dutch list) in a frame of a person."""
    if k == 0:
        return False
    w, prev, nxt = toks[k], toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    # the frame first (cheap): "heb met X afgesproken dat …", "sms van X: kan niet komen", "bel mama v X"
    framed = prev.key == "met" and nxt is not None and nxt.gap_ok and nxt.key in _ARRANGED or (
        prev.key in ("van", "v") and k > 1 and (
            text[w.end : w.end + 1] == ":" and toks[k - 2].key in _MESSAGES
            or toks[k - 2].key in _PARENT_ROLES and not toks[k - 2].cap
        )
    )
    return framed and (
        _plain_name_word(w, lex, True) or _unknown_word(w, lex) and not _DUTCH_ENDING.search(w.key)
    )


#: (round 8) participles of meeting someone: "ik heb X gisteren nog gezien", "we hebben X gebeld"
_MET = frozenset("gezien gesproken gebeld ontmoet bezocht geholpen gemaild gecontacteerd teruggebeld".split())
_HAVE = frozenset("heb heeft hebben had hadden".split())
#: (round 8) "kan iemand X (Y) terugbellen?": someone to call back
_CALL = frozenset("terugbellen bellen opbellen contacteren helpen".split())
#: (round 8) a sign-off before a lower-case first name on the same line: "Groeten, X"
_LINE_END = re.compile(r"[ \t.!]*(?:\n|$)")
_SIGN_OFF = re.compile(r"(?:groetjes|groeten|groet|grtjs|mvg|vg)[ \t]*,?[ \t]*$", re.IGNORECASE)


def _name_word(tok: _Tok, lex) -> bool:
    """A lower-case known first name, or a word in no Dutch list that does not end like a Dutch word."""
    return _plain_name_word(tok, lex, True) or _unknown_word(tok, lex) and not _DUTCH_ENDING.search(tok.key)


def _after_head(toks: list[_Tok], k: int) -> bool:
    """(round 8) One of the two words before ``k`` names an institution: "huis X kan …", "het project mama X"."""

    def head(j: int) -> bool:
        return j >= 0 and toks[j + 1].gap_ok and (toks[j].key in INSTITUTION_HEADS or toks[j].key in LOWER_HEADS)

    return head(k - 1) or k > 1 and toks[k - 1].key in ROLES and head(k - 2)


def _met_frame(toks: list[_Tok], k: int, lex) -> int:
    """(round 8) How many words of a person follow a form of "hebben" before a participle of meeting them ("ik heb X
    gisteren nog gezien"): the name, then at most three lower-case words up to the participle. 0 when none."""
    if k == 0 or toks[k - 1].key not in _HAVE or toks[k - 1].cap or not toks[k].gap_ok:
        return 0
    if not _name_word(toks[k], lex):
        return 0
    for m in range(k + 1, min(len(toks), k + 5)):
        if not toks[m].gap_ok or toks[m].cap:
            return 0
        if toks[m].key in _MET:
            return 1
    return 0


def _call_frame(toks: list[_Tok], k: int, lex) -> int:
    """(round 8) "kan iemand X Y terugbellen?": one or two lower-case words of a person between "iemand" and a verb
    of calling; the first a known first name or a word in no Dutch list. Returns the number of name words."""
    if k == 0 or toks[k - 1].key != "iemand" or not toks[k].gap_ok or not _name_word(toks[k], lex):
        return 0
    for width in (1, 2):
        m = k + width
        if m >= len(toks) or not toks[m].gap_ok or toks[m].cap:
            return 0
        if toks[m].key in _CALL:
            return width
        if toks[m].key in COMMON_WORDS or not toks[m].key.replace("-", "").isalpha():
            return 0
    return 0


#: (round 8) what marks a lower-case first name as a person right after it: an age or a role in parentheses
#: ("jonas (14) slaapt …", "fred (straathoekwerk)"), a date in parentheses ("voor marcin (13-09-2023)"), or a comma
#: and a role ("- nora, buurtwerker")
_PERSON_AFTER = re.compile(
    r"[ \t]*\([ \t]*(?:\d{1,2}(?:[ \t]*(?:jaar|j\.?))?[ \t]*\)|\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d\d[ \t]*\)"
    r"|[^\W\d_]*(?:werk|werker|werkster|begeleider|begeleiding|medewerker|medewerkster)[ \t]*\))"
    r"|[ \t]*,[ \t]*[^\W\d_]*(?:werker|werkster|begeleider|medewerker|medewerkster|assistent|consulent)(?![\w])",
    re.IGNORECASE,
)
#: (round 8) between a lower-case first name and an identifier after it: "bellen: fanny, 013/78.30.22"
_ID_GAP = re.compile(r"[ \t]*[,:(<]?[ \t]*")
_ID_KINDS = frozenset({"phone", "email"})
#: "het adres van de maman: x@y.fr": after an article or a possessive a word is a noun, not a name
_DETERMINERS = frozenset("de het een die dat deze la le les du des une un the a mijn zijn haar hun onze".split())


def _first_name_framed(text: str, toks: list[_Tok], i: int, lex, id_starts: set[int]) -> bool:
    """(round 8) A lower-case known first name after a role ("haar zoon X"), under a sign-off on its line ("Groeten,
    X"), before an age, a role or a date (``_PERSON_AFTER``), or right before a phone number or e-mail address."""
    t = toks[i]
    if not _plain_name_word(t, lex, True):
        return False
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.key in ROLES and t.gap_ok and (not prev.cap or prev.sent_start):
        return True
    if _SIGN_OFF.search(text, max(0, t.start - 24), t.start) and _LINE_END.match(text, t.end):
        return True
    if _PERSON_AFTER.match(text, t.end):
        return True
    near_id = bool(id_starts) and _ID_GAP.match(text, t.end).end() in id_starts
    return near_id and (prev is None or prev.key not in _DETERMINERS)


def _particle_surname(toks: list[_Tok], i: int, k: int, lex) -> bool:
    """(round 8) After a title, lower-case particles ``toks[i:k]`` and a capitalised surname ``toks[k]``: not an
    office ("Mevrouw de Schepen", "Meneer de Voorzitter"), a role, a title or a place."""
    w = toks[k]
    if not w.cap or w.upper or not w.gap_ok:
        return False
    key = w.key
    if key in ROLES or key in TITLES or key in COMMON_WORDS or key in NOT_NAMES or key in lex.place_tokens:
        return False
    # a lone "de" before an ordinary word is an office: "Mevrouw de Schepen"; after "van der", "de la", "da" the
    # word is a surname even when it is also a word ("mvr van den Heuvel", "meneer de la Croix")
    return not (k == i + 1 and toks[i].key == "de" and key in lex.dutch_words)


#: (round 8) a bullet at a line start, and the end of a list entry: "• X Y – energiearmoede", "* X Y"
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-*•–][ \t]+$")
_ENTRY_END = re.compile(r"[ \t]*(?:\n|$|[–—:(,]|-[ \t])")


def _bullet_entry(text: str, toks: list[_Tok], i: int, lex) -> bool:
    """(round 8) Two lower-case words making up a bullet of a list ("• X Y – energiearmoede"), in either order a known
    first name or surname and a name or a word in no Dutch list."""
    if i + 1 >= len(toks) or not toks[i + 1].gap_ok or toks[i + 1].cap:
        return False
    a, b = toks[i], toks[i + 1]
    if not _BULLET_BEFORE.search(text, max(0, a.start - 12), a.start) or not _ENTRY_END.match(text, b.end):
        return False

    def known(t: _Tok) -> bool:
        return _plain_name_word(t, lex, True) or _plain_name_word(t, lex, False)

    def name_like(t: _Tok) -> bool:
        if known(t) or _unknown_word(t, lex) and not _DUTCH_ENDING.search(t.key):
            return True
        return bool(_FOREIGN_LETTERS.search(t.text)) and t.key not in COMMON_WORDS

    return (known(a) or known(b)) and name_like(a) and name_like(b)


def _find_lowercase_names(text: str, toks: list[_Tok], off: list[bool], lex, out: list) -> None:
    id_starts = {s for kind, s, _e in out if kind in _ID_KINDS}
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
        if after_title and i < k < n and _particle_surname(toks, i, k, lex) and not off[k]:
            # (round 8) a title, lower-case particles, a capitalised surname: "mr van der Velpen", "mvr. da Ponte"
            end = k + 1 if k + 1 < n and toks[k + 1].cap and toks[k + 1].gap_ok and not off[k + 1] else k
            out.append(("person_name", toks[i].start, toks[end].end))
            i = end + 1
            continue
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
            or _unknown_word(w, lex)  # (round 4) "gesprek met dhr brenkamir"
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
                if _plain_name_word(toks[m], lex, False) or (
                    m == k + 1 and (_unknown_word(toks[m], lex) or _plain_name_word(toks[m], lex, True))
                ):
                    out.append(("person_name", t.start, toks[m].end))
                    i = m + 1
                    continue
        if k == i and _after_head(toks, k):
            i += 1
            continue
        if k == i and (_lone_first_name(text, toks, k, lex) or _framed_word(text, toks, k, lex)):
            out.append(("person_name", t.start, t.end))
            i = k + 1
            continue
        # (round 8) frames of a person: "ik heb X gezien", "kan iemand X Y terugbellen", "haar dochter X",
        # "Groeten, X"
        width = _met_frame(toks, k, lex) or _call_frame(toks, k, lex) if k == i else 0
        if not width and k == i and _bullet_entry(text, toks, i, lex):
            width = 2
        if not width and k == i and (i == 0 or not off[i - 1]) and _first_name_framed(text, toks, i, lex, id_starts):
            width = 1
        if width and not any(off[i : i + width]):
            out.append(("person_name", t.start, toks[i + width - 1].end))
            i += width
            continue
        # (round 4) "belde met yumiko tanaka": two words in no Dutch word list after "met"/"bij"/"naar"
        if (
            k == i
            and i > 0
            and toks[i - 1].key in _WITH
            and i + 1 < n
            and toks[i + 1].gap_ok
            and not toks[i + 1].cap
            and not off[i + 1]
            and _unknown_word(t, lex)
            and _unknown_word(toks[i + 1], lex)
            and not (_DUTCH_ENDING.search(t.key) or _DUTCH_ENDING.search(toks[i + 1].key))
        ):
            out.append(("person_name", t.start, toks[i + 1].end))
            i += 2
            continue
        i += 1


