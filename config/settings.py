"""Settings for Career Compare, read from the environment.

Every variable is listed, with its default, in `.env.example`. With no environment at all the
site runs for local development only if DEBUG is on; production must set SECRET_KEY.
"""

import datetime
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from runtime.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=true for local development).")
    SECRET_KEY = "insecure-local-development-key-only"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# The public address of the site, used in emails and feeds where there is no request.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "Career Compare"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "config.apps.TagsConfig",  # django-taggit, named "Tags" in the admin
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
    "accounts",
    "core",
    "careers",
    "comparisons",
    "ratings",
    "newsletter",
    "article_requests",
    "search",
    "discovery",
    "demo",
    "ops",
]

MIDDLEWARE = [
    "runtime.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "runtime.nul_bytes.RefuseNulMiddleware",
    "runtime.security.ContentSecurityPolicyMiddleware",
    "runtime.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the page cache: a scheduled version due now is swapped in (and the live-content
    # generation bumped) before any cached page is looked up.
    "comparisons.middleware.ScheduledVersionsMiddleware",
    # Before session, CSRF and messages: a cached page skips them (runtime/page_cache.py).
    "runtime.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "runtime.outage.DatabaseUnavailableMiddleware",
    # Last, so that it turns a lockout raised during the login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# SQLite (WAL mode) is the embedded default; DATABASE_URL=postgres://... scales out.
DATABASES = {
    "default": env.db_url_config(
        env("DATABASE_URL", default="") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
# Keep connections between requests (opening one costs more than most of our queries).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# --- Cache ----------------------------------------------------------------------------------
# Shared cache for several web processes: REDIS_URL or CACHE_URL (redis://host:6379/0).
_cache_url = env("CACHE_URL", default="") or env("REDIS_URL", default="")
CACHES = {
    "default": env.cache_url_config(_cache_url)
    if _cache_url
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A Redis outage makes pages slower, never 500s (runtime/cache.py).
    CACHES["default"]["BACKEND"] = "runtime.cache.ResilientRedisCache"

# --- Public pages: the page cache and HTTP caching (README "Cached pages and forms") ---------
# Seconds a rendered page is kept for anonymous readers (0 = off). Publishing, taking down and
# role edits show at once; rating totals and newly sent newsletter issues lag at most this long.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=30)
# Cache-Control of public pages: browsers, then shared caches (CDN), then stale-while-revalidate.
PAGE_CACHE_MAX_AGE = env.int("PAGE_CACHE_MAX_AGE", default=30)
PAGE_CACHE_S_MAXAGE = env.int("PAGE_CACHE_S_MAXAGE", default=60)
PAGE_CACHE_STALE_WHILE_REVALIDATE = env.int("PAGE_CACHE_STALE_WHILE_REVALIDATE", default=30)
# X-Accel-Expires: how long nginx's micro-cache keeps a page (overrides s-maxage for nginx only).
PAGE_CACHE_PROXY_SECONDS = env.int("PAGE_CACHE_PROXY_SECONDS", default=5)

# --- Background tasks -----------------------------------------------------------------------
# The database backend needs a worker: `python manage.py db_worker`.
# Newsletter sends have their own queue so that a long send never holds up other emails.
TASKS = {
    "default": {
        "BACKEND": env("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default", "newsletter"],
    }
}

# A task worker (run_worker) that has not renewed its lease for this long is taken for dead and
# its task requeued by the scheduler (ops/recovery.py).
TASK_WORKER_LEASE_SECONDS = env.int("TASK_WORKER_LEASE_SECONDS", default=30)

# --- Email ----------------------------------------------------------------------------------
# EMAIL_URL=smtp+tls://user:password@smtp.example.com:587 ; the default prints to the console.
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Career Compare <tips@careercompare.test>")
SERVER_EMAIL = env("SERVER_EMAIL", default="") or DEFAULT_FROM_EMAIL
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=30)

# --- Newsletter -----------------------------------------------------------------------------
# Issues go out every other Tuesday from this first Tuesday, at this hour (site time zone).
NEWSLETTER_FIRST_TUESDAY = datetime.date.fromisoformat(
    env("NEWSLETTER_FIRST_TUESDAY", default="2025-01-07")
)
NEWSLETTER_SEND_HOUR = env.int("NEWSLETTER_SEND_HOUR", default=9)
NEWSLETTER_CONFIRM_DAYS = env.int("NEWSLETTER_CONFIRM_DAYS", default=3)
NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = env.int("NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR", default=5)
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=100)
NEWSLETTER_MAX_ATTEMPTS = env.int("NEWSLETTER_MAX_ATTEMPTS", default=3)
# A batch's claim on its deliveries lapses this long after its worker last renewed it (a dead
# worker's batch is taken over after about this long).
NEWSLETTER_CLAIM_LEASE_SECONDS = env.int("NEWSLETTER_CLAIM_LEASE_SECONDS", default=30)
# The mailbox behind the `mailto:` of List-Unsubscribe; defaults to DEFAULT_FROM_EMAIL's address.
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO", default="")
# Shown in every issue's footer, as anti-spam laws ask of commercial e-mail.
NEWSLETTER_POSTAL_ADDRESS = env("NEWSLETTER_POSTAL_ADDRESS", default="")
# How many reverse proxies append to X-Forwarded-For in front of the app (0: use the socket).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# /readyz answers 503 once the oldest queued task has waited this many seconds (0: never).
READYZ_MAX_QUEUE_AGE = env.int("READYZ_MAX_QUEUE_AGE", default=0)

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# Password reset links for staff (the admin's "Forgotten your password?") stay valid this long.
PASSWORD_RESET_TIMEOUT = env.int("PASSWORD_RESET_TIMEOUT_MINUTES", default=60) * 60
# Reset e-mails asked for from one address, and sent to one mailbox, per hour.
PASSWORD_RESETS_PER_HOUR = env.int("PASSWORD_RESETS_PER_HOUR", default=5)

# Login throttling (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one username
# from one address, that pair is locked out for LOGIN_LOCKOUT_MINUTES. Keyed on the pair, so
# an attacker elsewhere cannot lock an editor out; the address comes from core.client_ip, which
# honours TRUSTED_PROXY_COUNT. Editors unlock early under Access attempts in the admin.
AUTHENTICATION_BACKENDS = [
    "accounts.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("LOGIN_LOCKOUT_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_RESET_ON_SUCCESS = True
# The database handler: counts are shared by every web process without a shared cache.
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", default="America/New_York")
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files --------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Uploaded images: the limits an editor sees when an upload is refused.
MAX_IMAGE_UPLOAD_BYTES = env.int("MAX_IMAGE_UPLOAD_BYTES", default=8 * 1024 * 1024)
MAX_IMAGE_PIXELS = env.int("MAX_IMAGE_PIXELS", default=40_000_000)
HERO_RENDITION_WIDTHS = (480, 960, 1600)
# Narrower hero images are refused (they cannot fill a phone screen); narrower than the largest
# rendition width they are accepted with a warning that they will look soft on wide screens.
HERO_MIN_WIDTH = env.int("HERO_MIN_WIDTH", default=480)

# Messages ride in a cookie so that anonymous pages never touch the session table.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# --- Content rules --------------------------------------------------------------------------
# A role's salary figure older than this many years is flagged as stale in the admin.
SALARY_STALE_AFTER_YEARS = env.int("SALARY_STALE_AFTER_YEARS", default=4)
COMPARISONS_PER_PAGE = 12
# Editorial workflow: preview links expire after this many days; a published article is due
# for a re-check this many months after publishing.
PREVIEW_LINK_MAX_AGE_DAYS = env.int("PREVIEW_LINK_MAX_AGE_DAYS", default=7)
FRESHNESS_REVIEW_MONTHS = env.int("FRESHNESS_REVIEW_MONTHS", default=12)
# Only `make bench` turns this on: a trivial view to measure the framework's floor against.
BENCHMARK_FLOOR_VIEW = env.bool("BENCHMARK_FLOOR_VIEW", default=False)

# --- Ratings --------------------------------------------------------------------------------
# New ratings of one article allowed from one IP address (hashed) in 24 hours; 0 = no limit.
RATINGS_PER_IP_PER_DAY = env.int("RATINGS_PER_IP_PER_DAY", default=10)
# An article needs this many ratings before it can appear in the home page's top-rated list.
RATINGS_TOP_MIN_COUNT = env.int("RATINGS_TOP_MIN_COUNT", default=5)
# Mixed into the keyed hash of readers' IP addresses (SECRET_KEY is the key).
RATINGS_IP_SALT = env("RATINGS_IP_SALT", default="")
RATINGS_COOKIE_SECURE = env.bool("RATINGS_COOKIE_SECURE", default=not DEBUG)

# --- Readers' requests for comparisons -----------------------------------------------------
# New requests (any pair) allowed from one IP address (hashed) in 24 hours; 0 = no limit.
ARTICLE_REQUESTS_PER_IP_PER_DAY = env.int("ARTICLE_REQUESTS_PER_IP_PER_DAY", default=10)

# --- Security (production defaults; DEBUG relaxes them for local work) ----------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe over plain HTTP and treat a redirect as unhealthy.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
# Preloading is hard to undo, so it is the operator's explicit choice (W021 silenced below).
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = env.list("SILENCED_SYSTEM_CHECKS", default=["security.W021"])
CSRF_COOKIE_HTTPONLY = True  # no script of ours reads it: forms carry the token
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"


def _origin(url: str) -> list[str]:
    """The origin of an absolute STATIC_URL/MEDIA_URL (a CDN), for the policy; else none."""
    parts = url.split("/")
    return [f"{parts[0]}//{parts[2]}"] if url.startswith(("https://", "http://")) else []


# Content-Security-Policy (django-csp). Public pages: nothing inline, nothing from elsewhere,
# no nonces (the pages are cached and shared). JSON-LD blocks are data, which script-src does
# not govern. Media and static files may live on a CDN (an absolute MEDIA_URL/STATIC_URL).
_ASSETS = ["'self'", *_origin(STATIC_URL), *_origin(MEDIA_URL)]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": _ASSETS,
        "style-src": _ASSETS,
        "img-src": _ASSETS,
        "font-src": _ASSETS,
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
    }
}
# The admin (Django 5.2's admin has no inline script or style): the same, except that the
# newsletter issue page frames its own e-mail preview (frame-src 'self'). That preview alone
# allows inline styles and framing by the admin (newsletter.admin.IssueAdmin.preview_view).
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-src": ["'self'"]}
}
# Browser features no page uses, switched off for every page (Permissions-Policy).
PERMISSIONS_POLICY_DENY = [
    "accelerometer",
    "autoplay",
    "camera",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "publickey-credentials-get",
    "screen-wake-lock",
    "usb",
    "xr-spatial-tracking",
    "browsing-topics",
]

# --- Logging: one line per event on stderr, collected by the process manager ----------------
# UTC timestamps with offset, tracebacks folded into the line, the request id on web lines;
# LOG_FORMAT=json writes one JSON object per line instead (runtime/logging.py).
LOGGING = logging_config(
    log_format=env("LOG_FORMAT", default="line"), level=env("LOG_LEVEL", default="INFO")
)
