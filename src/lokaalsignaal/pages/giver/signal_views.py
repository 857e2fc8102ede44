from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake import services
from lokaalsignaal.intake.forms import CommentForm, SignalForm
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.giver.my_signals import my_signals
from lokaalsignaal.reference import lists as reference_lists
from lokaalsignaal.reference.lists import ids_of
from lokaalsignaal.reference.models import TargetGroup, Theme
from lokaalsignaal.tenancy.views import tenant_view


@tenant_view("signal.give")
def give(request, municipality):
    from lokaalsignaal.similarity.views import draft_digest, giver_context

    form = SignalForm(request.POST or None, user=request.user, municipality=municipality)
    context = {"form": form, "municipality": municipality}
    # the suggestions were shown (in a confirm step, or while she typed this very text: `draft_digest`)
    seen = bool(request.POST.get("similar_seen")) or (
        request.method == "POST" and request.POST.get("similar_checked") == draft_digest(request.POST))
    if request.method == "POST" and not (seen and form.is_valid()):
        # Without JavaScript the giver sees similar knelpunten here: in the re-rendered form, or in a confirm step
        # before sending when there are knelpunten to join (skipped when they were already shown: while typing, or
        # in that step, so a confirmed signal is saved without looking them up again).
        context.update(giver_context(request.user, municipality, request.POST))
        if form.is_valid() and context["similar"].knelpunten:
            context["confirm_similar"] = True
            return render(request, "intake/give.html", context)
    if request.method == "POST" and form.is_valid():
        signals = services.submit_signal(request.user, form.cleaned_data["municipalities"], form.signal_data(),
                                         form.cleaned_data["themes"], form.cleaned_data["target_groups"])
        tell_removed(request, form)
        query = "&".join(f"ref={s.reference}" for s in signals)
        return redirect(f"{reverse('intake:receipt')}?{query}")
    return render(request, "intake/give.html", context)


@login_required
def receipt(request):
    signals = signal_access.signals_given_by(request.user).filter(
        reference__in=request.GET.getlist("ref")[:20]).select_related("municipality")
    if not signals:
        return redirect("intake:mine")
    return render(request, "intake/receipt.html", {"signals": signals})


@login_required
def mine(request):
    return render(request, "intake/mine.html", my_signals(request.user, request.GET))


# built once per process (`kept_queries`): her signal's page, its story and its lists are asked on every visit
_OWN = KeptQuery(lambda user_id, reference: signal_access.signals_given_by(account(user_id))
                 .select_related("municipality", "knelpunt__escalated_to").filter(reference=reference)
                 .annotate(theme_ids=ids_of(Signal.themes), target_group_ids=ids_of(Signal.target_groups)))


def own_signal_or_404(request, reference):
    """The giver's own signal with this reference (a 404 for anyone else's)."""
    found = _OWN(user_id=request.user.pk, reference=str(reference)) if request.user.is_authenticated else []
    if not found:
        raise Http404("Niet gevonden")
    return found[0]


@login_required
def detail(request, reference):
    signal = own_signal_or_404(request, reference)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_comment(request.user, signal.pk, form.cleaned_data["body"])
        tell_removed(request, form)
        messages.success(request, _("Je opmerking is toegevoegd."))
        return redirect("intake:detail", signal.reference)
    notifications.mark_signal_read(request.user, signal)  # before the header counts the unread notifications
    return render(request, "intake/detail.html", {
        "signal": signal, "form": form,
        # named from the one read of the reference tables (`reference.lists`), their ids read with the signal
        "themes": reference_lists.names(Theme, signal.theme_ids or ""),
        "target_groups": reference_lists.names(TargetGroup, signal.target_group_ids or ""),
    })


@login_required
def edit(request, reference):
    signal = own_signal_or_404(request, reference)
    if not signal.editable_by_giver:
        messages.info(request, _("De gemeente heeft je signaal al gelezen. Aanpassen kan niet meer."))
        return redirect("intake:detail", signal.reference)
    initial = {f: getattr(signal, f) for f in services.FIELDS}
    initial.update(themes=signal.themes.all(), target_groups=signal.target_groups.all())
    form = SignalForm(request.POST or None, user=request.user, initial=initial, editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_signal(request.user, signal.pk, form.signal_data(), form.cleaned_data["themes"],
                                 form.cleaned_data["target_groups"], form.cleaned_data["version"])
        except services.StaleEdit:
            messages.error(request, _("Iemand anders heeft dit signaal intussen gewijzigd. Kijk het opnieuw na."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            tell_removed(request, form)
            messages.success(request, _("Je signaal is aangepast."))
        return redirect("intake:detail", signal.reference)
    return render(request, "intake/edit.html", {"form": form, "signal": signal})


@login_required
def withdraw(request, reference):
    signal = own_signal_or_404(request, reference)
    if request.method == "POST":
        try:
            services.withdraw_signal(request.user, signal.pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Je signaal is ingetrokken."))
        return redirect("intake:detail", signal.reference)
    return render(request, "intake/withdraw.html", {"signal": signal})
