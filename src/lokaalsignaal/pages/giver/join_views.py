"""'Ik zie dit ook' for givers: join a knelpunt visible to givers, and read the knelpunt you joined.
Thin views: querysets from `casework.joins.access`, the write through `casework.joins.services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from lokaalsignaal.casework.joins import access as join_access
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.giver import story
from lokaalsignaal.pages.giver.join_forms import JoinForm, KnownSearchForm
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy.views import tenant_view

GIVER_FIELDS = ("pk", "title", "summary", "stage", "municipality_id", "visible_to_givers", "signal_count",
                "join_count", "merged_into_id")


@tenant_view("knelpunten.join")
def known(request, municipality):
    """The knelpunten the municipality made visible to givers, to read and join ('ik zie dit ook'); searchable."""
    form = KnownSearchForm(request.GET)
    knelpunten = join_access.joinable_knelpunten(request.user, municipality).select_related(*story.ABOVE).only(
        *GIVER_FIELDS, "updated_at", *story.ABOVE_FIELDS)
    query = form.cleaned_data["zoek"].strip() if form.is_valid() else ""
    if query:
        knelpunten = knelpunten.filter(Q(title__icontains=query) | Q(summary__icontains=query))
    page = Paginator(knelpunten.order_by("-updated_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("pagina"))
    shown = [k.pk for k in page]
    joined = set(join_access.joins_of(request.user).filter(knelpunt_id__in=shown).values_list("knelpunt_id",
                                                                                             flat=True))
    mine = set(signal_access.signals_given_by(request.user).filter(knelpunt_id__in=shown).exclude(
        status="withdrawn").values_list("knelpunt_id", flat=True))
    rows = [(k, story.giver_stage(k), k.pk in joined, k.pk in mine) for k in page]
    return render(request, "casework/known.html", {"municipality": municipality, "form": form, "page": page,
                                                   "rows": rows, "query": query})


@tenant_view("knelpunten.join")
def join(request, municipality, pk):
    knelpunt = get_object_or_404(join_access.joinable_knelpunten(request.user, municipality).select_related(
        *story.ABOVE).only(*GIVER_FIELDS, *story.ABOVE_FIELDS), pk=pk)
    if join_access.joins_of(request.user).filter(knelpunt=knelpunt).exists():
        messages.info(request, _("Je sloot je al aan bij dit knelpunt. Je krijgt de berichten erover."))
        return redirect("joins:joined", knelpunt.pk)
    mine = joins.own_signal_in(request.user, knelpunt.pk)
    if mine is not None:
        return _own_signal_inside(request, mine)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            joins.join(request.user, knelpunt.pk, form.cleaned_data["context"])
        except joins.AlreadyJoined:
            messages.info(request, _("Je sloot je al aan bij dit knelpunt. Je krijgt de berichten erover."))
        except joins.OwnSignalInside as inside:
            return _own_signal_inside(request, inside.signal)
        except PermissionDenied as error:
            raise Http404("Niet gevonden") from error
        else:
            tell_removed(request, form)
            messages.success(request, _("Bedankt. Je stem telt mee voor dit knelpunt. Je krijgt de berichten van "
                                        "de gemeente erover."))
        return redirect("joins:joined", knelpunt.pk)
    return render(request, "casework/join.html", {
        "municipality": municipality, "knelpunt": knelpunt, "form": form,
        "stage": story.giver_stage(knelpunt)})


def _own_signal_inside(request, signal):
    messages.info(request, _("Je signaal %(reference)s zit al in dit knelpunt. Je stem telt dus al mee.") % {
        "reference": signal.reference})
    return redirect("intake:detail", signal.reference)


@login_required
def joined(request, pk):
    knelpunt = get_object_or_404(join_access.joined_knelpunten_for(request.user).select_related(
        "municipality", *story.ABOVE).only(*GIVER_FIELDS, "municipality__name", "municipality__slug",
                                           *story.ABOVE_FIELDS), pk=pk)
    my_join = join_access.joins_of(request.user).filter(knelpunt=knelpunt).only("context", "created_at").first()
    notifications.mark_knelpunt_read(request.user, knelpunt)
    return render(request, "casework/joined.html", {
        "knelpunt": knelpunt, "join": my_join, "stage": story.giver_stage(knelpunt),
        "history": story.joined_story(knelpunt)})
