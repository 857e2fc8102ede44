"""With JavaScript the giver sees similar knelpunten while she types (the live fragment). The fragment says for
which text they were shown (`similar_checked`); sending that very text saves it without asking the similarity index
again, while a text changed since is looked up as before (without JavaScript too). Giving a signal leaves the
embedding of its text to the task worker (`similarity.tasks.index_signal`): the giver does not wait for it."""

import re
from types import SimpleNamespace

import pytest

from lokaalsignaal.similarity import tasks as similarity_tasks
from lokaalsignaal.similarity import views as similarity_views
from lokaalsignaal.similarity.models import SignalVector

pytestmark = pytest.mark.django_db

DRAFT = {"title": "Huurwaarborg onbetaalbaar", "description": "Jongeren die alleen gaan wonen kunnen de "
                                                            "huurwaarborg niet betalen."}


@pytest.fixture
def form_data(kortrijk, theme):
    return {**DRAFT, "municipalities": [kortrijk.pk], "signal_type": "drempel", "themes": [theme.pk]}


@pytest.fixture
def looked_up(monkeypatch):
    asked = []
    real = similarity_views.giver_context
    monkeypatch.setattr(similarity_views, "giver_context", lambda *a: asked.append(1) or real(*a))
    return asked


def _shown_for(client, data) -> str:
    html = client.post("/g/kortrijk/signaal-geven/vergelijkbaar/", data, HTTP_HX_REQUEST="true").content.decode()
    return re.search(r'name="similar_checked" value="([0-9a-f]{32})"', html).group(1)


def test_the_text_the_suggestions_were_shown_for_is_saved_without_a_second_lookup(giver, login, client, form_data,
                                                                                  looked_up):
    login(giver)
    checked = _shown_for(client, form_data)
    assert looked_up == [1]
    sent = client.post("/g/kortrijk/signaal-geven/", {**form_data, "similar_checked": checked})
    assert sent.status_code == 302 and "/mijn/signalen/verstuurd/" in sent.url and looked_up == [1]


def test_a_text_changed_after_the_suggestions_were_shown_is_looked_up_again(giver, login, client, form_data,
                                                                           looked_up):
    login(giver)
    checked = _shown_for(client, form_data)
    changed = {**form_data, "description": form_data["description"] + " Ook oudere huurders.",
               "similar_checked": checked}
    sent = client.post("/g/kortrijk/signaal-geven/", changed)
    assert sent.status_code == 302 and looked_up == [1, 1]


def test_without_javascript_the_give_looks_them_up_and_the_form_remembers_for_which_text(giver, login, client,
                                                                                         form_data, looked_up):
    login(giver)
    shown = client.post("/g/kortrijk/signaal-geven/", {**form_data, "signal_type": ""})  # not valid: shown again
    assert shown.status_code == 200 and looked_up == [1]
    checked = re.search(r'name="similar_checked" value="([0-9a-f]{32})"', shown.content.decode()).group(1)
    sent = client.post("/g/kortrijk/signaal-geven/", {**form_data, "similar_checked": checked})
    assert sent.status_code == 302 and looked_up == [1]


def test_the_signals_text_is_encoded_by_the_task_worker_after_commit(giver, login, client, form_data, committed,
                                                                    monkeypatch):
    queued = []
    worker = SimpleNamespace(index_signal=SimpleNamespace(enqueue=queued.append))  # the queue, not the worker
    monkeypatch.setattr("lokaalsignaal.subscriptions.similarity_tasks", worker)
    login(giver)
    with committed():
        sent = client.post("/g/kortrijk/signaal-geven/", {**form_data, "similar_seen": "1"})
    assert sent.status_code == 302
    from lokaalsignaal.intake.models import Signal

    signal = Signal.objects.get(title=DRAFT["title"])
    assert queued == [signal.pk] and not SignalVector.objects.filter(signal=signal).exists()
    similarity_tasks.index_signal.call(signal.pk)  # what the worker runs
    assert SignalVector.objects.filter(signal=signal).exists()
    similarity_tasks.index_signal.call(10**9)  # a signal removed before the worker came to it: nothing to do


def test_the_suggestions_search_the_signals_once_and_again_when_the_index_changed(giver, kortrijk, make_signal,
                                                                                  kortrijk_coordinator, monkeypatch,
                                                                                  indexed):
    """The live fragment's similar knelpunten and its theme suggestions ask the same search of the municipality's
    signals: it runs once, and again as soon as a signal joined the index."""
    from django.http import QueryDict

    from lokaalsignaal.intake import triage
    from lokaalsignaal.similarity import services
    from lokaalsignaal.similarity.engine import SimilarityEngine

    read = make_signal(title="Huurwaarborg te hoog voor jongeren", description="De waarborg is onbetaalbaar.")
    triage.mark_read(kortrijk_coordinator, [read.pk])  # a confirmed signal: the theme suggestions search too
    indexed()
    searched = []
    real = SimilarityEngine.search_encoded
    monkeypatch.setattr(SimilarityEngine, "search_encoded",
                        lambda self, *a, **kw: searched.append(1) or real(self, *a, **kw))
    draft = QueryDict(mutable=True)
    draft.update(DRAFT)
    first = similarity_views.giver_context(giver, kortrijk, draft)
    assert len(searched) == 1 and first["similar"].signals
    services.index_signal(make_signal(title="Nog een huurwaarborg", description="Ook hier is de waarborg te hoog."))
    similarity_views.giver_context(giver, kortrijk, draft)
    assert len(searched) == 2
