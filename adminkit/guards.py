"""ModelAdmin guards against hand-made admin addresses that Django itself turns into a 500.

- `?send_at__year=99999999999999999999` on a list with a date hierarchy: Django's ChangeList
  catches ValueError but not the OverflowError of `datetime(year, …)`, and a year of 9999 fails
  later, when it adds a year for the end of the range.
- `/admin/<app>/<model>/99999999999999999999/change/` on a model whose primary key is a foreign
  key (no overflow guard in that lookup on SQLite).
- a list action posted with `_selected_action=abc` (or a number too large): Django filters
  `pk__in` with it unchecked.
- a form posted with `sector=abc` (or a number too large) in an autocomplete field: the form
  error is fine, but redrawing the form, Django's autocomplete widget filters by the raw value;
  and a many-to-many field posted with a number too large filters `pk__in` with it (SQLite
  overflows, PostgreSQL refuses).
"""

from django.contrib import messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.forms import ModelMultipleChoiceField
from django.http import HttpResponseRedirect

from core.dates import LATEST_YEAR
from core.params import positive_int

_DATE_PARTS = {"year": LATEST_YEAR, "month": 12, "day": 31}


def holds(field, value) -> bool:
    """Whether model `field` (a key) can hold `value`, typed by anyone: a database stores it."""
    while field.is_relation:  # a key that is a foreign key: the target's column decides
        field = field.target_field
    if isinstance(field, models.IntegerField | models.AutoField):
        return positive_int(value) is not None
    try:
        return isinstance(value, str) and "\x00" not in value and bool(field.to_python(value))
    except ValidationError:
        return False


class _SafeOptgroups:
    """Draws only the selected values that can be keys (the rest are a form error anyway)."""

    def optgroups(self, name, value, attr=None):
        remote = self.field.remote_field
        to_field = getattr(remote, "field_name", None)  # a foreign key's; many-to-many: the pk
        key = remote.model._meta.get_field(to_field) if to_field else remote.model._meta.pk
        value = [v for v in value if v in ("", None) or holds(key, str(v))]
        return super().optgroups(name, value, attr)


class _SafeCheckValues:
    """Refuses values the key cannot hold before they reach a `pk__in` query."""

    def _check_values(self, value):
        opts = self.queryset.model._meta
        key = opts.get_field(self.to_field_name) if self.to_field_name else opts.pk
        for item in value if isinstance(value, list | tuple) else ():
            if not holds(key, str(item)):
                error = self.error_messages["invalid_pk_value"]
                raise ValidationError(error, code="invalid_pk_value", params={"pk": item})
        return super()._check_values(value)


_guarded = {}


def guard_autocomplete(formfield):
    """Swap an autocomplete widget (inside the admin's wrapper) and a many-to-many field for
    their guarded twins."""
    widget = getattr(formfield, "widget", None)
    for thing, kind, guard in (
        (getattr(widget, "widget", widget), AutocompleteMixin, _SafeOptgroups),
        (formfield, ModelMultipleChoiceField, _SafeCheckValues),
    ):
        if isinstance(thing, kind) and not isinstance(thing, guard):
            cls = type(thing)
            cls = _guarded.setdefault(cls, type(f"Safe{cls.__name__}", (guard, cls), {}))
            thing.__class__ = cls
    return formfield


class SafeAdminMixin:
    def formfield_for_dbfield(self, db_field, request, **kwargs):
        return guard_autocomplete(super().formfield_for_dbfield(db_field, request, **kwargs))

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
        if not all(self._is_pk(value) for value in selected):
            messages.warning(request, "Select items from the list, then choose an action.")
            return HttpResponseRedirect(request.get_full_path())
        return super().response_action(request, queryset)

    def get_object(self, request, object_id, from_field=None):
        if from_field is None and not self._is_pk(object_id):
            return None  # the admin then says the object does not exist
        return super().get_object(request, object_id, from_field)

    def _is_pk(self, value) -> bool:
        """Whether `value` can be one of this model's primary keys (a database holds it)."""
        return holds(self.model._meta.pk, value)


class BoundedInlineMixin:
    """A forged `TOTAL_FORMS=999999` makes Django build max_num + 1000 forms per inline (half a
    minute of work for one request); cap what any inline accepts and builds. 30 sections, links,
    tips or picks is more than any article or issue needs."""

    max_num = 30
    absolute_max = 30

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("absolute_max", self.absolute_max)
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        return guard_autocomplete(super().formfield_for_dbfield(db_field, request, **kwargs))
