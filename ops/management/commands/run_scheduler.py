"""`manage.py run_scheduler`: the one long-running scheduler of the production layout.

Every tick (default 15 s) it finishes due schedules (comparisons.workflow.publish_due: scheduled
new versions swapped in, publications recorded, authors e-mailed) and requeues tasks of workers
that died (ops.recovery). It survives database restarts and logs an "alive" line every minute.
Due newsletter sends and pruning old task results run from systemd timers (deploy/systemd/).
"""

import time

from django.core.management.base import BaseCommand

from comparisons import workflow
from ops import recovery
from runtime.resilience import Loop


class Command(BaseCommand):
    help = "Publish due schedules and recover tasks of dead workers, every few seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=15.0, metavar="SECONDS")
        parser.add_argument("--heartbeat", type=float, default=60.0, metavar="SECONDS")

    def handle(self, *args, interval=15.0, heartbeat=60.0, **options):
        loop = Loop("scheduler", Tick(interval), interval=interval, heartbeat_every=heartbeat)
        loop.install_signals()
        loop.run()


class Tick:
    """One round of the scheduler.

    After a gap in its own ticks (the database was down, or the machine stalled) the scheduler
    waits one whole lease before judging workers: they could not renew their leases either, and
    are not dead for it.
    """

    def __init__(self, interval: float, *, clock=time.monotonic):
        self.interval = interval
        self.clock = clock
        self.last = None
        self.trusted_from = None

    def __call__(self) -> str:
        now = self.clock()
        if self.last is None or now - self.last > self.interval + 2 * recovery.LEASE_RENEW:
            self.trusted_from = now + recovery.LEASE.total_seconds()
        published = workflow.publish_due()
        recovered = 0
        if now >= self.trusted_from:
            recovered = recovery.recover_dead_tasks()
        self.last = self.clock()
        return f"{len(published)} published, {recovered} tasks recovered"


def tick() -> str:
    """One round with no memory of earlier ones (for tests and one-off use)."""
    published = workflow.publish_due()
    recovered = recovery.recover_dead_tasks()
    return f"{len(published)} published, {recovered} tasks recovered"
