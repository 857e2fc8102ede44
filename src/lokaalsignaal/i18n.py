"""Dutch first: the interface is Dutch unless the person chose English with the language switcher.

Django's LocaleMiddleware would follow the browser's Accept-Language header, so a Flemish worker on an English
browser would get English. Here the language cookie (set by the switcher, or by her profile) decides; without one,
the language of her account, which signing in puts in the session (`SESSION_KEY`, set by `accounts.signals`), so
her choice follows her to another browser.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

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
