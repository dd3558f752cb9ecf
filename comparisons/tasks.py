"""Background work for the editorial workflow (django-tasks; `manage.py db_worker` runs it)."""

from django.core.files.storage import default_storage
from django.core.mail import get_connection
from django_tasks import task

from core.images import make_renditions

from . import notifications, publishing
from .models import Comparison, WorkflowEvent


@task()
def send_workflow_email(event_id: int) -> int:
    """Email the people a workflow event concerns; returns how many messages went out."""
    event = (
        WorkflowEvent.objects.select_related("comparison__author", "actor", "revision")
        .filter(pk=event_id)
        .first()
    )
    if event is None:
        return 0
    outgoing = notifications.messages(event)
    if not outgoing:
        return 0
    with get_connection() as connection:
        return connection.send_messages(outgoing) or 0


@task()
def make_hero_renditions(source: str) -> int:
    """Make the renditions of the stored hero image `source` and show them wherever it is used;
    returns how many revisions got them."""
    if not default_storage.exists(source):
        return 0  # replaced and deleted before the worker came to it
    renditions = make_renditions(Comparison(hero_image=source).hero_image)
    return publishing.hero_renditions_made(source=source, renditions=renditions)


def queue_hero_renditions(sender, *, source, **kwargs):
    """Receiver of `hero_image_changed`: the database backend queues the task in the same
    transaction as the save, so a worker never sees an image whose save was rolled back."""
    make_hero_renditions.enqueue(source)
