from django.urls import path

from lokaalsignaal.pages.workspace import retention_views as views

app_name = "retention"

urlpatterns = [
    path("g/<slug:slug>/bewaartermijn/", views.upcoming, name="upcoming"),
]
