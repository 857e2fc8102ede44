"""Knelpunt stages and the one table of allowed transitions (`ALLOWED`: from a stage to the stages it may go to).

"In uitvoering" only follows a beleidsvoorstel, "afgerond" only follows "in uitvoering" or an escalation solved higher
up; a closed knelpunt (afgerond, niet weerhouden) can only be reopened, to "in analyse"; an escalated one is returned
(to "in analyse") or solved higher up."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    NEW = "new", _("Nieuw")
    ANALYSIS = "analysis", _("In analyse")
    AGENDA = "agenda", _("Geagendeerd")
    PROPOSAL = "proposal", _("Beleidsvoorstel")
    EXECUTION = "execution", _("In uitvoering")
    DONE = "done", _("Afgerond")
    ESCALATED = "escalated", _("Opgeschaald")
    NOT_RETAINED = "not_retained", _("Niet weerhouden")


ALLOWED: dict[str, frozenset[str]] = {
    Stage.NEW: frozenset({Stage.ANALYSIS, Stage.AGENDA, Stage.ESCALATED, Stage.NOT_RETAINED}),
    Stage.ANALYSIS: frozenset({Stage.AGENDA, Stage.PROPOSAL, Stage.ESCALATED, Stage.NOT_RETAINED}),
    Stage.AGENDA: frozenset({Stage.ANALYSIS, Stage.PROPOSAL, Stage.ESCALATED, Stage.NOT_RETAINED}),
    Stage.PROPOSAL: frozenset({Stage.AGENDA, Stage.EXECUTION, Stage.ESCALATED, Stage.NOT_RETAINED}),
    Stage.EXECUTION: frozenset({Stage.PROPOSAL, Stage.DONE}),
    Stage.ESCALATED: frozenset({Stage.ANALYSIS, Stage.DONE}),  # returned · solved higher up
    Stage.DONE: frozenset({Stage.ANALYSIS}),  # reopened
    Stage.NOT_RETAINED: frozenset({Stage.ANALYSIS}),  # reopened
}

CLOSED = frozenset({Stage.DONE, Stage.NOT_RETAINED})
OPEN = frozenset(Stage.values) - CLOSED

# How the giver reads each stage (plain Dutch, B1)
GIVER_TEXT = {
    Stage.NEW: _("De gemeente heeft een knelpunt gemaakt met jouw signaal erin."),
    Stage.ANALYSIS: _("De gemeente zoekt uit wat er precies aan de hand is."),
    Stage.AGENDA: _("Het knelpunt staat op de agenda van een overleg."),
    Stage.PROPOSAL: _("Er wordt een voorstel voor het beleid gemaakt."),
    Stage.EXECUTION: _("Er wordt een oplossing uitgevoerd."),
    Stage.DONE: _("Het knelpunt is afgerond."),
    Stage.ESCALATED: _("Het knelpunt is doorgegeven aan een hoger niveau."),
    Stage.NOT_RETAINED: _("De gemeente werkt niet verder aan dit knelpunt."),
}


class TransitionNotAllowed(Exception):
    def __init__(self, from_stage, to_stage):
        super().__init__(f"{from_stage} -> {to_stage}")
        self.from_stage, self.to_stage = from_stage, to_stage


def check_transition(from_stage: str, to_stage: str) -> None:
    if to_stage not in ALLOWED.get(from_stage, frozenset()):
        raise TransitionNotAllowed(from_stage, to_stage)


_NEXT = {stage: [s for s in Stage.values if s in ALLOWED[stage]] for stage in ALLOWED}  # in the stages' order


def next_stages(from_stage: str) -> list[str]:
    return list(_NEXT.get(from_stage, ()))
