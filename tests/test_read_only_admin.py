"""Ledgers and histories share one read-only admin (adminkit.admin.ReadOnlyAdmin)."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse

from adminkit.admin import ReadOnlyAdmin
from comparisons.models import WorkflowEvent
from newsletter.models import Delivery
from ratings.models import ArchivedRating, Rating, RatingAggregate, RatingReset

READ_ONLY = {WorkflowEvent, Delivery, RatingAggregate, Rating, RatingReset, ArchivedRating}


def test_every_ledger_and_history_uses_the_one_read_only_admin():
    registered = {
        model
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, ReadOnlyAdmin)
    }
    assert registered == READ_ONLY


@pytest.mark.django_db
@pytest.mark.parametrize("model", sorted(READ_ONLY, key=lambda m: m._meta.label))
def test_not_even_a_superuser_adds_or_edits_a_row_by_hand(client, model):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.com", "pw"))
    opts = model._meta
    add = reverse(f"admin:{opts.app_label}_{opts.model_name}_add")
    assert client.get(add).status_code == 403
    changelist = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    assert changelist.status_code == 200
    assert add not in changelist.text
    model_admin = admin.site._registry[model]
    request = changelist.wsgi_request
    assert not model_admin.has_change_permission(request)
    # Only rating removal deletes, and through the rating service.
    assert model_admin.has_delete_permission(request) == (model is Rating)
