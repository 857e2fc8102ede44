"""Suggestions for the coordinator (lokaalsignaal.similarity.suggest): link a signal to a suggested knelpunt or
bundle it with a suggested signal in one click, and the cluster suggestions view. Thin views: querysets from
`intake.access` and `casework.knelpunten.access`, writes through `casework.knelpunten.services`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.pages.workspace import from_signals
from lokaalsignaal.similarity import suggest
from lokaalsignaal.tenancy.views import tenant_view


def triage_suggestions(user, municipality, signal):
    """For the triage page (casework:signal)."""
    return suggest.for_triage(user, municipality, signal)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@require_POST
@tenant_view("signals.triage")
def link_suggestion(request, municipality, pk):
    """One click on a suggestion: `knelpunt` links this signal to that knelpunt; `signal` puts the suggested
    signal into this signal's knelpunt, or makes a new knelpunt of both when this signal has none."""
    signal = get_object_or_404(signal_access.signals_for_triage(request.user, municipality).select_related("knelpunt"),
                               pk=pk)
    knelpunt_id, other_id = _int(request.POST.get("knelpunt")), _int(request.POST.get("signal"))
    try:
        if knelpunt_id is not None:
            services.link(request.user, [signal.pk], knelpunt_id)
            title = knelpunt_access.knelpunten_for(request.user, municipality).filter(pk=knelpunt_id).values_list(
                "title", flat=True).first()
            messages.success(request, _("Het signaal is gekoppeld aan ‘%(title)s’.") % {"title": title})
        elif other_id is not None:
            other = get_object_or_404(signal_access.unlinked_signals_for_triage(request.user, municipality),
                                      pk=other_id)
            if signal.knelpunt_id:
                services.link(request.user, [other.pk], signal.knelpunt_id)
                messages.success(request, _("Het signaal %(ref)s is gekoppeld aan ‘%(title)s’.") % {
                    "ref": other.reference, "title": signal.knelpunt.title})
            else:
                knelpunt = from_signals.create(request.user, municipality, signal.title,
                                                            [signal.pk, other.pk])
                return from_signals.open_to_complete(request, municipality, knelpunt, 2)
        else:
            messages.error(request, _("Kies een voorstel."))
    except PermissionDenied as error:
        raise Http404("Niet gevonden") from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("casework:signal", municipality.slug, signal.pk)


@tenant_view("signals.triage")
def clusters(request, municipality):
    groups = suggest.clusters(request.user, municipality)
    return render(request, "casework/clusters.html", {
        "municipality": municipality, "clusters": groups, "max_signals": suggest.CLUSTER_MAX_SIGNALS})


@require_POST
@tenant_view("signals.triage")
def cluster_create(request, municipality):
    ids = [i for i in (_int(v) for v in request.POST.getlist("signal_ids")) if i is not None][:200]
    title = (request.POST.get("title") or "").strip()[:200]
    signals = list(signal_access.unlinked_signals_for_triage(request.user, municipality).filter(pk__in=ids).order_by(
        "submitted_at"))
    if len(signals) < 2:
        messages.error(request, _("Deze groep bestaat niet meer: een van de signalen is intussen gekoppeld."))
        return redirect("casework:clusters", municipality.slug)
    first = from_signals.similar_first(request, municipality, title or signals[0].title, signals)
    if first is not None:
        return first
    try:
        knelpunt = from_signals.create(request.user, municipality, title or signals[0].title,
                                                    [s.pk for s in signals])
    except PermissionDenied as error:
        raise Http404("Niet gevonden") from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("casework:clusters", municipality.slug)
    return from_signals.open_to_complete(request, municipality, knelpunt, len(signals))
