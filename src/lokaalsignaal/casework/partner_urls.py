"""Partners on a knelpunt: the partner's pages, and the coordinator's panel actions on the knelpunt page."""

from django.urls import path

from . import partner_views as views

app_name = "partner"
knelpunt = "g/<slug:slug>/knelpunten/<int:pk>/partners/"
urlpatterns = [
    path("partner/knelpunten/", views.knelpunten, name="knelpunten"),
    path("partner/knelpunten/<int:pk>/", views.knelpunt, name="knelpunt"),
    path("partner/knelpunten/<int:pk>/analyse/", views.add_note, name="add_note"),
    path(f"{knelpunt}uitnodigen/", views.invite, name="invite"),
    path(f"{knelpunt}<int:access_id>/intrekken/", views.withdraw, name="withdraw"),
    path(f"{knelpunt}analyse/", views.coordinator_note, name="coordinator_note"),
]
