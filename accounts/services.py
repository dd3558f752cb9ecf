"""Changes to staff accounts that readers can see.

The author box under every article shows its author's name, job title and bio, and cached
articles (`core.live`) carry that box: an edit to those fields must refresh them.
"""

from django.db import transaction

from core import live

from .models import User

# What the author box under every article shows.
AUTHOR_BOX_FIELDS = ("first_name", "last_name", "job_title", "bio")


@transaction.atomic
def save_user(*, user: User) -> User:
    """Save a new or changed account; a changed author box refreshes cached articles."""
    stored = User.objects.filter(pk=user.pk).values(*AUTHOR_BOX_FIELDS).first() if user.pk else None
    user.save()
    if stored and any(stored[name] != getattr(user, name) for name in AUTHOR_BOX_FIELDS):
        live.content_changed()
    return user
