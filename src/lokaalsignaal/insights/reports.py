"""The signalenrapport as a domain action: a coordinator composes it (a title, an intro and a period; the knelpunten she
picks and the signal texts she quotes), asks for its PDF (rendered by a background task, with its progress) and may
delete it; coordinators and readers read it. Every write checks `reports.compose`, runs in one transaction and is
audited. The PDF of a report is made from what the report shows the day it is rendered; a change to the report
drops the PDF it had, so a download never differs from the preview."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, F, Value, When, Window
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.guard import services as guard
from lokaalsignaal.insights import pdf
from lokaalsignaal.insights.models import Report
from lokaalsignaal.insights.periods import Period
from lokaalsignaal.insights.report import report_content
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.tenancy import scoping

logger = logging.getLogger(__name__)

MAX_KNELPUNTEN = 60
MAX_EXCERPTS_PER_KNELPUNT = 5
MAX_REPORTS = 200  # per municipality: a report holds its PDF


class StaleReport(Exception):
    """Someone else changed the report since the form was opened."""


def reports_for(user, municipality):
    """The municipality's reports, for its coordinators and readers (a 404 on the page for anyone else)."""
    if not scoping.can(user, municipality, "overview.read"):
        raise PermissionDenied
    return Report.objects.filter(municipality=municipality)


def report_for(user, municipality, report_id: int, perm: str = "overview.read") -> Report:
    if not scoping.can(user, municipality, perm):
        raise PermissionDenied
    report = Report.objects.filter(municipality=municipality, pk=report_id).first()
    if report is None:
        raise Http404
    return report


def _texts(data: dict) -> dict:
    guard.refuse_over_long(Report, {"title": data.get("title"), "intro": data.get("intro")})
    return {"title": guard.clean_required(data.get("title"), _("Geef het rapport een titel.")),
            "intro": guard.clean(data.get("intro"))}


def _drop_pdf(report: Report) -> None:
    report.pdf, report.pages, report.rendered_at = None, None, None
    report.status, report.progress = Report.Status.DRAFT, 0


@transaction.atomic
def create_report(actor, municipality, data: dict, period: Period) -> Report:
    """A new report for `period`, with the municipality's open knelpunten of highest priority picked to begin with."""
    if not scoping.can(actor, municipality, "reports.compose"):
        raise PermissionDenied
    if Report.objects.filter(municipality=municipality).count() >= MAX_REPORTS:
        raise ValidationError(_("Er zijn al %(n)s rapporten. Verwijder eerst een oud rapport.") % {"n": MAX_REPORTS})
    report = Report.objects.create(municipality=municipality, created_by=actor, period_kind=period.kind,
                                   first_day=period.first, last_day=period.last, **_texts(data))
    audit.record(actor, "report.created", report, municipality=municipality)
    return report


@transaction.atomic
def update_report(actor, municipality, report_id: int, data: dict, period: Period, knelpunt_ids, excerpt_ids,
                  expected_version: int) -> Report:
    """Change what the report holds. Only the municipality's knelpunten the actor may read can be picked (at most
    60), and only texts of signals in a picked knelpunt can be quoted (at most five per knelpunt)."""
    report = report_for(actor, municipality, report_id, "reports.compose")
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.version != expected_version:
        raise StaleReport(report)
    if report.busy:
        raise ValidationError(_("De PDF van dit rapport wordt net gemaakt. Wacht tot hij klaar is."))
    texts = _texts(data)
    knelpunt_ids = sorted(set(knelpunt_ids))
    if len(knelpunt_ids) > MAX_KNELPUNTEN:
        raise ValidationError(_("Kies hoogstens %(n)s knelpunten.") % {"n": MAX_KNELPUNTEN})
    picked = list(knelpunt_access.knelpunten_for(actor, municipality).filter(
        pk__in=knelpunt_ids, merged_into__isnull=True).values_list("pk", flat=True))
    quoted = list(Signal.objects.filter(municipality=municipality, knelpunt__in=picked, pk__in=set(excerpt_ids))
                  .exclude(status=SignalStatus.WITHDRAWN).values_list("pk", "knelpunt"))
    per_knelpunt: dict[int, int] = {}
    for _pk, knelpunt in quoted:
        per_knelpunt[knelpunt] = per_knelpunt.get(knelpunt, 0) + 1
    if any(n > MAX_EXCERPTS_PER_KNELPUNT for n in per_knelpunt.values()):
        raise ValidationError(_("Citeer hoogstens %(n)s signalen per knelpunt.") % {"n": MAX_EXCERPTS_PER_KNELPUNT})
    for name, value in texts.items():
        setattr(report, name, value)
    report.period_kind, report.first_day, report.last_day = period.kind, period.first, period.last
    report.version += 1
    _drop_pdf(report)
    report.save()
    report.knelpunten.set(picked)
    report.excerpts.set([pk for pk, _knelpunt in quoted])
    audit.record(actor, "report.changed", report, municipality=municipality, knelpunten=len(picked),
                 excerpts=len(quoted))
    return report


@transaction.atomic
def delete_report(actor, municipality, report_id: int) -> None:
    report = report_for(actor, municipality, report_id, "reports.compose")
    audit.record(actor, "report.deleted", report, municipality=municipality)
    report.delete()


def request_pdf(actor, municipality, report_id: int) -> Report:
    """Queue the rendering of the report's PDF (once: a report that is already waiting or being rendered is left
    as it is). The task runs after the commit."""
    with transaction.atomic():
        report = report_for(actor, municipality, report_id, "reports.compose")
        report = Report.objects.select_for_update().get(pk=report.pk)
        if report.busy:
            return report
        _drop_pdf(report)
        report.status = Report.Status.QUEUED
        report.created_by = actor  # the PDF shows what the one who asked for it may read
        report.save(update_fields=["pdf", "pages", "rendered_at", "status", "progress", "created_by", "updated_at"])
        audit.record(actor, "report.rendered", report, municipality=municipality)
        transaction.on_commit(lambda: render_report.enqueue(report.pk))
    return report


def _progress(report_id: int, status: str, progress: int, **fields) -> int:
    return Report.objects.filter(pk=report_id).update(status=status, progress=progress, **fields)


@task()
def render_report(report_id: int) -> None:
    """The background task: compose, lay out and store the report's PDF, telling its progress on the way."""
    report = Report.objects.select_related("municipality", "created_by").filter(pk=report_id).first()
    if report is None or report.status != Report.Status.QUEUED:
        return
    _progress(report_id, Report.Status.RENDERING, 10)
    try:
        if report.created_by is None or not scoping.can(report.created_by, report.municipality, "overview.read"):
            raise PermissionDenied
        content = report_content(report.created_by, report)
        _progress(report_id, Report.Status.RENDERING, 40)
        html = render_to_string("insights/report_document.html", {"c": content, "document": True})
        _progress(report_id, Report.Status.RENDERING, 60)
        rendered = pdf.render(html, title=content.title, lang="nl")
    except Exception:  # the report says it failed; the log keeps why
        logger.exception("Rendering report %s failed", report_id)
        _progress(report_id, Report.Status.FAILED, 0)
        return
    Report.objects.filter(pk=report_id, status=Report.Status.RENDERING).update(
        status=Report.Status.DONE, progress=100, pdf=rendered.data, pages=rendered.pages,
        rendered_at=timezone.now())


MAX_CANDIDATES = 300
QUOTABLE_PER_KNELPUNT = 30


def knelpunt_candidates(user, municipality):
    """What a coordinator can pick: the municipality's knelpunten (not merged), open ones first, highest priority
    first (at most 300)."""
    return list(knelpunt_access.knelpunten_for(user, municipality).filter(merged_into__isnull=True)
                .annotate(closed=Case(When(stage__in=CLOSED, then=Value(1)), default=Value(0)),
                          effective=Coalesce("priority_override", "priority"))
                .order_by("closed", "-effective", "-updated_at", "-pk")
                .only("pk", "title", "stage", "signal_count", "priority", "priority_override")[:MAX_CANDIDATES])


def excerpt_candidates(report: Report) -> list[Signal]:
    """The signals a report can quote: the newest 30 of each knelpunt in it, never withdrawn ones."""
    return list(Signal.objects.filter(knelpunt__in=report.knelpunten.all()).exclude(status=SignalStatus.WITHDRAWN)
                .annotate(row=Window(RowNumber(), partition_by=F("knelpunt"),
                                     order_by=[F("submitted_at").desc(), F("pk").desc()]))
                .filter(row__lte=QUOTABLE_PER_KNELPUNT).order_by("knelpunt", "-submitted_at", "-pk")
                .only("pk", "knelpunt", "title", "description", "submitted_at", "signal_type"))
