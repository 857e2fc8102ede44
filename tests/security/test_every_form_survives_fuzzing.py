"""Input fuzzing of every form: no answer is a server error, and a refused POST writes nothing.

For every URL pattern of the URLconf (the Django admin and allauth's pages left out, except sign-up and login), each
kind of visitor who may open it (the access table, tests/security/access_table.py) fetches the page; its forms, its
htmx requests and its links' query parameters are read from the HTML (tests/security/fuzz_forms.py), so a new form is
fuzzed without anyone listing it. POST-only URLs whose form is not on any page are fuzzed with the fields of their
declared POST data. Hypothesis fills the fields as a browser would and spoils some (tests/security/fuzz_values.py);
each request runs in a savepoint (tests/security/fuzz_run.py): no answer may be >= 500, a refused POST (4xx, or a page
that shows form errors) must leave every table as it was, a GET must add no row. Text parts of the URL (a signal's
reference, a token) get odd values too. Derandomized: the same requests in every run.

The number of requests tried is printed at the end of the module and written to var/fuzz.json.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse
from hypothesis import HealthCheck, Phase, example, given, settings

from .access_table import OK, TABLE
from .conftest import ANONYMOUS, COORDINATOR, GIVER, PARTNER, READER, REGION_COORDINATOR
from .fuzz_forms import Target, page_targets
from .fuzz_run import Fingerprint, like_postgresql, send
from .fuzz_values import Field, explicit, payload

ROLES = (ANONYMOUS, GIVER, COORDINATOR, PARTNER, READER, REGION_COORDINATOR)
ALLAUTH_FORMS = ("account_login", "account_signup")  # allauth's only pages that are fuzzed
SKIPPED_PREFIXES = ("/beheer/", "/accounts/")  # the Django admin; allauth (but for ALLAUTH_FORMS)
# Generated examples per request shape, on top of the explicit ones (each field spoilt on its own: fuzz_values.explicit;
# a page whose only query parameter is `pagina` gets few): the module stays within ~3 minutes on SQLite, 2 cores.
EXAMPLES = {"post": 35, "get": 15, "pagina": 3}
PATH_PROBES = ("\x00", "x" * 1000, "\ud800", "'", "%", "ÿ", "..", "a b")
RESULTS = Path(__file__).resolve().parents[2] / "var" / "fuzz.json"  # ignored by git: the tree stays clean
BACKEND = "django.contrib.auth.backends.ModelBackend"


@dataclass
class Tally:
    requests: int = 0
    shapes: int = 0
    by_role: dict = field(default_factory=dict)
    fuzzed: set = field(default_factory=set)  # request shapes done (by an earlier visitor)
    listed: list = field(default_factory=list)  # what was fuzzed, for the results file
    started: float = field(default_factory=time.monotonic)


@pytest.fixture(scope="module")
def tally(request):
    counts = Tally()
    yield counts
    seconds = round(time.monotonic() - counts.started, 1)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"requests": counts.requests, "request_shapes": counts.shapes,
                                   "by_role": counts.by_role, "seconds": seconds, "fuzzed": counts.listed},
                                  indent=1) + "\n")
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # shown in a passing run too
            reporter.write_line(f"\nfuzzing: {counts.requests} requests over {counts.shapes} forms and pages "
                                f"in {seconds} s (var/fuzz.json)")


# --- where the forms are ---------------------------------------------------------------------------------------
def url_names(resolver=None, namespace=""):
    """The names of the URLconf's patterns, in order (the admin and allauth are left out)."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern) in ("beheer/", "accounts/"):
                continue
            inner = ":".join(p for p in (namespace, entry.namespace) if p)
            yield from url_names(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}:{entry.name}" if namespace else entry.name


def _cases(name):
    entry = TABLE.get(name)
    return () if entry is None else entry if isinstance(entry, tuple) else (entry,)


def _may(rule, role) -> bool:
    return isinstance(rule, Mapping) and rule.get(role) == OK


def pages(role, world) -> list[str]:
    """The pages this visitor may open, with Kortrijk's own objects."""
    found = [reverse(name) for name in ALLAUTH_FORMS] if role == ANONYMOUS else []
    for name in url_names():
        for access in _cases(name):
            if _may(access.get, role):
                found.append(reverse(name, args=access.args(world)) + access.query(world))
    return found


def fallbacks(role, world, seen: set[str]) -> list[Target]:
    """POST-only URLs of this visitor whose form no page showed: their declared POST data's fields."""
    targets = []
    for name in url_names():
        for access in _cases(name):
            if name in seen or not _may(access.post, role) or _may(access.get, role):
                continue
            data = access.data(world) or {}
            fields = tuple(Field(k, "hidden", default=[str(x) for x in (v if isinstance(v, list) else [v])])
                           for k, v in data.items())
            targets.append(Target("post", reverse(name, args=access.args(world)), fields, source="table"))
    return targets


def _view_name(path: str) -> str | None:
    path = urlsplit(path).path
    if path.startswith(SKIPPED_PREFIXES) and not any(path == reverse(n) for n in ALLAUTH_FORMS):
        return None
    try:
        return resolve(path).view_name
    except Resolver404:
        return None


def _str_probes(path: str) -> list[str]:
    """The page's path with each text argument (<str:…>: a reference, a token) replaced by odd values."""
    match = resolve(path)
    out = []
    for name, value in match.kwargs.items():
        if f"<str:{name}>" in match.route and isinstance(value, str):
            segment = f"/{quote(value, safe='')}/"
            for probe in PATH_PROBES:
                odd = quote(probe.encode("utf-8", "surrogatepass"), safe="")
                out.append(path.replace(segment, f"/{odd}/", 1))
    return out


# --- fuzzing ---------------------------------------------------------------------------------------------------
class Problem(AssertionError):
    pass


def fuzz(client, fingerprint, role, target: Target, keep_cookies, counts: Tally) -> list[str]:
    """Hypothesis-generated requests of one shape; returns the problem found (after shrinking), if any."""

    kind = "pagina" if [f.name for f in target.fields] == ["pagina"] else target.method

    @settings(max_examples=EXAMPLES[kind], derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate, Phase.shrink))
    @given(pairs=payload(target.fields))
    def run(pairs):
        answer = send(client, fingerprint, target.method, target.path, pairs, htmx=target.htmx)
        counts.requests += 1
        counts.by_role[role] = counts.by_role.get(role, 0) + 1
        keep_cookies()
        if answer.problem:
            raise Problem(f"{role}: {target.method.upper()} {target.path} (form on {target.source}) with "
                          f"{pairs!r:.400}: {answer.problem}")

    for pairs in explicit(target.fields):
        run = example(pairs=pairs)(run)
    try:
        run()
    except Exception as problem:  # noqa: BLE001 (a Problem, or hypothesis' Flaky around one)
        return [str(problem).splitlines()[0][:900]]
    return []


def _signed_in(client, user):
    """Log the visitor in; returns keep(): after each request, only the session cookie (a POST that switched the
    language or logged in again is rolled back, and so must the browser's cookies be)."""
    if user is not None:
        client.force_login(user, backend=BACKEND)
    session = client.cookies["sessionid"].value if "sessionid" in client.cookies else None

    def keep():
        client.cookies.clear()
        if session:
            client.cookies["sessionid"] = session

    return keep


@pytest.mark.parametrize("role", ROLES)
def test_every_form_survives_fuzzing(world, db, tally, role):
    client = Client()
    keep_cookies = _signed_in(client, world.people[role])
    fingerprint = Fingerprint()
    problems, shapes, seen_names = [], [], set()
    with like_postgresql():
        for url in pages(role, world):
            answer = client.get(url)
            keep_cookies()
            tally.requests += 1
            if answer.status_code != 200 or "html" not in answer.get("Content-Type", ""):
                continue
            for target in page_targets(answer.content.decode(), url):
                name = _view_name(target.path)
                if name is not None:
                    shapes.append((name, target))
            for probe in _str_probes(urlsplit(url).path):
                if ("probe", probe) in tally.fuzzed:
                    continue
                tally.fuzzed.add(("probe", probe))
                result = send(client, fingerprint, "get", probe, [])
                tally.requests += 1
                keep_cookies()
                if result.problem:
                    problems.append(f"{role}: GET {probe[:120]}: {result.problem}")
        seen_names = {name for name, _target in shapes}
        shapes += [(_view_name(t.path), t) for t in fallbacks(role, world, seen_names)]
        for name, target in shapes:
            key = target.key(name)
            if key in tally.fuzzed:
                continue
            tally.fuzzed.add(key)
            tally.shapes += 1
            tally.listed.append(f"{role}: {target.method.upper()} {name} {sorted(f.name for f in target.fields)}")
            problems += fuzz(client, fingerprint, role, target, keep_cookies, tally)

    assert not problems, "\n".join(problems)


# --- the fuzzer can fail ---------------------------------------------------------------------------------------
def test_the_fuzzer_reports_a_server_error(world, db, monkeypatch):
    """A live check that breaks on a NUL character is reported, with the request that broke it."""
    from lokaalsignaal.guard import services as guard

    real = guard.check
    monkeypatch.setattr(guard, "check", lambda text, *a, **k: real(text, *a, **k) if "\x00" not in text else 1 / 0)
    client = Client()
    keep = _signed_in(client, world.people[GIVER])
    target = Target("post", reverse("guard:check"), (Field("_field", "hidden", default=["body"]),
                                                     Field("body", "textarea", default=["Tekst"])), htmx=True)

    problems = fuzz(client, Fingerprint(), GIVER, target, keep, Tally())

    assert len(problems) == 1 and "ZeroDivisionError" in problems[0] and "body" in problems[0]


def test_the_fingerprint_sees_what_a_request_wrote(world, db):
    """A new row and a changed row both show (the check behind 'a refused POST writes nothing')."""
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    fingerprint = Fingerprint()
    before = fingerprint.take()
    Knelpunt.objects.filter(pk=world.knelpunt.pk).update(version=world.knelpunt.version + 1)
    world.people[GIVER].notifications.create(kind=world.notification.kind)
    after = fingerprint.take()

    changed = fingerprint.changed(before, after)
    assert "casework_knelpunt.version" in changed
    assert any(c.startswith("feedback_notification") and c.endswith(".rows") for c in changed)
    assert fingerprint.changed(before, after, rows_only=True) == [c for c in changed if c.endswith(".rows")]
