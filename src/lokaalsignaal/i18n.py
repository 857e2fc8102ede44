"""Dutch first: the interface is Dutch unless the person chose English with the language switcher.

Django's LocaleMiddleware would follow the browser's Accept-Language header, so a Flemish worker on an English
browser would get English. Here only the language cookie (set by the switcher) changes the language.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class DutchFirstLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
