"""Partners on a knelpunt. Two sides:

- the partner's pages (`/partner/knelpunten/…`): the knelpunten shared with me, across municipalities, and one
  knelpunt with the texts of its signals (never who gave them) and the analysis notes;
- the coordinator's "Partners" panel on the knelpunt page (`/g/<slug>/knelpunten/<pk>/partners/…`): invite, withdraw
  (with confirmation), add an analysis note.

Thin views: querysets from `tenancy.scoping`, actions through `casework.partners`. Anything not granted is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pagination import PAGE_SIZE
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.views import tenant_view

from . import partners
from .partner_forms import AnalysisNoteForm, PartnerInviteForm, reach_key
from .view_helpers import error_text, resubmit

# --- the partner's side --------------------------------------------------------------------------------------

@login_required
def knelpunten(request):
    queryset = (scoping.knelpunten_for_partner(request.user).select_related("municipality")
                .prefetch_related("themes").defer("summary", "priority_reason").order_by("-updated_at", "-id"))
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/partner/knelpunten.html", {"page": page})


def _shared_or_404(request, pk):
    return get_object_or_404(scoping.knelpunten_for_partner(request.user).select_related("municipality"), pk=pk)


def _partner_page(request, knelpunt, form=None):
    signals = (scoping.signals_for_partner(request.user, knelpunt.pk).prefetch_related("themes")
               .order_by("submitted_at", "id"))
    notes = (scoping.analysis_notes_for(request.user, knelpunt.pk).select_related("author", "author__organisation")
             .order_by("created_at", "id"))
    return render(request, "casework/partner/knelpunt.html", {
        "knelpunt": knelpunt, "themes": knelpunt.themes.all(), "target_groups": knelpunt.target_groups.all(),
        "signals": Paginator(signals, PAGE_SIZE).get_page(request.GET.get("pagina")), "notes": notes,
        "form": form or AnalysisNoteForm(),
    })


@login_required
def knelpunt(request, pk):
    return _partner_page(request, _shared_or_404(request, pk))


@require_POST
@login_required
def add_note(request, pk):
    knelpunt = _shared_or_404(request, pk)
    form = AnalysisNoteForm(request.POST)
    if form.is_valid():
        try:
            partners.add_analysis_note(request.user, knelpunt.pk, form.cleaned_data["analysis"])
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            form.add_error("analysis", error_text(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Je analysenota is bewaard. De gemeente en de andere partners lezen ze."))
            return redirect("partner:knelpunt", knelpunt.pk)
    return _partner_page(request, knelpunt, form)


# --- the coordinator's panel ---------------------------------------------------------------------------------

def panel_context(user, municipality, knelpunt) -> dict:
    """What the "Partners" panel on the coordinator's knelpunt page needs (a coordinator of the municipality)."""
    accesses = (scoping.partner_accesses_managed_by(user, knelpunt.pk)
                .select_related("organisation", "user", "user__organisation", "invited_by").order_by("created_at"))
    return {"partner_accesses": accesses,
            "partner_form": PartnerInviteForm(user=user, municipality=municipality),
            "analysis_form": AnalysisNoteForm()}


def _managed_or_404(request, municipality, pk):
    return get_object_or_404(scoping.knelpunten_for(request.user, municipality, perm="knelpunten.manage")
                             .select_related("owner", "responsible_level", "created_by"), pk=pk)


def _coordinator_page(request, municipality, knelpunt, **forms):
    from .views import _knelpunt_page

    return _knelpunt_page(request, municipality, knelpunt, **forms)


def _back(municipality, knelpunt):
    return redirect(reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk]) + "#partners")


@require_POST
@tenant_view("knelpunten.manage")
def invite(request, municipality, pk):
    knelpunt = _managed_or_404(request, municipality, pk)
    form = PartnerInviteForm(request.POST, user=request.user, municipality=municipality)
    if form.is_valid():
        organisation = form.cleaned_data.get("organisation")
        reach = list(scoping.partner_reach(request.user, knelpunt.pk, organisation.pk)) if organisation else []
        if not form.confirmed(reach):
            return _confirm_invitation(request, municipality, knelpunt, form, organisation, reach)
        try:
            access = partners.invite_partner(request.user, knelpunt.pk, **form.invitee())
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            who = access.organisation.name if access.organisation_id else access.user.full_name
            messages.success(request, _("%(who)s is uitgenodigd als partner en krijgt een e-mail met een link.")
                             % {"who": who})
            return _back(municipality, knelpunt)
    return _coordinator_page(request, municipality, knelpunt, partner_form=form)


def _confirm_invitation(request, municipality, knelpunt, form, organisation, reach):
    """Who an organisation's invitation reaches, before the coordinator confirms it (posts the same choice again,
    with the people shown). `changed`: she confirmed a list that is no longer right."""
    choice = [(name, value) for name, value in resubmit(form) if name != form.add_prefix("reach")]
    return render(request, "casework/partner/invite_confirm.html", {
        "municipality": municipality, "knelpunt": knelpunt, "organisation": organisation, "reach": reach,
        "changed": bool(form.cleaned_data.get("confirm")),
        "resubmit": [*choice, (form.add_prefix("reach"), reach_key(reach))],
    })


@tenant_view("knelpunten.manage")
def withdraw(request, municipality, pk, access_id):
    knelpunt = _managed_or_404(request, municipality, pk)
    access = get_object_or_404(scoping.partner_accesses_managed_by(request.user, knelpunt.pk)
                               .select_related("organisation", "user", "user__organisation"), pk=access_id)
    if request.method == "POST":
        partners.withdraw_partner(request.user, access.pk)
        messages.success(request, _("De uitnodiging is ingetrokken. De partner ziet het knelpunt niet meer."))
        return _back(municipality, knelpunt)
    return render(request, "casework/partner/withdraw_confirm.html", {
        "municipality": municipality, "knelpunt": knelpunt, "access": access})


@require_POST
@tenant_view("knelpunten.manage")
def coordinator_note(request, municipality, pk):
    knelpunt = _managed_or_404(request, municipality, pk)
    form = AnalysisNoteForm(request.POST)
    if form.is_valid():
        try:
            partners.add_analysis_note(request.user, knelpunt.pk, form.cleaned_data["analysis"])
        except ValidationError as error:
            form.add_error("analysis", error_text(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Je analysenota is bewaard. De partners lezen ze."))
            return _back(municipality, knelpunt)
    return _coordinator_page(request, municipality, knelpunt, analysis_form=form)
