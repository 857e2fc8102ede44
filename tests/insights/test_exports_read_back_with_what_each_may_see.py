"""Exports of the inbox (as filtered) and of the knelpunten, as Excel and CSV, read back: Dutch headers, real dates
in Excel, a giver named only where she did not hide her name, never for a reader, no formula smuggled into a
spreadsheet, audited, and only by POST for the people who may read the list."""

import csv
import io
from datetime import datetime

import openpyxl
import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db


def reader(municipality):
    return member(municipality, role=Role.READER, full_name="Lena Lezer")


@pytest.fixture
def inbox(make_signal, giver, kortrijk):
    hidden_giver = member(kortrijk, full_name="Hanne Verborgen")
    return {
        "named": make_signal(title="Wachttijd budgetbegeleiding"),
        "hidden": make_signal(giver=hidden_giver, title="Wachttijd in het CAW", hide_name=True),
        "formula": make_signal(title="=HYPERLINK(\"http://x.example\",\"klik\")"),
    }


def post(client, name, municipality, query=""):
    return client.post(reverse(f"casework:{name}", args=[municipality.slug]) + query)


def workbook(response):
    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True).active


def test_the_inbox_in_excel_has_dutch_headers_real_dates_and_names_only_who_did_not_hide(
        client, login, inbox, kortrijk, kortrijk_coordinator, giver):
    login(kortrijk_coordinator)
    response = post(client, "inbox_xlsx", kortrijk, "?status=alle")

    assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment;")
    rows = list(workbook(response).iter_rows(values_only=True))
    header, body = rows[0], {row[0]: row for row in rows[1:]}
    assert header[:4] == ("Referentie", "Ingediend op", "Soort", "Titel") and header[-2:] == (
        "Signaalgever", "Organisatie")
    named, hidden = body[inbox["named"].reference], body[inbox["hidden"].reference]
    assert isinstance(named[1], datetime)
    assert named[-2] == giver.full_name and named[-1] == giver.organisation.name
    assert hidden[-2] is None and hidden[-1] is None  # she hid her name: not in any export
    assert body[inbox["formula"].reference][3].startswith("'=")  # text, never a formula
    assert AuditEvent.objects.filter(action="signals.exported", actor=kortrijk_coordinator,
                                     payload__format="xlsx").exists()


def test_the_inbox_in_csv_follows_the_filters_of_the_list(client, login, inbox, kortrijk, kortrijk_coordinator):
    login(kortrijk_coordinator)
    response = post(client, "inbox_csv", kortrijk, "?status=alle&q=CAW")

    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeffReferentie;Ingediend op;")
    lines = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert [line[0] for line in lines[1:]] == [inbox["hidden"].reference]


def test_the_knelpunten_export_names_no_giver_and_a_reader_may_have_it(client, login, make_knelpunt, inbox, kortrijk,
                                                                      giver):
    make_knelpunt("Wachttijden budgetbegeleiding", signals=[inbox["named"]])
    login(reader(kortrijk))
    response = post(client, "knelpunten_xlsx", kortrijk)

    rows = list(workbook(response).iter_rows(values_only=True))
    assert rows[0][:3] == ("Nummer", "Titel", "Fase") and rows[1][1] == "Wachttijden budgetbegeleiding"
    assert giver.full_name not in str(rows)


def test_only_who_may_read_the_list_exports_it_and_only_by_post(client, login, inbox, kortrijk, roeselare):
    for outsider in (reader(kortrijk), coordinator(roeselare), member(kortrijk)):
        login(outsider)
        assert post(client, "inbox_csv", kortrijk).status_code == 404
    login(member(kortrijk))
    assert post(client, "knelpunten_csv", kortrijk).status_code == 404
    login(coordinator(kortrijk))
    assert client.get(reverse("casework:inbox_csv", args=[kortrijk.slug])).status_code == 405
    assert not AuditEvent.objects.filter(action="signals.exported").exists()


def test_an_export_costs_the_same_for_3_or_30_signals(client, login, make_signal, kortrijk, kortrijk_coordinator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(kortrijk_coordinator)

    def cost():
        with CaptureQueriesContext(connection) as queries:
            b"".join(post(client, "inbox_csv", kortrijk, "?status=alle").streaming_content)
        return len(queries)

    for i in range(3):
        make_signal(title=f"Signaal {i}")
    few = cost()
    for i in range(27):
        make_signal(title=f"Nog een signaal {i}")
    assert cost() == few
