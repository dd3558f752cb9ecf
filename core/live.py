"""Caching public fragments safely: keys carry the live-content generation (core.LiveContent)."""

import hashlib

from django.core.cache import cache
from django.db import connection
from django.db.models import F

from .models import LiveContent

ROW = 1
MAX_PLAIN_KEY = 150


def generation() -> int:
    """The current generation: one tiny query, cheaper than any fragment it guards."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT generation FROM {LiveContent._meta.db_table} WHERE id = %s", [ROW])
        row = cursor.fetchone()
    return row[0] if row else 0


def content_changed() -> None:
    """Call in the same transaction as any change to what readers see, from the service that
    makes the change and nowhere else (tests/test_upkeep.py keeps it so)."""
    if not LiveContent.objects.filter(pk=ROW).update(generation=F("generation") + 1):
        LiveContent.objects.get_or_create(pk=ROW, defaults={"generation": 1})


def cached(name: str, load, *, timeout: int, key: str = "", generation_now: int | None = None):
    """`load()`'s result, cached until `timeout` or until live content next changes.

    None is never cached: something not found now (say, an article scheduled for later) may be
    found a minute from now without any change being recorded. Pass `generation_now` when the
    caller already read it for this request.
    """
    if generation_now is None:
        generation_now = generation()
    if len(key) > MAX_PLAIN_KEY:  # any address can be asked for; memcached keys stop at 250
        key = hashlib.sha256(key.encode()).hexdigest()
    cache_key = f"live:{name}:{key}:{generation_now}"
    value = cache.get(cache_key)
    if value is None:
        value = load()
        if value is not None:
            cache.set(cache_key, value, timeout)
    return value


def generation_for(request) -> int:
    """The generation, read once per request: the page cache and the view then agree on it."""
    if not hasattr(request, "_live_generation"):
        request._live_generation = generation()
    return request._live_generation
