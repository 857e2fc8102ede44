"""The coordinator's lists written in Python (`pages.workspace.signal_rows`): `{% inbox_rows page municipality
selected %}`, `{% knelpunt_rows page kind municipality scope numbers %}`, `{% knelpunt_signal_rows signals
municipality can_triage %}` and `{% signal_status signal %}`."""

from django import template

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
