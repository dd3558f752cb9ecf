"""Rate limits against sign-up bots, counted in the shared cache so every process sees them.

Configure REDIS_URL (or CACHE_URL) in production: the default local-memory cache counts per
process only.
"""

import time

from django.conf import settings
from django.core.cache import cache

from core.client_ip import ip_fingerprint

HOUR = 3600


def _key(ip: str) -> str:
    # Only a keyed hash of the address (of its /64 for IPv6) is ever stored, and only for the
    # hour it counts. Requests without a usable address share one counter.
    digest = ip_fingerprint(ip, purpose="newsletter.signup-ip")[:32]
    return f"newsletter:signups:{digest}:{int(time.time() // HOUR)}"


def count_signup(ip: str) -> bool:
    """Count one sign-up from `ip` (its /64 for IPv6) in this hour; False once the hourly limit
    is used up."""
    key = _key(ip)
    cache.add(key, 0, timeout=HOUR)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=HOUR)
        count = 1
    return count <= settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR
