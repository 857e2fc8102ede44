from django.urls import path

from . import views

app_name = "similarity"
urlpatterns = [
    path("g/<slug:slug>/signaal-geven/vergelijkbaar/", views.giver_suggestions, name="giver_suggestions"),
]
