"""Back up the database and restore it, while the app keeps running.

SQLite: the online backup API (`sqlite3.Connection.backup`) copies a consistent snapshot, page by page, also while
other processes write (WAL); a restore copies the backup back into the live database the same way, so open
connections see the restored data at once. PostgreSQL: `pg_dump --format=custom` and
`pg_restore --clean --if-exists --single-transaction` (all or nothing), with the connection parameters of
settings.DATABASES passed in the environment (PGPASSWORD never shows on a command line).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from django.db import connections

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"


class BackupError(Exception):
    """A backup or restore that could not be made; the message says why."""


def default_name(vendor: str, now: datetime | None = None) -> str:
    """lokaalsignaal-20261204T153000Z.sqlite3 (or .dump): the UTC time sorts the files."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    return f"lokaalsignaal-{now:%Y%m%dT%H%M%SZ}.{'sqlite3' if vendor == 'sqlite' else 'dump'}"


def describe(using: str = "default") -> str:
    """The database a restore replaces, in words."""
    connection = connections[using]
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"the SQLite database {settings['NAME']}"
    host = settings.get("HOST") or "localhost"
    return f"the PostgreSQL database {settings['NAME']} on {host}:{settings.get('PORT') or 5432}"


def backup(output: Path | str | None = None, directory: Path | str = ".", using: str = "default") -> Path:
    """Write a backup of the database to `output` (or a timestamped file in `directory`) and return its path.
    The file appears only when it is complete (written under a temporary name, then renamed)."""
    connection = connections[using]
    path = Path(output) if output else Path(directory) / default_name(connection.vendor)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        if connection.vendor == "sqlite":
            _sqlite_backup(connection, partial)
        elif connection.vendor == "postgresql":
            _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(partial)], connection)
        else:
            raise BackupError(f"No backup for a {connection.vendor} database.")
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def restore(source: Path | str, using: str = "default") -> None:
    """Replace the whole database by the backup in `source`. Nothing changes when the file is not a backup of this
    kind of database, or when the restore fails half-way (one transaction)."""
    connection = connections[using]
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"{source} is not a file.")
    with source.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if connection.vendor == "sqlite":
        if not head.startswith(SQLITE_MAGIC):
            raise BackupError(f"{source} is not a SQLite backup.")
        _sqlite_restore(connection, source)
    elif connection.vendor == "postgresql":
        if not head.startswith(PG_MAGIC):
            raise BackupError(f"{source} is not a pg_dump backup (custom format).")
        connection.close()  # no transaction of ours holds a lock on a table pg_restore drops
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
              str(source)], connection, database_flag=True)
    else:
        raise BackupError(f"No restore for a {connection.vendor} database.")


def _sqlite_backup(connection, path: Path) -> None:
    connection.ensure_connection()
    target = sqlite3.connect(path)
    try:
        with connection.wrap_database_errors:
            connection.connection.backup(target)
    finally:
        target.close()


def _sqlite_restore(connection, source: Path) -> None:
    backup_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        if backup_db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"{source} is damaged (PRAGMA quick_check).")
        connection.ensure_connection()
        if connection.in_atomic_block:
            raise BackupError("A restore cannot run inside a transaction.")
        backup_db.backup(connection.connection)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source}: {exc}") from exc
    finally:
        backup_db.close()


def _run(command: list[str], connection, database_flag: bool = False) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client).")
    settings = connection.settings_dict
    env = {**os.environ, "PGDATABASE": settings["NAME"]}
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if settings.get(key):
            env[variable] = str(settings[key])
    options = settings.get("OPTIONS") or {}
    for key, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if options.get(key):
            env[variable] = str(options[key])
    if database_flag:
        command = [*command[:-1], "--dbname", settings["NAME"], command[-1]]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()[-2000:]}")
