"""Birth dates without a birth cue: a full calendar date about a person (issue 16).

A full date (day, month and year) identifies a person when it stands

* right after her name, in parentheses, between commas or dashes: ``An Peeters (12 maart 1968)``,
  ``meneer X (13-12-1985)``, ``Fatma Kaya, 3-7-1975, vraagt …`` (any year);
* in the same sentence as a named person, a title (``mevrouw``) or a possessive with a role word (``haar zoon``),
  with a year at least two years ago: ``haar zoon, geboren in Gent, staat sinds 14/09/2011 op …``.

A date in a sentence about no one (``sinds 1 januari 2025 geldt …``, ``het decreet van 3-5-2019``) is never
reported; neither is a day without a year (``op 12/10``) or a month with a year (``maart 2024``).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right

from .lexicon import FOREIGN_MONTHS, ROLE_WORDS, ROLES, TITLES, fold

_MONTH_WORDS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    "jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|"
    "january|february|march|may|june|july|august|october|janv|févr|fevr|avr|juil|juill|déc|" + FOREIGN_MONTHS
)
_FULL_DATE = re.compile(
    r"(?<![\w./\-])(?:(?P<d1>\d{1,2})(?P<s1>[./\-])(?P<m1>\d{1,2})(?P=s1)(?P<y1>(?:19|20)\d{2}|['’]?\d{2})"
    # (round 4) also "3-mei-1964", "19 mrt '14"
    # (round 7) also "de 9de van september 2013"
    rf"|(?P<d2>\d{{1,2}})(?:(?:e|ste|de|er)(?:\s+van)?)?(?:\s+|-)(?:{_MONTH_WORDS})\.?(?:\s+|-)"
    r"(?P<y2>(?:19|20)\d{2}|['’]\d{2})"
    # (round 3) ISO: 1985-08-10; (round 4) also 1985/8/10
    r"|(?P<y3>(?:19|20)\d{2})(?P<s3>[\-/])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})"
    # (round 4) eight digits, day month year (12031990): only in the frames below, never by sentence alone
    r"|(?P<d4>0[1-9]|[12]\d|3[01])(?P<m4>0[1-9]|1[0-2])(?P<y4>(?:19|20)\d{2})"
    # (round 5) a Roman-numeral month: "(11-II-1985)"; an English month first: "(Nov 26, 1987)"
    r"|(?P<d5>\d{1,2})[-./](?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[-./](?P<y5>(?:19|20)\d{2})"
    r"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<d6>\d{1,2}),?\s+(?P<y6>(?:19|20)\d{2}))"
    r"(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
_APPOSITION_BEFORE = re.compile(
    r"[ \t]*(?:\(|,|–|-|—)[ \t]*(?:°[ \t]*)?"
    # (round 7) a weekday or an article before the date: "(wo 6 juni 2018)", "(de 9de van september 2013)"
    r"(?:(?:ma|di|wo|do|vr|za|zo|de)\.?[ \t]+)?$"
)
#: (round 7) a role word right before a date in parentheses: "Zoontje (17-3-2017)", "jongere (15de juli 2024)"
_ROLE_BEFORE = re.compile(r"(?<![\w])([^\W\d_]+)[ \t]*\([ \t]*(?:(?:ma|di|wo|do|vr|za|zo|de)\.?[ \t]+)?$")
_APPOSITION_AFTER = re.compile(r"[ \t]*(?:\)|,|–|-|—|$|\.)")
#: (round 9) the lookahead on the first letters lets the scan skip most word starts without trying every title
_TITLE_RE = re.compile(
    r"(?<![\w])(?=["
    + re.escape("".join(sorted({t[0] for t in TITLES if len(t) > 2})))
    + r"])(?:"
    + "|".join(sorted((re.escape(t) for t in TITLES if len(t) > 2), key=len, reverse=True))
    + r")(?![\w])",
    re.IGNORECASE,
)
_OFFICE_AFTER = re.compile(r"\.?[ \t]+(?:de|het)[ \t]+[a-zà-ÿ]")
_POSSESSIVE_ROLE = re.compile(
    r"(?<![\w])(?=[hzmouj])(?:haar|zijn|mijn|onze|ons|hun|uw|jullie)\s+(?:"
    + ROLE_WORDS
    + r")(?![\w])",
    re.IGNORECASE,
)
#: (round 2) the date of an event about the person: "het gesprek met X van 20/10/2019", "brief van …", "afspraak op …"
_EVENT_BEFORE = re.compile(
    r"\b(?:gesprek|afspraak|brief|mail|e-mail|bericht|vergadering|overleg|beslissing|vonnis|uitspraak|factuur|"
    r"aanmaning|huisbezoek|bezoek|zitting|oproep|telefoontje|verslag|aanvraag|melding|"
    # (round 7) the founding of an institution: "Ontmoetingshuis Zuster X werd opgericht op 16 oktober 1950"
    r"opgericht|gesticht|geopend|ingehuldigd)\b[^.!?;\n]{0,45}"
    r"\b(?:van|op|dd\.?|d\.d\.)\s*$",
    re.IGNORECASE,
)
#: a sentence ends at . ! ? ; or a newline followed by a capital, not after a title or an initial ("Dhr. Smit")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+[\"'(«]?[A-ZÀ-Ý0-9])|\n")


def _year(m: re.Match) -> int:
    raw = (m["y1"] or m["y2"] or m["y3"] or m["y4"] or m["y5"] or m["y6"]).lstrip("'’")
    year = int(raw)
    if len(raw) == 2:
        year += 1900 if year > datetime.date.today().year % 100 else 2000
    return year


def _valid(m: re.Match) -> bool:
    day = m["d1"] or m["d2"] or m["d3"] or m["d4"] or m["d5"] or m["d6"]
    month = m["m1"] or m["m3"] or m["m4"] or "1"
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12 and _year(m) <= datetime.date.today().year


#: (round 4) "cliënte is van 24/12/1999", "hij is van 3 mei 1987": a person "is of" a date is born then
_IS_VAN_BEFORE = re.compile(r"(?<![\w])([^\W\d]+)[ \t]+(?:is|ben|bent|was)[ \t]+van[ \t]+$", re.IGNORECASE)
_PRONOUNS = frozenset("hij zij ze ik jij je u die".split())
#: (round 4) "staat 23121992 als geboortedatum": the date named as a birth date after it
_AS_BIRTH_DATE_AFTER = re.compile(
    r"[ \t]+(?:als[ \t]+(?:zijn[ \t]+|haar[ \t]+)?geboorte(?:datum|dag)\b|geboren\b)", re.IGNORECASE
)


#: (round 7) "den Umut is van 19/4/1981": the Flemish article of a man's first name
_DEN_BEFORE = re.compile(r"(?<![\w])den[ \t]+$", re.IGNORECASE)
#: (round 7) what an identity paper says is a birth date: "zijn Turkse paspoort vermeldt 25 Mayıs 1981"
_PAPERS_SAY_BEFORE = re.compile(
    r"(?<![\w])(?:paspoort|identiteitskaart|id-kaart|kids-id|eid|verblijfskaart|verblijfsvergunning|geboorteakte)"
    r"[^.!?;\n]{0,30}?(?<![\w])(?:vermeldt|vermelden|vermeldde|geeft|zegt)[ \t]+$",
    re.IGNORECASE,
)
#: (round 7) the head of a table column of birth dates: "Geboortedatum", "Geb.datum", "°", "DOB"
_BIRTH_COLUMN = re.compile(
    r"[ \t]*(?:geboortedatum|geb(?:oorte)?\.?[ \t]?dat(?:um|\.)?|geb\.?|°|geboren|dob|date of birth|birth ?date)[ \t]*",
    re.IGNORECASE,
)


def _in_table_row(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    return "\t" in text[line_start : line_end if line_end >= 0 else len(text)]


def _table_birth_dates(text: str) -> list[tuple[int, int]]:
    """(round 7) In a table pasted from a spreadsheet (cells between tabs) the full dates in the column whose head is
    a birth cue: "Naam<TAB>Geboortedatum<TAB>Datum melding" over "X<TAB>28-10-1979<TAB>2025-03-16"."""
    if "\t" not in text:
        return []
    found = []
    column = None
    pos = 0
    for line in text.split("\n"):
        cells = line.split("\t")
        if len(cells) < 2:
            column = None
        elif column is None:
            column = next((i for i, c in enumerate(cells) if _BIRTH_COLUMN.fullmatch(c)), None)
        elif column < len(cells):
            start = pos + sum(len(c) + 1 for c in cells[:column])
            cell = cells[column]
            m = _FULL_DATE.fullmatch(cell.strip())
            if m is not None and _valid(m):
                lead = len(cell) - len(cell.lstrip())
                found.append((start + lead, start + lead + len(cell.strip())))
        pos += len(line) + 1
    return found


#: (round 7) the start of a period: "is van 12.04.2024 tot eind mei"
_PERIOD_AFTER = re.compile(r"[ \t]*(?:tot|t/m|tem)(?![\w])", re.IGNORECASE)


def _is_van_person(text: str, s: int, e: int, year: int, name_ends: dict[int, int], starts: list[int]) -> bool:
    m = _IS_VAN_BEFORE.search(text, max(0, s - 40), s)
    if m is None or _PERIOD_AFTER.match(text, e):  # (round 7) "X is van 12.04.2024 tot eind mei": a period
        return False
    word = fold(m.group(1))
    if word in _PRONOUNS or word in ROLES or m.end(1) in name_ends:
        return True
    # (round 7) a capitalised word after "den" or within a sentence: "den Plamen is van 29 augustus 1977"; not a date
    # of this or last year
    if not m.group(1)[:1].isupper() or year > datetime.date.today().year - 2:
        return False
    if _DEN_BEFORE.search(text, max(0, m.start(1) - 8), m.start(1)):
        return True
    sentence_start = starts[bisect_right(starts, m.start(1)) - 1]
    return bool(text[sentence_start : m.start(1)].strip(" \t\n\"'(«-–*•"))


#: (round 11) a sentence in lower case ends at a full stop after a word of five letters or more that is no
#: abbreviation ("… n'a pas de titre valable. op 5 december sluit …"); shorter words before a stop are often
#: abbreviations ("bijv. de", "tel. 0470")
_LOWER_SENTENCE_END = re.compile(r"\.(?<=[^\W\d_]{5}\.)(?=[ \t]+[a-zà-ÿ])")  # the stop first: rarer than letters
_ABBREVIATIONS = frozenset("ongev ongeveer inclusief exclusief volgens respectievelijk".split())


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in _SENTENCE_END.finditer(text):
        if m.group() == ".":
            word = re.search(r"(\w+)$", text[max(0, m.start() - 12) : m.start()])
            if word and (len(word.group(1)) == 1 and word.group(1).isalpha() or word.group(1).lower() in TITLES):
                continue
        starts.append(m.end())
    if ". " in text:
        lower = [
            m.end()
            for m in _LOWER_SENTENCE_END.finditer(text)
            if re.search(r"(\w+)$", text[max(0, m.start() - 20) : m.start()]).group(1).lower() not in _ABBREVIATIONS
        ]
        if lower:
            starts = sorted(set(starts + lower))
    return starts


def sentences_about_someone(text: str, cands: list[tuple[str, int, int]]) -> tuple[list[int], set[int]]:
    """Where the sentences start, and which of them (``bisect_right(starts, position)``) are about a person: a name
    found, a title (not an office: ``mevrouw de minister``) or a possessive with a role word (``haar zoon``)."""
    starts, marks = _people_marks(text)
    people = [(s, e) for kind, s, e in cands if kind == "person_name"] + marks
    return starts, {bisect_right(starts, s) for s, _e in people}


#: (round 9) the last text's sentence starts and title/possessive spans: two finders ask for them
_LAST_MARKS: tuple[str, list[int], list[tuple[int, int]]] | None = None


def _people_marks(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentence starts of ``text`` and the spans of its titles and possessive role words, computed once per text
    (a tuple replaced as one object that holds ``text``, as ``name_tokens.tokens_of``)."""
    global _LAST_MARKS
    last = _LAST_MARKS
    if last is not None and last[0] is text:
        return last[1], last[2]
    starts = _sentence_starts(text)
    # (round 3) "mevrouw de minister", "meneer de voorzitter": an office addressed, no person the text is about
    marks = [m.span() for m in _TITLE_RE.finditer(text) if not _OFFICE_AFTER.match(text, m.end())]
    marks += [m.span() for m in _POSSESSIVE_ROLE.finditer(text)]
    _LAST_MARKS = (text, starts, marks)
    return starts, marks


#: (round 11) the writer's own colleague: "onze collega van de sociale dienst werkt hier sinds 1-9-2019" is about
#: the team's work, not about a person the signal concerns; a date in such a sentence is no one's birth date
_TEAM_MEMBER = re.compile(
    r"(?:mijn|onze|ons)\s+(?:collega|collega's|begeleider|begeleidster|vrijwilliger|vrijwilligster|"
    r"verpleegkundige|thuisverpleegkundige|huisarts|arts)(?![\w])",
    re.IGNORECASE,
)


def first_people(text: str, names: list[tuple[int, int]]) -> tuple[list[int], dict[int, int]]:
    """Where the sentences start, and for each sentence about someone where its first person stands: a name, a
    title or a possessive role, but not the writer's own colleague (``onze collega``, ``mijn begeleidster``)."""
    starts, marks = _people_marks(text)
    first: dict[int, int] = {}
    for s, _e in names + [(s, e) for s, e in marks if not _TEAM_MEMBER.match(text, s)]:
        sentence = bisect_right(starts, s)
        if s < first.get(sentence, len(text)):
            first[sentence] = s
    return starts, first


#: (round 11) the start or end of a measure: "sinds 1 maart 2019 is het loket … dicht", "vanaf", "tot"
_MEASURE_BEFORE = re.compile(r"(?<![\w])(?:sinds|vanaf|tot(?:[ \t]+en[ \t]+met)?|t/m|tem)[ \t]+$", re.IGNORECASE)
_BIRTH_CUE = re.compile(r"(?<![\w])(?:geboren|geb\.|geboortedatum|née?)(?![\w])|°", re.IGNORECASE)


def about_someone_at(text: str, s: int, starts: list[int], first: dict[int, int]) -> bool:
    """A full date at ``s`` is in a sentence about someone (``first_people``). (round 11) A date after ``sinds``,
    ``vanaf`` or ``tot`` before anyone is named is a measure's (``sinds 1 maart 2019 is het loket dicht; zoontje X
    …``), unless a birth cue stands in the sentence before it; after a person it still may be hers
    (``haar zoon X woont sinds 2 mei 2014 bij ons``)."""
    sentence = bisect_right(starts, s)
    person = first.get(sentence)
    if person is None:
        return False
    if person < s or not _MEASURE_BEFORE.search(text, max(0, s - 16), s):
        return True
    return _BIRTH_CUE.search(text, starts[sentence - 1], s) is not None


#: (round 7) "Een vrouw van 52 jaar, geboren in 1973, woont …": someone unnamed, described by what she is
_UNNAMED_PERSON = re.compile(
    r"(?<![\w])een[ \t]+(?:[^\W\d]+[ \t]+)?(?:"
    + ROLE_WORDS
    + r")(?![\w])[^.!?;\n]*?\bgeboren[ \t]+in[ \t]+$",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def drop_unnamed_birth_years(text: str, cands: list[tuple[str, int, int]]) -> None:
    """(round 7) A birth year alone of someone the sentence does not name (``een vrouw van 52 jaar, geboren in
    1973``) points to no one: no warning. A full birth date, or a year in a sentence with a name, a title or a
    possessive role (``haar zoon, geboren in 2010``), still is one."""
    years = [c for c in cands if c[0] == "birth_date" and _BARE_YEAR.fullmatch(text, c[1], c[2])]
    if not years:
        return
    starts, about_someone = sentences_about_someone(text, cands)
    drop = set()
    for c in years:
        sentence = bisect_right(starts, c[1])
        if sentence in about_someone:
            continue
        if _UNNAMED_PERSON.search(text, starts[sentence - 1], c[1]):
            drop.add(c)
    if drop:
        cands[:] = [c for c in cands if c not in drop]


def find_person_dates(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Add ``birth_date`` candidates for full dates about a person; ``cands`` holds the other findings so far."""
    drop_unnamed_birth_years(text, cands)
    dates = [m for m in _FULL_DATE.finditer(text) if _valid(m)]
    if not dates:
        return
    taken = [(s, e) for kind, s, e in cands if kind in ("birth_date", "national_number", "phone", "iban", "email")]
    for s, e in _table_birth_dates(text):
        if not any(ts < e and s < te for ts, te in taken):
            cands.append(("birth_date", s, e))
    names = sorted((s, e) for kind, s, e in cands if kind == "person_name")
    taken = [(s, e) for kind, s, e in cands if kind in ("birth_date", "national_number", "phone", "iban", "email")]
    starts, first = first_people(text, names)
    last_year = datetime.date.today().year - 2
    name_ends = {e: s for s, e in names}
    for m in dates:
        s, e = m.span()
        if any(ts < e and s < te for ts, te in taken) or _PERIOD_AFTER.match(text, e):
            continue
        if _AS_BIRTH_DATE_AFTER.match(text, e) or _is_van_person(text, s, e, _year(m), name_ends, starts):
            cands.append(("birth_date", s, e))
            continue
        if _PAPERS_SAY_BEFORE.search(text, max(0, s - 60), s) and _year(m) <= last_year:
            cands.append(("birth_date", s, e))
            continue
        # apposition: right after a name (or a title + name), in parentheses / between commas or dashes
        before = text[max(0, s - 12) : s]
        gap = _APPOSITION_BEFORE.search(before)
        if gap is not None and (s - len(gap.group())) in name_ends and _APPOSITION_AFTER.match(text, e):
            cands.append(("birth_date", s, e))
            continue
        role = _ROLE_BEFORE.search(text, max(0, s - 30), s)
        if role is not None and fold(role.group(1)) in ROLES and text[e : e + 1] == ")":
            cands.append(("birth_date", s, e))
            continue
        if _in_table_row(text, s):
            continue  # (round 7) in a table the column's head says what a date is (``_table_birth_dates``)
        if m["d4"] is None and _year(m) <= last_year and about_someone_at(text, s, starts, first):
            if _EVENT_BEFORE.search(text[max(0, s - 60) : s]):
                continue  # "het gesprek met X van 20 oktober 2019": the date of an event, not of a birth
            cands.append(("birth_date", s, e))
