"""django-tasks-db's worker, made to survive database restarts and to hold a lease.

The upstream worker exits on the first OperationalError of a dropped connection, and a task
whose worker was killed stays RUNNING forever. This one:
- waits for the database with back-off when the connection drops (one log line lost, one
  back), hands back the task it was running then, and carries on;
- renews a WorkerHeartbeat from a small thread, so `ops.recovery` can requeue the tasks of a
  worker that was killed;
- logs an "alive" line every minute.
SIGTERM keeps upstream's meaning: finish the running task (one newsletter batch), then exit.
"""

import logging
import os
import socket
import threading

from django.db import DatabaseError, connection
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker

from runtime.resilience import DatabaseWatch, Heartbeat, is_connection_error

from . import recovery
from .models import WorkerHeartbeat

logger = logging.getLogger("careercompare.worker")


class ResilientWorker(Worker):
    def __init__(self, *args, heartbeat_every: float = 60.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = f"worker {self.worker_id} ({','.join(self.queue_names)})"
        self.watch = DatabaseWatch(self.name)
        self.heartbeat = Heartbeat(self.name, every=heartbeat_every)
        self.lease_stop = threading.Event()
        self.current_task = None

    # --- the lease thread ----------------------------------------------------------------
    def renew_lease(self) -> None:
        WorkerHeartbeat.objects.update_or_create(
            worker_id=self.worker_id,
            defaults={
                "queues": ",".join(self.queue_names)[:200],
                "hostname": socket.gethostname()[:255],
                "pid": os.getpid(),
                "last_seen": timezone.now(),
                "tasks_run": self._run_tasks,
            },
        )

    def lease_loop(self) -> None:
        try:
            while not self.lease_stop.is_set():
                try:
                    self.renew_lease()
                except DatabaseError:
                    # The main loop logs the outage; the lease simply lapses meanwhile.
                    connection.close_if_unusable_or_obsolete()
                    try:
                        connection.close()
                    except DatabaseError:
                        connection.connection = None
                state = f"running {self.current_task}" if self.running_task else "idle"
                self.heartbeat.beat(f"{self._run_tasks} tasks run; {state}")
                self.lease_stop.wait(recovery.LEASE_RENEW)
        finally:
            connection.close()

    # --- the main loop -------------------------------------------------------------------
    def run_task(self, db_task_result) -> None:
        self.current_task = f"{db_task_result.task_path} {db_task_result.pk}"
        try:
            super().run_task(db_task_result)
        finally:
            self.current_task = None

    def run(self) -> None:
        lease = threading.Thread(target=self.lease_loop, name="worker-lease", daemon=True)
        lease.start()
        try:
            while self.running:
                try:
                    super().run()
                    return
                except Exception as error:
                    if not is_connection_error(error):
                        raise
                    if not self.watch.wait(error, should_stop=lambda: not self.running):
                        return
                    handed_back = recovery.requeue_own(self.worker_id)
                    if handed_back:
                        logger.warning(
                            "%s: handed back %s interrupted task(s)", self.name, handed_back
                        )
                    self.startup_delay = False
        finally:
            self.lease_stop.set()
            lease.join(timeout=10)
            self.leave()

    def leave(self) -> None:
        """On the way out, hand back anything still ours and drop the lease."""
        try:
            recovery.requeue_own(self.worker_id)
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except DatabaseError:
            logger.warning("%s: could not drop its lease (database unreachable)", self.name)
