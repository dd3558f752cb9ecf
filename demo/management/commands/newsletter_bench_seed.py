"""Seed N confirmed subscribers and one issue that is due now, for `make bench` (never on a
real site: the subscribers are made up and skip double opt-in)."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from comparisons.models import Comparison
from newsletter.models import (
    Issue,
    IssueStatus,
    PickedComparison,
    Subscriber,
    SubscriberStatus,
    Tip,
)
from runtime.progress import progress

TIP = (
    "Write down three stories from your last job before the interview: a problem you solved, "
    "a mistake you fixed, a person you helped. Most questions are one of those three."
)

BATCH = 1000


class Command(BaseCommand):
    help = "Create N confirmed subscribers and one issue due now, for the newsletter benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)

    @transaction.atomic
    def handle(self, *args, subscribers, verbosity=1, **options):
        if Subscriber.objects.exists() or Issue.objects.exists():
            raise CommandError("The newsletter tables are not empty: seed an empty database.")
        now = timezone.now()
        with progress(self, total=subscribers, desc="Subscribers", verbosity=verbosity) as bar:
            for start in range(0, subscribers, BATCH):
                numbers = range(start, min(start + BATCH, subscribers))
                Subscriber.objects.bulk_create(
                    Subscriber(
                        email=f"reader{n:06d}@bench.example",
                        status=SubscriberStatus.CONFIRMED,
                        source="/",
                        confirmed_at=now,
                    )
                    for n in numbers
                )
                bar.update(len(numbers))
        issue = Issue.objects.create(
            subject="Three stories to prepare before any interview",
            slug="bench-three-stories",
            preheader="Ten minutes of preparation that answer most questions.",
            intro="A short issue, sent to every subscriber by the benchmark.",
            status=IssueStatus.SCHEDULED,
            send_at=now - datetime.timedelta(minutes=1),
        )
        for position in range(1, 4):
            Tip.objects.create(issue=issue, position=position, title=f"Story {position}", body=TIP)
        for position, comparison in enumerate(Comparison.objects.published()[:3], start=1):
            PickedComparison.objects.create(issue=issue, comparison=comparison, position=position)
        if verbosity:
            self.stdout.write(f"Seeded {subscribers:,} confirmed subscribers and issue {issue.pk}.")
