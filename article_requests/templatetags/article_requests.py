from django import template

from .. import services

register = template.Library()

PANEL_ITEMS = 8


@register.inclusion_tag("admin/article_requests/most_requested.html", takes_context=True)
def most_requested_panel(context):
    """The editors' “Most requested” panel on the admin home page (one query)."""
    user = context["request"].user
    if not user.has_perm("article_requests.view_articlerequest"):
        return {"show": False}
    items = list(services.most_requested(limit=PANEL_ITEMS + 1))
    return {
        "show": True,
        "items": items[:PANEL_ITEMS],
        "more": len(items) > PANEL_ITEMS,
        "can_start": user.has_perm(services.START_PERMISSION),
        "csrf_token": context.get("csrf_token"),
    }
