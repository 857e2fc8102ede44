"""Lookups that answer "nothing found" for a value no column can hold, instead of a database error.

Typed input reaches queries through URLs (a signal's reference, a token), query strings and form fields. Two kinds of
value make the database raise, which would be a server error:

- text with a NUL character: PostgreSQL refuses it in any query ("A string literal cannot contain NUL"), and it can
  never be stored, so no row can match it;
- an integer in `__in` outside the column's range: SQLite raises OverflowError (Django already handles `exact`,
  `gt`, `lt`, … this way, not `in`).

Registered on text and integer fields by `TenancyConfig.ready` (`register()`), so every query of the product has
them.
"""

from django.core.exceptions import EmptyResultSet
from django.db.models import CharField, IntegerField, TextField
from django.db.models import lookups as builtin


def _nul(value) -> bool:
    return isinstance(value, str) and "\x00" in value


class _TextNeverHoldsNul:
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value() and _nul(self.rhs):
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class TextIn(builtin.In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            self.rhs = [value for value in self.rhs if not _nul(value)]
        return super().process_rhs(compiler, connection)


class IntegerIn(builtin.In):
    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = connection.ops.integer_field_range(self.lhs.output_field.get_internal_type())
            self.rhs = [value for value in self.rhs if not isinstance(value, int)
                        or ((low is None or value >= low) and (high is None or value <= high))]
        return super().process_rhs(compiler, connection)


TEXT_LOOKUPS = [type(f"NoNul{base.__name__}", (_TextNeverHoldsNul, base), {})
                for base in (builtin.Exact, builtin.IExact, builtin.Contains, builtin.IContains, builtin.StartsWith,
                             builtin.IStartsWith, builtin.EndsWith, builtin.IEndsWith)]


def register() -> None:
    for field in (CharField, TextField):
        for lookup in (*TEXT_LOOKUPS, TextIn):
            field.register_lookup(lookup)
    IntegerField.register_lookup(IntegerIn)
