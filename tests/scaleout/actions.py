"""Database-side steps of the scale-out suite, run in the layout's own environment.

`python -m tests.scaleout.actions NAME '{"json": "arguments"}'` prints a JSON answer. The suite
talks to the site only over HTTP through nginx; this is how it plays the editor and reads the
ledger, as an operator's shell would.
"""

import json
import sys


def setup_django():
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()


def publish_article(*, title):
    import uuid

    from tests.factories import make_comparison, make_role, make_sector

    # Each call is a new process, so the factories' counters start again: unique names here.
    key = uuid.uuid4().hex[:8]
    sector = make_sector(f"Sector {key}", slug=f"sector-{key}")
    role_a = make_role(f"Role A {key}", slug=f"role-a-{key}", sector=sector)
    role_b = make_role(f"Role B {key}", slug=f"role-b-{key}", sector=sector)
    comparison = make_comparison(role_a, role_b, title=title)
    return {"slug": comparison.slug, "pk": comparison.pk}


def take_down(*, pk):
    from comparisons import publishing
    from comparisons.models import Comparison

    publishing.take_down(Comparison.objects.get(pk=pk))
    return {"ok": True}


def retitle(*, pk, title):
    from comparisons import publishing
    from comparisons.models import Comparison

    comparison = Comparison.objects.get(pk=pk)
    comparison.title = title
    comparison.save()
    revision = publishing.create_revision(comparison)
    publishing.make_live(comparison, revision=revision)
    return {"ok": True}


def rating_totals(*, pk):
    from ratings.models import Rating, RatingAggregate

    aggregate = RatingAggregate.objects.get(comparison_id=pk)
    ratings = Rating.objects.filter(comparison_id=pk)
    return {
        "count": aggregate.count,
        "total": aggregate.total,
        "rows": ratings.count(),
        "row_total": sum(ratings.values_list("stars", flat=True)),
    }


def newsletter_issue(*, subscribers, pick):
    import datetime

    from django.utils import timezone

    from newsletter import services
    from newsletter.models import Subscriber, SubscriberStatus
    from tests.newsletter_factories import make_issue

    now = timezone.now()
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"reader{n:05d}@example.com",
                status=SubscriberStatus.CONFIRMED,
                confirmed_at=now,
            )
            for n in range(subscribers)
        ],
        batch_size=1000,
    )
    from comparisons.models import Comparison

    issue = make_issue(picks=[Comparison.objects.get(pk=pick)])
    services.schedule(issue=issue, send_at=now + datetime.timedelta(seconds=1))
    return {"pk": issue.pk}


def ledger(*, issue):
    from collections import Counter

    from django_tasks_db.models import DBTaskResult

    from newsletter.models import Delivery, Issue

    rows = Delivery.objects.filter(issue_id=issue)
    batch_workers = Counter(
        ids[-1]
        for ids in DBTaskResult.objects.filter(
            task_path="newsletter.tasks.send_batch", status="SUCCESSFUL"
        ).values_list("worker_ids", flat=True)
        if ids
    )
    return {
        "issue_status": Issue.objects.get(pk=issue).status,
        "statuses": dict(Counter(rows.values_list("status", flat=True))),
        "possible_duplicates": list(
            rows.filter(possible_duplicate=True).values_list("subscriber__email", flat=True)
        ),
        "batches_by_worker": dict(batch_workers),
        "running_tasks": DBTaskResult.objects.filter(status="RUNNING").count(),
    }


def confirmation_sent(*, email):
    from django_tasks_db.models import DBTaskResult

    from newsletter.models import Subscriber

    subscriber = Subscriber.objects.filter(email=email).first()
    done = DBTaskResult.objects.filter(
        task_path="newsletter.tasks.send_confirmation", status="SUCCESSFUL"
    )
    return {
        "subscribed": subscriber is not None,
        "sent": subscriber is not None
        and any(
            r["kwargs"].get("subscriber_id") == subscriber.pk
            for r in done.values_list("args_kwargs", flat=True)
        ),
    }


ACTIONS = {
    f.__name__: f
    for f in (
        publish_article,
        take_down,
        retitle,
        rating_totals,
        newsletter_issue,
        ledger,
        confirmation_sent,
    )
}

if __name__ == "__main__":
    setup_django()
    result = ACTIONS[sys.argv[1]](**json.loads(sys.argv[2] if len(sys.argv) > 2 else "{}"))
    print(json.dumps(result))
