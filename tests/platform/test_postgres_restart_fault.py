"""PostgreSQL restarts in the middle of requests. A private PostgreSQL (initdb in a temporary directory, its own
port: never the machine's shared server) and the app in gunicorn, as in production (persistent connections with
health checks). A giver's signal to two municipalities is waiting inside its transaction, its first signal written,
when PostgreSQL stops at once (`pg_ctl stop -m immediate`, a crash): she reads a clear Dutch 503 page, nothing of
the signal is stored, every page is a 503 while the database is away, and once it is back the same running app
answers again and takes the same signal.

Collected where PostgreSQL's server binaries are installed (this machine, CI)."""

import glob
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.mail.smtp_server import free_port

ROOT = Path(__file__).resolve().parents[2]
BINDIR = next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), None)
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []  # initdb refuses to run as root
HAS_POSTGRES = BINDIR is not None and Path(BINDIR, "initdb").exists() and (
    not AS_POSTGRES or shutil.which("runuser") is not None)

SETUP = """
import json, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.test import Client
from django.utils import timezone
from lokaalsignaal.intake.models import ReferenceCounter
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, member
load_lists()
kortrijk = MunicipalityFactory(name="Kortrijk", refnis="34022")
roeselare = MunicipalityFactory(name="Roeselare", refnis="36015")
giver = member(kortrijk, email="sofie@caw.be")
giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=MembershipStatus.APPROVED)
ReferenceCounter.objects.create(municipality=roeselare, year=timezone.localdate().year)
client = Client()
client.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")
print(json.dumps({"session": client.cookies["sessionid"].value, "kortrijk": kortrijk.pk, "roeselare": roeselare.pk,
                  "theme": Theme.objects.filter(active=True).order_by("position").first().pk}))
"""


class PrivatePostgres:
    """A PostgreSQL server of this test only (as the `postgres` user when the suite runs as root)."""

    def __init__(self):
        self.base = Path(tempfile.mkdtemp(prefix="lokaalsignaal-pg-"))
        self.port = free_port()
        self.data = self.base / "data"
        if AS_POSTGRES:
            os.chmod(self.base, 0o755)
            shutil.chown(self.base, "postgres")
        self._as_postgres("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                          "--no-sync", "--locale=C")

    def _as_postgres(self, program, *args, check=True):
        command = [*AS_POSTGRES, str(Path(BINDIR, program)), *args]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def start(self):
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres("pg_ctl", "-D", str(self.data), "-l", str(self.base / "log"), "-o", options, "-w", "start")

    def crash(self):
        self._as_postgres("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def psql(self, sql: str) -> str:
        return self._as_postgres("psql", "-h", "127.0.0.1", "-p", str(self.port), "-d", "app", "-At", "-c",
                                 sql).stdout.strip()

    def remove(self):
        self._as_postgres("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.base, ignore_errors=True)


class App:
    """The app in gunicorn on the private database, and a giver's browser talking to it."""

    def __init__(self, database_url: str, session: str):
        self.port, self.session = free_port(), session
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lokaalsignaal.settings_test", "DATABASE_URL": database_url,
               "PYTHONPATH": str(ROOT / "src")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "lokaalsignaal.wsgi:application", "--bind", f"127.0.0.1:{self.port}",
             "--workers", "1", "--threads", "4", "--timeout", "120"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.request("GET", "/healthz")
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.process.kill()
                    raise
                time.sleep(0.2)

    def request(self, method, path, form=None, cookies=""):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=90)
        headers = {"Cookie": f"sessionid={self.session}; {cookies}"}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, unescape(response.read().decode()), response.getheader("Set-Cookie") or ""

    def give(self, form):
        """Open the give form, then send it (with its CSRF token)."""
        status, page, cookie = self.request("GET", "/g/kortrijk/signaal-geven/")
        assert status == 200, page[:2000]
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        csrf_cookie = re.search(r"csrftoken=([^;]+)", cookie).group(1)
        return self.request("POST", "/g/kortrijk/signaal-geven/", {**form, "csrfmiddlewaretoken": token},
                            cookies=f"csrftoken={csrf_cookie}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def postgres():
    server = PrivatePostgres()
    server.start()
    server._as_postgres("createdb", "-h", "127.0.0.1", "-p", str(server.port), "app")
    yield server
    server.remove()


@pytest.fixture
def app_and_world(postgres):
    database_url = f"postgres://postgres@127.0.0.1:{postgres.port}/app"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lokaalsignaal.settings_test", "DATABASE_URL": database_url,
           "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"}
    setup = subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=300)
    assert setup.returncode == 0, setup.stderr[-3000:]
    world = json.loads(setup.stdout.strip().splitlines()[-1])
    app = App(database_url, world["session"])
    yield app, world
    app.stop()


def signals_stored(postgres) -> int:
    return int(postgres.psql("SELECT count(*) FROM intake_signal"))


def assert_clear_page(status, page):
    assert status == 503, page[:2000]
    assert "Lokaal Signaal is even niet bereikbaar" in page
    assert "niets half bewaard" in page
    assert "Traceback" not in page and "OperationalError" not in page


if HAS_POSTGRES:

    def test_postgres_restarting_mid_request_gives_a_clear_page_and_the_app_recovers(postgres, app_and_world):
        app, world = app_and_world
        form = {"municipalities": [world["kortrijk"], world["roeselare"]], "signal_type": "drempel",
                "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding.", "themes": [world["theme"]],
                "may_contact": "on", "may_invite": "on"}

        # Roeselare's reference counter is locked by someone else: the request waits inside its transaction, after
        # the signal to Kortrijk was written
        locker = subprocess.Popen(
            [*AS_POSTGRES, str(Path(BINDIR, "psql")), "-h", "127.0.0.1", "-p",
             str(postgres.port), "-d", "app", "-c", "BEGIN", "-c",
             f"SELECT * FROM intake_referencecounter WHERE municipality_id = {world['roeselare']} FOR UPDATE",
             "-c", "SELECT pg_sleep(600)"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        answers = []
        sender = threading.Thread(target=lambda: answers.append(app.give(form)))
        try:
            sender.start()
            deadline = time.monotonic() + 60
            while postgres.psql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") != "1":
                assert time.monotonic() < deadline, "the request never reached the locked counter"
                time.sleep(0.1)

            postgres.crash()
            sender.join(timeout=90)
        finally:
            locker.kill()

        [(status, page, _cookie)] = answers
        assert_clear_page(status, page)
        status, page, _ = app.request("GET", "/mijn/signalen/")
        assert_clear_page(status, page)  # while the database is away, every page says so
        assert app.request("GET", "/healthz")[0] == 503

        postgres.start()
        assert signals_stored(postgres) == 0  # not the signal to Kortrijk either: nothing half written

        status, page, _ = app.give(form)  # the same app process, without a restart
        assert status == 302, page[:2000]
        assert signals_stored(postgres) == 2
        assert int(postgres.psql("SELECT count(*) FROM intake_signalevent")) == 2
        assert app.process.poll() is None
