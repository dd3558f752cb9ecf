from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import format_html

from . import publishing, workflow
from .models import Comparison, RelatedLink, Section


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = (("position", "kind"), "heading", "body", "verdict")
    ordering = ("position", "pk")


class RelatedLinkInline(admin.TabularInline):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    model = RelatedLink
    fk_name = "comparison"
    extra = 0
    fields = ("after_section", "label", "target_comparison", "target_role", "url")
    autocomplete_fields = ("target_comparison", "target_role")
    verbose_name = "related link"
    verbose_name_plural = "Related links (the “Related: …” lines between sections)"


class LiveFilter(admin.SimpleListFilter):
    title = "visible to readers"
    parameter_name = "live"

    def lookups(self, request, model_admin):
        return [("yes", "Live"), ("no", "Not live")]

    def queryset(self, request, queryset):
        live = Comparison.objects.published().values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=live)
        if self.value() == "no":
            return queryset.exclude(pk__in=live)
        return queryset


@admin.register(Comparison)
class ComparisonAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = ("title", "roles", "status", "live", "facts", "author", "updated_at")
    list_filter = ("status", LiveFilter, "role_a__sector", "tags")
    list_select_related = ("role_a", "role_b", "author", "live_revision")
    search_fields = ("title", "slug", "lead", "role_a__title", "role_b__title")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("role_a", "role_b")
    readonly_fields = ("status", "live_summary", "created_at", "updated_at")
    date_hierarchy = "updated_at"
    inlines = (SectionInline, RelatedLinkInline)
    actions = ("publish_now", "unpublish")
    save_on_top = True
    fieldsets = (
        (None, {"fields": (("role_a", "role_b"), "title", "slug", "lead", "tags")}),
        ("Introduction", {"fields": ("intro",)}),
        ("Hero image", {"fields": ("hero_image", "hero_alt")}),
        ("Status", {"fields": ("status", "live_summary")}),
        ("Advanced", {"fields": ("author", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "author":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "lead":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "maxlength": 300})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj and obj.published_at:
            # The pair is the article's identity once readers have seen it.
            fields += ["role_a", "role_b"]
        return fields

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_live else None

    @admin.display(description="Roles")
    def roles(self, obj):
        return f"{obj.role_a} / {obj.role_b}"

    @admin.display(description="Live", boolean=True)
    def live(self, obj):
        return obj.is_live

    @admin.display(description="Facts")
    def facts(self, obj):
        stale = [role.title for role in (obj.role_a, obj.role_b) if role.salary_is_stale]
        if stale:
            return format_html(
                '<span title="Salary figure is old">⚠ Stale salary: {}</span>', ", ".join(stale)
            )
        return "OK"

    @admin.display(description="What readers see")
    def live_summary(self, obj):
        if not obj.live_revision_id:
            return "Not published."
        when = timezone.localtime(obj.live_from).strftime("%b %d, %Y %H:%M")
        if not obj.is_live:
            return f"Revision {obj.live_revision.number}, scheduled to go live {when}."
        return f"Revision {obj.live_revision.number}, live since {when}."

    def save_model(self, request, obj, form, change):
        if not change and not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Section:
            _renumber(form.instance.sections.all())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        publishing.create_revision(form.instance, user=request.user)

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    @admin.action(description="Publish the current version now", permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run(request, queryset, workflow.publish, "Published")

    @admin.action(description="Unpublish (hide from readers)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._run(request, queryset, workflow.unpublish, "Unpublished")

    def _run(self, request, queryset, transition, verb):
        done = 0
        for comparison in queryset:
            try:
                transition(comparison, by=request.user)
                done += 1
            except (PermissionDenied, ValidationError) as error:
                self.message_user(request, f"{comparison}: {_text(error)}", messages.ERROR)
        if done:
            self.message_user(request, f"{verb} {done} comparison(s).", messages.SUCCESS)


def _renumber(sections):
    """Keep positions 1, 2, 3… in the order the editor chose (0 means “at the end”)."""
    ordered = sorted(sections, key=lambda s: (s.position or 10_000, s.pk))
    for index, section in enumerate(ordered, start=1):
        if section.position != index:
            Section.objects.filter(pk=section.pk).update(position=index)


def _text(error):
    return " ".join(getattr(error, "messages", None) or [str(error)])
