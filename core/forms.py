"""Admin form pieces shared by every app's admin."""

from django.contrib.admin.widgets import AdminTextareaWidget
from django.db import models

from .text import normalise_newlines


class NormalisedTextarea(AdminTextareaWidget):
    """A textarea whose submitted text ends lines with LF only, so an unchanged field stays
    byte-for-byte unchanged and diffs and histories show only real changes."""

    def value_from_datadict(self, data, files, name):
        return normalise_newlines(super().value_from_datadict(data, files, name))


# For `ModelAdmin.formfield_overrides` (and inlines): every TextField gets the widget above.
TEXT_OVERRIDES = {models.TextField: {"widget": NormalisedTextarea}}
