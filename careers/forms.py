"""The role form: a change to facts that live articles show is confirmed before it is saved."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.dates import validate_storable

from . import services
from .models import Role


class RoleAdminForm(forms.ModelForm):  # the admin adds the Meta (model, fields)
    """Lists the live sentences a change would alter, and saves only once the editor agrees.

    The list is built from the saved role and the role as the form would save it, so it shows
    exactly what readers will see. Without anything live to change, saving works as usual.
    """

    confirm_live_changes = forms.BooleanField(
        required=False, label="Yes, show the new facts in these live articles now"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.live_usage = []

    def clean_salary_as_of(self):
        """The month the figures describe: one that has begun, in a year the site can handle
        (a typed 9999-12-31 or 0001-01-01 was saved, and shown on live articles)."""
        value = self.cleaned_data.get("salary_as_of")
        if value is None:
            return value
        validate_storable(value)
        if value > timezone.localdate() + datetime.timedelta(days=31):
            raise ValidationError(
                "The figures cannot describe a month that has not begun: enter the month the "
                "source gives (e.g. its May 2024 release).",
                code="future",
            )
        return value

    def _post_clean(self):
        super()._post_clean()
        if not self.instance.pk or self.errors:
            return
        before = Role.objects.select_related("sector").get(pk=self.instance.pk)
        self.live_usage = services.live_usage(before=before, after=self.instance)
        if self.live_usage and not self.cleaned_data.get("confirm_live_changes"):
            self.add_error(
                None,
                ValidationError(
                    "Live articles use these facts: check the sentences below, then tick "
                    "“Yes, show the new facts in these live articles now” and save again. "
                    "Nothing has been saved yet.",
                    code="confirm_live_changes",
                ),
            )
