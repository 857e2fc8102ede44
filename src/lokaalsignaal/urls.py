from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from lokaalsignaal.pages.views import favicon, healthz

admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Lokaal Signaal — platformbeheer"
admin.site.site_title = "Lokaal Signaal"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("beheer/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("lokaalsignaal.accounts.urls")),
    path("", include("lokaalsignaal.pages.workspace.audit_urls")),
    path("", include("lokaalsignaal.pages.workspace.report_urls")),
    path("", include("lokaalsignaal.pages.giver.signal_urls")),
    path("", include("lokaalsignaal.pages.workspace.urls")),
    path("", include("lokaalsignaal.pages.region.urls")),
    path("", include("lokaalsignaal.pages.partner.urls")),
    path("", include("lokaalsignaal.pages.giver.join_urls")),
    path("", include("lokaalsignaal.similarity.urls")),
    path("", include("lokaalsignaal.pages.giver.notification_urls")),
    path("", include("lokaalsignaal.pages.giver.profile_urls")),
    path("", include("lokaalsignaal.pages.giver.personal_data_urls")),
    path("", include("lokaalsignaal.accounts.leaving_urls")),
    path("", include("lokaalsignaal.pages.workspace.retention_urls")),
    path("", include("lokaalsignaal.events.urls")),
    path("", include("lokaalsignaal.guard.urls")),
    path("", include("lokaalsignaal.pages.urls")),
]

# A database that cannot answer or cannot write: a clear 503 page instead of a 500 (lokaalsignaal.operations.faults)
handler500 = "lokaalsignaal.operations.faults.server_error"
