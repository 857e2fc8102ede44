"""Names in the layouts of pasted tables and chat exports (issue 16, round 7).

* A table pasted from a spreadsheet (cells between tabs, or between ``;`` or ``|`` in three or more cells): under a
  head row with a name column (``Naam``, ``Achternaam``, ``Voornaam``, ``Familienaam``, ``Cliënt``, ``Nom``,
  ``Prénom``, ``Name`` …) every cell of that column that holds words and no digit is a person's name
  (``Achternaam<TAB>Voornaam`` over ``Galang<TAB>Yevhen``).
* Rows of ``;``-separated values written ``SURNAME;Given;…`` (the surname in capitals, the given name capitalised):
  both are a name.
* Beside a found name: a nickname in parentheses (``Malalai Tokhi (Zizou)``); names before a kinship word in
  parentheses (``Lebriz en Jurgen (de tweeling van …)``); a capitalised word after the Flemish article of a man's first
  name (``den Medard van hiernaast``) or a French kinship word (``la maman de X``), unless it is a place or a Dutch
  word.
* In any case, also lower case: a word in no Dutch list before a birth (``biniam is geboren op …``) or after a kinship
  word of speech (``bel mama aymira op …``).
* Addresses by the same layouts: the cells of an address column (``Adres``, ``Woonplaats``, ``Verblijfsadres`` …) and
  the value of an address field (``• Verblijfsadres: ul. Lipowa 7, 20-020 Lublin``) that hold a digit, also abroad,
  where the street rules know no street word.
* A chat export names who speaks at the start of each line: ``[14:31, 7/10/2025] Axmed: …`` (WhatsApp) or a name and
  a time alone on a line, ``Larysa Koval  10:50`` (Teams, Slack). A speaker whose words are ordinary Dutch words or an
  organisation's (``Dienst Wonen  12:57``) is no person.
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS, NOT_NAMES, ORGANISATIONS, ROLES, TITLES, fold, lexicon
from .name_tokens import _fold_word, phrase_spans, tokens_of
from .not_persons import not_a_person
from .person_context import _plain, dutch_compound
from .spans import overlapping

_NAME_HEADS = frozenset(
    """
    naam achternaam voornaam familienaam volledige_naam roepnaam cliënt client cliënte cliente aanvrager
    betrokkene bewoner deelnemer kind ouder moeder vader nom prénom prenom name surname lastname firstname
    """.split()
)
_SEPARATORS = ("\t", ";", "|")
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_CELL_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
#: "[14:31, 7/10/2025] Axmed: …"
_WHATSAPP_SPEAKER = re.compile(
    r"^\[\d{1,2}:\d{2}(?::\d{2})?,[ \t]*\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}\][ \t]*([^\W\d_][^:\n\]]{0,40}?)[ \t]*:",
    re.MULTILINE,
)
#: "Larysa Koval  10:50" alone on its line
_CHAT_SPEAKER = re.compile(r"^([^\W\d_][^\n\t:]{0,40}?)[ \t]{2,}\d{1,2}:\d{2}[ \t]*$", re.MULTILINE)


_CSV_ROW = re.compile(
    r"^[ \t]*([A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’\- ]*[A-ZÀ-ÝĀ-Ž])[ \t]*;"
    r"[ \t]*([A-ZÀ-ÝĀ-Ž][^\W\d_]+(?:[ \-][A-ZÀ-ÝĀ-Ž][^\W\d_]+){0,2})[ \t]*;",
    re.MULTILINE,
)
_NICKNAME_AFTER = re.compile(r"[ \t]*\([ \t]*([A-ZÀ-Ý][^\W\d_]{1,15})[ \t]*\)")
_WORD_AFTER_DEN = re.compile(r"(?<![\w])(?<![Vv]an )(?<![Vv]er )den[ \t]+([A-ZÀ-Ý][^\W\d_]{1,20})(?![\w'’\-])")
_FRENCH_KIN = (
    "maman",
    "papa",
    "fils",
    "fille",
    "mère",
    "mere",
    "père",
    "pere",
    "frère",
    "frere",
    "soeur",
    "sœur",
    "mari",
    "femme",
)
_WORD_AFTER_FRENCH_KIN = re.compile(
    r"(?<![\w])(?:maman|papa|fils|fille|m[eè]re|p[eè]re|fr[eè]re|s(?:oe|œ)ur|mari|femme)"
    r"[ \t]+(?:de|d['’])[ \t]*([A-ZÀ-Ý][^\W\d_]{1,20})(?![\w'’\-])"
)
_NAMES_BEFORE_ROLE = re.compile(
    r"(?<![\w'’\-])([A-ZÀ-Ý][^\W\d_]{1,20})[ \t]+en[ \t]+([A-ZÀ-Ý][^\W\d_]{1,20})[ \t]*\([ \t]*"
    r"(?:de|het|haar|zijn|hun|broer|zus)?[ \t]*(?:tweeling|broers?|zussen|zus|kinderen|zonen|dochters|broer en zus)\b"
)


#: (round 7) a word before a birth, in any case: "biniam is geboren op …" (a Dutch word or a pronoun is not taken)
_WORD_BORN = re.compile(
    r"(?<![\w'’\-])([^\W\d_][\w'’\-]{1,20})[ \t]+(?:is|werd)[ \t]+(?:op[ \t]+[^\n]{1,30}?[ \t]+)?geboren(?![\w])"
)
#: the kinship words that stand before a first name in speech ("mama Fatma", "tante Rosa", "bomma Jeanne")
_KIN_BEFORE_FIRST_NAME = (
    "mama",
    "mam",
    "moeke",
    "papa",
    "pap",
    "vake",
    "oma",
    "opa",
    "bomma",
    "bompa",
    "meme",
    "pepe",
    "tante",
    "nonkel",
    "oom",
    "zus",
    "zusje",
    "broer",
    "broertje",
)
#: (round 7) a kinship word and a word in no Dutch list, in lower case: "bel mama aymira op …"
_KIN_LOWER_NAME = re.compile(
    r"(?<![\w'’\-])(?:"
    + "|".join(sorted(_KIN_BEFORE_FIRST_NAME, key=len, reverse=True))
    + r")[ \t]+([a-zà-ÿ][\w'’\-]{1,20})(?![\w'’\-])"
)


def _unlisted_word(word: str, lex) -> bool:
    """A word in no Dutch word list, no place, no role or title: in lower case only a name is that."""
    key = fold(word)
    return not (
        key in lex.dutch_words
        or key in COMMON_WORDS
        or key in ROLES
        or key in TITLES
        or key in NOT_NAMES
        or key in lex.place_tokens
        or key in lex.org_tokens
        or dutch_compound(key, lex)
    )


def _one_name(word: str, lex) -> bool:
    """A capitalised word that may be a first name on its own: a known first name or a word in no other list."""
    key = fold(word)
    if key in lex.place_tokens or key in lex.places:
        return False
    if key in lex.first_names and key not in lex.ambiguous:
        return True
    toks = tokens_of(word)
    return len(toks) == 1 and _plain(toks[0], lex)


def _context_names(text: str, cands: list[tuple[str, int, int]], lex) -> list[tuple[int, int]]:
    spans = []
    for m in _CSV_ROW.finditer(text) if ";" in text else ():
        given = m.group(2)
        if not_a_person(text, m.start(1), m.end(1), lex):
            continue
        given_words = re.split(r"[ \-]", given)
        if all(_one_name(w, lex) or fold(w) in lex.surnames or fold(w) in lex.first_names for w in given_words):
            spans += [m.span(1), m.span(2)]
    name_ends = {e for k, _s, e in cands if k == "person_name"}
    for e in name_ends:
        m = _NICKNAME_AFTER.match(text, e)
        if m and not m.group(1).isupper() and _one_name(m.group(1), lex):  # "(OKAN)" is a class, no nickname
            spans.append(m.span(1))
    after_article = []
    if "den" in text:
        after_article += _WORD_AFTER_DEN.finditer(text)
    if " d" in text and any(kin in text for kin in _FRENCH_KIN):
        after_article += _WORD_AFTER_FRENCH_KIN.finditer(text)
    for m in after_article:
        if _one_name(m.group(1), lex):
            spans.append(m.span(1))
    for m in _WORD_BORN.finditer(text) if "geboren" in text else ():
        if _unlisted_word(m.group(1), lex) or _one_name(m.group(1), lex):
            spans.append(m.span(1))
    for m in _KIN_LOWER_NAME.finditer(text):
        if (
            _unlisted_word(m.group(1), lex)
            or fold(m.group(1)) in lex.first_names
            and fold(m.group(1)) not in lex.ambiguous
        ):
            spans.append(m.span(1))
    for m in _NAMES_BEFORE_ROLE.finditer(text) if "(" in text and " en " in text else ():
        if _one_name(m.group(1), lex) and _one_name(m.group(2), lex):
            spans += [m.span(1), m.span(2)]
    return spans


_ADDRESS_HEADS = frozenset(
    "adres verblijfsadres domicilieadres domicilie woonplaats woonadres referentieadres adresse address".split()
)
#: (round 7) the value of an address field of a form: "• Verblijfsadres: ul. Długa 15/4, 80-831 Gdańsk"
_ADDRESS_FIELD = re.compile(
    r"^[ \t>•*\-]*(?:verblijfsadres|domicilieadres|woonadres|referentieadres|woonplaats|adres|adresse)[ \t]*:[ \t]*"
    r"([^\n\t|;]{3,80}?)[ \t]*(?=$|[\t|;]|[ \t]/[ \t]|[ \t]{2})",
    re.IGNORECASE | re.MULTILINE,
)


def _address_cells(text: str) -> list[tuple[int, int]]:
    """(round 7) The cells of an address column (``Adres``, ``Woonplaats`` …) and the values of address fields that
    hold a digit (a house number or a postal code): the column or the field says what they are, also abroad."""
    found = [m.span(1) for m in _ADDRESS_FIELD.finditer(text) if _HAS_DIGIT.search(m.group(1))]
    if "\t" in text:
        found += [(s, e) for s, e in _column_cells(text, _ADDRESS_HEADS) if _HAS_DIGIT.search(text, s, e)]
    return found


def _head(cell: str, head_words: frozenset[str]) -> bool:
    return _fold_word(cell.strip().rstrip(":")).replace(" ", "_") in head_words


def _table_cells(text: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e in _column_cells(text, _NAME_HEADS) if not _HAS_DIGIT.search(text, s, e)]


def _column_cells(text: str, head_words: frozenset[str]) -> list[tuple[int, int]]:
    """The non-empty cells (with a letter, no e-mail, at most five words) of the columns whose head is in
    ``head_words``, under a head row of a table pasted from a spreadsheet."""
    found: list[tuple[int, int]] = []
    pos = 0
    columns: set[int] | None = None
    sep = None
    for line in text.split("\n"):
        if columns is not None and sep in line:
            cells = line.split(sep)
            start = pos
            for i, cell in enumerate(cells):
                if i in columns:
                    value = cell.strip()
                    if value and _HAS_LETTER.search(value) and "@" not in value:
                        if len(value.split()) <= 8:
                            lead = len(cell) - len(cell.lstrip())
                            found.append((start + lead, start + lead + len(value)))
                start += len(cell) + 1
        else:
            columns = None
            for candidate in _SEPARATORS:
                cells = line.split(candidate)
                if len(cells) >= (2 if candidate == "\t" else 3):
                    heads = {i for i, c in enumerate(cells) if _head(c, head_words)}
                    if heads:
                        columns, sep = heads, candidate
                        break
        pos += len(line) + 1
    return found


def _speaker_is_person(text: str, s: int, e: int, lex) -> bool:
    words = [t for t in tokens_of(text[s:e]) if not t.particle]
    if not 1 <= len(words) <= 4 or not_a_person(text, s, e, lex):
        return False
    for w in words:
        if w.upper:
            if fold(w.text) in lex.dutch_words and w.key not in lex.first_names and w.key not in lex.surnames:
                return False
        elif not _plain(w, lex):
            return False
    return True


def find_table_names(text: str, cands: list[tuple[str, int, int]], blocked: list[tuple[int, int]]) -> None:
    """Add ``person_name`` candidates for the cells of name columns, the speakers of a chat export and the names beside
    a found one; (round 7) ``address`` candidates for the cells of an address column and the values of address
    fields."""
    lex = lexicon()
    spans = []
    if "\t" in text or text.count(";") >= 2 or text.count("|") >= 2:
        spans += [(s, e) for s, e in _table_cells(text) if not not_a_person(text, s, e, lex)]
    spans += _context_names(text, cands, lex)
    for rx in (_WHATSAPP_SPEAKER, _CHAT_SPEAKER) if ":" in text else ():
        for m in rx.finditer(text):
            if _speaker_is_person(text, m.start(1), m.end(1), lex):
                spans.append(m.span(1))
    if spans:
        taken = [(s, e) for _k, s, e in cands] + list(blocked) + phrase_spans(text, ORGANISATIONS)
        hit = overlapping(sorted(taken), spans) if taken else [False] * len(spans)
        cands.extend(("person_name", s, e) for (s, e), h in zip(spans, hit, strict=True) if not h)
    addresses = _address_cells(text) if ":" in text or "\t" in text else []
    if addresses:
        found = sorted((s, e) for k, s, e in cands if k in ("address", "postal_address"))
        hit = overlapping(found, addresses) if found else [False] * len(addresses)
        cands.extend(("address", s, e) for (s, e), h in zip(addresses, hit, strict=True) if not h)
