from django.urls import path

from lokaalsignaal.pages.giver import profile_views as views

urlpatterns = [
    path("mijn/account/", views.profile, name="account_profile"),
]
