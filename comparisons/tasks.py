"""Background work for the editorial workflow (django-tasks; `manage.py db_worker` runs it)."""

from django.core.mail import get_connection
from django_tasks import task

from . import notifications
from .models import WorkflowEvent


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
