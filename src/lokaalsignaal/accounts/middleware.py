"""Everyone who can read other people's signal texts must set up two-factor authentication before anything else."""

import functools

from django.contrib import messages
from django.core.exceptions import ImproperlyConfigured
from django.db import connections
from django.db.models import Exists, OuterRef, Q
from django.shortcuts import redirect
from django.utils.translation import gettext as _

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
    sql, params, slots = _rule_sql()
    params = list(params)
    for slot in slots:
        params[slot] = user.pk
    from lokaalsignaal.accounts.models import User

    with connections[User.objects.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


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


@functools.cache
def _rule_sql() -> tuple[str, tuple, list[int]]:
    """The rule's SQL, made once per process: building the query above costs more than running it (~3 ms of Python
    on every request). It is made for two stand-in accounts; the parameters in which the two differ are the account's
    id, filled in per request. Anything else about the person would change the SQL itself, which is refused."""
    from lokaalsignaal.accounts.models import User

    first, second = (_rule(User(pk=pk, is_active=True)).query.sql_with_params() for pk in STAND_INS)
    slots = [i for i, (a, b) in enumerate(zip(first[1], second[1], strict=True)) if a != b]
    if first[0] != second[0] or any((first[1][i], second[1][i]) != STAND_INS for i in slots):
        raise ImproperlyConfigured("The two-factor rule depends on more than the account's id.")
    return first[0], first[1], slots


STAND_INS = (-101, -202)  # ids no account has


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
