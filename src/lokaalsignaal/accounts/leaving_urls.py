from django.urls import path

from lokaalsignaal.accounts import leaving_views as views

urlpatterns = [
    path("mijn/account/verwijderen/", views.remove, name="account_remove"),
]
