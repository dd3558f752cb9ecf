import time

from django.core.management.base import BaseCommand

from comparisons import workflow


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
            help="Keep running and check again every SECONDS seconds (instead of cron).",
        )

    def handle(self, *args, loop=None, **options):
        while True:
            published = workflow.publish_due()
            for comparison in published:
                self.stdout.write(f"Published on schedule: {comparison}")
            if loop is None:
                if not published:
                    self.stdout.write("Nothing due.")
                return
            time.sleep(loop)
