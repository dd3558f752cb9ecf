"""Tasks whose worker died are put back in the queue (or failed, after too many tries).

A worker started by `run_worker` renews its WorkerHeartbeat every LEASE_RENEW seconds. Once a
heartbeat is older than LEASE, the process is taken for dead; its RUNNING tasks go back to
READY so another worker runs them. The scheduler calls this every tick, so a killed worker's
task runs again within LEASE + the scheduler's interval (under a minute with the defaults).

Tasks must therefore be safe to run twice; ours are (the newsletter ledger, the workflow
e-mails at worst twice). A task that has already killed MAX_TRIES workers is failed instead of
taking down a third.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)

LEASE = datetime.timedelta(seconds=settings.TASK_WORKER_LEASE_SECONDS)
LEASE_RENEW = LEASE.total_seconds() / 6  # 5 s with the default lease
MAX_TRIES = 3
FORGET_AFTER = datetime.timedelta(days=1)


class WorkerDied(Exception):
    """Recorded on a task that killed its worker MAX_TRIES times."""


def recover_dead_tasks(*, now=None) -> int:
    """Requeue (or fail) RUNNING tasks of workers whose lease expired; returns how many."""
    now = now or timezone.now()
    cutoff = now - LEASE
    dead = set(
        WorkerHeartbeat.objects.filter(last_seen__lt=cutoff).values_list("worker_id", flat=True)
    )
    if not dead:
        return 0
    recovered = 0
    for task_id, worker_ids in DBTaskResult.objects.running().values_list("id", "worker_ids"):
        if worker_ids and worker_ids[-1] in dead:
            recovered += _recover(task_id, now=now, reason="stopped renewing its lease")
    WorkerHeartbeat.objects.filter(last_seen__lt=now - FORGET_AFTER).delete()
    if recovered:
        # The workers are gone and their tasks handled: drop their leases.
        stale = WorkerHeartbeat.objects.filter(worker_id__in=dead, last_seen__lt=cutoff)
        stale.delete()
    return recovered


def requeue_own(worker_id: str) -> int:
    """A worker that lost its task (database outage, forced exit) hands it back itself."""
    count = 0
    for task_id, worker_ids in DBTaskResult.objects.running().values_list("id", "worker_ids"):
        if worker_ids and worker_ids[-1] == worker_id:
            count += _recover(task_id, now=timezone.now(), reason="handed it back")
    return count


def _recover(task_id, *, now, reason) -> int:
    with transaction.atomic():
        task = DBTaskResult.objects.select_for_update().filter(pk=task_id).first()
        if task is None or task.status != TaskResultStatus.RUNNING:
            return 0
        worker = task.worker_ids[-1] if task.worker_ids else "?"
        if len(task.worker_ids) >= MAX_TRIES:
            task.status = TaskResultStatus.FAILED
            task.finished_at = now
            task.exception_class_path = f"{WorkerDied.__module__}.{WorkerDied.__qualname__}"
            task.traceback = (
                f"The worker running this task stopped {len(task.worker_ids)} times "
                f"(last: {worker}); not tried again."
            )
            task.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            logger.error("Task %s (%s) failed: its workers kept dying", task.pk, task.task_path)
        else:
            task.status = TaskResultStatus.READY
            task.started_at = None
            task.save(update_fields=["status", "started_at"])
            logger.warning(
                "Task %s (%s) requeued: worker %s %s", task.pk, task.task_path, worker, reason
            )
    return 1
