"""Priority in the coordinator's workspace:

- the "Waarom deze prioriteit?" panel on the knelpunt page (coordinators and readers): the score, its parts and,
  when a coordinator set it by hand, the manual value with its reason next to the computed one;
- the override form on that panel (coordinators) → `casework.services.override_priority` (audited);
- the priority list `/g/<slug>/prioriteiten/`: the municipality's open knelpunten, highest effective priority first,
  ordered in the database (Coalesce(override, computed)).

Thin views: querysets from `tenancy.scoping`, changes through `casework.services`. Anything not granted is a 404.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake.models import Frequency, PeopleAffected
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

from . import priority, services
from .priority_forms import PRIORITY_ORDER, PriorityOverrideForm
from .stages import CLOSED
from .view_helpers import error_text

BAR_STEPS = 10

_FREQUENCY = {rank: Frequency(value).label for value, rank in priority.FREQUENCY_RANK.items()}
_PEOPLE = {rank: PeopleAffected(value).label for value, rank in priority.PEOPLE_RANK.items()}


def _value_in_words(component) -> str:
    """What a component's raw value means, for a person."""
    value = component.value
    if component.key == "frequency":
        return str(_FREQUENCY.get(int(value), _("niet opgegeven")))
    if component.key == "people":
        return str(_PEOPLE.get(int(value), _("niet opgegeven")))
    if component.key == "recency":
        if not value.isdigit():
            return _("nog geen signalen")
        days = int(value)
        if days == 0:
            return _("laatste signaal vandaag")
        return ngettext("laatste signaal %(days)s dag geleden", "laatste signaal %(days)s dagen geleden",
                        days) % {"days": days}
    if component.key == "severity":
        return _("%(n)s op 5") % {"n": value}
    return value


def _bar(points: int, maximum: int) -> str:
    filled = round(BAR_STEPS * points / maximum) if maximum else 0
    return "■" * filled + "□" * (BAR_STEPS - filled)


def panel_context(knelpunt) -> dict:
    """What the "Waarom deze prioriteit?" panel needs (anyone who may read the knelpunt).

    The panel explains the score computed now and writes nothing (no write on a GET). The stored score that
    orders the lists is recomputed by the services whenever an input changes (link, unlink, join, merge,
    severity) and, for recency, which moves with time, nightly by the `refresh_priorities` command."""
    score, parts = priority.compute(knelpunt)
    return {
        "priority_score": score,
        "priority_maximum": sum(c.maximum for c in parts),
        "priority_parts": [{"key": c.key, "label": c.label, "value": _value_in_words(c), "points": c.points,
                            "maximum": c.maximum, "bar": _bar(c.points, c.maximum)} for c in parts],
    }


def manage_context(knelpunt) -> dict:
    """The override form, for a coordinator."""
    return {"priority_form": PriorityOverrideForm(knelpunt=knelpunt)}


@tenant_view("knelpunten.read")
def priorities(request, municipality):
    """The municipality's open knelpunten (not closed, not merged), highest effective priority first."""
    queryset = (scoping.knelpunten_for(request.user, municipality).exclude(stage__in=CLOSED)
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
    from .views import _knelpunt_or_404, _knelpunt_page

    knelpunt = _knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
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
    return _knelpunt_page(request, municipality, knelpunt, priority_form=form)
