"""Each language's translations remember what they looked up (`i18n.remember_translations`, run at start-up): the
same answers as Django's own lookup, in the language of the moment, without searching the catalogs again."""

from django.utils import translation
from django.utils.translation import gettext, trans_real

from lokaalsignaal import i18n


def test_the_answers_are_djangos_own_in_each_language():
    looked_up = trans_real.DjangoTranslation.gettext.looked_up
    for language in ("nl", "en"):
        with translation.override(language):
            active = trans_real.translation(language)
            messages = [m for m in trans_real.translation("en")._catalog.keys() if isinstance(m, str) and m][:400]
            for message in [*messages, "Geen vertaling voor deze zin", "Toon signalen"]:
                assert gettext(message) == looked_up(active, message)
    with translation.override("en"):
        assert gettext("Toon signalen") == "Show signals"
    with translation.override("nl"):
        assert gettext("Toon signalen") == "Toon signalen"


class _CountingCatalog:
    def __init__(self, catalog):
        self.catalog, self.asked = catalog, []

    def get(self, key, default=None):
        self.asked.append(key)
        return self.catalog.get(key, default)

    def __getattr__(self, name):
        return getattr(self.catalog, name)


def test_a_message_is_searched_once_per_language(monkeypatch):
    english = trans_real.translation("en")
    monkeypatch.setitem(english.__dict__, "_remembered", {})
    catalog = _CountingCatalog(english._catalog)
    monkeypatch.setattr(english, "_catalog", catalog)
    with translation.override("en"):
        assert [gettext("Toon signalen") for _ in range(3)] == ["Show signals"] * 3
    assert catalog.asked == ["Toon signalen"]


def test_what_is_remembered_is_bounded(monkeypatch):
    monkeypatch.setattr(i18n, "REMEMBERED", 5)
    english = trans_real.translation("en")
    english.__dict__["_remembered"] = {}
    with translation.override("en"):
        for i in range(20):
            gettext(f"Een tekst die als bericht werd doorgegeven {i}")
    assert len(english.__dict__["_remembered"]) == 5
    english.__dict__.pop("_remembered")
