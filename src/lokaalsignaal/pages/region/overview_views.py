"""The overview of a region or Flanders (`/regio/<pk>/overzicht/`, its members): signals per municipality and type
for a period, and per theme, small numbers suppressed (`insights.scope_overview`)."""

from django.shortcuts import render

from lokaalsignaal.insights.forms import PeriodForm
from lokaalsignaal.insights.scope_overview import scope_overview
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import scope_view


@scope_view()
def overview(request, scope):
    form = PeriodForm(request.GET or None)
    return render(request, "insights/scope_overview.html", {
        "scope": scope, "form": form, "o": scope_overview(request.user, scope, form.period()),
        "can_manage": scoping.is_scope_coordinator(request.user, scope)})
