"""Erasure leaves an address nowhere; history rows cannot be changed or deleted through any
admin path, by editors or superusers (issue 11, item 10)."""

import pytest
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse

from careers import services as careers_services
from careers.models import RoleChange
from comparisons.models import Action, Revision, Status, WorkflowEvent
from newsletter import services as newsletter_services
from newsletter.models import ConsentRecord, Delivery, Subscriber
from ratings import services as rating_services
from ratings.models import ArchivedRating, RatingReset

from .factories import make_comparison, make_editor, make_role, make_user
from .newsletter_factories import make_sending_issue, make_subscriber

pytestmark = pytest.mark.django_db

ADDRESS = "Erase.Me@Example.com"


def tables_mentioning(text):
    """Every model and text column that still holds `text` (case-insensitive)."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField | models.JSONField):
                lookup = f"{field.name}__icontains"
                if isinstance(field, models.JSONField):
                    continue  # checked through the text of LogEntry/RoleChange elsewhere
                if model._default_manager.filter(**{lookup: text}).exists():
                    found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.fixture
def subscriber():
    newsletter_services.subscribe(email=ADDRESS.lower(), source="/")
    subscriber = Subscriber.objects.get()
    make_sending_issue()
    # An earlier admin action that mentions the address in its message.
    LogEntry.objects.create(
        user=make_user("someone"),
        content_type=ContentType.objects.get_for_model(Delivery),
        object_id="1",
        object_repr="Delivery",
        action_flag=CHANGE,
        change_message=f"Bounce for {ADDRESS.lower()} noted",
    )
    return subscriber


def test_erasing_with_the_bulk_action_leaves_the_address_nowhere(client, subscriber):
    client.force_login(make_editor())
    response = client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "delete_selected", "_selected_action": [subscriber.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert tables_mentioning(ADDRESS) == []
    entry = LogEntry.objects.get(object_id=str(subscriber.pk), content_type__model="subscriber")
    assert entry.object_repr == f"Erased subscriber #{subscriber.pk}"


def test_erasing_from_the_delete_page_leaves_the_address_nowhere(client, subscriber):
    client.force_login(make_editor())
    url = reverse("admin:newsletter_subscriber_delete", args=[subscriber.pk])
    response = client.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert ADDRESS.lower() not in response.text  # not even in the success message
    assert tables_mentioning(ADDRESS) == []


# --- History that nobody rewrites ---------------------------------------------------------


def workflow_event():
    comparison = make_comparison()
    return WorkflowEvent.objects.create(
        comparison=comparison,
        action=Action.PUBLISH,
        from_status=Status.APPROVED,
        to_status=Status.PUBLISHED,
        comment="Looks good.",
    )


def rating_reset():
    comparison = make_comparison()
    rating_services.rate(comparison=comparison, stars=4, reader="r1")
    return rating_services.reset_ratings(
        comparison=comparison, by=make_editor("resetter"), reason="Rewritten."
    )


def archived_rating():
    return rating_reset() and ArchivedRating.objects.get()


def delivery():
    make_subscriber("reader@example.com")
    return make_sending_issue().deliveries.get()


def role_change():
    role = make_role()
    before = careers_services.facts_of(role)
    role.median_salary += 1
    role.save()
    return careers_services.record_change(role=role, before=before, by=None)


HISTORY = {
    "workflow event": (WorkflowEvent, workflow_event, "comment"),
    "rating reset": (RatingReset, rating_reset, "reason"),
    "archived rating": (ArchivedRating, archived_rating, "stars"),
    "delivery": (Delivery, delivery, "last_error"),
    "role change": (RoleChange, role_change, "role_title"),
}


@pytest.fixture(params=["editor", "superuser"])
def staff_client(request, client):
    if request.param == "editor":
        user = make_editor()
    else:
        user = get_user_model().objects.create_superuser("root", password="pw")
    client.force_login(user)
    return client


def snapshot(model, obj):
    return model.objects.filter(pk=obj.pk).values().first()


@pytest.mark.parametrize("name", HISTORY)
def test_no_admin_path_changes_or_deletes_history(staff_client, name):
    model, make, field = HISTORY[name]
    obj = make()
    before = snapshot(model, obj)
    rows = model.objects.count()
    info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
    change = staff_client.post(reverse(f"{info}_change", args=[obj.pk]), {field: "99"})
    delete_get = staff_client.get(reverse(f"{info}_delete", args=[obj.pk]))
    delete_post = staff_client.post(reverse(f"{info}_delete", args=[obj.pk]), {"post": "yes"})
    add = staff_client.post(reverse(f"{info}_add"), {field: "99"})
    bulk = staff_client.post(
        reverse(f"{info}_changelist"),
        {"action": "delete_selected", "_selected_action": [obj.pk], "post": "yes"},
    )
    assert change.status_code == 403
    assert delete_get.status_code == delete_post.status_code == add.status_code == 403
    assert bulk.status_code in (200, 302)  # the action is not offered: nothing happens
    assert "delete_selected" not in staff_client.get(reverse(f"{info}_changelist")).text
    assert snapshot(model, obj) == before
    assert model.objects.count() == rows


def test_revisions_have_no_admin_edit_or_delete_pages(staff_client):
    comparison = make_comparison()
    revision = comparison.revisions.get()
    for view in ("change", "delete", "add", "changelist"):
        with pytest.raises(NoReverseMatch):
            reverse(
                f"admin:comparisons_revision_{view}",
                args=[revision.pk] if view in ("change", "delete") else [],
            )
    forged = staff_client.post(
        f"/admin/comparisons/revision/{revision.pk}/delete/", {"post": "yes"}
    )
    assert forged.status_code in (302, 404)
    assert Revision.objects.filter(pk=revision.pk).exists()


def test_deleting_an_article_with_history_is_refused_on_every_admin_path(staff_client):
    comparison = make_comparison()
    workflow_event_for = WorkflowEvent.objects.create(
        comparison=comparison,
        action=Action.PUBLISH,
        from_status=Status.APPROVED,
        to_status=Status.PUBLISHED,
    )
    delete_post = staff_client.post(
        reverse("admin:comparisons_comparison_delete", args=[comparison.pk]), {"post": "yes"}
    )
    staff_client.post(
        reverse("admin:comparisons_comparison_changelist"),
        {"action": "delete_selected", "_selected_action": [comparison.pk], "post": "yes"},
    )
    assert delete_post.status_code == 403
    assert WorkflowEvent.objects.filter(pk=workflow_event_for.pk).exists()
    assert comparison.revisions.exists()


def test_consent_records_cannot_be_changed_or_deleted_through_the_subscriber_form(
    staff_client,
):
    newsletter_services.subscribe(email="keep@example.com", source="/newsletter/")
    subscriber = Subscriber.objects.get()
    record = subscriber.consent_records.get()
    before = snapshot(ConsentRecord, record)
    url = reverse("admin:newsletter_subscriber_change", args=[subscriber.pk])
    staff_client.post(
        url,
        {
            "consent_records-TOTAL_FORMS": "1",
            "consent_records-INITIAL_FORMS": "1",
            "consent_records-0-id": record.pk,
            "consent_records-0-subscriber": subscriber.pk,
            "consent_records-0-source": "forged",
            "consent_records-0-wording": "forged",
            "consent_records-0-DELETE": "on",
        },
    )
    assert snapshot(ConsentRecord, record) == before
    with pytest.raises(NoReverseMatch):
        reverse("admin:newsletter_consentrecord_delete", args=[record.pk])
