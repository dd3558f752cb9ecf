"""`manage.py run_scheduler`: the one long-running scheduler of the production layout.

Every tick (default 15 s) it finishes due schedules (comparisons.workflow.publish_due: scheduled
new versions swapped in, publications recorded, authors e-mailed) and requeues tasks of workers
that died (ops.recovery). It survives database restarts and logs an "alive" line every minute.
Due newsletter sends and pruning old task results run from systemd timers (deploy/systemd/).
"""

from django.core.management.base import BaseCommand

from comparisons import workflow
from core.resilience import Loop
from ops import recovery


class Command(BaseCommand):
    help = "Publish due schedules and recover tasks of dead workers, every few seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=15.0, metavar="SECONDS")
        parser.add_argument("--heartbeat", type=float, default=60.0, metavar="SECONDS")

    def handle(self, *args, interval=15.0, heartbeat=60.0, **options):
        loop = Loop("scheduler", tick, interval=interval, heartbeat_every=heartbeat)
        loop.install_signals()
        loop.run()


def tick() -> str:
    published = workflow.publish_due()
    recovered = recovery.recover_dead_tasks()
    return f"{len(published)} published, {recovered} tasks recovered"
