import datetime

from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max


def queued_task(*, age_seconds=0, status=TaskResultStatus.READY, worker_ids=(), queue="default"):
    task = DBTaskResult.objects.create(
        status=status,
        args_kwargs={"args": [], "kwargs": {}},
        task_path="newsletter.tasks.send_confirmation",
        backend_name="default",
        queue_name=queue,
        run_after=get_date_max(),
        worker_ids=list(worker_ids),
        started_at=timezone.now() - datetime.timedelta(seconds=age_seconds)
        if status == TaskResultStatus.RUNNING
        else None,
    )
    if age_seconds:
        DBTaskResult.objects.filter(pk=task.pk).update(
            enqueued_at=timezone.now() - datetime.timedelta(seconds=age_seconds)
        )
    return task
