from django.urls import path

from lokaalsignaal.accounts import views

app_name = "accounts"

urlpatterns = [
    path("mijn-gemeenten/", views.memberships, name="memberships"),
    path("uitnodiging/<str:token>/", views.invitation, name="invitation"),
    path("g/<slug:slug>/leden/", views.members, name="members"),
    path("g/<slug:slug>/leden/<int:membership_id>/beslissen/", views.decide, name="decide"),
    path("g/<slug:slug>/leden/<int:membership_id>/beeindigen/", views.end, name="end"),
    path("g/<slug:slug>/leden/<int:membership_id>/organisatie-nakijken/", views.verify_affiliation,
         name="verify_affiliation"),
    path("g/<slug:slug>/instellingen/", views.municipality_settings, name="settings"),
    path("g/<slug:slug>/uitnodigen/", views.invite, name="invite"),
]
