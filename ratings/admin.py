"""The editors' view of ratings: per article (sortable, charted, resettable), one by one
(filterable, removable) and the history of what was removed or reset.

Ratings are readers' data: nothing here edits them. Removing and resetting go through
`ratings.services`, which keeps the totals exact and the old ratings in the history.
"""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from adminkit.admin import ReadOnlyAdmin

from . import charts, services
from .admin_filters import ArticleFilter, DateRangeFilter, DateRangeForm, filter_by_range
from .models import ArchivedRating, Rating, RatingAggregate, RatingReset
from .queries import average_expression, tallies

RECENT_ON_ARTICLE_PAGE = 20


def _stars(n):
    return format_html('<span title="{} out of 5">{}</span>', n, "★" * n + "☆" * (5 - n))


def _article_link(comparison):
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    return format_html('<a href="{}">{}</a>', url, comparison.title)


def _ratings_list_url(**params):
    return reverse("admin:ratings_rating_changelist") + "?" + urlencode(params)


class EnoughRatingsFilter(admin.SimpleListFilter):
    title = "number of ratings"
    parameter_name = "enough"

    def lookups(self, request, model_admin):
        minimum = settings.RATINGS_TOP_MIN_COUNT
        return [
            ("yes", f"{minimum} or more (can be top rated)"),
            ("no", f"Fewer than {minimum}"),
            ("none", "None (reset or all removed)"),
        ]

    def queryset(self, request, queryset):
        minimum = settings.RATINGS_TOP_MIN_COUNT
        return {
            "yes": lambda: queryset.filter(count__gte=minimum),
            "no": lambda: queryset.filter(count__lt=minimum, count__gt=0),
            "none": lambda: queryset.filter(count=0),
        }.get(self.value(), lambda: queryset)()


class ResetForm(forms.Form):
    reason = forms.CharField(
        max_length=300,
        label="Why reset?",
        help_text="Kept in the rating history, e.g. “Rewritten with the 2025 salary figures”.",
        widget=forms.TextInput(attrs={"size": 60}),
        error_messages={"required": "Say why the ratings are being reset, for the history."},
    )


@admin.register(RatingAggregate)
class RatingAggregateAdmin(ReadOnlyAdmin):
    list_display = ("article", "average", "count", "chart", "last_rated_at")
    list_display_links = ("average",)
    list_select_related = ("comparison",)
    list_filter = (EnoughRatingsFilter, ("last_rated_at", DateRangeFilter))
    search_fields = ("comparison__title", "comparison__slug")
    search_help_text = "Search by article title or address."
    ordering = ("-count",)
    actions = ("reset_selected",)
    fields = ("article", "average", "count", "last_rated_at")
    # Nobody deletes the counters (ReadOnlyAdmin): they go when the article goes; Reset clears.

    def has_reset_permission(self, request):
        return request.user.has_perm(services.RESET_PERMISSION)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(average_value=average_expression())

    @admin.display(description="Article", ordering="comparison__title")
    def article(self, obj):
        return _article_link(obj.comparison)

    @admin.display(description="Average", ordering="average_value")
    def average(self, obj):
        return f"{obj.average:.2f}" if obj.count else "–"

    @admin.display(description="Stars 1–5")
    def chart(self, obj):
        return charts.sparkline(obj.distribution)

    def get_urls(self):
        return [
            path(
                "<path:object_id>/reset/",
                self.admin_site.admin_view(self.reset_view),
                name="ratings_ratingaggregate_reset",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        aggregate = self.get_object(request, object_id)
        if aggregate is None:
            return super().change_view(request, object_id, form_url, extra_context)
        ratings = Rating.objects.filter(comparison_id=aggregate.pk)
        dates = {key: request.GET[key] for key in ("start", "end") if request.GET.get(key)}
        period = DateRangeForm(dates or None)
        start, end = period.bounds() if period.is_bound else (None, None)
        in_period = filter_by_range(ratings, "updated_at", start, end)
        period_tallies = tallies(in_period) if period.is_bound else aggregate.distribution
        context = {
            "chart": charts.distribution_chart(aggregate.distribution),
            "weekly_chart": charts.weekly_chart(ratings),
            "period": period,
            "period_chart": charts.distribution_chart(
                period_tallies, label="Ratings in the chosen dates"
            )
            if period.is_bound
            else None,
            "period_summary": services.RatingSummary(
                count=sum(period_tallies.values()),
                total=sum(n * c for n, c in period_tallies.items()),
            ),
            # Who rated what is for those who may see individual ratings, not writers.
            "recent": in_period.select_related("user")[:RECENT_ON_ARTICLE_PAGE]
            if request.user.has_perm("ratings.view_rating")
            else [],
            "all_ratings_url": _ratings_list_url(article=aggregate.pk),
            "resets": RatingReset.objects.filter(comparison_id=aggregate.pk).select_related(
                "reset_by"
            ),
            "can_reset": self.has_reset_permission(request) and aggregate.count > 0,
            "can_see_ratings": request.user.has_perm("ratings.view_rating"),
            "reset_url": reverse("admin:ratings_ratingaggregate_reset", args=[aggregate.pk]),
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, context)

    def reset_view(self, request, object_id):
        aggregate = self.get_object(request, object_id)
        if aggregate is None:
            raise Http404("No ratings for that article.")
        return self._reset(request, [aggregate], from_action=False)

    @admin.action(description="Reset ratings of the selected articles…", permissions=["reset"])
    def reset_selected(self, request, queryset):
        return self._reset(request, list(queryset.select_related("comparison")), from_action=True)

    def _reset(self, request, aggregates, *, from_action):
        if not self.has_reset_permission(request):
            raise PermissionDenied
        form = ResetForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            done = 0
            for aggregate in aggregates:
                try:
                    services.reset_ratings(
                        comparison=aggregate.comparison,
                        by=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                    done += 1
                except ValidationError as error:
                    self.message_user(request, " ".join(error.messages), messages.WARNING)
            if done:
                self.message_user(
                    request,
                    f"Reset the ratings of {done} article(s); the old ratings are in the "
                    "rating history.",
                    messages.SUCCESS,
                )
            if from_action or not done:
                return redirect("admin:ratings_ratingaggregate_changelist")
            return redirect("admin:ratings_ratingaggregate_change", aggregates[0].pk)
        context = {
            **self.admin_site.each_context(request),
            "title": "Reset ratings",
            "opts": self.opts,
            "aggregates": aggregates,
            "form": form,
            "from_action": from_action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/ratings/reset_confirmation.html", context)


@admin.register(Rating)
class RatingAdmin(ReadOnlyAdmin):
    list_display = ("rating", "article", "rated_by", "ip_fingerprint", "updated_at")
    list_select_related = ("comparison", "user")
    list_filter = (ArticleFilter, "stars", ("updated_at", DateRangeFilter), "user")
    search_fields = ("comparison__title", "=reader", "=ip_hash")
    search_help_text = "Search by article title, or paste a reader id or IP fingerprint."
    actions = ("remove_selected",)
    fields = ("comparison", "stars", "reader", "user", "ip_hash", "created_at", "updated_at")

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # “Remove” keeps the ratings in the history
        return actions

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm(services.REMOVE_PERMISSION)

    def has_remove_permission(self, request):
        return self.has_delete_permission(request)

    @admin.display(description="Stars", ordering="stars")
    def rating(self, obj):
        return _stars(obj.stars)

    @admin.display(description="Article", ordering="comparison__title")
    def article(self, obj):
        url = _ratings_list_url(article=obj.comparison_id)
        return format_html('<a href="{}">{}</a>', url, obj.comparison.title)

    @admin.display(description="By")
    def rated_by(self, obj):
        if obj.user_id:
            return f"Staff: {obj.user}"
        return format_html(
            '<a href="{}" title="Every rating by this reader">Reader {}</a>',
            _ratings_list_url(reader=obj.reader),
            obj.reader[:8],
        )

    @admin.display(description="IP fingerprint")
    def ip_fingerprint(self, obj):
        if not obj.ip_hash:
            return "–"
        return format_html(
            '<a href="{}" title="Every rating from this address">{}…</a>',
            _ratings_list_url(ip_hash=obj.ip_hash),
            obj.ip_hash[:10],
        )

    @admin.action(description="Remove selected ratings (kept in history)", permissions=["remove"])
    def remove_selected(self, request, queryset):
        removed = services.remove_ratings(ratings=queryset, by=request.user)
        self.message_user(
            request,
            f"Removed {removed} rating(s); the articles' averages no longer count them.",
            messages.SUCCESS,
        )

    def delete_model(self, request, obj):
        services.remove_ratings(ratings=[obj], by=request.user)

    def delete_queryset(self, request, queryset):
        services.remove_ratings(ratings=queryset, by=request.user)


@admin.register(RatingReset)
class RatingResetAdmin(ReadOnlyAdmin):
    list_display = ("comparison", "reset_at", "reset_by", "reason", "count", "average", "ratings")
    list_select_related = ("comparison", "reset_by")
    list_filter = (("reset_at", DateRangeFilter),)
    search_fields = ("comparison__title", "reason")
    fields = ("comparison", "reset_at", "reset_by", "reason", "count", "average", "ratings")
    readonly_fields = ("average", "ratings")

    @admin.display(description="Average then")
    def average(self, obj):
        return f"{obj.average:.2f}" if obj.count else "–"

    @admin.display(description="Cleared ratings")
    def ratings(self, obj):
        url = reverse("admin:ratings_archivedrating_changelist") + f"?reset__id__exact={obj.pk}"
        return format_html('<a href="{}">See the {} ratings</a>', url, obj.count)


@admin.register(ArchivedRating)
class ArchivedRatingAdmin(ReadOnlyAdmin):
    list_display = ("rating", "comparison", "reason", "archived_at", "archived_by", "updated_at")
    list_select_related = ("comparison", "archived_by")
    list_filter = ("reason", "stars", ("archived_at", DateRangeFilter))
    search_fields = ("comparison__title", "=reader", "=ip_hash")

    @admin.display(description="Stars", ordering="stars")
    def rating(self, obj):
        return _stars(obj.stars)
