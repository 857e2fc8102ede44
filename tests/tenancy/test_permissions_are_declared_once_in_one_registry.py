"""The permission registry: each capability declares its permissions once; a second declaration of a name, or a
permission asked for but never declared, is a configuration error; the table of who may do what changes only with
this test."""

import ast
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from lokaalsignaal.tenancy import permissions, scoping
from lokaalsignaal.tenancy.permissions import Registry

SRC = Path(__file__).resolve().parents[2] / "src" / "lokaalsignaal"

# The functions that take a permission name: as their argument `perm` or as a positional string literal.
TAKES_PERMISSION = {"tenant_view", "can", "municipalities_for", "municipality_for", "knelpunten_for",
                    "coordinators_of", "roles_for", "knelpunt_or_404"}


def test_a_name_declared_twice_is_refused():
    registry = Registry()
    registry.declare("things.read", {"reader"}, description="Read things.")
    with pytest.raises(ImproperlyConfigured, match="things.read"):
        registry.declare("things.read", {"coordinator"}, description="Read things, again.")
    assert registry.roles_for("things.read") == {"reader"}  # the first declaration stands


def test_a_capability_cannot_redeclare_a_permission_of_another():
    with pytest.raises(ImproperlyConfigured, match="signals.read"):
        permissions.declare("signals.read", {"giver"}, description="Let givers read every signal.")
    assert scoping.PERMISSIONS["signals.read"] == {"coordinator", "reader"}


def test_a_permission_without_roles_is_refused():
    with pytest.raises(ImproperlyConfigured):
        Registry().declare("nobody.ever", set(), description="Held by no one.")


def test_an_undeclared_permission_is_an_error_not_a_silent_no():
    with pytest.raises(ImproperlyConfigured, match="signals.raed"):
        permissions.roles_for("signals.raed")


def test_the_table_cannot_be_changed_from_outside():
    with pytest.raises(TypeError):
        scoping.PERMISSIONS["signals.read"] = frozenset({"giver"})  # type: ignore[index]


def _permission_names_used_in_source() -> dict[str, list[str]]:
    """Every string literal passed as a permission in src/, with where it stands."""
    used: dict[str, list[str]] = {}

    def add(node, where):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            used.setdefault(node.value, []).append(where)

    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            where = f"{path.relative_to(SRC)}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in TAKES_PERMISSION:
                    for arg in node.args:
                        add(arg, where)
                for keyword in node.keywords:
                    if keyword.arg == "perm":
                        add(keyword.value, where)
            elif isinstance(node, ast.FunctionDef | ast.Lambda):
                arguments = node.args
                positional = arguments.posonlyargs + arguments.args
                defaults = list(zip(positional[len(positional) - len(arguments.defaults):], arguments.defaults,
                                    strict=True))
                defaults += [(a, d) for a, d in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True) if d]
                for argument, default in defaults:
                    if argument.arg == "perm":
                        add(default, where)
    return used


def test_every_permission_the_code_asks_for_is_declared():
    used = _permission_names_used_in_source()
    # the scan finds the permissions (a scan that finds nothing would prove nothing)
    assert {"municipality.view", "signals.triage", "knelpunten.manage", "events.manage", "audit.view"} <= set(used)
    undeclared = {name: where for name, where in used.items() if name not in scoping.PERMISSIONS}
    assert undeclared == {}


def test_every_declared_permission_is_asked_for_somewhere():
    assert set(scoping.PERMISSIONS) - set(_permission_names_used_in_source()) == set()


TABLE = {
    "municipality.view": {"giver", "coordinator", "partner", "reader"},
    "members.view": {"coordinator"},
    "members.decide": {"coordinator"},
    "members.invite": {"coordinator"},
    "settings.change": {"coordinator"},
    "audit.view": {"coordinator"},
    "signal.give": {"giver", "coordinator"},
    "signals.triage": {"coordinator"},
    "signals.read": {"coordinator", "reader"},
    "knelpunten.manage": {"coordinator"},
    "knelpunten.read": {"coordinator", "reader"},
    "knelpunten.join": {"giver", "coordinator"},
    "events.manage": {"coordinator"},
    "events.join_open": {"giver", "coordinator"},
    "events.join_invited": {"giver", "coordinator", "partner", "reader"},
    "overview.read": {"coordinator", "reader"},
    "reports.compose": {"coordinator"},
}


def test_who_may_do_what_is_this_table():
    """A change to who may do what is a change to this table."""
    assert {name: set(roles) for name, roles in scoping.PERMISSIONS.items()} == TABLE


def test_every_declared_permission_says_what_it_allows():
    for name in scoping.PERMISSIONS:
        assert permissions.registry.describe(name).description.strip(), name
