"""Her data, for her (issue 15, the GDPR's right of access and portability): `/mijn/account/gegevens/` explains what
the download holds; its button (a POST) answers with a ZIP of `gegevens.json` and a readable, escaped, self-contained
`gegevens.html`. Only her data: her signals (also those where she hid her name) with their story as she reads it,
never an internal remark, another giver's signal or a coordinator's name; her memberships with who decided as a body;
her second factors as kinds and dates, never the secret. Rate-limited, audited without content, and a fixed number of
queries whatever the number of her signals."""

import io
import json
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal import ratelimit
from lokaalsignaal.accounts import services as accounts
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.pages.giver.personal_data import her_data
from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from tests.factories import member

pytestmark = pytest.mark.django_db

TITLE = 'Wachtlijst <script>alert("x")</script> & budget'
OTHER_TITLE = "Huurwaarborg van een andere gever"
REMARK = "Intern: dit signaal komt altijd van dezelfde dienst"
COORDINATOR = "Coördinator Kortrijk"  # tests/conftest.py's kortrijk_coordinator


def _download(client):
    response = client.post(reverse("account_data"))
    assert response.status_code == 200, response.status_code
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert sorted(archive.namelist()) == ["gegevens.html", "gegevens.json"]
    return response, json.loads(archive.read("gegevens.json")), archive.read("gegevens.html").decode()


@pytest.fixture
def her_signal(make_signal, make_knelpunt, kortrijk_coordinator, giver):
    """Her name-hidden signal, read, asked about, linked to a knelpunt that moved on with an internal remark."""
    signal = make_signal(title=TITLE, hide_name=True, idea="Een vaste contactpersoon.")
    triage.mark_read(kortrijk_coordinator, [signal.pk])
    triage.ask_question(kortrijk_coordinator, signal.pk, "Sinds wanneer zie je dit?")
    intake.answer_question(giver, signal.pk, "Sinds de zomer.")
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding", signals=[signal])
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "We bekijken het met het OCMW.",
                          knelpunt.version, remark=REMARK)
    return signal


def test_the_page_explains_the_download_and_writes_nothing(client, login, giver):
    login(giver)

    body = client.get(reverse("account_data")).content.decode()

    assert "Download mijn gegevens" in body
    assert 'method="post"' in body
    assert not AuditEvent.objects.filter(action="accounts.data_exported").exists()


def test_the_zip_holds_her_signal_and_its_story_never_another_givers_nor_internal_remarks(
        client, login, kortrijk, giver, her_signal, make_signal):
    make_signal(giver=member(kortrijk, full_name="Andere Gever"), title=OTHER_TITLE)
    login(giver)

    response, data, page = _download(client)

    assert response["Content-Disposition"].startswith('attachment; filename="lokaalsignaal-gegevens-20')
    assert response["Content-Disposition"].endswith('.zip"')
    (signal,) = data["signalen"]
    assert signal["titel"] == TITLE
    assert signal["naam_verborgen_voor_de_gemeente"] is True  # a name-hidden signal is still hers
    assert signal["idee_voor_een_oplossing"] == "Een vaste contactpersoon."
    assert signal["ingediend_op"] == her_signal.submitted_at.isoformat(timespec="seconds")
    story = [(step["wat"], step["bericht"]) for step in signal["verloop"]]
    assert ("Vraag van de gemeente", "Sinds wanneer zie je dit?") in story
    assert ("Jouw antwoord", "Sinds de zomer.") in story
    assert ("Nieuwe stap voor het knelpunt", "We bekijken het met het OCMW.") in story
    for text in (json.dumps(data, ensure_ascii=False), page):
        assert OTHER_TITLE not in text
        assert REMARK not in text
        assert COORDINATOR not in text
        assert "Andere Gever" not in text
    assert data["account"]["e_mailadres"] == giver.email
    assert "Signaal gegeven" in [act["wat"] for act in data["wat_je_deed_volgens_het_auditlog"]]  # her own acts
    assert "<script>" not in page  # escaped, and no script of the page's own
    assert "Wachtlijst &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; budget" in page
    assert "http" not in page  # self-contained: no external style, script or image


def test_the_keys_stay_the_same_with_nothing_in_them(client, login, kortrijk):
    login(member(kortrijk, full_name="Nieuw Lid"))

    _response, data, page = _download(client)

    assert list(data) == ["over_dit_bestand", "account", "e_mailadressen", "tweestapsverificatie",
                          "lidmaatschappen", "rollen_in_regio_of_vlaanderen", "aanvaarde_uitnodigingen",
                          "wat_je_deed_volgens_het_auditlog", "signalen",
                          "aansluitingen_bij_knelpunten", "meldingen", "uitnodigingen_voor_evenementen", "agendalink"]
    assert data["signalen"] == [] and data["agendalink"] is None
    assert "Nieuw Lid" in page


def test_a_membership_decision_names_the_municipality_not_the_coordinator(client, login, kortrijk,
                                                                          kortrijk_coordinator):
    worker = member(kortrijk, full_name="Wout Werker", status=MembershipStatus.PENDING)
    accounts.decide_membership(kortrijk_coordinator, Membership.objects.get(user=worker).pk, approve=False,
                               message="Je werkt niet in Kortrijk.")
    login(worker)

    _response, data, page = _download(client)

    (membership,) = data["lidmaatschappen"]
    assert membership["status"] == "Geweigerd"
    assert membership["beslist_door"] == f"de gemeente {kortrijk.name}"
    assert membership["bericht"] == "Je werkt niet in Kortrijk."
    assert COORDINATOR not in page and COORDINATOR not in json.dumps(data, ensure_ascii=False)


def test_second_factors_are_kinds_and_dates_never_the_secret(client, login, kortrijk_coordinator):
    secret = Authenticator.objects.get(user=kortrijk_coordinator, type="totp").data["secret"]
    login(kortrijk_coordinator)

    _response, data, page = _download(client)

    assert [f["soort"] for f in data["tweestapsverificatie"]] == ["app met codes (TOTP)"]
    assert data["tweestapsverificatie"][0]["ingesteld_op"]
    for text in (json.dumps(data), page):
        assert secret not in text


def test_her_joins_and_notifications_are_in_it(client, login, kortrijk, giver, make_knelpunt, make_signal,
                                               kortrijk_coordinator, committed):
    knelpunt = make_knelpunt("Geen plaats in de kinderopvang",
                             signals=[make_signal(giver=member(kortrijk), title="Van iemand anders")],
                             visible_to_givers=True)
    joins.join(giver, knelpunt.pk, "Ook bij onze gezinnen.")
    with committed():
        casework.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "We starten.", knelpunt.version)
    login(giver)

    _response, data, _page = _download(client)

    (joined,) = data["aansluitingen_bij_knelpunten"]
    assert (joined["knelpunt"], joined["wat_zie_jij"]) == ("Geen plaats in de kinderopvang", "Ook bij onze gezinnen.")
    assert data["meldingen"] and data["meldingen"][0]["over_knelpunt"] == "Geen plaats in de kinderopvang"
    assert data["signalen"] == []  # the knelpunt's signal is someone else's


def test_the_export_is_audited_without_content_and_rate_limited(client, login, giver, her_signal, settings):
    settings.LOKAALSIGNAAL_RATE_LIMITS = {"accounts.data_export": "1/h"}
    ratelimit.the_cache().clear()
    login(giver)

    _download(client)
    again = client.post(reverse("account_data"))

    assert again.status_code == 429
    assert "Wacht even" in again.content.decode()
    (event,) = AuditEvent.objects.filter(action="accounts.data_exported")
    assert (event.actor, event.object_type, event.object_id, event.payload) == (
        giver, "accounts.user", str(giver.pk), {})


def test_the_number_of_queries_does_not_grow_with_her_signals(giver, make_signal, make_knelpunt,
                                                              kortrijk_coordinator):
    def give(count):
        for n in range(count):
            signal = make_signal(title=f"Signaal {n}")
            triage.mark_read(kortrijk_coordinator, [signal.pk])
            intake.add_comment(giver, signal.pk, "Nog een aanvulling.")
            make_knelpunt(f"Knelpunt {n}", signals=[signal])

    give(1)
    with CaptureQueriesContext(connection) as one:
        assert len(her_data(giver)["signalen"]) == 1
    give(6)
    with CaptureQueriesContext(connection) as seven:
        assert len(her_data(giver)["signalen"]) == 7

    assert len(seven) == len(one), len(seven)
