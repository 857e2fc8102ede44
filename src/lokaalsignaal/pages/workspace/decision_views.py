"""Recording a decision on the knelpunt page (`casework.decisions`). On an error the knelpunt page is rendered again
with the bound form."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.decisions import services as decisions
from lokaalsignaal.casework.decisions.forms import DecisionForm
from lokaalsignaal.casework.knelpunten.web import NOT_FOUND, attempt
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pages.workspace.knelpunt_page import knelpunt_or_404, knelpunt_page
from lokaalsignaal.tenancy.views import tenant_view


@require_POST
@tenant_view("knelpunten.manage")
def record_decision(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    form = DecisionForm(request.POST)
    if form.is_valid():
        done, _decision = attempt(form, lambda: decisions.record_decision(request.user, knelpunt.pk,
                                                                          form.data_for_service()), denied=NOT_FOUND)
        if done:
            tell_removed(request, form)
            messages.success(request, _("De beslissing is genoteerd. De signaalgevers en wie zich aansloot lezen ze "
                                        "bij hun signaal."))
            return redirect(reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk]) + "#beslissingen")
    return knelpunt_page(request, municipality, knelpunt, decision_form=form)
