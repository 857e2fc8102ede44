"""Sending one fuzzed request and judging the answer.

Each request runs in a savepoint (`isolated()`), so what it writes is gone before the next one. Inside the savepoint
the product's tables are fingerprinted before and after (row count, newest `updated_at`, sum of `version`: one
query): a POST that fails (4xx, or a page that shows form errors) must leave them as they were, and a GET must add no
row. While fuzzing, the database refuses text with a NUL character as PostgreSQL does, so a NUL that reaches a query
is found on SQLite too.
"""

from __future__ import annotations

import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

from django.apps import apps
from django.db import connection

from .conftest import isolated

ERROR_MARKS = (b'class="error-summary"', b'class="errorlist', b"class=\"errorlist")
SRC = str(Path(__file__).resolve().parents[2] / "src")


def _tables():
    """(table, has updated_at, has version) for every model of the product and of allauth's accounts and MFA."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        app = model._meta.app_config
        if not (app.name.startswith("lokaalsignaal") or app.label in ("account", "mfa")):
            continue
        if model._meta.proxy or not model._meta.managed:
            continue
        columns = {f.column for f in model._meta.concrete_fields}
        found.append((model._meta.db_table, "updated_at" in columns, "version" in columns))
    return sorted(set(found))


class Fingerprint:
    def __init__(self):
        self.tables = _tables()
        parts, self.labels = [], []
        for table, updated, version in self.tables:
            q = connection.ops.quote_name(table)
            parts.append(f"(SELECT COUNT(*) FROM {q})")
            self.labels.append((table, "rows"))
            if updated:
                parts.append(f"(SELECT MAX(updated_at) FROM {q})")
                self.labels.append((table, "updated_at"))
            if version:
                parts.append(f"(SELECT SUM(version) FROM {q})")
                self.labels.append((table, "version"))
        self.sql = "SELECT " + ", ".join(parts)

    def take(self) -> tuple:
        with connection.cursor() as cursor:
            cursor.execute(self.sql)
            return tuple(cursor.fetchone())

    def changed(self, before: tuple, after: tuple, *, rows_only: bool = False) -> list[str]:
        return [f"{table}.{what}" for (table, what), a, b in zip(self.labels, before, after, strict=True)
                if a != b and (what == "rows" or not rows_only)]


def _refuse_nul(execute, sql, params, many, context):
    rows = params if many else [params]
    for row in rows or ():
        values = row.values() if isinstance(row, dict) else (row or ())
        if any(isinstance(v, str) and "\x00" in v for v in values):
            raise ValueError("A string literal cannot contain NUL (0x00) characters.")
    return execute(sql, params, many, context)


@contextmanager
def like_postgresql():
    with connection.execute_wrapper(_refuse_nul):
        yield


def encode(pairs) -> str:
    """x-www-form-urlencoded, UTF-8; a lone surrogate goes out as the (invalid) bytes a broken client sends."""
    return "&".join(f"{quote_plus(k.encode('utf-8', 'surrogatepass'))}="
                    f"{quote_plus(v.encode('utf-8', 'surrogatepass'))}" for k, v in pairs)


def _where(error: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.startswith(SRC)]
    frame = frames[-1] if frames else traceback.extract_tb(error.__traceback__)[-1]
    return f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"


@dataclass
class Answer:
    status: int
    problem: str = ""  # empty: fine


def send(client, fingerprint: Fingerprint, method: str, path: str, pairs, *, htmx: bool = False) -> Answer:
    body = encode(pairs)
    headers = {"HX-Request": "true"} if htmx else {}
    try:
        with isolated():
            before = fingerprint.take()
            if method == "get":
                response = client.generic("GET", f"{path}{'&' if '?' in path else '?'}{body}", headers=headers)
            else:
                response = client.generic("POST", path, body, content_type="application/x-www-form-urlencoded",
                                          headers=headers)
            after = fingerprint.take()
    except Exception as error:  # noqa: BLE001 (any exception is the server error we look for)
        return Answer(500, f"server error: {type(error).__name__}: {str(error)[:160]} at {_where(error)}")
    if response.status_code >= 500:
        return Answer(response.status_code, f"answered {response.status_code}")
    if method == "get":
        changed = fingerprint.changed(before, after, rows_only=True)
        return Answer(response.status_code, f"a GET added rows: {changed}" if changed else "")
    content = response.content if not getattr(response, "streaming", False) else b""
    failed = response.status_code >= 400 or (response.status_code == 200 and any(m in content for m in ERROR_MARKS))
    changed = fingerprint.changed(before, after) if failed else []
    return Answer(response.status_code, f"refused ({response.status_code}) but wrote: {changed}" if changed else "")
