"""The comparison admin's workflow screens: transition buttons, revisions, compare, restore.

Thin callers of `workflow.py`; `ComparisonAdmin.get_urls()` mounts them under the admin.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import pluralize
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from core.params import positive_int

from . import notifications, preview, revisions, workflow
from .forms import CompareForm, WorkflowForm
from .models import Action


def urls(model_admin):
    view = model_admin.admin_site.admin_view
    return [
        path(
            "<path:object_id>/workflow/",
            view(lambda request, object_id: transition(model_admin, request, object_id)),
            name="comparisons_comparison_transition",
        ),
        path(
            "<path:object_id>/revisions/",
            view(lambda request, object_id: revision_list(model_admin, request, object_id)),
            name="comparisons_comparison_revisions",
        ),
        path(
            "<path:object_id>/revisions/compare/",
            view(lambda request, object_id: compare(model_admin, request, object_id)),
            name="comparisons_comparison_compare",
        ),
        path(
            "<path:object_id>/revisions/<int:number>/preview/",
            view(
                lambda request, object_id, number: open_preview(
                    model_admin, request, object_id, number
                )
            ),
            name="comparisons_comparison_preview",
        ),
        path(
            "<path:object_id>/previews/revoke/",
            view(lambda request, object_id: revoke_previews(model_admin, request, object_id)),
            name="comparisons_comparison_revoke_previews",
        ),
        path(
            "<path:object_id>/revisions/<int:number>/restore/",
            view(
                lambda request, object_id, number: restore(model_admin, request, object_id, number)
            ),
            name="comparisons_comparison_restore",
        ),
    ]


def _comparison(model_admin, request, object_id):
    comparison = get_object_or_404(model_admin.get_queryset(request), pk=_pk(object_id))
    if not model_admin.has_view_permission(request, comparison):
        raise PermissionDenied
    return comparison


def _pk(object_id):
    pk = positive_int(object_id)
    if pk is None:
        raise Http404("No comparison has that number.")
    return pk


def _change_url(comparison):
    return reverse("admin:comparisons_comparison_change", args=[comparison.pk])


def error_text(error):
    return " ".join(getattr(error, "messages", None) or [str(error)])


def transition(model_admin, request, object_id):
    """The workflow panel's buttons post here. Forbidden actions are a 403 and change nothing."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    comparison = _comparison(model_admin, request, object_id)
    form = WorkflowForm(request.POST, prefix="workflow")
    if not form.is_valid():
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label or field.capitalize()}: {' '.join(errors)}")
        return redirect(_change_url(comparison))
    action = form.cleaned_data["action"]
    try:
        workflow.check(action, comparison, by=request.user)  # PermissionDenied → 403
        form.check_seen(comparison)
        event = workflow.apply(
            action,
            comparison,
            by=request.user,
            comment=form.cleaned_data["comment"],
            when=form.cleaned_data["when"],
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
        return redirect(_change_url(comparison))
    messages.success(request, f"{event.get_action_display()}: “{comparison}”.{_after(event)}")
    return redirect(_change_url(comparison))


def _after(event):
    """What happens next, as it is: who is being e-mailed, or that nobody is."""
    if event.action == Action.SCHEDULE:
        when = timezone.localtime(event.scheduled_for)
        return f" It goes live on {when:%b %d, %Y at %H:%M} ({when.tzname()})."
    if event.action not in notifications.TEMPLATES:
        return ""
    count = len(notifications.recipients(event))
    if event.action == Action.SUBMIT:
        if not count:
            return " No other editor has an e-mail address, so nobody was e-mailed."
        return f" An e-mail is on its way to {count} editor{pluralize(count)}."
    if event.action == Action.REQUEST_CHANGES:
        if not count:
            return " The author has no e-mail address (or is you), so nobody was e-mailed."
        return " The author is being e-mailed your comment."
    return " The author is being e-mailed." if count else ""


def open_preview(model_admin, request, object_id, number):
    """Hand out a preview link to one revision (reused for a day) and open it."""
    comparison = _comparison(model_admin, request, object_id)
    revision = get_object_or_404(comparison.revisions, number=number)
    return redirect(preview.preview_path(revision, user=request.user))


def revoke_previews(model_admin, request, object_id):
    """Editors withdraw every preview link of the article at once."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    comparison = _comparison(model_admin, request, object_id)
    if not workflow.is_editor(request.user):
        raise PermissionDenied("Only editors can withdraw preview links.")
    count = preview.revoke_all(comparison)
    if count:
        messages.success(
            request, f"Withdrew {count} preview link{pluralize(count)}: they no longer open."
        )
    else:
        messages.info(request, "No preview link of this comparison was still working.")
    return redirect(_change_url(comparison))


def revision_list(model_admin, request, object_id):
    comparison = _comparison(model_admin, request, object_id)
    items = list(comparison.revisions.select_related("created_by"))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "original": comparison,
        "title": f"Revisions of “{comparison}”",
        "revisions": items,
        "can_restore": workflow.is_editor(request.user),
        "preview_days": preview.max_age().days,
    }
    return TemplateResponse(request, "admin/comparisons/comparison/revisions.html", context)


def compare(model_admin, request, object_id):
    comparison = _comparison(model_admin, request, object_id)
    form = CompareForm(request.GET)
    list_url = reverse("admin:comparisons_comparison_revisions", args=[comparison.pk])
    if not form.is_valid():
        messages.error(request, "Choose two revisions to compare.")
        return redirect(list_url)
    numbers = sorted({form.cleaned_data["a"], form.cleaned_data["b"]})
    found = {r.number: r for r in comparison.revisions.filter(number__in=numbers)}
    if len(numbers) != 2 or len(found) != 2:
        messages.error(request, "Choose two different revisions of this comparison to compare.")
        return redirect(list_url)
    old, new = found[numbers[0]], found[numbers[1]]
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "original": comparison,
        "title": f"Revision {old.number} → revision {new.number}",
        "old": old,
        "new": new,
        "diffs": revisions.diff_revisions(old, new),
        "can_restore": workflow.is_editor(request.user),
    }
    return TemplateResponse(request, "admin/comparisons/comparison/compare.html", context)


def restore(model_admin, request, object_id, number):
    comparison = _comparison(model_admin, request, object_id)
    revision = get_object_or_404(comparison.revisions, number=number)
    if not workflow.is_editor(request.user):
        raise PermissionDenied("Only editors can restore an old revision.")
    if request.method == "POST":
        try:
            event = workflow.restore(comparison, revision=revision, by=request.user)
        except ValidationError as error:
            messages.error(request, error_text(error))
            return redirect(reverse("admin:comparisons_comparison_revisions", args=[comparison.pk]))
        messages.success(request, f"{event.comment} It is a draft now; readers see no change.")
        return redirect(_change_url(comparison))
    latest = comparison.revisions.order_by("-number").first()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "original": comparison,
        "title": f"Restore revision {revision.number}?",
        "revision": revision,
        "latest": latest,
        "diffs": revisions.diff_revisions(latest, revision) if latest != revision else [],
    }
    return TemplateResponse(request, "admin/comparisons/comparison/restore.html", context)
