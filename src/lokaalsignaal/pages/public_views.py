"""The public pages of results: "Wat deden we met jullie signalen?" per municipality (when it switched its public
page on) and for Flanders (`insights.public`). For everyone, without an account."""

from django.shortcuts import render

from lokaalsignaal.insights import periods
from lokaalsignaal.insights import public as results
from lokaalsignaal.tenancy.models import Municipality


def municipality_results(request, slug):
    municipality = results.published_municipality(slug)
    period = periods.last_12_months()
    return render(request, "insights/public_results.html", {
        "municipality": municipality, "period": period, "knelpunten": list(results.public_knelpunten(municipality)),
        "themes": results.themes(period, [municipality])})


def flanders_results(request):
    period = periods.last_12_months()
    participating = Municipality.objects.filter(participating=True)
    return render(request, "insights/public_flanders.html", {
        "period": period, "themes": results.themes(period, participating),
        "published": participating.filter(public_page=True).order_by("name")})
