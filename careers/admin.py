from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils.html import format_html

from adminkit.guards import SafeAdminMixin
from core.forms import TEXT_OVERRIDES

from . import services
from .forms import RoleAdminForm
from .models import Role, RoleChange, Sector, stale_salary_cutoff


@admin.register(Sector)
class SectorAdmin(SafeAdminMixin, admin.ModelAdmin):
    formfield_overrides = TEXT_OVERRIDES
    list_display = ("name", "slug", "role_count")
    search_fields = ("name",)
    prepopulated_fields = {"slug": ("name",)}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(role_count=Count("roles"))

    @admin.display(description="Roles", ordering="role_count")
    def role_count(self, obj):
        return obj.role_count

    def save_model(self, request, obj, form, change):
        services.save_sector(sector=obj)


class StaleSalaryFilter(admin.SimpleListFilter):
    title = "salary figure"
    parameter_name = "salary"

    def lookups(self, request, model_admin):
        years = settings.SALARY_STALE_AFTER_YEARS
        return [
            ("stale", f"Older than {years} years"),
            ("current", "Current"),
            ("missing", "No figure"),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.with_stale_salary()
        if self.value() == "current":
            return queryset.filter(
                median_salary__isnull=False, salary_as_of__gte=stale_salary_cutoff()
            )
        if self.value() == "missing":
            return queryset.filter(median_salary__isnull=True)
        return queryset


class ApprovalFilter(admin.SimpleListFilter):
    title = "role page"
    parameter_name = "approval"

    def lookups(self, request, model_admin):
        return [("awaiting", "Awaiting approval"), ("approved", "Approved (public)")]

    def queryset(self, request, queryset):
        if self.value() == "awaiting":
            return queryset.awaiting_approval()
        if self.value() == "approved":
            return queryset.public()
        return queryset


@admin.register(Role)
class RoleAdmin(SafeAdminMixin, admin.ModelAdmin):
    form = RoleAdminForm
    change_form_template = "admin/careers/role/change_form.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}, **TEXT_OVERRIDES}
    list_display = (
        "title",
        "sector",
        "soc_codes",
        "page_status",
        "salary",
        "salary_freshness",
        "updated_at",
    )
    list_filter = (ApprovalFilter, "sector", StaleSalaryFilter)
    list_select_related = ("sector",)
    search_fields = ("title", "summary", "skills", "soc_codes")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("sector", "related_roles")
    readonly_fields = ("salary_freshness", "approved_at", "approved_by", "created_at", "updated_at")
    actions = ["approve_selected"]
    fieldsets = (
        (None, {"fields": ("title", "slug", "sector", "soc_codes", "summary")}),
        ("Facts", {"fields": ("education", "experience", "skills", "work_environment")}),
        (
            "Salary",
            {
                "fields": (
                    "median_salary",
                    ("salary_p10", "salary_p25", "salary_p75", "salary_p90"),
                    "salary_source",
                    "salary_source_url",
                    "salary_as_of",
                    "salary_freshness",
                ),
                "description": "Cite where the figures come from and which month they describe. "
                "The percentiles are optional; “import_oews” fills all of them from the official "
                "wage file.",
            },
        ),
        ("Related roles", {"fields": ("related_roles",)}),
        (
            "Record",
            {
                "fields": ("approved_at", "approved_by", "created_at", "updated_at"),
                "classes": ("collapse",),
            },
        ),
    )

    class Media:
        css = {"all": ["careers/admin-roles.css"]}

    @admin.display(description="Role page", ordering="approved_at")
    def page_status(self, obj):
        return "Public" if obj.approved_at else "Awaiting approval"

    @admin.display(description="Median salary", ordering="median_salary")
    def salary(self, obj):
        return f"${obj.median_salary:,}" if obj.median_salary else "—"

    @admin.display(description="Salary figure", ordering="salary_as_of")
    def salary_freshness(self, obj):
        if not obj.median_salary:
            return "No figure"
        when = obj.salary_as_of.strftime("%B %Y")
        if obj.salary_is_stale:
            return format_html(
                '<strong class="salary-stale">⚠ Stale: {} (older than {} years)</strong>',
                when,
                settings.SALARY_STALE_AFTER_YEARS,
            )
        return when

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        # Writers draft roles; what readers see (an approved role, or one a scheduled or live
        # article shows) only editors change. Checked here, so every admin path obeys it.
        return obj is None or services.may_change(role=obj, user=request.user)

    def has_publish_permission(self, request):
        return services.is_editor(request.user)

    @admin.action(
        description="Approve selected roles (their pages go public)", permissions=["publish"]
    )
    def approve_selected(self, request, queryset):
        count = services.approve(roles=list(queryset), by=request.user)
        self.message_user(request, f"{count} role page(s) approved and now public.")

    def save_model(self, request, obj, form, change):
        """Nothing yet: `save_related` saves the role with its related roles in one service call."""

    def save_related(self, request, form, formsets, change):
        services.save_role(
            role=form.instance,
            related_roles=form.cleaned_data.get("related_roles"),
            by=request.user,
        )
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)

        for usage in form.live_usage:
            changed = len(usage.sentences)
            text = f"“{usage.comparison.title}” now shows the new facts"
            text += f" in {changed} sentence(s)." if changed else "."
            if usage.quotes:
                text += (
                    f" Its text still types {', '.join(usage.quotes)} as plain digits: edit "
                    "the article to use a fact placeholder."
                )
            level = messages.WARNING if usage.quotes else messages.INFO
            self.message_user(request, text, level)

        if services.is_editor(request.user):
            # An editor's save is their approval.
            if services.approve(roles=[form.instance], by=request.user):
                self.message_user(request, "Approved: the role's page is now on the site.")
        elif form.instance.approved_at is None:
            self.message_user(
                request,
                "An editor must approve this role before its page appears on the site.",
                messages.INFO,
            )

    def delete_model(self, request, obj):
        services.delete_roles(roles=[obj])

    def delete_queryset(self, request, queryset):
        services.delete_roles(roles=queryset)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # get_object() answers None for an id that is not a number; filter by the object then.
        role = self.get_object(request, object_id)
        changes = RoleChange.objects.filter(role=role).select_related("changed_by") if role else []
        extra_context = {
            **(extra_context or {}),
            "role_changes": changes[:50],
            "role_is_live": bool(role and services.is_live(role)),
        }
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(RoleChange)
class RoleChangeAdmin(SafeAdminMixin, admin.ModelAdmin):
    """Every recorded change to role facts, including those of roles deleted since: read only."""

    list_display = ("changed_at", "role_title", "changed_by", "facts")
    list_filter = ("changed_at",)
    search_fields = ("role_title",)
    list_select_related = ("changed_by",)
    fields = ("role", "role_title", "changed_by", "changed_at", "changes")

    @admin.display(description="Facts changed")
    def facts(self, obj):
        return ", ".join(obj.changes)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
