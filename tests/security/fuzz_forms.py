"""Where the fuzzer types: the forms of a page, found with the standard library's HTML parser.

`page_targets(html, page_url)` reads every <form> (its method, action and fields: inputs, selects, textareas, named
submit buttons), every htmx request an element makes on its own (hx-post / hx-get: the element's value, its hx-vals
and the enclosing form's fields, as htmx sends them) and the query parameters of the page's own links (?pagina=2,
?status=…), so that a list's query string is fuzzed too. A `Target` is one request shape: method, path, fields.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from .fuzz_values import Field

TEXT_KINDS = {"text", "search", "email", "url", "tel", "password", "number", "date", "time", "datetime-local",
              "month", "week", "color", "range", "hidden"}


@dataclass
class Target:
    method: str
    path: str  # with its own query string for a POST (a form's action may carry one)
    fields: tuple[Field, ...]
    htmx: bool = False
    source: str = ""  # the page it was found on

    def key(self, url_name: str) -> tuple:
        """What makes two shapes the same: an htmx endpoint (the live check behind every free-text field) is one
        shape whatever form it sits in."""
        names = ("htmx",) if self.htmx else tuple(sorted(f.name for f in self.fields))
        return (self.method, url_name, names)


@dataclass
class _Form:
    method: str
    action: str
    fields: dict[str, Field] = field(default_factory=dict)

    def add(self, name: str, kind: str, value: str | None = None, *, option: bool = False, default: bool = False,
            maxlength: int | None = None) -> None:
        f = self.fields.setdefault(name, Field(name, kind, maxlength=maxlength))
        if option and value is not None and value not in f.options:
            f.options.append(value)
        if default and value is not None:
            f.default.append(value)


@dataclass
class _Htmx:
    method: str
    url: str
    form: _Form | None
    own: dict[str, str]


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[_Form] = []
        self.htmx: list[_Htmx] = []
        self.links: list[str] = []
        self._form: _Form | None = None
        self._select: tuple[str, bool] | None = None  # (name, multiple)
        self._option: str | None = None
        self._option_selected = False
        self._select_has_default = False
        self._textarea: tuple[str, int | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "form":
            self._form = _Form(a.get("method", "get").lower(), a.get("action", ""))
            self.forms.append(self._form)
        for method in ("post", "get"):
            if a.get(f"hx-{method}"):
                own = {a["name"]: a.get("value", "")} if a.get("name") else {}
                try:
                    own.update({k: str(v) for k, v in json.loads(a.get("hx-vals") or "{}").items()})
                except (ValueError, AttributeError):
                    pass
                self.htmx.append(_Htmx(method, a[f"hx-{method}"], self._form, own))
        form, name = self._form, a.get("name")
        if form is None or tag not in ("input", "select", "option", "textarea", "button"):
            return
        maxlength = int(a["maxlength"]) if a.get("maxlength", "").isdigit() else None
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            value = a.get("value", "on" if kind in ("checkbox", "radio") else "")
            if kind in ("checkbox", "radio"):
                form.add(name, kind, value, option=True, default="checked" in a)
            elif kind in ("submit", "image"):
                form.add(name, "submit", value, option=True)
            elif kind != "file" and kind != "reset" and kind != "button":
                form.add(name, kind if kind in TEXT_KINDS else "text", value, default=True, maxlength=maxlength)
        elif tag == "button" and name and a.get("type", "submit").lower() == "submit":
            form.add(name, "submit", a.get("value", ""), option=True)
        elif tag == "select" and name:
            self._select = (name, "multiple" in a)
            self._select_has_default = False
            form.add(name, "select-multiple" if "multiple" in a else "select")
        elif tag == "option" and self._select:
            self._option = a.get("value")
            self._text = []
            self._option_selected = "selected" in a
        elif tag == "textarea" and name:
            self._textarea = (name, maxlength)
            self._text = []

    def handle_data(self, data):
        self._text.append(data)

    def handle_endtag(self, tag):
        form = self._form
        if tag == "option" and self._select and form is not None:
            name, _multiple = self._select
            value = self._option if self._option is not None else "".join(self._text).strip()
            form.add(name, form.fields[name].kind, value, option=True, default=self._option_selected)
            self._select_has_default |= self._option_selected
            self._option = None
        elif tag == "select" and self._select and form is not None:
            f = form.fields[self._select[0]]
            if not self._select_has_default and f.kind == "select" and f.options:
                f.default.append(f.options[0])
            self._select = None
        elif tag == "textarea" and self._textarea and form is not None:
            name, maxlength = self._textarea
            form.add(name, "textarea", "".join(self._text).lstrip("\n"), default=True, maxlength=maxlength)
            self._textarea = None
        elif tag == "form":
            self._form = None


def _buttons_default(form: _Form) -> None:
    """A browser sends the clicked submit button: by default the first one."""
    for f in form.fields.values():
        if f.kind == "submit" and f.options and not f.default:
            f.default.append(f.options[0])


def page_targets(html: str, page_url: str) -> list[Target]:
    """Every request shape a page offers: its forms, its own htmx requests and its links' query parameters."""
    parser = _Parser()
    parser.feed(html)
    page_path = urlsplit(page_url).path
    targets: list[Target] = []
    query = {"pagina": Field("pagina", "number", default=["2"])}
    for form in parser.forms:
        _buttons_default(form)
        action = urljoin(page_url, form.action or page_url)
        parts = urlsplit(action)
        if form.method == "get":
            if parts.path == page_path:  # a filter form of this page: its fields join the page's query string
                query.update(form.fields)
                continue
            targets.append(Target("get", parts.path, tuple(form.fields.values()), source=page_url))
        else:
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            targets.append(Target("post", path, tuple(form.fields.values()), source=page_url))
    for request in parser.htmx:
        fields = dict(request.form.fields) if request.form is not None and request.method == "post" else {}
        fields.update({k: Field(k, "hidden", default=[v]) for k, v in request.own.items()})
        parts = urlsplit(urljoin(page_url, request.url))
        targets.append(Target(request.method, parts.path, tuple(fields.values()), htmx=True, source=page_url))
    for href in parser.links:
        parts = urlsplit(urljoin(page_url, href))
        if parts.path == page_path and parts.query:
            for name, value in parse_qsl(parts.query, keep_blank_values=True):
                f = query.setdefault(name, Field(name, "text"))
                if value not in f.options:
                    f.options.append(value)
    targets.insert(0, Target("get", page_path, tuple(query.values()), source=page_url))
    return targets
