"""A request id on every web log line and on the response (`X-Request-ID`).

nginx sends its own `$request_id` (deploy/nginx/careercompare.conf) and logs it, so one id
ties the proxy's access line to the app's lines. An id that does not look like one (too long,
odd characters: someone typing into a header) is replaced by a fresh one rather than logged.
"""

import re
import uuid

from runtime.logging import request_id_var

_VALID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


def request_id_from(request):
    incoming = request.headers.get("X-Request-ID", "")
    return incoming if _VALID.match(incoming) else uuid.uuid4().hex


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request)
        # Not reset on the way out: Django logs 4xx/5xx responses (django.request) after the
        # middleware chain returns, and that line needs the id too. The next request sets its own.
        request_id_var.set(request.request_id)
        response = self.get_response(request)
        response.headers.setdefault("X-Request-ID", request.request_id)
        return response
