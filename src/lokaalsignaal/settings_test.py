"""Settings for the test suite: the production settings with fast hashing and in-memory e-mail."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-secret-key-" + "x" * 50)
os.environ.setdefault("DJANGO_SECURE", "0")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
# The lexical engine in the suite (fast); tests of the embedding model switch it on themselves.
os.environ.setdefault("LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS", "0")
os.environ.setdefault("LOKAALSIGNAAL_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")

from .settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
ACCOUNT_RATE_LIMITS = False
LOKAALSIGNAAL_RATE_LIMITS = {}  # tests of a limit switch it on themselves
AXES_ENABLED = os.environ.get("AXES_ENABLED", "0") == "1"
LOGGING["root"]["level"] = "WARNING"  # noqa: F405

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A real file (not shared-cache memory), so parallel transactions behave as in production: WAL + busy timeout.
    import tempfile

    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(tempfile.gettempdir(), f"lokaalsignaal_test_{os.getpid()}.sqlite3")
    }
