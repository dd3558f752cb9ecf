"""Hostile requests to the editors' admin: custom views, lists, change pages, forms, actions."""

from .hostile_case import HUGE, LONG, LOOK_ALIKE, NUL, Case, case

CASES: list[Case] = []
add = CASES.append

# --- The admin's custom views, as an editor ----------------------------------------------------
ED = {"who": "editor"}
WORKFLOW = "/admin/comparisons/comparison/{draft}/workflow/"
add(case("workflow-get", WORKFLOW, 405, **ED))
for n, data in enumerate(
    [
        {"workflow-action": f"publish{NUL}"},
        {"workflow-action": "²"},
        {"workflow-action": ""},
        {"workflow-action": "schedule", "workflow-when": "9999-12-31T23:59"},
        {"workflow-action": "schedule", "workflow-when": "0001-01-01T00:00"},
        {"workflow-action": "schedule", "workflow-when": "2020-02-30T10:00"},
        {"workflow-action": "publish", "workflow-seen_revision": HUGE},
        {"workflow-action": "publish", "workflow-seen_revision": "²"},
        {"workflow-action": "request_changes", "workflow-comment": LONG},
        {"workflow-action": "approve", "workflow-comment": f"ok{NUL}"},
    ]
):
    add(case(f"workflow-hostile-{n}", WORKFLOW, 302, 403, method="post", data=data, **ED))
for n, object_id in enumerate(["²", "abc", HUGE, "-1", "0"]):
    add(
        case(
            f"workflow-odd-id-{n}",
            f"/admin/comparisons/comparison/{object_id}/workflow/",
            404,
            method="post",
            data={"workflow-action": "publish"},
            **ED,
        )
    )
    add(
        case(
            f"revisions-odd-id-{n}",
            f"/admin/comparisons/comparison/{object_id}/revisions/",
            404,
            **ED,
        )
    )
COMPARE = "/admin/comparisons/comparison/{draft}/revisions/compare/"
for n, (a, b) in enumerate(
    [(HUGE, "1"), ("²", "1"), ("1", "-2"), ("1", "1"), ("", ""), (NUL, "1")]
):
    add(case(f"compare-{n}", COMPARE, 400 if NUL in a else 302, query={"a": a, "b": b}, **ED))
add(
    case(
        "restore-huge",
        f"/admin/comparisons/comparison/{{draft}}/revisions/{HUGE}/restore/",
        404,
        method="post",
        **ED,
    )
)
add(
    case(
        "restore-missing",
        "/admin/comparisons/comparison/{draft}/revisions/999/restore/",
        404,
        method="post",
        **ED,
    )
)
RESET = "/admin/ratings/ratingaggregate/{c_pk}/reset/"
add(
    case(
        "reset-nul-reason",
        RESET,
        200,
        method="post",
        data={"apply": "1", "reason": f"spam{NUL}"},
        **ED,
    )
)
add(case("reset-empty-reason", RESET, 200, method="post", data={"apply": "1", "reason": ""}, **ED))
for n, object_id in enumerate(["²", "abc", HUGE]):
    add(case(f"reset-odd-id-{n}", f"/admin/ratings/ratingaggregate/{object_id}/reset/", 404, **ED))
add(
    case(
        "reset-as-writer",
        RESET,
        403,
        method="post",
        data={"apply": "1", "reason": "x"},
        who="writer",
    )
)
PREVIEW = "/admin/newsletter/issue/{dissue}/preview/{fmt}/"
for n, fmt in enumerate(["pdf", "..%2F..%2Fetc", "html%00", "²"]):
    add(
        case(
            f"issue-preview-fmt-{n}",
            PREVIEW.replace("{fmt}", fmt),
            *({400} if "%00" in fmt else {302, 404}),  # "/" ends the route: the admin's 302
            **ED,
        )
    )
add(case("issue-preview-huge-pk", f"/admin/newsletter/issue/{HUGE}/preview/html/", 404, **ED))
add(
    case(
        "subscriber-export-odd-filters",
        "/admin/newsletter/subscriber/export/",
        200,
        302,
        query={"status__exact": "bogus", "o": "99", "q": LOOK_ALIKE},
        **ED,
    )
)
add(
    case(
        "subscriber-export-nul", "/admin/newsletter/subscriber/export/", 400, query={"q": NUL}, **ED
    )
)
add(
    case(
        "subscriber-export-post",
        "/admin/newsletter/subscriber/export/",
        200,
        302,
        405,
        method="post",
        **ED,
    )
)

# Changelists with odd filters, sorting and page numbers.
CHANGELISTS = [
    "/admin/comparisons/comparison/",
    "/admin/careers/role/",
    "/admin/careers/sector/",
    "/admin/ratings/rating/",
    "/admin/ratings/ratingaggregate/",
    "/admin/newsletter/subscriber/",
    "/admin/newsletter/issue/",
    "/admin/newsletter/delivery/",
    "/admin/comparisons/workflowevent/",
    "/admin/taggit/tag/",
]
for path in CHANGELISTS:
    name = path.strip("/").replace("/", "-")
    add(case(f"{name}-page-unicode", path, 200, 302, query={"p": "²"}, **ED))
    add(case(f"{name}-page-huge", path, 200, 302, query={"p": HUGE}, **ED))
    add(case(f"{name}-order-odd", path, 200, 302, query={"o": "abc.-99.²"}, **ED))
    add(case(f"{name}-search-long", path, 200, query={"q": LONG}, **ED))
    add(case(f"{name}-search-nul", path, 400, query={"q": NUL}, **ED))
    add(
        case(
            f"{name}-unknown-filter",
            path,
            200,
            302,
            query={"nope__exact": "1", "pk__in": "²,x"},
            **ED,
        )
    )
for n, value in enumerate(["²", "abc", HUGE, "0", "-1"]):
    add(
        case(
            f"ratings-article-filter-{n}",
            "/admin/ratings/rating/",
            200,
            302,
            query={"article": value},
            **ED,
        )
    )
for n, (start, end) in enumerate(
    [("2020-01-01", "9999-12-31"), ("0001-01-01", "0001-01-01"), ("²", "x"), ("2020-13-45", "")]
):
    add(
        case(
            f"ratings-dates-{n}",
            "/admin/ratings/rating/",
            200,
            302,
            query={"updated_at_from": start, "updated_at_to": end},
            **ED,
        )
    )
    add(
        case(
            f"aggregate-dates-{n}",
            "/admin/ratings/ratingaggregate/{c_pk}/change/",
            200,
            query={"start": start, "end": end},
            **ED,
        )
    )
for n, value in enumerate(["²", HUGE, "9999-12-31", "x", "9999", "0", "10000"]):
    add(
        case(
            f"comparison-date-hierarchy-{n}",
            "/admin/newsletter/issue/",
            200,
            302,
            query={"send_at__year": value, "send_at__month": value},
            **ED,
        )
    )

# Change pages with ids that are not ids.
for model in (
    "careers/role",
    "careers/sector",
    "comparisons/comparison",
    "newsletter/issue",
    "newsletter/subscriber",
    "ratings/rating",
    "taggit/tag",
):
    for n, object_id in enumerate(["abc", "²", HUGE, "-1"]):
        add(
            case(
                f"change-{model.replace('/', '-')}-{n}",
                f"/admin/{model}/{object_id}/change/",
                302,
                **ED,
            )
        )

# Admin forms posted with hostile values: a form error, nothing saved.
ISSUE_FORM = {
    "subject": "Tips",
    "slug": "tips-hostile",
    "preheader": "",
    "intro": "Hello.",
    "send_at_0": "",
    "send_at_1": "",
    "tips-TOTAL_FORMS": "0",
    "tips-INITIAL_FORMS": "0",
    "picks-TOTAL_FORMS": "0",
    "picks-INITIAL_FORMS": "0",
}
for n, changes in enumerate(
    [
        {"subject": "Tips\r\nBcc: victim@example.com"},
        {"preheader": "Hi\nX-Evil: 1"},
        {"subject": f"Tips{NUL}"},
        {"subject": "x" * 151},
        {"slug": "résumé"},
        {"send_at_0": "9999-12-31", "send_at_1": "23:59", "_schedule": "1"},
        {"send_at_0": "²", "send_at_1": "²", "_schedule": "1"},
        {"tips-TOTAL_FORMS": HUGE},
        {"tips-TOTAL_FORMS": "²"},
    ]
):
    add(
        case(
            f"issue-add-hostile-{n}",
            "/admin/newsletter/issue/add/",
            200,
            method="post",
            data={**ISSUE_FORM, **changes},
            **ED,
        )
    )
for n, data in enumerate(
    [
        {"name": f"a{NUL}b"},
        {"name": "x" * 101},
        {"name": "ok", "slug": f"a{NUL}"},
        {"name": "", "slug": ""},
    ]
):
    add(case(f"tag-add-hostile-{n}", "/admin/taggit/tag/add/", 200, method="post", data=data, **ED))
for n, data in enumerate(
    [
        {"name": f"Sector{NUL}", "slug": "s"},
        {"name": "S", "slug": "résumé"},
        {"name": LONG, "slug": "s2"},
    ]
):
    add(
        case(
            f"sector-add-hostile-{n}",
            "/admin/careers/sector/add/",
            200,
            method="post",
            data=data,
            **ED,
        )
    )

# Anonymous visitors and writers at the editors' views.
for path in (
    WORKFLOW,
    COMPARE,
    RESET,
    "/admin/newsletter/subscriber/export/",
    "/admin/ratings/rating/",
):
    add(case(f"anonymous-{path}", path, 302, method="get"))
add(case("writer-subscriber-export", "/admin/newsletter/subscriber/export/", 403, who="writer"))

# Admin list actions with selections that are not ids.
ACTIONS = {
    "/admin/comparisons/comparison/": "publish_now",
    "/admin/newsletter/subscriber/": "unsubscribe_selected",
    "/admin/ratings/ratingaggregate/": "reset_selected",
    "/admin/careers/role/": "delete_selected",
}
for path, action in ACTIONS.items():
    for n, selected in enumerate([["²"], [HUGE], [f"1{NUL}"], ["-1", "abc"], [LONG]]):
        add(
            case(
                f"action-{action}-{n}",
                path,
                200,
                302,
                method="post",
                data={"action": action, "_selected_action": selected, "index": "0"},
                **ED,
            )
        )
    add(
        case(
            f"action-{action}-unknown-action",
            path,
            200,
            302,
            method="post",
            data={"action": f"nope{NUL}", "_selected_action": ["{c_pk}"], "index": "0"},
            **ED,
        )
    )

# --- The writing desk (autosave, discard, live preview, checks, link type-ahead) ---------------
DESK = "/admin/comparisons/comparison/{draft}/desk/"
WRITER = {"who": "writer"}  # not the draft's author: may not edit it
for endpoint in ("autosave", "discard", "preview", "checks"):
    add(case(f"desk-{endpoint}-get", DESK + endpoint + "/", 405, **ED))
    add(case(f"desk-{endpoint}-writer", DESK + endpoint + "/", 403, method="post", **WRITER))
    add(
        case(
            f"desk-{endpoint}-no-csrf",
            DESK + endpoint + "/",
            403,
            method="post",
            data={"title": "x"},
            csrf=True,
            **ED,
        )
    )
    add(
        case(
            f"desk-{endpoint}-oversized",
            DESK + endpoint + "/",
            413,
            method="post",
            data={"intro": "x" * 1_100_000},
            **ED,
        )
    )
    for n, object_id in enumerate(["²", HUGE, "0"]):
        add(
            case(
                f"desk-{endpoint}-odd-id-{n}",
                f"/admin/comparisons/comparison/{object_id}/desk/{endpoint}/",
                404,
                method="post",
                **ED,
            )
        )
# Preview and checks change nothing, whatever the form says.
for endpoint in ("preview", "checks"):
    for n, data in enumerate(
        [
            {"sections-TOTAL_FORMS": HUGE, "sections-0-body": "x"},
            {"sections-TOTAL_FORMS": "²", "related_links-TOTAL_FORMS": "-3"},
            {"sections-TOTAL_FORMS": "1", "sections-0-position": HUGE, "sections-0-kind": NUL},
            {"role_a": HUGE, "role_b": "²", "lead": LONG, "title": LONG},
            {
                "sections-TOTAL_FORMS": "1",
                "sections-0-body": '<script>alert(1)</script>"><img src=x onerror=alert(1)>',
            },
            {
                "related_links-TOTAL_FORMS": "1",
                "related_links-0-label": "x",
                "related_links-0-target_comparison": HUGE,
                "related_links-0-url": "javascript:alert(1)",
            },
            {"intro": "{{ a.nope }} {{ c.salary }} {{", "sections-0-heading": LOOK_ALIKE},
        ]
    ):
        add(
            case(
                f"desk-{endpoint}-hostile-{n}",
                DESK + endpoint + "/",
                200,
                method="post",
                data=data,
                absent="<script>alert(1)",
                **ED,
            )
        )
LINKS = DESK + "links/"
for n, q in enumerate(["", "a" * 5000, "%", "²", LOOK_ALIKE, "' OR 1=1 --"]):
    add(case(f"desk-links-{n}", LINKS, 200, query={"q": q}, **ED))
add(case("desk-links-writer", LINKS, 403, query={"q": "manager"}, **WRITER))
add(case("desk-links-post", LINKS, 405, method="post", **ED))
