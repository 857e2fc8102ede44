from allauth.account.signals import email_confirmed
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from lokaalsignaal.audit import services as audit
from lokaalsignaal.tenancy import scoping


@receiver(user_logged_in)
def audit_coordinator_login(sender, request, user, **kwargs):
    if user.is_staff or scoping.is_coordinator_anywhere(user):
        audit.record(user, "login.coordinator" if not user.is_staff else "login.admin")


@receiver(email_confirmed)
def notify_coordinators_after_verification(sender, request, email_address, **kwargs):
    from . import services

    services.email_verified(email_address.user)
