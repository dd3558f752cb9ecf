"""Followers of publication: apps above this one that act when an article goes live.

Reader requests e-mail the readers who asked for an article. Such an app registers a function
at start-up (its AppConfig.ready) instead of this app importing it, so the side effect has an
obvious owner and the layers hold. The workflow announces every publication, scheduled ones
too, and each follower runs after the commit with the comparison's id.
"""

from collections.abc import Callable
from functools import partial, update_wrapper

from django.db import transaction

_went_live: list[Callable[[int], object]] = []


def register_went_live(callback: Callable[[int], object]) -> None:
    if callback not in _went_live:
        _went_live.append(callback)


def announce_went_live(comparison) -> None:
    """Readers see a (new) version of `comparison` now: tell the followers after the commit."""
    for callback in _went_live:
        # robust: the article is live whatever a follower does; its errors are logged under
        # its own name (Django logs the hook's __qualname__, which a bare partial lacks).
        hook = update_wrapper(partial(callback, comparison.pk), callback)
        transaction.on_commit(hook, robust=True)
