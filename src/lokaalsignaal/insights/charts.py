"""Charts as SVG, drawn on the server with pygal (docs/insights.md says why), shown as an image: one chart serves
the page and a printout, works without JavaScript and keeps the strict Content-Security-Policy (an SVG in an <img>
runs no script and its styles stay inside it). Every chart stands beside a table with the same numbers; its `alt`
says what the table shows, so a screen reader reads the table, not the drawing."""

from __future__ import annotations

import base64
from dataclasses import dataclass

import pygal
from django.utils.translation import gettext as _
from pygal.style import Style

STYLE = Style(
    background="#ffffff", plot_background="#ffffff", foreground="#1a1a1a", foreground_strong="#1a1a1a",
    foreground_subtle="#595959", colors=("#1d4f91",), font_family="system-ui, sans-serif",
    label_font_size=13, major_label_font_size=13, value_font_size=12, title_font_size=15)


@dataclass(frozen=True)
class Chart:
    src: str  # a data: URL of the SVG
    alt: str


def _render(chart, alt: str) -> Chart:
    svg = chart.render(is_unicode=True)
    return Chart("data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii"), alt)


def _options(title: str, rows: int, slanted: bool) -> dict:
    return {"title": title, "show_legend": False, "style": STYLE, "js": [], "disable_xml_declaration": True,
            "width": 760, "height": 420 if slanted else 320, "print_values": True, "print_zeroes": False,
            "min_scale": 1, "max_scale": 6, "show_minor_y_labels": False, "truncate_label": 34,
            "x_label_rotation": 35 if slanted else 0, "margin": 12,
            "show_y_labels": False}  # each bar prints its value; the axis labels add nothing


def bars(title: str, rows, alt: str, *, slanted: bool = True) -> Chart | None:
    """A bar per row (`label`, `count`), in the rows' order; long labels slant. None when there is nothing to draw
    (the table says so)."""
    rows = list(rows)
    if not any(row.count for row in rows):
        return None
    chart = pygal.Bar(**_options(title, len(rows), slanted))
    chart.x_labels = [row.label for row in rows]
    chart.add(title, [row.count for row in rows])
    return _render(chart, alt)


def overview_charts(overview) -> dict:
    """The charts of an overview (page and report): by month, by type, by theme; each beside its table."""
    same = _("De tabel eronder geeft dezelfde aantallen.")
    return {
        "month": bars(_("Signalen per maand"), overview.by_month, slanted=len(overview.by_month) > 6,
                      alt=_("Staafdiagram van de signalen per maand.") + " " + same),
        "type": bars(_("Signalen per soort"), overview.by_type,
                     alt=_("Staafdiagram van de signalen per soort.") + " " + same),
        "theme": bars(_("Signalen per thema"), overview.by_theme,
                      alt=_("Staafdiagram van de signalen per thema.") + " " + same),
    }
