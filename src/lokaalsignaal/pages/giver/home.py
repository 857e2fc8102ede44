"""What the personal home (`/mijn/`) leads with for a giver: where she may give a signal, what waits for her (the
municipality's open questions on her signals, unread notifications) and her latest signals. A fixed number of
queries, however many signals she has."""

from __future__ import annotations

from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.giver.story import with_knelpunten
from lokaalsignaal.tenancy import scoping

SHORT_LIST = 5  # each list on the home shows at most this many; "alles bekijken" leads to the rest


def giver_home(user) -> dict:
    """Four queries: the municipalities where she may give, her open questions, her unread notifications, her latest
    signals (and one for their knelpunten)."""
    signals = signal_access.signals_given_by(user).select_related("municipality")
    latest = with_knelpunten(signals.order_by("-submitted_at", "-id")[:SHORT_LIST])
    return {
        "give_in": list(scoping.municipalities_for(user, "signal.give").order_by("name")),
        "open_questions": list(signals.filter(has_open_question=True).order_by("-updated_at", "-id")[:SHORT_LIST]),
        "new_notifications": list(notifications.notifications_of(user).filter(read_at__isnull=True)[:SHORT_LIST]),
        "latest_signals": latest,
    }
