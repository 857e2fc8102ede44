"""The situation of the partner tests: Kortrijk's knelpunt with Sofie's signal (texts, tried, idea), an internal
note and a coordinator's analysis note, and a verified partner organisation whose verified people have no role in
Kortrijk."""

from dataclasses import dataclass

from django.utils import timezone

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.partners import services as partners
from tests.factories import OrganisationFactory, UserFactory

KNELPUNT = "Wachttijden budgetbegeleiding in de regio"
SUMMARY = "Gezinnen wachten te lang op budgetbegeleiding."
SIGNAL_TITLE = "Maanden wachten op budgetbegeleiding"
DESCRIPTION = "Veel gezinnen in schuldnood wachten maanden op een eerste gesprek."
TRIED = "We verwezen door naar het OCMW van de buurgemeente."
IDEA = "Een gezamenlijke wachtlijst voor de hele eerstelijnszone."
INTERNAL = "Interne nota: bellen met de directeur van het OCMW."
ANALYSIS = "Analyse van de gemeente: de wachttijd verdubbelde sinds vorig jaar."


@dataclass
class Situation:
    signal: object
    knelpunt: object
    organisation: object  # the partner organisation
    partner: object  # a person of that organisation (no role in Kortrijk)
    colleague: object  # another person of that organisation


def shared_knelpunt(make_signal, make_knelpunt, coordinator, invite="organisation") -> Situation:
    signal = make_signal(title=SIGNAL_TITLE, description=DESCRIPTION, tried=TRIED, idea=IDEA)
    knelpunt = make_knelpunt(KNELPUNT, signals=[signal], summary=SUMMARY)
    casework.add_note(coordinator, knelpunt.pk, INTERNAL)
    partners.add_analysis_note(coordinator, knelpunt.pk, ANALYSIS)
    organisation = OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True)
    partner = verified_member(organisation, full_name="Pieter Partner", email="pieter@welzijnsoverleg.be")
    colleague = verified_member(organisation, full_name="Collega Partner", email="collega@welzijnsoverleg.be")
    if invite == "organisation":
        partners.invite_partner(coordinator, knelpunt.pk, organisation=organisation)
    elif invite == "user":
        partners.invite_partner(coordinator, knelpunt.pk, user=partner)
    knelpunt.refresh_from_db()
    return Situation(signal, knelpunt, organisation, partner, colleague)


def verified_member(organisation, **user_fields):
    """A person of whom it was verified that they work at `organisation` (an organisation's invitation reaches
    only such people, and only of a verified organisation)."""
    return UserFactory(organisation=organisation, organisation_verified_at=timezone.now(), **user_fields)


def giver_identity(giver) -> list[str]:
    return [giver.full_name, giver.email, giver.organisation.name]
