from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from adminkit.guards import SafeAdminMixin

from . import services
from .models import ArticleRequest, RequestVote


class HasComparisonFilter(admin.SimpleListFilter):
    title = "comparison"
    parameter_name = "started"

    def lookups(self, request, model_admin):
        return [("yes", "Started"), ("no", "Not started")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(comparison__isnull=False)
        if self.value() == "no":
            return queryset.filter(comparison__isnull=True)
        return queryset


class VoteInline(admin.TabularInline):
    model = RequestVote
    extra = 0
    can_delete = False
    fields = ("created_at", "email", "consent_at", "notified_at")
    readonly_fields = fields
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


def error_text(error) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)


@admin.register(ArticleRequest)
class ArticleRequestAdmin(SafeAdminMixin, admin.ModelAdmin):
    list_display = (
        "pair",
        "count",
        "first_asked_at",
        "last_asked_at",
        "status",
        "comparison_link",
        "waiting_addresses",
    )
    list_filter = (
        "status",
        HasComparisonFilter,
        "last_asked_at",
        "first_asked_at",
        "role_a__sector",
    )
    list_select_related = ("role_a", "role_b", "comparison")
    search_fields = ("role_a__title", "role_b__title")
    date_hierarchy = "last_asked_at"
    readonly_fields = (
        "role_a",
        "role_b",
        "count",
        "first_asked_at",
        "last_asked_at",
        "status",
        "closed_at",
        "comparison",
    )
    fields = readonly_fields
    inlines = (VoteInline,)
    actions = ("erase_addresses",)

    def has_add_permission(self, request):
        return False  # readers make requests; editors act on them

    @admin.display(description="Roles", ordering="role_a__title")
    def pair(self, obj):
        return f"{obj.role_a.title} vs. {obj.role_b.title}"

    @admin.display(description="Comparison")
    def comparison_link(self, obj):
        if obj.comparison_id is None:
            return "—"
        url = reverse("admin:comparisons_comparison_change", args=[obj.comparison_id])
        return format_html('<a href="{}">{}</a>', url, obj.comparison.title)

    @admin.display(description="Addresses waiting")
    def waiting_addresses(self, obj):
        return obj.votes.exclude(email="").filter(notified_at__isnull=True).count()

    def get_urls(self):
        start = self.admin_site.admin_view(require_POST(self.start_draft_view))
        return [
            path("<int:pk>/start-draft/", start, name="article_requests_articlerequest_start"),
            *super().get_urls(),
        ]

    def start_draft_view(self, request, pk):
        article_request = get_object_or_404(ArticleRequest, pk=pk)
        if not self.has_view_permission(request, article_request):
            raise PermissionDenied
        try:
            comparison, created = services.start_draft(
                article_request=article_request, by=request.user
            )
        except (PermissionDenied, ValidationError) as error:
            self.message_user(request, f"No draft started: {error_text(error)}", messages.ERROR)
            return redirect("admin:index")
        if created:
            self.message_user(
                request,
                f"Started the draft “{comparison.title}” from {article_request.count} readers' "
                "request. They hear from us when it is published.",
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                f"These roles already have a comparison, “{comparison.title}”: the request is "
                "linked to it, and its readers hear from us when it is published.",
                messages.WARNING,
            )
        return redirect("admin:comparisons_comparison_change", comparison.pk)

    @admin.action(
        description="Erase the e-mail addresses of selected requests", permissions=["change"]
    )
    def erase_addresses(self, request, queryset):
        erased = services.erase_addresses(votes=RequestVote.objects.filter(request__in=queryset))
        self.message_user(request, f"Erased {erased} e-mail address(es).", messages.SUCCESS)


@admin.register(RequestVote)
class RequestVoteAdmin(SafeAdminMixin, admin.ModelAdmin):
    """Each reader's request. Search by address to erase one when a reader asks."""

    list_display = ("request", "created_at", "email", "consent_at", "notified_at")
    list_filter = (
        "request__status",
        ("email", admin.EmptyFieldListFilter),
        ("notified_at", admin.EmptyFieldListFilter),
        "created_at",
    )
    list_select_related = ("request__role_a", "request__role_b")
    search_fields = ("email", "request__role_a__title", "request__role_b__title")
    date_hierarchy = "created_at"
    fields = (
        "request",
        "created_at",
        "email",
        "consent_wording",
        "consent_at",
        "notified_at",
        "reader",
        "ip_hash",
    )
    readonly_fields = fields
    actions = ("erase_addresses",)

    def has_add_permission(self, request):
        return False

    @admin.action(
        description="Erase the e-mail addresses of selected readers", permissions=["change"]
    )
    def erase_addresses(self, request, queryset):
        erased = services.erase_addresses(votes=queryset)
        self.message_user(request, f"Erased {erased} e-mail address(es).", messages.SUCCESS)
