from django.urls import path

from lokaalsignaal.pages.giver import personal_data_views as views

urlpatterns = [
    path("mijn/account/gegevens/", views.account_data, name="account_data"),
]
