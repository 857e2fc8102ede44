"""Django's form widget templates (django/forms/widgets/*.html of Django 5.2) written in Python, for speed.

Each function returns exactly the string the template of the same name renders for the same `widget` context,
autoescaping and final newlines included (an included template's newline stays inside the widget; the renderer
strips the outer string, as Django's renderers do). `lokaalsignaal.forms.Renderer` uses them instead of the
templates; templates that are not here (file inputs, multi-widgets) and option templates of our own still go
through the template engine. A project template that overrides one of these would be ignored: there is none
(tests/platform/test_fast_widgets.py checks that, and that both write the same).
"""

from django.template.loader import get_template
from django.utils.formats import localize
from django.utils.html import conditional_escape

WIDGETS = "django/forms/widgets/"


def text(value) -> str:
    """What `{{ value }}` writes: localised when it is not a string, then escaped."""
    if not isinstance(value, str):
        value = localize(value)
    return str(conditional_escape(value))


def format_s(value) -> str:
    """What `{{ value|stringformat:'s' }}` writes."""
    return str(conditional_escape(str(value)))


def attrs(widget) -> str:
    parts = []
    for name, value in widget["attrs"].items():
        if value is False:
            continue
        parts.append(f" {text(name)}" if value is True else f' {text(name)}="{format_s(value)}"')
    return "".join(parts)


def input_(widget) -> str:
    value = "" if widget["value"] is None else f' value="{format_s(widget["value"])}"'
    return f'<input type="{text(widget["type"])}" name="{text(widget["name"])}"{value}{attrs(widget)}>\n'


def input_option(widget) -> str:
    if not widget.get("wrap_label"):
        return input_(widget) + "\n"
    widget_id = widget["attrs"].get("id")
    label_for = f' for="{text(widget_id)}"' if widget_id else ""
    return f'<label{label_for}>{input_(widget)} {text(widget["label"])}</label>\n'


def select_option(widget) -> str:
    return f'<option value="{format_s(widget["value"])}"{attrs(widget)}>{text(widget["label"])}</option>\n'


def _option(option) -> str:
    """One option as the list's template includes it; an option template of our own goes through the engine."""
    fast = RENDERERS.get(option["template_name"])
    if fast is not None:
        return fast(option)
    return get_template(option["template_name"]).render({"widget": option})


def select(widget) -> str:
    parts = [f'<select name="{text(widget["name"])}"{attrs(widget)}>']
    for group_name, group_choices, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{text(group_name)}">')
        for option in group_choices:
            parts.append("\n  " + _option(option))
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>\n")
    return "".join(parts)


def multiple_input(widget) -> str:
    widget_id, css = widget["attrs"].get("id"), widget["attrs"].get("class")
    parts = ["<div", f' id="{text(widget_id)}"' if widget_id else "", f' class="{text(css)}"' if css else "", ">"]
    for group, options, _index in widget["optgroups"]:
        if group:
            parts.append(f"\n  <div><label>{text(group)}</label>")
        for option in options:
            parts.append("<div>\n    " + _option(option) + "</div>")
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>\n")
    return "".join(parts)


def textarea(widget) -> str:
    value = text(widget["value"]) if widget["value"] else ""
    return f'<textarea name="{text(widget["name"])}"{attrs(widget)}>\n{value}</textarea>\n'


def _included(render):
    """A template that only includes another: what that one writes, and its own final newline."""
    return lambda widget: render(widget) + "\n"


RENDERERS = {
    f"{WIDGETS}{name}.html": _included(input_)
    for name in ("checkbox", "color", "date", "datetime", "email", "hidden", "number", "password", "search", "tel",
                 "text", "time", "url")
}
RENDERERS.update({
    f"{WIDGETS}input.html": input_,
    f"{WIDGETS}input_option.html": input_option,
    f"{WIDGETS}checkbox_option.html": _included(input_option),
    f"{WIDGETS}radio_option.html": _included(input_option),
    f"{WIDGETS}select_option.html": select_option,
    f"{WIDGETS}select.html": select,
    f"{WIDGETS}multiple_input.html": multiple_input,
    f"{WIDGETS}checkbox_select.html": _included(multiple_input),
    f"{WIDGETS}radio.html": _included(multiple_input),
    f"{WIDGETS}textarea.html": textarea,
})
