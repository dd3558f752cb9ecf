"""The page shown when django-axes locks a username out from an address (AXES_LOCKOUT_CALLABLE)."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse


def lockout_response(request, original_response=None, credentials=None):
    """429 with the admin's look, what happened, how long it lasts and what to do meanwhile."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": "Too many failed sign-ins",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    response = TemplateResponse(request, "registration/locked_out.html", context, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response.render()
