"""Hostile requests to the admin views merged after the first corpus: preview links, role
approval and the live-change confirmation, readers' requests, sign-in lockouts, workers, the
task list, staff accounts and tags (see hostile_case.py)."""

from .hostile_case import HUGE, LONG, LOOK_ALIKE, NUL, Case, case

CASES: list[Case] = []
add = CASES.append
ED = {"who": "editor"}
WR = {"who": "writer"}
SU = {"who": "admin"}  # a superuser: reaches every admin page
# The task list shows each row's task as the database backend reads it (tests run tasks at once).
DB_TASKS = {
    "TASKS": {
        "default": {
            "BACKEND": "django_tasks_db.DatabaseBackend",
            "QUEUES": ["default", "newsletter"],
        }
    }
}
SU_TASKS = {**SU, "settings": DB_TASKS}
ODD_IDS = ["²", "abc", HUGE, "-1", "0"]

# --- Preview links: open one, withdraw all
OPEN = "/admin/comparisons/comparison/{draft}/revisions/{n}/preview/"
for n, number in enumerate([HUGE, "0", "999"]):
    add(case(f"preview-open-missing-revision-{n}", OPEN.replace("{n}", number), 404, **ED))
    add(case(f"preview-open-missing-revision-writer-{n}", OPEN.replace("{n}", number), 404, **WR))
for n, object_id in enumerate(ODD_IDS):
    add(
        case(
            f"preview-open-odd-id-{n}",
            f"/admin/comparisons/comparison/{object_id}/revisions/1/preview/",
            404,
            **ED,
        )
    )
    add(
        case(
            f"preview-revoke-odd-id-{n}",
            f"/admin/comparisons/comparison/{object_id}/previews/revoke/",
            404,
            method="post",
            **ED,
        )
    )
add(case("preview-open-anonymous", OPEN.replace("{n}", "1"), 302))
add(case("preview-open-unicode-number", OPEN.replace("{n}", "²"), 302, **ED))  # no route: admin
REVOKE = "/admin/comparisons/comparison/{draft}/previews/revoke/"
add(case("preview-revoke-get", REVOKE, 405, **ED))
add(case("preview-revoke-writer", REVOKE, 403, method="post", **WR))
add(case("preview-revoke-anonymous", REVOKE, 302, method="post"))
add(case("preview-revoke-no-csrf", REVOKE, 403, method="post", csrf=True, **ED))
add(
    case(  # the live article has no preview link out: nothing to withdraw, nothing changes
        "preview-revoke-none-out",
        "/admin/comparisons/comparison/{c_pk}/previews/revoke/",
        302,
        method="post",
        **ED,
    )
)

# --- Roles: approval and the live-change confirmation
ROLES = "/admin/careers/role/"
for n, selected in enumerate([["²"], [HUGE], [f"1{NUL}"], ["-1", "abc"], [LONG], []]):
    add(
        case(
            f"role-approve-odd-selection-{n}",
            ROLES,
            200,
            302,
            method="post",
            data={"action": "approve_selected", "_selected_action": selected, "index": "0"},
            **ED,
        )
    )
add(
    case(  # writers have no approve action: Django answers "no action selected"
        "role-approve-as-writer",
        ROLES,
        200,
        302,
        method="post",
        data={"action": "approve_selected", "_selected_action": ["{pending_role}"], "index": "0"},
        **WR,
    )
)
add(
    case(  # approving a role that is already public changes nothing
        "role-approve-already-public",
        ROLES,
        302,
        method="post",
        data={"action": "approve_selected", "_selected_action": ["{role_pk}"], "index": "0"},
        **ED,
    )
)
ROLE_FORM = {
    "title": "Practice Manager",
    "slug": "practice-manager",
    "sector": "",  # filled below: the sector of the live role
    "soc_codes": "",
    "summary": "A **Practice Manager** does useful work.",
    "education": "A bachelor's degree",
    "experience": "Two years",
    "skills": "Planning\nCommunication",
    "work_environment": "An office",
    "median_salary": "99999",
    "salary_source": "U.S. Bureau of Labor Statistics",
    "salary_source_url": "https://www.bls.gov/ooh/",
    "salary_as_of": "2024-05-01",
}
LIVE_ROLE = "/admin/careers/role/{role_pk}/change/"
for n, changes in enumerate(
    [
        {},  # a new salary on a live article's role, not confirmed: shown, not saved
        {"confirm_live_changes": ""},
        {"confirm_live_changes": "false"},
        {"median_salary": "٣٠٠٠٠"},  # unconfirmed still, whatever the digits
        {"median_salary": HUGE, "confirm_live_changes": "on"},
        {"median_salary": "²", "confirm_live_changes": "on"},
        {"median_salary": "-5", "confirm_live_changes": "on"},
        {"salary_as_of": "9999-12-31", "confirm_live_changes": "on"},
        {"salary_as_of": "0001-01-01", "confirm_live_changes": "on"},
        {"salary_as_of": "²", "confirm_live_changes": "on"},
        {"title": f"Practice{NUL}", "confirm_live_changes": "on"},
        {"slug": "résumé", "confirm_live_changes": "on"},
        {"slug": "x" * 300, "confirm_live_changes": "on"},
        {"salary_source_url": "javascript:alert(1)", "confirm_live_changes": "on"},
        {"sector": HUGE, "confirm_live_changes": "on"},
        {"sector": "²", "confirm_live_changes": "on"},
        {"related_roles": ["²", HUGE], "confirm_live_changes": "on"},
    ]
):
    add(
        case(
            f"role-live-change-{n}",
            LIVE_ROLE,
            200,
            method="post",
            data={**ROLE_FORM, "sector": "{sector}", **changes},
            **ED,
        )
    )
add(
    case(  # what readers see, only editors change
        "role-live-change-writer",
        LIVE_ROLE,
        403,
        method="post",
        data={**ROLE_FORM, "sector": "{sector}", "confirm_live_changes": "on"},
        **WR,
    )
)
for n, changes in enumerate(
    [{"title": LONG}, {"median_salary": HUGE}, {"slug": f"a{NUL}"}, {"salary_p10": "²"}]
):
    add(
        case(
            f"role-pending-writer-hostile-{n}",
            "/admin/careers/role/{pending_role}/change/",
            200,
            method="post",
            data={**ROLE_FORM, "slug": "unreviewed-role", "sector": "{sector}", **changes},
            **WR,
        )
    )
add(
    case(
        "role-add-writer-hostile",
        "/admin/careers/role/add/",
        200,
        method="post",
        data={**ROLE_FORM, "slug": "new-role", "sector": "{sector}", "median_salary": "²"},
        **WR,
    )
)

# --- Readers' requests
START = "/admin/article_requests/articlerequest/{pk}/start-draft/"
add(case("request-start-get", START.replace("{pk}", "{open_request}"), 405, **ED))
add(case("request-start-writer", START.replace("{pk}", "{open_request}"), 403, method="post", **WR))
add(case("request-start-anonymous", START.replace("{pk}", "{open_request}"), 302, method="post"))
add(
    case(
        "request-start-no-csrf",
        START.replace("{pk}", "{open_request}"),
        403,
        method="post",
        csrf=True,
        **ED,
    )
)
add(
    case(  # its comparison is published: refused with a message
        "request-start-closed",
        START.replace("{pk}", "{closed_request}"),
        302,
        method="post",
        **ED,
    )
)
for n, pk in enumerate([HUGE, "999999"]):
    add(case(f"request-start-missing-{n}", START.replace("{pk}", pk), 404, method="post", **ED))
for n, pk in enumerate(["²", "abc", "-1"]):  # no route: the admin's own "no such object"
    add(case(f"request-start-odd-{n}", START.replace("{pk}", pk), 302, method="post", **ED))
REQUEST_LISTS = {
    "/admin/article_requests/articlerequest/": "last_asked_at",
    "/admin/article_requests/requestvote/": "created_at",
}
for path, dated in REQUEST_LISTS.items():
    name = path.strip("/").replace("/", "-")
    for n, value in enumerate(["²", HUGE, "9999", "0", "x"]):
        add(
            case(
                f"{name}-date-hierarchy-{n}",
                path,
                200,
                302,
                query={f"{dated}__year": value, f"{dated}__month": "12"},
                **ED,
            )
        )
    for n, selected in enumerate([["²"], [HUGE], [f"1{NUL}"], ["-1", "abc"], [LONG]]):
        add(
            case(
                f"{name}-erase-odd-selection-{n}",
                path,
                302,
                method="post",
                data={"action": "erase_addresses", "_selected_action": selected, "index": "0"},
                **ED,
            )
        )
    add(case(f"{name}-writer", path, 403, **WR))
    add(case(f"{name}-search-nul", path, 400, query={"q": NUL}, **ED))
    add(case(f"{name}-search-long", path, 200, query={"q": LONG}, **ED))
    add(case(f"{name}-page-odd", path, 200, 302, query={"p": "²", "o": "abc.-99"}, **ED))
    for n, object_id in enumerate(ODD_IDS):
        add(case(f"{name}-change-odd-id-{n}", f"{path}{object_id}/change/", 302, **ED))
add(
    case(
        "requests-odd-filters",
        "/admin/article_requests/articlerequest/",
        200,
        302,
        query={"status__exact": "²", "started": "maybe", "role_a__sector__id__exact": HUGE},
        **ED,
    )
)
add(
    case(
        "votes-odd-filters",
        "/admin/article_requests/requestvote/",
        200,
        302,
        query={
            "email__isempty": "²",
            "notified_at__isempty": "x",
            "request__status__exact": NUL[1:],
        },
        **ED,
    )
)
add(
    case(  # every field is read-only: an editor's post to a request's page changes nothing
        "request-change-post",
        "/admin/article_requests/articlerequest/{open_request}/change/",
        200,
        302,
        method="post",
        data={"count": "999", "status": "closed"},
        **ED,
    )
)

# --- Newsletter sending: deliveries and possible duplicates
for n, query in enumerate(
    [
        {"possible_duplicate__exact": "²"},
        {"possible_duplicate__exact": "2"},
        {"status__exact": LONG},
        {"issue__id__exact": HUGE},
        {"issue__id__exact": "²"},
    ]
):
    add(
        case(
            f"deliveries-odd-filter-{n}", "/admin/newsletter/delivery/", 200, 302, query=query, **ED
        )
    )
add(case("issue-sent-progress", "/admin/newsletter/issue/{issue_pk}/change/", 200, **ED))

# --- Sign-in lockouts (django-axes)
ATTEMPTS = "/admin/axes/accessattempt/"
for n, value in enumerate(["²", HUGE, "9999", "0"]):
    add(
        case(
            f"attempts-date-hierarchy-{n}",
            ATTEMPTS,
            200,
            302,
            query={"attempt_time__year": value, "attempt_time__month": "12"},
            **ED,
        )
    )
for action in ("unlock", "delete_selected", "cleanup_expired_attempts"):
    for n, selected in enumerate([["²"], [HUGE], ["-1", "abc"]]):
        add(
            case(
                f"attempts-{action}-odd-selection-{n}",
                ATTEMPTS,
                302,
                method="post",
                data={"action": action, "_selected_action": selected, "index": "0"},
                **ED,
            )
        )
add(case("attempts-writer", ATTEMPTS, 403, **WR))
add(case("attempts-search-nul", ATTEMPTS, 400, query={"q": NUL}, **ED))
add(
    case("attempts-odd-filter", ATTEMPTS, 200, 302, query={"status": "²", "ip_address": LONG}, **ED)
)
for log in ("accesslog", "accessfailurelog"):
    path = f"/admin/axes/{log}/"
    add(case(f"{log}-editor", path, 403, **ED))
    add(case(f"{log}-date-hierarchy", path, 200, 302, query={"attempt_time__year": HUGE}, **SU))
    add(case(f"{log}-odd-id", f"{path}²/change/", 302, **SU))

# --- Workers and the task list (ops, django-tasks)
WORKERS = "/admin/ops/workerheartbeat/"
TASKS = "/admin/django_tasks_database/dbtaskresult/"
for path in (WORKERS, TASKS):
    name = path.split("/")[3]
    add(case(f"{name}-editor", path, 403, **ED))
    add(case(f"{name}-search-nul", path, 400, query={"q": NUL}, **SU_TASKS))
    add(case(f"{name}-page-odd", path, 200, 302, query={"p": "²", "o": "abc.-99"}, **SU_TASKS))
    for n, object_id in enumerate(ODD_IDS + ["00000000-0000-0000-0000-00000000000g"]):
        add(case(f"{name}-change-odd-id-{n}", f"{path}{object_id}/change/", 302, **SU_TASKS))
    for n, selected in enumerate([["²"], [HUGE], ["abc"]]):
        add(
            case(
                f"{name}-delete-odd-selection-{n}",
                path,
                200,
                302,
                method="post",
                data={"action": "delete_selected", "_selected_action": selected, "index": "0"},
                **SU_TASKS,
            )
        )
for n, query in enumerate(
    [
        {"priority": "abc"},
        {"priority": HUGE},
        {"priority__exact": "²"},
        {"status__exact": LONG},
        {"queue_name__exact": LOOK_ALIKE},
    ]
):
    add(case(f"tasks-odd-filter-{n}", TASKS, 200, 302, query=query, **SU_TASKS))
TASK = TASKS + "{task}/"
add(case("task-page", TASK + "change/", 200, **SU_TASKS))
add(
    case(
        "task-change-post",
        TASK + "change/",
        403,
        method="post",
        data={"status": "FAILED"},
        **SU_TASKS,
    )
)
add(case("task-delete", TASK + "delete/", 403, method="post", data={"post": "yes"}, **SU_TASKS))
add(case("task-add", TASKS + "add/", 403, method="post", data={"task_path": "x"}, **SU_TASKS))
add(
    case(
        "task-delete-selected",  # nobody deletes a task row by hand: no such action
        TASKS,
        200,
        302,
        method="post",
        data={"action": "delete_selected", "_selected_action": ["{task}"], "index": "0"},
        **SU_TASKS,
    )
)
add(
    case(
        "worker-pid-filter",
        WORKERS,
        200,
        302,
        query={"pid": HUGE, "queues": NUL[1:] + "²"},
        **SU_TASKS,
    )
)

# --- Staff accounts and groups
for n, object_id in enumerate(ODD_IDS):
    add(case(f"user-change-odd-id-{n}", f"/admin/accounts/user/{object_id}/change/", 302, **SU))
    add(case(f"user-password-odd-id-{n}", f"/admin/accounts/user/{object_id}/password/", 404, **SU))
    add(case(f"group-change-odd-id-{n}", f"/admin/auth/group/{object_id}/change/", 302, **SU))
add(case("users-editor", "/admin/accounts/user/", 403, **ED))
add(
    case(
        "users-odd-filters",
        "/admin/accounts/user/",
        200,
        302,
        query={"is_staff__exact": "²", "groups__id__exact": HUGE},
        **SU,
    )
)
add(
    case(
        "user-add-hostile",
        "/admin/accounts/user/add/",
        200,
        method="post",
        data={
            "username": f"new{NUL}",
            "password1": "x",
            "password2": "y",
            "usable_password": "true",
        },
        **SU,
    )
)

# --- Tags: taggit's merge is not offered
MERGE = "/admin/taggit/tag/merge-tags/"
# The address falls to the admin's catch-all, which finds no tag of that name: a redirect.
add(case("tag-merge-writer", MERGE, 302, method="post", data={"new_tag_name": "merged"}, **WR))
add(case("tag-merge-editor", MERGE, 302, method="post", data={"new_tag_name": "merged"}, **ED))
add(case("tag-merge-page", MERGE, 302, **SU))
add(
    case(
        "tag-merge-action",
        "/admin/taggit/tag/",
        200,
        302,
        method="post",
        data={"action": "render_tag_form", "_selected_action": ["1"], "index": "0"},
        **SU,
    )
)
