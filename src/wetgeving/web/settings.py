"""Django settings, all from the environment.

- ``DATABASE_URL`` (e.g. ``postgres://user:pw@host/db``): PostgreSQL; unset: SQLite in WAL mode, one file —
  ``WETGEVING_REGISTER``, else ``wetgeving.sqlite3`` in the user data dir (``WETGEVING_DATA`` overrides the
  folder). The CLI's ``register`` and ``checklist`` use the same database (one store).
- ``WETGEVING_SECRET_KEY``: required for ``serve --production`` (the default key is refused there).
- ``WETGEVING_DEBUG=1``: debug pages; off unless asked for.
- ``WETGEVING_ALLOWED_HOSTS``: comma-separated host names (default: localhost only).
- ``WETGEVING_HTTPS=1``: secure cookies, redirect to HTTPS, HSTS (``WETGEVING_HSTS_SECONDS``, default 3600);
  ``WETGEVING_PROXY=1`` when TLS ends at a reverse proxy that sets ``X-Forwarded-Proto``.
- ``WETGEVING_PROXY_COUNT``: the number of reverse proxies in front that append the address they received from
  to ``X-Forwarded-For`` (default 0: the login lockout counts ``REMOTE_ADDR``; behind a proxy that would be the
  proxy's address, so one attacker would lock out everybody).
"""

from __future__ import annotations

import os
from typing import Any

import dj_database_url

from wetgeving.compliance.register import data_dir, default_path
from wetgeving.errors import UsageError

DEFAULT_SECRET_KEY = "wetgeving-ontwikkelsleutel-niet-voor-productie"  # noqa: S105 (refused by serve --production)
SECRET_KEY = os.environ.get("WETGEVING_SECRET_KEY") or DEFAULT_SECRET_KEY
DEBUG = os.environ.get("WETGEVING_DEBUG", "") == "1"
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("WETGEVING_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",")
                 if h.strip()]
# the sources the catalogue looks in (wetgeving.web.dienst.katalogus builds it once from these)
WETGEVING_SOURCES = os.environ.get("WETGEVING_SOURCES", "")
WETGEVING_CACHE = os.environ.get("WETGEVING_CACHE", "")
# the list of gemeenten (CBS «Gemeenten alfabetisch», CSV or XLSX); empty: the example list in the corpus
WETGEVING_GEMEENTEN = os.environ.get("WETGEVING_GEMEENTEN", "")
DATA_DIR = data_dir(os.environ)
UPLOAD_DIR = DATA_DIR / "bewijs"  # evidence files by SHA-256; never served by URL, only through a checked view

INSTALLED_APPS = [
    "django.contrib.admin",  # /beheer/, staff only (wetgeving.web.admin)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "csp",
    "wetgeving.web",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "wetgeving.web.htmx_antwoord.AanmeldenVoorHtmx",  # an expired session: the login page whole, not in a row
    "wetgeving.web.htmx_antwoord.FoutpaginaVoorHtmx",  # 403/404/405/500: the whole Dutch page, not nothing
    "axes.middleware.AxesMiddleware",
    "wetgeving.web.methode.NietToegestaan",  # a Dutch page for an empty 405 answer
]
ROOT_URLCONF = "wetgeving.web.urls"
WSGI_APPLICATION = "wetgeving.web.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
        "wetgeving.web.toegang.menu",
    ]},
}]


def _seconden(naam: str, standaard: str, eenheid: str = "seconden") -> int:
    """A whole number (of seconds) from the environment, or a Dutch error (never a traceback)."""
    ruw = os.environ.get(naam, standaard).strip()
    if not ruw.isdigit():
        raise UsageError(f"{naam}={ruw!r} is geen geheel aantal {eenheid}", hint=f"zet {naam} op bijvoorbeeld {standaard}")
    return int(ruw)


def _database(url: str) -> dict[str, Any]:
    """``DATABASE_URL`` read by dj-database-url, or a Dutch error that does not repeat the URL (it holds a
    password). An SQLite database in memory is refused: each command would start an empty one and lose what it
    recorded."""
    hint = ("schrijf postgres://gebruiker:wachtwoord@server:5432/database (tekens als @ : / in het wachtwoord "
            "procent-gecodeerd), of laat DATABASE_URL leeg voor het SQLite-bestand")
    try:
        db = dict(dj_database_url.parse(url, conn_max_age=60))
    except ValueError as exc:  # UnknownSchemeError, ParseError
        scheme = url.partition(":")[0]
        wat = f"het schema {scheme!r} is onbekend" if isinstance(exc, dj_database_url.UnknownSchemeError) \
            else "het adres is onleesbaar"
        raise UsageError(f"DATABASE_URL is geen databaseadres: {wat}", hint=hint) from None
    if str(db.get("ENGINE", "")).endswith("sqlite3") and db.get("NAME") in ("", ":memory:"):
        raise UsageError("DATABASE_URL wijst een database in het geheugen aan: wat een opdracht vastlegt, is weg "
                         "zodra zij eindigt", hint="noem een bestand (sqlite:////pad/naar/wetgeving.sqlite3) of een "
                         "databaseserver (postgres://…)")
    opties = db.get("OPTIONS")
    service = isinstance(opties, dict) and bool(opties.get("service"))
    if not str(db.get("ENGINE", "")).endswith("sqlite3") and not db.get("NAME") and not service:
        # helper-105: Django's English «settings.DATABASES is improperly configured», with a traceback
        raise UsageError("DATABASE_URL noemt geen database (na de server: /database)", hint=hint)
    return db


if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": _database(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(default_path(os.environ)),
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": 20,  # seconds a writer waits for another (busy timeout)
            "transaction_mode": "IMMEDIATE",
        },
    }}

AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

AXES_FAILURE_LIMIT = 5  # failed logins per user name and address, then locked for an hour
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/geblokkeerd.html"
# behind N reverse proxies that each append to X-Forwarded-For, the client is the N-th address from the right;
# 0 (the default): REMOTE_ADDR only, and a header a client sends is never believed (web/adres.py)
WETGEVING_PROXY_COUNT = _seconden("WETGEVING_PROXY_COUNT", "0", "proxy's")
AXES_CLIENT_IP_CALLABLE = "wetgeving.web.adres.client_ip"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if os.environ.get("WETGEVING_HTTPS") == "1":  # served over HTTPS only (production)
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = _seconden("WETGEVING_HSTS_SECONDS", "3600")
    if os.environ.get("WETGEVING_PROXY") == "1":  # TLS ends at a reverse proxy that sets X-Forwarded-Proto
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("WETGEVING_STATIC_ROOT") or None  # collectstatic target, optional
WHITENOISE_USE_FINDERS = True  # serve straight from the package; no collectstatic needed for `wetgeving serve`
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
BEWIJS_MAX_BYTES = 10 * 1024 * 1024
# a whole upload request (two files of 16 MB to compare, and the form): larger is refused unread (web/grens.py)
UPLOAD_MAX_REQUEST_BYTES = 34 * 1024 * 1024
FILE_UPLOAD_HANDLERS = ["wetgeving.web.grens.Begrensd", "django.core.files.uploadhandler.MemoryFileUploadHandler",
                        "django.core.files.uploadhandler.TemporaryFileUploadHandler"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"zonder_traceback": {"()": "wetgeving.web.logboek.ZonderTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"},
                 "kort": {"class": "logging.StreamHandler", "filters": ["zonder_traceback"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    # a refused request (403, 404) is an answer, not a fault: Django logged each 403 with its traceback, burying real
    # errors (helper-112); errors (500) are still logged in full
    # a request with a foreign Host header gets the Dutch 400 page; Django logged it with a traceback at ERROR, so any
    # client could fill the log (helper-179): one line at WARNING is enough
    "loggers": {"django.request": {"level": "ERROR"},
                "django.security.DisallowedHost": {"handlers": ["kort"], "level": "WARNING", "propagate": False}},
}
