"""The product's field template (templates/forms/field.html, with forms/_marker.html) written in Python, for speed.

Every field of every form goes through that template: the label with its "(verplicht)" or "(niet verplicht)"
marker, the hint, the errors and the widget, in a fieldset for radio and checkbox lists. Through the template engine
the wrapper cost about 0.1 ms a field (the inbox 29.5 -> 28.3 ms a page, the give form 12.1 -> 11.3 ms).
`field_group` returns exactly the string the template renders for the same bound field, stripped as Django's
renderers strip it; `lokaalsignaal.forms.Renderer` uses it instead of the template. tests/platform/test_fast_fields.py
holds the two equal for every kind of field, bound and unbound, with errors and hints, and on whole pages. A change to
the look of a field is made in both: the template stays the reference.
"""

from django.utils.html import conditional_escape
from django.utils.translation import gettext

from lokaalsignaal.form_markers import marks_required

TEMPLATE = "forms/field.html"
GUARDED = "guard/text_field.html"  # its markup: `guarded_field`


def _e(value) -> str:
    return str(conditional_escape(value))


def _marker(field) -> str:
    """forms/_marker.html: the required fields are marked, or the optional ones, whichever are fewer."""
    required = field.field.required
    if marks_required(field.form):
        text = f' <span class="required">{_e(gettext("(verplicht)"))}</span>' if required else ""
    else:
        text = "" if required else f' <span class="optional">{_e(gettext("(niet verplicht)"))}</span>'
    return text + "\n"


def _errors(field) -> str:
    if not field.errors:
        return ""
    items = "".join(f"<li>{_e(error)}</li>" for error in field.errors)
    return f'<ul class="errorlist" id="{_e(field.auto_id)}_error">{items}</ul>'


def _hint(field) -> str:
    if not field.help_text:
        return ""
    return f'<div class="hint" id="{_e(field.auto_id)}_helptext">{field.help_text}</div>'  # |safe, as the template


def _checkbox(field, error_class: str) -> str:
    return (f'<div class="field field--checkbox{error_class}">\n{_errors(field)}\n'
            f'<div class="checkbox">{field} <label for="{_e(field.id_for_label)}">{_e(field.label)}</label></div>\n'
            f"{_hint(field)}\n</div>")


def field_group(field) -> str:
    """What forms/field.html renders for this bound field."""
    error_class = " field--error" if field.errors else ""
    if field.widget_type == "checkbox":
        return _checkbox(field, error_class)
    required_class = " field--required" if field.field.required else ""
    label = _e(field.label) + _marker(field) if field.label else ""
    if field.use_fieldset:
        described = field.aria_describedby
        aria = f' aria-describedby="{_e(described)}"' if described else ""
        legend = f"<legend>{label}</legend>" if label else ""
        opening, closing = f"\n  <fieldset{aria}>\n  {legend}\n", "</fieldset>"
    else:
        tag = f'<label for="{_e(field.id_for_label)}">{label}</label>' if label else ""
        opening, closing = f"\n  {tag}\n", ""
    return (f'<div class="field{error_class}{required_class}">\n{opening}\n{_hint(field)}\n{_errors(field)}\n'
            f"{field}{closing}\n</div>")


def guarded_field(field, findings: str) -> str:
    """What guard/text_field.html writes around a free-text field with the live privacy check (its `<div>`, without
    the template's leading and trailing newline); `findings`: what guard/findings.html wrote inside it."""
    error_class = " field--error" if field.errors else ""
    name = _e(field.html_name)
    hint = f'<div class="hint" id="{_e(field.auto_id)}_helptext">{_e(field.help_text)}</div>' if field.help_text else ""
    return (f'<div class="field{error_class}" id="group-{name}">\n'
            f'  <label for="{_e(field.id_for_label)}">{_e(field.label)}{_marker(field)}</label>\n'
            f"  {hint}\n  {_errors(field)}\n  {field}\n"
            f'  <div class="privacy-findings" id="privacy-{name}" aria-live="polite">\n'
            f"    {findings}\n  </div>\n</div>")
