"""Hostile requests to every public page, form and endpoint (see hostile_case.py)."""

import json

from .hostile_case import CRLF, HUGE, LONG, LOOK_ALIKE, NUL, SCRIPT, UNICODE_DIGITS, Case, case

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
