"""Whole public pages for anonymous readers: HTTP caching headers, a validator, and a page cache.

Views marked with `@public_page` render the same bytes for every anonymous reader (no cookie,
no CSRF token, no per-reader text). For those, `PageCacheMiddleware`

- keeps the rendered page in the configured cache (Redis in production, so every process
  shares it) under the URL and the live-content generation (core.live): publishing, taking
  down or editing a role bumps the generation, so the next request renders afresh everywhere.
  Entries also expire after PAGE_CACHE_SECONDS, which bounds what changes without a bump
  (rating totals, a newsletter issue finishing its send);
- adds `Cache-Control: public, max-age, s-maxage, stale-while-revalidate` for browsers, CDNs
  and nginx's micro-cache (`X-Accel-Expires` caps nginx's copy), and an `ETag` made of the
  generation and a hash of the page, and answers 304 to a matching `If-None-Match`.

Requests with a session cookie (logged-in staff) always get a freshly rendered, private page.
A response that sets a cookie or varies on a header is never stored nor marked public: it would
mean a template started using the session, a CSRF token or messages.

Place the middleware after SecurityMiddleware and WhiteNoise and before SessionMiddleware:
middleware below it is skipped on a hit, and their headers are kept with the stored page.
"""

import hashlib
import logging
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags

from core import live

logger = logging.getLogger(__name__)

CACHE_ALIAS = "default"
MAX_URL_LENGTH = 512  # longer addresses are rendered, never stored: no one-off keys in Redis
SAFE_METHODS = ("GET", "HEAD")
# Set per request by other layers (the proxy, a request-id middleware): never replayed.
NOT_STORED_HEADERS = {"date", "x-request-id", "set-cookie"}


def public_page(view):
    """Mark `view` as a page that is the same for every anonymous reader (see module doc)."""

    @wraps(view)
    def page(request, *args, **kwargs):
        return view(request, *args, **kwargs)

    page.public_page = True
    return page


def _is_public(request) -> bool:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return False
    return getattr(match.func, "public_page", False)


def _cache_control(response) -> None:
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE,
        s_maxage=settings.PAGE_CACHE_S_MAXAGE,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
    )
    # nginx reads this before Cache-Control and hides it from clients: its micro-cache keeps
    # a page only seconds, so what editors publish shows through it almost at once.
    response["X-Accel-Expires"] = str(settings.PAGE_CACHE_PROXY_SECONDS)


def _shareable(response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Vary")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def _not_modified(request, etag: str) -> bool:
    wanted = parse_etags(request.headers.get("If-None-Match", ""))
    bare = etag.removeprefix("W/")
    return "*" in wanted or any(tag.removeprefix("W/") == bare for tag in wanted)


def _answer(request, response):
    etag = response.get("ETag")
    if etag and _not_modified(request, etag):
        not_modified = HttpResponseNotModified()
        for header in ("ETag", "Cache-Control", "X-Accel-Expires"):
            if response.has_header(header):
                not_modified[header] = response[header]
        return not_modified
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in SAFE_METHODS or not _is_public(request):
            return self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            response = self.get_response(request)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        try:
            url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers 400

        try:
            generation = live.generation_for(request)
        except DatabaseError:
            # No generation, no safe key: the view meets the same error, and whatever handles
            # a database outage answers for it.
            return self.get_response(request)
        key = f"page:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"
        use_cache = settings.PAGE_CACHE_SECONDS > 0 and len(url) <= MAX_URL_LENGTH
        entry = self._get(key) if use_cache else None
        if entry is not None:
            return _answer(request, self._rebuild(entry))

        response = self.get_response(request)
        if not _shareable(response):
            if response.status_code == 200:
                logger.warning("Public page %s is not cacheable (cookie, Vary or private)", url)
            return response
        _cache_control(response)
        digest = hashlib.sha256(response.content).hexdigest()[:16]
        response["ETag"] = f'"g{generation}-{digest}"'
        if use_cache and request.method == "GET":
            headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED_HEADERS]
            self._set(key, (response.status_code, headers, response.content))
        return _answer(request, response)

    @staticmethod
    def _rebuild(entry):
        status, headers, body = entry
        response = HttpResponse(body, status=status)
        for name, value in headers:
            response[name] = value
        return response

    # A cache that fails (Redis down or slow) costs a render, never an error page.
    @staticmethod
    def _get(key):
        try:
            return caches[CACHE_ALIAS].get(key)
        except Exception as error:  # any backend's error: redis, memcached, a full disk…
            logger.warning("Page cache unavailable, rendering instead: %r", error)
            return None

    @staticmethod
    def _set(key, entry):
        try:
            caches[CACHE_ALIAS].set(key, entry, settings.PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("Page cache unavailable, page not stored: %r", error)
