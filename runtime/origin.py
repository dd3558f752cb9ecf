"""Same-origin checks for the two public forms that cached pages carry (rating, sign-up).

A cached page is the same bytes for everyone, so it cannot hold a per-visitor CSRF token. The
forms that such pages carry are therefore exempt from Django's token check and protected by
this one instead: a POST is accepted only when the browser says it comes from one of our own
pages (`Origin`, or failing that `Referer`, is this site or one of CSRF_TRUSTED_ORIGINS).
Browsers always send one of the two on a form post or fetch, and a page on another site cannot
forge either. See README "Cached pages and forms".
"""

import logging
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import get_callable
from django.utils.http import is_same_domain
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger("django.security.csrf")


def _origin_of(url: str) -> str:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def _trusted(origin: str, request) -> bool:
    try:
        own = f"{request.scheme}://{request.get_host()}".lower()
    except DisallowedHost:
        return False
    if origin == own:
        return True
    scheme, _, netloc = origin.partition("://")
    for trusted in settings.CSRF_TRUSTED_ORIGINS:
        trusted = trusted.lower()
        if trusted == origin:
            return True
        # "https://*.example.com" trusts every subdomain, as in Django's own check.
        if "*" in trusted:
            t_scheme, _, t_netloc = trusted.partition("://")
            if t_scheme == scheme and is_same_domain(netloc, t_netloc.replace("*", "", 1)):
                return True
    return False


def refusal_reason(request) -> str | None:
    """Why this POST does not come from one of our pages, or None when it does."""
    origin = request.headers.get("Origin")
    if origin is not None:
        if origin == "null":
            return "Origin is null (a sandboxed or privacy-stripped page)"
        return None if _trusted(origin.lower(), request) else f"Origin {origin!r} is not ours"
    referer = request.headers.get("Referer")
    if not referer:
        return "neither Origin nor Referer was sent"
    source = _origin_of(referer)
    if source and _trusted(source, request):
        return None
    return "Referer is not one of our pages"


def same_origin_post(view):
    """Exempt `view` from the CSRF token and refuse POSTs that do not come from our pages.

    Like Django's own CSRF check, the test client's default requests are let through
    (`Client(enforce_csrf_checks=True)` tests the check).
    """

    @csrf_exempt
    @wraps(view)
    def checked(request, *args, **kwargs):
        if request.method == "POST" and not getattr(request, "_dont_enforce_csrf_checks", False):
            reason = refusal_reason(request)
            if reason:
                logger.warning("Forbidden (%s): %s", reason, request.path)
                return get_callable(settings.CSRF_FAILURE_VIEW)(request, reason=reason)
        return view(request, *args, **kwargs)

    return checked
