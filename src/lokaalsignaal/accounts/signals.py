from allauth.account.signals import email_added, email_changed, email_confirmed, email_removed
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from lokaalsignaal.audit import services as audit
from lokaalsignaal.i18n import SESSION_KEY
from lokaalsignaal.tenancy import scoping


@receiver(user_logged_in)
def remember_the_accounts_language(sender, request, user, **kwargs):
    """Her account's language follows her to any browser where she signs in (`lokaalsignaal.i18n`)."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = user.language


@receiver(user_logged_in)
def audit_coordinator_login(sender, request, user, **kwargs):
    if user.is_staff or scoping.is_coordinator_anywhere(user):
        audit.record(user, "login.coordinator" if not user.is_staff else "login.admin")


@receiver(email_confirmed)
def notify_coordinators_after_verification(sender, request, email_address, **kwargs):
    from lokaalsignaal.accounts import services

    services.email_verified(email_address.user)


# E-mail addresses change on allauth's own page (/accounts/email/): each change is audited, the address itself never
# (audit rows hold identifiers only).
@receiver(email_added)
def audit_email_added(sender, request, user, email_address, **kwargs):
    audit.record(user, "account.email_added", email_address)


@receiver(email_changed)
def audit_primary_email_changed(sender, request, user, from_email_address, to_email_address, **kwargs):
    audit.record(user, "account.email_primary_changed", to_email_address)


@receiver(email_removed)
def audit_email_removed(sender, request, user, email_address, **kwargs):
    audit.record(user, "account.email_removed", user)
