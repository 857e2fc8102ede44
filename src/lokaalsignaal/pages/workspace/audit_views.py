"""The coordinators' audit page: who did what in their municipality, and when (never content)."""

from django.core.paginator import Paginator
from django.shortcuts import render

from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.workspace import audit_access
from lokaalsignaal.pages.workspace.audit_rows import rows
from lokaalsignaal.tenancy.views import tenant_view

PAGE_SIZE = 50


@tenant_view("audit.view")
def log(request, municipality):
    notifications.mark_municipality_read(request.user, municipality)  # as the signal page marks its news read
    page = Paginator(audit_access.audit_events_of(request.user, municipality), PAGE_SIZE).get_page(
        request.GET.get("pagina"))
    return render(request, "audit/log.html", {"municipality": municipality, "page": page,
                                              "rows": rows(page.object_list)})
