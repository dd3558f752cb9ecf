from django.db import models


class WorkerHeartbeat(models.Model):
    """A task worker's lease: renewed every few seconds while the process lives.

    A task still RUNNING under a worker whose heartbeat stopped belonged to a process that was
    killed (SIGKILL, out of memory, a lost machine); `ops.recovery` puts it back in the queue.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    queues = models.CharField(max_length=200, help_text="The queues this worker takes tasks from.")
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True, verbose_name="process id")
    started_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(db_index=True, help_text="The last renewal of the lease.")
    tasks_run = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "worker heartbeat"
        ordering = ["-last_seen"]

    def __str__(self):
        return f"{self.worker_id} ({self.queues})"
