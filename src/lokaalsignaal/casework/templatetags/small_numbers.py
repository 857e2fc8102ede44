"""Small-number suppression for region/Flanders views, exports across municipalities and public pages:
a count below 5 is shown as "< 5", so that nobody can be re-identified from a small cell (shared/domain.md)."""

from django import template

register = template.Library()

THRESHOLD = 5


@register.filter
def suppress_small(value, threshold=THRESHOLD):
    """{{ count|suppress_small }} -> "< 5" when below 5 (also 0 and empty), else the number."""
    try:
        number = int(value or 0)
        threshold = int(threshold)
    except (TypeError, ValueError):
        return value
    return f"< {threshold}" if number < threshold else str(number)
