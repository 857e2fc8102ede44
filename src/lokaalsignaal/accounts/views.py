from allauth.account.internal.flows.login import record_authentication
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, When
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.accounts import free_mail, services
from lokaalsignaal.accounts.forms import (
    DecisionForm,
    InvitationForm,
    InvitationSignupForm,
    MoreMunicipalitiesForm,
    SettingsForm,
)
from lokaalsignaal.accounts.models import User
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import MembershipStatus
from lokaalsignaal.tenancy.views import tenant_view


@login_required
def memberships(request):
    form = MoreMunicipalitiesForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.request_memberships(request.user, form.cleaned_data["municipalities"])
        messages.success(request, _("Je aanvraag is verstuurd. Je krijgt een e-mail zodra een coördinator beslist."))
        return redirect("accounts:memberships")
    own = request.user.memberships.select_related("municipality").order_by("municipality__name", "role")
    return render(request, "accounts/memberships.html", {"memberships": own, "form": form})


@tenant_view("members.view")
def members(request, municipality):
    status = request.GET.get("status", "")
    pending_first = Case(When(status=MembershipStatus.PENDING, then=0), default=1)
    queryset = scoping.memberships_of(request.user, municipality).order_by(pending_first, "status",
                                                                             "user__full_name", "pk")
    if status in MembershipStatus.values:
        queryset = queryset.filter(status=status)
    pending = scoping.memberships_of(request.user, municipality).filter(status=MembershipStatus.PENDING).count()
    page = Paginator(queryset, 50).get_page(request.GET.get("pagina"))
    return render(request, "accounts/members.html", {
        "municipality": municipality, "page": page, "status": status, "pending_count": pending,
        "statuses": MembershipStatus.choices, "decision_form": DecisionForm(),
        "personal_address_claims": free_mail.personal_address_claims(page),
    })


@require_POST
@tenant_view("members.decide")
def decide(request, municipality, membership_id):
    membership = get_object_or_404(scoping.memberships_of(request.user, municipality), pk=membership_id)
    form = DecisionForm(request.POST)
    if form.is_valid():
        approve = form.cleaned_data["decision"] == "approve"
        try:
            services.decide_membership(request.user, membership.pk, approve, form.cleaned_data["message"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, (_("%(name)s is goedgekeurd.") if approve else _("%(name)s is geweigerd."))
                             % {"name": membership.user.full_name})
    return redirect("accounts:members", municipality.slug)


@require_POST
@tenant_view("members.decide")
def end(request, municipality, membership_id):
    """Ending a role asks first (accounts/end_confirm.html): only its 'Ja' button posts confirm=on."""
    membership = get_object_or_404(scoping.memberships_of(request.user, municipality), pk=membership_id)
    if request.POST.get("confirm") != "on":
        return render(request, "accounts/end_confirm.html", {"municipality": municipality, "membership": membership})
    try:
        services.end_membership(request.user, membership.pk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("De rol van %(name)s is beëindigd.") % {"name": membership.user.full_name})
    return redirect("accounts:members", municipality.slug)


@require_POST
@tenant_view("members.decide")
def verify_affiliation(request, municipality, membership_id):
    """A coordinator verifies that an approved member works at the organisation they named (and, if she ticks it,
    that the organisation itself is real)."""
    membership = get_object_or_404(scoping.memberships_of(request.user, municipality), pk=membership_id)
    try:
        person = services.verify_affiliation(request.user, membership.user_id, municipality,
                                             organisation_too=request.POST.get("organisation_too") == "on")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PermissionDenied:
        messages.error(request, _("Je kan alleen de organisatie nakijken van een goedgekeurd lid."))
    else:
        messages.success(request, _("Nagekeken: %(name)s werkt bij %(organisation)s.")
                         % {"name": person.full_name, "organisation": person.organisation.name})
    return redirect(f"{reverse('accounts:members', args=[municipality.slug])}#lid-{membership.pk}")


@tenant_view("settings.change")
def municipality_settings(request, municipality):
    form = SettingsForm(request.POST or None, instance=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_settings(request.user, municipality, **{f: form.cleaned_data[f] for f in form.fields})
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("De instellingen zijn bewaard."))
            return redirect("accounts:settings", municipality.slug)
    return render(request, "accounts/settings.html", {"municipality": municipality, "form": form})


@tenant_view("members.invite")
def invite(request, municipality):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.invite(request.user, municipality, form.cleaned_data["email"], form.cleaned_data["role"])
        messages.success(request, _("De uitnodiging is verstuurd naar %(email)s.") % form.cleaned_data)
        return redirect("accounts:members", municipality.slug)
    return render(request, "accounts/invite.html", {"municipality": municipality, "form": form})


def invitation(request, token):
    invite_ = services.usable_invitation(token)
    if invite_ is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    user = request.user
    if user.is_authenticated:
        if request.method == "POST":
            try:
                services.accept_invitation(user, token)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Welkom! Je rol in %(name)s is actief.") % {"name": invite_.municipality})
                return redirect("pages:home")
        return render(request, "accounts/invitation_accept.html", {"invitation": invite_})
    if User.objects.filter(email__iexact=invite_.email).exists():
        messages.info(request, _("Meld je aan om de uitnodiging te aanvaarden."))
        return redirect(f"{reverse('account_login')}?next={request.path}")
    form = InvitationSignupForm(request.POST or None, email=invite_.email)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            new_user = services.sign_up_by_invitation(token, full_name=data["full_name"], function=data["function"],
                                                      password=data["password1"])
        except ValidationError as error:
            form.add_error(None, " ".join(error.messages))
        else:
            login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
            # The person typed the password in this very request: record that as allauth records a password
            # (re)authentication, so the two-factor set-up that follows does not ask for that password again.
            record_authentication(request, new_user, method="password", email=new_user.email, reauthenticated=True)
            messages.success(request, _("Je account is klaar. Stel nu tweestapsverificatie in."))
            return redirect("mfa_activate_totp")
    return render(request, "accounts/invitation_signup.html", {"invitation": invite_, "form": form})
