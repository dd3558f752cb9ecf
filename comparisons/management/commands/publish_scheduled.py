from django.core.management.base import BaseCommand

from comparisons import workflow
from runtime.resilience import Loop


class Command(BaseCommand):
    help = (
        "Finish the schedules whose time has come: swap in scheduled new versions, record the "
        "publication, clear caches and email the authors. Run it every few minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            type=int,
            metavar="SECONDS",
            help=(
                "Keep running and check again every SECONDS seconds (instead of cron); survives "
                "database restarts and logs an 'alive' line every minute."
            ),
        )

    def handle(self, *args, loop=None, **options):
        if loop is None:
            published = self.publish()
            if not published:
                self.stdout.write("Nothing due.")
            return
        runner = Loop(
            "publish_scheduled", lambda: f"{len(self.publish())} published", interval=loop
        )
        runner.install_signals()
        runner.run()

    def publish(self):
        published = workflow.publish_due()
        for comparison in published:
            self.stdout.write(f"Published on schedule: {comparison}")
        return published
