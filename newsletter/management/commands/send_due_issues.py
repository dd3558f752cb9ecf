"""Start every scheduled issue whose time has come, and resume sends that stopped moving.

Run it every few minutes (cron or a loop, see README); the sends themselves run in the
`db_worker` on the "newsletter" queue. `--wait` follows them with a progress bar.
"""

import sys
import time

from django.core.management.base import BaseCommand

from newsletter import sending, services, tasks
from newsletter.models import Issue, IssueStatus

BAR_WIDTH = 30
IDLE_POLLS = 60


class Command(BaseCommand):
    help = "Starts due newsletter issues and resumes stalled sends (the worker sends them)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait",
            action="store_true",
            help="Stay and show a progress bar until the sends started here have finished.",
        )
        parser.add_argument(
            "--poll", type=float, default=1.0, help="Seconds between progress updates."
        )

    def handle(self, *args, wait=False, poll=1.0, **options):
        started = services.start_due_sends()
        stalled = services.stalled_sends()
        for issue in started:
            self.stdout.write(f"Starting “{issue}” ({issue.deliveries.count():,} recipients).")
        for issue in stalled:
            self.stdout.write(f"Resuming “{issue}”.")
        issues = started + stalled
        for issue in issues:
            tasks.send_issue.enqueue(issue_id=issue.pk)
        if not issues:
            if options["verbosity"] > 0:
                self.stdout.write("Nothing to send.")
            return
        if wait:
            self.follow([issue.pk for issue in issues], poll)

    def follow(self, issue_ids, poll):
        """Show progress until every issue is sent, or nothing has moved for IDLE_POLLS polls
        (no worker running, or only retries waiting for later)."""
        live = sys.stdout.isatty()
        last, idle, step = None, 0, -1
        while True:
            counts = sending.progress(issue_ids)
            line = " | ".join(progress_line(pk, counts[pk]) for pk in issue_ids)
            done = Issue.objects.filter(pk__in=issue_ids, status=IssueStatus.SENT).count()
            share = sum(finished(c) for c in counts.values()) * 10 // max(1, total(counts))
            if live:
                self.stdout.write(f"\r{line}", ending="")
            elif share != step:
                self.stdout.write(line)
            step = share
            if done == len(issue_ids):
                break
            idle = idle + 1 if line == last else 0
            last = line
            if idle >= IDLE_POLLS:
                self.stdout.write(
                    "\nNo progress for a while: deliveries are waiting for a retry, or no "
                    "worker runs the “newsletter” queue (manage.py db_worker --queue-name '*')."
                )
                return
            time.sleep(poll)
        if live:
            self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("All sent."))


def finished(counts) -> int:
    return sum(counts.get(s, 0) for s in ("sent", "failed", "skipped"))


def total(all_counts) -> int:
    return sum(c["total"] for c in all_counts.values())


def progress_line(issue_id, counts) -> str:
    filled = BAR_WIDTH * finished(counts) // max(1, counts["total"])
    bar = "#" * filled + "-" * (BAR_WIDTH - filled)
    return (
        f"Issue {issue_id} [{bar}] {counts.get('sent', 0):,}/{counts['total']:,} sent"
        f", {counts.get('failed', 0):,} failed"
    )
