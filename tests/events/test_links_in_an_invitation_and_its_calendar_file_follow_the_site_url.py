"""Links in an invitation mail and in its calendar file (.ics) start with SITE_URL, so a demo on another port
(`PORT=8821 make run`) sends links to that port; `make run` passes the port on as LOKAALSIGNAAL_SITE_URL."""

import os
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from django.core import mail as django_mail
from django.urls import reverse

from lokaalsignaal.events import services
from tests.factories import member

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_the_invitation_and_its_calendar_file_link_to_the_site_url(
        settings, kortrijk, boss, make_event, django_capture_on_commit_callbacks):
    settings.SITE_URL = "http://127.0.0.1:8821"
    ann = member(kortrijk, full_name="Ann Peeters", email="ann@caw.be")
    event = make_event()
    with django_capture_on_commit_callbacks(execute=True):
        services.send_invitations(boss, event.pk, services.Audience(user_ids=[ann.pk]))

    (message,) = [m for m in django_mail.outbox if m.to == ["ann@caw.be"]]
    event_url = "http://127.0.0.1:8821" + reverse("events:event", args=[event.pk])
    html = message.alternatives[0][0]
    assert event_url in message.body and event_url in html
    (_name, content, _mimetype), = message.attachments
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["url"]) == event_url
    assert ":8000" not in message.body + html + (content if isinstance(content, str) else content.decode())


def dry_run(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("LOKAALSIGNAAL_SITE_URL", "PORT")} | env
    out = subprocess.run(["make", "-n", "-C", str(ROOT), *args], capture_output=True, text=True, check=True,
                         env=environment).stdout
    return [line for line in out.splitlines() if "manage.py" in line]


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_passes_its_port_on_to_the_links():
    commands = dry_run("run", "PORT=8821")
    assert len(commands) == 4  # migrate, load_reference_data, seed_demo, runserver
    assert all("LOKAALSIGNAAL_SITE_URL=http://127.0.0.1:8821 " in line for line in commands)
    assert commands[-1].endswith("runserver 127.0.0.1:8821")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_keeps_a_site_url_that_was_set():
    (runserver,) = [line for line in dry_run("run", LOKAALSIGNAAL_SITE_URL="https://demo.example.be")
                    if "runserver" in line]
    assert "LOKAALSIGNAAL_SITE_URL=https://demo.example.be " in runserver
