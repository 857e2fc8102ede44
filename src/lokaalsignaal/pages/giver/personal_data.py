"""Everything the platform holds about one person, for her own download (`/mijn/account/gegevens/`): her account
(`accounts.personal_data.account_part`), her signals with all she gave and their story as she reads it on her
signal page (`story`: never an internal remark, a note, or who did what at the municipality), her joins ("ik zie
dit ook"), her notifications, her event invitations and whether she has a calendar link (never its token).

Only her data: other people appear only as the municipality, a region or Flanders. A fixed number of queries,
whatever the number of her signals, their events or her notifications (tests/accounts/
test_a_person_downloads_her_personal_data.py counts them).
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Prefetch
from django.utils import timezone

from lokaalsignaal.accounts import personal_data
from lokaalsignaal.casework.knelpunten.models import Join, StageChange
from lokaalsignaal.events.models import CalendarFeed, Invitation
from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.pages.giver import story
from lokaalsignaal.reference.models import TargetGroup, Theme

iso = personal_data.iso
Kind = SignalEvent.Kind


def her_data(user) -> dict:
    """The whole export as one dict: the same keys every time (empty lists where she has nothing)."""
    return {
        "over_dit_bestand": {
            "gemaakt_op": iso(timezone.now()),
            "platform": "Lokaal Signaal",
        },
        **personal_data.account_part(user),
        "signalen": _signals(user),
        "aansluitingen_bij_knelpunten": _joins(user),
        "meldingen": _notifications(user),
        "uitnodigingen_voor_evenementen": _invitations(user),
        "agendalink": _calendar_feed(user),
    }


def _signals(user) -> list[dict]:
    signals = story.with_knelpunten(
        Signal.objects.filter(giver=user).select_related("municipality", "organisation", "sector")
        .prefetch_related(Prefetch("themes", Theme.objects.only("name")),
                          Prefetch("target_groups", TargetGroup.objects.only("name")))
        .order_by("submitted_at", "pk"))
    stories = _stories(signals)
    return [{
        "referentie": s.reference,
        "gemeente": s.municipality.name,
        "ingediend_op": iso(s.submitted_at),
        "laatst_gewijzigd_op": iso(s.updated_at),
        "soort": s.get_signal_type_display(),
        "titel": s.title,
        "wat_stel_je_vast": s.description,
        "themas": [t.name for t in s.themes.all()],
        "doelgroepen": [g.name for g in s.target_groups.all()],
        "hoe_vaak": s.get_frequency_display(),
        "hoeveel_mensen": s.get_people_affected_display(),
        "sinds_wanneer": s.since,
        "wat_heb_je_al_geprobeerd": s.tried,
        "idee_voor_een_oplossing": s.idea,
        "gemeente_mag_me_contacteren": s.may_contact,
        "gemeente_mag_me_uitnodigen": s.may_invite,
        "naam_verborgen_voor_de_gemeente": s.hide_name,
        "organisatie": s.organisation.name if s.organisation_id else "",
        "sector": s.sector.name if s.sector_id else "",
        "status": str(story.status_of(s).label),
        "knelpunt": s.knelpunt.title if s.knelpunt_id else "",
        "verloop": [_entry(e) for e in stories[s.pk]],
    } for s in signals]


def _entry(entry: story.Entry) -> dict:
    return {"datum": iso(entry.at), "wat": entry.title, "uitleg": entry.text, "bericht": entry.body,
            "knelpunt": entry.knelpunt_title, "fase": entry.stage_label, "van": entry.sender}


def _stories(signals: list[Signal]) -> dict[int, list[story.Entry]]:
    """`story.story_for` for many signals at once, in two queries: the signals' own events, and the stage changes of
    the knelpunten they are (or were) linked to, each from the moment the signal was linked up to the moment it left
    (the same window as her signal page)."""
    events = defaultdict(list)
    for event in (SignalEvent.objects.filter(signal__in=[s.pk for s in signals])
                  .select_related("knelpunt", "knelpunt_message__scope", "knelpunt_message__origin")
                  .only("created_at", "kind", "body", "knelpunt_id", "signal_id", "knelpunt__title",
                        "knelpunt__stage", "knelpunt_message_id",
                        *(f"knelpunt_message__{name}" for name in story.MESSAGE_FIELDS))
                  .order_by("created_at", "id")):
        events[event.signal_id].append(event)
    windows, titles = {}, {}
    for signal in signals:
        current = signal.knelpunt_id
        linked_at, left_at = {}, {}
        if current:
            titles[current] = signal.knelpunt.title
        for event in events[signal.pk]:
            if event.knelpunt_id:
                titles.setdefault(event.knelpunt_id, event.knelpunt.title)
                if event.kind == Kind.LINKED:
                    linked_at.setdefault(event.knelpunt_id, event.created_at)
                elif event.kind == Kind.UNLINKED:
                    left_at[event.knelpunt_id] = event.created_at
        windows[signal.pk] = {pk: (linked_at.get(pk), None if pk == current else left_at[pk])
                              for pk in {*linked_at, *left_at, *([current] if current else [])}
                              if pk == current or pk in left_at}
    changes = defaultdict(list)
    if titles:
        for change in (StageChange.objects.filter(knelpunt__in=list(titles))
                       .only("knelpunt_id", "to_stage", "message", "created_at").order_by("created_at", "id")):
            changes[change.knelpunt_id].append(change)
    result = {}
    for signal in signals:
        escalated = {signal.knelpunt_id: story.escalated_label(signal.knelpunt)} if signal.knelpunt_id else {}
        entries = [story._event_entry(e) for e in events[signal.pk]]
        for pk, (since, until) in windows[signal.pk].items():
            entries += [story._stage_entry(c, titles.get(pk, ""), escalated.get(pk, "")) for c in changes[pk]
                        if (since is None or c.created_at >= since) and (until is None or c.created_at <= until)]
        entries.sort(key=lambda e: (e.at, e.order))
        result[signal.pk] = entries
    return result


def _joins(user) -> list[dict]:
    joins = (Join.objects.filter(user=user).select_related("knelpunt__municipality", "organisation", "sector")
             .order_by("created_at", "pk"))
    return [{
        "gemeente": j.knelpunt.municipality.name,
        # the knelpunt's title while the municipality shows it to givers (as her page /mijn/knelpunten/ does)
        "knelpunt": j.knelpunt.title if j.knelpunt.visible_to_givers else "",
        "aangesloten_op": iso(j.created_at),
        "wat_zie_jij": j.context,
        "organisatie": j.organisation.name if j.organisation_id else "",
        "sector": j.sector.name if j.sector_id else "",
    } for j in joins]


def _notifications(user) -> list[dict]:
    notifications = (Notification.objects.filter(user=user).select_related("signal", "knelpunt", "municipality")
                     .only("kind", "detail", "references", "created_at", "read_at", "emailed_at", "signal__reference",
                           "knelpunt__title", "municipality__name")
                     .order_by("created_at", "pk"))
    return [{
        "wat": n.headline,
        "over_signalen": n.signal_references,
        "over_knelpunt": n.knelpunt.title if n.knelpunt_id else "",
        "over_gemeente": n.municipality.name if n.municipality_id else "",
        "gemaakt_op": iso(n.created_at),
        "gelezen_op": iso(n.read_at),
        "gemaild_op": iso(n.emailed_at),
    } for n in notifications]


def _invitations(user) -> list[dict]:
    invitations = (Invitation.objects.filter(user=user).select_related("event__municipality")
                   .order_by("event__starts_at", "pk"))
    return [{
        "evenement": i.event.title,
        "soort": i.event.get_kind_display(),
        "gemeente": i.event.municipality.name,
        "begin": iso(i.event.starts_at),
        "einde": iso(i.event.ends_at),
        "geannuleerd": i.event.is_cancelled,
        "uitgenodigd_door_de_gemeente": i.invited,
        "uitgenodigd_zonder_je_naam_te_tonen": i.name_hidden,
        "uitgenodigd_op": iso(i.invited_at),
        "antwoord": i.get_response_display(),
        "geantwoord_op": iso(i.responded_at),
        "op_de_wachtlijst_sinds": iso(i.waiting_since),
        "aanwezig": i.attended,
    } for i in invitations]


def _calendar_feed(user) -> dict | None:
    feed = CalendarFeed.objects.filter(user=user).only("created_at").first()
    return {"gemaakt_op": iso(feed.created_at)} if feed else None
