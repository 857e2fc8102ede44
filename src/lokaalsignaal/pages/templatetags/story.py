"""The giver's story on the signal page and the derived status in lists, without touching the signal views
(`pages.giver.signal_views`)."""

from django import template

from lokaalsignaal.intake.forms import AnswerForm, StillSeenForm
from lokaalsignaal.pages.giver.story import giver_stage, status_of, story_for, with_knelpunten

register = template.Library()


@register.simple_tag
def signal_story(signal):
    """{% signal_story signal as story %}: the story, the open question, the outcome (two queries)."""
    return story_for(signal)


@register.filter
def giver_status(signal):
    """The plain-Dutch status of a signal (select or prefetch `knelpunt` first in lists)."""
    return status_of(signal)


@register.filter
def stage_for_giver(knelpunt):
    """The stage of a knelpunt as givers read it ("Afgerond door <regio>" once the region closed it); select
    `story.ABOVE` with the knelpunt in lists."""
    return giver_stage(knelpunt)


@register.simple_tag
def signals_with_knelpunten(signals):
    """{% signals_with_knelpunten page as signals %}: the page's signals with their knelpunt, in one query."""
    return with_knelpunten(signals)


@register.simple_tag
def answer_form():
    return AnswerForm()


@register.simple_tag
def still_seen_form():
    return StillSeenForm()
