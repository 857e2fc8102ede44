"""`{% guarded_field %}`: guard/text_field.html written in Python (`fast_fields.guarded_field`), for speed.

A knelpunt's page has eight free-text fields with the live privacy check, the give form five; through the template
engine (with its two includes) each cost about 0.15 ms. The findings are still written by guard/findings.html when
there are any; an empty list is its one newline. tests/platform/test_fast_fields.py holds the markup equal to the
template this replaced."""

from django import template
from django.utils.safestring import mark_safe

from lokaalsignaal import fast_fields

register = template.Library()
FINDINGS = "guard/findings.html"


@register.simple_tag(takes_context=True)
def guarded_field(context) -> str:
    """The field `field` of the context with the findings `warnings` (and a page's `too_long` notice)."""
    if context.get("warnings") or context.get("too_long"):
        findings = context.template.engine.get_template(FINDINGS).render(context)
    else:
        findings = "\n"
    return mark_safe(fast_fields.guarded_field(context["field"], findings))  # noqa: S308 (every value is escaped)
