from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.html import format_html

from accounts.groups import PUBLISH_PERMISSION
from core.forms import TEXT_OVERRIDES

from . import services
from .models import Role, RoleChange, Sector, stale_salary_cutoff


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
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


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    change_form_template = "admin/careers/role/change_form.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}, **TEXT_OVERRIDES}
    list_display = ("title", "sector", "salary", "salary_freshness", "updated_at")
    list_filter = ("sector", StaleSalaryFilter)
    list_select_related = ("sector",)
    search_fields = ("title", "summary", "skills")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("sector", "related_roles")
    readonly_fields = ("salary_freshness", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("title", "slug", "sector", "summary")}),
        ("Facts", {"fields": ("education", "experience", "skills", "work_environment")}),
        (
            "Salary",
            {
                "fields": (
                    "median_salary",
                    "salary_source",
                    "salary_source_url",
                    "salary_as_of",
                    "salary_freshness",
                ),
                "description": "Cite where the figure comes from and which month it describes.",
            },
        ),
        ("Related roles", {"fields": ("related_roles",)}),
        ("Record", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )

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
                '<strong style="color:#a4161a">⚠ Stale: {} (older than {} years)</strong>',
                when,
                settings.SALARY_STALE_AFTER_YEARS,
            )
        return when

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        # Facts of a role in a live article are published facts: editors only.
        return obj is None or request.user.has_perm(PUBLISH_PERMISSION) or not services.is_live(obj)

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

    def delete_model(self, request, obj):
        services.delete_roles(roles=[obj])

    def delete_queryset(self, request, queryset):
        services.delete_roles(roles=queryset)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        changes = RoleChange.objects.filter(role_id=object_id).select_related("changed_by")[:50]
        role = self.get_object(request, object_id)
        extra_context = {
            **(extra_context or {}),
            "role_changes": changes,
            "role_is_live": bool(role and services.is_live(role)),
        }
        return super().change_view(request, object_id, form_url, extra_context)
