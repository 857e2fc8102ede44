"""Rule-based PII detector for Dutch/Flemish signal texts (pure Python, no Django): the public API.

The finders live in ``identifiers`` (structured identifiers, birth dates), ``addresses`` and
``names`` (with ``name_tokens``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .addresses import _find_addresses
from .capitals import capital_lines, read_capitals
from .identifiers import _find_birth_dates, _find_emails, _find_ibans, _find_national_numbers, _find_phones
from .institutions import drop_named_institutions, head_in_line_before
from .name_asides import find_aside_names
from .name_echoes import find_echoed_names
from .name_frames import find_framed_names
from .name_initials import find_initial_names
from .name_labels import find_label_names
from .name_layout import find_layout_names
from .name_lists import find_listed_names
from .name_neighbours import find_neighbour_names
from .name_tables import find_table_names
from .name_tokens import _phrase_regex, tokens_of
from .names import _find_names
from .not_name_words import drop_sentence_words
from .not_persons import drop_not_persons
from .person_dates import find_person_dates
from .spans import Taken, overlapping
from .tagger import find_tagged
from .unnamed_persons import drop_unnamed_persons

KINDS = (
    "national_number",
    "iban",
    "email",
    "phone",
    "address",
    "postal_address",
    "birth_date",
    "person_name",
)

PLACEHOLDERS: dict[str, str] = {
    "national_number": "[rijksregisternummer]",
    "iban": "[rekeningnummer]",
    "email": "[e-mailadres]",
    "phone": "[telefoonnummer]",
    "address": "[adres]",
    "postal_address": "[adres]",
    "birth_date": "[geboortedatum]",
    "person_name": "[naam]",
}

#: Never stored: redacted automatically when a signal is saved.
STRUCTURED_KINDS = frozenset({"national_number", "iban", "email", "phone"})
#: Shown as a warning: the author confirms or redacts.
WARNING_KINDS = frozenset({"person_name", "address", "postal_address", "birth_date"})

# Higher wins when candidates overlap.
_PRIORITY = {
    "email": 90,
    "national_number": 85,
    "iban": 80,
    "phone": 70,
    "birth_date": 60,
    "address": 50,
    "postal_address": 45,
    "person_name": 30,
}


@dataclass(frozen=True, order=True)
class Finding:
    """One piece of personal data: ``text[start:end]`` is of ``kind``."""

    start: int
    end: int
    kind: str
    text: str = field(default="", compare=False)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "start": self.start, "end": self.end}


# --------------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def scan(text: str, allow: Iterable[str] = (), *, learned: bool = True) -> list[Finding]:
    """Find personal data in ``text``.

    ``allow``: phrases (e.g. organisation names from the database) that are never reported as
    a name, address or postal line. ``learned=False``: the rules alone, without the tagger's birth dates and
    addresses (``tagger``; for the benchmarks that compare them). Returns non-overlapping findings sorted by position.
    """
    if not text:
        return []
    text = _SURROGATE.sub("\ufffd", text)  # a lone surrogate (from JSON) is no text; one for one, the spans hold
    allow_t = tuple(sorted({a for a in allow if a and a.strip()}))
    # (round 7) lines in capitals are read as if written normally; the spans hold (``capitals``)
    read = read_capitals(text)
    if read is None:
        return _resolve(text, _candidates(text, allow_t, learned))
    # identifiers from the text as written, the rest from the text as read
    cands = _candidates(read, allow_t, learned, _identifiers(text))
    lines = capital_lines(text)
    names = [(s, e) for kind, s, e in cands if kind == "person_name"]
    in_capitals = dict(zip(names, overlapping(lines, names), strict=True)) if names else {}
    cands = [
        c
        for c in cands
        # "KINDERDAGVERBLIJF GITA": a name after an institution's head in any case
        if not (c[0] == "person_name" and in_capitals[c[1:]] and head_in_line_before(text, c[1]))
    ]
    return _resolve(text, cands)


def _identifiers(text: str) -> list[tuple[str, int, int]]:
    cands: list[tuple[str, int, int]] = []
    _find_emails(text, cands)
    _find_national_numbers(text, cands)
    _find_ibans(text, cands)
    _find_phones(text, cands)
    return cands


def _candidates(
    text: str, allow_t: tuple[str, ...], learned: bool, identifiers: list[tuple[str, int, int]] | None = None
) -> list[tuple[str, int, int]]:
    """Every candidate in ``text``; ``identifiers``: the structured identifiers when they were found elsewhere (in
    the text as written, when ``text`` is the text as read, ``capitals``)."""
    cands = _identifiers(text) if identifiers is None else list(identifiers)
    _find_birth_dates(text, cands)
    blocked: list[tuple[int, int]] = [(s, e) for _, s, e in cands]
    addr: list[tuple[str, int, int]] = []
    _find_addresses(text, addr, blocked)
    cands.extend(addr)
    blocked.extend((s, e) for _, s, e in addr)
    _find_names(text, cands, blocked, allow_t)
    toks = tokens_of(text)  # (round 9) the tokens the name finders read; later finders tokenize other texts
    find_layout_names(text, cands, blocked, allow_t)
    find_table_names(text, cands, blocked)
    find_framed_names(text, toks, cands)
    find_listed_names(text, toks, cands)
    find_aside_names(text, toks, cands)  # (round 10) owners, ages, families, sign-offs
    find_neighbour_names(text, toks, cands)
    drop_named_institutions(text, cands)
    drop_not_persons(text, cands)
    drop_sentence_words(text, cands)  # (round 10) English sentences, contractions
    find_initial_names(text, toks, cands)  # (round 11) after the drops: an initial is no sentence word
    find_label_names(text, toks, cands)  # (round 11) fields, headings, owners, French and English frames
    find_echoed_names(text, toks, cands)
    drop_unnamed_persons(text, cands)  # (round 12) a letter for someone, a desk in a mail header
    find_person_dates(text, cands)
    if learned:
        find_tagged(text, cands)
    if allow_t:
        rx = _phrase_regex(allow_t)
        allowed = [m.span() for m in rx.finditer(text)] if rx else []
        hit = overlapping(allowed, [(s, e) for _, s, e in cands])
        cands = [c for c, h in zip(cands, hit, strict=True) if c[0] in STRUCTURED_KINDS or not h]
    return cands


def _resolve(text: str, cands: list[tuple[str, int, int]]) -> list[Finding]:
    cands = sorted(cands, key=lambda c: (-_PRIORITY[c[0]], -(c[2] - c[1]), c[1]))
    taken = Taken()
    res: list[Finding] = []
    for kind, s, e in cands:
        if e <= s or taken.overlaps(s, e):
            continue
        taken.add(s, e)
        res.append(Finding(s, e, kind, text[s:e]))
    res.sort()
    return res


#: what may stand between two findings that one placeholder replaces together ("Kerkstraat 12, 9000 Gent")
_JOINABLE_GAP = re.compile(r"[ \t]*[,\-–/]?[ \t]*")


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding by its Dutch placeholder (``PLACEHOLDERS``), so that the sentence still reads:
    the words around a finding stay ("Mevrouw Peeters uit de Kerkstraat 12" -> "Mevrouw [naam] uit de [adres]"),
    and two findings with the same placeholder separated only by a space, comma or dash become one placeholder
    ("Kerkstraat 12, 9000 Gent" -> "[adres]", not "[adres], [adres]")."""
    parts: list[str] = []
    pos = 0
    last = None
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos:
            continue
        placeholder = PLACEHOLDERS.get(f.kind, "[verwijderd]")
        gap = text[pos : f.start]
        if last == placeholder and placeholder != "[naam]" and _JOINABLE_GAP.fullmatch(gap):
            pos = f.end  # absorbed by the previous placeholder
            continue
        parts.append(gap)
        parts.append(placeholder)
        last = placeholder
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
