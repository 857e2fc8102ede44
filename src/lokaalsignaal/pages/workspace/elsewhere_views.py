""""Ook in andere gemeenten" on a knelpunt page (`similarity.elsewhere`): the panel alone for htmx, which loads it
after the page, or as a page of its own without JavaScript. For who reads the municipality's knelpunten; reads only."""

from django.shortcuts import render
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers

from lokaalsignaal.pages.workspace.knelpunt_page import knelpunt_or_404
from lokaalsignaal.similarity.elsewhere import similar_elsewhere
from lokaalsignaal.tenancy.views import tenant_view


@require_GET
@vary_on_headers("HX-Request")
@tenant_view("knelpunten.read")
def elsewhere(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk)
    context = {"municipality": municipality, "knelpunt": knelpunt,
               "elsewhere": similar_elsewhere(request.user, municipality, knelpunt)}
    template = "casework/partials/elsewhere.html" if request.htmx else "casework/elsewhere.html"
    return render(request, template, context)
