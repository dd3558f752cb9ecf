from django.contrib import admin
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from adminkit.guards import SafeAdminMixin

from .models import WorkerHeartbeat


@admin.register(WorkerHeartbeat)
class WorkerHeartbeatAdmin(SafeAdminMixin, admin.ModelAdmin):
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


# django-tasks' own list of queued and finished tasks: already read-only (no add, change or
# delete for anyone); here it also gets the guards every admin list has.
admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(SafeAdminMixin, DBTaskResultAdmin):
    pass
