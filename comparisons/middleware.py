import logging

from django.conf import settings
from django.db import DatabaseError

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
                workflow.publish_due_on_read()
            except DatabaseError:
                # The page itself (or /healthz) reports a database outage; this check must not.
                logger.warning("Scheduled versions not checked: database unavailable")
        return self.get_response(request)
