"""The rate endpoint: a plain form post that redirects back, or JSON for the widget's script.

The article page is cached and the same for everyone, so nothing here uses a cookie to talk
back to it: the plain form comes back to `?rated=4#rating` (or `?rating_error=…`), which the
widget turns into the thanks and the reader's own stars; the script asks `status` for the
reader's own rating and the live totals.
"""

import logging
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from comparisons.models import Comparison
from core.client_ip import client_ip
from core.http import wants_json
from runtime.origin import same_origin_post

from . import services
from .forms import RatingForm
from .notes import ERROR_CODES, thanks
from .queries import summary_for
from .readers import ip_hash, new_reader_id, reader_from_request, remember_reader

logger = logging.getLogger(__name__)

# A rating form is one digit; anything much bigger is not a rating.
MAX_BODY_BYTES = 2048
NOT_PUBLISHED = "This article is not published, so it cannot be rated."

REFUSAL_STATUS = {
    services.InvalidStars: 400,
    services.ArticleNotRateable: 404,
    services.RatingLimitReached: 429,
}


@csrf_exempt  # so that the size check runs before the body is read; the Origin check follows
def rate(request, slug):
    if request.method != "POST":
        response = _refuse(
            request, 405, "Ratings are sent with the star form at the end of the article.", slug
        )
        response["Allow"] = "POST"
        return response
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return _refuse(request, 413, "That request is far too large to be a rating.", slug)
    return _rate(request, slug)


@same_origin_post  # the form is on cached pages, so it carries no CSRF token
def _rate(request, slug):
    comparison = Comparison.objects.live_by_slug(slug)
    if comparison is None:
        return _refuse(request, 404, NOT_PUBLISHED, slug)

    form = RatingForm(request.POST)
    if not form.is_valid():
        return _answer_refusal(request, comparison, 400, form.error_text())

    user = request.user if request.user.is_authenticated else None
    reader = reader_from_request(request)
    new_reader = None if reader else new_reader_id()
    address = ip_hash(client_ip(request))
    try:
        summary = services.rate(
            comparison=comparison,
            stars=form.cleaned_data["stars"],
            reader=reader or new_reader,
            user=user,
            ip_hash=address,
        )
    except services.RatingRefused as refusal:
        if isinstance(refusal, services.RatingLimitReached):
            # For the on-call engineer: a burst of these is someone stuffing the ballot.
            logger.warning(
                "Rating limit reached: comparison %s, IP fingerprint %s",
                comparison.pk,
                address[:12],
            )
        return _answer_refusal(request, comparison, REFUSAL_STATUS[type(refusal)], refusal.message)

    if wants_json(request):
        response = JsonResponse({**summary.as_json(), "message": thanks(summary.your_rating)})
    else:
        response = redirect(_widget_url(comparison, rated=summary.your_rating))
    if new_reader:
        remember_reader(response, new_reader)
    return response


def _widget_url(comparison, **note):
    return f"{comparison.get_absolute_url()}?{urlencode(note)}#rating"


def _answer_refusal(request, comparison, status, message):
    """JSON for the script; for the plain form, back to the article with the message."""
    if wants_json(request) or status not in ERROR_CODES:
        return _refuse(request, status, message, comparison.live_revision.slug)
    return redirect(_widget_url(comparison, rating_error=ERROR_CODES[status]))


@never_cache
@require_safe
def rating_status(request, slug):
    """The live totals and the reader's own rating, for the widget's script on a cached page."""
    comparison = Comparison.objects.live_by_slug(slug)
    if comparison is None:
        return JsonResponse({"error": NOT_PUBLISHED}, status=404)
    summary = summary_for(comparison_id=comparison.pk, reader=reader_from_request(request))
    return JsonResponse(summary.as_json())


def _refuse(request, status, message, slug):
    if wants_json(request):
        return JsonResponse({"error": message}, status=status)
    article = Comparison.objects.live_by_slug(slug)
    return render(
        request,
        "ratings/refused.html",
        {"message": message, "article": article},
        status=status,
    )
