"""HTML to an accessible A4 PDF with WeasyPrint: tagged (PDF/UA-1: structure, language and title), page numbers,
the municipality and the date in the margins (static/css/report.css). Nothing is fetched from outside: only the
`data:` URLs of our own charts load, so a text in a report can never make the server fetch an address."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.contrib.staticfiles import finders
from weasyprint import CSS, HTML
from weasyprint.urls import URLFetcher

STYLESHEET = "css/report.css"


@dataclass(frozen=True)
class Rendered:
    data: bytes
    pages: int


_only_data_urls = URLFetcher(allowed_protocols={"data"}, fail_on_errors=False)


@cache
def _stylesheet() -> CSS:
    return CSS(filename=finders.find(STYLESHEET), url_fetcher=_only_data_urls)


def render(html: str, *, title: str, lang: str) -> Rendered:
    document = HTML(string=html, url_fetcher=_only_data_urls, base_url="data:,").render(
        stylesheets=[_stylesheet()], pdf_variant="pdf/ua-1")
    document.metadata.title = title
    document.metadata.lang = lang
    return Rendered(document.write_pdf(pdf_variant="pdf/ua-1"), len(document.pages))
