"""ModelAdmin guards against hand-made admin addresses that Django itself turns into a 500.

- `?send_at__year=99999999999999999999` on a list with a date hierarchy: Django's ChangeList
  catches ValueError but not the OverflowError of `datetime(year, …)`, and a year of 9999 fails
  later, when it adds a year for the end of the range.
- `/admin/<app>/<model>/99999999999999999999/change/` on a model whose primary key is a foreign
  key (no overflow guard in that lookup on SQLite).
- a list action posted with `_selected_action=abc` (or a number too large): Django filters
  `pk__in` with it unchecked.
"""

from django.contrib import messages
from django.contrib.admin import helpers
from django.http import HttpResponseRedirect

from core.dates import LATEST_YEAR
from core.params import positive_int

_DATE_PARTS = {"year": LATEST_YEAR, "month": 12, "day": 31}


class SafeAdminMixin:
    def changelist_view(self, request, extra_context=None):
        if self.date_hierarchy and not self._date_hierarchy_is_valid(request.GET):
            messages.warning(request, "That date cannot be shown; here is the whole list.")
            return HttpResponseRedirect(request.path)
        return super().changelist_view(request, extra_context)

    def _date_hierarchy_is_valid(self, params):
        for part, maximum in _DATE_PARTS.items():
            for value in params.getlist(f"{self.date_hierarchy}__{part}"):
                if positive_int(value, maximum=maximum) is None:
                    return False
        return True

    def response_action(self, request, queryset):
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if any(positive_int(value) is None for value in selected):
            messages.warning(request, "Select items from the list, then choose an action.")
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)

    def get_object(self, request, object_id, from_field=None):
        if from_field is None and positive_int(object_id) is None:
            return None  # the admin then says the object does not exist
        return super().get_object(request, object_id, from_field)


class BoundedInlineMixin:
    """A forged `TOTAL_FORMS=999999` makes Django build max_num + 1000 forms per inline (half a
    minute of work for one request); cap what any inline accepts and builds. 30 sections, links,
    tips or picks is more than any article or issue needs."""

    max_num = 30
    absolute_max = 30

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("absolute_max", self.absolute_max)
        return super().get_formset(request, obj, **kwargs)
