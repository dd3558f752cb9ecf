"""Fixed-window counters in the shared cache, for rate limits that every process must see.

Configure REDIS_URL (or CACHE_URL) in production: the default local-memory cache counts per
process only.
"""

import time

from django.core.cache import cache
from django.utils.crypto import salted_hmac


def allow(bucket: str, subject: str, *, limit: int, period: int) -> bool:
    """Count one event for `subject` in `bucket`; False once `limit` events happened in this
    window of `period` seconds. Only a keyed hash of `subject` (an address) is stored."""
    digest = salted_hmac(f"rate-limit.{bucket}", subject).hexdigest()[:32]
    key = f"rate:{bucket}:{digest}:{int(time.time() // period)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=period)
        count = 1
    return count <= limit
