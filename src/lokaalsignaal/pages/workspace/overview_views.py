"""The overview of a municipality (`/g/<slug>/overzicht/`, coordinators and readers): the numbers of a period, each
chart beside its table (`insights`)."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from lokaalsignaal.insights import charts
from lokaalsignaal.insights.forms import PeriodForm
from lokaalsignaal.insights.overview import municipality_overview
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

SAME_NUMBERS = _("De tabel eronder geeft dezelfde aantallen.")


@tenant_view("overview.read")
def overview(request, municipality):
    form = PeriodForm(request.GET or None)
    numbers = municipality_overview(request.user, municipality, form.period())
    return render(request, "insights/overview.html", {
        "municipality": municipality, "form": form, "o": numbers,
        "can_triage": scoping.can(request.user, municipality, "signals.triage"),
        "month_chart": charts.bars(_("Signalen per maand"), numbers.by_month, slanted=False,
                                   alt=_("Staafdiagram van de signalen per maand.") + " " + SAME_NUMBERS),
        "type_chart": charts.bars(_("Signalen per soort"), numbers.by_type,
                                  alt=_("Staafdiagram van de signalen per soort.") + " " + SAME_NUMBERS),
        "theme_chart": charts.bars(_("Signalen per thema"), numbers.by_theme,
                                   alt=_("Staafdiagram van de signalen per thema.") + " " + SAME_NUMBERS),
    })
