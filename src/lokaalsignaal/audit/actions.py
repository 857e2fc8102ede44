"""Every audit action, declared once: what it means in plain Dutch, and whether it pairs a giver with a signal.

A *private* action is a giver's own act on a signal or a knelpunt (giving, editing, withdrawing, answering, "ik zie
dit nog steeds", joining). Its row must never show who did it next to what it was about: the platform admin sees
it without actor, object or payload; the coordinators' audit page does not list it at all. An action that is not
declared here counts as private (fail closed); tests/audit/test_every_audit_action_is_declared.py makes sure every
`audit.record(...)` in the code is declared.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Action:
    label: str
    private: bool = False


def _private(label) -> Action:
    return Action(label, private=True)


ACTIONS: dict[str, Action] = {
    # accounts and roles
    "login.admin": Action(_("Aangemeld als platformbeheerder")),
    "login.coordinator": Action(_("Aangemeld als coördinator")),
    "account.signed_up": Action(_("Account gemaakt")),
    "account.email_added": Action(_("E-mailadres toegevoegd")),
    "account.email_primary_changed": Action(_("Ander e-mailadres als hoofdadres gekozen")),
    "account.email_removed": Action(_("E-mailadres verwijderd")),
    "account.removed": Action(_("Account verwijderd (signalen en berichten blijven, zonder naam)")),
    "accounts.data_exported": Action(_("Eigen gegevens gedownload")),
    "account.profile_changed": Action(_("Profiel gewijzigd (naam, functie, organisatie of taal)")),
    "membership.requested": Action(_("Lidmaatschap aangevraagd")),
    "membership.auto_approved": Action(_("Lidmaatschap automatisch goedgekeurd (vertrouwd e-maildomein)")),
    "membership.approved": Action(_("Aanvraag goedgekeurd")),
    "membership.refused": Action(_("Aanvraag geweigerd")),
    "membership.ended": Action(_("Rol beëindigd")),
    "membership.role_granted": Action(_("Rol gegeven via een uitnodiging")),
    "membership.admin_change": Action(_("Rol gegeven of gewijzigd door het platformbeheer")),
    "membership.admin_delete": Action(_("Rol verwijderd door het platformbeheer")),
    "scope_membership.admin_change": Action(_("Rol in een regio of Vlaanderen gegeven of gewijzigd door het "
                                              "platformbeheer")),
    "scope_membership.admin_delete": Action(_("Rol in een regio of Vlaanderen verwijderd door het platformbeheer")),
    "invitation.sent": Action(_("Uitnodiging voor een rol verstuurd")),
    "invitation.accepted": Action(_("Uitnodiging aanvaard")),
    "mfa.admin_removed": Action(_("Tweestapsverificatie verwijderd door het platformbeheer")),
    "notifications.preference_changed": Action(_("Keuze voor e-mails over meldingen gewijzigd")),
    "organisation.proposed": Action(_("Nieuwe organisatie opgegeven")),
    "organisation.verified": Action(_("Organisatie nagekeken")),
    "organisation.unverified": Action(_("Organisatie niet langer nagekeken")),
    "organisation.member_verified": Action(_("Nagekeken dat een lid bij haar organisatie werkt")),
    "municipality.settings_changed": Action(_("Instellingen gewijzigd")),
    "municipality.admin_change": Action(_("Instellingen gewijzigd door het platformbeheer")),
    # signals: the giver's own acts are private
    "signal.submitted": _private(_("Signaal gegeven")),
    "signal.edited": _private(_("Signaal aangepast door wie het gaf")),
    "signal.withdrawn": _private(_("Signaal ingetrokken")),
    "signal.commented": _private(_("Reactie bij een signaal")),
    "signal.answered": _private(_("Vraag over een signaal beantwoord")),
    "signal.still_seen": _private(_("‘Ik zie dit nog steeds’ bij een signaal")),
    "signal.received": Action(_("Signaal als ontvangen gemarkeerd")),
    "signal.question_asked": Action(_("Vraag gesteld over een signaal")),
    "signal.not_retained": Action(_("Signaal niet weerhouden")),
    "signal.linked": Action(_("Signaal gekoppeld aan een knelpunt")),
    "signal.unlinked": Action(_("Signaal losgekoppeld van een knelpunt")),
    "signals.exported": Action(_("Signalen geëxporteerd (CSV of Excel)")),
    "knelpunten.exported": Action(_("Knelpunten geëxporteerd (CSV of Excel)")),
    "report.created": Action(_("Signalenrapport gemaakt")),
    "report.changed": Action(_("Signalenrapport aangepast")),
    "report.rendered": Action(_("PDF van een signalenrapport gevraagd")),
    "report.deleted": Action(_("Signalenrapport verwijderd")),
    "audit.exported": Action(_("Auditlog gedownload (CSV)")),
    "signal.redacted": Action(_("Tekst verwijderd uit een signaal")),
    "signals.anonymised": Action(_("Bewaartermijn voorbij: signalen anoniem gemaakt (alleen het aantal)")),
    # knelpunten
    "knelpunt.joined": _private(_("Aangesloten bij een knelpunt (‘ik zie dit ook’)")),
    "knelpunt.created": Action(_("Knelpunt gemaakt")),
    "knelpunt.updated": Action(_("Knelpunt aangepast")),
    "knelpunt.stage_changed": Action(_("Fase van een knelpunt gewijzigd")),
    "knelpunt.feedback_sent": Action(_("Bericht over een knelpunt verstuurd")),
    "knelpunt.message_published": Action(_("Bericht over een knelpunt op de publieke pagina gezet")),
    "knelpunt.message_unpublished": Action(_("Bericht over een knelpunt van de publieke pagina gehaald")),
    "knelpunt.merged": Action(_("Knelpunten samengevoegd")),
    "knelpunt.trekker_left": Action(_("Trekker verliet het platform: knelpunt zonder trekker")),
    "knelpunt.note_added": Action(_("Nota bij een knelpunt geschreven")),
    "knelpunt.decision_recorded": Action(_("Beslissing over een knelpunt genoteerd")),
    "knelpunt.priority_overridden": Action(_("Prioriteit van een knelpunt aangepast")),
    "knelpunt.bundled": Action(_("Knelpunten gebundeld in een regionaal of Vlaams knelpunt")),
    "knelpunt.bundled_into": Action(_("Knelpunt gebundeld in een regionaal of Vlaams knelpunt")),
    "knelpunt.bundle_extended": Action(_("Knelpunten toegevoegd aan een regionaal of Vlaams knelpunt")),
    "knelpunt.message_flowed_down": Action(_("Bericht van de regio of Vlaanderen doorgegeven")),
    "partner.invited": Action(_("Partner uitgenodigd bij een knelpunt")),
    "partner.withdrawn": Action(_("Uitnodiging van een partner ingetrokken")),
    "partner.ended": Action(_("Partner heeft geen toegang meer: knelpunt afgesloten")),
    "partner.invitation_sent": Action(_("Partner zonder account uitgenodigd bij een knelpunt")),
    "partner.invitation_accepted": Action(_("Uitnodiging als partner aanvaard")),
    "partner.invitation_revoked": Action(_("Uitnodiging van een partner zonder account ingetrokken")),
    # events
    "event.created": Action(_("Evenement gemaakt")),
    "event.updated": Action(_("Evenement aangepast")),
    "event.cancelled": Action(_("Evenement geannuleerd")),
    "event.invitations_sent": Action(_("Uitnodigingen voor een evenement verstuurd")),
    "event.registered": Action(_("Ingeschreven voor een evenement")),
    "event.waiting": Action(_("Op de wachtlijst van een evenement gezet")),
    # private: a giver invited without her name (she hid it on a signal) may decline; her row would name her
    "event.declined": _private(_("Afgemeld voor een evenement")),
    "event.promoted": Action(_("Van de wachtlijst naar een vrije plaats")),
    "event.reminders_sent": Action(_("Herinneringen voor een evenement verstuurd")),
    "event.attendance_recorded": Action(_("Aanwezigheden genoteerd")),
    "event.outcome_recorded": Action(_("Resultaat van een agendapunt genoteerd")),
    "events.exported": Action(_("Uitnodigingen of aanwezigen van een evenement geëxporteerd (CSV of Excel)")),
    "calendar_feed.created": Action(_("Agendalink gemaakt")),
    "calendar_feed.regenerated": Action(_("Nieuwe agendalink gemaakt")),
}

# Rows written before the knelpunt got its one code name carry `bottleneck.*`; the log is append-only, so those
# rows keep their code and read with the same label and privacy as today's `knelpunt.*`.
ACTIONS.update({"bottleneck." + code.removeprefix("knelpunt."): action
                for code, action in list(ACTIONS.items()) if code.startswith("knelpunt.")})


def describe(code: str) -> Action:
    """The declared action; an undeclared one reads as its code and counts as private (fail closed)."""
    return ACTIONS.get(code) or Action(code, private=True)


def public_codes() -> list[str]:
    """The actions whose rows may show who did them (the coordinators' audit page lists only these)."""
    return sorted(code for code, action in ACTIONS.items() if not action.private)
