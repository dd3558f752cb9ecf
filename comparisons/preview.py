"""Signed, expiring, revocable preview links: anyone holding one sees a revision as readers will.

The link names a revision, not the working copy, so what a reviewer is sent is what they see
even if the writer keeps editing. Each link is a `PreviewLink` row (the signed token carries its
id): links expire after PREVIEW_LINK_MAX_AGE_DAYS, and an editor can revoke all of an article's
links at once.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from .article import article_context
from .models import Comparison, PreviewLink, Revision

SALT = "comparisons.preview"
REUSE_FOR = datetime.timedelta(days=1)


class Revoked(signing.BadSignature):
    """The link was withdrawn by an editor."""


def max_age() -> datetime.timedelta:
    return datetime.timedelta(days=settings.PREVIEW_LINK_MAX_AGE_DAYS)


def issue_link(revision: Revision, *, user=None) -> PreviewLink:
    """A valid link to `revision` for `user`: a fresh one, or theirs from the last day."""
    now = timezone.now()
    person = user if user is not None and user.is_authenticated else None
    recent = PreviewLink.objects.filter(
        revision=revision,
        created_for=person,
        revoked_at=None,
        created_at__gte=now - REUSE_FOR,
        expires_at__gt=now,
    ).first()
    return recent or PreviewLink.objects.create(
        comparison_id=revision.comparison_id,
        revision=revision,
        created_for=person,
        created_at=now,
        expires_at=now + max_age(),
    )


def make_token(revision: Revision, *, user=None) -> str:
    link = issue_link(revision, user=user)
    return signing.dumps({"link": link.pk}, salt=SALT, compress=True)


def read_token(token: str) -> int:
    """The revision id a token shows; raises signing.SignatureExpired, Revoked or BadSignature."""
    data = signing.loads(token, salt=SALT, max_age=max_age())
    if isinstance(data, dict) and isinstance(data.get("revision"), int) and "link" not in data:
        return _read_link_from_before_revocation(data["revision"])
    if not isinstance(data, dict) or not isinstance(data.get("link"), int):
        raise signing.BadSignature("Malformed preview token.")
    link = PreviewLink.objects.filter(pk=data["link"]).first()
    if link is None:
        raise signing.BadSignature("Unknown preview link.")
    if link.revoked_at is not None:
        raise Revoked("Preview link revoked.")
    if link.expires_at <= timezone.now():
        raise signing.SignatureExpired("Preview link expired.")
    return link.revision_id


def _read_link_from_before_revocation(revision_id: int) -> int:
    """Links sent before links were recorded carry only the revision: they work until they
    expire, unless an editor has since revoked the article's links."""
    revision = Revision.objects.filter(pk=revision_id).only("comparison_id").first()
    if revision is None:
        raise signing.BadSignature("Unknown revision.")
    if PreviewLink.objects.filter(
        comparison_id=revision.comparison_id, revoked_at__isnull=False
    ).exists():
        raise Revoked("Preview links revoked.")
    return revision_id


def preview_path(revision, *, user=None) -> str:
    return reverse("comparisons:preview", kwargs={"token": make_token(revision, user=user)})


def preview_url(revision, *, user=None) -> str:
    return settings.SITE_URL + preview_path(revision, user=user)


def outstanding(comparison: Comparison) -> dict:
    """How many of the article's links still work, and until when the last one does."""
    links = PreviewLink.objects.filter(
        comparison=comparison, revoked_at=None, expires_at__gt=timezone.now()
    )
    return {
        "count": links.count(),
        "until": max(links.values_list("expires_at", flat=True), default=None),
    }


@transaction.atomic
def revoke_all(comparison: Comparison) -> int:
    """Withdraw every preview link of the article; returns how many still worked."""
    return PreviewLink.objects.filter(
        comparison=comparison, revoked_at=None, expires_at__gt=timezone.now()
    ).update(revoked_at=timezone.now())


@never_cache
def preview_view(request, token):
    """A revision rendered with the article template; 403 when expired or revoked, 404 when not
    valid."""
    try:
        revision_id = read_token(token)
    except signing.SignatureExpired:
        return _invalid(request, reason="expired")
    except Revoked:
        return _invalid(request, reason="revoked")
    except signing.BadSignature:
        return _invalid(request, reason="invalid")
    revision = (
        Revision.objects.select_related(
            "comparison__role_a__sector", "comparison__role_b__sector", "comparison__author"
        )
        .filter(pk=revision_id)
        .first()
    )
    if revision is None:
        return _invalid(request, reason="invalid")
    comparison = revision.comparison
    # No generation: a preview is rendered whole, never from the live page's cached fragments.
    context = article_context(comparison, revision, live_generation=None)
    context["preview"] = {
        "revision": revision,
        "is_live": comparison.is_live and comparison.live_revision_id == revision.pk,
        "status": comparison.get_status_display(),
    }
    response = render(request, "comparisons/comparison_preview.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _invalid(request, *, reason):
    response = render(
        request,
        "comparisons/preview_invalid.html",
        {"reason": reason, "days": settings.PREVIEW_LINK_MAX_AGE_DAYS},
        status=404 if reason == "invalid" else 403,
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
