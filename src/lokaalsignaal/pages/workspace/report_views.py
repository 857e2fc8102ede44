"""The signalenrapporten of a municipality (`/g/<slug>/rapporten/`): coordinators compose them and ask for their PDF,
readers read and download them; and a knelpunt's one-page fiche (`insights.reports`, `insights.report`)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.insights import pdf, reports
from lokaalsignaal.insights.forms import NewReportForm, PeriodForm, ReportForm
from lokaalsignaal.insights.models import Report
from lokaalsignaal.insights.report import fiche_content, report_content
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

PDF = "application/pdf"
STALE = _("Iemand anders paste dit rapport intussen aan. Je ziet nu de nieuwe versie; doe je aanpassing opnieuw.")


def _period_initial(report: Report) -> dict:
    return {"periode": report.period_kind, "jaar": report.first_day.year, "van": report.first_day,
            "tot": report.last_day}


def _pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=PDF)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@tenant_view("overview.read")
def report_list(request, municipality):
    can_compose = scoping.can(request.user, municipality, "reports.compose")
    form, period_form = NewReportForm(), PeriodForm()
    if request.method == "POST":
        if not can_compose:
            raise Http404
        form, period_form = NewReportForm(request.POST), PeriodForm(request.POST)
        if form.is_valid() and period_form.is_valid():
            try:
                report = reports.create_report(request.user, municipality, form.cleaned_data, period_form.period())
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Het rapport is aangemaakt. Kies nu wat erin komt."))
                return redirect("reports:report", municipality.slug, report.pk)
    elif not form.is_bound:
        form = NewReportForm(initial={"title": _("Signalenrapport %(name)s %(year)s") % {
            "name": municipality.name, "year": timezone.localdate().year}})
    return render(request, "insights/reports.html", {
        "municipality": municipality, "can_compose": can_compose, "form": form, "period_form": period_form,
        # every report: a municipality holds at most MAX_REPORTS (create_report refuses more)
        "reports": (reports.reports_for(request.user, municipality).defer("pdf")
                    .select_related("created_by")[:reports.MAX_REPORTS]),
    })


def _compose_forms(request, report, data=None):
    candidates = reports.knelpunt_candidates(request.user, report.municipality)
    quotable = reports.excerpt_candidates(report)
    form = ReportForm(
        data, knelpunt_choices=[(k.pk, k.title) for k in candidates],
        excerpt_choices=[(s.pk, s.title) for s in quotable],
        initial={"title": report.title, "intro": report.intro, "version": report.version,
                 "knelpunten": list(report.knelpunten.values_list("pk", flat=True)),
                 "excerpts": list(report.excerpts.values_list("pk", flat=True))})
    by_knelpunt: dict[int, list] = {}
    for signal in quotable:
        by_knelpunt.setdefault(signal.knelpunt_id, []).append(signal)
    picked = {k.pk: k for k in candidates}
    quotes = [(picked[pk], signals) for pk, signals in by_knelpunt.items() if pk in picked]
    return form, candidates, quotes


@tenant_view("overview.read")
def report(request, municipality, pk):
    found = reports.report_for(request.user, municipality, pk)
    can_compose = scoping.can(request.user, municipality, "reports.compose")
    form, candidates, quotes = _compose_forms(request, found) if can_compose else (None, [], [])
    period_form = PeriodForm(initial=_period_initial(found))
    if request.method == "POST":
        if not can_compose:
            raise Http404
        form, candidates, quotes = _compose_forms(request, found, request.POST)
        period_form = PeriodForm(request.POST)
        if form.is_valid() and period_form.is_valid():
            data = form.cleaned_data
            try:
                reports.update_report(request.user, municipality, found.pk, data, period_form.period(),
                                      data["knelpunten"], data["excerpts"], data.get("version") or 0)
            except reports.StaleReport:
                messages.error(request, STALE)
                return redirect("reports:report", municipality.slug, found.pk)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Het rapport is bewaard."))
                return redirect("reports:report", municipality.slug, found.pk)
    return render(request, "insights/report.html", {
        "municipality": municipality, "report": found, "can_compose": can_compose, "form": form,
        "period_form": period_form, "candidates": candidates, "quotes": quotes,
        "picked": set(found.knelpunten.values_list("pk", flat=True)),
    })


@tenant_view("overview.read")
def preview(request, municipality, pk):
    found = reports.report_for(request.user, municipality, pk)
    return render(request, "insights/report_document.html", {
        "c": report_content(request.user, found), "report": found, "municipality": municipality})


@require_POST
@tenant_view("reports.compose")
def render_pdf(request, municipality, pk):
    reports.request_pdf(request.user, municipality, pk)
    return redirect(f"{_report_url(municipality, pk)}#pdf")


def _report_url(municipality, pk) -> str:
    return reverse("reports:report", args=[municipality.slug, pk])


@tenant_view("overview.read")
def status(request, municipality, pk):
    """The PDF's state (polled by htmx while it is being made; a plain page without JavaScript)."""
    found = reports.report_for(request.user, municipality, pk)
    return render(request, "insights/partials/report_status.html", {
        "municipality": municipality, "report": found,
        "can_compose": scoping.can(request.user, municipality, "reports.compose")})


@tenant_view("overview.read")
def download(request, municipality, pk):
    found = reports.report_for(request.user, municipality, pk)
    if found.status != Report.Status.DONE or not found.pdf:
        raise Http404
    day = timezone.localtime(found.rendered_at).date()
    return _pdf_response(bytes(found.pdf), f"{slugify(found.title) or 'signalenrapport'}-{day:%Y-%m-%d}.pdf")


@tenant_view("reports.compose")
def delete(request, municipality, pk):
    found = reports.report_for(request.user, municipality, pk, "reports.compose")
    if request.method == "POST":
        reports.delete_report(request.user, municipality, found.pk)
        messages.success(request, _("Het rapport ‘%(title)s’ is verwijderd.") % {"title": found.title})
        return redirect("reports:list", municipality.slug)
    return render(request, "insights/report_delete.html", {"municipality": municipality, "report": found})


@tenant_view("knelpunten.read")
def fiche(request, municipality, pk):
    """A knelpunt's one-page fiche for the college, as a PDF (small: made while you wait)."""
    content = fiche_content(request.user, municipality, pk)
    html = render_to_string("insights/fiche_document.html", {"c": content, "document": True}, request=request)
    rendered = pdf.render(html, title=content.title, lang="nl")
    return _pdf_response(rendered.data, f"knelpuntfiche-{pk}-{content.made_on:%Y-%m-%d}.pdf")

