"""What /readyz checks: the database, the shared cache, the task queue's oldest waiting task."""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.utils import timezone

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def cache_ok() -> bool:
    ping = getattr(cache, "ping", None)
    if ping is not None:  # runtime.cache.ResilientRedisCache: ask Redis itself
        return ping()
    key = f"readyz:{uuid.uuid4().hex}"
    try:
        cache.set(key, 1, 5)
        found = cache.get(key) == 1
        cache.delete(key)
    except Exception:  # any backend's own error type means "down"
        return False
    return found


def oldest_queued_age() -> float | None:
    """Seconds the oldest task ready to run has been waiting (None: the queue is empty)."""
    from django_tasks_db.models import DBTaskResult

    oldest = (
        DBTaskResult.objects.ready()
        .order_by("enqueued_at")
        .values_list("enqueued_at", flat=True)[:1]
    )
    oldest = list(oldest)
    if not oldest:
        return None
    return round((timezone.now() - oldest[0]).total_seconds(), 1)


def report() -> dict:
    database = database_ok()
    checks = {
        "database": "ok" if database else "unreachable",
        "cache": "ok" if cache_ok() else "unreachable",
    }
    age = None
    if database:
        try:
            age = oldest_queued_age()
        except DatabaseError:
            checks["database"] = "unreachable"
    limit = getattr(settings, "READYZ_MAX_QUEUE_AGE", 0)
    queue_ok = not (limit and age is not None and age > limit)
    ok = checks["database"] == "ok" and checks["cache"] == "ok" and queue_ok
    if not ok:
        logger.warning("Not ready: %s, oldest queued task %s s", checks, age)
    return {
        "status": "ok" if ok else "error",
        **checks,
        "oldest_queued_task_seconds": age,
        "queue": "ok" if queue_ok else "stalled",
    }
