"""What the personal home (`/mijn/`) leads with for a giver: where she may give a signal, what waits for her (the
municipality's open questions on her signals, unread notifications) and her latest signals. A fixed number of
queries, however many signals she has, each built once per process (`kept_queries`)."""

from __future__ import annotations

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.giver.story import ROW_VALUES, rows_of
from lokaalsignaal.tenancy import scoping

SHORT_LIST = 5  # each list on the home shows at most this many; "alles bekijken" leads to the rest


def _signals(user_id):
    return signal_access.signals_given_by(account(user_id)).select_related("municipality")


_GIVE_IN = KeptQuery(lambda user_id: scoping.municipalities_for(account(user_id), "signal.give").order_by("name"))
_OPEN_QUESTIONS = KeptQuery(lambda user_id: _signals(user_id).filter(has_open_question=True)
                            .order_by("-updated_at", "-id")[:SHORT_LIST])
_UNREAD = KeptQuery(lambda user_id: notifications.notifications_of(account(user_id))
                    .filter(read_at__isnull=True)[:SHORT_LIST])
_LATEST = KeptQuery(lambda user_id: signal_access.signals_given_by(account(user_id)).values_list(*ROW_VALUES)
                    .order_by("-submitted_at", "-id")[:SHORT_LIST])
_MEMBERSHIPS = KeptQuery(lambda user_id: account(user_id).memberships.select_related("municipality")
                         .order_by("municipality__name"))


def memberships(user) -> list:
    """All her memberships (every status), by municipality name."""
    return _MEMBERSHIPS(user_id=user.pk)


def giver_home(user) -> dict:
    """Four queries: the municipalities where she may give, her open questions, her unread notifications, her latest
    signals with their knelpunten."""
    return {
        "give_in": _GIVE_IN(user_id=user.pk),
        "open_questions": _OPEN_QUESTIONS(user_id=user.pk),
        "new_notifications": _UNREAD(user_id=user.pk),
        "latest_signals": rows_of(_LATEST(user_id=user.pk)),
    }
