"""Exports of the inbox (as filtered, coordinators), of the knelpunten (coordinators and readers) and of an event's
invitations or attendance (its organisers), as CSV or Excel (`insights.exports` and `events.exports`: who may have
which column; `insights.exports`: the streaming). A POST (a button on the list; the filters stay in the URL's query):
an export is audited, and nothing is written on a GET."""

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.http import require_POST

from lokaalsignaal.events import exports as event_exports
from lokaalsignaal.insights import exports
from lokaalsignaal.pages.workspace.inbox_forms import InboxFilterForm
from lokaalsignaal.pages.workspace.inbox_query import inbox_queryset
from lokaalsignaal.tenancy.views import tenant_view

CSV, XLSX = "csv", "xlsx"


def _respond(headers, rows, *, name: str, file_format: str, day=None):
    filename = f"{name}-{day or timezone.localdate():%Y-%m-%d}.{file_format}"
    if file_format == XLSX:
        return FileResponse(exports.xlsx_file(headers, rows, name), as_attachment=True, filename=filename,
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response = StreamingHttpResponse(exports.csv_stream(headers, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@tenant_view("signals.triage")
def inbox_export(request, municipality, file_format):
    filters = InboxFilterForm(request.GET)
    filters.is_valid()  # the same list as the page: invalid filters are left out, the valid ones apply
    rows = exports.signal_rows(request.user, municipality, inbox_queryset(request.user, municipality,
                                                                          filters.cleaned_data),
                               file_format=file_format)
    return _respond(exports.signal_headers(), rows, name=f"signalen-{municipality.slug}", file_format=file_format)


@require_POST
@tenant_view("knelpunten.read")
def knelpunten_export(request, municipality, file_format):
    rows = exports.knelpunt_rows(request.user, municipality, file_format=file_format)
    return _respond(exports.knelpunt_headers(), rows, name=f"knelpunten-{municipality.slug}", file_format=file_format)


@require_POST
@tenant_view("events.manage")
def event_export(request, municipality, pk, what, name, file_format):
    """An event's invitations or its attendance; the file is named after the event and the day it starts."""
    export = event_exports.event_export(request.user, municipality, pk, what=what, file_format=file_format)
    title = slugify(export.event.title)[:40].strip("-") or export.event.pk
    return _respond(export.headers, export.rows, name=f"{name}-{title}", file_format=file_format,
                    day=timezone.localtime(export.event.starts_at).date())
