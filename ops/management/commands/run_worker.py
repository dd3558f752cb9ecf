"""`manage.py run_worker --queue-name newsletter`: db_worker that survives database restarts.

Same options as django-tasks-db's `db_worker` (it is that command with a different worker);
see ops/worker.py for what changes. The production layout (deploy/systemd/) runs this one.
"""

from django_tasks_db.management.commands import db_worker

from ops.worker import ResilientWorker


class Command(db_worker.Command):
    help = (
        "Run a database task worker that reconnects after database outages and holds a lease "
        "so tasks of a killed worker are recovered."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--heartbeat",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="Log an 'alive' line this often (default: 60).",
        )

    def handle(self, *, heartbeat=60.0, **options):
        original = db_worker.Worker
        # db_worker.Command.handle builds `Worker(...)` from its module: give it ours.
        db_worker.Worker = lambda **kwargs: ResilientWorker(heartbeat_every=heartbeat, **kwargs)
        try:
            options["reload"] = False  # a reloader would hide the worker behind a parent process
            super().handle(**options)
        finally:
            db_worker.Worker = original
