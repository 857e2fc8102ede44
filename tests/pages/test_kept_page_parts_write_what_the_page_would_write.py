"""Parts of the coordinator's pages nobody has typed in yet (the inbox's filters and bulk bar, a knelpunt's stage,
message, decision, note and analysis forms) are kept per process (`fragments`, `{% kept_fragment %}`): what they
write is what the template writes, with this request's CSRF token, and it changes as soon as anything it shows does."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from lokaalsignaal import fragments
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.pages.templatetags.kept_fragments import KeptFragmentNode
from lokaalsignaal.reference.models import Theme
from tests.factories import coordinator

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def _page_parts() -> list[tuple]:
    """The keys of the kept parts of pages' bodies (the signed-in menu of the frame is kept too: `site_menu`)."""
    return [key for key in fragments._parts if key[0] != "site_menu"]


def _get(client, url, **query) -> str:
    response = client.get(url, query)
    assert response.status_code == 200
    return response.content.decode()


def _written_by_the_template(client, url, monkeypatch, **query) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(KeptFragmentNode, "render", lambda self, context: self.nodelist.render(context))
        return _get(client, url, **query)


def _inbox(kortrijk):
    return reverse("casework:inbox", args=[kortrijk.slug])


def _knelpunt(municipality, knelpunt):
    return reverse("casework:knelpunt", args=[municipality.slug, knelpunt.pk])


@pytest.fixture
def coordinator_client(client, login, kortrijk_coordinator):
    fragments.forget()
    return login(kortrijk_coordinator)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("query", [{}, {"status": "all", "sort": "oldest"}, {"kies": "alle"},
                                   {"date_from": "2026-13-40"}])
def test_the_kept_inbox_writes_what_its_template_writes(coordinator_client, kortrijk, make_signal, make_knelpunt,
                                                        monkeypatch, language, query):
    make_knelpunt("Wachtlijsten", signals=[make_signal()])
    make_signal(title="Nog niet gekoppeld")
    coordinator_client.cookies["django_language"] = language
    first, kept = (_get(coordinator_client, _inbox(kortrijk), **query) for _ in range(2))
    reference = _written_by_the_template(coordinator_client, _inbox(kortrijk), monkeypatch, **query)
    assert any(key[0] == "inbox_filters" for key in fragments._parts)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)
    assert ("Toon signalen" if language == "nl" else "Show signals") in kept


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_kept_knelpunt_page_writes_what_its_template_writes(coordinator_client, kortrijk, make_signal,
                                                                make_knelpunt, monkeypatch, language):
    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    coordinator_client.cookies["django_language"] = language
    first, kept = (_get(coordinator_client, _knelpunt(kortrijk, knelpunt)) for _ in range(2))
    reference = _written_by_the_template(coordinator_client, _knelpunt(kortrijk, knelpunt), monkeypatch)
    assert {key[0] for key in _page_parts()} == {"stage", "feedback", "decision", "note", "analysis",
                                                    "priority_parts", "priority_form", "summary"}
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)


def test_a_knelpunt_page_whose_parts_are_kept_makes_none_of_its_empty_forms(coordinator_client, kortrijk,
                                                                            make_signal, make_knelpunt, monkeypatch):
    from lokaalsignaal.casework.decisions.forms import DecisionForm
    from lokaalsignaal.casework.knelpunten.forms import FeedbackForm, NoteForm
    from lokaalsignaal.casework.partners.forms import AnalysisNoteForm

    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    made = []
    for form_class in (NoteForm, FeedbackForm, DecisionForm, AnalysisNoteForm):
        made_by = form_class.__init__
        monkeypatch.setattr(form_class, "__init__", lambda self, *a, made_by=made_by, **k: (
            made.append(type(self).__name__), made_by(self, *a, **k))[1])
    first = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert sorted(made) == ["AnalysisNoteForm", "DecisionForm", "FeedbackForm", "NoteForm"]  # written once
    made.clear()
    kept = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert made == [] and TOKEN.sub("", kept) == TOKEN.sub("", first)
    with_errors = coordinator_client.post(reverse("casework:add_note", args=[kortrijk.slug, knelpunt.pk]),
                                          {"note": ""}).content.decode()
    assert "Schrijf een nota." in with_errors and '<details class="more action-card" open>' in with_errors


def test_only_a_form_whose_forms_are_all_alike_is_made_when_its_part_is_written():
    from django import forms
    from django.core.exceptions import ImproperlyConfigured
    from django.utils import timezone

    from lokaalsignaal.reference.models import Theme as ThemeModel

    class Listing(forms.Form):
        theme = forms.ModelChoiceField(queryset=ThemeModel.objects.all())

    class Dated(forms.Form):
        day = forms.DateField(initial=timezone.localdate)

    class Growing(forms.Form):
        text = forms.CharField()

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["extra"] = forms.CharField()

    for form_class in (Listing, Dated):
        with pytest.raises(ImproperlyConfigured):
            fragments.Unbound(form_class)
    growing = fragments.Unbound(Growing)
    assert growing.errors == {} and growing._form is None  # read without making it
    with pytest.raises(ImproperlyConfigured):
        growing.key()

    class Plain(forms.Form):
        text = forms.CharField(label="Tekst")

    from django.utils.html import conditional_escape

    assert conditional_escape(fragments.Unbound(Plain)) == conditional_escape(Plain())  # `{{ form }}` as HTML
    assert fragments.Unbound(Plain).key() == fragments.form_key(Plain())


def test_a_new_trekker_and_a_next_stage_show_in_the_kept_summary(coordinator_client, kortrijk, kortrijk_coordinator,
                                                                 make_signal, make_knelpunt, monkeypatch):
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    before = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert "Kies een trekker" in before
    Knelpunt.objects.filter(pk=knelpunt.pk).update(owner=kortrijk_coordinator, summary="Wat we zien.")
    after = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert "Kies een trekker" not in after and "<dd>Coördinator Kortrijk</dd>" in after
    assert "Zet het knelpunt in een volgende fase" in after
    assert TOKEN.sub("", after) == TOKEN.sub("", _written_by_the_template(coordinator_client,
                                                                         _knelpunt(kortrijk, knelpunt), monkeypatch))


def test_a_priority_set_by_hand_changes_the_kept_priority_panel(coordinator_client, kortrijk, make_signal,
                                                                make_knelpunt, monkeypatch):
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    before = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert "Prioriteit manueel instellen" in before and "Terug naar berekende prioriteit" not in before
    Knelpunt.objects.filter(pk=knelpunt.pk).update(priority_override=88, priority_reason="Raadsbesluit", severity=5)
    after = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    assert "Manuele prioriteit aanpassen" in after and "Terug naar berekende prioriteit" in after
    reference = _written_by_the_template(coordinator_client, _knelpunt(kortrijk, knelpunt), monkeypatch)
    assert TOKEN.sub("", after) == TOKEN.sub("", reference)  # the table of parts too (the severity moved it)


def test_a_kept_form_carries_this_requests_csrf_token_and_posts(kortrijk, kortrijk_coordinator, make_signal,
                                                                make_knelpunt):
    fragments.forget()
    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(kortrijk_coordinator, backend="django.contrib.auth.backends.ModelBackend")
    _get(browser, _knelpunt(kortrijk, knelpunt))  # written and kept
    page = _get(browser, _knelpunt(kortrijk, knelpunt))  # from the kept copy
    assert fragments.TOKEN_STAND_IN not in page
    token = TOKEN.findall(page)[0].split('value="')[1].rstrip('"')
    answer = browser.post(reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk]), {
        "csrfmiddlewaretoken": token, "to_stage": Stage.ANALYSIS, "version": knelpunt.version,
        "message": "We onderzoeken de wachttijden met de partners."})
    assert answer.status_code == 302
    knelpunt.refresh_from_db()
    assert knelpunt.stage == Stage.ANALYSIS


def test_a_knelpunt_that_moved_on_gets_its_new_stage_form(coordinator_client, kortrijk, kortrijk_coordinator,
                                                          make_signal, make_knelpunt):
    from lokaalsignaal.casework.knelpunten import services

    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    before = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    services.change_stage(kortrijk_coordinator, knelpunt.pk, Stage.ANALYSIS, "We kijken het na.", knelpunt.version)
    knelpunt.refresh_from_db()
    after = _get(coordinator_client, _knelpunt(kortrijk, knelpunt))
    version = 'name="version" value="{}"'
    assert version.format(knelpunt.version - 1) in before and version.format(knelpunt.version) in after
    assert f'<option value="{Stage.ANALYSIS}">' in before and f'<option value="{Stage.ANALYSIS}">' not in after


def test_a_theme_switched_off_leaves_the_kept_filters_at_once(coordinator_client, kortrijk, make_signal):
    make_signal()
    theme = Theme.objects.filter(active=True).first()
    option = f'<option value="{theme.pk}">{theme.name}</option>'
    assert option in _get(coordinator_client, _inbox(kortrijk))
    Theme.objects.filter(pk=theme.pk).update(active=False)  # no model signal: the key reads the table itself
    assert option not in _get(coordinator_client, _inbox(kortrijk))
    Theme.objects.filter(pk=theme.pk).update(active=True, name="Hernoemd thema")
    assert f'<option value="{theme.pk}">Hernoemd thema</option>' in _get(coordinator_client, _inbox(kortrijk))


def test_a_new_open_knelpunt_joins_the_kept_bulk_bar(coordinator_client, kortrijk, make_signal, make_knelpunt):
    make_signal()
    assert "Nieuw voor de lijst" not in _get(coordinator_client, _inbox(kortrijk))
    knelpunt = make_knelpunt("Nieuw voor de lijst")
    assert f'<option value="{knelpunt.pk}">#{knelpunt.pk} Nieuw voor de lijst</option>' in _get(
        coordinator_client, _inbox(kortrijk))


def test_a_form_someone_typed_in_is_written_for_her_alone_and_never_kept(coordinator_client, kortrijk,
                                                                         make_signal, make_knelpunt):
    knelpunt = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    typed = "Alleen voor deze aanvraag getypt"
    answer = coordinator_client.post(reverse("casework:change_stage", args=[kortrijk.slug, knelpunt.pk]), {
        "to_stage": Stage.ANALYSIS, "version": knelpunt.version, "message": "", "remark": typed})
    assert answer.status_code == 200 and typed in answer.content.decode()  # what she typed is kept for her
    assert "stage" not in {key[0] for key in _page_parts()}
    assert not any(typed in html for html in fragments._parts.values())
    assert typed not in _get(coordinator_client, _knelpunt(kortrijk, knelpunt))


def test_each_municipality_gets_forms_that_post_to_its_own_knelpunt(coordinator_client, client, login, kortrijk,
                                                                     roeselare, make_signal, make_knelpunt):
    ours = make_knelpunt("Wachtlijsten", signals=[make_signal()])
    theirs_by = coordinator(roeselare, full_name="Coördinator Roeselare")
    theirs = make_knelpunt("Wachtlijsten", by=theirs_by, municipality=roeselare)
    _get(coordinator_client, _knelpunt(kortrijk, ours))
    page = _get(login(theirs_by), _knelpunt(roeselare, theirs))
    assert reverse("casework:change_stage", args=[roeselare.slug, theirs.pk]) in page
    assert f"/{kortrijk.slug}/" not in page


def test_the_kept_parts_of_a_process_are_bounded():
    fragments.forget()
    for i in range(fragments.MAX_PARTS + 10):
        assert fragments.kept(("part", i), lambda i=i: f"<p>{i}</p>", lambda: "") == f"<p>{i}</p>"
    assert len(fragments._parts) == fragments.MAX_PARTS
    assert ("part", 0) not in fragments._parts and ("part", fragments.MAX_PARTS + 9) in fragments._parts
    fragments.kept(("large",), lambda: "x" * (fragments.MAX_LENGTH + 1), lambda: "")
    assert ("large",) not in fragments._parts
    for i in range(fragments.MAX_TOTAL // fragments.MAX_LENGTH + 2):  # large parts: the characters are bounded too
        fragments.kept(("large", i), lambda: "x" * fragments.MAX_LENGTH, lambda: "")
    assert sum(map(len, fragments._parts.values())) == fragments._total <= fragments.MAX_TOTAL
    assert ("large", 0) not in fragments._parts


def test_a_label_or_hint_a_form_sets_for_itself_changes_its_key():
    from django import forms
    from django.utils import translation

    class Asked(forms.Form):
        name = forms.CharField(label="Naam", help_text="Zoals op je kaart")

    declared = fragments.form_key(Asked())
    assert fragments.form_key(Asked()) == declared  # the class's own label and hint: keyed by the class
    relabelled, hinted = Asked(), Asked()
    relabelled.fields["name"].label = "Voornaam"
    hinted.fields["name"].help_text = "Zoals op je identiteitskaart"
    assert len({declared, fragments.form_key(relabelled), fragments.form_key(hinted)}) == 3
    assert "Voornaam" in repr(fragments.form_key(relabelled))
    with translation.override("en"):  # a declared label in another language: the key's language tells them apart
        assert fragments.key_of("part", [Asked()]) != translation.override("nl")(
            lambda: fragments.key_of("part", [Asked()]))()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("query", [{}, {"stage": Stage.NEW, "sort": "oldest"}])
def test_the_kept_knelpunten_filters_write_what_the_template_writes(coordinator_client, kortrijk, make_knelpunt,
                                                                    monkeypatch, language, query):
    make_knelpunt("Wachtlijsten")
    url = reverse("casework:knelpunten", args=[kortrijk.slug])
    coordinator_client.cookies["django_language"] = language
    first, kept = (_get(coordinator_client, url, **query) for _ in range(2))
    assert ("knelpunt_filters", language) == _page_parts()[0][:2]
    reference = _written_by_the_template(coordinator_client, url, monkeypatch, **query)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)


def test_the_kept_overview_writes_what_its_template_writes_and_its_top_stays_current(coordinator_client, kortrijk,
                                                                                     make_signal, make_knelpunt,
                                                                                     monkeypatch):
    make_knelpunt("Wachtlijsten", signals=[make_signal()])
    url = reverse("casework:overview", args=[kortrijk.slug])
    first, kept = (_get(coordinator_client, url) for _ in range(2))
    assert [key[0] for key in _page_parts()] == ["period_form", "overview"]
    reference = _written_by_the_template(coordinator_client, url, monkeypatch)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)
    make_knelpunt("Nieuw bovenaan")  # the numbers stay kept five minutes; the knelpunten at the top are read now
    assert "Nieuw bovenaan" in _get(coordinator_client, url)


@pytest.mark.parametrize("query", [{"periode": "jaar", "jaar": "2025"}, {"periode": "van-tot", "van": "2026-02-30"}])
def test_the_kept_period_chooser_writes_what_its_template_writes(coordinator_client, kortrijk, monkeypatch, query):
    url = reverse("casework:overview", args=[kortrijk.slug])
    first, kept = (_get(coordinator_client, url, **query) for _ in range(2))
    reference = _written_by_the_template(coordinator_client, url, monkeypatch, **query)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)
    assert TOKEN.sub("", reference) != TOKEN.sub("", _written_by_the_template(coordinator_client, url, monkeypatch))


def test_a_reader_of_the_overview_gets_no_links_a_coordinator_got(coordinator_client, client, login, kortrijk,
                                                                  make_signal):
    from lokaalsignaal.tenancy.models import Role
    from tests.factories import member

    signal = make_signal()
    url = reverse("casework:overview", args=[kortrijk.slug])
    link = reverse("casework:signal", args=[kortrijk.slug, signal.pk])
    assert link in _get(coordinator_client, url)  # waiting longest for an answer, with a link to triage it
    assert signal.reference in (page := _get(login(member(kortrijk, role=Role.READER)), url)) and link not in page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_kept_give_form_writes_what_its_template_writes(client, login, giver, kortrijk, monkeypatch, language):
    url = reverse("intake:give", args=[kortrijk.slug])
    browser = login(giver)
    browser.cookies["django_language"] = language
    first, kept = (_get(browser, url) for _ in range(2))
    assert [key[0] for key in _page_parts()] == ["give"]
    reference = _written_by_the_template(browser, url, monkeypatch)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)


def test_a_give_form_sent_back_with_what_she_typed_is_never_kept(client, login, giver, kortrijk, theme):
    url = reverse("intake:give", args=[kortrijk.slug])
    browser = login(giver)
    _get(browser, url)
    typed = "Een beschrijving die alleen zij typte"
    answer = browser.post(url, {"municipalities": [kortrijk.pk], "signal_type": "", "title": "Een titel",
                                "description": typed, "themes": [theme.pk]})
    assert answer.status_code == 200 and typed in answer.content.decode()
    assert [key[0] for key in _page_parts()] == ["give"]  # only the empty form of the first visit
    assert not any(typed in html for html in fragments._parts.values())


@pytest.mark.parametrize(("name", "search"), [("casework:inbox", "q"), ("casework:knelpunten", "zoek")])
def test_a_search_someone_typed_is_never_kept(coordinator_client, kortrijk, make_signal, name, search):
    make_signal()
    url = reverse(name, args=[kortrijk.slug])
    typed = "Janssens Veldstraat"
    assert typed in _get(coordinator_client, url, **{search: typed})  # her filter shows what she searched
    assert not any(typed in html or typed in repr(key) for key, html in fragments._parts.items())
    _get(coordinator_client, url)  # the same panel without a search is kept
    assert _page_parts()


@pytest.mark.parametrize("query", [{}, {"toon": "vraag"}])
def test_the_kept_filters_of_her_signals_write_what_the_template_writes(client, login, giver, make_signal,
                                                                        monkeypatch, query):
    make_signal()
    browser, url = login(giver), reverse("intake:mine")
    first, kept = (_get(browser, url, **query) for _ in range(2))
    assert [key[0] for key in _page_parts()] == ["my_filters"]
    reference = _written_by_the_template(browser, url, monkeypatch, **query)
    assert TOKEN.sub("", first) == TOKEN.sub("", kept) == TOKEN.sub("", reference)


def test_what_she_searched_in_her_signals_is_never_kept(client, login, giver, make_signal):
    make_signal()
    browser, typed = login(giver), "budgetbegeleiding"
    assert 'value="budgetbegeleiding"' in _get(browser, reverse("intake:mine"), zoek=typed)
    assert not any(typed in html or typed in repr(key) for key, html in fragments._parts.items())
