"""Partners on a knelpunt: the partner's pages, and the coordinator's panel actions on the knelpunt page."""

from django.urls import path

from lokaalsignaal.pages.partner import invitation_views, views
from lokaalsignaal.pages.workspace import partner_views

app_name = "partner"
knelpunt = "g/<slug:slug>/knelpunten/<int:pk>/partners/"
urlpatterns = [
    path("partner/knelpunten/", views.knelpunten, name="knelpunten"),
    path("partner/knelpunten/<int:pk>/", views.knelpunt, name="knelpunt"),
    path("partner/knelpunten/<int:pk>/analyse/", views.add_note, name="add_note"),
    path("partner/uitnodiging/<str:token>/", invitation_views.invitation, name="invitation"),
    path(f"{knelpunt}uitnodigen/", partner_views.invite, name="invite"),
    path(f"{knelpunt}<int:access_id>/intrekken/", partner_views.withdraw, name="withdraw"),
    path(f"{knelpunt}uitnodiging/<int:invitation_id>/intrekken/", partner_views.revoke_invitation,
         name="revoke_invitation"),
    path(f"{knelpunt}analyse/", partner_views.coordinator_note, name="coordinator_note"),
]
