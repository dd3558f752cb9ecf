"""Comparisons set straight into a workflow state, for tests of what may happen next."""

import datetime

from django.utils import timezone

from comparisons import publishing
from comparisons.models import Status

from .factories import make_comparison


def in_state(status, *, author=None, **fields):
    """A comparison by `author` in `status`, with live data that fits the state."""
    comparison = make_comparison(published=False, author=author, **fields)
    if status == Status.PUBLISHED:
        publishing.make_live(comparison)
    if status == Status.SCHEDULED:
        when = timezone.now() + datetime.timedelta(days=3)
        revision = comparison.revisions.get()
        publishing.make_live(comparison, revision=revision, at=when)
        comparison.scheduled_revision = revision
        comparison.scheduled_for = when
    comparison.status = status
    comparison.save()
    return comparison
