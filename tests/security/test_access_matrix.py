"""The access matrix, generated from the URLconf: every URL pattern × every kind of visitor × another tenant's objects.

The expected answer comes from one declared table (tests/security/access_table.py). A URL pattern nobody declared
fails, and so does a declared name that no longer exists. Each request runs in a savepoint of its own in one world
built per module (tests/security/conftest.py), so a POST that is allowed does not change what the next visitor sees;
a POST that is refused must have written nothing (every table of the product is compared before and after).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
from urllib.parse import urlparse

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.db import DatabaseError
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern

from .access_table import (
    ADMIN_NAMESPACE,
    ADMIN_RULE,
    ALLAUTH_MODULE,
    DENIED,
    LOGIN,
    MAY_READ,
    OK,
    POST_ONLY,
    REFUSED,
    TABLE,
    Access,
)
from .conftest import ANONYMOUS, GIVER, GIVER_IDENTITY, TEXTS, VISITORS, client_of, isolated


# --- the URLconf --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Pattern:
    name: str  # "namespace:name", "" when the pattern has none
    route: str
    params: frozenset  # the names of the URL's arguments
    origin: str  # the module of the URLconf that holds it


def _params(pattern) -> set[str]:
    if isinstance(pattern, RoutePattern):
        return set(pattern.converters)
    return set(pattern.regex.groupindex)


def url_patterns(resolver=None, namespace="", route="", params=frozenset(), origin=""):
    """Every URL pattern of the URLconf, recursively through its includes."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        here = route + str(entry.pattern)
        found = params | _params(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else (
                entry.namespace or namespace)
            module = entry.urlconf_module
            name = getattr(module, "__name__", origin) if not isinstance(module, list) else origin
            yield from url_patterns(entry, inner or "", here, found, name)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else (entry.name or "")
            yield Pattern(name, here, frozenset(found), origin)


def _in_admin(p: Pattern) -> bool:
    return p.name.split(":")[0] == ADMIN_NAMESPACE or p.route.startswith("beheer/")


def _in_allauth(p: Pattern) -> bool:
    return p.origin.startswith(ALLAUTH_MODULE)


def project_patterns() -> list[Pattern]:
    """The patterns the table must declare: all but the admin's and allauth's (covered by a rule each)."""
    return [p for p in url_patterns() if not _in_admin(p) and not _in_allauth(p)]


def _cases(name) -> tuple[Access, ...]:
    entry = TABLE[name]
    return entry if isinstance(entry, tuple) else (entry,)


def test_every_url_pattern_is_declared_in_the_access_table():
    patterns = project_patterns()
    unnamed = [p.route for p in patterns if not p.name]
    declared, present = set(TABLE), {p.name for p in patterns}

    assert not unnamed, f"URL patterns without a name cannot be declared: {unnamed}"
    assert not present - declared, f"Nobody declared who may open these URLs (tests/security/access_table.py): " \
                                   f"{sorted(present - declared)}"
    assert not declared - present, f"Declared, but no such URL any more: {sorted(declared - present)}"


def test_every_url_with_an_object_is_tried_with_another_tenants_object():
    missing = [p.name for p in project_patterns() if p.params - {"slug"} and p.name in TABLE
               and not any(case.foreign for case in _cases(p.name))]

    assert not missing, f"Declare `foreign` (another tenant's object) for: {missing}"


# --- requests -----------------------------------------------------------------------------------------------------
LOGIN_PATHS = {reverse(settings.LOGIN_URL), reverse("admin:login")}


TWO_FACTOR = "two-factor set-up"  # the fixtures set up TOTP for everyone: this answer is never expected


def outcome(response) -> str:
    code = response.status_code
    if code in (301, 302, 303, 307, 308):
        path = urlparse(response["Location"]).path
        if path in LOGIN_PATHS:
            return LOGIN
        return TWO_FACTOR if path.startswith(reverse("mfa_index")) else OK
    if code in (403, 404, 405):
        return DENIED
    if 200 <= code < 300:
        return OK
    return f"status {code}"


def _tables():
    """Every model of the product (and allauth's e-mail addresses and authenticators) whose rows a request could
    write."""
    labels = {"account", "mfa"}
    return [m for m in apps.get_models() if (m.__module__.startswith("lokaalsignaal.") or m._meta.app_label in labels)
            and m._meta.model_name != "postalcode"]


def state() -> dict:
    return {m._meta.label: list(m.objects.order_by("pk").values()) for m in _tables()}


def changed(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after[label]]


def never_read_by(visitor: str) -> dict[str, tuple[str, ...]]:
    """The texts of the world this visitor may never read (access_table.MAY_READ)."""
    texts = {**{key: (text,) for key, text in TEXTS.items()}, "giver identity": GIVER_IDENTITY}
    assert set(texts) == set(MAY_READ), "Every text of the world needs a line in MAY_READ"
    return {key: texts[key] for key, readers in MAY_READ.items() if visitor not in readers}


@dataclass
class Answer:
    outcome: str
    status: int
    location: str = ""
    wrote: tuple = ()
    body: str = ""

    def leaks(self, visitor: str) -> list[str]:
        return [key for key, texts in never_read_by(visitor).items() if any(t in self.body for t in texts)]

    def __str__(self):
        where = f" → {self.location}" if self.location else ""
        wrote = f", and it wrote to {', '.join(self.wrote)}" if self.wrote else ""
        return f"{self.outcome} ({self.status}{where}){wrote}"


def ask(world, visitor: str, method: str, url: str, data: dict, before: dict | None = None) -> Answer:
    """One request as the visitor, in a savepoint rolled back afterwards. Every request starts from the same
    database, so `before` (the state of every table) is taken once; given, the answer says what the request wrote."""
    client = client_of(world, visitor)
    with isolated():
        response = client.post(url, data) if method == "post" else client.get(url)
        try:
            wrote = tuple(changed(before, state())) if before is not None else ()
        except DatabaseError as error:  # the request broke the transaction
            wrote = (f"a broken transaction ({error})",)
    body = unescape(b"".join(response.streaming_content if response.streaming else [response.content]).decode(
        errors="replace"))
    return Answer(outcome(response), response.status_code, response.get("Location", ""), wrote, body)


def as_expected(expected: str, visitor: str, answer: Answer) -> bool:
    if answer.wrote and expected != OK:
        return False
    if expected == POST_ONLY:
        return answer.status == 405 or (visitor == ANONYMOUS and answer.outcome == LOGIN)
    if expected == REFUSED:
        return answer.outcome == OK
    if expected == SHUT:
        return answer.outcome in (LOGIN, DENIED)
    return answer.outcome == expected


def mismatches(world, name: str, case: Access, method: str, args: tuple, rule) -> list[str]:
    url = reverse(name, args=args) + case.query(world)
    data = case.data(world) if method == "post" else {}
    before = state() if method == "post" else None
    found = []
    for visitor in VISITORS:
        expected = rule if isinstance(rule, str) else rule[visitor]
        answer = ask(world, visitor, method, url, data, before if expected != OK else None)
        if not as_expected(expected, visitor, answer):
            found.append(f"{method.upper()} {url} as {visitor}: expected {expected}, got {answer}")
        if leaks := answer.leaks(visitor):
            found.append(f"{method.upper()} {url} as {visitor} shows what they may never read: {leaks}")
    return found


SHUT = "login or denied"


def foreign_rule(case: Access, method: str) -> dict:
    """Another tenant's object: denied to everyone (an anonymous visitor may be sent to the login page first)."""
    if method == "get" and case.get == POST_ONLY:
        return {v: POST_ONLY for v in VISITORS}
    return {v: OK if v in case.foreign_ok else SHUT if v == ANONYMOUS else DENIED for v in VISITORS}


def _matrix():
    for name in TABLE:
        cases = _cases(name)
        for index, case in enumerate(cases):
            label = name if len(cases) == 1 else f"{name}#{index + 1}"
            for method in ("get", "post") if case.post is not None else ("get",):
                yield pytest.param(name, case, method, id=f"{label} {method.upper()}")


@pytest.mark.parametrize(("name", "case", "method"), list(_matrix()))
def test_access_matrix(world, db, name, case, method):
    rule = case.get if method == "get" else case.post
    found = mismatches(world, name, case, method, case.args(world), rule)
    for foreign in case.foreign:
        for problem in mismatches(world, name, case, method, foreign(world), foreign_rule(case, method)):
            found.append(f"[another tenant's object] {problem}")

    assert not found, "\n".join(found)


# --- the rules for the admin and allauth ------------------------------------------------------------------------------
def admin_urls() -> list[str]:
    """The admin's index, and every registered model's list and the page of its first row."""
    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"{info}_changelist"))
        first = model.objects.order_by("pk").values_list("pk", flat=True).first()
        if first is not None:
            urls.append(reverse(f"{info}_change", args=[first]))
    return urls


def test_only_the_platform_admin_opens_the_admin_and_it_shows_no_signal_text(world, db):
    """The platform admin does not read signals: no signal text and no note on any admin page (the accounts she
    manages carry names, so the giver's identity is not checked here)."""
    texts = {key: text for key, text in TEXTS.items()}
    found = []
    for url in admin_urls():
        for visitor in VISITORS:
            answer = ask(world, visitor, "get", url, {})
            expected = ADMIN_RULE[visitor]
            if answer.outcome != expected and not (expected == LOGIN and answer.outcome == DENIED):
                found.append(f"GET {url} as {visitor}: expected {expected}, got {answer}")
            if leaks := [key for key, text in texts.items() if text in answer.body]:
                found.append(f"GET {url} as {visitor} shows signal texts or notes: {leaks}")

    assert not found, "\n".join(found)


def test_allauths_pages_open_without_an_account_and_never_fail(world, db):
    """An anonymous visitor gets the page or the login page; someone logged in never an error (allauth answers 404
    for a second factor she has not set up)."""
    patterns = [p for p in url_patterns() if _in_allauth(p)]
    assert patterns, "allauth's URLs were not found: is ALLAUTH_MODULE still right?"
    declared = {p.name for p in patterns} & set(TABLE)
    assert not declared, f"allauth's pages are covered by the rule, not by the table: {declared}"
    found = []
    for pattern in (p for p in patterns if not p.params):
        url = "/" + pattern.route
        for visitor in (ANONYMOUS, GIVER):
            answer = ask(world, visitor, "get", url, {})
            if answer.status >= 500 or (visitor == ANONYMOUS and answer.outcome not in (OK, LOGIN)):
                found.append(f"GET {url} as {visitor}: {answer}")

    assert not found, "\n".join(found)
