"""Decisions: what the college, the gemeenteraad, the raad voor maatschappelijk welzijn, an overleg or a partner
decided about a knelpunt — by whom, when, what, an optional budget and a link to the published decision; several per
knelpunt. Recording one (``services.record_decision``, a coordinator of the knelpunt's municipality) also tells the
givers of its signals and the people who joined it, as a message of the knelpunt in their story ("Beslissing van de
gemeenteraad op 12 maart 2027: …"), and is announced (``DecisionRecorded``). The knelpunt page lists them
(``pages.workspace``)."""
