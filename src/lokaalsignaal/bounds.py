"""Bounds on what a form accepts, so that no typed value reaches the database or date arithmetic out of range.

A date such as 9999-12-31 or 0001-01-01 parses, but one day more, or the step to UTC, overflows Python's dates; a
20-digit number parses, but no database integer column holds it. The fields here turn such input into a Dutch form
error instead of a server error:

- ``DateField``: a date between ``MIN_DATE`` and ``MAX_DATE``.
- ``IntegerField``: at most ``MAX_INT`` (a PostgreSQL ``integer``), unless a smaller ``max_value`` is given.
- ``VersionField``: the hidden optimistic-lock version of an edit form.
- ``hidden_errors_to_form``: errors of hidden fields shown at the top of the form (the giver cannot see or fix the
  hidden field itself).
"""

from datetime import date

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

MAX_INT = 2_147_483_647
MIN_DATE = date(2000, 1, 1)
MAX_DATE = date(2100, 12, 31)


class DateInput(forms.DateInput):
    """The browser's own date picker (type="date", ISO value)."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class DateField(forms.DateField):
    """A date between MIN_DATE and MAX_DATE (both included)."""

    def validate(self, value):
        super().validate(value)
        if value and not MIN_DATE <= value <= MAX_DATE:
            raise forms.ValidationError(
                _("Kies een datum tussen %(first)s en %(last)s."), code="out_of_range",
                params={"first": date_format(MIN_DATE, "j-n-Y"), "last": date_format(MAX_DATE, "j-n-Y")})


class IntegerField(forms.IntegerField):
    """An integer that fits a database integer column."""

    def __init__(self, *, max_value=None, **kwargs):
        super().__init__(max_value=MAX_INT if max_value is None else min(max_value, MAX_INT), **kwargs)


class VersionField(IntegerField):
    """The version an edit form was loaded with (hidden). A missing or malformed value is a form error."""

    widget = forms.HiddenInput
    default_error_messages = {
        "required": _("Deze pagina was niet volledig geladen. Kijk je wijzigingen na en bewaar opnieuw."),
        "invalid": _("Deze pagina was niet volledig geladen. Kijk je wijzigingen na en bewaar opnieuw."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("label", _("Versie"))
        super().__init__(**kwargs)
        # out of range is as unusable as not a number: one message
        self.error_messages.update(min_value=self.error_messages["invalid"], max_value=self.error_messages["invalid"])


def hidden_errors_to_form(form) -> None:
    """Move the errors of a bound form's hidden fields to its non-field errors (call from ``clean``)."""
    for name, field in form.fields.items():
        if field.widget.is_hidden and name in form._errors:
            for message in form._errors.pop(name):
                form.add_error(None, message)
