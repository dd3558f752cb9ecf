"""Background work for reader requests (django-tasks; `manage.py db_worker` runs it)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from .models import RequestVote


@task()
def send_published_notice(vote_id: int) -> int:
    """Tell one reader that the comparison they asked for is published, then forget their
    address. Returns 1 when a message went out, 0 when there was nothing (left) to send."""
    with transaction.atomic():
        vote = (
            RequestVote.objects.select_for_update(of=("self",))
            .select_related(
                "request__comparison__live_revision", "request__role_a", "request__role_b"
            )
            .filter(pk=vote_id, notified_at__isnull=True)
            .exclude(email="")
            .first()
        )
        comparison = vote.request.comparison if vote else None
        if vote is None or comparison is None or not comparison.is_live:
            return 0
        context = {
            "title": comparison.live_revision.title,
            "url": settings.SITE_URL + comparison.get_absolute_url(),
            "site_name": settings.SITE_NAME,
            "asked_at": vote.created_at,
        }
        subject = " ".join(
            render_to_string("article_requests/email/published_subject.txt", context).split()
        )
        body = render_to_string("article_requests/email/published.txt", context)
        # Sent inside the transaction: if the server refuses it, the address stays for a retry.
        EmailMessage(subject, body, to=[vote.email]).send()
        vote.email, vote.consent_wording, vote.notified_at = "", "", timezone.now()
        vote.save(update_fields=["email", "consent_wording", "notified_at"])
    return 1
