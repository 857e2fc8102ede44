"""Browsers ask every site for /favicon.ico: it answers (a redirect to the SVG icon) instead of a 404, and every page
links the icon."""

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_svg_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 302
    assert response["Location"] == static("favicon.svg")
    assert "max-age" in response["Cache-Control"]
    icon = finders.find("favicon.svg")
    assert icon and open(icon, encoding="utf-8").read().lstrip().startswith("<svg")


def test_every_page_links_the_icon(client):
    content = client.get("/").content.decode()

    assert f'<link rel="icon" href="{static("favicon.svg")}" type="image/svg+xml">' in content
