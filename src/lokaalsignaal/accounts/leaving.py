"""A person leaves the platform: she removes her account herself, or the platform admin removes it
(`remove_account`). One transaction:

- a confirmation e-mail to her address (queued first, while the address is still known);
- `AccountRemoved` is announced and its subscribers act in this transaction (`lokaalsignaal.subscriptions`): her
  signals lose her name (`intake.retention.anonymise`: text, organisation, sector and numbers stay; what she wrote
  on them stays without her name), her joins ("ik zie dit ook") stay without her name, a knelpunt she was trekker of
  gets "geen trekker" and its municipality's other coordinators hear it, her notifications and calendar link go;
- her memberships end (the rows stay, ended: who decided what stays readable), her region roles go;
- her sessions, second factors, e-mail addresses and the invitations still open that she made or received go;
- the account row stays, scrubbed (the audit log and the histories keep pointing at it): no name, no address (a
  unique `verwijderd-<pk>@invalid`), no organisation or function, no password, inactive. Nobody can log in with it.
- audited (`account.removed`) with no content: who removed it, and whether it was the platform admin.

A platform admin does not remove her own account here (another admin does it in the admin).
"""

from __future__ import annotations

from importlib import import_module

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from lokaalsignaal import domain_events
from lokaalsignaal.accounts.domain_events import AccountRemoved
from lokaalsignaal.accounts.models import Invitation, SavedFilter, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.mail import services as mail
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role, ScopeMembership

REMOVED_NAME = "Verwijderde gebruiker"
DB_SESSION_ENGINES = ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db",
                      "lokaalsignaal.accounts.sessions")


def removed_email(user_id: int) -> str:
    return f"verwijderd-{user_id}@invalid"


def last_coordinator_of(user: User) -> list[str]:
    """The municipalities where she is the only active coordinator (they lose theirs when she leaves: a warning)."""
    coordinators = Membership.objects.filter(role=Role.COORDINATOR, status=MembershipStatus.APPROVED)
    mine = coordinators.filter(user=user).select_related("municipality")
    covered = set(coordinators.filter(municipality__in=mine.values("municipality"), user__is_active=True)
                  .exclude(user=user).values_list("municipality_id", flat=True))  # two queries, however many
    return sorted({m.municipality.name for m in mine if m.municipality_id not in covered})


@transaction.atomic
def remove_account(actor: User, user_id: int) -> User:
    """Remove a person's account: by herself, or by the platform admin. Returns the scrubbed row."""
    person = User.objects.select_for_update().filter(pk=user_id, is_active=True).first()
    by_admin = actor.pk != user_id
    if person is None or (by_admin and not actor.is_superuser):
        raise PermissionDenied
    if not by_admin and (person.is_superuser or person.is_staff):
        raise ValidationError(_("Een platformbeheerder verwijdert haar account niet zelf. Vraag het aan een "
                                "andere platformbeheerder."))
    mail.queue(person.email, "account_removed", {"by_admin": by_admin,
                                                 "landing_url": mail.absolute_url(reverse("pages:landing"))},
               language=person.language)
    domain_events.announce(AccountRemoved(person.pk, actor.pk))  # intake, casework, notifications, events
    now = timezone.now()
    Membership.objects.filter(user=person).exclude(status=MembershipStatus.ENDED).update(
        status=MembershipStatus.ENDED, decided_at=now, decided_by=actor if by_admin else None)
    ScopeMembership.objects.filter(user=person).delete()
    SavedFilter.objects.filter(user=person).delete()  # her names for her filters
    open_invitations = Invitation.objects.filter(accepted_at__isnull=True)
    open_invitations.filter(invited_by=person).delete()
    open_invitations.filter(email__iexact=person.email).delete()
    _forget_login(person)
    _scrub(person)
    audit.record(actor, "account.removed", person, by_admin=by_admin)
    return person


def _forget_login(person: User) -> None:
    """Her second factors, e-mail addresses and sessions: nothing left to log in with, on no device."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    Authenticator.objects.filter(user=person).delete()
    EmailAddress.objects.filter(user=person).delete()
    if settings.SESSION_ENGINE in DB_SESSION_ENGINES:
        from django.contrib.sessions.models import Session

        store = import_module(settings.SESSION_ENGINE).SessionStore
        mine = [session.session_key for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
                if session.get_decoded().get(SESSION_KEY) == str(person.pk)]
        for key in mine:
            store(session_key=key).delete()
    # any other session engine: the unusable password changes the session hash, so every session of hers is refused


def _scrub(person: User) -> None:
    person.email, person.full_name, person.function = removed_email(person.pk), REMOVED_NAME, ""
    person.organisation = None
    person.is_active = person.is_staff = person.is_superuser = False
    person.last_login = None
    person.set_unusable_password()
    person.save()
