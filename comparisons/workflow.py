"""Editorial state changes. Every caller – admin, views, commands – goes through here.

The full review workflow (submit, request changes, approve, schedule) grows here; for now an
editor can publish the current working copy and take an article down.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction

from . import publishing
from .models import Comparison, Status

PUBLISH_PERMISSION = "comparisons.publish_comparison"


def can_publish(user) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


@transaction.atomic
def publish(comparison: Comparison, *, by) -> Comparison:
    if not can_publish(by):
        raise PermissionDenied("Only editors can publish.")
    revision = publishing.latest_revision(comparison)
    publishing.make_live(comparison, revision=revision)
    comparison.status = Status.PUBLISHED
    comparison.save(update_fields=["status"])
    return comparison


@transaction.atomic
def unpublish(comparison: Comparison, *, by) -> Comparison:
    if not can_publish(by):
        raise PermissionDenied("Only editors can unpublish.")
    publishing.take_down(comparison)
    comparison.status = Status.ARCHIVED
    comparison.save(update_fields=["status"])
    return comparison
