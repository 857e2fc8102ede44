"""Names written without capitals: "mevr. vermeulen", "mr janssens", "sarah de clercq" (split from ``names``,
round 3); since round 3 also a known first name followed by a word that is in no Dutch word list ("nog
terugbellen naar isaac bonsu"); since round 4 also a known first name before a verb only a person does ("ok, rudi
komt dinsdag langs"; also a word in no Dutch list opening a clause: "ok, odarka komt …") or in ``bij X
geweest/thuis``, and two words in no Dutch word list after ``met``/``bij``/``naar`` ("belde met yumiko tanaka")."""

from __future__ import annotations

import re

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


#: (round 4) verbs after which a lone lower-case first name is someone: "rudi komt dinsdag langs"
_PERSON_VERBS = frozenset("komt kwam belde belt zegt zei vertelt vertelde vroeg vraagt woont woonde huilde".split())
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
_MESSAGES = frozenset("sms mail mailtje e-mail bericht berichtje telefoon oproep whatsapp".split())
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


def _find_lowercase_names(text: str, toks: list[_Tok], off: list[bool], lex, out: list) -> None:
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
        if k == i and (_lone_first_name(text, toks, k, lex) or _framed_word(text, toks, k, lex)):
            out.append(("person_name", t.start, t.end))
            i = k + 1
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


