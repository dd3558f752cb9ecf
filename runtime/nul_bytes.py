"""Refuses requests whose address carries a NUL character, before any view sees them.

PostgreSQL cannot store or compare text containing NUL (`DataError`), SQLite can: one check
here keeps every raw `request.GET` value that reaches a query safe on both. Form fields refuse
NUL themselves (Django's CharField validator), so bodies are left to the forms.
"""

from urllib.parse import unquote_to_bytes

from django.http import HttpResponseBadRequest


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info or b"\x00" in unquote_to_bytes(
            request.META.get("QUERY_STRING", "")
        ):
            return HttpResponseBadRequest(
                "This address contains a NUL character, which no page here accepts.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
