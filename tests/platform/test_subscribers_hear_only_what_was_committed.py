"""Domain events: a service announces what happened; subscribers run after commit (never for a change that was
rolled back), or inside the transaction when they say so; the one list of subscriptions covers every event a
service announces."""

import ast
import dataclasses
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction

from lokaalsignaal import domain_events, subscriptions

SRC = Path(__file__).resolve().parents[2] / "src" / "lokaalsignaal"


@dataclasses.dataclass(frozen=True)
class Happened:
    what: str


@pytest.fixture
def heard(monkeypatch):
    monkeypatch.setattr(domain_events, "_subscribers", type(domain_events._subscribers)(list))
    return []


@pytest.mark.django_db(transaction=True)
def test_a_subscriber_hears_the_event_only_after_commit(heard):
    domain_events.subscribe(Happened, lambda event: heard.append(event.what))

    with transaction.atomic():
        domain_events.announce(Happened("kept"))
        assert heard == []  # not before the commit
    assert heard == ["kept"]


@pytest.mark.django_db(transaction=True)
def test_nobody_hears_what_was_rolled_back(heard):
    domain_events.subscribe(Happened, lambda event: heard.append(event.what))

    with pytest.raises(RuntimeError), transaction.atomic():
        domain_events.announce(Happened("undone"))
        raise RuntimeError("the action failed")
    assert heard == []


@pytest.mark.django_db(transaction=True)
def test_an_in_transaction_subscriber_acts_at_once_and_rolls_back_with_the_action(heard):
    from lokaalsignaal.reference.models import Sector

    def consequence(event):
        Sector.objects.create(name=f"Sector {event.what}")
        heard.append(event.what)

    domain_events.subscribe(Happened, consequence, in_transaction=True)
    with pytest.raises(RuntimeError), transaction.atomic():
        domain_events.announce(Happened("inside"))
        assert heard == ["inside"]
        raise RuntimeError("the action failed")
    assert not Sector.objects.filter(name="Sector inside").exists()


def test_subscribing_the_same_listener_twice_is_refused(heard):
    def listener(event):
        heard.append(event)

    domain_events.subscribe(Happened, listener)
    with pytest.raises(ImproperlyConfigured):
        domain_events.subscribe(Happened, listener)


def _announced_event_types() -> set[str]:
    """Every class a module under src/ passes to `domain_events.announce(...)`."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "announce"
                    and node.args and isinstance(node.args[0], ast.Call)):
                callee = node.args[0].func
                found.add(callee.id if isinstance(callee, ast.Name) else callee.attr)
    return found


def test_every_announced_event_has_a_listener_in_the_one_list():
    announced = _announced_event_types()
    listened = {event_type.__name__ for event_type, _handler, _now in subscriptions.SUBSCRIPTIONS}
    assert announced, "the scan found no announcements"
    assert announced <= listened, f"announced but nobody listens: {sorted(announced - listened)}"
    assert listened <= announced, f"listened to but never announced: {sorted(listened - announced)}"


def test_the_project_connects_the_one_list_when_it_starts():
    for event_type, handler, _now in subscriptions.SUBSCRIPTIONS:
        assert handler in domain_events.subscribers(event_type)
