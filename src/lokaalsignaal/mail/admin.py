"""The outbox in the platform admin: failures visible and retryable, never what a mail said.

A subject or body would pair a recipient with a signal ("Je signaal is goed ontvangen (KORTRIJK-…)" next to the giver's
address), so neither is shown, searched or filtered on: the admin sees to whom, when, the status, the attempts and the
last error, and can retry.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.admin_lookups import DeclaredLookupsOnly

from . import services
from .models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(DeclaredLookupsOnly, admin.ModelAdmin):
    list_display = ["created_at", "to", "status", "attempts", "next_attempt_at", "last_error"]
    list_filter = ["status"]
    search_fields = ["to"]
    fields = ["to", "status", "attempts", "created_at", "sent_at", "next_attempt_at", "last_error"]
    readonly_fields = fields
    actions = ["retry_now"]
    lookup_fields = ("status", "to", "created_at", "sent_at", "next_attempt_at", "attempts")

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Nu opnieuw proberen"))
    def retry_now(self, request, queryset):
        for mail in queryset.exclude(status=OutgoingMail.Status.SENT):
            services.deliver(mail.pk)
