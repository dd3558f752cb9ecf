"""Subscribers and the send ledger in the admin: look up, export, unsubscribe, erase.

Nobody adds or edits a subscriber by hand: addresses come in through double opt-in only.
Deleting a subscriber erases their data through `services.erase`.
"""

import csv

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import StreamingHttpResponse
from django.urls import path, reverse
from django.utils import timezone

from adminkit.admin import ReadOnlyAdmin
from adminkit.guards import SafeAdminMixin

from . import services
from .models import ConsentRecord, Delivery, Subscriber, SubscriberStatus

CSV_COLUMNS = ("email", "status", "signed up", "confirmed", "unsubscribed", "signed up on")
# Spreadsheet apps run a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class ConsentRecordInline(admin.TabularInline):
    model = ConsentRecord
    extra = 0
    can_delete = False
    fields = ("action", "at", "source", "wording")
    readonly_fields = fields
    verbose_name_plural = "Consent history"

    def has_add_permission(self, request, obj):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(SafeAdminMixin, admin.ModelAdmin):
    list_display = ("email", "status", "created_at", "confirmed_at", "source")
    list_filter = ("status", "created_at", "confirmed_at", "unsubscribed_at")
    search_fields = ("email",)
    date_hierarchy = "created_at"
    readonly_fields = (
        "email",
        "status",
        "source",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
    )
    fields = readonly_fields
    inlines = (ConsentRecordInline,)
    actions = ("unsubscribe_selected",)
    list_per_page = 100

    def has_add_permission(self, request):
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:  # Django's confirmation page; deleting here erases
            function, name, _ = actions["delete_selected"]
            actions[name] = (function, name, "Erase selected subscribers' data (on their request)")
        return actions

    @admin.action(description="Unsubscribe selected (e.g. asked by e-mail)", permissions=["change"])
    def unsubscribe_selected(self, request, queryset):
        changed = sum(
            services.unsubscribe(subscriber=subscriber, method=f"admin ({request.user})")
            for subscriber in queryset
        )
        self.message_user(request, f"Unsubscribed {changed} subscriber(s).", messages.SUCCESS)

    def delete_model(self, request, obj):
        services.erase(subscriber=obj)

    def delete_queryset(self, request, queryset):
        for subscriber in queryset:
            services.erase(subscriber=subscriber)

    def response_delete(self, request, obj_display, obj_id):
        # Django's message would repeat the address we have just erased.
        return super().response_delete(request, f"subscriber #{obj_id}", obj_id)

    def changelist_view(self, request, extra_context=None):
        counts = dict(Subscriber.objects.values_list("status").annotate(n=Count("pk")).order_by())
        extra_context = {
            **(extra_context or {}),
            "status_counts": [
                (label, counts.get(value, 0), value) for value, label in SubscriberStatus.choices
            ],
            "export_url": reverse("admin:newsletter_subscriber_export"),
        }
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        export = self.admin_site.admin_view(self.export_view)
        return [path("export/", export, name="newsletter_subscriber_export"), *super().get_urls()]

    def export_view(self, request):
        """The list as filtered and searched on the page, as CSV."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        queryset = self.get_changelist_instance(request).get_queryset(request)
        stamp = timezone.localtime().strftime("%Y-%m-%d")
        response = StreamingHttpResponse(
            _csv_rows(queryset.order_by("pk").iterator(chunk_size=2000)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="subscribers-{stamp}.csv"'
        return response


class _Echo:
    def write(self, value):
        return value


def _cell(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return timezone.localtime(value).isoformat(timespec="seconds")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_rows(subscribers):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for s in subscribers:
        yield writer.writerow(
            [
                _cell(s.email),
                s.get_status_display(),
                _cell(s.created_at),
                _cell(s.confirmed_at),
                _cell(s.unsubscribed_at),
                _cell(s.source),
            ]
        )


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    """The send ledger, read-only: who got which issue, and what went wrong for whom."""

    list_display = (
        "issue",
        "subscriber",
        "status",
        "possible_duplicate",
        "attempts",
        "sent_at",
        "short_error",
    )
    list_filter = ("status", "possible_duplicate", "issue")
    search_fields = ("subscriber__email", "last_error")
    list_select_related = ("issue", "subscriber")
    list_per_page = 100

    @admin.display(description="Error")
    def short_error(self, obj):
        return obj.last_error[:120]
