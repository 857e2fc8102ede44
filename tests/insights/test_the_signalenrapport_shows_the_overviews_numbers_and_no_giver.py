"""The signalenrapport: a coordinator composes it (title, intro, period, knelpunten, quoted signal texts), its PDF is
rendered by a background task and carries the same numbers as the overview, the knelpunten with their history,
decisions and quotes, page numbers, the municipality and the date, tagged for a screen reader; never a giver or an
organisation. Readers read and download; nobody else. A knelpunt's fiche is one A4 page."""

import io
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from pypdf import PdfReader

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.insights import pdf, periods, reports
from lokaalsignaal.insights.models import Report
from lokaalsignaal.insights.overview import municipality_overview
from lokaalsignaal.insights.report import report_content
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.tenancy.models import Role
from tests.factories import coordinator, member

pytestmark = pytest.mark.django_db

PERIOD = periods.this_year()
QUOTE = "Gezinnen wachten vier maanden op een eerste gesprek bij de budgetbegeleiding."
NOT_QUOTED = "Deze tekst werd niet gekozen en hoort niet in het rapport."


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def composed(make_signal, make_knelpunt, kortrijk, kortrijk_coordinator, committed):
    """A report with one knelpunt (two signals, one quoted, a stage change and a decision) and one left out."""
    quoted = make_signal(title="Wachten op budgetbegeleiding", description=QUOTE)
    other = make_signal(title="Ook wachten", description=NOT_QUOTED)
    knelpunt = make_knelpunt("Wachtlijst budgetbegeleiding", signals=[quoted, other],
                             summary="De wachtlijst groeit al een jaar.")
    casework.change_stage(kortrijk_coordinator, knelpunt.pk, "analysis", "We bekijken de wachtlijst.", 1)
    decisions.record_decision(kortrijk_coordinator, knelpunt.pk, {
        "body": "college", "decided_on": date.today(), "text": "Het college trekt twee extra begeleiders aan."})
    make_knelpunt("Niet in het rapport")
    report = reports.create_report(kortrijk_coordinator, kortrijk, {"title": "Signalenrapport Kortrijk"}, PERIOD)
    report = reports.update_report(kortrijk_coordinator, kortrijk, report.pk,
                                   {"title": "Signalenrapport Kortrijk", "intro": "Voor het college."}, PERIOD,
                                   [knelpunt.pk], [quoted.pk], report.version)
    return report


def rendered(report, user, kortrijk, committed) -> Report:
    with committed():
        reports.request_pdf(user, kortrijk, report.pk)
    return Report.objects.get(pk=report.pk)


def test_the_pdf_carries_the_overviews_numbers_the_knelpunt_and_the_quote_and_no_giver(
        composed, kortrijk, kortrijk_coordinator, committed, giver):
    overview = municipality_overview(kortrijk_coordinator, kortrijk, PERIOD)

    report = rendered(composed, kortrijk_coordinator, kortrijk, committed)

    assert report.status == Report.Status.DONE and report.progress == 100
    text = text_of(bytes(report.pdf))
    flat = " ".join(text.split())
    assert "Signalenrapport Kortrijk" in flat and "Voor het college." in flat and "Kortrijk" in flat
    assert f"Signalen {overview.signals}" in flat  # the key figure, as on the overview
    for row in overview.by_theme + overview.by_type:
        assert f"{row.label} {row.count}" in flat
    assert "Wachtlijst budgetbegeleiding" in flat and "De wachtlijst groeit al een jaar." in flat
    assert "We bekijken de wachtlijst." in flat and "Het college trekt twee extra begeleiders aan." in flat
    assert QUOTE in flat and NOT_QUOTED not in flat
    assert flat.count("Niet in het rapport") == 1  # in the overview's priority list, without a section of its own
    assert giver.full_name not in flat and giver.email not in flat and "CAW" not in flat
    assert f"1 / {report.pages}" in flat  # page numbers


def test_the_pdf_is_tagged_with_its_language_and_title(composed, kortrijk, kortrijk_coordinator, committed):
    report = rendered(composed, kortrijk_coordinator, kortrijk, committed)
    reader = PdfReader(io.BytesIO(bytes(report.pdf)))
    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "nl"
    assert reader.metadata.title == "Signalenrapport Kortrijk"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=1)  # A4


def test_only_signals_of_a_picked_knelpunt_of_the_municipality_can_be_quoted(
        composed, make_signal, kortrijk, roeselare, kortrijk_coordinator):
    loose = make_signal(title="Los signaal", description="Nog bij geen knelpunt.")
    elsewhere = Signal.objects.exclude(municipality=kortrijk).first()
    ids = [pk for pk in (loose.pk, getattr(elsewhere, "pk", None)) if pk]
    report = reports.update_report(kortrijk_coordinator, kortrijk, composed.pk, {"title": "Nieuw"}, PERIOD,
                                   list(composed.knelpunten.values_list("pk", flat=True)), ids, composed.version)
    assert not report.excerpts.exists()


def test_a_change_drops_the_pdf_and_a_stale_form_is_refused(composed, kortrijk, kortrijk_coordinator, committed):
    report = rendered(composed, kortrijk_coordinator, kortrijk, committed)
    changed = reports.update_report(kortrijk_coordinator, kortrijk, report.pk, {"title": "Andere titel"}, PERIOD,
                                    [], [], report.version)
    assert changed.status == Report.Status.DRAFT and changed.pdf is None
    with pytest.raises(reports.StaleReport):
        reports.update_report(kortrijk_coordinator, kortrijk, report.pk, {"title": "Nog een"}, PERIOD, [], [],
                              report.version)


def test_a_report_being_rendered_is_not_queued_twice(composed, kortrijk, kortrijk_coordinator,
                                                      django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as queued:
        reports.request_pdf(kortrijk_coordinator, kortrijk, composed.pk)
        reports.request_pdf(kortrijk_coordinator, kortrijk, composed.pk)
    assert len(queued) == 1
    assert Report.objects.get(pk=composed.pk).status == Report.Status.QUEUED


def test_the_status_shows_the_progress_while_the_pdf_is_made(client, login, composed, kortrijk,
                                                              kortrijk_coordinator):
    Report.objects.filter(pk=composed.pk).update(status=Report.Status.RENDERING, progress=40)
    login(kortrijk_coordinator)
    page = client.get(reverse("reports:status", args=[kortrijk.slug, composed.pk])).content.decode()
    assert 'value="40"' in page and 'hx-trigger="every 2s"' in page and "Maak de PDF" not in page


def test_readers_read_and_download_but_do_not_compose(client, login, composed, kortrijk, committed,
                                                      kortrijk_coordinator):
    rendered(composed, kortrijk_coordinator, kortrijk, committed)
    policy_reader = member(kortrijk, role=Role.READER)
    login(policy_reader)
    args = [kortrijk.slug, composed.pk]
    assert client.get(reverse("reports:list", args=[kortrijk.slug])).status_code == 200
    assert client.get(reverse("reports:preview", args=args)).status_code == 200
    download = client.get(reverse("reports:download", args=args))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert client.post(reverse("reports:report", args=args), {"title": "Gekaapt"}).status_code == 404
    assert client.post(reverse("reports:render", args=args)).status_code == 404
    assert client.post(reverse("reports:delete", args=args)).status_code == 404
    with pytest.raises(PermissionDenied):
        reports.delete_report(policy_reader, kortrijk, composed.pk)
    assert Report.objects.get(pk=composed.pk).title == "Signalenrapport Kortrijk"


def test_nobody_outside_the_municipality_reads_a_report(client, login, composed, kortrijk, roeselare):
    args = [kortrijk.slug, composed.pk]
    for outsider in (member(kortrijk), coordinator(roeselare), member(kortrijk, role=Role.PARTNER)):
        login(outsider)
        for name in ("report", "preview", "status", "delete"):
            assert client.get(reverse(f"reports:{name}", args=args)).status_code == 404
        assert client.get(reverse("reports:list", args=[kortrijk.slug])).status_code == 404
    other = coordinator(roeselare)
    login(other)  # another municipality's coordinator, with a report id of Kortrijk under her own slug
    assert client.get(reverse("reports:report", args=[roeselare.slug, composed.pk])).status_code == 404


def test_the_page_composes_a_report_and_keeps_what_was_typed_on_an_error(client, login, kortrijk, make_knelpunt,
                                                                          kortrijk_coordinator):
    knelpunt = make_knelpunt("Koude huurwoningen")
    login(kortrijk_coordinator)
    created = client.post(reverse("reports:list", args=[kortrijk.slug]),
                          {"title": "Jaarrapport", "periode": "dit-jaar"})
    report = Report.objects.get(title="Jaarrapport")
    assert created.status_code == 302 and created["Location"].endswith(f"/rapporten/{report.pk}/")
    url = reverse("reports:report", args=[kortrijk.slug, report.pk])
    refused = client.post(url, {"title": "", "intro": "Mijn inleiding blijft staan.", "knelpunten": [knelpunt.pk],
                                "periode": "dit-jaar", "version": report.version})
    assert refused.status_code == 200 and "Mijn inleiding blijft staan." in refused.content.decode()
    saved = client.post(url, {"title": "Jaarrapport", "intro": "", "knelpunten": [knelpunt.pk],
                              "periode": "jaar", "jaar": date.today().year - 1, "version": report.version})
    assert saved.status_code == 302
    report.refresh_from_db()
    assert list(report.knelpunten.all()) == [knelpunt] and report.first_day == date(date.today().year - 1, 1, 1)


def test_what_the_report_reads_costs_the_same_for_one_or_five_knelpunten(
        composed, make_knelpunt, make_signal, kortrijk, kortrijk_coordinator):
    def cost():
        with CaptureQueriesContext(connection) as queries:
            report_content(kortrijk_coordinator, Report.objects.get(pk=composed.pk))
        return len(queries)

    one = cost()
    more = [make_knelpunt(f"Knelpunt {n}", signals=[make_signal()]) for n in range(4)]
    Report.objects.get(pk=composed.pk).knelpunten.add(*more)
    assert cost() == one


def test_the_knelpunt_fiche_is_one_a4_page_for_coordinators_and_readers(client, login, composed, kortrijk,
                                                                        roeselare, kortrijk_coordinator):
    knelpunt = composed.knelpunten.get()
    casework_url = reverse("reports:fiche", args=[kortrijk.slug, knelpunt.pk])
    for allowed in (kortrijk_coordinator, member(kortrijk, role=Role.READER)):
        login(allowed)
        response = client.get(casework_url)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        reader = PdfReader(io.BytesIO(response.content))
        assert len(reader.pages) == 1
        flat = " ".join(reader.pages[0].extract_text().split())
        assert "Wachtlijst budgetbegeleiding" in flat and "Het college trekt twee extra begeleiders aan." in flat
        assert "Sofie Gever" not in flat and QUOTE not in flat  # a fiche quotes no signal
    for outsider in (member(kortrijk), coordinator(roeselare)):
        login(outsider)
        assert client.get(casework_url).status_code == 404


def test_a_long_summary_still_fits_the_fiche_on_one_page(client, login, make_knelpunt, kortrijk,
                                                         kortrijk_coordinator):
    knelpunt = make_knelpunt("Lang", summary=("Een lange samenvatting met veel uitleg. " * 120).strip())
    login(kortrijk_coordinator)
    response = client.get(reverse("reports:fiche", args=[kortrijk.slug, knelpunt.pk]))
    assert len(PdfReader(io.BytesIO(response.content)).pages) == 1


class _Counting(BaseHTTPRequestHandler):
    hits = 0

    def do_GET(self):  # noqa: N802
        type(self).hits += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_rendering_never_fetches_an_address_from_the_html():
    server = HTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    address = f"http://127.0.0.1:{server.server_port}"
    try:
        result = pdf.render(f'<html lang="nl"><head><title>T</title><link rel="stylesheet" href="{address}/a.css">'
                            f'</head><body><p>Tekst</p><img src="{address}/b.png" alt="b">'
                            f'<img src="file:///etc/passwd" alt="c"></body></html>', title="T", lang="nl")
    finally:
        server.shutdown()
    assert result.pages == 1 and _Counting.hits == 0


def test_a_report_covers_the_chosen_period(composed, kortrijk, kortrijk_coordinator):
    last_year = periods.calendar_year(date.today().year - 1)
    report = reports.update_report(kortrijk_coordinator, kortrijk, composed.pk, {"title": "Vorig jaar"}, last_year,
                                   [], [], composed.version)
    content = report_content(kortrijk_coordinator, report)
    assert content.period == last_year and content.overview.signals == 0  # every signal was given this year
