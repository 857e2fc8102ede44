"""The permission registry: which roles of a municipality hold which permission.

Each capability declares its own permissions, once, with ``declare(name, roles, description=...)`` in the module
that holds its access rules (its ``access`` module, e.g. ``intake.access``; its app imports it when it is ready).
A second declaration of the same name is a configuration error, so two capabilities cannot silently widen or narrow
each other's permission. ``can()`` and ``municipalities_for()`` read the roles with ``roles_for(name)``;
``PERMISSIONS`` is a read-only view of the whole table (name -> roles).

Pure Python, no Django models: roles are plain strings (``tenancy.models.Role`` values).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Permission:
    name: str
    roles: frozenset[str]
    description: str


class Registry:
    """A table of permissions that refuses a duplicate name and an empty set of roles."""

    def __init__(self):
        self._permissions: dict[str, Permission] = {}
        self._roles: dict[str, frozenset[str]] = {}
        self.table: Mapping[str, frozenset[str]] = MappingProxyType(self._roles)

    def declare(self, name: str, roles: Iterable[str], *, description: str) -> str:
        if name in self._permissions:
            raise ImproperlyConfigured(f"Permission {name!r} is declared twice.")
        roles = frozenset(roles)
        if not roles:
            raise ImproperlyConfigured(f"Permission {name!r} is declared without roles.")
        self._permissions[name] = Permission(name, roles, description)
        self._roles[name] = roles
        return name

    def roles_for(self, name: str) -> frozenset[str]:
        try:
            return self._roles[name]
        except KeyError:
            raise ImproperlyConfigured(f"Permission {name!r} is not declared.") from None

    def describe(self, name: str) -> Permission:
        self.roles_for(name)  # the same error for an unknown name
        return self._permissions[name]

    def __contains__(self, name: str) -> bool:
        return name in self._roles


registry = Registry()
declare = registry.declare
roles_for = registry.roles_for
PERMISSIONS = registry.table
