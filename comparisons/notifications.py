"""Who hears about a workflow event, and what the email says (sent by `tasks.py`)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.groups import PUBLISH_PERMISSION

from . import preview
from .models import Action, WorkflowEvent

TEMPLATES = {
    Action.SUBMIT: "comparisons/emails/submitted",
    Action.REQUEST_CHANGES: "comparisons/emails/changes_requested",
    Action.PUBLISH: "comparisons/emails/published",
}


def editors():
    """Active staff who may approve and publish, with an email address."""
    app_label, codename = PUBLISH_PERMISSION.split(".")
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions=permission)
            | Q(user_permissions=permission)
        )
        .distinct()
        .order_by("pk")
    )


def recipients(event: WorkflowEvent) -> list[str]:
    """Editors hear about submissions; the author about requested changes and publication."""
    if event.action == Action.SUBMIT:
        people = editors().exclude(pk=event.actor_id) if event.actor_id else editors()
        return [user.email for user in people]
    if event.action in (Action.REQUEST_CHANGES, Action.PUBLISH):
        author = event.comparison.author
        if author and author.is_active and author.email and author.pk != event.actor_id:
            return [author.email]
    return []


def messages(event: WorkflowEvent) -> list[EmailMessage]:
    template = TEMPLATES.get(event.action)
    if template is None:
        return []
    comparison = event.comparison
    context = {
        "event": event,
        "comparison": comparison,
        "site_name": settings.SITE_NAME,
        "admin_url": settings.SITE_URL
        + reverse("admin:comparisons_comparison_change", args=[comparison.pk]),
        "preview_url": preview.preview_url(event.revision) if event.revision else "",
        "public_url": settings.SITE_URL + comparison.get_absolute_url(),
        "preview_days": settings.PREVIEW_LINK_MAX_AGE_DAYS,
    }
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    return [EmailMessage(subject, body, to=[address]) for address in recipients(event)]
