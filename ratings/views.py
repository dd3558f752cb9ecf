"""The rate endpoint: a plain form post that redirects back, or JSON for the widget's script."""

import logging

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from comparisons.models import Comparison
from core.client_ip import client_ip
from core.http import wants_json

from . import services
from .forms import RatingForm
from .readers import ip_hash, new_reader_id, reader_from_request, remember_reader

logger = logging.getLogger(__name__)

# A rating form is a CSRF token and one digit; anything much bigger is not a rating.
MAX_BODY_BYTES = 2048
MESSAGE_TAG = "rating"
NOT_PUBLISHED = "This article is not published, so it cannot be rated."

REFUSAL_STATUS = {
    services.InvalidStars: 400,
    services.ArticleNotRateable: 404,
    services.RatingLimitReached: 429,
}


@csrf_exempt  # exempt only so the size check runs before the body is read; CSRF comes next
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


@csrf_protect
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

    thanks = f"Thanks! You rated this {summary.your_rating} out of 5."
    if wants_json(request):
        response = JsonResponse({**summary.as_json(), "message": thanks})
    else:
        messages.success(request, thanks, extra_tags=MESSAGE_TAG)
        response = redirect(_widget_url(comparison))
    if new_reader:
        remember_reader(response, new_reader)
    return response


def _widget_url(comparison):
    return comparison.get_absolute_url() + "#rating"


def _answer_refusal(request, comparison, status, message):
    """JSON for the script; for the plain form, back to the article with the message."""
    if wants_json(request):
        return JsonResponse({"error": message}, status=status)
    messages.error(request, f"Your rating was not saved: {message}", extra_tags=MESSAGE_TAG)
    return redirect(_widget_url(comparison))


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
