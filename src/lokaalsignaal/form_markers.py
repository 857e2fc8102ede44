"""Which fields a form marks: the required ones "(verplicht)" or the optional ones "(niet verplicht)", never both.

A template library loaded as a builtin (settings.TEMPLATES), used by the one field template (`forms/_marker.html`).
The rarer kind is marked, so the marker stays short and means something: a form where most fields may stay empty (the
signal form, the sign-up form) marks what must be filled in; a form where most must be filled in, or none must,
marks what may stay empty. Checkboxes are left out of the count (a required checkbox says so in its own words)."""

from django import template

register = template.Library()


@register.filter
def marks_required(form) -> bool:
    """True when this form marks its required fields; False when it marks its optional ones. Computed once per form."""
    cached = getattr(form, "_marks_required", None)
    if cached is None:
        fields = [f for f in form.visible_fields() if f.widget_type != "checkbox"]
        required = sum(1 for f in fields if f.field.required)
        cached = 0 < required < len(fields) - required
        try:
            form._marks_required = cached
        except AttributeError:  # a form object that refuses attributes: compute again next time
            pass
    return cached
