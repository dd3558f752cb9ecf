import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from careers.models import Role
from comparisons.models import Comparison

logger = logging.getLogger(__name__)

HOME_NEWEST = 6
SEARCH_MAX_QUERY = 200


def home(request):
    return render(
        request,
        "core/home.html",
        {"newest": Comparison.objects.for_listing()[:HOME_NEWEST]},
    )


def search(request):
    """Title search until ranked full-text search arrives."""
    query = " ".join(request.GET.get("q", "").split())[:SEARCH_MAX_QUERY]
    comparisons, roles = [], []
    if query:
        comparisons = list(
            Comparison.objects.for_listing().filter(live_revision__title__icontains=query)[:50]
        )
        roles = list(Role.objects.filter(title__icontains=query).select_related("sector")[:50])
    return render(
        request,
        "core/search.html",
        {"query": query, "comparisons": comparisons, "roles": roles},
    )


def csrf_failure(request, reason=""):
    """A form post refused for its CSRF token, explained to the reader (JSON for scripts)."""
    message = "The page had expired, or your browser blocked our cookie, so nothing was sent."
    if "application/json" in request.headers.get("Accept", ""):
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
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
