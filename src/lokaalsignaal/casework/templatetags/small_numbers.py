"""Small numbers in region/Flanders views, exports across municipalities and public pages (privacy.small_numbers).

- `{{ numbers|signals_of:knelpunt }}`: a knelpunt's signals as the scope's table shows them
  (`casework.regions.numbers.ScopeNumbers`: "< 5", "verborgen" or the number). Every count that is part of a table
  (a total, or a cell next to one) goes through such a suppressed table, never through `suppress_small`.
- `{{ n|suppress_small }}`: a number that stands alone (nothing else shown adds up with it): "< 5" for 1–4, else the
  number; 0 stays 0.
"""

from django import template

from lokaalsignaal.privacy.small_numbers import THRESHOLD, shown_alone

register = template.Library()


@register.filter
def suppress_small(value, threshold=THRESHOLD):
    """{{ count|suppress_small }} -> "< 5" when 1 to 4, else the number (empty counts as 0)."""
    try:
        return shown_alone(int(value or 0), int(threshold))
    except (TypeError, ValueError):
        return value


@register.filter
def signals_of(numbers, knelpunt):
    """{{ numbers|signals_of:b }} -> the signals of knelpunt `b` as the scope's suppressed table shows them."""
    return numbers.signals_of(knelpunt)
