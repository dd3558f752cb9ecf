"""The e-mails we send: confirmations, issues and editors' test copies.

An issue is rendered once per send run with a placeholder where each subscriber's unsubscribe
link goes, then personalised per message by substitution: the same content for everyone, and
no template rendering per recipient.
"""

from dataclasses import dataclass
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from comparisons.models import Comparison
from core.links import absolute
from ratings.queries import summaries_for as rating_summaries

from . import tokens

UNSUBSCRIBE_PLACEHOLDER = "__newsletter_unsubscribe_url__"
SIGNUP_PROMISE = (
    "Every other Tuesday: our best job-search and interview tips. A 5-minute read. "
    "We never spam you or sell your data."
)


@dataclass(frozen=True)
class Rating:
    average: float
    count: int


@dataclass(frozen=True)
class Pick:
    title: str
    lead: str
    url: str
    rating: Rating | None = None


@dataclass(frozen=True)
class RenderedIssue:
    issue_id: int
    subject: str
    text: str
    html: str


def site_domain() -> str:
    return urlsplit(settings.SITE_URL).hostname or "localhost"


def confirm_url(subscriber) -> str:
    token = tokens.make_confirm_token(subscriber)
    return absolute(reverse("newsletter:confirm", kwargs={"token": token}))


def unsubscribe_url(subscriber) -> str:
    token = tokens.make_unsubscribe_token(subscriber)
    return absolute(reverse("newsletter:unsubscribe", kwargs={"token": token}))


def unsubscribe_mailto() -> str:
    address = settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    return f"mailto:{address}?subject=unsubscribe"


def list_headers(unsubscribe: str) -> dict:
    """RFC 2369 and RFC 8058 headers: mail apps show their own one-click “Unsubscribe”."""
    return {
        "List-Unsubscribe": f"<{unsubscribe}>, <{unsubscribe_mailto()}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"{settings.SITE_NAME} tips <tips.{site_domain()}>",
    }


def ratings_for(comparison_ids) -> dict[int, Rating]:
    """The star rating shown beside each rated picked comparison, keyed by comparison id."""
    return {
        pk: Rating(average=float(summary.short_average), count=summary.count)
        for pk, summary in rating_summaries(comparison_ids).items()
    }


def picks_for(issue) -> list[Pick]:
    """The issue's picked comparisons that readers can open now, with their live title and lead."""
    ids = list(issue.picks.values_list("comparison_id", flat=True))
    live = {c.pk: c for c in Comparison.objects.for_listing().filter(pk__in=ids)}
    ratings = ratings_for(list(live))
    return [
        Pick(
            title=live[pk].live_revision.title,
            lead=live[pk].live_revision.lead,
            url=absolute(live[pk].get_absolute_url()),
            rating=ratings.get(pk),
        )
        for pk in ids
        if pk in live
    ]


def issue_context(issue) -> dict:
    return {
        "issue": issue,
        "tips": list(issue.tips.all()),
        "picks": picks_for(issue),
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "web_url": absolute(issue.get_absolute_url()),
        "subscribe_url": absolute(reverse("newsletter:subscribe")),
        "postal_address": settings.NEWSLETTER_POSTAL_ADDRESS,
    }


def render_issue(issue) -> RenderedIssue:
    context = {**issue_context(issue), "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER}
    return RenderedIssue(
        issue_id=issue.pk,
        subject=issue.subject,
        text=render_to_string("newsletter/email/issue.txt", context),
        html=render_to_string("newsletter/email/issue.html", context),
    )


def personalise(rendered: RenderedIssue, *, to: str, unsubscribe: str, message_id=None):
    headers = list_headers(unsubscribe)
    if message_id:
        headers["Message-ID"] = message_id
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe),
        to=[to],
        headers=headers,
    )
    message.attach_alternative(
        rendered.html.replace(UNSUBSCRIBE_PLACEHOLDER, escape(unsubscribe)), "text/html"
    )
    return message


def issue_message(rendered: RenderedIssue, subscriber) -> EmailMultiAlternatives:
    # The same Message-ID for the same issue and subscriber: should a crash ever make us hand
    # one message to the mail server twice, mailbox providers that deduplicate show it once.
    message_id = f"<issue-{rendered.issue_id}.{subscriber.key.hex}@{site_domain()}>"
    return personalise(
        rendered,
        to=subscriber.email,
        unsubscribe=unsubscribe_url(subscriber),
        message_id=message_id,
    )


def test_message(issue, *, to: str) -> EmailMultiAlternatives:
    """An editor's test copy: the real issue, with an unsubscribe link that does nothing."""
    rendered = render_issue(issue)
    rendered = RenderedIssue(
        issue_id=issue.pk, subject=f"[Test] {issue.subject}", text=rendered.text, html=rendered.html
    )
    sample = absolute(reverse("newsletter:unsubscribe", kwargs={"token": "test-copy"}))
    return personalise(rendered, to=to, unsubscribe=sample)


def preview(issue, fmt: str) -> str:
    """The issue as subscribers will see it, for the admin's preview."""
    rendered = render_issue(issue)
    sample = absolute(reverse("newsletter:unsubscribe", kwargs={"token": "preview"}))
    body = rendered.html if fmt == "html" else rendered.text
    return body.replace(UNSUBSCRIBE_PLACEHOLDER, escape(sample) if fmt == "html" else sample)


def confirmation_message(subscriber) -> EmailMultiAlternatives:
    unsubscribe = unsubscribe_url(subscriber)
    context = {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "confirm_url": confirm_url(subscriber),
        "unsubscribe_url": unsubscribe,
        "days": settings.NEWSLETTER_CONFIRM_DAYS,
        "promise": SIGNUP_PROMISE,
        "postal_address": settings.NEWSLETTER_POSTAL_ADDRESS,
    }
    message = EmailMultiAlternatives(
        subject=f"Please confirm your {settings.SITE_NAME} tips subscription",
        body=render_to_string("newsletter/email/confirm.txt", context),
        to=[subscriber.email],
        headers=list_headers(unsubscribe),
    )
    message.attach_alternative(
        render_to_string("newsletter/email/confirm.html", context), "text/html"
    )
    return message
