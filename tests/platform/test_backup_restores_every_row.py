"""`manage.py backup` and `manage.py restore`: a backup made while the app runs gives back every row after the
database was wiped. The same test runs on the backend of the suite: SQLite's online backup API in the SQLite run,
pg_dump/pg_restore in CI's PostgreSQL run."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import connection

from lokaalsignaal.intake.models import Signal
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.operations import backups
from tests.factories import MunicipalityFactory, member

pytestmark = pytest.mark.django_db(transaction=True)


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()
            if model._meta.managed and not model._meta.proxy}


@pytest.fixture
def filled(make_signal, make_knelpunt, giver, roeselare, committed):
    """A platform with some of everything: municipalities, users, signals, a knelpunt, audit events, mail."""
    with committed():
        first = make_signal(title="Wachttijd budgetbegeleiding")
        second = make_signal(title="Geen plaats in de kinderopvang")
        make_knelpunt("Wachttijden budgetbegeleiding", signals=[first])
    member(roeselare, full_name="Jonas Roeselare", email="jonas@ocmw-roeselare.be")
    MunicipalityFactory(name="Menen", refnis="34027")
    return [first.reference, second.reference]


def test_a_backup_brings_back_every_row_after_the_database_was_wiped(filled, tmp_path, capsys):
    before = row_counts()
    titles = dict(Signal.objects.values_list("reference", "title"))
    mail_to = sorted(OutgoingMail.objects.values_list("to", flat=True))
    assert before["intake.Signal"] == 2 and before["audit.AuditEvent"] > 0 and mail_to

    call_command("backup", directory=str(tmp_path))
    [written] = tmp_path.iterdir()
    assert re.fullmatch(r"lokaalsignaal-\d{8}T\d{6}Z\.(sqlite3|dump)", written.name)
    assert written.read_bytes().startswith(backups.SQLITE_MAGIC if connection.vendor == "sqlite"
                                           else backups.PG_MAGIC)

    call_command("flush", interactive=False, inhibit_post_migrate=True)
    assert not any(row_counts().values())

    call_command("restore", str(written), yes=True)

    assert row_counts() == before
    assert dict(Signal.objects.values_list("reference", "title")) == titles
    assert sorted(OutgoingMail.objects.values_list("to", flat=True)) == mail_to
    assert Signal.objects.get(reference=filled[0]).knelpunt.title == "Wachttijden budgetbegeleiding"
    assert f"Restored {backups.describe()}" in capsys.readouterr().out


def test_restore_asks_for_yes_and_says_what_it_replaces(filled, tmp_path):
    written = backups.backup(output=tmp_path / "before.bak")
    Signal.objects.filter(reference=filled[1]).delete()

    with pytest.raises(CommandError) as refused:
        call_command("restore", str(written))

    assert backups.describe() in str(refused.value)
    assert "--yes" in str(refused.value)
    assert not Signal.objects.filter(reference=filled[1]).exists()  # nothing restored


def test_a_file_that_is_no_backup_restores_nothing(filled, tmp_path):
    wrong = Path(tmp_path / "notes.txt")
    wrong.write_text("geen back-up")
    before = row_counts()

    with pytest.raises(CommandError, match="Nothing was restored"):
        call_command("restore", str(wrong), yes=True)

    assert row_counts() == before


def test_the_output_option_names_the_file(filled, tmp_path):
    call_command("backup", output=str(tmp_path / "nightly" / "latest.bak"))

    assert (tmp_path / "nightly" / "latest.bak").stat().st_size > 0
    assert not list((tmp_path / "nightly").glob("*.partial"))
