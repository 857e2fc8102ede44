"""Who did what (issue 15): a coordinator filters her municipality's audit log by person, action and period, pages
through it with the filters kept, and downloads the filtered rows as CSV (a POST, audited, formula-escaped). Never
content, never a giver's own acts on a signal; bad filter input is a Dutch error on the page, never a server error;
the same number of queries for a few rows or many."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.audit import services as audit
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.pages.workspace import audit_filters
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import Membership, Role
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db


def _approve(boss, municipality, name):
    person = UserFactory(full_name=name)
    membership = Membership.objects.create(user=person, municipality=municipality, role=Role.GIVER)
    audit.record(boss, "membership.approved", membership, role=Role.GIVER, member=person.pk)
    return person


def _log(client, municipality, **params) -> str:
    response = client.get(reverse("audit:log", args=[municipality.slug]), params)
    assert response.status_code == 200
    body = response.content.decode()
    return body[body.index('id="auditlog"'):]


def _export(client, municipality, **params):
    url = reverse("audit:export", args=[municipality.slug])
    query = "&".join(f"{key}={value}" for key, value in params.items())
    response = client.post(f"{url}?{query}" if query else url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    return response, list(csv.reader(io.StringIO(text), delimiter=";"))


@pytest.fixture
def logged(client, login, kortrijk, boss):
    anna, bert = _approve(boss, kortrijk, "Anna Aanvrager"), _approve(boss, kortrijk, "Bert Beslist")
    audit.record(boss, "municipality.settings_changed", kortrijk, municipality=kortrijk, fields=["response_days"])
    login(boss)
    return anna, bert


def test_filter_by_the_person_it_concerns_or_who_did_it(client, kortrijk, boss, logged):
    anna, _bert = logged

    about_anna = _log(client, kortrijk, person=anna.pk)
    by_boss = _log(client, kortrijk, person=boss.pk)

    assert "Anna Aanvrager" in about_anna
    assert "Bert Beslist" not in about_anna
    assert "Instellingen gewijzigd" not in about_anna
    assert "Anna Aanvrager" in by_boss and "Bert Beslist" in by_boss and "Instellingen gewijzigd" in by_boss


def test_filter_by_action_and_by_period(client, kortrijk, logged):
    today = timezone.localdate()

    settings_only = _log(client, kortrijk, action="municipality.settings_changed")
    this_day = _log(client, kortrijk, date_from=today.isoformat(), date_to=today.isoformat())
    from_tomorrow = _log(client, kortrijk, date_from=(today + timedelta(days=1)).isoformat())
    up_to_yesterday = _log(client, kortrijk, date_to=(today - timedelta(days=1)).isoformat())

    assert "Instellingen gewijzigd" in settings_only and "Anna Aanvrager" not in settings_only
    assert "Instellingen gewijzigd" in this_day and "Anna Aanvrager" in this_day
    for empty in (from_tomorrow, up_to_yesterday):
        assert "Niets gevonden met deze filters." in empty


@pytest.mark.parametrize(("params", "message"), [
    ({"date_from": "2026-13-45"}, "Voer een geldige datum in."),
    ({"date_from": "9999-12-31"}, "Kies een datum tussen"),
    ({"date_from": "2026-05-02", "date_to": "2026-05-01"}, "Deze datum ligt vóór de datum ‘van’."),
    ({"person": "99999999999999999999"}, "Selecteer een geldige keuze."),
    ({"action": "signal.submitted"}, "Selecteer een geldige keuze."),  # a private action is no choice
])
def test_bad_filters_are_a_dutch_error_and_keep_what_was_typed(client, kortrijk, logged, params, message):
    response = client.get(reverse("audit:log", args=[kortrijk.slug]), params)

    body = response.content.decode()
    assert response.status_code == 200
    assert message in body
    assert "%(" not in body
    assert "Anna Aanvrager" in body[body.index('id="auditlog"'):]  # the invalid filter is left out
    for value in params.values():
        if not value.startswith(("signal.", "999")):  # a select keeps only what it offers
            assert f'value="{value}"' in body


def test_pages_keep_the_filters_and_the_queries_stay_constant(client, kortrijk, boss, logged):
    anna, _bert = logged
    params = {"action": "membership.approved", "date_from": timezone.localdate().isoformat()}
    _log(client, kortrijk, **params)  # warm up
    with CaptureQueriesContext(connection) as few:
        _log(client, kortrijk, **params, person=boss.pk)
    names = [_approve(boss, kortrijk, f"Lid {n:03d}").full_name for n in range(60)]
    with CaptureQueriesContext(connection) as many:
        first = _log(client, kortrijk, **params, person=boss.pk)

    assert len(many) == len(few), (len(few), len(many))
    assert names[-1] in first and "Anna Aanvrager" not in first  # newest first, 50 a page
    assert "action=membership.approved" in first and "pagina=2" in first  # the next page keeps the filters
    second = _log(client, kortrijk, **params, person=boss.pk, pagina=2)
    assert "Anna Aanvrager" in second and "Instellingen gewijzigd" not in second


def test_the_export_holds_the_filtered_rows_escaped_and_is_audited(client, kortrijk, boss, logged):
    anna, _bert = logged
    _approve(boss, kortrijk, "=HYPERLINK(\"https://kwaad.example\")")

    response, rows = _export(client, kortrijk, action="membership.approved", person=anna.pk)

    assert response["Content-Disposition"].startswith(f'attachment; filename="auditlog-{kortrijk.slug}-')
    assert rows[0] == ["Wanneer", "Wie", "Wat", "Over", "Door het platformbeheer"]
    (row,) = rows[1:]
    assert row[1:] == ["Koen Coördinator", "Aanvraag goedgekeurd", "Anna Aanvrager · Signaalgever", "nee"]
    _response, everything = _export(client, kortrijk)
    assert any(r[3].startswith("'=HYPERLINK") for r in everything[1:])  # a spreadsheet would run it
    exported = AuditEvent.objects.filter(action="audit.exported").order_by("pk")
    assert [(e.actor, e.municipality, e.payload) for e in exported] == [
        (boss, kortrijk, {"format": "csv", "filters": {"action": "membership.approved", "person": anna.pk}}),
        (boss, kortrijk, {"format": "csv", "filters": {}})]


def test_the_export_never_holds_a_givers_own_acts_and_is_a_post(client, kortrijk, boss, logged):
    giver = member(kortrijk, full_name="Marie Verborgen")
    intake.submit_signal(giver, [kortrijk], {
        "signal_type": SignalType.THRESHOLD, "title": "Wachtlijst", "hide_name": True,
        "description": "Gezinnen wachten maanden op budgetbegeleiding."}, [Theme.objects.first()])

    _response, rows = _export(client, kortrijk)
    as_text = repr(rows)

    assert "Marie Verborgen" not in as_text and "Signaal gegeven" not in as_text
    assert "Wachtlijst" not in as_text
    assert client.get(reverse("audit:export", args=[kortrijk.slug])).status_code == 405
    assert AuditEvent.objects.filter(action="audit.exported").count() == 1  # the GET exported nothing


def _person_options(client, municipality, **params) -> list[str]:
    body = client.get(reverse("audit:log", args=[municipality.slug]), params).content.decode()
    select = body[body.index('name="person"'):]
    return re.findall(r"<option[^>]*>([^<]*)</option>", select[:select.index("</select>")])


def test_the_person_select_offers_a_bounded_number_of_people_and_the_chosen_one(client, kortrijk, logged,
                                                                               monkeypatch):
    _anna, bert = logged
    monkeypatch.setattr(audit_filters, "PEOPLE_LIMIT", 1)

    assert _person_options(client, kortrijk) == ["Iedereen", "Anna Aanvrager"]
    assert _person_options(client, kortrijk, person=bert.pk) == ["Iedereen", "Anna Aanvrager", "Bert Beslist"]
    assert "Anna Aanvrager" not in _log(client, kortrijk, person=bert.pk)
