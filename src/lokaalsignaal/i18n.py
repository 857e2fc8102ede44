"""Dutch first: the interface is Dutch unless the person chose English with the language switcher.

Django's LocaleMiddleware would follow the browser's Accept-Language header, so a Flemish worker on an English
browser would get English. Here the language cookie (set by the switcher, or by her profile) decides; without one,
the language of her account, which signing in puts in the session (`SESSION_KEY`, set by `accounts.signals`), so
her choice follows her to another browser.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import trans_real

SESSION_KEY = "lokaalsignaal_language"


class DutchFirstLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES) and hasattr(request, "session"):
            language = request.session.get(SESSION_KEY)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


REMEMBERED = 20_000  # messages kept per language: the product has about 2,000; a text passed in as a message is not


def remember_translations() -> None:
    """Each language's translations remember what they looked up (issue 17).

    Django's `gettext` looks a message up in each of the eight catalogs in turn, twice when it is not found (the
    source language, Dutch, has no catalog of its own): about 5 µs a message, and a knelpunt's page asks about 235
    (form labels, choices, `{% translate %}`). The catalogs of a language do not change while the process runs
    (a new language object is made when translations are reloaded, and it starts with nothing remembered), so each
    answer is kept on the language object, for that language only. Plural forms (`ngettext`) are looked up as before.
    """
    if getattr(trans_real.DjangoTranslation.gettext, "remembers", False):
        return
    looked_up = trans_real.DjangoTranslation.gettext

    def gettext(self, message):
        remembered = self.__dict__.get("_remembered")
        if remembered is None:
            remembered = self.__dict__["_remembered"] = {}
        found = remembered.get(message)
        if found is None:
            found = looked_up(self, message)
            if len(remembered) < REMEMBERED:
                remembered[message] = found
        return found

    gettext.remembers, gettext.looked_up = True, looked_up
    trans_real.DjangoTranslation.gettext = gettext
