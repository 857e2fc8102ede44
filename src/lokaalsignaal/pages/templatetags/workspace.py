"""The coordinator's lists written in Python (`pages.workspace.signal_rows`): `{% inbox_rows page municipality
selected %}`, `{% knelpunt_rows page kind municipality scope numbers %}`, `{% knelpunt_signal_rows signals
municipality can_triage %}` and `{% signal_status signal %}`; and `{{ moment|time_tag:"j F Y, H:i" }}`, a <time> as
the templates write it, for the timeline's entries."""

from django import template
from django.utils.safestring import mark_safe

from lokaalsignaal.pages import row_html
from lokaalsignaal.pages.workspace import signal_rows

register = template.Library()


@register.simple_tag
def inbox_rows(signals, municipality, selected):
    return signal_rows.inbox_rows(signals, municipality, selected)


@register.simple_tag
def signal_status(signal):
    return signal_rows.signal_status(signal)


@register.simple_tag
def knelpunt_rows(knelpunten, kind, municipality=None, scope=None, numbers=None):
    return signal_rows.knelpunt_rows(knelpunten, kind, municipality or None, scope or None, numbers or None)


@register.simple_tag
def knelpunt_signal_rows(signals, municipality, can_triage):
    return signal_rows.knelpunt_signal_rows(signals, municipality, bool(can_triage))


@register.filter
def time_tag(moment, fmt="j b Y"):
    """`<time datetime="{{ moment|date:'c' }}">{{ moment|date:fmt }}</time>`, each moment written once per format,
    language and time zone (`row_html.time_tag`)."""
    return mark_safe(row_html.time_tag(moment, fmt))  # noqa: S308 (row_html escapes what it writes)
