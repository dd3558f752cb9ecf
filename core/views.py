import logging

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.static import serve

from core.http import wants_json

logger = logging.getLogger(__name__)


@require_GET
def media(request, path):
    """Uploaded files, when no web server or CDN serves MEDIA_ROOT (SERVE_MEDIA)."""
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError:  # e.g. a name longer than the file system allows
        raise Http404("No such file.") from None
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


FAVICON = (settings.BASE_DIR / "static" / "icons" / "favicon.ico").read_bytes()


@require_GET
@cache_control(public=True, max_age=7 * 24 * 3600)
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; answer instead of logging a 404."""
    return HttpResponse(FAVICON, content_type="image/x-icon")
