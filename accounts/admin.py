from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group

from adminkit.guards import SafeAdminMixin

from . import services
from .forms import StaffLoginForm
from .models import User

admin.site.login_form = StaffLoginForm


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
        services.save_user(user=obj)


# django-axes' list of failed sign-ins, with an explicit way to lift a lockout early, and its
# sign-in logs; all with the guards every admin list here has (an odd year in the date
# hierarchy or a selection that is not an id was a 500).
admin.site.unregister(AccessAttempt)
admin.site.unregister(AccessLog)
admin.site.unregister(AccessFailureLog)


@admin.register(AccessLog)
class SignInLogAdmin(SafeAdminMixin, AccessLogAdmin):
    pass


@admin.register(AccessFailureLog)
class SignInFailureLogAdmin(SafeAdminMixin, AccessFailureLogAdmin):
    pass


@admin.register(AccessAttempt)
class LoginAttemptAdmin(SafeAdminMixin, AccessAttemptAdmin):
    actions = ["unlock", *AccessAttemptAdmin.actions]

    @admin.action(
        description="Unlock selected sign-ins (forget their failed attempts)",
        permissions=["delete"],
    )
    def unlock(self, request, queryset):
        pairs = [f"{a.username or '?'} from {a.ip_address or '?'}" for a in queryset]
        queryset.delete()
        self.message_user(request, f"Unlocked: {', '.join(pairs) or 'nothing'}.")


# Django's own Group admin, with the guards every admin list here has (adminkit/guards.py).
admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(SafeAdminMixin, BaseGroupAdmin):
    pass
