import pytest
from django.urls import reverse
from django.utils.html import escape

from comparisons.models import Action, Comparison, Status
from demo import loader as demo

pytestmark = pytest.mark.django_db


def test_the_demo_gives_an_editor_a_working_review_queue(client):
    demo.load_demo()
    statuses = set(Comparison.objects.values_list("status", flat=True))
    assert {Status.DRAFT, Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.PUBLISHED} <= statuses
    sent_back = Comparison.objects.get(status=Status.CHANGES_REQUESTED)
    request = sent_back.events.get(action=Action.REQUEST_CHANGES)
    assert request.actor.username == "editor" and "salary" in request.comment
    assert sent_back.events.filter(action=Action.SUBMIT, actor__username="writer").exists()
    scheduled = Comparison.objects.get(slug="data-scientist-vs-software-engineer")
    if scheduled.status == Status.SCHEDULED:
        assert scheduled.scheduled_for and not scheduled.is_live
    published = Comparison.objects.published().first()
    assert published.events.filter(action=Action.PUBLISH).exists()
    assert published.review_by

    client.login(username="editor", password=demo.demo_password())
    home = client.get(reverse("admin:index")).text
    in_review = Comparison.objects.get(status=Status.IN_REVIEW)
    assert "Awaiting review" in home and escape(in_review.title) in home
    client.login(username="writer", password=demo.demo_password())
    home = client.get(reverse("admin:index")).text
    assert "Changes requested of me" in home and escape(sent_back.title) in home
    page = client.get(reverse("admin:comparisons_comparison_change", args=[sent_back.pk])).text
    assert "asked for changes" in page
