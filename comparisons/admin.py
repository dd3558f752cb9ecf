from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from taggit.admin import TagAdmin
from taggit.models import Tag

from adminkit.admin import ReadOnlyAdmin
from adminkit.guards import BoundedInlineMixin, SafeAdminMixin
from core.forms import TEXT_OVERRIDES
from core.ordering import renumber

from . import admin_desk, admin_views, desk, preview, publishing, queues, workflow
from .admin_widgets import PreloadedAutocompleteSelect, SharedLabels
from .forms import ComparisonAdminForm, SectionFormSet, WorkflowForm, latest_number
from .models import Action, Comparison, RelatedLink, Section, Status, WorkflowEvent


class WorkingCopyInline:
    """Sections and links are part of the working copy: editable exactly when the article is."""

    def _editable(self, request, obj):
        return obj is None or workflow.can_edit(obj, request.user)

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._editable(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._editable(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._editable(request, obj)


FACTS_HELP = (
    " Role facts: {{ a.salary }}, {{ b.salary_period }}, {{ a.salary_source }}, "
    "{{ a.salary_range }}, {{ b.title }} … (a = role A, b = role B) show the role's current "
    "figure, the same as the facts table."
)


class SectionInline(BoundedInlineMixin, WorkingCopyInline, admin.StackedInline):
    formfield_overrides = TEXT_OVERRIDES
    model = Section
    formset = SectionFormSet
    extra = 0
    fields = (("position", "kind"), "heading", "body", "verdict")
    ordering = ("position", "pk")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("body", "verdict"):
            field.help_text = f"{field.help_text}{FACTS_HELP}"
        return field


class RelatedLinkForm(forms.ModelForm):
    """The order of links is optional in a post (forms from before it was shown send none)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "position" in self.fields:
            self.fields["position"].required = False
            self.fields["position"].help_text = "Order among the links; 0 puts it last."

    def clean_position(self):
        return self.cleaned_data.get("position") or 0


class RelatedLinkInline(BoundedInlineMixin, WorkingCopyInline, admin.TabularInline):
    form = RelatedLinkForm
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}, **TEXT_OVERRIDES}
    model = RelatedLink
    fk_name = "comparison"
    extra = 0
    fields = ("position", "after_section", "label", "target_comparison", "target_role", "url")
    autocomplete_fields = ("target_comparison", "target_role")
    verbose_name = "related link"

    def get_formset(self, request, obj=None, **kwargs):
        # One lookup per target kind for all rows (see admin_widgets), not one per row.
        links = RelatedLink.objects.filter(comparison=obj) if obj is not None else None
        request.desk_link_labels = {
            name: SharedLabels(
                lambda name=name: (
                    set(links.values_list(f"{name}_id", flat=True)) - {None}
                    if links is not None
                    else set()
                )
            )
            for name in self.autocomplete_fields
        }
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        labels = getattr(request, "desk_link_labels", {}).get(db_field.name)
        if labels is not None:
            kwargs["widget"] = PreloadedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using"), labels=labels
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

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


class ReviewQueueFilter(admin.SimpleListFilter):
    title = "review queue"
    parameter_name = "queue"

    def lookups(self, request, model_admin):
        editor = workflow.is_editor(request.user)
        return [(q.key, q.title) for q in queues.QUEUES if editor or not q.editors_only]

    def queryset(self, request, queryset):
        queue = queues.QUEUES_BY_KEY.get(self.value())
        if queue is None:
            return queryset
        return queryset.filter(pk__in=queue.query(request.user).values("pk"))


@admin.register(Comparison)
class ComparisonAdmin(SafeAdminMixin, admin.ModelAdmin):
    form = ComparisonAdminForm
    change_form_template = "admin/comparisons/comparison/change_form.html"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}, **TEXT_OVERRIDES}
    list_display = (
        "title",
        "roles",
        "status",
        "live",
        "scheduled_for",
        "review_by",
        "facts",
        "author",
        "updated_at",
    )
    list_filter = (ReviewQueueFilter, "status", LiveFilter, "role_a__sector", "tags")
    list_select_related = ("role_a", "role_b", "author", "live_revision")
    search_fields = ("title", "slug", "lead", "role_a__title", "role_b__title")
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = ("role_a", "role_b")
    readonly_fields = ("status", "live_summary", "created_at", "updated_at")
    date_hierarchy = "updated_at"
    inlines = (SectionInline, RelatedLinkInline)
    actions = ("submit_for_review", "approve", "publish_now", "unpublish")
    save_on_top = True
    fieldsets = (
        (None, {"fields": (("role_a", "role_b"), "title", "slug", "lead", "tags")}),
        ("Introduction", {"fields": ("intro",)}),
        ("Hero image", {"fields": ("hero_image", "hero_alt")}),
        ("Status", {"fields": ("status", "live_summary", "review_by")}),
        ("Advanced", {"fields": ("author", "created_at", "updated_at"), "classes": ("collapse",)}),
    )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "author":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "lead":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "maxlength": 300})
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "intro":
            field.help_text = f"{field.help_text}{FACTS_HELP}"
        return field

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj and obj.published_at:
            # The pair is the article's identity once readers have seen it.
            fields += ["role_a", "role_b"]
        if not workflow.is_editor(request.user):
            fields += ["review_by", "author"]
        return fields

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or workflow.can_edit(obj, request.user)

    def get_urls(self):
        return admin_desk.urls(self) + admin_views.urls(self) + super().get_urls()

    def change_view(self, request, object_id, form_url="", extra_context=None):
        comparison = self.get_object(request, object_id)
        if comparison is not None:
            extra_context = {
                **(extra_context or {}),
                **self._workflow_context(request, comparison),
                **self._desk_context(request, comparison),
            }
        return super().change_view(request, object_id, form_url, extra_context)

    def _desk_context(self, request, comparison):
        """The writing desk: the kept unsaved text (offered, or restored into the form on
        `?restore=autosave`), and the addresses its script posts to."""
        if not workflow.can_edit(comparison, request.user):
            return {}
        kept = desk.kept(comparison=comparison, user=request.user)
        restoring = request.method == "GET" and kept and request.GET.get("restore") == "autosave"
        if restoring:
            request.desk_restore = desk.restored_data(kept)
        return {
            "desk": {
                "kept": kept,
                "report": desk.checks_for(comparison, request.desk_restore if restoring else None),
                "facts_json": desk.FACTS_JSON,
                "links_url": reverse(
                    "admin:comparisons_comparison_desk_links", args=[comparison.pk]
                ),
                "checks_url": reverse(
                    "admin:comparisons_comparison_desk_checks", args=[comparison.pk]
                ),
                "restored": restoring,
                "autosave_url": reverse(
                    "admin:comparisons_comparison_autosave", args=[comparison.pk]
                ),
                "discard_url": reverse(
                    "admin:comparisons_comparison_discard", args=[comparison.pk]
                ),
                "preview_url": reverse(
                    "admin:comparisons_comparison_desk_preview", args=[comparison.pk]
                ),
            }
        }

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        restore = getattr(request, "desk_restore", None)
        if restore is None:
            return form

        class RestoredForm(form):
            """Shown with the kept text; Save then posts the ordinary form."""

            checks_conflicts = False

            def __init__(self, *args, **kwargs):
                if not args and "data" not in kwargs:
                    kwargs.update(data=restore.copy(), files={})
                super().__init__(*args, **kwargs)

        return RestoredForm

    def get_formset_kwargs(self, request, obj, inline, prefix):
        kwargs = super().get_formset_kwargs(request, obj, inline, prefix)
        restore = getattr(request, "desk_restore", None)
        if restore is not None and request.method == "GET":
            kwargs.update(data=restore.copy(), files={})
        return kwargs

    def add_view(self, request, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "can_save_and_submit": True}
        return super().add_view(request, form_url, extra_context)

    def _workflow_context(self, request, comparison):
        latest = comparison.revisions.select_related("created_by").order_by("-number").first()
        events = list(comparison.events.select_related("actor", "revision")[:100])
        request_for_changes = None
        if comparison.status == Status.CHANGES_REQUESTED:
            request_for_changes = next(
                (e for e in events if e.action == Action.REQUEST_CHANGES), None
            )
        transitions = workflow.allowed_transitions(comparison, request.user)
        return {
            "workflow_transitions": transitions,
            "workflow_form": WorkflowForm(
                prefix="workflow", initial={"seen_revision": latest.number if latest else None}
            ),
            "workflow_needs_time": any(t.needs_time for t in transitions),
            "workflow_events": events,
            "request_for_changes": request_for_changes,
            "latest_revision": latest,
            "preview_path": reverse(
                "admin:comparisons_comparison_preview", args=[comparison.pk, latest.number]
            )
            if latest
            else "",
            "preview_links": preview.outstanding(comparison),
            "can_revoke_previews": workflow.is_editor(request.user),
            "preview_days": preview.max_age().days,
            "can_save_and_submit": workflow.can_edit(comparison, request.user)
            and comparison.status in (Status.DRAFT, Status.CHANGES_REQUESTED),
        }

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
            text = "Not published."
        else:
            when = timezone.localtime(obj.live_from).strftime("%b %d, %Y %H:%M")
            if not obj.is_live:
                text = f"Revision {obj.live_revision.number}, scheduled to go live {when}."
            else:
                text = f"Revision {obj.live_revision.number}, live since {when}."
        if obj.scheduled_for and obj.is_live and obj.scheduled_revision_id != obj.live_revision_id:
            when = timezone.localtime(obj.scheduled_for).strftime("%b %d, %Y %H:%M")
            text += f" Revision {obj.scheduled_revision.number} replaces it on {when}."
        latest = latest_number(obj) if obj.pk else 0
        if obj.live_revision_id and latest and latest != obj.live_revision.number:
            text += f" The working copy is revision {latest}."
        return text

    def delete_model(self, request, obj):
        publishing.delete_comparisons(comparisons=[obj])

    def delete_queryset(self, request, queryset):
        publishing.delete_comparisons(comparisons=queryset)

    def save_model(self, request, obj, form, change):
        if not change and not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)
        if warning := getattr(form, "hero_warning", ""):
            self.message_user(request, warning, messages.WARNING)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is Section:
            renumber(form.instance.sections.all())
        if formset.model is RelatedLink:
            renumber(form.instance.related_links.all())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        comparison = form.instance
        revision = publishing.create_revision(comparison, user=request.user)
        desk.clear(comparison=comparison, user=request.user)  # the kept text is saved now
        if workflow.note_edit(comparison, by=request.user, revision=revision):
            live = comparison.live_revision.number if comparison.is_live else None
            self.message_user(
                request,
                "This is a new version: it goes back to draft and needs review before it goes "
                "live." + (f" Readers still see revision {live}." if live else ""),
                messages.WARNING,
            )
        if "_save_and_submit" in request.POST:
            try:
                workflow.submit(comparison, by=request.user)
                self.message_user(request, "Submitted for review; editors have been emailed.")
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"Saved, but not submitted: {admin_views.error_text(error)}", "error"
                )

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    @admin.action(description="Submit for review", permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._run(request, queryset, Action.SUBMIT, "Submitted")

    @admin.action(description="Approve", permissions=["publish"])
    def approve(self, request, queryset):
        self._run(request, queryset, Action.APPROVE, "Approved")

    @admin.action(description="Publish the current version now", permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run(request, queryset, Action.PUBLISH, "Published")

    @admin.action(description="Unpublish (hide from readers)", permissions=["publish"])
    def unpublish(self, request, queryset):
        self._run(request, queryset, Action.UNPUBLISH, "Unpublished")

    def _run(self, request, queryset, action, verb):
        done = 0
        for comparison in queryset:
            try:
                workflow.apply(action, comparison, by=request.user)
                done += 1
            except (PermissionDenied, ValidationError) as error:
                self.message_user(
                    request, f"{comparison}: {admin_views.error_text(error)}", messages.ERROR
                )
        if done:
            self.message_user(request, f"{verb} {done} comparison(s).", messages.SUCCESS)


@admin.register(WorkflowEvent)
class WorkflowEventAdmin(ReadOnlyAdmin):
    """The editorial history of every comparison, read-only: who did what, when and why."""

    list_display = ("created_at", "comparison", "action", "from_status", "to_status", "who")
    list_filter = ("action", "to_status", ("actor", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("comparison", "actor")
    search_fields = ("comparison__title", "comment", "actor__username", "actor__last_name")
    date_hierarchy = "created_at"
    fields = (
        "comparison",
        "action",
        "from_status",
        "to_status",
        "actor",
        "created_at",
        "comment",
        "revision",
        "scheduled_for",
    )

    @admin.display(description="By", ordering="actor__username")
    def who(self, obj):
        return obj.actor_name


# taggit's Tag admin, with the guards every admin list here has (adminkit/guards.py).
admin.site.unregister(Tag)


@admin.register(Tag)
class GuardedTagAdmin(SafeAdminMixin, TagAdmin):
    """Without taggit's "Merge selected tags": its action and page asked for no permission (any
    writer could create tags and re-point every article's tags), answered 500 to a missing
    selection, and re-pointed tags behind the back of revisions and the live cache. Merging
    is renaming and deleting, which is left to administrators, tag by tag."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("render_tag_form", None)
        return actions

    def get_urls(self):
        return [url for url in super().get_urls() if url.name != "taggit_tag_merge_tags"]
