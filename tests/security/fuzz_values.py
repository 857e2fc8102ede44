"""What the fuzzer types: hypothesis strategies for the values of one form field, and for a whole form.

A form is filled as a browser would (each field's own value, a chosen option, the first submit button), then some
fields are spoilt: a value that is too long, of the wrong type, a far date, a huge or negative number, odd unicode
(NUL, lone surrogates, right-to-left marks, combining marks, other scripts' digits), empty, several values where one
is expected, or the field left out. Values are strings (sent as UTF-8; a lone surrogate goes out as the invalid bytes
a broken client would send)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

LONG = 20_000  # past every max_length (the longest free text is 5,000), short enough to keep the run quick

NUMBERS = ["0", "-1", "-0", "1.5", "1e3", "1e309", "NaN", "inf", "-inf", "0x1F", "9" * 20, "-" + "9" * 20,
           str(2**31), str(2**63), str(2**64), "１２", "٣", "1_000", " 7 ", "+5"]
DATES = ["9999-12-31", "0001-01-01", "10000-01-01", "2024-02-30", "1970-01-01", "31/12/9999", "0000-00-00",
         "2025-13-01", "9999-12-31T23:59", "0001-01-01T00:00", "2025-03-30T02:30", "2025-10-26T02:30"]
TIMES = ["25:61", "24:00", "23:59:59.999999", "-1:00", "12", "12:00 PM", "٠٩:٣٠"]
UNICODE = ["\x00", "a\x00b", "\ud800", "x\udfffy", "\ufeff", "\u202eevil", "\u200b" * 40, "e\u0301" * 40,
           "👩‍👩‍👧" * 10, "\U0010ffff", "\uffff", "\x7f\x1b[31m", "\r\n\r\n", "\t", "İıſK", "ﷺ" * 20, "Ⅻ"]
TEXTS = ["", " ", "<script>alert(1)</script>", "{{ 7|add:1 }}", "{% now 'Y' %}", "%(name)s %s", "' OR '1'='1",
         "../../etc/passwd", "javascript:alert(1)", "http://[::1", "null", "None", "true", "[]", "{}",
         "a@b", "@", "x" * 300, "é" * 160]


@dataclass
class Field:
    """One field name of a form: its kind, the values offered (options, checkboxes, buttons) and what a browser
    sends by default."""

    name: str
    kind: str = "text"
    options: list[str] = field(default_factory=list)
    default: list[str] = field(default_factory=list)
    maxlength: int | None = None



def _long(maxlength: int | None):
    sizes = sorted({LONG, *((maxlength, maxlength + 1) if maxlength else ())})
    return st.sampled_from(sizes).flatmap(lambda n: st.sampled_from(["x" * n, ("Marie Claes " * n)[:n], "é" * n]))


surrogates = st.integers(0xD800, 0xDFFF).map(chr)
odd_text = st.text(st.one_of(st.characters(exclude_categories=()), surrogates), max_size=40)


def spoilt(f: Field):
    """A bad value for this field (any field gets any of them now and then: a number where a date is expected)."""
    own = [*NUMBERS] if f.kind in ("number", "hidden") else []
    own += DATES if f.kind.startswith("date") else []
    own += TIMES if f.kind == "time" else []
    own += [o + suffix for o in f.options[:5] for suffix in ("x", "\x00", " ")] + [f"-{o}" for o in f.options[:3]]
    everything = NUMBERS + DATES + TIMES + UNICODE + TEXTS
    choices = [st.sampled_from(everything), _long(f.maxlength), odd_text]
    if own:
        choices.insert(0, st.sampled_from(own))
    return st.one_of(*choices)


# A plausible value per kind of input, for a field whose page offers none (so the rest of the form is valid and a
# spoilt field is what the server has to deal with).
PLAUSIBLE = {"email": "iemand@voorbeeld.be", "url": "https://voorbeeld.be", "number": "1", "date": "2030-01-15",
             "time": "10:00", "datetime-local": "2030-01-15T10:00", "password": "Een-goed-wachtwoord-42",
             "tel": "056 27 74 00"}
TEXT = "Gezinnen wachten maanden op budgetbegeleiding."
UNTOUCHED = ("csrfmiddlewaretoken",)


def filled(f: Field) -> list[str]:
    """A value that makes this field valid where possible: a real option (not the '— Kies —' placeholder), a
    checked box, the page's own value, or a plausible value of its kind."""
    real = [o for o in f.options if o]
    if f.kind == "checkbox":
        return (real or f.options)[:1] or list(f.default)
    if f.kind in ("radio", "select", "select-multiple") and f.options:
        return [(real or f.options)[-1]]
    if f.kind == "submit":
        return list(f.default[:1] or f.options[:1])
    if f.kind == "hidden" or any(f.default):
        return list(f.default)
    return [PLAUSIBLE.get(f.kind, TEXT)]


def normal(f: Field):
    """A value a browser could send: the page's default, a filled value, or one (or some) of the options."""
    choices = [st.just(list(f.default)), st.just(filled(f))]
    if f.kind == "checkbox" and f.options:
        choices.append(st.lists(st.sampled_from(f.options), unique=True, max_size=len(f.options)))
    if f.kind in ("radio", "select", "submit") and f.options:
        choices.append(st.sampled_from(f.options).map(lambda v: [v]))
    if f.kind == "select-multiple" and f.options:
        choices.append(st.lists(st.sampled_from(f.options), unique=True, min_size=1, max_size=len(f.options)))
    return st.one_of(*choices)


def value(f: Field):
    """The list of values sent for one field ([] leaves it out)."""
    return st.one_of(
        spoilt(f).map(lambda v: [v]),
        st.lists(spoilt(f) | st.sampled_from(f.options or f.default or ["1"]), min_size=2, max_size=3),
        st.just([]),
    )


def _pairs(fields, values) -> list[tuple[str, str]]:
    return [(f.name, v) for f, vs in zip(fields, values, strict=True) for v in vs]


@st.composite
def payload(draw, fields: tuple[Field, ...]) -> list[tuple[str, str]]:
    """(name, value) pairs for one request: every field as a browser would send it, one or more of them spoilt."""
    fuzzable = [i for i, f in enumerate(fields) if f.name not in UNTOUCHED]
    spoil = set()
    if fuzzable:
        one = st.sampled_from(fuzzable).map(lambda i: {i})
        spoil = draw(st.one_of(one, st.sets(st.sampled_from(fuzzable), max_size=len(fuzzable))))
    return _pairs(fields, [draw(value(f) if i in spoil else normal(f)) for i, f in enumerate(fields)])


def signatures(f: Field) -> list[str]:
    """The values every field is tried with, one field at a time (the explicit examples)."""
    if f.kind.startswith("date"):
        return ["9999-12-31", "0001-01-01"]
    if f.kind == "time":
        return ["25:61"]
    if f.kind in ("text", "textarea", "search", "email", "url", "tel", "password"):
        return ["x" * LONG, "a\x00b"]
    return ["9" * 20, "abc"]  # numbers, hidden values, choices: ids and versions


def explicit(fields: tuple[Field, ...]) -> list[list[tuple[str, str]]]:
    """The form filled in validly, then each field spoilt on its own with each of its signature values; every field
    sent twice; nothing sent at all."""
    base = [filled(f) for f in fields]
    out = []
    for i, f in enumerate(fields):
        if f.name in UNTOUCHED:
            continue
        for bad in signatures(f):
            out.append(_pairs(fields, [*base[:i], [bad], *base[i + 1:]]))
    out.append(_pairs(fields, [[*vs, "2"] if vs else ["1", "2"] for vs in base]))
    out.append([])
    return out
