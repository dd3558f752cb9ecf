"""`ReadOnlyAdmin`: for rows that only a service writes."""

from django.contrib import admin

from .guards import SafeAdminMixin


class ReadOnlyAdmin(SafeAdminMixin, admin.ModelAdmin):
    """Rows that only a service writes – ledgers, histories, readers' data: staff with the view
    permission look, filter and run the admin's actions, but nobody adds, edits or deletes a row
    by hand. A subclass that lets some staff delete overrides `has_delete_permission` and
    routes the deletion through its service."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
