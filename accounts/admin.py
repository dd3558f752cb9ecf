from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group

from core import live
from core.admin_mixins import SafeAdminMixin

from .models import User

# What the author box under every article shows.
AUTHOR_BOX_FIELDS = {"first_name", "last_name", "job_title", "bio"}


@admin.register(User)
class StaffUserAdmin(SafeAdminMixin, UserAdmin):
    fieldsets = (
        *UserAdmin.fieldsets,
        ("Author box", {"fields": ("job_title", "bio")}),
    )
    list_display = ("username", "email", "first_name", "last_name", "groups_list", "is_active")

    @admin.display(description="Groups")
    def groups_list(self, obj):
        return ", ".join(group.name for group in obj.groups.all()) or "—"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and AUTHOR_BOX_FIELDS & set(form.changed_data):
            live.content_changed()  # cached articles show the author box


# Django's own Group admin, with the guards every admin list here has (core/admin_mixins.py).
admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(SafeAdminMixin, BaseGroupAdmin):
    pass
