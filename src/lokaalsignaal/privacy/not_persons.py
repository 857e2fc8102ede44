"""Capitalised words that the name rules took for a person but that name no private person (issue 16, round 7).

On the clean texts of the development sets F, G and H most warnings were names of no one the signal is about:

* a heading written in title case or in capitals (``Evaluatie In Eeklo``, ``Nota Aan Het Vast Bureau``,
  ``AANWEZIG: KLASTITULARIS, ZORGCOÖRDINATOR``): a name holds no capitalised preposition or article, and a word
  that is an ordinary Dutch word and in no name list is no name in capitals either;
* a public figure: a name after a royal or church title (``koning Filip``, ``koningin Mathilde``, ``paus Franciscus``)
  or of a statue, a monument or a museum (``het standbeeld van Guido Gezelle``);
* a street after a title (``de Dokter Verhaeghestraat``, ``de Pastoor Coplaan``): a word ending in a street word
  that is no known surname;
* a name after the neuter article ``het`` (``het Vast Bureau``, ``het Jan Frans Willemsfonds``): Dutch writes no
  article before a person's name, and ``het`` not even in dialect (``den Eddy``, ``de Jan``);
* a locality after a postal code or a street abroad (``9000 Varna``, ``bul. Vasil Levski 56``, ``Strada X``), the
  abbreviation of a form's field (``RRN``, ``ANON.``);
* ``Max 40 deelnemers``: ``max``/``min`` before a number is an abbreviation, also without its dot; a lone pronoun or
  function word (``Uw rijksregisternummer``, ``U bent geboren``) is no name.
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS, PARTICLES, ROLES, TITLES, lexicon
from .name_tokens import _fold_word as fold
from .person_context import dutch_compound

#: capitalised prepositions, articles and conjunctions: in a name only as a particle (``van``, ``de``, ``ter``),
#: never ``In``, ``Op``, ``Aan``, ``Het``: a chain with one is a heading in title case
#: (Flemish surnames: "Op de Beeck", "In 't Ven", "Uyt den Broeck", "Van")
_SURNAME_PREPOSITIONS = frozenset("op in aan uit over ten ter".split())
_FUNCTION_WORDS = frozenset(
    "in op aan bij met voor naar uit over tot om het een en of zonder na tijdens door tegen onder per rond".split()
)
#: titles of public figures: "koning Filip", "koningin Mathilde", "paus Franciscus", "kardinaal Danneels"
_PUBLIC_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:koning|koningin|prins|prinses|keizer|keizerin|paus|kardinaal|aartsbisschop|bisschop|heilige)"
    r"[ \t]+\Z",
    re.IGNORECASE,
)
#: "het standbeeld van Guido Gezelle", "het museum van Pater Damiaan": a public figure, with a title or not
_MONUMENT_BEFORE = re.compile(
    r"(?<![\w])(?:stand|borst|ruiter)?beeld(?:je)?[ \t]+van[ \t]+(?:[A-ZÀ-Ý]\w*[ \t]+)?\Z"
    r"|(?<![\w])(?:monument|gedenkteken|gedenkplaat|museum|mausoleum|graf(?:monument)?)[ \t]+(?:van|voor)[ \t]+"
    r"(?:[A-ZÀ-Ý]\w*[ \t]+)?\Z",
    re.IGNORECASE,
)
_STREET_END = re.compile(r"(?:straat|steenweg|plein|laan|dreef|kaai|lei|weg|markt|vest|dijk)$")
#: the abbreviations of a form's fields: "RRN 77.06.19-…", "ANON. CLIËNT", "GSM"
_FORM_ABBREVIATIONS = frozenset("rrn rr nn insz niss anon gsm tel iban bic rek adr nr ref ivm".split())
#: a postal code, or a street type abroad, right before: "9000 Varna", "80-831 Gdańsk", "bul. Vasil Levski 56",
#: "ul. Długa", "Strada Mihai Eminescu"
_PLACE_OR_STREET_BEFORE = re.compile(
    r"(?<![\w\-./])(?:(?!19\d\d|20\d\d)\d{4,5}|\d{2}-\d{3})[ \t]+\Z"  # not a year: "15.09.2025 Betrokkene X"
    r"|(?<![\w])(?:bul|ul|str|strada|calea|calle|rua|avenida|ulica|bulevardul|bd|av)\.?[ \t]+\Z",
    re.IGNORECASE,
)
_FOREIGN_STREET_HEADS = frozenset("strada calea calle rua avenida ulica bulevardul".split())
#: (round 10) also "Er", "Daar", "Dit" capitalised after a heading that has no stop ("Melding jeugdwerk Er is …")
_PRONOUNS = frozenset("u uw ik wij we jij je hij zij ze jullie mijn onze ons er daar hier dit dat deze toen".split())
_HET_BEFORE = re.compile(r"(?<![\w])het[ \t]+\Z", re.IGNORECASE)
_ABBREVIATION = re.compile(r"(?:max|min)\.?[ \t]+\d", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_INITIAL_BEFORE = re.compile(r"(?<![\w])[A-ZÀ-Ý]\.[ \t]*\Z")
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]*[,:]?[ \t]*\Z")


def _particle_after(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and fold(words[i + 1]) in ("de", "den", "der", "'t", "’t", "t")


def _dutch_only(words: list[str], lex, names_count: bool = True) -> bool:
    """Every word an ordinary Dutch word (or two written together) and none a known name (``names_count=False``: no
    known first name; a surname may be a Dutch word too, "Vast", "Bureau")."""
    for w in words:
        k = fold(w)
        if k in lex.first_names and (names_count or k not in lex.dutch_words):
            return False
        if names_count and (k in lex.surnames or k in lex.surname_cores):
            return False
        if not (k in COMMON_WORDS or k in lex.dutch_words or k in ROLES or dutch_compound(k, lex)):
            return False
    return True


def _titled(text: str, s: int) -> bool:
    """A title, a role word or an initial right before ``s``: "mevrouw Bakker", "cliënte Roos", "T.-M. Webb"."""
    m = _TITLE_BEFORE.search(text, max(0, s - 20), s)
    if m is not None and (fold(m.group(1)) in TITLES or fold(m.group(1)) in ROLES):
        return True
    return bool(_INITIAL_BEFORE.search(text, max(0, s - 8), s))


def not_a_person(text: str, s: int, e: int, lex=None) -> bool:
    """Is the name candidate ``text[s:e]`` a heading, a public figure, a street or a thing rather than a person?"""
    lex = lex or lexicon()
    words = _WORD.findall(text[s:e])
    if not words:
        return False
    if all(w.isupper() for w in words):
        # in capitals a chain runs on over the words of the sentence ("MR PENG STOND HIER AAN DE DEUR"): a heading
        # only when its other words are ordinary Dutch words too
        if (
            not _titled(text, s)
            and any(fold(w) in _FUNCTION_WORDS for w in words)
            and _dutch_only(
                [w for w in words if fold(w) not in _FUNCTION_WORDS and fold(w) not in PARTICLES],
                lex,
                names_count=False,
            )
        ):
            return True
    elif any(
        w[0].isupper()
        and fold(w) in _FUNCTION_WORDS
        and not (fold(w) in _SURNAME_PREPOSITIONS and _particle_after(words, i))
        for i, w in enumerate(words)
    ):
        return True
    before = text[max(0, s - 60) : s]
    if _PUBLIC_TITLE_BEFORE.search(before) or _MONUMENT_BEFORE.search(before):
        return True
    if _HET_BEFORE.search(before) or _PLACE_OR_STREET_BEFORE.search(before):
        return True
    if fold(words[0]) in _FOREIGN_STREET_HEADS or len(words) == 1 and fold(words[0]) in _FORM_ABBREVIATIONS:
        return True
    if len(words) == 1 and _ABBREVIATION.match(text, s):
        return True
    key = fold(words[0])
    if (
        len(words) == 1
        and not _titled(text, s)
        and (key in _PRONOUNS or key in COMMON_WORDS and key not in lex.first_names and key not in lex.surnames)
    ):
        return True  # "Uw rijksregisternummer", "U bent geboren": a pronoun, a preposition
    last = fold(words[-1])
    if _STREET_END.search(last) and len(last) > 6 and last not in lex.surnames and last not in lex.first_names:
        return True
    # a word in capitals, or a lone capitalised word without a title or a role before it, that is an ordinary Dutch
    # word and in no name list: "KLASTITULARIS", "Welzijnsschakel"
    if (all(w.isupper() for w in words) or len(words) == 1) and _dutch_only(words, lex) and not _titled(text, s):
        return True
    return False


def drop_not_persons(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Remove ``person_name`` candidates that ``not_a_person`` finds to be no person."""
    if not any(kind == "person_name" for kind, _s, _e in cands):
        return
    lex = lexicon()
    cands[:] = [c for c in cands if c[0] != "person_name" or not not_a_person(text, c[1], c[2], lex)]
