"""Priority in the coordinator's workspace:

- the "Waarom deze prioriteit?" panel on the knelpunt page (coordinators and readers): the score, its parts and,
  when a coordinator set it by hand, the manual value with its reason next to the computed one
  (`pages.workspace.knelpunt_page.priority_panel`);
- the override form on that panel (coordinators) → `priority.services.override_priority` (audited);
- the priority list `/g/<slug>/prioriteiten/`: the municipality's open knelpunten, highest effective priority first,
  ordered in the database (Coalesce(override, computed)).

Thin views: querysets from `casework.knelpunten.access`, changes through `casework.priority.services`. Anything not
granted is a 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.knelpunten.web import error_text
from lokaalsignaal.casework.priority import services
from lokaalsignaal.casework.priority.forms import PRIORITY_ORDER, PriorityOverrideForm
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pages.workspace.knelpunt_page import knelpunt_or_404, knelpunt_page
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy.views import tenant_view


@tenant_view("knelpunten.read")
def priorities(request, municipality):
    """The municipality's open knelpunten (not closed, not merged), highest effective priority first."""
    queryset = (knelpunt_access.knelpunten_for(request.user, municipality).exclude(stage__in=CLOSED)
                .order_by(*PRIORITY_ORDER)
                .only("pk", "title", "stage", "signal_count", "join_count", "priority", "priority_override",
                      "updated_at"))
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/priorities.html", {
        "municipality": municipality, "page": page, "first_rank": page.start_index(),
    })


@require_POST
@tenant_view("knelpunten.manage")
def override(request, municipality, pk):
    """Set the priority by hand (value and reason), or go back to the computed priority (`action=clear`)."""
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    back = reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk]) + "#prioriteit"
    if request.POST.get("action") == PriorityOverrideForm.CLEAR:
        try:
            services.override_priority(request.user, knelpunt.pk, None)
        except PermissionDenied as error:
            raise Http404 from error
        messages.success(request, _("De prioriteit is weer de berekende prioriteit."))
        return redirect(back)
    form = PriorityOverrideForm(request.POST, knelpunt=knelpunt)
    if form.is_valid():
        value = form.cleaned_data["priority_value"]
        try:
            services.override_priority(request.user, knelpunt.pk, value, form.cleaned_data["priority_reason"])
        except ValidationError as error:
            form.add_error(None, error_text(error))
        except PermissionDenied as error:
            raise Http404 from error
        else:
            tell_removed(request, form)
            messages.success(request, _("De prioriteit is manueel op %(value)s gezet.") % {"value": value})
            return redirect(back)
    return knelpunt_page(request, municipality, knelpunt, priority_form=form)
