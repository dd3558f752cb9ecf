"""Puts the demo comparisons into their editorial states through the real workflow, so the
demo's review queue and history are what editors would see. Nobody is emailed."""

import datetime

from django.utils import timezone

from comparisons import publishing, workflow
from comparisons.models import Comparison


def apply_demo_state(comparison: Comparison, spec: dict, users: dict) -> None:
    state = spec["state"]
    editor = users["editor"]
    author = comparison.author or editor
    if state == "draft":
        return
    workflow.submit(comparison, by=author, notify=False)
    if state == "in_review":
        return
    if state == "changes_requested":
        workflow.request_changes(
            comparison, by=editor, comment=spec["review_comment"], notify=False
        )
        return
    workflow.approve(comparison, by=editor)
    if state == "scheduled":
        at = timezone.make_aware(datetime.datetime.fromisoformat(spec["scheduled_for"]))
        if at > timezone.now():
            workflow.schedule(comparison, by=editor, when=at)
            return
    else:
        at = timezone.make_aware(
            datetime.datetime.combine(
                datetime.date.fromisoformat(spec["published"]), datetime.time(9)
            )
        )
    workflow.publish(comparison, by=editor, notify=False)
    _backdate(comparison, at)


def _backdate(comparison: Comparison, at: datetime.datetime) -> None:
    """Demo articles were published months ago: dates, history and review dates say so."""
    publishing.make_live(comparison, revision=comparison.live_revision, at=at)
    comparison.events.update(created_at=at)
    comparison.revisions.update(created_at=at - datetime.timedelta(days=2))
    review_by = workflow.review_due(timezone.localdate(at))
    Comparison.objects.filter(pk=comparison.pk).update(review_by=review_by)
