"""Everything the database holds, as text: to prove that a string is stored nowhere."""

from __future__ import annotations

import json
import re

from django.apps import apps
from django.contrib.sessions.models import Session
from django.db import connection


def normalised(text: str) -> str:
    """Letters and digits only, lower case: '0470/12.34.56' and '0470 12 34 56' both become '0470123456'."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _as_text(value) -> str:
    if isinstance(value, memoryview):
        value = value.tobytes()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def stored_texts() -> list[tuple[str, str]]:
    """(where, text) for every cell of every model's table (ORM), every raw table (SQL) and every session."""
    found: list[tuple[str, str]] = []
    for model in apps.get_models(include_auto_created=True):
        fields = [f for f in model._meta.concrete_fields]
        for row in model._base_manager.all().values_list(*[f.attname for f in fields]):
            for field, value in zip(fields, row, strict=True):
                if value not in (None, ""):
                    found.append((f"{model._meta.label}.{field.attname}", _as_text(value)))
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names from the DB)
            columns = [c[0] for c in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if value not in (None, ""):
                        found.append((f"{table}.{column}", _as_text(value)))
    for session in Session.objects.all():
        found.append((f"session {session.session_key}", _as_text(session.get_decoded())))
    return found


def places_holding(needle: str) -> list[str]:
    """Where the needle is stored, as typed or in normalised form (an empty list when it is stored nowhere)."""
    plain, norm = needle.lower(), normalised(needle)
    return sorted({where for where, text in stored_texts()
                   if plain in text.lower() or (len(norm) >= 6 and norm in normalised(text))})


def tables_in_dump() -> set[str]:
    return {where.split(".")[0] for where, _text in stored_texts()}
