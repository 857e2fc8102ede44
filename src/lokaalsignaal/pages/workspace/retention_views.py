"""'Wat binnenkort anoniem wordt': the municipality's signals that lose their giver within the next month
(`intake.retention.upcoming`), for its coordinators. Reference, title and the day; never who gave them."""

from django.core.paginator import Paginator
from django.shortcuts import render

from lokaalsignaal.intake import retention
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy.views import tenant_view


@tenant_view("signals.triage")
def upcoming(request, municipality):
    page = Paginator(retention.upcoming(request.user, municipality), PAGE_SIZE).get_page(
        request.GET.get("pagina"))
    rows = [(signal, retention.due_on(signal, municipality)) for signal in page.object_list]
    return render(request, "pages/retention_upcoming.html", {
        "municipality": municipality, "page": page, "rows": rows, "days": retention.SOON.days})
