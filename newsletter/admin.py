"""The editors' newsletter desk: compose an issue, preview it, test it, schedule it, watch it go.

Subscribers and the send ledger have their admin in `admin_subscribers.py`.
"""

from csp.decorators import csp_replace
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_sameorigin

from adminkit.guards import BoundedInlineMixin, SafeAdminMixin
from comparisons.models import Comparison
from core.dates import validate_storable
from core.forms import TEXT_OVERRIDES
from core.ordering import renumber

from . import charts, compose, sending, services, slots
from .admin_subscribers import DeliveryAdmin, SubscriberAdmin  # noqa: F401  (registers them)
from .models import DeliveryStatus, Issue, IssueStatus, PickedComparison, Tip

ACTION_BUTTONS = ("_schedule", "_unschedule", "_send_test")


def _sent_text(sent, total):
    return f"{sent:,} / {total:,} sent"


class LockedOnceSending:
    """Inlines show, but no longer change, once an issue is being sent."""

    def has_add_permission(self, request, obj):
        return not (obj and obj.is_locked) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not (obj and obj.is_locked) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not (obj and obj.is_locked) and super().has_delete_permission(request, obj)


class TipInline(BoundedInlineMixin, LockedOnceSending, admin.StackedInline):
    formfield_overrides = TEXT_OVERRIDES
    model = Tip
    extra = 0
    fields = (("position", "title"), "body")
    ordering = ("position", "pk")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class PickInline(BoundedInlineMixin, LockedOnceSending, admin.TabularInline):
    model = PickedComparison
    extra = 0
    fields = ("position", "comparison")
    autocomplete_fields = ("comparison",)
    ordering = ("position", "pk")
    verbose_name_plural = "Picked comparisons (readers see each one's live title and lead)"

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "comparison":
            kwargs["queryset"] = Comparison.objects.published()
            kwargs["help_text"] = "Only published comparisons can be picked."
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class IssueForm(forms.ModelForm):
    # Set by IssueAdmin.get_form from the button the editor pressed.
    scheduling = False
    unscheduling = False

    class Meta:
        model = Issue
        fields = ("subject", "slug", "preheader", "intro", "send_at")
        widgets = {"intro": forms.Textarea(attrs={"rows": 5})}

    def clean_send_at(self):
        send_at = self.cleaned_data.get("send_at")
        validate_storable(send_at)
        moved = self.instance.status == IssueStatus.SCHEDULED and "send_at" in self.changed_data
        if self.scheduling or (moved and not self.unscheduling):
            services.check_send_time(send_at)
        return send_at


@admin.register(Issue)
class IssueAdmin(SafeAdminMixin, admin.ModelAdmin):
    formfield_overrides = TEXT_OVERRIDES
    form = IssueForm

    class Media:
        css = {"all": ["newsletter/admin-newsletter.css", "admin-charts/charts.css"]}
        js = ["newsletter/issue-progress.js"]  # moves the bar while an issue is sending

    list_display = ("subject", "status", "send_at", "progress", "sent_at")
    list_filter = ("status",)
    search_fields = ("subject", "slug", "intro")
    prepopulated_fields = {"slug": ("subject",)}
    date_hierarchy = "send_at"
    inlines = (TipInline, PickInline)
    save_on_top = True
    readonly_fields = (
        "status",
        "progress_detail",
        "preview",
        "created_by",
        "started_at",
        "sent_at",
    )
    fieldsets = (
        (None, {"fields": ("subject", "slug", "preheader", "intro")}),
        ("Sending", {"fields": ("send_at", "status", "progress_detail")}),
        ("Preview", {"fields": ("preview",)}),
        ("Advanced", {"fields": ("created_by", "started_at", "sent_at"), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                delivery_total=Count("deliveries"),
                delivery_sent=Count("deliveries", filter=Q(deliveries__status=DeliveryStatus.SENT)),
            )
        )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        form.scheduling = request.method == "POST" and "_schedule" in request.POST
        form.unscheduling = request.method == "POST" and "_unschedule" in request.POST
        return form

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        # Drafts count too: a draft aimed at a Tuesday keeps that Tuesday for itself.
        booked = Issue.objects.exclude(send_at=None).values_list("send_at", flat=True)
        initial.setdefault("send_at", slots.next_slot(after=timezone.now(), taken=booked))
        return initial

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj and obj.is_locked:
            fields += ["subject", "slug", "preheader", "intro", "send_at"]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj and obj.is_locked else self.prepopulated_fields

    def has_delete_permission(self, request, obj=None):
        if obj and obj.status != IssueStatus.DRAFT:
            return False  # the archive and the send ledger need it
        return super().has_delete_permission(request, obj)

    def view_on_site(self, obj):
        return obj.get_absolute_url() if obj.is_locked else None

    @admin.display(description="Progress")
    def progress(self, obj):
        if not obj.delivery_total:
            return "–"
        return f"{obj.delivery_sent:,} / {obj.delivery_total:,} sent"

    @admin.display(description="Progress")
    def progress_detail(self, obj):
        if not obj.pk or not obj.is_locked:
            return "Not sent yet."
        counts = sending.progress([obj.pk])[obj.pk]
        ledger = reverse("admin:newsletter_delivery_changelist") + f"?issue__id__exact={obj.pk}"
        parts = [
            f"{counts.get(status, 0):,} {label.lower()}"
            for status, label in DeliveryStatus.choices
            if counts.get(status)
        ]
        doubtful = obj.deliveries.filter(possible_duplicate=True).count()
        if doubtful:
            parts.append(f"{doubtful:,} possibly sent twice (a worker died mid-message)")
        sent, total = counts.get(DeliveryStatus.SENT, 0), counts["total"]
        polling = obj.status == IssueStatus.SENDING
        return format_html(
            '<progress id="issue-progress" value="{}" max="{}" '
            'aria-labelledby="issue-progress-text"{}>{}</progress> '
            "<strong id='issue-progress-text'>{}</strong> ({}). "
            "<a href='{}'>See every delivery</a>",
            sent,
            max(total, 1),
            format_html(
                ' data-progress-url="{}"',
                reverse("admin:newsletter_issue_progress", args=[obj.pk]),
            )
            if polling
            else "",
            f"{sent / total:.0%}" if total else "0%",
            _sent_text(sent, total),
            ", ".join(parts) or "no recipients",
            ledger,
        )

    @admin.display(description="How it will look")
    def preview(self, obj):
        if not obj.pk:
            return "Save the issue to see a preview."
        html = reverse("admin:newsletter_issue_preview", args=[obj.pk, "html"])
        text = reverse("admin:newsletter_issue_preview", args=[obj.pk, "text"])
        return format_html(
            '<p><a href="{}" target="_blank">Open the HTML e-mail</a> · '
            '<a href="{}" target="_blank">Open the plain-text e-mail</a> '
            "(both as last saved)</p>"
            '<iframe src="{}" title="Preview of the HTML e-mail" sandbox="" '
            'class="issue-preview"></iframe>',
            html,
            text,
            html,
        )

    def get_urls(self):
        preview = self.admin_site.admin_view(self.preview_view)
        progress = self.admin_site.admin_view(self.progress_view)
        return [
            path("<int:pk>/preview/<str:fmt>/", preview, name="newsletter_issue_preview"),
            path("<int:pk>/progress.json", progress, name="newsletter_issue_progress"),
            *super().get_urls(),
        ]

    @xframe_options_sameorigin
    # The e-mail's own inline styles (mail clients need them); framed by the issue page only.
    @csp_replace({"style-src": ["'unsafe-inline'"], "frame-ancestors": ["'self'"]})
    def preview_view(self, request, pk, fmt):
        issue = get_object_or_404(Issue, pk=pk)
        if not self.has_view_or_change_permission(request, issue):
            raise PermissionDenied
        if fmt not in ("html", "text"):
            raise Http404("Preview as html or text.")
        kind = "text/html" if fmt == "html" else "text/plain"
        return HttpResponse(compose.preview(issue, fmt), content_type=f"{kind}; charset=utf-8")

    def progress_view(self, request, pk):
        """How far a send has got, for the bar on the issue page (static/newsletter/...js)."""
        issue = get_object_or_404(Issue, pk=pk)
        if not self.has_view_or_change_permission(request, issue):
            raise PermissionDenied
        counts = sending.progress([issue.pk])[issue.pk]
        sent, total = counts.get(DeliveryStatus.SENT, 0), counts["total"]
        body = {"status": issue.status, "sent": sent, "total": total}
        return JsonResponse({**body, "text": _sent_text(sent, total)})

    def changelist_view(self, request, extra_context=None):
        context = {
            "subscribers_chart": charts.subscribers_chart(),
            "issues_chart": charts.issues_chart(),
            **(extra_context or {}),
        }
        return super().changelist_view(request, context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        issue = self.get_object(request, object_id)
        context = {"sending": issue is not None and issue.status == IssueStatus.SENDING}
        return super().change_view(
            request, object_id, form_url, {**context, **(extra_context or {})}
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if "send_at" in form.changed_data and (warning := slots.off_rhythm_warning(obj.send_at)):
            self.message_user(request, warning, messages.WARNING)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        renumber(formset.model.objects.filter(issue=form.instance))

    def response_add(self, request, obj, post_url_continue=None):
        if any(button in request.POST for button in ACTION_BUTTONS):
            self._run_button(request, obj)
            return HttpResponseRedirect(reverse("admin:newsletter_issue_change", args=[obj.pk]))
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        if any(button in request.POST for button in ACTION_BUTTONS):
            self._run_button(request, obj)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def _run_button(self, request, issue):
        try:
            if "_schedule" in request.POST:
                issue = services.schedule(issue=issue)
                when = date_format(timezone.localtime(issue.send_at), "DATETIME_FORMAT")
                self.message_user(request, f"Saved and scheduled for {when}.", messages.SUCCESS)
            elif "_unschedule" in request.POST:
                services.unschedule(issue=issue)
                self.message_user(request, "Saved and moved back to draft.", messages.SUCCESS)
            else:
                services.send_test(issue=issue, to=request.user.email)
                message = f"Saved. A test copy is on its way to {request.user.email}."
                self.message_user(request, message, messages.SUCCESS)
        except ValidationError as error:
            for message in error.messages:
                self.message_user(request, f"Saved, but: {message}", messages.ERROR)
