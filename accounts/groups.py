"""The two staff groups and what each may do: the one live definition, used by code and tests.

Data migrations never import this module: each holds the literal list it granted at the time
(see `core.migration_permissions`), so editing this file never rewrites the past.
"""

from core.migration_permissions import sync_group_permissions

WRITERS = "Writers"
EDITORS = "Editors"

# The workflow's own permission: approve, schedule, publish, unpublish; and change a role that
# a live article shows.
PUBLISH_PERMISSION = "comparisons.publish_comparison"

WRITER_PERMISSIONS = [
    "careers.add_role",
    "careers.change_role",
    "careers.view_role",
    "careers.view_sector",
    "careers.view_rolechange",
    "comparisons.add_comparison",
    "comparisons.change_comparison",
    "comparisons.view_comparison",
    "comparisons.add_section",
    "comparisons.change_section",
    "comparisons.delete_section",
    "comparisons.view_section",
    "comparisons.add_relatedlink",
    "comparisons.change_relatedlink",
    "comparisons.delete_relatedlink",
    "comparisons.view_relatedlink",
    "comparisons.view_revision",
    "comparisons.view_workflowevent",
    "ratings.view_ratingaggregate",
    "taggit.view_tag",
]

# Editors may do everything with content and the newsletter, plus these.
EDITOR_APPS = ["careers", "comparisons", "newsletter"]
EDITOR_PERMISSIONS = [
    # Tags are added from the comparison form. Renaming or deleting one would break the tag
    # links of published revisions, so that is left to administrators.
    "taggit.add_tag",
    "taggit.view_tag",
    # Readers' requests: see them, start drafts from them, erase addresses on request.
    "article_requests.view_articlerequest",
    "article_requests.change_articlerequest",
    "article_requests.view_requestvote",
    "article_requests.change_requestvote",
    # Editors see, remove and reset ratings; writers only see the totals.
    "ratings.view_ratingaggregate",
    "ratings.reset_ratings",
    "ratings.view_rating",
    "ratings.delete_rating",
    "ratings.view_ratingreset",
    "ratings.view_archivedrating",
    # Editors see failed sign-ins and lift a lockout early (django-axes).
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
]


def grant_all(apps):
    """Both groups with today's permissions, all at once.

    For code that needs the groups where migrations' data is gone (a test database emptied by
    a transactional test); migrations grant step by step with their own lists.
    """
    sync_group_permissions(apps, WRITERS, codenames=WRITER_PERMISSIONS)
    sync_group_permissions(apps, EDITORS, codenames=EDITOR_PERMISSIONS, app_labels=EDITOR_APPS)
