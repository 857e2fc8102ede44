"""What a reader sees of a response, for tests that read pages as text."""

import re
from html import unescape


def page(response) -> str:
    """The page's HTML, entities unescaped; the response must be a 200."""
    assert response.status_code == 200, response.status_code
    return unescape(response.content.decode())


def words(response) -> str:
    """The page without tags, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", page(response)).split())
