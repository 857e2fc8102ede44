from django.urls import path

from . import views

app_name = "guard"
urlpatterns = [path("privacy/controle/", views.check, name="check")]
