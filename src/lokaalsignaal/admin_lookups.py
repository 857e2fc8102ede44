"""Admin lists that cannot be queried around what they hide.

Django's admin accepts URL lookups on any local field (`?object_id=…&actor=…`, `?subject__contains=KORTRIJK-…`,
`?data__contains=…`): a list that hides a column could still answer yes/no questions about it. A ModelAdmin with
this mixin accepts only the lookups it declares: `lookup_fields` (local fields, any operator: dates, status) and
`lookup_relations` (foreign keys, by id only).
"""

from __future__ import annotations

RELATION_EXACT = ("", "__exact", "__id__exact", "__id", "__isnull")


class DeclaredLookupsOnly:
    lookup_fields: tuple[str, ...] = ()
    lookup_relations: tuple[str, ...] = ()

    def lookup_allowed(self, lookup, value, request=None):
        field, _sep, rest = lookup.partition("__")
        if field in self.lookup_fields:
            return "__" not in rest  # one operator at most, never a path through a relation
        return field in self.lookup_relations and lookup in {field + suffix for suffix in RELATION_EXACT}
