"""The load balancer's probes: liveness (/healthz) and readiness (/readyz)."""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import readiness

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # One warning line per failed probe (Django's own 503 line is filtered: runtime/logging.py).
        logger.warning("Health check: database unreachable (%s)", str(error).strip()[:200])
        request.database_unavailable = True
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@never_cache
@require_GET
def readyz(request):
    """Readiness: database, cache and the age of the oldest task waiting for a worker.

    503 when the database or the cache does not answer (a load balancer stops sending traffic
    here; /healthz, the liveness check, stays cheap and never touches the cache). A queue that
    grows old means no worker runs it: reported, and 503 past READYZ_MAX_QUEUE_AGE seconds
    when that is set.
    """
    report = readiness.report()
    if report["status"] != "ok":
        request.database_unavailable = True  # readiness already logged why, in one line
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
