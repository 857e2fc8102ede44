"""The link of a partner invitation for someone without an account (`/partner/uitnodiging/<token>/`): she makes her
account (name and password; the address is the invitation's) and lands on the knelpunt as its partner. Signed in
with that address (she made an account meanwhile), she accepts with one button. A link that is unknown, used, expired
or revoked, or whose knelpunt closed, gets a page that says so. Actions through `casework.partners.invitations`."""

from urllib.parse import urlencode

from allauth.account.internal.flows.login import record_authentication
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from lokaalsignaal.accounts.forms import InvitationSignupForm
from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.knelpunten.web import error_text
from lokaalsignaal.casework.partners import invitations


def invitation(request, token):
    found = invitations.by_token(token)
    if found is None:
        return _invalid(request, _("Deze link is geen geldige uitnodiging. Kijk na of je de hele link uit de e-mail "
                                   "gebruikte."), status=404)
    reason = invitations.refusal(found)
    if reason:
        return _invalid(request, reason, status=410)
    if request.user.is_authenticated:
        return _signed_in(request, found, token)
    if User.objects.filter(email__iexact=found.email).exists():
        messages.info(request, _("Er is al een account met dit e-mailadres. Meld je aan om de uitnodiging te "
                                 "aanvaarden."))
        return redirect(f"{reverse('account_login')}?{urlencode({'next': request.path})}")
    form = InvitationSignupForm(request.POST or None, email=found.email)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = invitations.sign_up(token, full_name=data["full_name"], function=data["function"],
                                       password=data["password1"], language=_language())
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            # She typed the password in this very request (as for a coordinator's invitation: accounts.views).
            record_authentication(request, user, method="password", email=user.email, reauthenticated=True)
            messages.success(request, _("Je account is klaar. Je bent nu partner op dit knelpunt."))
            return redirect("partner:knelpunt", found.knelpunt_id)
    return render(request, "casework/partner/invitation_signup.html", {"invitation": found, "form": form})


def _signed_in(request, found, token):
    mine = request.user.email.lower() == found.email
    if request.method == "POST" and mine:
        try:
            invitations.accept(request.user, token)
        except ValidationError as error:
            messages.error(request, error_text(error))
        else:
            messages.success(request, _("Je bent nu partner op dit knelpunt."))
            return redirect("partner:knelpunt", found.knelpunt_id)
    return render(request, "casework/partner/invitation_accept.html", {"invitation": found, "mine": mine})


def _invalid(request, reason, status):
    return render(request, "casework/partner/invitation_invalid.html", {"reason": reason}, status=status)


def _language() -> str:
    language = (get_language() or "nl")[:2]
    return language if language in dict(settings.LANGUAGES) else "nl"
