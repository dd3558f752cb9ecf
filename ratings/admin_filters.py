"""List filters for the ratings admin: a from–to date range and “this article only”."""

import datetime

from django import forms
from django.contrib import admin
from django.utils import timezone

from comparisons.models import Comparison
from core.dates import validate_storable
from core.params import positive_int

DATE_ERRORS = {"invalid": "Enter each date as YYYY-MM-DD, e.g. 2025-03-31."}


class DateRangeForm(forms.Form):
    start = forms.DateField(
        required=False, label="From", error_messages=DATE_ERRORS, validators=[validate_storable]
    )
    end = forms.DateField(
        required=False,
        label="To (inclusive)",
        error_messages=DATE_ERRORS,
        validators=[validate_storable],
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The start date is after the end date.")
        return cleaned

    def bounds(self):
        """Aware datetimes [from, to) in the site's time zone, or None for an open end."""
        if not self.is_valid():
            return None, None
        start, end = self.cleaned_data["start"], self.cleaned_data["end"]
        return (
            _midnight(start) if start else None,
            _midnight(end + datetime.timedelta(days=1)) if end else None,
        )


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def filter_by_range(queryset, field, start, end):
    if start:
        queryset = queryset.filter(**{f"{field}__gte": start})
    if end:
        queryset = queryset.filter(**{f"{field}__lt": end})
    return queryset


class DateRangeFilter(admin.FieldListFilter):
    """Two date boxes; a mistyped date is shown with its error and filters nothing."""

    template = "admin/ratings/date_range_filter.html"

    def __init__(self, field, request, params, model, model_admin, field_path):
        self.start_param = f"{field_path}_from"
        self.end_param = f"{field_path}_to"
        super().__init__(field, request, params, model, model_admin, field_path)
        values = {
            "start": self._single(self.start_param),
            "end": self._single(self.end_param),
        }
        self.form = DateRangeForm(values)

    def _single(self, param):
        value = self.used_parameters.get(param)
        return value[-1] if isinstance(value, list) else value

    def expected_parameters(self):
        return [self.start_param, self.end_param]

    def queryset(self, request, queryset):
        start, end = self.form.bounds()
        return filter_by_range(queryset, self.field_path, start, end)

    def choices(self, changelist):
        other = [
            (key, value)
            for key, values in changelist.params.items()
            if key not in (self.start_param, self.end_param)
            for value in (values if isinstance(values, list) else [values])
        ]
        yield {
            "selected": bool(self.used_parameters),
            "hidden": other,
            "start_name": self.start_param,
            "end_name": self.end_param,
            "start": self._single(self.start_param) or "",
            "end": self._single(self.end_param) or "",
            "clear": changelist.get_query_string(remove=[self.start_param, self.end_param]),
            "errors": [error for errors in self.form.errors.values() for error in errors]
            if any(self.used_parameters.values())
            else [],
        }


class ArticleFilter(admin.SimpleListFilter):
    """Shows which article a list is narrowed to (from the per-article ratings page)."""

    title = "article"
    parameter_name = "article"

    def lookups(self, request, model_admin):
        pk = positive_int(self.value())
        if pk is None:
            return []
        comparison = Comparison.objects.filter(pk=pk).only("title").first()
        return [(self.value(), comparison.title)] if comparison else []

    def queryset(self, request, queryset):
        pk = positive_int(self.value())
        if pk is not None:
            return queryset.filter(comparison_id=pk)
        return queryset

    def has_output(self):
        return bool(self.value())
