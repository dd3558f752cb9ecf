"""Fast, isolated settings for the test suite (DATABASE_URL still picks the database)."""

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("SECRET_KEY", "test-secret-key-not-for-production")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

from config.settings import *  # noqa: E402,F403

DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASKS["default"]["QUEUES"],  # noqa: F405
    }
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}


def _temporary_folder(kind: str) -> str:
    """A fresh folder for this test process, removed when the process that made it exits."""
    path = tempfile.mkdtemp(prefix=f"careercompare-test-{kind}-")
    owner = os.getpid()

    def remove():
        if os.getpid() == owner:  # not from a forked child that happens to exit normally
            shutil.rmtree(path, ignore_errors=True)

    atexit.register(remove)
    return path


MEDIA_ROOT = _temporary_folder("media")
STATIC_ROOT = _temporary_folder("static")
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
RATINGS_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
# Tests that check the page cache turn it on; elsewhere a GET always renders what is stored now.
PAGE_CACHE_SECONDS = 0
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not shared-cache memory: threads in the concurrency tests then wait for the
    # write lock (busy timeout) as web processes do, instead of failing with "table is locked".
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": os.path.join(_temporary_folder("db"), "test.sqlite3")
    }
