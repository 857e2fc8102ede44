"""A withdrawn signal that still sits in a knelpunt (linked before `link` refused it) is not counted: the knelpunt's
signal count, which the region's tables print, is the number of signals its readers see listed."""

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake.models import Signal, SignalStatus

pytestmark = pytest.mark.django_db


def test_the_count_leaves_out_a_withdrawn_signal_left_in_the_knelpunt(make_signal, make_knelpunt,
                                                                     kortrijk_coordinator):
    knelpunt = make_knelpunt("Wachttijden budgetbegeleiding")
    left = make_signal(title="Ingetrokken, maar nog gekoppeld")
    Signal.objects.filter(pk=left.pk).update(knelpunt=knelpunt, status=SignalStatus.WITHDRAWN)  # the old hole
    casework.link(kortrijk_coordinator, [make_signal(title="Nog een signaal").pk], knelpunt.pk)

    knelpunt.refresh_from_db()
    assert knelpunt.signal_count == 1 == knelpunt.signals.exclude(status=SignalStatus.WITHDRAWN).count()
