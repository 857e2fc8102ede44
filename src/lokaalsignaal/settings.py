"""One settings module, driven by environment variables (12-factor).

Production is the default: DEBUG is off, cookies are secure, HSTS is on, and a secret key must be given.
`make run` sets DJANGO_DEBUG=1 and LOKAALSIGNAAL_DEMO=1 for a local demo over plain http.
"""

import os
from pathlib import Path

# One thread per process for numpy's BLAS and OpenMP (read once, when numpy loads, so before it is imported): a web
# or task process is one of several on the machine; a second thread per process halves no request's time but
# doubles the CPU a similarity lookup burns when the machine is busy (giving a signal: 176 -> 88 ms of CPU).
for _threads in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")

import dj_database_url  # noqa: E402
from csp.constants import NONE, SELF  # noqa: E402
from django.core.exceptions import ImproperlyConfigured  # noqa: E402

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
DEMO_MODE = env_bool("LOKAALSIGNAAL_DEMO")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG or DEMO_MODE:
        SECRET_KEY = "insecure-demo-key-only-for-local-use-never-in-production-0123456789"
    else:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG or DEMO_MODE else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("LOKAALSIGNAAL_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "lokaalsignaal.accounts",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "csp",
    "django_htmx",
    "template_partials",
    "django_tasks",
    "django_tasks_db",
    "lokaalsignaal.tenancy",
    "lokaalsignaal.reference",
    "lokaalsignaal.audit",
    "lokaalsignaal.mail",
    "lokaalsignaal.operations",
    "lokaalsignaal.guard",
    "lokaalsignaal.intake",
    "lokaalsignaal.casework",
    "lokaalsignaal.notifications",
    "lokaalsignaal.similarity",
    "lokaalsignaal.events",
    "lokaalsignaal.insights",
    "lokaalsignaal.pages",
    "lokaalsignaal.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lokaalsignaal.i18n.DutchFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lokaalsignaal.accounts.middleware.RequireTwoFactorMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lokaalsignaal.urls"
WSGI_APPLICATION = "lokaalsignaal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lokaalsignaal.pages.menu.menu",
            ],
            "builtins": ["lokaalsignaal.form_markers"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{PROJECT_DIR / 'var' / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA secure_delete=ON;"
        ),
        "transaction_mode": "IMMEDIATE",
    }


def postgresql_options(environ) -> dict:
    """Parameters bound by the server and a statement prepared once it has been asked twice on a connection: planning
    the same few dozen queries again on every request was most of PostgreSQL's work (docs/performance.md).
    DATABASE_PREPARE=0 turns it off (a pooler in transaction mode, such as PgBouncer before 1.21, cannot keep them)."""
    if environ.get("DATABASE_PREPARE", "1").strip() == "0":
        return {}
    return {"server_side_binding": True, "prepare_threshold": 2}


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(postgresql_options(os.environ))  # with the URL's (sslmode)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache shared by every app process and server: allauth's rate limits (login, TOTP attempts) and its used TOTP
# codes, and our per-user rate limits (lokaalsignaal.ratelimit) must hold across processes. The database by default
# (no extra server; the guard app's migration creates the table); Redis when REDIS_URL is set (Django's own
# RedisCache, `pip install .[redis]`). See docs/deploy.md.
LOKAALSIGNAAL_CACHE_TABLE = "lokaalsignaal_cache"


def cache_settings(environ) -> dict:
    redis_url = environ.get("REDIS_URL", "").strip()
    if redis_url:
        return {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url,
                            "KEY_PREFIX": "lokaalsignaal"}}
    # MAX_ENTRIES: well above the live keys (a few per active user); expired rows are removed when it is reached
    return {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache",
                        "LOCATION": LOKAALSIGNAAL_CACHE_TABLE, "OPTIONS": {"MAX_ENTRIES": 20000}}}


CACHES = cache_settings(os.environ)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "pages:home"

# django-allauth: e-mail as login, mandatory verification, rate limits, TOTP + recovery codes
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "lokaalsignaal.accounts.forms.AccountRequestForm"
ACCOUNT_ADAPTER = "lokaalsignaal.accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Lokaal Signaal] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SESSION_REMEMBER = None
SESSION_ENGINE = "lokaalsignaal.accounts.sessions"  # database sessions, read by a kept query
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}
# The client's address behind the reverse proxy (docs/deploy.md): the X-Forwarded-For entry added by the outermost
# of DJANGO_TRUSTED_PROXY_COUNT proxies we run (1 behind one nginx when DJANGO_BEHIND_PROXY=1), or the header a
# proxy sets (DJANGO_CLIENT_IP_HEADER, e.g. X-Real-IP). Never trust more proxies than stand in front of the app:
# a client can write anything into X-Forwarded-For itself.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT",
                                                 "1" if env_bool("DJANGO_BEHIND_PROXY") else "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("DJANGO_CLIENT_IP_HEADER", "").strip() or None
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Lokaal Signaal"

# django-axes: lock out after repeated failures (per account + IP)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "login"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "pages/locked_out.html"
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_CLIENT_IP_CALLABLE = "lokaalsignaal.ratelimit.client_ip"  # the address allauth sees (trusted proxies above)

# Per-user limits on expensive endpoints ("count/period", comma-separated; lokaalsignaal.ratelimit), in CACHES
LOKAALSIGNAAL_RATE_LIMITS = {
    "guard.check": os.environ.get("LOKAALSIGNAAL_RATE_LIMIT_CHECK", "60/m"),
    "similarity.suggest": os.environ.get("LOKAALSIGNAAL_RATE_LIMIT_SUGGEST", "30/m"),
    "accounts.data_export": os.environ.get("LOKAALSIGNAAL_RATE_LIMIT_DATA_EXPORT", "5/h"),
    "accounts.remove": os.environ.get("LOKAALSIGNAAL_RATE_LIMIT_ACCOUNT_REMOVE", "10/h"),  # password tries
    "partners.invite_by_email": os.environ.get("LOKAALSIGNAAL_RATE_LIMIT_PARTNER_INVITE", "20/h,60/d"),
}

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]  # endonyms: each name in its own language
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = PROJECT_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Background tasks: database queue in production; immediate in demo mode and tests.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "LOKAALSIGNAAL_TASK_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend" if DEMO_MODE else "django_tasks_db.DatabaseBackend",
        )
    }
}

# E-mail
# Sent (or given-up) mail is forgotten after this many days (`manage.py purge_mail`, nightly; docs/privacy.md)
LOKAALSIGNAAL_MAIL_KEEP_DAYS = int(os.environ.get("LOKAALSIGNAAL_MAIL_KEEP_DAYS", "30"))
EMAIL_BACKEND = os.environ.get(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = os.environ.get("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("DJANGO_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("DJANGO_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "Lokaal Signaal <noreply@lokaalsignaal.be>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security headers; secure cookies and HSTS unless debugging locally over http
SECURE = not DEBUG and env_bool("DJANGO_SECURE", True)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = SECURE and env_bool("DJANGO_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("DJANGO_BEHIND_PROXY") else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # WeasyPrint tells every step of a PDF at INFO and every CSS property it skips at WARNING: only its errors
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "ERROR"},
                "weasyprint.progress": {"level": "ERROR"}},
}

# Invitations expire after this many days
INVITATION_VALID_DAYS = int(os.environ.get("LOKAALSIGNAAL_INVITATION_DAYS", "7"))

FORM_RENDERER = "lokaalsignaal.forms.Renderer"
