from django import template
from django.urls import reverse

from careers.models import Role
from comparisons import fact_usage, queues, throughput, workflow

register = template.Library()

PANEL_ITEMS = 8


@register.inclusion_tag("admin/comparisons/dashboard.html", takes_context=True)
def editorial_dashboard(context):
    """The review queue panels on the admin home page, for staff who work on comparisons."""
    user = context["request"].user
    if not user.has_perm("comparisons.view_comparison"):
        return {"panels": []}
    editor = workflow.is_editor(user)
    changelist = reverse("admin:comparisons_comparison_changelist")
    panels = []
    for queue in queues.QUEUES:
        if queue.editors_only and not editor:
            continue
        found = queue.query(user).select_related("author", "role_a", "role_b")
        items = list(found[: PANEL_ITEMS + 1])
        if queue.key == "quotes" and items:
            notes = {}
            for mismatch in fact_usage.plain_quotes():
                notes.setdefault(mismatch.comparison.pk, []).append(str(mismatch))
            for item in items:
                item.quote_notes = notes.get(item.pk, [])
        panels.append(
            {
                "key": queue.key,
                "title": queue.title,
                "empty": queue.empty,
                "items": items[:PANEL_ITEMS],
                "more": len(items) > PANEL_ITEMS,
                "url": f"{changelist}?queue={queue.key}",
            }
        )
    roles = []
    if editor:
        roles = list(Role.objects.awaiting_approval().order_by("created_at")[: PANEL_ITEMS + 1])
    return {
        "panels": panels,
        # How the work moves is the editors' concern; writers see their queues only.
        "charts": [throughput.published_per_week(), throughput.time_in_review()] if editor else [],
        "editor": editor,
        "roles_awaiting": roles[:PANEL_ITEMS],
        "roles_more": len(roles) > PANEL_ITEMS,
        "roles_url": reverse("admin:careers_role_changelist") + "?approval=awaiting",
    }
