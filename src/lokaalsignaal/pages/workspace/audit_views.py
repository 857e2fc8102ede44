"""The coordinators' audit page: who did what in their municipality, and when (never content), filtered by person,
action and period (`audit_filters`), and the filtered rows as CSV (a POST, audited as `audit.exported`)."""

from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST

from lokaalsignaal.insights import exports
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.workspace import audit_access, audit_filters
from lokaalsignaal.pages.workspace.audit_rows import csv_headers, csv_rows, rows
from lokaalsignaal.tenancy.views import tenant_view

PAGE_SIZE = 50


@tenant_view("audit.view")
def log(request, municipality):
    notifications.mark_municipality_read(request.user, municipality)  # as the signal page marks its news read
    events = audit_access.audit_events_of(request.user, municipality)
    filters = audit_filters.AuditFilterForm(request.GET or None, events=events)
    events = audit_filters.apply(events, filters)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(request, "audit/log.html", {"municipality": municipality, "page": page, "filters": filters,
                                              "query": query.urlencode(), "rows": rows(page.object_list)})


@require_POST
@tenant_view("audit.view")
def export(request, municipality):
    """The rows of the page as filtered (the filters stay in the URL's query), every page, as CSV."""
    filters = audit_filters.AuditFilterForm(request.GET or None,
                                            events=audit_access.audit_events_of(request.user, municipality))
    events = audit_filters.apply(audit_access.exported_events(request.user, municipality,
                                                              audit_filters.as_codes(filters)), filters)
    response = StreamingHttpResponse(exports.csv_stream(csv_headers(), csv_rows(events)),
                                     content_type="text/csv; charset=utf-8")
    filename = f"auditlog-{municipality.slug}-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
