from django import template

from lokaalsignaal.intake.models import SIGNAL_TYPE_HINTS

register = template.Library()


@register.filter
def signal_type_hint(value):
    return SIGNAL_TYPE_HINTS.get(value, "")


@register.filter
def warnings_for(form, field_name):
    return getattr(form, "privacy_warnings", {}).get(field_name, [])
