"""Signed, expiring preview links: anyone holding one sees a revision exactly as readers will.

The link names a revision, not the working copy, so what a reviewer is sent is what they see
even if the writer keeps editing. Links expire after PREVIEW_LINK_MAX_AGE_DAYS.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from core import live

from .article import article_context
from .models import Revision

SALT = "comparisons.preview"


def make_token(revision) -> str:
    return signing.dumps({"revision": revision.pk}, salt=SALT, compress=True)


def max_age() -> datetime.timedelta:
    return datetime.timedelta(days=settings.PREVIEW_LINK_MAX_AGE_DAYS)


def read_token(token: str) -> int:
    """The revision id in `token`; raises signing.SignatureExpired or signing.BadSignature."""
    data = signing.loads(token, salt=SALT, max_age=max_age())
    if not isinstance(data, dict) or not isinstance(data.get("revision"), int):
        raise signing.BadSignature("Malformed preview token.")
    return data["revision"]


def preview_path(revision) -> str:
    return reverse("comparisons:preview", kwargs={"token": make_token(revision)})


def preview_url(revision) -> str:
    return settings.SITE_URL + preview_path(revision)


@never_cache
def preview_view(request, token):
    """A revision rendered with the article template; 403 when expired, 404 when not valid."""
    try:
        revision_id = read_token(token)
    except signing.SignatureExpired:
        return _invalid(request, expired=True)
    except signing.BadSignature:
        return _invalid(request, expired=False)
    revision = (
        Revision.objects.select_related(
            "comparison__role_a__sector", "comparison__role_b__sector", "comparison__author"
        )
        .filter(pk=revision_id)
        .first()
    )
    if revision is None:
        return _invalid(request, expired=False)
    comparison = revision.comparison
    context = article_context(comparison, revision, live_generation=live.generation())
    context["preview"] = {
        "revision": revision,
        "is_live": comparison.is_live and comparison.live_revision_id == revision.pk,
        "status": comparison.get_status_display(),
    }
    response = render(request, "comparisons/comparison_preview.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _invalid(request, *, expired):
    response = render(
        request,
        "comparisons/preview_invalid.html",
        {"expired": expired, "days": settings.PREVIEW_LINK_MAX_AGE_DAYS},
        status=403 if expired else 404,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
