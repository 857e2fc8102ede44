"""An event's invitations and its attendance, downloaded as Excel and CSV by its organiser and read back: Dutch
headers, real dates in Excel, the response in Dutch, who was present; named as the event and its day; no formula
smuggled into a spreadsheet; never a giver the platform invited without her name; audited; only by POST, only for
the coordinators of the event's municipality, in a number of queries that does not grow with the invitations."""

import csv
import io
from datetime import datetime

import openpyxl
import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.events import exports, participation, services
from lokaalsignaal.events.services import Audience
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db

HEADERS = ("Naam", "Organisatie", "E-mailadres", "Antwoord", "Geantwoord op", "Aanwezig")
FORMULA = '=HYPERLINK("http://x.example","klik")'


@pytest.fixture
def world(kortrijk, boss, add_knelpunt, give, make_event):
    """Ann registered and came, Bert cannot come, a person with a formula for a name did not answer yet; Carla gave
    a signal on the agenda with her name hidden, so the platform invited her without telling the organiser."""
    ann = member(kortrijk, full_name="Ann Akkoord", email="ann@voorbeeld.be")
    bert = member(kortrijk, full_name="Bert Belet")
    formula = member(kortrijk, full_name=FORMULA)
    carla = member(kortrijk, full_name="Carla Verborgen")
    knelpunt = add_knelpunt("Energiearmoede", give(carla, kortrijk, hide_name=True))
    event = make_event(knelpunten=[knelpunt])
    services.send_invitations(boss, event.pk, Audience(agenda=True, user_ids=[ann.pk, bert.pk, formula.pk]))
    participation.register(ann, event.pk)
    participation.decline(bert, event.pk)
    services.record_attendance(boss, event.pk, [ann.pk])
    return {"event": event, "ann": ann, "carla": carla}


def post(client, name, kortrijk, event, kind):
    return client.post(reverse(f"casework:event_{name}_{kind}", args=[kortrijk.slug, event.pk]))


def rows_of_xlsx(response):
    return list(openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)),
                                       read_only=True).active.iter_rows(values_only=True))


def rows_of_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def test_the_invitations_in_excel_have_dutch_headers_real_dates_and_only_whom_the_organiser_sees(
        client, login, boss, kortrijk, world):
    login(boss)
    response = post(client, "invitations", kortrijk, world["event"], "xlsx")

    day = timezone.localtime(world["event"].starts_at).date()
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="uitnodigingen-werksessie-wachttijden-{day:%Y-%m-%d}.xlsx"')
    rows = rows_of_xlsx(response)
    assert rows[0] == HEADERS
    body = {row[0]: row for row in rows[1:]}
    ann = body["Ann Akkoord"]
    assert ann[1] == world["ann"].organisation.name and ann[2] == "ann@voorbeeld.be"
    assert ann[3] == "Ingeschreven" and isinstance(ann[4], datetime) and ann[5] == "ja"
    assert body["Bert Belet"][3] == "Kan niet komen" and body["Bert Belet"][5] is None
    assert body["'" + FORMULA][3] == "Nog niet geantwoord"  # text, never a formula
    assert world["event"].invitations.filter(user=world["carla"], name_hidden=True).exists()
    assert "Carla Verborgen" not in str(rows)  # invited by the platform without her name: not the organiser's
    assert len(body) == 3
    assert AuditEvent.objects.filter(action="events.exported", actor=boss, object_id=str(world["event"].pk),
                                     payload={"what": "invitations", "format": "xlsx"}).exists()


def test_the_attendance_in_csv_holds_only_who_was_present(client, login, boss, kortrijk, world):
    login(boss)
    response = post(client, "attendance", kortrijk, world["event"], "csv")

    day = timezone.localtime(world["event"].starts_at).date()
    assert response["Content-Disposition"] == (
        f'attachment; filename="aanwezigen-werksessie-wachttijden-{day:%Y-%m-%d}.csv"')
    rows = rows_of_csv(response)
    assert rows[0] == list(HEADERS)
    assert [row[0] for row in rows[1:]] == ["Ann Akkoord"] and rows[1][5] == "ja"
    assert AuditEvent.objects.filter(action="events.exported", payload={"what": "attendance", "format": "csv"}
                                     ).exists()


def test_the_event_pages_offer_the_downloads_as_buttons(client, login, boss, kortrijk, world):
    login(boss)
    for page in ("manage_detail", "print"):
        html = client.get(reverse(f"events:{page}", args=[kortrijk.slug, world["event"].pk])).content.decode()
        for name in ("uitnodigingen", "aanwezigen"):
            for kind in ("csv", "xlsx"):
                assert f'formaction="/g/{kortrijk.slug}/evenementen/{world["event"].pk}/{name}.{kind}"' in html


def test_only_the_events_organisers_export_it_and_only_by_post(client, login, boss, kortrijk, roeselare, world):
    event = world["event"]
    outsiders = (member(kortrijk, role=Role.READER), member(kortrijk), coordinator(roeselare))
    for outsider in outsiders:
        login(outsider)
        for name in ("invitations", "attendance"):
            assert post(client, name, kortrijk, event, "csv").status_code == 404
        with pytest.raises(Http404):
            exports.event_export(outsider, kortrijk, event.pk, what=exports.INVITATIONS, file_format="csv")
    login(coordinator(roeselare))
    assert post(client, "invitations", roeselare, event, "csv").status_code == 404  # not under her own slug either
    login(boss)
    assert client.get(reverse("casework:event_invitations_xlsx", args=[kortrijk.slug, event.pk])).status_code == 405
    assert not AuditEvent.objects.filter(action="events.exported").exists()


def test_an_export_costs_the_same_for_3_or_30_invitations(client, login, boss, kortrijk, make_event):
    event = make_event()
    login(boss)

    def invite(count):
        people = [member(kortrijk, full_name=f"Deelnemer {n}") for n in range(count)]
        services.send_invitations(boss, event.pk, Audience(user_ids=[p.pk for p in people]))
        for person in people[::2]:
            participation.register(person, event.pk)

    def cost(kind):
        with CaptureQueriesContext(connection) as queries:
            rows = rows_of_xlsx(post(client, "invitations", kortrijk, event, kind)) if kind == "xlsx" else \
                rows_of_csv(post(client, "invitations", kortrijk, event, kind))
        return len(queries), len(rows)

    invite(3)
    few = {kind: cost(kind) for kind in ("csv", "xlsx")}
    invite(27)
    many = {kind: cost(kind) for kind in ("csv", "xlsx")}

    assert {k: q for k, (q, _) in many.items()} == {k: q for k, (q, _) in few.items()}
    assert [n for _, n in many.values()] == [31, 31]

