"""What the lists written in Python (`pages.workspace.signal_rows`, `pages.templatetags.story`) share: links that
differ only in their last part, reversed once a page, and dates as the templates write them."""

import html
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language


def escape(value) -> str:
    """What Django's `escape` writes (`html.escape` of the text), without its check of every argument for a lazy
    translation: a list escapes a few values a row."""
    return html.escape(str(value))


class Link:
    """Links to one kind of page that differ only in their last part (an id, a reference): reversed once, the part
    put in per row, quoted as `reverse` quotes it (reversing two links a row was a tenth of a list's time)."""

    def __init__(self, name: str, *args):
        self.start, self.end = reverse(name, args=[*args, 0]).rsplit("/0/", 1)

    def __call__(self, last) -> str:
        return escape(f"{self.start}/{quote(str(last), safe=RFC3986_SUBDELIMS + '~:@')}/{self.end}")


def choice_labels(model, field: str) -> dict:
    """A choice field's labels by value, in the active language, read once for a whole list: `get_FOO_display`
    translates every label of the field again for each row (a hundred translations on the inbox)."""
    return {value: str(label) for value, label in model._meta.get_field(field).flatchoices}


def local_date(moment, fmt: str) -> str:
    """`moment` in the local time, as the template filter `date:fmt` writes it (escaped). The same rows come back on
    every visit: each moment is written once per format, language and time zone (`_local_date`)."""
    return _local_date(moment, fmt, get_language(), timezone.get_current_timezone_name())


def local_dates(fmt: str) -> Callable[[object], str]:
    """`local_date` for the rows of one list: the language and the time zone read once (as `time_tags`)."""
    language, zone = get_language(), timezone.get_current_timezone_name()
    return lambda moment: _local_date(moment, fmt, language, zone)


@lru_cache(maxsize=8192)
def _local_date(moment, fmt: str, language: str, zone: str) -> str:
    moment = timezone.localtime(moment) if timezone.is_aware(moment) else moment
    return escape(date_format(moment, fmt))


def time_tag(moment, fmt: str = "j b Y") -> str:
    """A <time> as the templates write it: the day in words, the moment in ISO 8601, both in the local time. Written
    once per moment, format, language and time zone, as `local_date`."""
    return _time_tag(moment, fmt, get_language(), timezone.get_current_timezone_name())


def time_tags(fmt: str = "j b Y") -> Callable[[object], str]:
    """`time_tag` for the rows of one list: the language and the time zone read once (each read of either walks
    Django's request-local state: two a row was a tenth of a short list's time)."""
    language, zone = get_language(), timezone.get_current_timezone_name()
    return lambda moment: _time_tag(moment, fmt, language, zone)


@lru_cache(maxsize=8192)
def _time_tag(moment, fmt: str, language: str, zone: str) -> str:
    iso, day = _local_date(moment, "c", language, zone), _local_date(moment, fmt, language, zone)
    return f'<time datetime="{iso}">{day}</time>'
