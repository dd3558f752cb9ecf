"""The editorial workflow: every state change of a comparison, who may make it, what it records
and what it triggers. The admin, the views, the commands and the demo all go through here (the
demo then backdates its articles with `publishing.make_live(at=…)`).

`Comparison.status` describes the editors' working copy. What readers see is the live revision,
changed only by `publishing.make_live()` / `publishing.take_down()`, which this module calls. So a
published article that is being edited again is live *and* has a draft in progress.

Every action takes the comparison (for `apply` also the action's name) as its only positional
arguments and everything else keyword-only (`by=` the acting user, `comment=`, `when=`), runs in
one transaction (`publish_due`: one per article), locks the comparison row (two editors
clicking at once cannot both win), raises `PermissionDenied` when the user may not act and
`ValidationError` (with a message for the editor) when the action does not fit the state. The
questions (`is_editor`, `can_edit`, `allowed_transitions`, `check`) change nothing.
"""

import datetime
import logging
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.groups import PUBLISH_PERMISSION
from core import live
from core.dates import add_months

from . import followers, publishing, revisions, tasks
from .models import Action, Comparison, Revision, Status, WorkflowEvent

logger = logging.getLogger(__name__)

CHANGE_PERMISSION = "comparisons.change_comparison"

# A writer may change their own article only while it is theirs to work on; saving a published
# or unpublished one starts a new version (see `note_edit`).
WRITER_EDITABLE = {Status.DRAFT, Status.CHANGES_REQUESTED, Status.PUBLISHED, Status.ARCHIVED}
# Content saved in these states is no longer what was approved: it goes back to draft.
APPROVED_STATES = {Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED, Status.ARCHIVED}


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset
    target: str
    editors_only: bool
    button: str
    duty: str  # finishes "Only editors can …"
    needs_comment: bool = False
    needs_time: bool = False
    needs_something_live: bool = False  # readers must see a version now


TRANSITIONS = {
    t.action: t
    for t in [
        Transition(
            Action.SUBMIT,
            frozenset({Status.DRAFT, Status.CHANGES_REQUESTED}),
            Status.IN_REVIEW,
            editors_only=False,
            button="Submit for review",
            duty="submit this comparison for review",
        ),
        Transition(
            Action.WITHDRAW,
            frozenset({Status.IN_REVIEW}),
            Status.DRAFT,
            editors_only=False,
            button="Withdraw from review",
            duty="withdraw this comparison from review",
        ),
        Transition(
            Action.REQUEST_CHANGES,
            frozenset({Status.IN_REVIEW, Status.APPROVED}),
            Status.CHANGES_REQUESTED,
            editors_only=True,
            button="Request changes",
            duty="request changes to this comparison",
            needs_comment=True,
        ),
        Transition(
            Action.APPROVE,
            frozenset({Status.IN_REVIEW}),
            Status.APPROVED,
            editors_only=True,
            button="Approve",
            duty="approve this comparison",
        ),
        Transition(
            Action.SCHEDULE,
            frozenset({Status.IN_REVIEW, Status.APPROVED}),
            Status.SCHEDULED,
            editors_only=True,
            button="Schedule",
            duty="schedule this comparison",
            needs_time=True,
        ),
        Transition(
            Action.UNSCHEDULE,
            frozenset({Status.SCHEDULED}),
            Status.APPROVED,
            editors_only=True,
            button="Cancel the schedule",
            duty="cancel this comparison's schedule",
        ),
        Transition(
            Action.PUBLISH,
            frozenset(
                {
                    Status.DRAFT,
                    Status.IN_REVIEW,
                    Status.APPROVED,
                    Status.SCHEDULED,
                    Status.ARCHIVED,
                }
            ),
            Status.PUBLISHED,
            editors_only=True,
            button="Publish now",
            duty="publish this comparison",
        ),
        Transition(
            Action.UNPUBLISH,
            frozenset(Status),
            Status.ARCHIVED,
            editors_only=True,
            button="Unpublish",
            duty="unpublish this comparison",
            needs_something_live=True,
        ),
        Transition(
            Action.NEW_VERSION,
            frozenset({Status.APPROVED, Status.PUBLISHED, Status.ARCHIVED}),
            Status.DRAFT,
            editors_only=False,
            button="Start a new version",
            duty="start a new version of this comparison",
        ),
    ]
}


# --- Who may ------------------------------------------------------------------------------


def is_editor(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PUBLISH_PERMISSION))


def can_publish(user) -> bool:
    return is_editor(user)


def is_author(comparison: Comparison, user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and comparison.author_id == user.pk
        and user.has_perm(CHANGE_PERMISSION)
    )


def can_edit(comparison: Comparison, user) -> bool:
    """May `user` save changes to this comparison's working copy?"""
    if is_editor(user):
        return True
    return is_author(comparison, user) and comparison.status in WRITER_EDITABLE


def _may(transition: Transition, comparison: Comparison, user) -> bool:
    if is_editor(user):
        return True
    return not transition.editors_only and is_author(comparison, user)


def _fits(transition: Transition, comparison: Comparison) -> bool:
    if comparison.status not in transition.sources:
        return False
    # A first publication still waiting for its time has nothing to take down: cancel it instead.
    return not transition.needs_something_live or comparison.is_live


def allowed_transitions(comparison: Comparison, user) -> list[Transition]:
    """The buttons to offer `user` for this comparison, in workflow order."""
    return [t for t in TRANSITIONS.values() if _may(t, comparison, user) and _fits(t, comparison)]


def check(action: str, comparison: Comparison, *, by) -> Transition:
    """Raise PermissionDenied or ValidationError unless `by` may do `action` now."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise ValidationError(f"“{action}” is not a workflow action.")
    if not _may(transition, comparison, by):
        if transition.editors_only:
            raise PermissionDenied(f"Only editors can {transition.duty}.")
        raise PermissionDenied(f"Only the author or an editor can {transition.duty}.")
    if not _fits(transition, comparison):
        if transition.needs_something_live and comparison.status in transition.sources:
            raise ValidationError(
                "Readers cannot see this comparison yet, so there is nothing to unpublish. "
                "To stop a scheduled first publication, cancel the schedule."
            )
        raise ValidationError(
            f"“{transition.button}” is not possible while the comparison is "
            f"{comparison.get_status_display().lower()}."
        )
    return transition


# --- Transitions --------------------------------------------------------------------------


@transaction.atomic
def submit(comparison: Comparison, *, by, comment: str = "", notify: bool = True):
    transition = _begin(Action.SUBMIT, comparison, by=by)
    event = _move(comparison, transition, by=by, comment=comment, revision=_latest(comparison))
    if notify:
        _notify(event)
    return event


@transaction.atomic
def withdraw(comparison: Comparison, *, by, comment: str = ""):
    transition = _begin(Action.WITHDRAW, comparison, by=by)
    return _move(comparison, transition, by=by, comment=comment)


@transaction.atomic
def request_changes(comparison: Comparison, *, by, comment: str, notify: bool = True):
    transition = _begin(Action.REQUEST_CHANGES, comparison, by=by)
    if not (comment or "").strip():
        raise ValidationError("Say what needs to change: your comment is sent to the writer.")
    event = _move(
        comparison, transition, by=by, comment=comment.strip(), revision=_latest(comparison)
    )
    if notify:
        _notify(event)
    return event


@transaction.atomic
def approve(comparison: Comparison, *, by, comment: str = ""):
    transition = _begin(Action.APPROVE, comparison, by=by)
    return _move(comparison, transition, by=by, comment=comment, revision=_latest(comparison))


@transaction.atomic
def schedule(comparison: Comparison, *, by, when: datetime.datetime | None, comment: str = ""):
    """Approve the latest revision to go live at `when`, with no one acting then.

    An article nobody can see yet goes live by query (`published()` compares `live_from` with
    the clock). A new version of a live article waits in `scheduled_revision`, and the periodic
    `publish_scheduled` command swaps it in, so the current version stays up until then.
    """
    transition = _begin(Action.SCHEDULE, comparison, by=by)
    if when is None:
        raise ValidationError("Choose the date and time the article should go live.")
    if timezone.is_naive(when):
        when = timezone.make_aware(when)
    if when <= timezone.now():
        local = timezone.localtime(when).strftime("%b %d, %Y %H:%M")
        raise ValidationError(
            f"{local} is in the past. Choose a future date and time, or publish now."
        )
    revision = _latest(comparison)
    comparison.scheduled_revision = revision
    comparison.scheduled_for = when
    comparison.save(update_fields=["scheduled_revision", "scheduled_for"])
    if not comparison.is_live:
        publishing.make_live(comparison, revision=revision, at=when)
    else:
        publishing.schedule_changed(comparison)  # a new version is due at `when`
    return _move(
        comparison, transition, by=by, comment=comment, revision=revision, scheduled_for=when
    )


@transaction.atomic
def unschedule(comparison: Comparison, *, by, comment: str = ""):
    transition = _begin(Action.UNSCHEDULE, comparison, by=by)
    _cancel_schedule(comparison)
    return _move(comparison, transition, by=by, comment=comment)


@transaction.atomic
def publish(comparison: Comparison, *, by, comment: str = "", notify: bool = True):
    """Show the latest revision to readers now."""
    transition = _begin(Action.PUBLISH, comparison, by=by)
    revision = _latest(comparison)
    _clear_schedule(comparison)
    publishing.make_live(comparison, revision=revision)
    _extend_review_by(comparison)
    event = _move(comparison, transition, by=by, comment=comment, revision=revision)
    if notify:
        _notify(event)
    return event


@transaction.atomic
def unpublish(comparison: Comparison, *, by, comment: str = ""):
    transition = _begin(Action.UNPUBLISH, comparison, by=by)
    _clear_schedule(comparison)
    publishing.take_down(comparison)
    _forget_dates_that_never_came(comparison)
    return _move(comparison, transition, by=by, comment=comment)


@transaction.atomic
def start_new_version(comparison: Comparison, *, by, comment: str = ""):
    """Reopen an approved or published article for editing; readers keep the live version."""
    transition = _begin(Action.NEW_VERSION, comparison, by=by)
    return _move(comparison, transition, by=by, comment=comment)


@transaction.atomic
def note_edit(comparison: Comparison, *, by, revision: Revision):
    """Called after every save of the working copy (the admin, a restore).

    Content that changed after approval is no longer what an editor approved: the comparison
    goes back to draft and a pending schedule is cancelled. Readers keep the live version.
    """
    _lock(comparison)
    if not can_edit(comparison, by):
        raise PermissionDenied("You cannot change this comparison in its current state.")
    if comparison.status not in APPROVED_STATES:
        return None
    previous = comparison.revisions.filter(number__lt=revision.number).first()
    if previous is not None and revisions.same_content(previous, revision):
        return None
    was = comparison.get_status_display().lower()
    if comparison.status == Status.SCHEDULED:
        _cancel_schedule(comparison)
    edit = Transition(
        Action.EDIT, frozenset(APPROVED_STATES), Status.DRAFT, False, "Edit", "edit this comparison"
    )
    return _move(
        comparison,
        edit,
        by=by,
        revision=revision,
        comment=f"Changed while {was}; the new version needs review before it goes live.",
    )


@transaction.atomic
def restore(comparison: Comparison, *, revision: Revision, by):
    """Copy an old revision back into the working copy as a new draft revision."""
    _lock(comparison)
    if not is_editor(by):
        raise PermissionDenied("Only editors can restore an old revision.")
    if revision.comparison_id != comparison.pk:
        raise ValidationError("That revision belongs to another comparison.")
    revisions.restore_working_copy(comparison, revision)
    restored = publishing.create_revision(comparison, user=by)
    if comparison.status == Status.SCHEDULED:
        _cancel_schedule(comparison)
    step = Transition(
        Action.RESTORE, frozenset(Status), Status.DRAFT, True, "Restore", "restore an old revision"
    )
    return _move(
        comparison,
        step,
        by=by,
        revision=restored,
        comment=f"Restored revision {revision.number} as revision {restored.number}.",
    )


# How long a process trusts its cached "next schedule due at"; any schedule change bumps the
# live-content generation, which refreshes it at once.
NEXT_DUE_CACHE_SECONDS = 60
NOTHING_DUE = float("inf")


def _next_due_timestamp() -> float:
    first = (
        Comparison.objects.filter(status=Status.SCHEDULED, scheduled_for__isnull=False)
        .order_by("scheduled_for")
        .values_list("scheduled_for", flat=True)
        .first()
    )
    return first.timestamp() if first else NOTHING_DUE


def publish_due_on_read(
    *, now: datetime.datetime | None = None, generation_now: int | None = None
) -> list[Comparison]:
    """Run `publish_due()` when a schedule's time has come, for a reader's request.

    Readers then get a scheduled version at its time even when `publish_scheduled` is late or
    not running. Costs one cache read per request while nothing is due (plus the generation,
    unless the caller already read it for this request).
    """
    now = now or timezone.now()
    due_at = live.cached(
        "next-schedule",
        _next_due_timestamp,
        timeout=NEXT_DUE_CACHE_SECONDS,
        generation_now=generation_now,
    )
    if due_at > now.timestamp():
        return []
    return publish_due(now=now)


def publish_due(*, now: datetime.datetime | None = None) -> list[Comparison]:
    """Finish every schedule whose time has come: swap in new versions, record, notify.

    The first reader request after a schedule's time runs it (`publish_due_on_read`), and
    `manage.py publish_scheduled` runs it periodically as a backstop for quiet sites. First
    publications are already visible by query; this records them, clears caches and tells
    the author.
    """
    now = now or timezone.now()
    due = Comparison.objects.filter(status=Status.SCHEDULED, scheduled_for__lte=now)
    done = []
    for pk in due.order_by("scheduled_for").values_list("pk", flat=True):
        try:
            comparison = _publish_one_due(pk, now)
        except ValidationError as error:
            # e.g. another live article took the address meanwhile; the rest still go out
            logger.error("Scheduled comparison %s not published: %s", pk, " ".join(error.messages))
            continue
        if comparison:
            done.append(comparison)
    return done


@transaction.atomic
def _publish_one_due(pk, now):
    comparison = (
        Comparison.objects.select_for_update(skip_locked=True)
        .filter(pk=pk, status=Status.SCHEDULED, scheduled_for__lte=now)
        .first()
    )
    if comparison is None:  # another worker took it, or an editor changed it meanwhile
        return None
    revision = comparison.scheduled_revision or _latest(comparison)
    if comparison.live_revision_id != revision.pk:
        publishing.make_live(comparison, revision=revision, at=comparison.scheduled_for)
    else:
        publishing.went_live_on_schedule(comparison)
    when = comparison.scheduled_for
    _clear_schedule(comparison)
    _extend_review_by(comparison)
    event = _move(
        comparison,
        TRANSITIONS[Action.PUBLISH],
        by=None,
        revision=revision,
        scheduled_for=when,
        comment="Published on schedule.",
    )
    _notify(event)
    return comparison


def apply(action: str, comparison: Comparison, *, by, comment: str = "", when=None):
    """Run `action` by name, for the admin's buttons and bulk actions."""
    check(action, comparison, by=by)
    functions = {
        Action.SUBMIT: submit,
        Action.WITHDRAW: withdraw,
        Action.REQUEST_CHANGES: request_changes,
        Action.APPROVE: approve,
        Action.UNSCHEDULE: unschedule,
        Action.PUBLISH: publish,
        Action.UNPUBLISH: unpublish,
        Action.NEW_VERSION: start_new_version,
    }
    if action == Action.SCHEDULE:
        return schedule(comparison, by=by, when=when, comment=comment)
    return functions[action](comparison, by=by, comment=comment)


# --- Helpers ------------------------------------------------------------------------------


def _lock(comparison: Comparison):
    Comparison.objects.select_for_update().filter(pk=comparison.pk).first()
    comparison.refresh_from_db()


def _begin(action, comparison, *, by) -> Transition:
    _lock(comparison)
    return check(action, comparison, by=by)


def _latest(comparison: Comparison) -> Revision:
    return publishing.latest_revision(comparison)


def _move(comparison, transition, *, by, comment="", revision=None, scheduled_for=None):
    event = WorkflowEvent.objects.create(
        comparison=comparison,
        action=transition.action,
        from_status=comparison.status,
        to_status=transition.target,
        actor=by,
        comment=comment or "",
        revision=revision,
        scheduled_for=scheduled_for,
    )
    comparison.status = transition.target
    comparison.save(update_fields=["status", "updated_at"])
    if transition.action == Action.PUBLISH:
        followers.announce_went_live(comparison)
    return event


def _clear_schedule(comparison: Comparison):
    comparison.scheduled_revision = None
    comparison.scheduled_for = None
    comparison.save(update_fields=["scheduled_revision", "scheduled_for"])


def _cancel_schedule(comparison: Comparison):
    """Drop a pending schedule; a first publication that has not happened yet is taken back."""
    never_shown = (
        comparison.live_revision_id
        and comparison.live_revision_id == comparison.scheduled_revision_id
        and not comparison.is_live
    )
    _clear_schedule(comparison)
    if never_shown:
        publishing.take_down(comparison)
        _forget_dates_that_never_came(comparison)
    else:
        publishing.schedule_changed(comparison)  # the version readers were due to get is off


def _forget_dates_that_never_came(comparison: Comparison):
    """A schedule sets the publication dates ahead; they must not outlive a cancelled one."""
    now = timezone.now()
    changed = []
    for name in ("published_at", "live_updated_at"):
        value = getattr(comparison, name)
        if value and value > now:
            setattr(comparison, name, None)
            changed.append(name)
    if changed:
        comparison.save(update_fields=changed)


def review_due(published_on: datetime.date) -> datetime.date:
    """When an article published on `published_on` is due for a fact check."""
    return add_months(published_on, settings.FRESHNESS_REVIEW_MONTHS)


def _extend_review_by(comparison: Comparison):
    today = timezone.localdate()
    if comparison.review_by and comparison.review_by > today:
        return
    comparison.review_by = review_due(today)
    comparison.save(update_fields=["review_by"])


def _notify(event: WorkflowEvent):
    transaction.on_commit(partial(tasks.send_workflow_email.enqueue, event.pk))
