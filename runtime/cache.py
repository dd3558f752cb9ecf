"""A Redis cache that degrades to a per-process memory cache instead of failing requests.

With Django's RedisCache, a stopped Redis turns every page that reads the cache into a 500.
Here an error from Redis is logged once ("cache unreachable"), and for RETRY_AFTER seconds
every call goes to a small per-process LocMemCache instead of waiting on Redis again; then
Redis is tried again, and its return is logged once too. Pages get slower (fragments are built
per process) but stay up; counters such as the sign-up limit count per process meanwhile,
which keeps a limit in force rather than none. Keys are versioned by the live-content
generation (core/live.py), so nothing written during the outage can be shown after it.

`ping()` talks to Redis directly, for the readiness check.
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger("careercompare.cache")

RETRY_AFTER = 5.0
# Fail fast: a Redis that does not answer within these is treated as down.
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}


def _errors():
    import redis

    return (redis.RedisError, OSError)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        params["OPTIONS"] = {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}
        super().__init__(server, params)
        self._fallback = LocMemCache(
            "careercompare-cache-fallback", {"OPTIONS": {"MAX_ENTRIES": 2000}}
        )
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._down = False

    # --- state ---------------------------------------------------------------------------
    def _use_fallback(self) -> bool:
        return self._down and time.monotonic() < self._down_until

    def _failed(self, error) -> None:
        with self._lock:
            if not self._down:
                logger.warning(
                    "Cache unreachable (%s: %s); using a per-process memory cache for now",
                    type(error).__name__,
                    str(error).splitlines()[0] if str(error) else "",
                )
            self._down = True
            self._down_until = time.monotonic() + RETRY_AFTER

    def _succeeded(self) -> None:
        if self._down:
            with self._lock:
                if self._down:
                    self._down = False
                    logger.warning("Cache reachable again")

    def _call(self, name, *args, **kwargs):
        if not self._use_fallback():
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except _errors() as error:
                self._failed(error)
            else:
                self._succeeded()
                return result
        return getattr(self._fallback, name)(*args, **kwargs)

    def ping(self) -> bool:
        """True when Redis answers now (no fallback, no waiting out RETRY_AFTER)."""
        try:
            self._cache.get_client(write=True).ping()
        except _errors():
            return False
        return True

    # --- the cache API -------------------------------------------------------------------
    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call("incr", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", *args, **kwargs)

    def clear(self):
        return self._call("clear")
