"""Region and Flanders views (/regio/<scope>/...): escalated knelpunten of the scope's municipalities, their signal
texts (never who gave them), bundling into regional/Flemish knelpunten, their stages and messages (which flow down
to the municipalities and the givers), and counts of signals with small numbers suppressed: every page reads them
from the scope's one table (`casework.regions.numbers.for_scope`), so no page gives back what another one hides.

Only members of the scope (ScopeMembership) reach these pages; everyone else gets a 404 (anonymous: the login).
Thin views: querysets from `casework.regions.access` / `casework.regions.services`, writes through
`casework.knelpunten.services` and `casework.regions.services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import flow, timeline
from lokaalsignaal.casework.knelpunten.forms import FeedbackForm, StageChangeForm
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.knelpunten.web import error_text, submit_feedback, submit_stage_change
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.casework.regions import numbers as region_numbers
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pages.region.forms import AddToBundleForm, BundleForm, EscalatedFilterForm
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import scope_view

COORDINATOR = "coordinator"


def _context(request, scope, **extra):
    return {"scope": scope, "can_manage": scoping.is_scope_coordinator(request.user, scope), **extra}


def _numbers(request, scope):
    """The scope's signal counts, small numbers suppressed: every count a page shows comes from here."""
    return region_numbers.for_scope(request.user, scope)


@login_required
def index(request):
    scopes = list(scoping.scopes_for(request.user).order_by("kind", "name"))
    if not scopes:
        raise Http404("Niet gevonden")
    if len(scopes) == 1:
        return redirect("region:overview", scopes[0].pk)
    return render(request, "casework/region/index.html", {"scopes": scopes})


@scope_view()
def overview(request, scope):
    filters = EscalatedFilterForm(request.GET, scope=scope)
    filters.is_valid()
    data = filters.cleaned_data
    queryset = escalation.escalated_list(request.user, scope, theme=data.get("theme"),
                                         municipality=data.get("municipality"), bundled=data.get("bundled") or "")
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/region/overview.html", _context(
        request, scope, filters=filters, page=page, filtered=any(data.values()), numbers=_numbers(request, scope)))


def _escalated_or_404(request, scope, pk):
    """An escalated knelpunt of the scope, or one bundled below a regional knelpunt escalated to it (Flanders)."""
    return get_object_or_404(region_access.readable_by_scope(request.user, scope).select_related(
        "municipality", "scope", "responsible_level", "parent", "escalated_to"), pk=pk)


def _stage_history(knelpunt):
    """What the givers read about the knelpunt's stages: no remarks, no notes, no names."""
    return knelpunt.stage_changes.only("from_stage", "to_stage", "message", "created_at")


def _children(user, scope, knelpunt):
    """The knelpunten bundled into a regional/Flemish knelpunt that the scope may open (their signals: from the
    scope's numbers, where a regional knelpunt bundled by Flanders counts the signals below it)."""
    return (region_access.readable_by_scope(user, scope).filter(parent=knelpunt).select_related("municipality", "scope")
            .only("title", "stage", "municipality__name", "municipality_id", "scope__name", "scope_id", "parent_id")
            .order_by(F("municipality__name").asc(nulls_first=True), "scope__name", "title"))


@scope_view()
def escalated(request, scope, pk):
    """One knelpunt the scope may open, with its signal texts (never who gave them). A regional knelpunt escalated to
    Flanders shows its bundled knelpunten and the signal texts below them. The page lists the signals, so their
    number is shown as it is (the list's count); the bundled knelpunten's counts come from the scope's numbers."""
    knelpunt = _escalated_or_404(request, scope, pk)
    signals = region_access.signals_of_escalated(request.user, scope).select_related("municipality").only(
        "signal_type", "title", "description", "tried", "idea", "submitted_at", "municipality__name")
    if knelpunt.municipality_id is None:
        below = flow.municipal_descendants(knelpunt)
        signals = signals.filter(knelpunt_id__in=below)
        extra = {"children": _children(request.user, scope, knelpunt)}
    else:
        signals = signals.filter(knelpunt=knelpunt)
        extra = {"peers": similar_peers(request.user, scope, knelpunt)}
    return render(request, "casework/region/escalated.html", _context(
        request, scope, knelpunt=knelpunt, themes=knelpunt.themes.all(),
        target_groups=knelpunt.target_groups.all(), history=_stage_history(knelpunt),
        signals=Paginator(signals.order_by("-submitted_at", "-id"), PAGE_SIZE).get_page(request.GET.get("pagina")),
        numbers=_numbers(request, scope), **extra))


def similar_peers(user, scope, knelpunt):
    """'Vergelijkbare knelpunten in andere gemeenten': escalated knelpunten of the scope, most similar first."""
    from lokaalsignaal.similarity import suggest

    return suggest.escalated_peers(user, scope, knelpunt)


@scope_view(role=COORDINATOR)
def bundle(request, scope):
    initial = {"knelpunten": request.GET.getlist("knelpunt")}
    form = BundleForm(request.POST or None, user=request.user, scope=scope, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            regional = escalation.bundle(request.user, scope, [b.pk for b in data["knelpunten"]], data["title"],
                                         data["summary"])
        except ValidationError as error:
            form.add_error(None, error_text(error))
        except PermissionDenied:
            form.add_error("knelpunten", _("Een van de gekozen knelpunten kan je niet (meer) bundelen."))
        else:
            tell_removed(request, form)
            if _with_regions(scope, regional):
                messages.success(request, _("Het Vlaamse knelpunt is gemaakt. Berichten over dit knelpunt gaan naar "
                                            "de regio's, de gemeenten en hun signaalgevers."))
            elif scope.kind == scope.Kind.FLANDERS:
                messages.success(request, _("Het Vlaamse knelpunt is gemaakt. Berichten over dit knelpunt gaan naar "
                                            "de gemeenten en hun signaalgevers."))
            else:
                messages.success(request, _("Het regionale knelpunt is gemaakt. Berichten over dit knelpunt gaan "
                                            "naar de gemeenten en hun signaalgevers."))
            return redirect("region:regional", scope.pk, regional.pk)
    return render(request, "casework/region/bundle.html", _context(request, scope, form=form))


@scope_view()
def regional_list(request, scope):
    page = Paginator(escalation.regional_list(request.user, scope), PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/region/regional_list.html", _context(request, scope, page=page,
                                                                           numbers=_numbers(request, scope)))


def _regional_or_404(request, scope, pk):
    return get_object_or_404(knelpunt_access.regional_knelpunten_for(request.user, scope).select_related(
        "responsible_level", "escalated_to", "created_by"), pk=pk)


def _regional_page(request, scope, regional, **forms):
    can_manage = scoping.is_scope_coordinator(request.user, scope)
    children = _children(request.user, scope, regional)
    context = _context(request, scope, regional=regional, children=children, themes=regional.themes.all(),
                       timeline=timeline.for_knelpunt(regional, internal=can_manage),
                       numbers=_numbers(request, scope))
    if can_manage:
        context.update({"stage_form": StageChangeForm(knelpunt=regional), "feedback_form": FeedbackForm(),
                        "add_form": AddToBundleForm(user=request.user, scope=scope)})
        context.update(forms)
    return render(request, "casework/region/regional.html", context)


@scope_view()
def regional(request, scope, pk):
    return _regional_page(request, scope, _regional_or_404(request, scope, pk))


def _with_regions(scope, regional) -> bool:
    """Messages of a Flemish knelpunt also go to regions, when a regional knelpunt is bundled into it."""
    return scope.kind == scope.Kind.FLANDERS and regional.children.filter(municipality__isnull=True).exists()


def _back(scope, regional):
    return redirect("region:regional", scope.pk, regional.pk)


@require_POST
@scope_view(role=COORDINATOR)
def regional_stage(request, scope, pk):
    regional = _regional_or_404(request, scope, pk)
    done, form = submit_stage_change(request, regional, invalid=None)
    if done:
        sent = (_("Het knelpunt is nu in de fase ‘%(stage)s’. De regio's, de gemeenten en hun signaalgevers krijgen je "
                  "bericht.") if _with_regions(scope, regional) else
                _("Het knelpunt is nu in de fase ‘%(stage)s’. De gemeenten en hun signaalgevers krijgen je bericht."))
        messages.success(request, sent % {"stage": Stage(form.cleaned_data["to_stage"]).label})
        return _back(scope, regional)
    return _regional_page(request, scope, regional, stage_form=form)


@require_POST
@scope_view(role=COORDINATOR)
def regional_feedback(request, scope, pk):
    regional = _regional_or_404(request, scope, pk)
    count, form = submit_feedback(request, regional)
    if count is not None:
        if _with_regions(scope, regional):
            sent = ngettext(
                "Je bericht is verstuurd naar de regio's, de gemeenten en de signaalgever van %(count)s signaal.",
                "Je bericht is verstuurd naar de regio's, de gemeenten en de signaalgevers van %(count)s signalen.",
                count)
        else:
            sent = ngettext("Je bericht is verstuurd naar de gemeenten en de signaalgever van %(count)s signaal.",
                            "Je bericht is verstuurd naar de gemeenten en de signaalgevers van %(count)s signalen.",
                            count)
        messages.success(request, sent % {"count": count})
        return _back(scope, regional)
    return _regional_page(request, scope, regional, feedback_form=form)


@require_POST
@scope_view(role=COORDINATOR)
def regional_add(request, scope, pk):
    regional = _regional_or_404(request, scope, pk)
    form = AddToBundleForm(request.POST, user=request.user, scope=scope)
    if form.is_valid():
        try:
            escalation.add_to_bundle(request.user, regional.pk, [b.pk for b in form.cleaned_data["knelpunten"]])
        except ValidationError as error:
            form.add_error(None, error_text(error))
        except PermissionDenied:
            form.add_error("knelpunten", _("Een van de gekozen knelpunten kan je niet (meer) bundelen."))
        else:
            messages.success(request, _("De knelpunten zijn toegevoegd aan dit Vlaamse knelpunt.")
                             if scope.kind == scope.Kind.FLANDERS else
                             _("De knelpunten zijn toegevoegd aan dit regionale knelpunt."))
            return _back(scope, regional)
    return _regional_page(request, scope, regional, add_form=form)

