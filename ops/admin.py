from django.contrib import admin

from .models import WorkerHeartbeat


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(admin.ModelAdmin):
    """Which task workers are alive, read-only: the workers write these rows themselves."""

    list_display = [
        "worker_id",
        "queues",
        "hostname",
        "pid",
        "started_at",
        "last_seen",
        "tasks_run",
    ]
    list_filter = ["queues"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
