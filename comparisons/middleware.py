import logging

from django.conf import settings

from core import live

from . import workflow

logger = logging.getLogger(__name__)


class ScheduledVersionsMiddleware:
    """Before a reader's page is built, put in place any scheduled version whose time has come.

    Scheduled first publications appear by query; a scheduled new version of a live article
    needs a swap. Doing it here means readers get it on time even if `publish_scheduled` is late
    or down; while nothing is due this costs one cache read.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.skip = (settings.STATIC_URL, settings.MEDIA_URL, "/admin/")

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not request.path.startswith(self.skip):
            try:
                # The generation is read once per request and shared with the page cache.
                generation = live.generation_for(request)
                if workflow.publish_due_on_read(generation_now=generation):
                    del request._live_generation  # what readers see changed: read it again
            except Exception as error:  # noqa: BLE001 - a database or cache outage
                # The page itself (or /healthz) reports an outage; this check must not turn it
                # into an error page of its own.
                logger.warning("Scheduled versions not checked: %s", str(error)[:200])
        return self.get_response(request)
