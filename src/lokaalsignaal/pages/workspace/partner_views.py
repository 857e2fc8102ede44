"""The coordinator's "Partners" panel on the knelpunt page (`/g/<slug>/knelpunten/<pk>/partners/…`): invite (an
organisation only after she saw whom it reaches; an e-mail address without an account gets a link to make one),
withdraw and revoke a waiting invitation (with confirmation), add an analysis note. Actions
through `casework.partners.services`. The invitation has its own page (`invite`); on an error of the analysis note
the knelpunt page is rendered again with the bound form."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal import ratelimit
from lokaalsignaal.casework.knelpunten.web import error_text, resubmit
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import invitations
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.forms import AnalysisNoteForm, PartnerInviteForm, reach_key
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pages.workspace.knelpunt_page import knelpunt_or_404, knelpunt_page
from lokaalsignaal.tenancy.views import tenant_view

INVITE_RATE = "partners.invite_by_email"  # settings.LOKAALSIGNAAL_RATE_LIMITS


def _managed_or_404(request, municipality, pk):
    return knelpunt_or_404(request, municipality, pk, perm="knelpunten.manage")


def _back(municipality, knelpunt):
    return redirect(reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk]) + "#partners")


@tenant_view("knelpunten.manage")
def invite(request, municipality, pk):
    """The invitation on its own page (a GET shows the form: its lists of organisations and people are long, so the
    knelpunt page only links to it); the POST invites, or shows the form again with what was typed."""
    knelpunt = _managed_or_404(request, municipality, pk)
    if request.method != "POST":
        return _invite_page(request, municipality, knelpunt,
                            PartnerInviteForm(user=request.user, municipality=municipality))
    form = PartnerInviteForm(request.POST, user=request.user, municipality=municipality)
    if form.is_valid():
        organisation = form.cleaned_data.get("organisation")
        reach = list(partner_access.partner_reach(request.user, knelpunt.pk, organisation.pk)) if organisation else []
        if not form.confirmed(reach):
            return _confirm_invitation(request, municipality, knelpunt, form, organisation, reach)
        if form.new_email():
            return _invite_by_email(request, municipality, knelpunt, form)
        try:
            access = partners.invite_partner(request.user, knelpunt.pk, **form.invitee())
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            who = access.organisation.name if access.organisation_id else access.user.full_name
            messages.success(request, _("%(who)s is uitgenodigd als partner en krijgt een e-mail met een link.")
                             % {"who": who})
            return _back(municipality, knelpunt)
    return _invite_page(request, municipality, knelpunt, form)


def _invite_page(request, municipality, knelpunt, form):
    return render(request, "casework/partner/invite_page.html",
                  {"municipality": municipality, "knelpunt": knelpunt, "partner_form": form})


def _invite_by_email(request, municipality, knelpunt, form):
    """Someone without an account: an invitation to make one (rate-limited per coordinator: each sends a mail to an
    address the platform does not know)."""
    if ratelimit.hit(INVITE_RATE, f"u{request.user.pk}"):
        form.add_error(None, _("Je nodigde de voorbije tijd al veel mensen uit. Probeer het over een uur opnieuw."))
    else:
        try:
            invitations.invite(request.user, knelpunt.pk, form.new_email(),
                               form.cleaned_data.get("invite_message", ""))
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("%(email)s heeft nog geen account en krijgt een e-mail met een link om er een "
                                        "te maken. Daarna ziet ze het knelpunt.") % {"email": form.new_email()})
            return _back(municipality, knelpunt)
    return _invite_page(request, municipality, knelpunt, form)


@tenant_view("knelpunten.manage")
def revoke_invitation(request, municipality, pk, invitation_id):
    """Revoke an invitation by e-mail that still waits (a GET asks first; the POST revokes)."""
    knelpunt = _managed_or_404(request, municipality, pk)
    invitation = get_object_or_404(partner_access.partner_invitations_managed_by(request.user, knelpunt.pk),
                                   pk=invitation_id)
    if request.method == "POST":
        invitations.revoke(request.user, invitation.pk)
        messages.success(request, _("De uitnodiging is ingetrokken. De link werkt niet meer."))
        return _back(municipality, knelpunt)
    return render(request, "casework/partner/revoke_confirm.html", {
        "municipality": municipality, "knelpunt": knelpunt, "invitation": invitation})


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
    access = get_object_or_404(partner_access.partner_accesses_managed_by(request.user, knelpunt.pk)
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
    return knelpunt_page(request, municipality, knelpunt, analysis_form=form)
