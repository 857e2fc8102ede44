"""The coordinators' audit page: who did what in their municipality, and when (never content)."""

from django.core.paginator import Paginator
from django.shortcuts import render

from lokaalsignaal.feedback import services as feedback
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

from .presenting import rows

PAGE_SIZE = 50


@tenant_view("audit.view")
def log(request, municipality):
    feedback.mark_municipality_read(request.user, municipality)  # as the signal page marks its news read
    page = Paginator(scoping.audit_events_of(request.user, municipality), PAGE_SIZE).get_page(
        request.GET.get("pagina"))
    return render(request, "audit/log.html", {"municipality": municipality, "page": page,
                                              "rows": rows(page.object_list)})
