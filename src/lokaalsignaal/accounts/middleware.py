"""Coordinators and platform admins must set up two-factor authentication before reaching anything else."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from lokaalsignaal.tenancy import scoping

ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/i18n/", "/uitnodiging/")


def needs_two_factor(user) -> bool:
    from allauth.mfa.models import Authenticator

    if not (user.is_staff or scoping.is_coordinator_anywhere(user)):
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not request.path.startswith(ALLOWED_PREFIXES)
            and needs_two_factor(user)
        ):
            messages.warning(request, _("Stel eerst tweestapsverificatie in. Zo blijven de signalen beschermd."))
            return redirect("mfa_activate_totp")
        return self.get_response(request)
