"""Events: thin views. Querysets come from `events.access`, writes go through `events.services`/`participation`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from lokaalsignaal.accounts.models import Organisation
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.casework.knelpunten.web import resubmit
from lokaalsignaal.events import access as event_access
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

from . import ics, participation, services
from .forms import AttendanceForm, CancelForm, EventForm, InviteForm, OutcomeForm
from .models import Invitation, Response

PAST = "voorbij"  # ?status=voorbij: the past events instead of the upcoming ones
REGISTERED = Count("invitations", filter=Q(invitations__response=Response.REGISTERED))
WAITING = Count("invitations", filter=Q(invitations__response=Response.WAITING))


def _apply_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def _one_list(request, upcoming, past) -> dict:
    """The upcoming events, or (?status=voorbij) the past ones, a page at a time (?pagina=): every event is
    reachable, however many there are. `status` keeps the choice in the page links (includes/pagination.html)."""
    showing_past = request.GET.get("status") == PAST
    page = Paginator(past if showing_past else upcoming, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return {"page": page, "past": showing_past, "status": PAST if showing_past else ""}


# --- the coordinator ---------------------------------------------------------------------------------------------

def _managed_or_404(request, municipality, pk):
    event = event_access.events_managed_by(request.user, municipality).filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


def _open_knelpunten(request, municipality, keep=()):
    return list(knelpunt_access.knelpunten_for(request.user, municipality, perm="knelpunten.manage")
                .filter(~Q(stage__in=CLOSED) | Q(pk__in=list(keep))).order_by("title").only("pk", "title"))


@tenant_view("events.manage")
def manage_list(request, municipality):
    now = timezone.now()
    events = event_access.events_managed_by(request.user, municipality).annotate(registered=REGISTERED, waiting=WAITING)
    return render(request, "events/manage_list.html", {"municipality": municipality, **_one_list(
        request, events.filter(ends_at__gte=now).order_by("starts_at", "pk"),
        events.filter(ends_at__lt=now).order_by("-starts_at", "-pk"))})


@tenant_view("events.manage")
def create(request, municipality):
    knelpunten = _open_knelpunten(request, municipality)
    form = EventForm(request.POST or None, knelpunten=knelpunten, initial={"reminder_hours": 24})
    if request.method == "POST" and form.is_valid():
        try:
            event = services.create_event(request.user, municipality, form.event_data(),
                                          form.cleaned_data["agenda"], form.cleaned_data["agenda_message"])
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            tell_removed(request, form)
            messages.success(request, _("Het evenement is aangemaakt. Nodig nu mensen uit."))
            return redirect("events:invite", municipality.slug, event.pk)
    return render(request, "events/event_form.html", {"municipality": municipality, "form": form})


@tenant_view("events.manage")
def edit(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    keep = event.agenda.values_list("knelpunt_id", flat=True)
    form = EventForm(request.POST or None, knelpunten=_open_knelpunten(request, municipality, keep),
                     initial=EventForm.initial_for(event))
    if request.method == "POST" and form.is_valid():
        try:
            services.update_event(request.user, event.pk, form.event_data(), form.cleaned_data["agenda"],
                                  form.cleaned_data["agenda_message"])
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            tell_removed(request, form)
            messages.success(request, _("Het evenement is aangepast. Wie ingeschreven of uitgenodigd is, krijgt "
                                        "een nieuw moment of een nieuwe plaats per e-mail."))
            return redirect("events:manage_detail", municipality.slug, event.pk)
    return render(request, "events/event_form.html", {"municipality": municipality, "form": form, "event": event})


def _detail_context(request, municipality, event, **forms):
    participants = list(event_access.event_participants(request.user, event).order_by("user__full_name", "pk"))
    registered = [i for i in participants if i.response == Response.REGISTERED]
    waiting = sorted((i for i in participants if i.response == Response.WAITING),
                     key=lambda i: (i.waiting_since, i.pk))
    others = [i for i in participants if i.response not in (Response.REGISTERED, Response.WAITING)]
    agenda = list(event.agenda.select_related("knelpunt"))
    outcome_forms = forms.pop("outcome_forms", {})
    for item in agenda:
        item.form = outcome_forms.get(item.pk) or OutcomeForm(prefix=f"item{item.pk}",
                                                              initial={"outcome": item.outcome})
    attendance_form = forms.pop("attendance_form", None) or AttendanceForm(
        participants=registered + [i for i in others if i.attended],
        initial={"present": [str(i.user_id) for i in participants if i.attended]})
    return {"municipality": municipality, "event": event, "agenda": agenda, "registered": registered,
            "waiting": waiting, "others": others, "attendance_form": attendance_form,
            "anyone_present": any(i.attended for i in participants),
            "cancel_form": forms.pop("cancel_form", None) or CancelForm(), "when": services.when(event), **forms}


@tenant_view("events.manage")
def manage_detail(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    return render(request, "events/manage_detail.html", _detail_context(request, municipality, event))


@tenant_view("events.manage")
def invite(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    people = event_access.event_invitable_people(request.user, municipality).select_related("organisation")
    organisations = Organisation.objects.filter(pk__in=people.values("organisation_id")).order_by("name")
    form = InviteForm(request.POST or None, people=people, organisations=organisations)
    preview = None
    if request.method == "POST" and form.is_valid():
        audience = form.audience()
        if audience.is_empty:
            form.add_error(None, _("Kies minstens één groep of persoon om uit te nodigen."))
        elif "send" in request.POST:
            try:
                count = services.send_invitations(request.user, event.pk, audience)
            except ValidationError as error:
                _apply_errors(form, error)
            else:
                messages.success(request, ngettext("%(count)s persoon is uitgenodigd.",
                                                   "%(count)s personen zijn uitgenodigd.", count) % {"count": count})
                if audience.signal_based:  # the same words whoever it reached: never a name or a number
                    messages.info(request, _("Signaalgevers die hun naam verborgen voor de gemeente, kregen de "
                                             "uitnodiging ook als ze toestemming gaven. Je ziet hen pas bij de "
                                             "deelnemers als ze zich zelf inschrijven."))
                return redirect("events:manage_detail", municipality.slug, event.pk)
        else:
            preview = services.preview_invitations(request.user, event, audience)
    return render(request, "events/invite.html", {"municipality": municipality, "event": event, "form": form,
                                                  "preview": preview})


@require_POST
@tenant_view("events.manage")
def cancel(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    form = CancelForm(request.POST)
    if event.is_cancelled:
        return redirect("events:manage_detail", municipality.slug, event.pk)
    if form.is_valid():
        if not form.cleaned_data["confirm"]:
            return render(request, "events/cancel_confirm.html", {
                "municipality": municipality, "event": event, "form": form, "resubmit": resubmit(form),
                "when": services.when(event), "count": services.people_to_tell_count(request.user, event)})
        services.cancel_event(request.user, event.pk, form.cleaned_data["cancel_message"])
        messages.success(request, _("Het evenement is geannuleerd. Alle deelnemers krijgen een e-mail."))
        return redirect("events:manage_detail", municipality.slug, event.pk)
    return render(request, "events/manage_detail.html",
                  _detail_context(request, municipality, event, cancel_form=form))


@require_POST
@tenant_view("events.manage")
def attendance(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    participants = event_access.event_participants(request.user, event)
    form = AttendanceForm(request.POST, participants=participants)
    if form.is_valid():
        count = services.record_attendance(request.user, event.pk, form.cleaned_data["present"])
        messages.success(request, ngettext("%(count)s aanwezige bewaard.", "%(count)s aanwezigen bewaard.", count)
                         % {"count": count})
        return redirect("events:manage_detail", municipality.slug, event.pk)
    return render(request, "events/manage_detail.html",
                  _detail_context(request, municipality, event, attendance_form=form))


@require_POST
@tenant_view("events.manage")
def outcome(request, municipality, pk, item):
    event = _managed_or_404(request, municipality, pk)
    if not event.agenda.filter(pk=item).exists():
        raise Http404
    form = OutcomeForm(request.POST, prefix=f"item{item}")
    if form.is_valid():
        try:
            services.record_outcome(request.user, item, form.cleaned_data["outcome"],
                                    form.cleaned_data["send_as_feedback"])
        except ValidationError as error:
            if not event.has_started:  # the page offers no form yet: say it above the page
                messages.error(request, " ".join(error.messages))
                return redirect("events:manage_detail", municipality.slug, event.pk)
            _apply_errors(form, error)
        else:
            tell_removed(request, form)
            messages.success(request, _("De uitkomst is bewaard en als terugkoppeling verstuurd naar de "
                                        "signaalgevers van het knelpunt.") if form.cleaned_data["send_as_feedback"]
                             else _("De uitkomst is bewaard."))
            return redirect("events:manage_detail", municipality.slug, event.pk)
    return render(request, "events/manage_detail.html",
                  _detail_context(request, municipality, event, outcome_forms={item: form}))


@tenant_view("events.manage")
def print_view(request, municipality, pk):
    event = _managed_or_404(request, municipality, pk)
    return render(request, "events/print.html", _detail_context(request, municipality, event))


# --- the giver ---------------------------------------------------------------------------------------------------

def _mine_annotated(user):
    my = Invitation.objects.filter(event=OuterRef("pk"), user=user)
    return (event_access.events_visible_to(user).select_related("municipality")
            .annotate(registered=REGISTERED, my_response=Subquery(my.values("response")[:1]),
                      my_invited=Exists(my.filter(Q(invited=True) | Q(name_hidden=True)))))


@login_required
def mine(request):
    now = timezone.now()
    events = _mine_annotated(request.user)
    return render(request, "events/mine.html", _one_list(
        request, events.filter(ends_at__gte=now).order_by("starts_at", "pk"),
        events.filter(ends_at__lt=now, my_response__isnull=False).order_by("-starts_at", "-pk")))


def _visible_or_404(request, pk):
    event = _mine_annotated(request.user).filter(pk=pk).first()
    if event is None:
        raise Http404
    return event


@login_required
def event(request, pk):
    event = _visible_or_404(request, pk)
    invitation = Invitation.objects.filter(event=event, user=request.user).first()
    position = None
    if invitation and invitation.response == Response.WAITING:
        position = Invitation.objects.filter(event=event, response=Response.WAITING).filter(
            Q(waiting_since__lt=invitation.waiting_since)
            | Q(waiting_since=invitation.waiting_since, pk__lt=invitation.pk)).count() + 1
    places_left = None if event.capacity is None else max(event.capacity - event.registered, 0)
    agenda = list(event.agenda.select_related("knelpunt").only("knelpunt__title", "outcome", "event_id"))
    return render(request, "events/event.html", {
        "event": event, "invitation": invitation, "position": position, "places_left": places_left,
        "agenda": agenda, "when": services.when(event), "can_manage": scoping.can(
            request.user, event.municipality, "events.manage")})


@require_POST
@login_required
def register(request, pk):
    try:
        invitation = participation.register(request.user, pk)
    except PermissionDenied:
        raise Http404 from None
    except participation.RegistrationClosed:
        messages.error(request, _("Inschrijven voor dit evenement kan niet meer."))
    else:
        if invitation.response == Response.REGISTERED:
            messages.success(request, _("Je bent ingeschreven. Je krijgt een e-mail met het agenda-bestand."))
        else:
            messages.info(request, _("Het evenement is volzet: je staat op de wachtlijst. Komt er een plaats vrij, "
                                     "dan schrijven we je automatisch in en krijg je een e-mail."))
    return redirect("events:event", pk)


@require_POST
@login_required
def decline(request, pk):
    try:
        invitation = participation.decline(request.user, pk)
    except PermissionDenied:
        raise Http404 from None
    messages.success(request, _("Je bent afgemeld.") if invitation.response == Response.CANCELLED
                     else _("We hebben doorgegeven dat je niet kan komen."))
    return redirect("events:event", pk)


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def event_ics(request, pk):
    event = _visible_or_404(request, pk)
    return _ics_response(ics.calendar([event]), f"evenement-{event.pk}.ics")


@login_required
def calendar(request):
    """The person's secret feed URL, or the button that makes it (the GET creates nothing)."""
    feed = participation.existing_calendar_feed(request.user)
    url = request.build_absolute_uri(reverse("events:feed", args=[feed.token])) if feed else ""
    return render(request, "events/calendar.html", {"feed_url": url})


@require_POST
@login_required
def regenerate_token(request):
    """Make the first feed URL, or a new one that replaces the old at once."""
    first = participation.existing_calendar_feed(request.user) is None
    participation.regenerate_calendar_token(request.user)
    messages.success(request, _("Je agenda-link is klaar.") if first else
                     _("Je hebt een nieuwe agenda-link. De oude link werkt niet meer."))
    return redirect("events:calendar")


def feed(request, token):
    _user, events = event_access.calendar_feed_events(token)
    events = events.select_related("municipality").order_by("starts_at")[:500]
    return _ics_response(ics.calendar(events, name="Lokaal Signaal"), "lokaal-signaal.ics")


# --- public ------------------------------------------------------------------------------------------------------

def public(request, slug):
    municipality, events = event_access.public_events(slug)
    events = list(events.order_by("starts_at", "pk")[:100])
    return render(request, "events/public.html", {"municipality": municipality, "events": events})
