"""Hostile requests to the pages merged after the first corpus: the compare picker and pages,
asking for an article, the roles list for the type-ahead, the privacy page, the favicon and the
probes (see hostile_case.py)."""

from .hostile_case import CRLF, HUGE, LONG, LOOK_ALIKE, NUL, SCRIPT, UNICODE_DIGITS, Case, case

CASES: list[Case] = []
add = CASES.append

# --- Query strings on every page
PAGES = {
    "compare": "/compare/",
    "compare-pair": "/compare/{quiet_pair}/",
    "roles-json": "/compare/roles.json",
    "privacy": "/privacy/",
    "favicon": "/favicon.ico",
    "readyz": "/readyz",
}
for name, path in PAGES.items():
    for n, digit in enumerate(UNICODE_DIGITS):
        add(case(f"{name}-page-unicode-digit-{n}", path, 200, query={"page": digit}))
    add(case(f"{name}-page-huge", path, 200, query={"page": HUGE}))
    add(case(f"{name}-nul-in-any-parameter", path, 400, query={"utm_source": f"a{NUL}b"}))
    add(case(f"{name}-nul-in-parameter-name", path, 400, query="a%00b=1"))
    add(case(f"{name}-undecodable-bytes", path, 200, query="page=%FF%FE&q=%ED%A0%80"))
    for verb in ("post", "put", "delete", "patch"):
        add(case(f"{name}-{verb}", path, 405, method=verb))

# --- The picker: `/compare/?a=…&b=…`
PICK = "/compare/"
for n, (a, b) in enumerate(
    [
        ("²", "٣"),
        (LONG, LONG),
        ("Nurse", "Nurse"),  # the same role twice
        ("nurse", "NURSE"),
        ("%", "_"),  # LIKE wildcards match nothing
        ("' OR 1=1 --", "nurse"),
        (SCRIPT, "nurse"),
        ("nurse\u200b\u200b", ""),
        ("", ""),
        ("Unreviewed Role", "Nurse"),  # a writer's unapproved role is not pickable
        (CRLF, "nurse"),
        ("../../etc/passwd", "nurse"),
    ]
):
    add(case(f"pick-refused-{n}", PICK, 400, query={"a": a, "b": b}, absent="<script>alert"))
for n, (a, b) in enumerate(
    [
        (LOOK_ALIKE.replace("ｍａｎａｇｅｒ", "Ｎｕｒｓｅ"), "ward clerk"),  # NFKC: the same role
        ("Nurse\u200b", "Ward\u00a0Clerk"),  # invisible and odd spaces are tidied away
        ("ward-clerk", "nurse"),  # slugs work too, in either order
        ("Practice Manager", "Office Manager"),  # a published pair goes to its article
    ]
):
    add(case(f"pick-tidied-{n}", PICK, 302, query={"a": a, "b": b}))
add(case("pick-repeated", PICK, 400, query="a=nurse&a=" + "x" * 3000 + "&b=²"))
add(case("pick-nul", PICK, 400, query={"a": f"nurse{NUL}", "b": "ward clerk"}))
add(case("pick-head", PICK, 200, method="head"))

# --- A pair's page: `/compare/<first>-vs-<second>/`
for n, pair in enumerate(
    [
        "nope",
        "nurse-vs-nurse",  # the same role twice names no pair
        "nurse-vs-",
        "-vs-nurse",
        "-vs-",
        "nurse-vs-ward-clerk-vs-",
        "x-vs-" * 600 + "nurse",  # many separators: every split is tried, in one query
        "a" * 300 + "-vs-" + "b" * 300,
        "nurse-vs-unreviewed-role",
        "nurse-vs-Ward-Clerk",
        "nurse-vs-ward_clerk",
    ]
):
    add(case(f"pair-unknown-{n}", f"/compare/{pair}/", 404))
add(case("pair-quiet", "/compare/{quiet_pair}/", 200))
add(case("pair-reversed", "/compare/ward-clerk-vs-nurse/", 301))
add(case("pair-published", "/compare/{published_pair}/", 301))
add(case("pair-percent-encoded", "/compare/nurse-vs-w%C3%A4rd/", 404))
add(case("pair-nul", "/compare/nurse-vs-a%00b/", 400))
add(case("pair-as-editor", "/compare/{open_pair}/", 200, who="editor"))

# --- Asking for a pair's article
ASK = "/compare/{quiet_pair}/ask/"
ASKED = "/compare/{open_pair}/ask/"
add(case("ask-get", ASK, 303))
add(case("ask-head", ASK, 303, method="head"))
for verb in ("put", "delete", "patch"):
    add(case(f"ask-{verb}", ASK, 303, method=verb))  # anything but a POST goes to the page
for n, email in enumerate(
    [
        f"a{NUL}@example.com",
        "a@example.com\r\nBcc: b@example.com",
        "a@ex\u200bample.com",  # a look-alike with a zero-width space
        "\ufeffa@example.com",
        "a" * 300 + "@example.com",
        "not an address",
        SCRIPT,
        "²@²",
        "a@" + "b" * 64 + ".com",
        "a@example.com, b@example.com",
    ]
):
    add(case(f"ask-bad-email-{n}", ASK, 400, method="post", data={"email": email}))
add(
    case(
        "ask-bad-email-is-not-echoed-raw",
        ASK,
        400,
        method="post",
        data={"email": SCRIPT + "@example.com"},
        absent="<script>alert",
    )
)
for n, pair in enumerate(
    ["nope", "nurse-vs-nurse", "x-vs-" * 600 + "y", "nurse-vs-unreviewed-role"]
):
    add(case(f"ask-unknown-pair-{n}", f"/compare/{pair}/ask/", 404, method="post", data={}))
add(case("ask-nul-in-path", "/compare/nurse-vs-a%00b/ask/", 400, method="post", data={}))
add(
    case(
        "ask-published-pair",  # the article exists: go and read it
        "/compare/{published_pair}/ask/",
        303,
        method="post",
        data={"email": "new@example.com"},
    )
)
COOKIE = {"HTTP_COOKIE": "cc_reader={reader_cookie}"}
add(case("ask-again", ASKED, 409, method="post", data={"email": ""}, headers=COOKIE))
add(
    case(
        "ask-again-with-another-address",
        ASKED,
        409,
        method="post",
        data={"email": "other@example.com"},
        headers=COOKIE,
    )
)
for n, cookie in enumerate(
    [
        "cc_reader=" + "a5" * 16,  # unsigned
        "cc_reader={reader_cookie}x",  # tampered
        "cc_reader=" + "a" * 4000,
        "cc_reader=%00",
        "cc_reader=²:²",
    ]
):
    add(
        case(
            f"ask-forged-reader-cookie-{n}",
            ASKED,
            400,  # a new reader as far as we can tell; the address is what is refused
            method="post",
            data={"email": "a@localhost\r\n"},
            headers={"HTTP_COOKIE": cookie},
        )
    )
add(
    case(
        "ask-over-the-address-limit",  # the test client's address already asked once today
        ASK,
        429,
        method="post",
        data={"email": ""},
        settings={"ARTICLE_REQUESTS_PER_IP_PER_DAY": 1},
    )
)
add(case("ask-no-csrf", ASK, 403, method="post", data={"email": ""}, csrf=True))
add(
    case(
        "ask-json-no-csrf",
        ASK,
        403,
        method="post",
        body=b'{"email": ""}',
        content_type="application/json",
        csrf=True,
    )
)
add(
    case(
        "ask-oversized",
        ASK,
        413,
        method="post",
        data={"email": "a@example.com", "pad": "x" * 5000},
    )
)
add(
    case(
        "ask-oversized-without-csrf",  # refused for its size before anything reads it
        ASK,
        413,
        method="post",
        data={"pad": "x" * 3_000_000},
        csrf=True,
    )
)
for n, length in enumerate(["²", "-1", HUGE, "abc"]):
    add(
        case(
            f"ask-odd-content-length-{n}",
            ASK,
            413 if length != "-1" else 400,
            method="post",
            data={"email": "a@localhost"},
            headers={"CONTENT_LENGTH": length},
        )
    )
add(
    case(
        "ask-broken-multipart",
        ASK,
        400,
        403,
        method="post",
        body=b"--x\r\nbroken",
        content_type="multipart/form-data; boundary=x",
        csrf=True,
    )
)
add(
    case(
        "ask-as-editor-bad-email",  # staff skip the address limit, not the checks
        ASK,
        400,
        method="post",
        data={"email": "a@ex\u200bample.com"},
        who="editor",
    )
)

# --- The probes and small files
for name in ("healthz", "readyz"):
    for n, host in enumerate(["evil.example", "a" * 300]):
        add(
            case(
                f"{name}-host-{n}",
                f"/{name}",
                400,
                headers={"host": host},
                allowed_hosts=["testserver"],
            )
        )
