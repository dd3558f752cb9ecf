"""The hostile-input corpus as data: every public form and endpoint and the admin's custom views,
each attacked with what the issue-11 audit tried. `{name}` in a path is filled from the World
(tests/hostile_world.py). Every case must answer its expected status and change no row."""

import json
from dataclasses import dataclass, field

NUL = "\x00"
LONG = "x" * 5000
HUGE = "9" * 30
UNICODE_DIGITS = ["²", "٣", "１"]
LOOK_ALIKE = "ｍａｎａｇｅｒ"
CRLF = "a\r\nSet-Cookie: injected=1"
SCRIPT = '"><script>alert(1)</script>'


@dataclass
class Case:
    id: str
    path: str
    expect: frozenset
    method: str = "get"
    query: dict | str | None = None  # a str is sent as the raw query string
    data: dict | None = None
    body: bytes | None = None
    content_type: str | None = None
    who: str | None = None  # None (anonymous), "editor" or "writer"
    headers: dict = field(default_factory=dict)
    csrf: bool = False  # enforce CSRF checks, as a browser without the token
    allowed_hosts: list | None = None
    absent: str | None = None  # text the response must not contain


def case(id, path, *expect, **kwargs):
    return Case(id=id, path=path, expect=frozenset(expect), **kwargs)


CASES: list[Case] = []
add = CASES.append

# --- Query strings on every public page --------------------------------------------------------
PAGES = {
    "home": ("/", 200),
    "list": ("/comparisons/", 404),  # a page number that is not one is a 404 on paginated lists
    "tag": ("/tags/{tag}/", 404),
    "article": ("/comparisons/{c}/", 200),
    "roles": ("/roles/", 200),
    "role": ("/roles/{role}/", 200),
    "search": ("/search/", 200),
    "subscribe": ("/newsletter/", 200),
    "inbox": ("/newsletter/check-your-inbox/", 200),
    "issues": ("/newsletter/issues/", 200),
    "issue": ("/newsletter/issues/{issue}/", 200),
    "feed": ("/feed/", 200),
    "sitemap": ("/sitemap.xml", 200),
    "robots": ("/robots.txt", 200),
    "healthz": ("/healthz", 200),
}
for name, (path, odd_page) in PAGES.items():
    for n, digit in enumerate(UNICODE_DIGITS):
        add(case(f"{name}-page-unicode-digit-{n}", path, odd_page, query={"page": digit}))
    add(case(f"{name}-page-huge", path, odd_page, query={"page": HUGE}))
    add(case(f"{name}-page-nul", path, 400, query={"page": NUL}))
    add(case(f"{name}-nul-in-any-parameter", path, 400, query={"utm_source": f"a{NUL}b"}))
    add(case(f"{name}-nul-in-parameter-name", path, 400, query="a%00b=1"))
    add(case(f"{name}-undecodable-bytes", path, 200, 404, query="page=%FF%FE&q=%ED%A0%80"))

for param in ("tag", "sector"):
    add(case(f"list-{param}-nul", "/comparisons/", 400, query={param: NUL}))
    add(case(f"list-{param}-nul-inside", "/comparisons/", 400, query={param: f"pay{NUL}"}))
    for n, value in enumerate(
        ["résumé", LONG, "../../etc/passwd", "' OR 1=1 --", "ｐａｙ", "pay\u200b", "²", SCRIPT]
    ):
        add(case(f"list-{param}-unknown-{n}", "/comparisons/", 404, query={param: value}))
add(case("list-tag-and-sector-known", "/comparisons/", 200, query={"tag": "{tag}"}))

for n, q in enumerate(
    [LONG, LOOK_ALIKE, "man\u200bager", SCRIPT, "%_*", "'\"\\", CRLF, "NEAR(a b)", "²"]
):
    add(case(f"search-odd-query-{n}", "/search/", 200, query={"q": q}, absent="<script>alert"))
add(case("search-nul", "/search/", 400, query={"q": f"manager{NUL}"}))
add(case("search-repeated-q", "/search/", 200, query="q=a&q=b&q=" + "c" * 3000))

# --- Path arguments that no route should turn into a 500 --------------------------------------
for n, slug in enumerate(["nope", "a" * 300, "pay_1", "-", "_"]):
    add(case(f"article-unknown-slug-{n}", f"/comparisons/{slug}/", 404))
    add(case(f"tag-unknown-slug-{n}", f"/tags/{slug}/", 404))
    add(case(f"role-unknown-slug-{n}", f"/roles/{slug}/", 404))
    add(case(f"issue-unknown-slug-{n}", f"/newsletter/issues/{slug}/", 404))
add(case("article-draft-is-404", "/comparisons/{draft_slug}/", 404))
add(case("article-nul-in-path", "/comparisons/a%00b/", 400))
add(case("article-percent-encoded-unicode", "/comparisons/r%C3%A9sum%C3%A9/", 404))
add(case("article-overlong-path", "/comparisons/" + "a/" * 2000, 404))

# --- Newsletter sign-up ------------------------------------------------------------------------
SIGNUP = {"website": "", "source": "/"}
for n, email in enumerate(
    [
        "reader@ex\u200bample.com",  # look-alikes of a confirmed subscriber: nothing changes
        "READER@EXAMPLE.COM",
        "ｒｅａｄｅｒ@example.com",
        "reader@example.com.",
        "\ufeffreader@example.com",
    ]
):
    add(
        case(
            f"signup-look-alike-{n}",
            "/newsletter/",
            302,
            method="post",
            data={**SIGNUP, "email": email},
        )
    )
for n, email in enumerate(
    [
        "a@localhost",
        "a@[127.0.0.1]",
        "a@intranet",
        "a@printer.local",
        "a" * 300 + "@example.com",
        f"a{NUL}@example.com",
        "a@example.com\r\nBcc: b@example.com",
        "a@example.com\nBcc: b@example.com",
        "",
        SCRIPT + "@example.com",
        "²@²",
        "a@" + "b" * 64 + ".com",
        "a@xn--.com",
        "a@-example.com",
    ]
):
    add(
        case(
            f"signup-refused-{n}",
            "/newsletter/",
            400,
            method="post",
            data={**SIGNUP, "email": email},
        )
    )
add(
    case(
        "signup-honeypot",
        "/newsletter/",
        400,
        method="post",
        data={"email": "new@example.com", "website": "http://spam.example", "source": "/"},
    )
)
add(
    case(
        "signup-forged-source",
        "/newsletter/",
        302,
        method="post",
        data={"email": "reader@example.com", "website": "", "source": "//evil.example/\r\nx"},
    )
)
add(
    case(
        "signup-nul-in-source",
        "/newsletter/",
        400,
        method="post",
        data={**SIGNUP, "email": "new@example.com", "source": f"/{NUL}"},
    )
)
add(
    case(
        "signup-no-csrf-token",
        "/newsletter/",
        403,
        method="post",
        data={**SIGNUP, "email": "new@example.com"},
        csrf=True,
    )
)
add(
    case(
        "signup-json-body",
        "/newsletter/",
        400,
        method="post",
        body=json.dumps({"email": "new@example.com"}).encode(),
        content_type="application/json",
    )
)
add(
    case(
        "signup-text-body",
        "/newsletter/",
        400,
        method="post",
        body=b"email=new@example.com",
        content_type="text/plain",
    )
)
add(
    case(
        "signup-oversized-body",
        "/newsletter/",
        400,
        method="post",
        data={**SIGNUP, "email": "new@example.com", "pad": "x" * 3_000_000},
    )
)
add(
    case(
        "signup-too-many-fields",
        "/newsletter/",
        400,
        method="post",
        data={**SIGNUP, "email": "new@example.com", **{f"f{i}": "1" for i in range(1100)}},
    )
)
add(
    case(
        "signup-broken-multipart",
        "/newsletter/",
        400,
        method="post",
        body=b"--x\r\nbroken",
        content_type="multipart/form-data; boundary=x",
    )
)
for verb in ("put", "patch", "delete"):
    add(case(f"signup-{verb}", "/newsletter/", 405, method=verb))

# --- Newsletter tokens -------------------------------------------------------------------------
FORGED_TOKENS = {
    "forged": "abc",
    "truncated": "{ctoken_truncated}",
    "tampered": "{ctoken_tampered}",
    "extended": "{ctoken}x",
    "long": "a" * 3000,
    "unicode": "²:²",
    "other-salt": "{utoken}",
}
for name, token in FORGED_TOKENS.items():
    for method in ("get", "post"):
        add(case(f"confirm-{name}-{method}", f"/newsletter/confirm/{token}/", 400, method=method))
add(case("confirm-nul-token", "/newsletter/confirm/a%00b/", 400))
UNSUBSCRIBE_TOKENS = {
    **FORGED_TOKENS,
    "truncated": "{utoken_truncated}",
    "tampered": "{utoken_tampered}",
    "extended": "{utoken}x",
    "other-salt": "{ctoken}",
}
for name, token in UNSUBSCRIBE_TOKENS.items():
    for method in ("get", "post"):
        add(
            case(
                f"unsubscribe-{name}-{method}",
                f"/newsletter/unsubscribe/{token}/",
                404,  # the unsubscribe page says the link is not valid
                method=method,
            )
        )
    add(
        case(
            f"unsubscribe-one-click-{name}",
            f"/newsletter/unsubscribe/{token}/",
            404,
            method="post",
            data={"List-Unsubscribe": "One-Click"},
        )
    )
add(case("unsubscribe-put", "/newsletter/unsubscribe/{utoken}/", 405, method="put"))
add(case("confirm-delete", "/newsletter/confirm/{ctoken}/", 405, method="delete"))

# --- Preview links -----------------------------------------------------------------------------
for name, token in {
    "forged": "abc",
    "truncated": "{ptoken_truncated}",
    "tampered": "{ptoken_tampered}",
    "extended": "{ptoken}x",
    "long": "a" * 3000,
    "other-salt": "{utoken}",
    "unicode": "²",
}.items():
    add(case(f"preview-{name}", f"/preview/{token}/", 404))
add(case("preview-nul", "/preview/a%00b/", 400))

# --- Ratings -----------------------------------------------------------------------------------
RATE = "/comparisons/{c}/rate/"
for n, stars in enumerate(
    ["²", "٤", "0", "6", f"5{NUL}", "", HUGE, "4.0", "-1", "５", " 5", SCRIPT]
):
    # The plain form goes back to the stars with a message; the script gets a 400.
    add(case(f"rate-bad-stars-{n}", RATE, 302, method="post", data={"stars": stars}))
    add(
        case(
            f"rate-bad-stars-json-{n}",
            RATE,
            400,
            method="post",
            data={"stars": stars},
            headers={"accept": "application/json"},
        )
    )
add(case("rate-get", RATE, 405))
for verb in ("put", "delete"):
    add(case(f"rate-{verb}", RATE, 405, method=verb))
add(case("rate-oversized", RATE, 413, method="post", data={"stars": "5", "pad": "x" * 5000}))
add(
    case(
        "rate-bad-content-length",
        RATE,
        413,
        method="post",
        data={"stars": "5"},
        headers={"CONTENT_LENGTH": "²"},
    )
)
add(
    case(
        "rate-json-body",
        RATE,
        302,
        method="post",
        body=b'{"stars": 5}',
        content_type="application/json",
    )
)
add(
    case(
        "rate-unpublished",
        "/comparisons/{draft_slug}/rate/",
        404,
        method="post",
        data={"stars": "5"},
    )
)
add(case("rate-unknown", "/comparisons/nope/rate/", 404, method="post", data={"stars": "5"}))
add(case("rate-no-csrf", RATE, 403, method="post", data={"stars": "5"}, csrf=True))

# --- Host header tricks ------------------------------------------------------------------------
STRICT = ["testserver"]
for n, host in enumerate(
    [
        "evil.example",
        "testserver:abc",
        "testserver\r\nX-A: b",
        "a" * 300,
        "[::1",
        "testserver@evil.example",
    ]
):
    add(case(f"host-{n}", "/", 400, headers={"host": host}, allowed_hosts=STRICT))
add(
    case(
        "host-forwarded",
        "/",
        200,
        headers={"x-forwarded-host": "evil.example"},
        allowed_hosts=STRICT,
        absent="evil.example",
    )
)
add(
    case(
        "host-forwarded-for",
        "/comparisons/{c}/",
        200,
        headers={"x-forwarded-for": "1.1.1.1, \u00b2, ::1"},
    )
)

# --- Wrong methods on read-only pages ----------------------------------------------------------
for name in ("home", "list", "article", "search", "role", "issues", "feed", "sitemap", "healthz"):
    for verb in ("put", "delete", "patch"):
        add(case(f"{name}-{verb}", PAGES[name][0], 405, method=verb))

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
