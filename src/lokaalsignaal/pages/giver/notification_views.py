"""A person's notifications (`/mijn/meldingen/`): the list (grouped per signal or knelpunt), opening one, marking
them read (all, or one group), and when she wants them by e-mail. Thin views: parse the form, call a service,
redirect or render."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.notifications import services
from lokaalsignaal.notifications.forms import PreferenceForm
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.pages.giver import notification_list


@login_required
def notifications(request):
    page = notification_list.page_of(request.user, request.GET.get("pagina"))
    return render(request, "notifications/notifications.html", {"page": page})


@login_required
def open_notification(request, pk):
    notification = get_object_or_404(services.notifications_of(request.user), pk=pk)
    if notification.kind in Notification.COORDINATOR_KINDS:
        knelpunt = notification.knelpunt  # the workspace page checks access and marks it read
        return redirect("casework:knelpunt", knelpunt.municipality.slug, knelpunt.pk)
    if notification.kind == Notification.Kind.ADMIN_CHANGE:
        if notification.municipality_id is not None:  # the audit page checks access and marks it read
            return redirect("audit:log", notification.municipality.slug)
        return redirect("notifications:notifications")
    if notification.signal_id is None:
        if notification.knelpunt_id is not None:
            return redirect("joins:joined", notification.knelpunt_id)  # the knelpunt page marks it read
        return redirect("notifications:notifications")
    return redirect("intake:detail", notification.signal.reference)  # the signal page marks it read


@require_POST
@login_required
def mark_all_read(request):
    """"Markeer alles als gelezen", or with `groep` one group of the page ("markeer als gelezen"); back to the page
    the person was on."""
    group = request.POST.get("groep", "")[:20]
    if group and not services.GROUP.fullmatch(group):
        messages.error(request, _("Die meldingen vonden we niet."))
        return redirect("notifications:notifications")
    count = services.mark_read(request.user, group)
    if count:
        messages.success(request, _("Gemarkeerd als gelezen.") if group else _("Alle meldingen zijn gelezen."))
    url = reverse("notifications:notifications")
    number = request.POST.get("pagina", "")
    if re.fullmatch(r"[1-9][0-9]{0,3}", number) and number != "1":  # the page she was on (no more than 9999)
        url += f"?pagina={number}"
    return redirect(url)


@login_required
def notification_settings(request):
    form = PreferenceForm(request.POST or None, initial={"preference": request.user.notification_preference})
    if request.method == "POST" and form.is_valid():
        services.set_preference(request.user, form.cleaned_data["preference"])
        messages.success(request, _("Je keuze is bewaard."))
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form})
