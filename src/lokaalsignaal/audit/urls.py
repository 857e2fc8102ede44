from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("g/<slug:slug>/audit/", views.log, name="log"),
]
