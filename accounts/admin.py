from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from . import services
from .models import User


@admin.register(User)
class StaffUserAdmin(UserAdmin):
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
        services.save_user(user=obj)
