from django.conf import settings

from . import workflow


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
            workflow.publish_due_on_read()
        return self.get_response(request)
