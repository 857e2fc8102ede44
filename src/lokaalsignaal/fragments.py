"""Parts of a page written once per process and kept while everything they show stays the same (issue 17).

The coordinator's pages carry forms nobody has typed in yet: the inbox's filters and bulk bar, a knelpunt's stage,
message, note, decision and analysis forms. Written through Django's forms they were a third of those pages' CPU
(docs/performance.md), and they come out the same on every visit. `{% kept_fragment %}`
(`pages.templatetags.kept_fragments`) keeps the HTML of such a part in this process under a key made of everything
the part shows, and writes the kept HTML while the key is the same.

Safe by construction:

- The key is the content, not a name for it: a form enters it through `form_key` (its class, every field's value,
  its choices as written, each widget's attributes, the data it is bound to and whether it has errors; a label or
  hint through its text, unless it is the very one its class declares: the class and the language say it), other
  values as they are (a municipality's slug, a knelpunt's id, a query string), and the active language always. Two
  people get the same kept HTML only when everything in it would have been written the same for both.
- A form someone typed in (bound to a POST: it has `guarded_fields`, free text checked by the privacy guard), or one
  bound to a search someone typed (a filter form's search box), is never kept: its part is written as before. Free
  text stays out of memory that outlives the request.
- The CSRF token differs per request: a part is written with a stand-in token (random per process) and each request
  puts its own token in its place.
- At most `MAX_PARTS` parts and `MAX_TOTAL` characters per process (least recently used leave first), each part at
  most `MAX_LENGTH` characters.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable

from django import forms
from django.core.exceptions import ImproperlyConfigured
from django.forms import BaseForm
from django.urls import get_script_prefix, get_urlconf
from django.utils.translation import get_language

MAX_PARTS = 256
MAX_LENGTH = 200_000  # the largest part, an overview's numbers and charts, is ~80,000 characters; a form ~1,000-6,000
MAX_TOTAL = 4_000_000  # a few MB per worker, whatever keys someone asks for
TOKEN_STAND_IN = "keptcsrf" + secrets.token_hex(16)  # letters and digits: escaping leaves it as it is

_DECLARED = "\x1fas-declared"  # in a key: the label or hint its form's class declares (`form_key`)

_parts: OrderedDict[tuple, str] = OrderedDict()
_total = 0  # characters in `_parts`
_lock = threading.Lock()


class NotKept(Exception):
    """This part is written per request (a form that was typed in)."""


def _text(value) -> str:
    return "" if value is None else str(value)


def _choices(field, signed: dict) -> tuple:
    """A choice field's choices as written. A list that says how to key it (`content`: a name and a function giving
    the whole table's content in one query, as `reference.lists`) is keyed on that instead of being read."""
    content = getattr(getattr(field, "kept", None), "content", None)
    if content is not None and not field.kept_values:
        name, read = content
        if read not in signed:
            signed[read] = read()
        return name, _text(field.empty_label), signed[read]
    return tuple((_text(v), _text(label)) for v, label in field.choices)


def _holds_typed_text(form: BaseForm) -> bool:
    """A bound form with text someone typed in a free-text field (a search box): it may name a person."""
    return any(isinstance(field, forms.CharField) and not field.widget.is_hidden and form[name].data
               for name, field in form.fields.items())


def form_key(form: BaseForm, signed: dict | None = None) -> tuple:
    """Everything of `form` that its fields write. Raises `NotKept` for a form with free text that was typed in.
    `signed`: the table contents already read for this key (`_choices`)."""
    if form.is_bound and (getattr(form, "guarded_fields", None) or _holds_typed_text(form)):
        raise NotKept
    signed = {} if signed is None else signed
    fields, declared = [], form.base_fields
    for name, field in form.fields.items():
        bound = form[name]
        widget = field.widget
        value = bound.value()
        value = tuple(_text(v) for v in value) if isinstance(value, list | tuple) else _text(value)
        # the choices as written (a hidden widget writes only its value: a list of thousands of signals stays unread)
        choices = () if widget.is_hidden or not hasattr(field, "choices") else _choices(field, signed)
        attrs = tuple(sorted((k, _text(v)) for k, v in widget.attrs.items()))
        base = declared.get(name)
        # a label or hint the form's class declares is keyed by the class and the language (both in the key)
        label = _DECLARED if base is not None and field.label is base.label else _text(field.label)
        hint = _DECLARED if base is not None and field.help_text is base.help_text else _text(field.help_text)
        fields.append((name, field.required, field.disabled, label, hint, value, choices, attrs))
    data = None
    if form.is_bound:
        lists = form.data.lists() if hasattr(form.data, "lists") else ((k, [v]) for k, v in form.data.items())
        data = tuple(sorted((k, tuple(_text(v) for v in values)) for k, values in lists))
    errors = tuple(sorted((k, tuple(str(e) for e in v)) for k, v in form.errors.items())) if form.is_bound else ()
    return type(form).__module__, type(form).__qualname__, form.prefix, form.auto_id, data, errors, tuple(fields)


class Unbound:
    """A form nobody has typed in, made only when its part must be written: `Unbound(NoteForm)` in a page's context
    instead of `NoteForm()`. Its key is the `form_key` of one such form, made once per process, language and script
    prefix (`key`): a page whose part is kept makes no form at all (making one copies every field, 50-160 µs a form).

    Only for a class whose forms are all alike, made without arguments: refused when a field lists rows of the
    database (a queryset) or takes its initial value from a function (a date of today), or when the form it makes has
    other fields than its class declares. What the template reads of it (`form.errors`, `form.note`) is read from the
    form, made at the first read; `errors` is empty without making it (nobody typed in it)."""

    def __init__(self, form_class):
        for name, field in form_class.base_fields.items():
            if hasattr(field, "queryset") or callable(field.initial):
                raise ImproperlyConfigured(f"{form_class.__name__}.{name} changes without the form's class changing: "
                                           "its forms are not all alike.")
        self.form_class, self._form = form_class, None

    @property
    def form(self) -> BaseForm:
        if self._form is None:
            form = self.form_class()
            if list(form.fields) != list(self.form_class.base_fields):
                raise ImproperlyConfigured(f"{self.form_class.__name__} makes fields its class does not declare.")
            self._form = form
        return self._form

    @property
    def errors(self) -> dict:
        return {}

    def key(self) -> tuple:
        memo = (self.form_class, get_language(), get_script_prefix(), get_urlconf())
        found = _unbound_keys.get(memo)
        if found is None:
            if len(_unbound_keys) >= MAX_PARTS:  # a handful of classes and languages: more is never expected
                _unbound_keys.clear()
            found = _unbound_keys[memo] = form_key(self.form)
        return found

    def __getitem__(self, name):  # the template asks `form[name]` before `form.name`
        if self._form is None and name not in self.form_class.base_fields:
            raise KeyError(name)
        return self.form[name]

    def __getattr__(self, name):  # what the class does not have: the form's
        if name.startswith("_"):  # its own attributes (`_form`) and Python's protocols are never the form's
            raise AttributeError(name)
        return getattr(self.form, name)

    def __iter__(self):
        return iter(self.form)

    def __str__(self) -> str:
        return str(self.form)

    def __html__(self) -> str:  # `{{ form }}` writes the form's HTML, not its text escaped
        return self.form.__html__()


_unbound_keys: dict[tuple, tuple] = {}  # per form class, language, script prefix and URLconf (`Unbound.key`)


def key_of(name: str, values) -> tuple:
    """The key of a part: its name, the language and `values` (forms through `form_key`)."""
    signed: dict = {}
    return (name, get_language(), *(form_key(v, signed) if isinstance(v, BaseForm) else v.key()
                                     if isinstance(v, Unbound) else v for v in values))


def kept(key: tuple, write: Callable[[], str], token: Callable[[], str]) -> str:
    """The part under `key` with `token()` as its CSRF token (asked only when the part holds a form that posts);
    `write()`, with `TOKEN_STAND_IN` as the token, writes it the first time."""
    global _total
    with _lock:
        html = _parts.get(key)
        if html is not None:
            _parts.move_to_end(key)
    if html is None:
        html = write()
        if len(html) <= MAX_LENGTH:
            with _lock:
                _total += len(html) - len(_parts.pop(key, ""))
                _parts[key] = html
                while len(_parts) > MAX_PARTS or _total > MAX_TOTAL:
                    _total -= len(_parts.popitem(last=False)[1])
    return html.replace(TOKEN_STAND_IN, token()) if TOKEN_STAND_IN in html else html


def kept_in(context, key: Callable[[], tuple], render: Callable[[], str]) -> str:
    """A part of a template kept under `key()` (`kept`): `render()` writes it with a stand-in for the context's CSRF
    token, and each request's own token is put in. Written per request when the page has no token (no request: it
    writes none) or when `key()` raises `NotKept` (a form typed in) or gives what cannot be a key."""
    token = context.get("csrf_token")
    if token is None or str(token) == "NOTPROVIDED":
        return render()
    try:
        found = key()
        hash(found)
    except (NotKept, TypeError):
        return render()

    def write() -> str:
        with context.push(csrf_token=TOKEN_STAND_IN):
            return render()

    return kept(found, write, lambda: str(token))


def forget() -> None:
    """Drop every kept part of this process (tests)."""
    global _total
    with _lock:
        _parts.clear()
        _total = 0
