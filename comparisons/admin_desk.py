"""The writing desk's admin endpoints: autosave, discard and the live preview of unsaved text.

Thin callers of `desk.py`, mounted by `ComparisonAdmin.get_urls()` under the admin (so the
admin's login and CSRF checks apply). Each answers 404 for an article that does not exist, 403
for one the user may not edit and 413 for a body larger than any change form.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import date as date_filter
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from . import desk, workflow
from .admin_views import _comparison
from .article import article_context


def urls(model_admin):
    view = model_admin.admin_site.admin_view

    def mount(route, function, name):
        return path(
            route,
            view(never_cache(lambda request, object_id: function(model_admin, request, object_id))),
            name=name,
        )

    return [
        mount("<path:object_id>/desk/autosave/", autosave, "comparisons_comparison_autosave"),
        mount("<path:object_id>/desk/discard/", discard, "comparisons_comparison_discard"),
        mount("<path:object_id>/desk/checks/", checks, "comparisons_comparison_desk_checks"),
        mount("<path:object_id>/desk/links/", link_targets, "comparisons_comparison_desk_links"),
        mount(
            "<path:object_id>/desk/preview/", live_preview, "comparisons_comparison_desk_preview"
        ),
    ]


def _editable(model_admin, request, object_id):
    """The article (404 when there is none), if this user may edit it (403 otherwise)."""
    comparison = _comparison(model_admin, request, object_id)
    if not workflow.can_edit(comparison, request.user):
        raise PermissionDenied("You cannot edit this comparison.")
    return comparison


def _refuse(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if desk.too_big(request):
        return HttpResponse(
            "This is more text than any article holds; nothing was kept.", status=413
        )
    return None


def when(moment) -> str:
    return date_filter(timezone.localtime(moment), "N j, Y, H:i:s")


def autosave(model_admin, request, object_id):
    if refusal := _refuse(request):
        return refusal
    comparison = _editable(model_admin, request, object_id)
    kept = desk.keep(comparison=comparison, user=request.user, data=desk.form_fields(request.POST))
    message = f"Unsaved text kept at {when(kept.autosave.saved_at)}."
    if kept.stale:
        message += (
            f" Someone saved revision {kept.latest} after you opened this page: your text is "
            "kept here, and Save will show you what changed before it replaces theirs."
        )
    return JsonResponse(
        {
            "saved_at": kept.autosave.saved_at.isoformat(),
            "stale": kept.stale,
            "latest_revision": kept.latest,
            "message": message,
        }
    )


def discard(model_admin, request, object_id):
    """The writer throws the kept text away (the form then shows the saved version)."""
    if refusal := _refuse(request):
        return refusal
    comparison = _editable(model_admin, request, object_id)
    desk.clear(comparison=comparison, user=request.user)
    return redirect(reverse("admin:comparisons_comparison_change", args=[comparison.pk]))


def live_preview(model_admin, request, object_id):
    """The posted working copy rendered as readers will see it, through the article's own
    Markdown, sanitising and templates; nothing is saved."""
    if refusal := _refuse(request):
        return refusal
    comparison = _editable(model_admin, request, object_id)
    draft, revision = desk.unsaved_revision(comparison, desk.form_fields(request.POST))
    # No generation: an unsaved draft is rendered whole, never from cached fragments.
    context = article_context(draft, revision, live_generation=None)
    response = render(request, "comparisons/comparison_desk_preview.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def checks(model_admin, request, object_id):
    """The writing checks of the posted working copy, as the panel's HTML fragment."""
    if refusal := _refuse(request):
        return refusal
    comparison = _editable(model_admin, request, object_id)
    report = desk.checks_for(comparison, desk.form_fields(request.POST))
    return render(request, "admin/comparisons/comparison/desk_checks.html", {"report": report})


def link_targets(model_admin, request, object_id):
    """The toolbar's type-ahead: published comparisons and public roles whose title matches."""
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    _editable(model_admin, request, object_id)
    return JsonResponse({"results": desk.link_targets(request.GET.get("q", ""))})
