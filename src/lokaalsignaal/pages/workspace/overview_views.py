"""The overview of a municipality (`/g/<slug>/overzicht/`, coordinators and readers): the numbers of a period, each
chart beside its table (`insights`)."""

from django.shortcuts import render

from lokaalsignaal.insights.forms import PeriodForm
from lokaalsignaal.insights.overview import municipality_overview
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view


@tenant_view("overview.read")
def overview(request, municipality):
    form = PeriodForm(request.GET or None)
    numbers = municipality_overview(request.user, municipality, form.period())
    return render(request, "insights/overview.html", {
        "municipality": municipality, "form": form, "o": numbers, "charts": numbers.charts,
        "can_triage": scoping.can(request.user, municipality, "signals.triage"),
        "can_compose": scoping.can(request.user, municipality, "reports.compose"),
    })
