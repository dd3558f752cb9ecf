"""Demo newsletter content: a sent issue for the public archive, a draft for editors, and a few
subscribers in different states. Like the rest of the demo, it never overwrites anything."""

import datetime

from django.utils import timezone

from comparisons.models import Comparison
from newsletter import compose, slots
from newsletter.models import (
    ConsentAction,
    ConsentRecord,
    Delivery,
    DeliveryStatus,
    Issue,
    IssueStatus,
    PickedComparison,
    Subscriber,
    SubscriberStatus,
    Tip,
)

SUBSCRIBERS = [
    ("ana.lopez@example.com", SubscriberStatus.CONFIRMED, "/comparisons/"),
    ("ben.okoro@example.com", SubscriberStatus.CONFIRMED, "/"),
    ("marcus.lee@example.com", SubscriberStatus.PENDING, "/newsletter/"),
    ("priya.shah@example.com", SubscriberStatus.UNSUBSCRIBED, "/"),
]

SENT_ISSUE = {
    "slug": "answering-why-are-you-leaving",
    "subject": "How to answer “Why are you leaving?”",
    "preheader": "Three honest answers that keep the interview about the job ahead.",
    "intro": (
        "Every interviewer asks it, and most of us ramble. This time: how to answer the "
        "question about your current job without complaining – and two comparisons for "
        "readers thinking about a move."
    ),
    "tips": [
        (
            "Point forward, not back",
            "Spend one sentence on why you are looking and three on what you want next. "
            "“I have run the front office for four years and want to own the budget too” "
            "beats a list of what went wrong.",
        ),
        (
            "Keep it true and short",
            "If you were laid off, say so plainly and move on. Interviewers remember "
            "evasion far longer than they remember a restructuring.",
        ),
        (
            "Tie it to this job",
            "End with something from *their* posting: the team size, the software, the "
            "kind of patients or clients. It shows you chose them on purpose.",
        ),
    ],
    "picks": ["practice-manager-vs-office-manager", "data-analyst-vs-business-analyst"],
}

DRAFT_ISSUE = {
    "slug": "questions-to-ask-back",
    "subject": "Five questions to ask at the end of an interview",
    "preheader": "The last five minutes are yours: use them.",
    "intro": "“Do you have any questions for us?” is not a formality. Here is what to ask.",
    "tips": [
        (
            "What does a good first 90 days look like?",
            "The answer tells you what they will judge you on, and whether anyone has "
            "thought about it.",
        ),
        (
            "Who would I work with most?",
            "Names and roles, not “the team”. Ask to meet one of them if you get an offer.",
        ),
    ],
    "picks": ["product-manager-vs-project-manager"],
}


def load_demo_newsletter(result) -> None:
    """Called once from demo.loader.load_demo(); `result.count()` records what was created."""
    subscribers = [_ensure_subscriber(*spec, result=result) for spec in SUBSCRIBERS]
    now = timezone.now()
    last_slot = slots.next_slot(after=now - datetime.timedelta(days=14))
    sent = _ensure_issue(SENT_ISSUE, status=IssueStatus.SENT, send_at=last_slot, result=result)
    if sent:
        sent.started_at = sent.sent_at = last_slot
        sent.save(update_fields=["started_at", "sent_at"])
        Delivery.objects.bulk_create(
            Delivery(
                issue=sent, subscriber=s, status=DeliveryStatus.SENT, attempts=1, sent_at=last_slot
            )
            for s in subscribers
            if s and s.status == SubscriberStatus.CONFIRMED
        )
    _ensure_issue(
        DRAFT_ISSUE, status=IssueStatus.DRAFT, send_at=slots.next_slot(after=now), result=result
    )


def _ensure_subscriber(email, status, source, *, result):
    if Subscriber.objects.filter(email=email).exists():
        return None
    now = timezone.now()
    subscriber = Subscriber.objects.create(
        email=email,
        status=status,
        source=source,
        confirmation_sent_at=now,
        confirmed_at=None if status == SubscriberStatus.PENDING else now,
        unsubscribed_at=now if status == SubscriberStatus.UNSUBSCRIBED else None,
    )
    ConsentRecord.objects.create(
        subscriber=subscriber,
        action=ConsentAction.SIGNED_UP,
        source=source,
        wording=compose.SIGNUP_PROMISE,
    )
    if status != SubscriberStatus.PENDING:
        ConsentRecord.objects.create(
            subscriber=subscriber, action=ConsentAction.CONFIRMED, source="confirmation link"
        )
    if status == SubscriberStatus.UNSUBSCRIBED:
        ConsentRecord.objects.create(
            subscriber=subscriber, action=ConsentAction.UNSUBSCRIBED, source="unsubscribe page"
        )
    result.count("newsletter subscribers")
    return subscriber


def _ensure_issue(spec, *, status, send_at, result):
    if Issue.objects.filter(slug=spec["slug"]).exists():
        return None
    issue = Issue.objects.create(
        slug=spec["slug"],
        subject=spec["subject"],
        preheader=spec["preheader"],
        intro=spec["intro"],
        status=status,
        send_at=send_at,
    )
    for position, (title, body) in enumerate(spec["tips"], start=1):
        Tip.objects.create(issue=issue, position=position, title=title, body=body)
    live = Comparison.objects.published().filter(slug__in=spec["picks"])
    for position, comparison in enumerate(sorted(live, key=lambda c: spec["picks"].index(c.slug))):
        PickedComparison.objects.create(issue=issue, comparison=comparison, position=position + 1)
    result.count("newsletter issues")
    return issue
