"""Everyone who can read other people's signal texts must set up two-factor authentication before anything else."""

from django.contrib import messages
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from lokaalsignaal.accounts.per_user_sql import PerUserQuery
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Role

ALLOWED_PREFIXES = ("/accounts/", "/static/", "/healthz", "/i18n/", "/uitnodiging/")


def needs_two_factor(user) -> bool:
    """True when this account may read other people's signal texts and has no TOTP authenticator yet: it must set one
    up before it reaches anything else. The ONE rule, decided in one query and remembered on the user object (so once
    per request):

    - platform admins (staff);
    - coordinators and readers of a municipality: every role that holds "signals.read" in `scoping.PERMISSIONS`;
    - members of a region or Flanders (`ScopeMembership`, coordinator or reader);
    - partners on a knelpunt (`scoping.municipalities_through(user, Role.PARTNER)`) whose municipality asks it of
      partners (`Municipality.partners_require_two_factor`); elsewhere two-factor is offered to them, not required.
    """
    if not getattr(user, "is_authenticated", False):
        return False
    cached = getattr(user, "_needs_two_factor", None)
    if cached is None:
        cached = user._needs_two_factor = _lookup(user)
    return cached


def _lookup(user) -> bool:
    return _RULE.fetchone(user) is not None


def _rule(user):
    """The rule as a query: this account, when it reads signals and has no TOTP authenticator (one row, or none)."""
    from allauth.mfa.models import Authenticator

    from lokaalsignaal.accounts.models import User

    reads_signals = (
        Q(is_staff=True)
        | Q(Exists(scoping.municipalities_for(user, "signals.read")))
        | Q(Exists(scoping.scopes_for(user)))
        | Q(Exists(scoping.municipalities_through(user, Role.PARTNER).filter(partners_require_two_factor=True)))
    )
    has_totp = Exists(Authenticator.objects.filter(user=OuterRef("pk"), type=Authenticator.Type.TOTP))
    return User.objects.filter(reads_signals, pk=user.pk).exclude(has_totp).values_list("pk")[:1]


# built once per process (building it cost ~3 ms of Python on every request); see `per_user_sql`
_RULE = PerUserQuery(_rule)


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
