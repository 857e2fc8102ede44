"""The coordinator's inbox and the triage of one signal. Thin views: parse a form, call `intake.triage` or
`casework.knelpunten.services`, turn domain errors into messages, render or redirect. Querysets come from
`intake.access` and `casework.knelpunten.access`. The knelpunt pages are in `pages.workspace.knelpunt_views`."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.web import NOT_FOUND, attempt, error_text, resubmit
from lokaalsignaal.casework.redaction import services as redaction
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalEvent, SignalStatus
from lokaalsignaal.pages.workspace import from_signals, saved_filter_views, suggestion_views
from lokaalsignaal.pages.workspace.forms import NEW
from lokaalsignaal.pages.workspace.inbox_forms import (
    BulkAction,
    BulkForm,
    InboxFilterForm,
    LinkForm,
    NewKnelpuntFromSignalForm,
    NotRetainForm,
    QuestionForm,
    RedactPassageForm,
)
from lokaalsignaal.pages.workspace.inbox_query import CLOSED_SIGNAL, inbox_list, inbox_queryset
from lokaalsignaal.pagination import PAGE_SIZE, CappedPaginator
from lokaalsignaal.tenancy.views import tenant_view


def _waiting(signals, municipality, now=None):
    """Mark the signals that wait longer than the municipality's promised response time without feedback."""
    now = now or timezone.now()
    deadline = now - timedelta(days=municipality.response_days)
    for signal in signals:
        signal.waiting_days = (now - signal.submitted_at).days
        signal.overdue = (signal.first_feedback_at is None and signal.status not in CLOSED_SIGNAL
                          and signal.submitted_at < deadline)
    return signals


# Filters that can match few rows of a big municipality: counting them would walk the whole list, so the inbox
# shows "Volgende" without a total for them.
SELECTIVE_FILTERS = ("theme", "target_group", "sector", "signal_type", "q", "open_question", "attention", "overdue")


def _knelpunt_title(user, municipality, pk) -> str:
    return (knelpunt_access.knelpunten_for(user, municipality).filter(pk=pk).values_list("title", flat=True).first()
            or "")


# --- inbox ---------------------------------------------------------------------------------------------------

def _run_bulk(request, municipality, form) -> bool:
    data = form.cleaned_data
    ids = [s.pk for s in data["signals"]]
    user = request.user
    try:
        if data["action"] == BulkAction.MARK_READ:
            count = triage.mark_read(user, ids)
            messages.success(request, ngettext("%(count)s signaal is gemarkeerd als ontvangen.",
                                               "%(count)s signalen zijn gemarkeerd als ontvangen.", count)
                             % {"count": count})
        elif data["action"] == BulkAction.LINK:
            if data["knelpunt"] == NEW:
                form.created = from_signals.create(user, municipality, data["new_title"], ids)
                tell_removed(request, form)
                return True
            else:
                services.link(user, ids, int(data["knelpunt"]))
                title = _knelpunt_title(user, municipality, data["knelpunt"])
            messages.success(request, ngettext("%(count)s signaal is gekoppeld aan ‘%(title)s’.",
                                               "%(count)s signalen zijn gekoppeld aan ‘%(title)s’.", len(ids))
                             % {"count": len(ids), "title": title})
        else:
            count = services.not_retain(user, ids, data["explanation"])
            messages.success(request, ngettext(
                "%(count)s signaal is niet weerhouden. De signaalgever krijgt je uitleg.",
                "%(count)s signalen zijn niet weerhouden. De signaalgevers krijgen je uitleg.", count)
                % {"count": count})
    except ValidationError as error:
        form.add_error(None, error_text(error))
        return False
    except PermissionDenied:
        form.add_error(None, _("Dit kan niet met deze signalen of dit knelpunt. Kijk je keuze na."))
        return False
    tell_removed(request, form)
    return True


def _asks_first(form) -> bool:
    """Not retaining notifies every giver: the first POST shows the choice again (the merge's pattern), only the POST
    from that page's 'Ja' button (confirm=on) runs it."""
    return form.cleaned_data["action"] == BulkAction.NOT_RETAIN and not form.cleaned_data["confirm"]


@tenant_view("signals.triage")
def inbox(request, municipality):
    filters = InboxFilterForm(request.GET)
    filters.is_valid()  # invalid filters are shown with their error; the valid ones still apply
    bulk = BulkForm(request.POST or None, user=request.user, municipality=municipality)
    back = "back" in request.POST  # 'Terug naar de lijst' on the confirmation: the list, with the choice kept
    if request.method == "POST" and not back and bulk.is_valid():
        if _asks_first(bulk):
            tell_removed(request, bulk)
            return render(request, "casework/not_retain_confirm.html", {
                "municipality": municipality, "form": bulk, "resubmit": resubmit(bulk),
                "signals": sorted(bulk.cleaned_data["signals"], key=lambda s: s.reference)})
        data = bulk.cleaned_data
        if data["action"] == BulkAction.LINK and data["knelpunt"] == NEW:
            first = from_signals.similar_first(request, municipality, data["new_title"], data["signals"])
            if first is not None:
                return first
        if _run_bulk(request, municipality, bulk):
            if getattr(bulk, "created", None):
                return from_signals.open_to_complete(request, municipality, bulk.created,
                                                     len(bulk.cleaned_data["signals"]))
            rest = request.GET.copy()
            rest.pop("kies", None)  # the choice of all rows was for this action only
            return redirect(f"{request.path}?{rest.urlencode()}" if rest else request.path)
    selective = any(filters.cleaned_data.get(k) for k in SELECTIVE_FILTERS)
    page = CappedPaginator(inbox_list(request.user, municipality, filters.cleaned_data), PAGE_SIZE,
                           countless=selective).get_page(
        request.GET.get("pagina"))
    page.object_list = _waiting(list(page.object_list), municipality)
    selected = bulk.selected_ids()
    if request.GET.get("kies") == "alle":  # 'Kies alle signalen op deze pagina' without JavaScript
        selected = {str(s.pk) for s in page.object_list}
    return render(request, "casework/inbox.html", {
        "municipality": municipality, "page": page, "filters": filters, "bulk": bulk,
        "selected": selected, "chips": filters.chips(request.GET),
        "filtered": any(v for k, v in filters.cleaned_data.items() if k != "sort"),
        **saved_filter_views.for_inbox(request.user, municipality, filters),
    })


# --- one signal ----------------------------------------------------------------------------------------------

def _signal_or_404(request, municipality, pk):
    return get_object_or_404(signal_access.signals_for_triage(request.user, municipality).select_related(
        "giver", "organisation", "sector", "knelpunt"), pk=pk)


def _signal_page(request, municipality, signal, **forms):
    user = request.user
    context = {
        "municipality": municipality, "signal": _waiting([signal], municipality)[0],
        "events": signal.events.select_related("actor").all(),
        "themes": signal.themes.all(), "target_groups": signal.target_groups.all(),
        "question_form": QuestionForm(), "not_retain_form": NotRetainForm(), "redact_form": RedactPassageForm(),
        "link_form": LinkForm(user=user, municipality=municipality, exclude=signal.knelpunt_id),
        "new_knelpunt_form": NewKnelpuntFromSignalForm(initial={"knelpunt_title": signal.title}),
        "suggestions": suggestion_views.triage_suggestions(user, municipality, signal),
        "next_signal": _next_open(user, municipality, signal),
        "message_kinds": {SignalEvent.Kind.QUESTION, SignalEvent.Kind.ANSWER, SignalEvent.Kind.COMMENT,
                          SignalEvent.Kind.STILL_SEEN, SignalEvent.Kind.FEEDBACK, SignalEvent.Kind.NOT_RETAINED},
    }
    context.update(forms)
    return render(request, "casework/signal.html", context)


def _next_open(user, municipality, signal) -> int | None:
    """The open signal after this one in the inbox's own order (newest first), or the newest when none is older."""
    open_ones = inbox_queryset(user, municipality, {}).exclude(pk=signal.pk).prefetch_related(None)
    older = open_ones.filter(Q(submitted_at__lt=signal.submitted_at) | Q(submitted_at=signal.submitted_at,
                                                                          pk__lt=signal.pk))
    return older.values_list("pk", flat=True).first() or open_ones.values_list("pk", flat=True).first()


def _back_to_signal(municipality, signal):
    return redirect("casework:signal", municipality.slug, signal.pk)


def _tell_if_withdrawn(request, signal, form) -> None:
    """A withdrawn signal's page shows no action forms: a refusal (`services.link`) is said on top of the page."""
    if signal.status == SignalStatus.WITHDRAWN:
        for error in form.non_field_errors():
            messages.error(request, error)


@tenant_view("signals.triage")
def signal(request, municipality, pk):
    return _signal_page(request, municipality, _signal_or_404(request, municipality, pk))


@require_POST
@tenant_view("signals.triage")
def mark_read(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    if triage.mark_read(request.user, [signal.pk]):
        messages.success(request, _("Het signaal is gemarkeerd als ontvangen. De signaalgever ziet dit."))
    return _back_to_signal(municipality, signal)


@require_POST
@tenant_view("signals.triage")
def ask(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    form = QuestionForm(request.POST)
    if form.is_valid() and attempt(
            form, lambda: triage.ask_question(request.user, signal.pk, form.cleaned_data["question"]))[0]:
        tell_removed(request, form)
        messages.success(request, _("Je vraag is verstuurd. De signaalgever krijgt een melding."))
        return _back_to_signal(municipality, signal)
    _tell_if_withdrawn(request, signal, form)
    return _signal_page(request, municipality, signal, question_form=form)


@require_POST
@tenant_view("signals.triage")
def not_retain(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    form = NotRetainForm(request.POST)
    if form.is_valid() and attempt(
            form, lambda: services.not_retain(request.user, [signal.pk], form.cleaned_data["explanation"]))[0]:
        tell_removed(request, form)
        messages.success(request, _("Het signaal is niet weerhouden. De signaalgever krijgt je uitleg."))
        return _back_to_signal(municipality, signal)
    _tell_if_withdrawn(request, signal, form)
    return _signal_page(request, municipality, signal, not_retain_form=form)


@require_POST
@tenant_view("signals.triage")
def link(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    form = LinkForm(request.POST, user=request.user, municipality=municipality, exclude=signal.knelpunt_id)
    if form.is_valid():
        try:
            services.link(request.user, [signal.pk], int(form.cleaned_data["knelpunt"]))
        except PermissionDenied:
            form.add_error("knelpunt", _("Dit knelpunt kan je niet kiezen."))
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("Het signaal is gekoppeld aan ‘%(title)s’.") % {
                "title": _knelpunt_title(request.user, municipality, form.cleaned_data["knelpunt"])})
            return _back_to_signal(municipality, signal)
        _tell_if_withdrawn(request, signal, form)
    return _signal_page(request, municipality, signal, link_form=form)


@require_POST
@tenant_view("signals.triage")
def new_knelpunt(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    form = NewKnelpuntFromSignalForm(request.POST)
    if form.is_valid():
        first = from_signals.similar_first(request, municipality, form.cleaned_data["knelpunt_title"], [signal])
        if first is not None:
            return first
        done, knelpunt = attempt(form, lambda: from_signals.create(
            request.user, municipality, form.cleaned_data["knelpunt_title"], [signal.pk]), denied=NOT_FOUND)
        if done:
            tell_removed(request, form)
            return from_signals.open_to_complete(request, municipality, knelpunt, 1)
        _tell_if_withdrawn(request, signal, form)
    return _signal_page(request, municipality, signal, new_knelpunt_form=form)


@require_POST
@tenant_view("signals.triage")
def unlink(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    if signal.knelpunt_id:
        services.unlink(request.user, signal.pk)
        messages.success(request, _("Het signaal is losgekoppeld van ‘%(title)s’.") % {
            "title": signal.knelpunt.title})
    return _back_to_signal(municipality, signal)


@require_POST
@tenant_view("signals.triage")
def acknowledge(request, municipality, pk):
    signal = _signal_or_404(request, municipality, pk)
    triage.acknowledge(request.user, signal.pk)
    messages.success(request, _("Gezien. Het signaal vraagt geen aandacht meer."))
    return _back_to_signal(municipality, signal)


@require_POST
@tenant_view("signals.triage")
def redact(request, municipality, pk):
    """Two steps, without JavaScript: the passage shows where it stands and asks (nothing changes yet); the POST
    with confirm=on removes it from the signal and from its municipality's texts (`casework.redaction.services`)."""
    signal = _signal_or_404(request, municipality, pk)
    form = RedactPassageForm(request.POST)
    if form.is_valid():
        passage = form.cleaned_data["passage"]
        if not form.cleaned_data["confirm"]:
            done, found = attempt(form, lambda: redaction.preview_redaction(request.user, signal.pk, passage),
                                  invalid="passage", denied=NOT_FOUND)
            if done:
                return render(request, "casework/redact_confirm.html", {
                    "municipality": municipality, "signal": signal, "form": form, "resubmit": resubmit(form),
                    "found": found})
        else:
            done, count = attempt(form, lambda: redaction.redact_passage(request.user, signal.pk, passage),
                                  invalid="passage", denied=NOT_FOUND)
            if done:
                messages.success(request, ngettext("De tekst is verwijderd op %(count)s plaats.",
                                                   "De tekst is verwijderd op %(count)s plaatsen.", count)
                                 % {"count": count})
                return _back_to_signal(municipality, signal)
    return _signal_page(request, municipality, signal, redact_form=form)
