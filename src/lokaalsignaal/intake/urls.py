from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("g/<slug:slug>/signaal-geven/", views.give, name="give"),
    path("mijn/signalen/", views.mine, name="mine"),
    path("mijn/signalen/verstuurd/", views.receipt, name="receipt"),
    path("mijn/signalen/<str:reference>/", views.detail, name="detail"),
    path("mijn/signalen/<str:reference>/aanpassen/", views.edit, name="edit"),
    path("mijn/signalen/<str:reference>/intrekken/", views.withdraw, name="withdraw"),
]
