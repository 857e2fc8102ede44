"""Who listens to what: the one list of subscriptions to the domain events (`lokaalsignaal.domain_events`).

The services announce what happened and do not know who listens; this table says it. Read it top to bottom to see
what a change sets in motion. Everything here runs after the transaction commits, unless it is marked "in the
transaction" (a consequence that must commit or roll back with the action). Connected once, when the project starts
(`pages.apps.PagesConfig.ready`, the top layer).
"""

from __future__ import annotations

from lokaalsignaal import domain_events
from lokaalsignaal.accounts import admin_changes
from lokaalsignaal.accounts import domain_events as account
from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.decisions import domain_events as decision
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import domain_events as knelpunt
from lokaalsignaal.casework.knelpunten import leaving as knelpunt_leaving
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import invitations as partner_invitations
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.events import participation
from lokaalsignaal.intake import domain_events as signal
from lokaalsignaal.intake import retention
from lokaalsignaal.notifications import services as notification_services
from lokaalsignaal.notifications import tasks as notifications
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.similarity import tasks as similarity_tasks
from lokaalsignaal.tenancy import domain_events as tenancy

Kind = Notification.Kind


# --- the similarity index keeps every signal's text ---------------------------------------------------------------
def index_signal(event) -> None:
    similarity_tasks.index_signal.enqueue(event.signal_id)  # the embedding is the worker's: nobody waits for it


# --- the giver hears what happens to her signal -------------------------------------------------------------------
def tell_received(event: signal.SignalsReceived) -> None:
    notifications.notify_givers(event.signal_ids, Kind.RECEIVED)


def tell_question(event: signal.QuestionAsked) -> None:
    notifications.notify_givers([event.signal_id], Kind.QUESTION)


def tell_not_retained(event: signal.SignalsNotRetained) -> None:
    notifications.notify_givers(event.signal_ids, Kind.NOT_RETAINED)


def tell_linked(event: knelpunt.SignalsLinked) -> None:
    title = Knelpunt.objects.filter(pk=event.knelpunt_id).values_list("title", flat=True).first() or ""
    notifications.notify_givers(event.signal_ids, Kind.LINKED, title)


# --- givers and joiners hear what happens to the knelpunt -----------------------------------------------------------
def tell_stage(event: knelpunt.StageChanged) -> None:
    label = str(Stage(event.to_stage).label)
    notifications.notify_givers(event.signal_ids, Kind.STAGE, label)
    notifications.notify_joiners([event.knelpunt_id], Kind.STAGE, label)


def tell_feedback(event: knelpunt.FeedbackSent) -> None:
    notifications.notify_givers(event.signal_ids, Kind.FEEDBACK)
    notifications.notify_joiners([event.knelpunt_id], Kind.FEEDBACK)


def tell_decision(event: decision.DecisionRecorded) -> None:
    who = Decision.objects.get(pk=event.decision_id).who
    notifications.notify_givers(event.signal_ids, Kind.DECISION, who)
    notifications.notify_joiners([event.knelpunt_id], Kind.DECISION, who)


def tell_moved_joiners(event: knelpunt.JoinsMoved) -> None:
    notifications.notify_joiners([event.knelpunt_id], Kind.FEEDBACK, user_ids=event.user_ids)


def tell_flowed_down(event: knelpunt.MessageFlowedDown) -> None:
    """A region's or Flanders' message: the givers and joiners below, and the knelpunten's coordinators (news)."""
    if event.to_stage:
        detail = f"{Stage(event.to_stage).label} ({event.scope_name})"
        notifications.notify_givers(event.signal_ids, Kind.STAGE, detail)
        notifications.notify_joiners(event.knelpunt_ids, Kind.STAGE, detail)
    else:
        notifications.notify_givers(event.signal_ids, Kind.FEEDBACK, event.scope_name)  # "Nieuw bericht van <scope>"
        notifications.notify_joiners(event.knelpunt_ids, Kind.FEEDBACK, event.scope_name)
    notifications.notify_coordinators(event.knelpunt_ids, Kind.FROM_ABOVE, event.scope_name, author_id=event.author_id)


# --- the knelpunt's coordinators hear what others added -------------------------------------------------------------
def tell_analysis(event: knelpunt.AnalysisAdded) -> None:
    notifications.notify_coordinators([event.knelpunt_id], Kind.PARTNER_NOTE, author_id=event.author_id)


# --- coordinators find what the platform admin changed among their notifications ----------------------------------
def tell_admin_change(event: account.CoordinatorsTold) -> None:
    notification_services.tell_admin_change(event.recipients)


# --- a person removes her account (`accounts.leaving`): what names her elsewhere goes with it, in the transaction --
def anonymise_her_signals(event: account.AccountRemoved) -> None:
    retention.anonymise_given_by(event.user_id)


def release_her_knelpunten(event: account.AccountRemoved) -> None:
    knelpunt_leaving.release(event.user_id, User.objects.get(pk=event.actor_id))


def forget_her_notifications(event: account.AccountRemoved) -> None:
    notification_services.forget_user(event.user_id)


def forget_her_calendar(event: account.AccountRemoved) -> None:
    participation.forget_calendar_feed(event.user_id)


def forget_her_partner_invitations(event: account.AccountRemoved) -> None:
    partner_invitations.forget(event.user_id)


def forget_notifications_about(event: signal.SignalsAnonymised) -> None:
    notification_services.forget_signals(event.signal_ids)


def tell_trekker_left(event: knelpunt.TrekkerLeft) -> None:
    notifications.notify_coordinators(event.knelpunt_ids, Kind.TREKKER_LEFT)


SUBSCRIPTIONS = [
    # (what happened, who acts on it, in the transaction?)
    (signal.SignalGiven, index_signal, False),
    (signal.SignalTextChanged, index_signal, False),
    (signal.SignalsReceived, tell_received, False),
    (signal.QuestionAsked, tell_question, False),
    (signal.SignalsNotRetained, tell_not_retained, False),
    (knelpunt.SignalsLinked, tell_linked, False),
    (knelpunt.StageChanged, partners.end_on_close, True),  # a closed knelpunt's partners leave for good
    (knelpunt.StageChanged, tell_stage, False),
    (knelpunt.FeedbackSent, tell_feedback, False),
    (decision.DecisionRecorded, tell_decision, False),
    (knelpunt.JoinsMoved, tell_moved_joiners, False),
    (knelpunt.MessageFlowedDown, tell_flowed_down, False),
    (knelpunt.AnalysisAdded, tell_analysis, False),
    (tenancy.MunicipalityChangedByAdmin, admin_changes.municipality_changed, False),  # mails its coordinators
    (account.CoordinatorsTold, tell_admin_change, False),
    (account.AccountRemoved, anonymise_her_signals, True),  # her signals and what she wrote, without her name
    (account.AccountRemoved, release_her_knelpunten, True),  # her joins without her name; "geen trekker"
    (account.AccountRemoved, forget_her_notifications, True),
    (account.AccountRemoved, forget_her_calendar, True),
    (account.AccountRemoved, forget_her_partner_invitations, True),  # to her address; waiting ones she made
    (signal.SignalsAnonymised, forget_notifications_about, True),  # they named the giver beside her signal
    (knelpunt.TrekkerLeft, tell_trekker_left, False),  # the knelpunt's other coordinators
]


def connect() -> None:
    for event_type, handler, in_transaction in SUBSCRIPTIONS:
        domain_events.subscribe(event_type, handler, in_transaction=in_transaction)
