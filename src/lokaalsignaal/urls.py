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
    path("", include("lokaalsignaal.audit.urls")),
    path("", include("lokaalsignaal.intake.urls")),
    path("", include("lokaalsignaal.casework.urls")),
    path("", include("lokaalsignaal.casework.region_urls")),
    path("", include("lokaalsignaal.casework.partner_urls")),
    path("", include("lokaalsignaal.casework.join_urls")),
    path("", include("lokaalsignaal.similarity.urls")),
    path("", include("lokaalsignaal.feedback.urls")),
    path("", include("lokaalsignaal.events.urls")),
    path("", include("lokaalsignaal.guard.urls")),
    path("", include("lokaalsignaal.pages.urls")),
]
