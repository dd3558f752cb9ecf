import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

from core.http import wants_json

logger = logging.getLogger(__name__)


@require_GET
def media(request, path):
    """Uploaded files, when no web server or CDN serves MEDIA_ROOT (SERVE_MEDIA)."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if path.startswith("renditions/"):
        # Rendition names carry their content's hash: they never change.
        patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    return response


def csrf_failure(request, reason=""):
    """A form post refused for its CSRF token, explained to the reader (JSON for scripts)."""
    message = "The page had expired, or your browser blocked our cookie, so nothing was sent."
    if wants_json(request):
        return JsonResponse({"error": f"{message} Reload the page and try again."}, status=403)
    message += " Go back, reload the page and try again."
    return render(request, "403_csrf.html", {"message": message}, status=403)


@never_cache
@require_GET
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # One warning line per failed probe (Django's own 503 line is filtered: core/logging.py).
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
    from core import readiness

    report = readiness.report()
    if report["status"] != "ok":
        request.database_unavailable = True  # readiness already logged why, in one line
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
