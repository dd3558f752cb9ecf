"""Asking for a comparison, starting its draft, and telling readers when it is published.

Views, the admin and the publishing hook call these functions; each takes keyword arguments and
runs in one transaction. Refusals are typed, with a message a reader understands.
"""

import logging
import unicodedata
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from comparisons.models import Comparison
from comparisons.pairs import Pair, published_comparison
from core import email_addresses

from . import drafts, tasks
from .models import ArticleRequest, RequestStatus, RequestVote

logger = logging.getLogger(__name__)

MAX_EMAIL_LENGTH = 254
START_PERMISSION = "comparisons.add_comparison"
# Shown beside the address field and stored with each address, word for word.
CONSENT_WORDING = (
    "E-mail me once when this comparison is published. The address is used for nothing else, "
    "never added to the newsletter, and deleted after that e-mail."
)


class RequestRefused(Exception):
    """Nothing was stored; `message` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class InvalidEmail(RequestRefused):
    pass


class AlreadyAsked(RequestRefused):
    pass


class AlreadyPublished(RequestRefused):
    def __init__(self, message, comparison):
        super().__init__(message)
        self.comparison = comparison


class RequestLimitReached(RequestRefused):
    pass


def clean_email(value: str) -> str:
    """The address as stored (trimmed, lower case), "" when none; raises InvalidEmail."""
    value = (value or "").strip()
    if not value:
        return ""
    # Control and format characters (line breaks, zero-width spaces) make look-alike addresses.
    if any(unicodedata.category(char).startswith("C") for char in value):
        raise InvalidEmail("An e-mail address cannot contain line breaks or invisible characters.")
    if len(value) > MAX_EMAIL_LENGTH:
        raise InvalidEmail(f"That address is too long: at most {MAX_EMAIL_LENGTH} characters.")
    try:
        validate_email(value)
    except ValidationError:
        raise InvalidEmail(
            "That doesn't look like an e-mail address. Check it, e.g. name@example.com, or leave "
            "the field empty."
        ) from None
    # As for the newsletter: `a@localhost` or `a@[127.0.0.1]` would take the notice nowhere.
    try:
        problem = email_addresses.deliverable_problem(email_addresses.canonical(value))
    except email_addresses.AddressError:
        problem = "not an internet address"
    if problem:
        raise InvalidEmail(
            f"We cannot e-mail that address ({problem}). Use an address on the internet, or "
            "leave the field empty."
        )
    return value.lower()


def request_for(pair: Pair) -> ArticleRequest | None:
    a, b = pair.first.pk, pair.second.pk
    found = ArticleRequest.objects.filter(Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a))
    return next(iter(found.order_by()[:1]), None)


def vote_of(article_request: ArticleRequest | None, reader: str | None) -> RequestVote | None:
    """`reader`'s own request for the pair, to show them they already asked."""
    if article_request is None or not reader:
        return None
    return RequestVote.objects.filter(request=article_request, reader=reader).first()


def ask(*, pair: Pair, reader: str, email: str = "", ip_hash: str = "", staff: bool = False):
    """Count `reader`'s request for the pair's article; returns (request, vote).

    Each reader counts once; asking again only adds an address to a request that had none.
    Anonymous readers may make at most ARTICLE_REQUESTS_PER_IP_PER_DAY new requests from one
    address (by `ip_hash`) in 24 hours; staff (`staff=True`) are not limited.
    """
    if not reader:
        raise ValueError("ask() needs a reader id")
    address = clean_email(email)
    with transaction.atomic():
        found = published_comparison(pair)
        if found is not None:
            raise AlreadyPublished("This comparison is already published.", found)
        now = timezone.now()
        article_request = _locked_request(pair, now)
        vote = RequestVote.objects.filter(request=article_request, reader=reader).first()
        if vote is not None:
            if address and not vote.email and vote.notified_at is None:
                _set_address(vote, address, now)
                return article_request, vote
            raise AlreadyAsked(
                "You have already asked for this comparison: each reader counts once."
                + (" We will e-mail you when it is published." if vote.email else "")
            )
        if not staff and ip_hash:
            _check_ip_limit(ip_hash, now)
        vote = RequestVote(request=article_request, reader=reader, ip_hash=ip_hash)
        if address:
            vote.email, vote.consent_wording, vote.consent_at = address, CONSENT_WORDING, now
        vote.save()
        changes = {"count": F("count") + 1, "last_asked_at": now}
        if article_request.status == RequestStatus.CLOSED:
            # Published once, taken down since: readers want it back.
            changes.update(status=RequestStatus.OPEN, closed_at=None)
        ArticleRequest.objects.filter(pk=article_request.pk).update(**changes)
        article_request.refresh_from_db()
    return article_request, vote


def _locked_request(pair: Pair, now) -> ArticleRequest:
    """The pair's request row, created when missing, locked until the transaction ends."""
    a, b = pair.first.pk, pair.second.pk
    rows = ArticleRequest.objects.filter(Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a))
    if not rows.exists():
        try:
            with transaction.atomic():
                ArticleRequest.objects.create(
                    role_a_id=a, role_b_id=b, first_asked_at=now, last_asked_at=now
                )
        except IntegrityError:  # the first two readers of a pair, at the same moment
            pass
    return rows.select_for_update().get()


def _set_address(vote, address, now):
    vote.email, vote.consent_wording, vote.consent_at = address, CONSENT_WORDING, now
    vote.save(update_fields=["email", "consent_wording", "consent_at"])


def _check_ip_limit(ip_hash, now):
    limit = settings.ARTICLE_REQUESTS_PER_IP_PER_DAY
    if not limit:
        return
    recent = RequestVote.objects.filter(
        ip_hash=ip_hash, created_at__gt=now - timedelta(days=1)
    ).count()
    if recent >= limit:
        logger.warning("Article request limit reached: IP fingerprint %s", ip_hash[:12])
        raise RequestLimitReached(
            "Too many requests have come from your network today. Please try again tomorrow."
        )


# --- Editors ----------------------------------------------------------------------------------


def most_requested(*, limit: int):
    return (
        ArticleRequest.objects.filter(status=RequestStatus.OPEN)
        .select_related("role_a", "role_b", "comparison")
        .order_by("-count", "-last_asked_at")[:limit]
    )


def start_draft(*, article_request: ArticleRequest, by) -> tuple[Comparison, bool]:
    """A draft comparison for the request's pair, linked to it; returns (comparison, created).

    When the pair already has a comparison (a draft someone started by hand, say), the request
    is linked to that one instead, so its readers still hear when it is published.
    """
    if not (by and by.is_active and by.has_perm(START_PERMISSION)):
        raise PermissionDenied("Only writers and editors can start a comparison.")
    with transaction.atomic():
        locked = ArticleRequest.objects.select_for_update().get(pk=article_request.pk)
        if locked.status != RequestStatus.OPEN:
            raise ValidationError("This request is closed: its comparison is published.")
        a, b = locked.role_a_id, locked.role_b_id
        existing = Comparison.objects.filter(Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a)).first()
        if existing is not None:
            comparison, created = existing, False
        else:
            comparison, created = drafts.create_outline(locked.role_a, locked.role_b, by=by), True
        locked.comparison = comparison
        locked.save(update_fields=["comparison"])
    return comparison, created


def close(*, article_request: ArticleRequest) -> ArticleRequest:
    with transaction.atomic():
        ArticleRequest.objects.filter(pk=article_request.pk).update(
            status=RequestStatus.CLOSED, closed_at=timezone.now()
        )
    article_request.refresh_from_db()
    return article_request


def erase_addresses(*, votes) -> int:
    """Forget the e-mail addresses of `votes` (a reader asked us to); the counts stay."""
    with transaction.atomic():
        return (
            RequestVote.objects.filter(pk__in=[vote.pk for vote in votes])
            .exclude(email="")
            .update(email="", consent_wording="", consent_at=None)
        )


# --- When an article goes live ----------------------------------------------------------------


def comparison_went_live(comparison_id: int) -> int:
    """Close the open requests for a just-published comparison and e-mail each reader who left
    an address (once, through the task queue). Registered with `comparisons.publishing`;
    returns how many e-mails were queued."""
    with transaction.atomic():
        comparison = Comparison.objects.published().filter(pk=comparison_id).first()
        if comparison is None:  # taken down again before the commit came through
            return 0
        a, b = comparison.role_a_id, comparison.role_b_id
        requests = list(
            ArticleRequest.objects.select_for_update()
            .filter(status=RequestStatus.OPEN)
            .filter(Q(comparison=comparison) | Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a))
        )
        if not requests:
            return 0
        now = timezone.now()
        ArticleRequest.objects.filter(pk__in=[r.pk for r in requests]).update(
            status=RequestStatus.CLOSED, closed_at=now, comparison=comparison
        )
        waiting = list(
            RequestVote.objects.filter(request__in=requests, notified_at__isnull=True)
            .exclude(email="")
            .values_list("pk", flat=True)
        )
        for vote_id in waiting:
            transaction.on_commit(partial(tasks.send_published_notice.enqueue, vote_id))
    return len(waiting)
