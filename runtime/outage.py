"""With the database down, readers get a 503 with Retry-After (not a 500 and a traceback).

A lost database is an outage, not a bug: load balancers and crawlers understand 503 plus
Retry-After as "come back shortly", and the log gets one warning line instead of an error.
The middleware catches it in views; `server_error` (handler500) catches it anywhere else.
The page is rendered without a request context, so it needs no database itself.
"""

import logging

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

from runtime.resilience import close_all_connections, is_connection_error

logger = logging.getLogger("careercompare.outage")

RETRY_AFTER_SECONDS = 30


def unavailable_response() -> HttpResponse:
    body = loader.get_template("503.html").render()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_connection_error(exception):
            return None
        logger.warning(
            "Database unavailable: %s %s answered 503 (%s)",
            request.method,
            request.path,
            str(exception).strip().splitlines()[0] if str(exception).strip() else "no detail",
        )
        request.database_unavailable = True  # runtime.logging drops Django's duplicate line
        # A half-dead connection would fail the next request of this worker too.
        close_all_connections()
        return unavailable_response()


def server_error(request, *args, **kwargs):
    """handler500: a 503 for a lost database raised outside a view, else the usual 500 page."""
    import sys

    error = sys.exc_info()[1]
    if error is not None and is_connection_error(error):
        logger.warning("Database unavailable: %s %s answered 503", request.method, request.path)
        request.database_unavailable = True
        close_all_connections()
        return unavailable_response()
    return HttpResponseServerError(loader.get_template("500.html").render())
