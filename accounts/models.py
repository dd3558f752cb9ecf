from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A member of staff. Writers and editors are users in the Writers and Editors groups."""

    bio = models.TextField(
        blank=True,
        help_text="Two or three sentences shown in the author box under each article you write.",
    )
    job_title = models.CharField(
        max_length=120, blank=True, help_text="Shown beside your name, e.g. “Careers editor”."
    )

    @property
    def display_name(self):
        return self.get_full_name() or self.username
