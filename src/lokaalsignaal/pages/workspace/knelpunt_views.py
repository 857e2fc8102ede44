"""The coordinator's knelpunt pages: the list, making and editing one, its stage, notes, messages (and whether one
stands on the public page of results), signals and merging. Moving a signal and merging have their own pages (a GET
shows the form; the knelpunt page only links to them). Thin views: parse a form, call
`casework.knelpunten.services`, turn domain errors into messages, render or redirect. Querysets come from
`casework.knelpunten.access`. The inbox and the triage of one signal are in `pages.workspace.inbox_views`."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.forms import NoteForm
from lokaalsignaal.casework.knelpunten.services import StaleEdit
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.knelpunten.web import (
    STALE,
    attempt,
    error_text,
    resubmit,
    submit_feedback,
    submit_stage_change,
)
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.workspace import from_signals
from lokaalsignaal.pages.workspace.forms import (
    KnelpuntFilterForm,
    KnelpuntForm,
    MergeForm,
    MoveSignalForm,
)
from lokaalsignaal.pages.workspace.knelpunt_list import knelpunten_list
from lokaalsignaal.pages.workspace.knelpunt_page import knelpunt_or_404, knelpunt_page
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

# --- knelpunten ----------------------------------------------------------------------------------------------

@tenant_view("knelpunten.read")
def knelpunten(request, municipality):
    filters = KnelpuntFilterForm(request.GET, user=request.user, municipality=municipality)
    filters.is_valid()
    data = filters.cleaned_data
    page = Paginator(knelpunten_list(request.user, municipality, data), PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/knelpunten.html", {
        "municipality": municipality, "page": page, "filters": filters,
        "can_manage": scoping.can(request.user, municipality, "knelpunten.manage"),
        "filtered": any(v for k, v in data.items() if k != "sort"),
    })


@tenant_view("knelpunten.manage")
def knelpunt_create(request, municipality):
    form = KnelpuntForm(request.POST or None, user=request.user, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        first = from_signals.similar_first(request, municipality, form.cleaned_data["title"])
        if first is not None:
            return first
        done, knelpunt = attempt(form, lambda: services.create_knelpunt(
            request.user, municipality, form.data_for_service(), form.cleaned_data["themes"],
            form.cleaned_data["target_groups"]))
        if done:
            tell_removed(request, form)
            messages.success(request, _("Het knelpunt is gemaakt."))
            return redirect("casework:knelpunt", municipality.slug, knelpunt.pk)
    return render(request, "casework/knelpunt_form.html", {"municipality": municipality, "form": form})


@tenant_view("knelpunten.manage")
def knelpunt_edit(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    completing = request.GET.get(from_signals.COMPLETE) == "1"
    initial = KnelpuntForm.initial_for(knelpunt)
    if completing:
        initial.update(from_signals.completion_initial(knelpunt, request.user))
    form = KnelpuntForm(request.POST or None, user=request.user, municipality=municipality, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_knelpunt(request.user, knelpunt.pk, form.data_for_service(),
                                       form.cleaned_data["themes"], form.cleaned_data["target_groups"],
                                       form.cleaned_data["version"] or 0)
        except StaleEdit:
            messages.error(request, str(STALE))
            knelpunt.refresh_from_db()
            data = request.POST.copy()
            data["version"] = knelpunt.version
            form = KnelpuntForm(data, user=request.user, municipality=municipality)
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Het knelpunt is bewaard."))
            return redirect("casework:knelpunt", municipality.slug, knelpunt.pk)
    return render(request, "casework/knelpunt_form.html", {
        "municipality": municipality, "form": form, "knelpunt": knelpunt, "completing": completing,
        "signals": signal_access.signals_readable_by(request.user, municipality).filter(knelpunt=knelpunt).only(
            "pk", "reference", "title").order_by("submitted_at")[:20] if completing else ()})


def _back_to_knelpunt(municipality, knelpunt):
    return redirect("casework:knelpunt", municipality.slug, knelpunt.pk)


@tenant_view("knelpunten.read")
def knelpunt(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk)
    notifications.mark_knelpunt_read(request.user, knelpunt)  # news from the region or a partner about it
    return knelpunt_page(request, municipality, knelpunt)


@require_POST
@tenant_view("knelpunten.manage")
def change_stage(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    done, form = submit_stage_change(request, knelpunt)
    if done:
        messages.success(request, _("Het knelpunt is nu in de fase ‘%(stage)s’. De signaalgevers krijgen je "
                                    "bericht.") % {"stage": Stage(form.cleaned_data["to_stage"]).label})
        return _back_to_knelpunt(municipality, knelpunt)
    return knelpunt_page(request, municipality, knelpunt, stage_form=form)


@require_POST
@tenant_view("knelpunten.manage")
def add_note(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    form = NoteForm(request.POST)
    if form.is_valid() and attempt(form, lambda: services.add_note(request.user, knelpunt.pk,
                                                                   form.cleaned_data["note"]), invalid="note")[0]:
        tell_removed(request, form)
        messages.success(request, _("De nota is bewaard."))
        return _back_to_knelpunt(municipality, knelpunt)
    return knelpunt_page(request, municipality, knelpunt, note_form=form)


@require_POST
@tenant_view("knelpunten.manage")
def send_feedback(request, municipality, pk):
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    count, form = submit_feedback(request, knelpunt)
    if count is not None:
        messages.success(request, ngettext("Je bericht is verstuurd naar de signaalgever van %(count)s signaal.",
                                           "Je bericht is verstuurd naar de signaalgevers van %(count)s signalen.",
                                           count) % {"count": count})
        return _back_to_knelpunt(municipality, knelpunt)
    return knelpunt_page(request, municipality, knelpunt, feedback_form=form)


@require_POST
@tenant_view("knelpunten.manage")
def message_public(request, municipality, pk, message):
    """Show one of the knelpunt's messages on the public page of results, or no longer (`public` is "1" or not)."""
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    public = request.POST.get("public") == "1"
    try:
        services.set_message_public(request.user, knelpunt.pk, message, public)
    except PermissionDenied as error:  # not a message of this knelpunt
        raise Http404 from error
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        if not public:
            done = _("Het bericht staat niet meer op de publieke pagina.")
        elif knelpunt.public:
            done = _("Het bericht staat op de publieke pagina.")
        else:
            done = _("Het bericht komt op de publieke pagina zodra het knelpunt publiek is.")
        messages.success(request, done)
    return redirect(reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk]) + "#tijdlijn")


@tenant_view("knelpunten.manage")
def move_signal(request, municipality, pk):
    """Moving a signal on its own page (a GET shows the form: its list of knelpunten is long, so the knelpunt page
    only links to it); the POST moves, or shows the form again with what was typed."""
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    if request.method != "POST":
        return _move_page(request, municipality, knelpunt,
                          MoveSignalForm(user=request.user, municipality=municipality, knelpunt=knelpunt))
    form = MoveSignalForm(request.POST, user=request.user, municipality=municipality, knelpunt=knelpunt)
    if form.is_valid():
        signal = form.cleaned_data["signal"]
        try:
            services.link(request.user, [signal.pk], int(form.cleaned_data["target"]))
        except PermissionDenied:
            form.add_error("target", _("Dit knelpunt kan je niet kiezen."))
        except ValidationError as error:
            form.add_error("signal", error_text(error))
        else:
            messages.success(request, _("Signaal %(reference)s is verplaatst naar ‘%(title)s’.") % {
                "reference": signal.reference,
                "title": form.target_title()})
            return _back_to_knelpunt(municipality, knelpunt)
    return _move_page(request, municipality, knelpunt, form)


def _move_page(request, municipality, knelpunt, form):
    return render(request, "casework/move_signal_page.html", {
        "municipality": municipality, "knelpunt": knelpunt, "move_form": form,
        "has_signals": form.fields["signal"].queryset.exists()})


@tenant_view("knelpunten.manage")
def merge(request, municipality, pk):
    """Merging on its own page (a GET shows the form, for the same reason as `move_signal`); the POST asks for a
    confirmation first, then merges, or shows the form again with what was typed."""
    knelpunt = knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")
    if request.method != "POST":
        return _merge_page(request, municipality, knelpunt,
                           MergeForm(user=request.user, municipality=municipality, knelpunt=knelpunt))
    form = MergeForm(request.POST, user=request.user, municipality=municipality, knelpunt=knelpunt)
    if form.is_valid():
        if not form.cleaned_data["confirm"]:
            return render(request, "casework/merge_confirm.html", {
                "municipality": municipality, "knelpunt": knelpunt, "form": form,
                "target_title": form.target_title(), "resubmit": resubmit(form)})
        done, target = attempt(form, lambda: services.merge(request.user, knelpunt.pk,
                                                            int(form.cleaned_data["target"]),
                                                            form.cleaned_data["merge_message"]),
                               denied=("target", _("Dit knelpunt kan je niet kiezen.")))
        if done:
            tell_removed(request, form)
            messages.success(request, _("‘%(source)s’ is samengevoegd met dit knelpunt.") % {
                "source": knelpunt.title})
            return _back_to_knelpunt(municipality, target)
    return _merge_page(request, municipality, knelpunt, form)


def _merge_page(request, municipality, knelpunt, form):
    return render(request, "casework/merge_page.html",
                  {"municipality": municipality, "knelpunt": knelpunt, "merge_form": form})
