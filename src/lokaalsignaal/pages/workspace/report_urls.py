from django.urls import path

from lokaalsignaal.pages.workspace import report_views as views

app_name = "reports"
report = "g/<slug:slug>/rapporten/<int:pk>/"
urlpatterns = [
    path("g/<slug:slug>/rapporten/", views.report_list, name="list"),
    path(report, views.report, name="report"),
    path(f"{report}voorbeeld/", views.preview, name="preview"),
    path(f"{report}pdf/", views.render_pdf, name="render"),
    path(f"{report}status/", views.status, name="status"),
    path(f"{report}rapport.pdf", views.download, name="download"),
    path(f"{report}verwijderen/", views.delete, name="delete"),
    path("g/<slug:slug>/knelpunten/<int:pk>/fiche.pdf", views.fiche, name="fiche"),
]
