"""Every action the code records is declared in `audit.actions`: with its plain-Dutch label, and marked private when
it pairs a giver with her signal or knelpunt. An undeclared action would be hidden from the coordinators' audit page
and shown without actor in the admin (fail closed); this test makes the omission loud instead."""

import ast
from pathlib import Path

import lokaalsignaal
from lokaalsignaal.audit.actions import ACTIONS, describe

SOURCE = Path(lokaalsignaal.__file__).parent


def _strings(node) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def recorded_actions() -> dict[str, str]:
    """action -> where it is recorded: the second argument of every `audit.record(...)` call in the package."""
    found = {}
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                action = node.args[1] if len(node.args) > 1 else next(
                    (k.value for k in node.keywords if k.arg == "action"), None)
                assert action is not None and _strings(action), (
                    f"{path.relative_to(SOURCE)}:{node.lineno}: audit.record needs a literal action code")
                for code in _strings(action):
                    found[code] = f"{path.relative_to(SOURCE)}:{node.lineno}"
    return found


def test_every_recorded_action_is_declared():
    recorded = recorded_actions()

    assert len(recorded) > 40  # the scan finds the calls
    undeclared = {code: where for code, where in recorded.items() if code not in ACTIONS}
    assert not undeclared, f"Declare these in audit/actions.py (label; private if a giver acts on a signal): " \
                           f"{undeclared}"


def test_the_givers_own_acts_are_private():
    for code in ("signal.submitted", "signal.edited", "signal.withdrawn", "signal.commented", "signal.answered",
                 "signal.still_seen", "knelpunt.joined"):
        assert describe(code).private, code
    assert describe("something.new").private  # undeclared: fail closed
