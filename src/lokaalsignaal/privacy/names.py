"""Person names: capitalised name chains with title/cue/role triggers, lone names in context and
names written in lower case."""

from __future__ import annotations

import re

from .addresses import _STREET_SUFFIX_RE
from .lexicon import (
    COMMON_WORDS,
    NAME_CUES,
    NOT_NAMES,
    ORGANISATIONS,
    PARTICLES,
    ROLE_OF,
    ROLES,
    SAFE_STREET_SUFFIXES,
    STREET_WORDS,
    TITLES,
    lexicon,
)
from .lowercase_names import _find_lowercase_names
from .name_tokens import (
    _ADJECTIVE_TAIL,
    _PLACE_CONTEXT,
    _QUOTES_OPEN,
    _THING_CONTEXT,
    _fold_word,
    _is_name_word,
    _quoted,
    _Tok,
    is_place_word,
    phrase_spans,
    tokens_of,
)
from .person_context import _FOREIGN_LETTERS, person_context, plain_words
from .spans import overlapping

_STREET_TAIL = re.compile(rf"(?:{_STREET_SUFFIX_RE})$", re.IGNORECASE)
_WEEKDAYS = frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())
_TIME_AFTER = re.compile(
    r"[ \t,]*(?:\d|om\b|vanaf\b|tussen\b|voormiddag|namiddag|ochtend|avond|middag|morgen|langs|terug|\.)",
    re.IGNORECASE,
)


def _find_names(text: str, out: list, blocked: list[tuple[int, int]], allow: tuple[str, ...]) -> None:
    lex = lexicon()
    toks = tokens_of(text)
    n = len(toks)
    if not n:
        return
    # tokens inside organisations / allowed phrases / already-found spans are off-limits
    off = [False] * n
    block = list(blocked)
    block.extend(phrase_spans(text, ORGANISATIONS + allow))
    if block:
        hits = overlapping(block, [(t.start, t.end) for t in toks])
        for i in range(n):
            off[i] = hits[i]

    def usable(i: int) -> bool:
        t = toks[i]
        if off[i] or not (t.cap or t.initial):
            return False
        # (round 9) t.key is fold(t.text): one lookup of TITLES does
        if t.key in NOT_NAMES or t.key in lex.org_tokens or t.key in TITLES:
            return False
        if t.key in ROLES or t.key in NAME_CUES or t.text == "Me" and not t.sent_start:
            return False
        if _STREET_TAIL.search(t.key) and not (t.key in SAFE_STREET_SUFFIXES and t.key in lex.first_names):
            return False
        if t.key in STREET_WORDS and i > 0:
            # "Oude Dries" is a street; "kwam Dries langs" a first name
            if not (t.key in lex.first_names and not toks[i - 1].cap):
                return False
        return True

    def is_place(t: _Tok) -> bool:
        return t.key in lex.place_tokens

    i = 0
    last_name = -9  # token index where the last accepted name ended: "Contact: A B, C D en E F" is a list of names
    while i < n:
        t = toks[i]
        trigger = None
        if i > 0 and not off[i] and (
            (last_name == i - 1 and text[toks[i - 1].end : t.start].strip() == ",")
            or (last_name == i - 2 and toks[i - 1].key in ("en", "of") and toks[i - 1].gap_ok and t.gap_ok
                and text[toks[i - 2].end : toks[i - 1].start] == " ")
        ):
            trigger = "list"
        # context triggers look at the previous token(s)
        if i > 0 and toks[i].gap_ok or (i > 0 and text[toks[i - 1].end : t.start].strip() in (":", ".", ",")):
            prev = toks[i - 1]
            sep = text[prev.end : t.start]
            pk = prev.key
            if pk in TITLES and sep.strip() in ("", ".") and not off[i - 1]:
                trigger = "title"
            elif prev.text == "Me" and sep == " " and not prev.sent_start and not off[i - 1]:
                trigger = "title"  # (round 8) "Me" (maître), a lawyer's title in French: "son avocat est Me X"
            elif pk in NAME_CUES and sep.strip() in ("", ":"):
                trigger = "cue"
            elif pk in ROLES and sep.strip() in ("", ",") and (not prev.cap or prev.sent_start):
                # "student, Franstalig": after a comma only a known name or no adjective
                if sep.strip() == "" or _is_name_word(t, lex) or not _ADJECTIVE_TAIL.search(t.key):
                    trigger = "role"
            elif pk == "van" and i > 1 and toks[i - 2].key in ROLE_OF and toks[i - 1].gap_ok:
                trigger = "role"
        # a name chain: start at a usable capitalised token or a capitalised particle; after a title also a word
        # that is otherwise a street or title word ("Dhr. Hoek", "Mevrouw Meester", round 2)
        titled = trigger == "title" and not off[i] and t.cap and not t.upper and (
            t.key not in NOT_NAMES and (t.key in STREET_WORDS or t.key in TITLES or bool(_STREET_TAIL.search(t.key)))
            # (round 4) "Mevrouw Vrijdag", "meneer Maandag": a weekday after a title is a surname, unless a time follows
            or t.key in _WEEKDAYS and not _TIME_AFTER.match(text, t.end)
        )
        if not (usable(i) or titled or (t.particle and t.cap and i + 1 < n and not off[i])):
            i += 1
            continue
        j = i
        chain = [i]
        while j + 1 < n:
            nxt = toks[j + 1]
            if not nxt.gap_ok or off[j + 1]:
                break
            if nxt.particle and not nxt.initial:
                # particles must be followed by a capitalised word within two tokens
                k = j + 1
                while k < n and toks[k].particle and toks[k].gap_ok and k - j <= 3:
                    k += 1
                if k < n and toks[k].gap_ok and usable(k) and toks[k].cap:
                    chain.extend(range(j + 1, k + 1))
                    j = k
                    continue
                break
            if usable(j + 1) and (nxt.cap or nxt.initial):
                if is_place(nxt) and not _is_name_word(nxt, lex) and not toks[j].particle:
                    break
                chain.append(j + 1)
                j += 1
                continue
            break
        # a chain whose next word is a street word is a street name ("Jan Van Rijswijcklaan")
        if (
            j + 1 < n
            and toks[j + 1].gap_ok
            and (_STREET_TAIL.search(toks[j + 1].key) or toks[j + 1].key in STREET_WORDS)
        ):
            i = j + 2
            continue
        # "Volgens Stijn Bex": a capitalised sentence start that is an ordinary word is no part
        # of the name; what follows it is then mid-sentence
        whole = list(chain)  # before a sentence start is stripped: "Radosław Wiśniewski belde"
        forced_mid = False
        while (
            len(chain) > 1
            and toks[chain[0]].sent_start
            and trigger is None
            and (toks[chain[0]].key in COMMON_WORDS or not _is_name_word(toks[chain[0]], lex))
            and not toks[chain[0]].initial
        ):
            # "De Wolf, de Vos en de Haas zijn …": a sentence-start article is no evidence of a mid-sentence surname,
            # unless a person's verb follows ("De Smet belde")
            if toks[chain.pop(0)].particle and not (
                j + 1 < n and toks[j + 1].gap_ok and toks[j + 1].key in _PERSON_VERBS
            ):
                forced_mid = None
            elif forced_mid is not None:
                forced_mid = True
        words = [toks[k] for k in chain if not toks[k].particle]
        if not words:
            i = j + 1
            continue
        if trigger is None and _quoted(text, toks[chain[0]].start, toks[chain[-1]].end):
            # "'Warme Winter'": a quoted title or project name, not a person
            i = j + 1
            continue
        if trigger is None and _is_multiword_place(text, toks, whole, lex):
            i = j + 1  # "Nazareth-De Pinte", "Sint-Martens-Latem": a municipality, not a person
            continue
        accept = _accept_chain(words, chain, toks, trigger, lex, forced_mid)
        if not accept and trigger is None:
            accept = person_context(text, [toks[k] for k in whole if not toks[k].particle], toks[j].end, lex)
            if accept:
                chain = whole
        if not accept and trigger is None and len(words) == 1 and len(chain) == 1:
            accept = _single_name_in_context(toks, chain[0], text, lex)
        if not accept and trigger is None and j + 1 < n:
            if _name_before_verb([toks[k] for k in whole if not toks[k].particle], toks[j + 1], lex):
                accept, chain = True, whole
        if accept:
            # drop a trailing initial without surname and leading/trailing particles
            ks = [k for k in chain]
            while ks and (toks[ks[-1]].particle or toks[ks[-1]].initial and len(ks) > 1 and False):
                ks.pop()
            while ks and toks[ks[0]].particle and not toks[ks[0]].cap:
                ks.pop(0)
            if ks:
                out.append(("person_name", toks[ks[0]].start, toks[ks[-1]].end))
                last_name = ks[-1]
        i = j + 1
    _find_lowercase_names(text, toks, off, lex, out)


def _is_multiword_place(text: str, toks: list[_Tok], chain: list[int], lex) -> bool:
    """The chain ends in a place of two or more words ("Inwoners van Nazareth-De Pinte")."""
    end = toks[chain[-1]].end
    # only the last few words: a place has at most a handful, and a long chain must stay linear to check
    return any(_fold_word(text[toks[k].start : end]) in lex.places for k in chain[-5:-1] if end - toks[k].start <= 60)


def _single_name_in_context(toks: list[_Tok], k: int, text: str, lex) -> bool:
    """A lone capitalised known first name mid-sentence that the list marks as ambiguous (a Dutch
    word: "Elke", "Miet", "Roos") or as a place ("Dries", "Veerle") is still a person when it
    stands between ordinary lower-case words: "Dank aan Elke", "kwam Dries langs".

    Also a possessive without apostrophe: "Malikas zoon" (stem a known unambiguous first name).
    """
    t = toks[k]
    if t.initial or t.upper or (k > 0 and toks[k - 1].key in _THING_CONTEXT):
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    key = t.key
    # "Malikas zoon", "Noors vader": genitive -s on a known first name, followed by a noun
    if (
        len(key) > 3
        and key.endswith("s")
        and key[:-1] in lex.first_names
        and key[:-1] not in lex.ambiguous
        and key not in lex.surnames
        and key not in lex.first_names
        and key not in lex.place_tokens
        and key not in COMMON_WORDS
        and nxt is not None
        and nxt.gap_ok
        and not nxt.cap
        and nxt.key not in PARTICLES
    ):
        return True
    if t.sent_start or k == 0:
        return False
    prev = toks[k - 1]
    if prev.cap or text[t.start - 1] in _QUOTES_OPEN or text[prev.end : t.start].strip() not in ("", ","):
        return False
    if nxt is not None and nxt.gap_ok and (nxt.cap or text[t.end : nxt.start] == "-"):
        return False
    if re.match(r"\s*\d", text[t.end : t.end + 3]):
        return False  # "woont Kiel 199": a street or a thing with a number
    if key in lex.first_names:
        if key in lex.place_tokens:
            return key not in lex.ambiguous and prev.key not in _PLACE_CONTEXT
        return key in lex.ambiguous
    return False


#: verbs that follow a person who starts a sentence: "Ingrid Vogt kreeg …", "Radosław Wiśniewski belde …"
_PERSON_VERBS = frozenset(
    """
    kreeg krijgt kregen heeft had hebben is was woont woonde wonen belde belt kwam komt vertelt vertelde zegt zei
    vraagt vroeg zoekt zocht wacht wachtte leeft leefde werkt werkte slaapt sliep gaat ging moet moest kan kon wil
    wilde zit zat staat stond blijft bleef ontving ontvangt betaalt betaalde verloor verliest begrijpt begreep spreekt
    sprak mailde mailt schreef schrijft liet laat huurt huurde verblijft verbleef overleed trok durft durfde
    """.split()
)


#: verbs that only a person does (not an organisation: "Fedasil heeft", "Awel zegt")
_HUMAN_VERBS = frozenset(
    "vertelt vertelde belde huilt huilde woont woonde slaapt sliep verloor begrijpt begreep durft durfde leeft "
    "leefde kwam zit zat".split()
)


def _name_before_verb(words: list[_Tok], nxt: _Tok, lex) -> bool:
    """Two or three capitalised words before a person's verb, at least one of them a known first name or surname
    that is no Dutch word, none of them a common word, place or organisation word."""
    if not 1 <= len(words) <= 3 or nxt.cap or nxt.key not in _PERSON_VERBS or not nxt.gap_ok:
        return False
    if len(words) == 1:  # "Radosław vertelt …": one word only with a letter no Dutch word has
        w = words[0]
        if w.upper or w.key in NOT_NAMES or is_place_word(w, lex):
            return False
        # (round 3) or a word in no Dutch word list before a verb only a person does: "Vilho vertelt …"
        return bool(_FOREIGN_LETTERS.search(w.text)) or (nxt.key in _HUMAN_VERBS and plain_words(words, lex))
    if any(w.upper or w.initial or w.key in COMMON_WORDS or w.key in NOT_NAMES or w.key in lex.org_tokens
           or is_place_word(w, lex) for w in words):
        return False
    if any((_is_name_word(w, lex) and w.key not in lex.ambiguous) or _FOREIGN_LETTERS.search(w.text) for w in words):
        return True
    # (round 2) two or three unknown capitalised words before a person's verb: in Dutch only a proper noun is
    # capitalised after the first word, so they are a name unless one looks like a Dutch noun/adjective, a street,
    # a title, a role or an organisation's head word ("Sociale Zaken heeft", "Team Welzijn heeft")
    return plain_words(words, lex)


def _accept_chain(
    words: list[_Tok], chain: list[int], toks: list[_Tok], trigger: str | None, lex, forced_mid: bool | None = False
) -> bool:
    """``forced_mid``: True when a sentence-start word was stripped (the rest is mid-sentence); None when that word
    was a particle ("De Wolf, …"): the rest still starts the sentence."""
    first = toks[chain[0]]
    if forced_mid is None and len(words) == 1:
        return False  # "De Wolf, …" at a sentence start: no first name follows an article
    mid = False if forced_mid is None else forced_mid or not first.sent_start
    if trigger in ("title", "cue"):
        return True
    if trigger == "list" and not any(w.key in COMMON_WORDS for w in words):
        if all(not _is_name_word(w, lex) and w.key in lex.dutch_words for w in words):
            return False  # (round 3) "…, Sociale Zaken, …": Dutch words after a name are no name
        return not all(is_place_word(w, lex) and w.key not in lex.first_names for w in words)
    if trigger == "role":
        # "mijn cliënt Youssef": anything capitalised that is not a place
        return not all(is_place_word(w, lex) and w.key not in lex.first_names for w in words)
    [w.key for w in words]
    firsts = [w for w in words if w.key in lex.first_names and not w.upper]
    surs = [w for w in words if (w.key in lex.surnames or w.key in lex.surname_cores)]
    places = [w for w in words if is_place_word(w, lex) and w.key not in lex.first_names]
    if len(places) == len(words):
        return False
    initials = [w for w in words if w.initial]
    if initials and len(words) > len(initials):
        rest = [w for w in words if not w.initial]
        # "J. Peeters": initial + capitalised word that is no common word
        # (round 4) not an initial before a Dutch word: "Ger.W. Vergadering verplaatst"
        return any(not w.upper or w.key in lex.surnames for w in rest) and not all(
            (w.key in lex.ambiguous or w.key in lex.dutch_words and w.key not in lex.first_names)
            and w.key not in lex.surnames
            for w in rest
        )
    if len(words) >= 2:
        # two or more capitalised words with a known first name or surname
        # (round 5) a first name that is also a municipality is no first name at the end of a chain: "Vrije
        # Tijdspas Halle" (a first name comes first: "Dries Kowalczyk")
        strong_first = [
            w for w in firsts if w.key not in lex.ambiguous and not (w is words[-1] and w.key in lex.places)
        ]
        strong_sur = [w for w in surs if w.key not in lex.ambiguous]
        if strong_first and (mid or len(words) >= 2):
            return True
        if firsts and strong_sur:
            return True
        if mid and strong_sur and len(strong_sur) == len(words):
            return True
        # "Tsegaye Karimi": unknown capitalised word(s) + known surname, mid-sentence
        if mid and words[-1] in strong_sur and not any(is_place_word(w, lex) for w in words):
            return True
        if firsts and surs and mid:
            return True
        return False
    w = words[0]
    if w.upper:
        return False
    # "en de Mus zijn …": a lone name word right after a lower-case article is rather a thing (round 2)
    prev = toks[chain[0] - 1] if chain[0] > 0 else None
    if prev is not None and not prev.cap and prev.key in _THING_CONTEXT and w.gap_ok:
        return False
    if w.key in lex.first_names:
        if w.key in lex.ambiguous or is_place_word(w, lex):
            return False
        return True
    if mid and w.key in lex.surnames and w.key not in lex.ambiguous and not is_place_word(w, lex):
        return True
    return False
