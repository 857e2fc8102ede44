"""The giver's side of feedback: answer a question, say 'ik zie dit nog steeds', notifications and their settings.
Thin views: parse the form, call a service, redirect or render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import services as intake
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping

from . import services
from .forms import AnswerForm, PreferenceForm, StillSeenForm
from .models import Notification
from .story import story_for


def _own(request, reference):
    return get_object_or_404(scoping.signals_given_by(request.user).select_related("municipality", "knelpunt"),
                             reference=reference)




def _errors(error: ValidationError) -> str:
    return " ".join(error.messages) or _("Dat kan niet meer.")


@login_required
def answer(request, reference):
    signal = _own(request, reference)
    if not signal.has_open_question:
        messages.info(request, _("Er is geen open vraag meer bij dit signaal."))
        return redirect("intake:detail", signal.reference)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            intake.answer_question(request.user, signal.pk, form.cleaned_data["answer"])
        except ValidationError as error:
            messages.error(request, _errors(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Bedankt. De gemeente ziet je antwoord."))
        return redirect("intake:detail", signal.reference)
    story = story_for(signal)
    return render(request, "feedback/answer.html", {"signal": signal, "story": story, "form": form})


@login_required
def still_seen(request, reference):
    signal = _own(request, reference)
    story = story_for(signal)
    if not story.can_still_see:
        messages.info(request, _("Voor dit signaal kan je dit niet meer laten weten."))
        return redirect("intake:detail", signal.reference)
    form = StillSeenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        intake.still_seen(request.user, signal.pk, form.cleaned_data["context"])
        tell_removed(request, form)
        messages.success(request, _("Bedankt. De gemeente weet dat je dit nog steeds ziet."))
        return redirect("intake:detail", signal.reference)
    return render(request, "feedback/still_seen.html", {"signal": signal, "story": story, "form": form})


@login_required
def notifications(request):
    page = Paginator(services.notifications_of(request.user), PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "feedback/notifications.html", {"page": page})


@login_required
def open_notification(request, pk):
    notification = get_object_or_404(services.notifications_of(request.user), pk=pk)
    if notification.kind in Notification.COORDINATOR_KINDS:
        knelpunt = notification.knelpunt  # the workspace page checks access and marks it read
        return redirect("casework:knelpunt", knelpunt.municipality.slug, knelpunt.pk)
    if notification.kind == Notification.Kind.ADMIN_CHANGE:
        if notification.municipality_id is not None:  # the audit page checks access and marks it read
            return redirect("audit:log", notification.municipality.slug)
        return redirect("feedback:notifications")
    if notification.signal_id is None:
        if notification.knelpunt_id is not None:
            return redirect("joins:joined", notification.knelpunt_id)  # the knelpunt page marks it read
        return redirect("feedback:notifications")
    return redirect("intake:detail", notification.signal.reference)  # the signal page marks it read


@require_POST
@login_required
def mark_all_read(request):
    count = services.mark_all_read(request.user)
    if count:
        messages.success(request, _("Alle meldingen zijn gelezen."))
    return redirect("feedback:notifications")


@login_required
def notification_settings(request):
    form = PreferenceForm(request.POST or None, initial={"preference": request.user.notification_preference})
    if request.method == "POST" and form.is_valid():
        services.set_preference(request.user, form.cleaned_data["preference"])
        messages.success(request, _("Je keuze is bewaard."))
        return redirect("feedback:settings")
    return render(request, "feedback/settings.html", {"form": form})
