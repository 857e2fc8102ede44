"""Who may open which URL: the one declared table behind tests/security/test_access_matrix.py.

A new URL pattern needs one entry here, or the matrix fails ("nobody declared it"). An entry says:

- `args`: how to fill the URL's arguments from the world (tests/security/conftest.py), with Kortrijk's own objects;
- `get` / `post`: for each kind of visitor, the outcome (`only(...)` lists who gets OK; everyone else is DENIED,
  anonymous visitors are sent to the LOGIN page). `get=POST_ONLY` for a view that refuses GET (405);
  `post=None` when the view takes no POST. `data`: what the POST sends, made to succeed for those allowed, so that a
  hole would write something (a DENIED or LOGIN POST must write nothing: the matrix compares every table);
- `foreign`: the same URL with another tenant's object (Roeselare's signal under Kortrijk's slug, another region's
  knelpunt, a token that does not exist, …): DENIED to everyone, except the visitors in `foreign_ok` (Roeselare's
  coordinator on Roeselare's own event). Required for every URL with an argument other than the municipality's slug.

Several entries for one name (a tuple) try the URL in several places: a region page in the region and in Flanders.
The Django admin (/beheer/) and allauth's account pages are covered by the rules at the end. `MAY_READ` says who
may read each text of the world: no answer to anyone else may contain it, whatever its status.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass
from types import MappingProxyType

from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.events.models import EventKind
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Sector
from tests.factories import PASSWORD

from .conftest import (
    ADMIN,
    ANONYMOUS,
    COORDINATOR,
    FLANDERS_COORDINATOR,
    GIVER,
    OTHER_COORDINATOR,
    PARTNER,
    PENDING,
    READER,
    REGION_COORDINATOR,
    REGION_READER,
    VISITORS,
)

OK = "ok"  # 2xx, or a redirect that is not to the login page
LOGIN = "login"  # a redirect to the login page
DENIED = "denied"  # 404 (the app's convention: no hint that it exists), 403 or 405
REFUSED = "refused"  # answered (2xx/3xx) but nothing written: the service said no, on the page
POST_ONLY = "post only"  # as a `get` rule: the view refuses GET (405; anonymous visitors may get the login page)

SIGNED_IN = tuple(v for v in VISITORS if v != ANONYMOUS)


def only(*allowed: str, others: str = DENIED, anonymous: str = LOGIN) -> MappingProxyType:
    """OK for `allowed`, `anonymous` for an anonymous visitor (unless allowed), `others` for everyone else."""
    return MappingProxyType({v: OK if v in allowed else anonymous if v == ANONYMOUS else others for v in VISITORS})


EVERYONE = only(*VISITORS)
ANY_SIGNED_IN = only(*SIGNED_IN)
EVERYONE_REFUSED = only(others=REFUSED, anonymous=REFUSED)
TENANT_VIEWERS = (GIVER, COORDINATOR, PARTNER, READER)  # municipality.view in Kortrijk
GIVES = (GIVER, COORDINATOR)  # signal.give, knelpunten.join
READS = (COORDINATOR, READER)  # knelpunten.read
REGION = (REGION_READER, REGION_COORDINATOR)
SCOPE_MEMBERS = (*REGION, FLANDERS_COORDINATOR)
WRITERS = tuple(v for v in SIGNED_IN if v not in (PENDING, ADMIN))  # write guarded free text somewhere


@dataclass(frozen=True)
class Access:
    args: Callable = lambda w: ()
    _: KW_ONLY
    get: MappingProxyType | str
    post: MappingProxyType | None = None
    data: Callable = lambda w: {}
    foreign: tuple[Callable, ...] = ()
    foreign_ok: tuple[str, ...] = ()
    query: Callable = lambda w: ""


# --- arguments ------------------------------------------------------------------------------------------------
def slug(w):
    return (w.kortrijk.slug,)


def kortrijk(attr, *more):
    """/g/kortrijk/…/<pk of w.attr>/… (and the pks of `more`)."""
    return lambda w: (w.kortrijk.slug, *(getattr(w, a).pk for a in (attr, *more)))


def message_of(attr, on=None):
    """/g/kortrijk/knelpunten/<pk of w.on or w.attr>/berichten/<pk of w.attr's first message>/…"""
    return lambda w: (w.kortrijk.slug, getattr(w, on or attr).pk, getattr(w, attr).messages.order_by("pk")[0].pk)


def pk(attr, *more):
    return lambda w: tuple(getattr(w, a).pk for a in (attr, *more))


def reference(attr):
    return lambda w: (getattr(w, attr).reference,)


def scope(name, attr=None):
    return lambda w: (getattr(w, name).pk, *((getattr(w, attr).pk,) if attr else ()))


# --- POST data -------------------------------------------------------------------------------------------------
def signal_form(w):
    return {"municipalities": [w.kortrijk.pk], "signal_type": SignalType.THRESHOLD.value, "title": "Nieuwe titel",
            "description": "Een nieuwe beschrijving.", "themes": [w.knelpunt.themes.first().pk],
            "version": w.signal.version, "similar_seen": "1", "privacy_confirmed": "on"}


def stage_form(attr, to=Stage.ANALYSIS):
    return lambda w: {"to_stage": to, "message": "Bericht aan de signaalgevers.", "remark": "",
                      "version": getattr(w, attr).version}


def knelpunt_form(w):
    return {"title": "Overgenomen", "summary": "Samenvatting", "severity": 3, "version": w.knelpunt.version,
            "themes": [w.knelpunt.themes.first().pk]}


def event_form(w):
    return {"kind": EventKind.WORK_SESSION.value, "title": "Overgenomen", "day": "2031-05-01", "start": "19:00",
            "end": "21:00", "address": "Markt 1", "reminder_hours": 24}


PASSAGE = {"passage": "Gezinnen", "confirm": "on"}
FEEDBACK = {"feedback": "Een bericht aan de signaalgevers.", "message": "Een bericht."}

# --- the table ---------------------------------------------------------------------------------------------------
TABLE: dict[str, Access | tuple[Access, ...]] = {  # noqa: RUF012 (read-only by convention)
    # public pages and plumbing
    "healthz": Access(get=EVERYONE),
    "favicon": Access(get=EVERYONE),
    "set_language": Access(get=EVERYONE, post=EVERYONE, data=lambda w: {"language": "en", "next": "/"}),
    "pages:landing": Access(get=EVERYONE),
    "pages:participating": Access(get=EVERYONE),
    "pages:join": Access(get=EVERYONE),
    "pages:home": Access(get=ANY_SIGNED_IN),
    "pages:switch": Access(get=only(*TENANT_VIEWERS), query=lambda w: f"?gemeente={w.kortrijk.slug}"),
    "pages:municipality": Access(slug, get=only(*TENANT_VIEWERS)),
    # accounts
    "accounts:memberships": Access(get=ANY_SIGNED_IN, post=ANY_SIGNED_IN,
                                   data=lambda w: {"municipalities": [w.gent.pk]}),
    "accounts:invitation": Access(
        lambda w: (w.invitation.token,), get=EVERYONE, post=EVERYONE_REFUSED,
        data=lambda w: {"full_name": "Iemand", "password1": "x", "password2": "y"},
        foreign=(lambda w: ("bestaat-niet-0123456789",),)),
    "accounts:members": Access(slug, get=only(COORDINATOR)),
    "accounts:decide": Access(
        kortrijk("pending"), get=POST_ONLY, post=only(COORDINATOR),
        data=lambda w: {"decision": "approve", "message": ""}, foreign=(kortrijk("roeselare_pending"),)),
    "accounts:end": Access(kortrijk("pending"), get=POST_ONLY, post=only(COORDINATOR),
                           data=lambda w: {"confirm": "on"}, foreign=(kortrijk("roeselare_pending"),)),
    "accounts:verify_affiliation": Access(
        kortrijk("membership"), get=POST_ONLY, post=only(COORDINATOR), data=lambda w: {"organisation_too": "on"},
        foreign=(kortrijk("roeselare_membership"),)),
    "accounts:settings": Access(
        slug, get=only(COORDINATOR), post=only(COORDINATOR),
        data=lambda w: {"auto_approve_domains": "gekaapt.be", "response_days": 99, "intro_text": "Overgenomen"}),
    "audit:log": Access(slug, get=only(COORDINATOR)),
    "retention:upcoming": Access(slug, get=only(COORDINATOR)),
    # removing one's own account (the platform admin does not remove her own: refused on the page)
    "account_remove": Access(get=ANY_SIGNED_IN, post=only(*(v for v in SIGNED_IN if v != ADMIN), others=REFUSED),
                             data=lambda w: {"password": PASSWORD}),
    "audit:export": Access(slug, get=POST_ONLY, post=only(COORDINATOR)),
    "accounts:invite": Access(slug, get=only(COORDINATOR), post=only(COORDINATOR),
                              data=lambda w: {"email": "indringer@elders.be", "role": "coordinator"}),
    # giving and the giver's own signals
    "intake:give": Access(slug, get=only(*GIVES), post=only(*GIVES), data=signal_form),
    "intake:mine": Access(get=ANY_SIGNED_IN),
    "intake:receipt": Access(get=ANY_SIGNED_IN),
    "intake:detail": Access(reference("signal"), get=only(GIVER), post=only(GIVER),
                            data=lambda w: {"body": "Nog een aanvulling."}, foreign=(reference("roeselare_signal"),)),
    "intake:edit": Access(reference("signal"), get=only(GIVER), post=only(GIVER), data=signal_form,
                          foreign=(reference("roeselare_signal"),)),
    "intake:withdraw": Access(reference("signal"), get=only(GIVER), post=only(GIVER),
                              foreign=(reference("roeselare_signal"),)),
    "similarity:giver_suggestions": Access(slug, get=POST_ONLY, post=only(*GIVES),
                                           data=lambda w: {"title": "Wachttijd", "description": "Budget"}),
    "guard:check": Access(get=POST_ONLY, post=only(*WRITERS),
                          data=lambda w: {"_field": "description", "description": "Marie Claes"}),
    # feedback to the giver
    "intake:answer": Access(reference("linked_signal"), get=only(GIVER), post=only(GIVER),
                              data=lambda w: {"answer": "Een antwoord."},
                              foreign=(reference("roeselare_signal"),)),
    "intake:still_seen": Access(reference("linked_signal"), get=only(GIVER), post=only(GIVER),
                                  data=lambda w: {"context": "Nog steeds."},
                                  foreign=(reference("roeselare_signal"),)),
    "notifications:notifications": Access(get=ANY_SIGNED_IN),
    "notifications:mark_all_read": Access(get=POST_ONLY, post=ANY_SIGNED_IN),
    "notifications:settings": Access(get=ANY_SIGNED_IN, post=ANY_SIGNED_IN, data=lambda w: {"preference": "daily"}),
    "notifications:open": Access(pk("notification"), get=only(GIVER), foreign=(pk("roeselare_notification"),)),
    # one's own profile (/mijn/account/): anyone signed in, for herself only (no object in the URL)
    "account_profile": Access(get=ANY_SIGNED_IN, post=ANY_SIGNED_IN, data=lambda w: {
        "deel": "over-jou", "full_name": "Nieuwe Naam", "function": "Overgenomen",
        "new_organisation": "Dienst Overgenomen", "new_organisation_sector": Sector.objects.order_by("pk")[0].pk}),
    # her own data as a ZIP (/mijn/account/gegevens/): anyone signed in, for herself only (no object in the URL)
    "account_data": Access(get=ANY_SIGNED_IN, post=ANY_SIGNED_IN),
    # the coordinator's workspace: signals
    "casework:inbox": Access(slug, get=only(COORDINATOR), post=only(COORDINATOR),
                             data=lambda w: {"action": "mark_read", "signals": [w.signal.pk]}),
    "casework:clusters": Access(slug, get=only(COORDINATOR)),
    "casework:cluster_create": Access(slug, get=POST_ONLY, post=only(COORDINATOR),
                                      data=lambda w: {"signal_ids": [w.signal.pk, w.second_signal.pk],
                                                      "title": "Samen"}),
    "casework:signal": Access(kortrijk("signal"), get=only(COORDINATOR), foreign=(kortrijk("roeselare_signal"),)),
    **{f"casework:{name}": Access(kortrijk("signal"), get=POST_ONLY, post=only(COORDINATOR), data=data,
                                  foreign=(kortrijk("roeselare_signal"),))
       for name, data in [
           ("mark_read", lambda w: {}),
           ("ask", lambda w: {"question": "Hoe lang wachten ze al?"}),
           ("not_retain", lambda w: {"explanation": "Geen structureel probleem.", "confirm": "on"}),
           ("link", lambda w: {"knelpunt": w.knelpunt.pk}),
           ("link_suggestion", lambda w: {"knelpunt": w.knelpunt.pk}),
           ("new_knelpunt", lambda w: {"knelpunt_title": "Nieuw knelpunt"}),
           ("acknowledge", lambda w: {}),
           ("redact", lambda w: PASSAGE),
       ]},
    "casework:unlink": Access(kortrijk("linked_signal"), get=POST_ONLY, post=only(COORDINATOR),
                              foreign=(kortrijk("roeselare_signal"),)),
    # the coordinator's workspace: knelpunten (readers read)
    "casework:knelpunten": Access(slug, get=only(*READS)),
    "casework:priorities": Access(slug, get=only(*READS)),
    "casework:overview": Access(slug, get=only(*READS)),
    # exports: a POST (audited), the inbox for coordinators, the knelpunten for who reads them
    **{f"casework:inbox_{kind}": Access(slug, get=POST_ONLY, post=only(COORDINATOR)) for kind in ("csv", "xlsx")},
    # her saved inbox filters: the coordinator's own; another person's is not found
    "casework:inbox_filter_save": Access(slug, get=POST_ONLY, post=only(COORDINATOR),
                                         data=lambda w: {"saved_name": "Overgenomen", "saved_query": "status=all"}),
    "casework:inbox_filter_delete": Access(kortrijk("saved_filter"), get=POST_ONLY, post=only(COORDINATOR),
                                           foreign=(kortrijk("roeselare_saved_filter"),)),
    **{f"casework:knelpunten_{kind}": Access(slug, get=POST_ONLY, post=only(*READS)) for kind in ("csv", "xlsx")},
    "casework:knelpunt_create": Access(slug, get=only(COORDINATOR), post=only(COORDINATOR), data=knelpunt_form),
    "casework:knelpunt": Access(kortrijk("knelpunt"), get=only(*READS), foreign=(kortrijk("roeselare_knelpunt"),)),
    # "Ook in andere gemeenten": a GET that reads only (the panel for htmx, or a page without JavaScript)
    "casework:elsewhere": Access(kortrijk("knelpunt"), get=only(*READS), foreign=(kortrijk("roeselare_knelpunt"),)),
    "casework:knelpunt_edit": Access(kortrijk("knelpunt"), get=only(COORDINATOR), post=only(COORDINATOR),
                                       data=knelpunt_form, foreign=(kortrijk("roeselare_knelpunt"),)),
    **{f"casework:{name}": Access(kortrijk("knelpunt"), get=POST_ONLY, post=only(COORDINATOR), data=data,
                                  foreign=(kortrijk("roeselare_knelpunt"),))
       for name, data in [
           ("change_stage", stage_form("knelpunt")),
           ("add_note", lambda w: {"body": "Interne nota.", "note": "Interne nota."}),
           ("send_feedback", lambda w: FEEDBACK),
           ("record_decision", lambda w: {"decided_by": "gemeenteraad", "decided_on": "2026-03-12",
                                          "decision": "De gemeenteraad trekt extra middelen uit."}),
           ("override_priority", lambda w: {"priority_value": 100, "priority_reason": "Dringend"}),
       ]},
    # moving a signal and merging: a GET shows the form on its own page (its list of knelpunten is long)
    **{f"casework:{name}": Access(kortrijk("knelpunt"), get=only(COORDINATOR), post=only(COORDINATOR), data=data,
                                  foreign=(kortrijk("roeselare_knelpunt"),))
       for name, data in [
           ("move_signal", lambda w: {"signal": w.linked_signal.pk, "target": w.other_knelpunt.pk}),
           ("merge", lambda w: {"target": w.other_knelpunt.pk, "merge_message": "Samen.", "confirm": "on"}),
       ]},
    # a message of the knelpunt on the public page of results; another knelpunt's message under this one is a 404
    "casework:message_public": Access(message_of("knelpunt"), get=POST_ONLY, post=only(COORDINATOR),
                                      data=lambda w: {"public": "1"},
                                      foreign=(message_of("knelpunt", on="roeselare_knelpunt"),
                                               message_of("knelpunt", on="other_knelpunt"))),
    # "ik zie dit ook"
    "joins:join": Access(kortrijk("other_knelpunt"), get=only(*GIVES), post=only(*GIVES),
                         data=lambda w: {"context": "Ik zie dit ook."},
                         foreign=(kortrijk("roeselare_knelpunt"),)),
    "joins:joined": Access(pk("joined_knelpunt"), get=only(GIVER), foreign=(pk("roeselare_joined"),)),
    "joins:known": Access(slug, get=only(*GIVES), post=None),
    # partners
    "partner:knelpunten": Access(get=ANY_SIGNED_IN),
    "partner:knelpunt": Access(pk("knelpunt"), get=only(PARTNER), foreign=(pk("roeselare_knelpunt"),)),
    "partner:add_note": Access(pk("knelpunt"), get=POST_ONLY, post=only(PARTNER),
                               data=lambda w: {"analysis": "Een analyse."}, foreign=(pk("roeselare_knelpunt"),)),
    "partner:invite": Access(kortrijk("other_knelpunt"), get=only(COORDINATOR), post=only(COORDINATOR),
                             data=lambda w: {"email": w.people[GIVER].email},
                             foreign=(kortrijk("roeselare_knelpunt"),)),
    "partner:withdraw": Access(kortrijk("knelpunt", "access"), get=only(COORDINATOR), post=only(COORDINATOR),
                               foreign=(kortrijk("roeselare_knelpunt", "roeselare_access"),
                                        kortrijk("knelpunt", "roeselare_access"))),
    "partner:invitation": Access(
        lambda w: (w.partner_invitation.token,), get=EVERYONE, post=EVERYONE_REFUSED,
        data=lambda w: {"full_name": "Iemand", "password1": "x", "password2": "y"},
        foreign=(lambda w: ("bestaat-niet-0123456789",),)),
    "partner:revoke_invitation": Access(
        kortrijk("knelpunt", "partner_invitation"), get=only(COORDINATOR), post=only(COORDINATOR),
        foreign=(kortrijk("roeselare_knelpunt", "roeselare_partner_invitation"),
                 kortrijk("knelpunt", "roeselare_partner_invitation"))),
    "partner:coordinator_note": Access(kortrijk("knelpunt"), get=POST_ONLY, post=only(COORDINATOR),
                                       data=lambda w: {"analysis": "Een analyse."},
                                       foreign=(kortrijk("roeselare_knelpunt"),)),
    # events: the organiser
    "events:manage_list": Access(slug, get=only(COORDINATOR)),
    "events:create": Access(slug, get=only(COORDINATOR), post=only(COORDINATOR), data=event_form),
    **{f"events:{name}": Access(kortrijk("event"), get=only(COORDINATOR), post=post, data=data,
                                foreign=(kortrijk("roeselare_event"),))
       for name, post, data in [
           ("manage_detail", None, None),
           ("edit", only(COORDINATOR), event_form),
           ("invite", only(COORDINATOR), lambda w: {"people": [w.people[READER].pk], "send": "1"}),
           ("print", None, None),
       ]},
    **{f"events:{name}": Access(kortrijk("event"), get=POST_ONLY, post=only(COORDINATOR), data=data,
                                foreign=(kortrijk("roeselare_event"),))
       for name, data in [
           ("cancel", lambda w: {"message": "Afgelast.", "confirm": "on"}),
           ("attendance", lambda w: {"attended": [w.people[GIVER].pk]}),
       ]},
    # an event's invitations and attendance as CSV or Excel: a POST (audited), for its organisers
    **{f"casework:event_{what}_{kind}": Access(kortrijk("event"), get=POST_ONLY, post=only(COORDINATOR),
                                               foreign=(kortrijk("roeselare_event"),))
       for what in ("invitations", "attendance") for kind in ("csv", "xlsx")},
    "events:outcome": Access(kortrijk("event", "agenda_item"), get=POST_ONLY, post=only(COORDINATOR),
                             data=lambda w: {f"item{w.agenda_item.pk}-outcome": "Afgesproken."},
                             foreign=(kortrijk("roeselare_event", "roeselare_item"),
                                      kortrijk("event", "roeselare_item"))),
    # events: the invited
    "events:mine": Access(get=ANY_SIGNED_IN),
    "events:calendar": Access(get=ANY_SIGNED_IN),
    "events:regenerate_token": Access(get=POST_ONLY, post=ANY_SIGNED_IN),
    "events:event": Access(pk("event"), get=only(GIVER, COORDINATOR), foreign=(pk("roeselare_event"),),
                           foreign_ok=(OTHER_COORDINATOR,)),
    "events:event_ics": Access(pk("event"), get=only(GIVER, COORDINATOR), foreign=(pk("roeselare_event"),),
                               foreign_ok=(OTHER_COORDINATOR,)),
    "events:register": Access(pk("event"), get=POST_ONLY, post=only(GIVER, COORDINATOR),
                              foreign=(pk("roeselare_event"),), foreign_ok=(OTHER_COORDINATOR,)),
    "events:decline": Access(pk("event"), get=POST_ONLY, post=only(GIVER, COORDINATOR),
                             foreign=(pk("roeselare_event"),), foreign_ok=(OTHER_COORDINATOR,)),
    "events:feed": Access(lambda w: (w.feed.token,), get=EVERYONE, foreign=(lambda w: ("verkeerd-token-0123",),)),
    "events:public": Access(slug, get=EVERYONE, foreign=(lambda w: (w.roeselare.slug,),)),
    # signalenrapporten: coordinators compose them and ask for the PDF, readers read and download; a knelpunt's fiche
    "reports:list": Access(slug, get=only(*READS), post=only(COORDINATOR),
                           data=lambda w: {"title": "Nieuw rapport", "periode": "dit-jaar"}),
    "reports:report": Access(kortrijk("report"), get=only(*READS), post=only(COORDINATOR),
                             data=lambda w: {"title": "Overgenomen", "periode": "dit-jaar",
                                             "knelpunten": [w.knelpunt.pk], "version": w.report.version},
                             foreign=(kortrijk("roeselare_report"),)),
    **{f"reports:{name}": Access(kortrijk("report"), get=only(*READS), foreign=(kortrijk("roeselare_report"),))
       for name in ("preview", "status", "download")},
    "reports:render": Access(kortrijk("report"), get=POST_ONLY, post=only(COORDINATOR),
                             foreign=(kortrijk("roeselare_report"),)),
    "reports:delete": Access(kortrijk("report"), get=only(COORDINATOR), post=only(COORDINATOR),
                             foreign=(kortrijk("roeselare_report"),)),
    "reports:fiche": Access(kortrijk("knelpunt"), get=only(*READS), foreign=(kortrijk("roeselare_knelpunt"),)),
    # the public pages of results (a municipality that switched its public page on; Flanders)
    "pages:results": Access(slug, get=EVERYONE, foreign=(lambda w: (w.roeselare.slug,),)),
    "pages:results_flanders": Access(get=EVERYONE),
    # region and Flanders
    "region:index": Access(get=only(*SCOPE_MEMBERS)),
    "region:overview": (Access(scope("zuidwest"), get=only(*REGION), foreign=(scope("gent_region"),)),
                        Access(scope("flanders"), get=only(FLANDERS_COORDINATOR))),
    "region:escalated": (
        Access(scope("zuidwest", "escalated"), get=only(*REGION),
               foreign=(scope("zuidwest", "roeselare_knelpunt"), scope("zuidwest", "to_flanders"))),
        Access(scope("flanders", "to_flanders"), get=only(FLANDERS_COORDINATOR),
               foreign=(scope("flanders", "escalated"), scope("gent_region", "escalated")))),
    "region:bundle": (
        Access(scope("zuidwest"), get=only(REGION_COORDINATOR), post=only(REGION_COORDINATOR),
               data=lambda w: {"knelpunten": [w.escalated.pk], "title": "Bundel"}, foreign=(scope("gent_region"),)),
        Access(scope("flanders"), get=only(FLANDERS_COORDINATOR), post=only(FLANDERS_COORDINATOR),
               data=lambda w: {"knelpunten": [w.to_flanders_unbundled.pk], "title": "Bundel"})),
    "region:numbers": (Access(scope("zuidwest"), get=only(*REGION), foreign=(scope("gent_region"),)),
                       Access(scope("flanders"), get=only(FLANDERS_COORDINATOR))),
    "region:regional_list": (Access(scope("zuidwest"), get=only(*REGION), foreign=(scope("gent_region"),)),
                             Access(scope("flanders"), get=only(FLANDERS_COORDINATOR))),
    "region:regional": (
        Access(scope("zuidwest", "regional"), get=only(*REGION), foreign=(scope("zuidwest", "flemish"),)),
        Access(scope("flanders", "flemish"), get=only(FLANDERS_COORDINATOR), foreign=(scope("flanders", "regional"),))),
    **{f"region:{name}": (
        Access(scope("zuidwest", "regional"), get=POST_ONLY, post=only(REGION_COORDINATOR), data=data("regional"),
               foreign=(scope("zuidwest", "flemish"), scope("gent_region", "regional"))),
        Access(scope("flanders", "flemish"), get=POST_ONLY, post=only(FLANDERS_COORDINATOR), data=data("flemish"),
               foreign=(scope("flanders", "regional"),)))
       for name, data in [
           ("regional_stage", lambda attr: stage_form(attr)),
           ("regional_feedback", lambda attr: lambda w: FEEDBACK),
           ("regional_add", lambda attr: lambda w: {"knelpunten": [
               (w.escalated if attr == "regional" else w.to_flanders_unbundled).pk]}),
       ]},
}

# --- who may read what ------------------------------------------------------------------------------------------
# Who may read each text of the world (conftest.TEXTS, and the giver's name and e-mail address): nobody else ever
# reads it on any page the matrix opens, whatever the status code (docs/security.md's "who is trusted with what",
# as data).
MAY_READ = {
    "giver identity": (GIVER, COORDINATOR),  # who gave a signal: the giver and the municipality's coordinators
    "signal": (GIVER, COORDINATOR, READER),
    "linked": (GIVER, COORDINATOR, READER, PARTNER),  # the partner reads the signals of the knelpunt she is on
    "second": (COORDINATOR, READER),
    "joined": (COORDINATOR, READER),  # who joined a knelpunt reads its messages, never its signals
    "escalated": (COORDINATOR, READER, *REGION),
    "bundled": (COORDINATOR, READER, *REGION),
    "to_flanders": (COORDINATOR, READER, FLANDERS_COORDINATOR),
    "roeselare": (OTHER_COORDINATOR,),
    "internal_note": (COORDINATOR,),
    "analysis_note": (COORDINATOR, PARTNER),
}

# --- rules for whole parts of the URLconf ------------------------------------------------------------------------
# The Django admin (/beheer/…): the platform admin only; everybody else is sent to a login page or refused.
ADMIN_NAMESPACE = "admin"
ADMIN_RULE = {v: OK if v == ADMIN else LOGIN for v in VISITORS}
# allauth's account pages (/accounts/…): open to anonymous visitors (log in, sign up, reset a password); those that
# need an account send an anonymous visitor to the login page. Never an error, for anyone.
ALLAUTH_MODULE = "allauth"
