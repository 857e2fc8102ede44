"""The browser's own request for /favicon.ico ends at the SVG icon, not at a 404."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_favicon_ico_ends_at_the_svg_icon(site, page):
    response = page.goto(f"{site}/favicon.ico")

    assert response.ok
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.url.endswith("favicon.svg")
