"""Django's database sessions, with the session read by a query built once per process (`kept_queries`): every
signed-in request reads its session first, and building that small query cost more Python than running it."""

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.utils import timezone

from lokaalsignaal.kept_queries import KeptQuery

_SESSION = KeptQuery(lambda key, now: Session.objects.filter(session_key=key, expire_date__gt=now)[:1])


class SessionStore(db.SessionStore):
    def _get_session_from_db(self):
        """As Django's: the session when it exists and has not expired; otherwise forget the key."""
        found = _SESSION(key=self.session_key, now=timezone.now()) if self.session_key else []
        if found:
            return found[0]
        self._session_key = None
        return None
