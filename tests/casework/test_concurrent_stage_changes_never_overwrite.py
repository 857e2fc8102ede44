"""Two coordinators change the same knelpunt at the same moment: exactly one wins, the other is told."""

import threading

import pytest
from django.db import close_old_connections

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from tests.factories import coordinator


@pytest.mark.django_db(transaction=True)
def test_parallel_stage_changes_with_the_same_version_let_only_one_through(municipality):
    first, second = coordinator(municipality), coordinator(municipality)
    knelpunt = services.create_knelpunt(first, municipality, {"title": "Energiearmoede in huurwoningen"})
    version = knelpunt.version
    outcomes, barrier = [], threading.Barrier(2)

    def attempt(user, to):
        barrier.wait()
        try:
            services.change_stage(user, knelpunt.pk, to, "Nieuwe stap voor dit knelpunt.", version)
            outcomes.append("ok")
        except services.StaleEdit:
            outcomes.append("stale")
        except Exception as error:  # a database lock timeout would be a failure of the design
            outcomes.append(type(error).__name__)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=attempt, args=(first, Stage.ANALYSIS)),
               threading.Thread(target=attempt, args=(second, Stage.AGENDA))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["ok", "stale"]
    assert StageChange.objects.filter(knelpunt_id=knelpunt.pk).count() == 1
    assert Knelpunt.objects.get(pk=knelpunt.pk).version == version + 1
