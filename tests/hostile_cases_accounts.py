"""Hostile requests to signing in: the admin login (throttled by django-axes) and the staff
password reset with its e-mailed link (see hostile_case.py). No case signs anyone in, so no
row changes (the sign-in log of django-axes is not watched: logging attempts is its point)."""

from .hostile_case import CRLF, LONG, LOOK_ALIKE, NUL, SCRIPT, Case, case

CASES: list[Case] = []
add = CASES.append

LOGIN = "/admin/login/"
for n, (username, password) in enumerate(
    [
        ("ed", "wrong"),
        ("ed", ""),
        (f"ed{NUL}", "pw"),
        ("ed", f"pw{NUL}"),
        ("ｅｄ", "wrong"),  # NFKC makes it "ed": still the wrong password
        ("ed\u200b", "pw"),
        (LONG, LONG),
        ("' OR 1=1 --", "' OR 1=1 --"),
        (SCRIPT, "x"),
        (CRLF, "x"),
        ("²", "²"),
        ("", ""),
        ("nobody", "pw"),
        ("ED", "pw"),  # usernames are case-sensitive
    ]
):
    add(
        case(
            f"login-refused-{n}",
            LOGIN,
            200,
            method="post",
            data={"username": username, "password": password, "next": "/admin/"},
            absent="<script>alert",
        )
    )
LOCKED = {"username": "locked", "password": "pw", "next": "/admin/"}
add(case("login-locked-out-right-password", LOGIN, 429, method="post", data=LOCKED))
add(
    case(
        "login-locked-out-forged-forwarded-for",  # no trusted proxy: the header changes nothing
        LOGIN,
        429,
        method="post",
        data=LOCKED,
        headers={"x-forwarded-for": "203.0.113.7"},
    )
)
add(
    case(  # behind a proxy, an address the proxy did not write is not believed either
        "login-odd-forwarded-for",
        LOGIN,
        200,
        method="post",
        data={**LOCKED, "password": "wrong"},
        headers={"x-forwarded-for": "², ::1, " + "9" * 300},
        settings={"TRUSTED_PROXY_COUNT": 1},
    )
)
for n, nxt in enumerate(["//evil.example/", "https://evil.example/", "/\r\nX: y", "²"]):
    add(case(f"login-odd-next-{n}", LOGIN, 200, query={"next": nxt}))
    add(
        case(
            f"login-odd-next-post-{n}",
            LOGIN,
            200,
            method="post",
            data={"username": "ed", "password": "wrong", "next": nxt},
        )
    )
add(case("login-nul-in-query", LOGIN, 400, query={"next": f"/{NUL}"}))
add(
    case(
        "login-no-csrf",
        LOGIN,
        403,
        method="post",
        data={"username": "ed", "password": "wrong"},
        csrf=True,
    )
)
add(
    case(
        "login-json-body",
        LOGIN,
        200,
        method="post",
        body=b'{"username": "ed", "password": "pw"}',
        content_type="application/json",
    )
)
add(
    case(
        "login-oversized-body",
        LOGIN,
        400,
        method="post",
        data={"username": "ed", "password": "x" * 3_000_000},
    )
)
add(
    case(
        "login-too-many-fields",
        LOGIN,
        400,
        method="post",
        data={"username": "ed", **{f"f{i}": "1" for i in range(1100)}},
    )
)
add(case("login-as-editor", LOGIN, 302, who="editor"))  # already signed in
add(case("logout-get", "/admin/logout/", 405, who="editor"))
add(
    case(
        "login-host-trick",
        LOGIN,
        400,
        headers={"host": "evil.example"},
        allowed_hosts=["testserver"],
    )
)

# --- Asking for a reset link
RESET = "/admin/password_reset/"
add(case("reset-form", RESET, 200))
for n, email in enumerate(
    [
        f"ed@example.com{NUL}",
        "ed@example.com\r\nBcc: attacker@example.com",
        "ed@example.com\nBcc: attacker@example.com",
        "a" * 300 + "@example.com",
        LOOK_ALIKE,
        "",
        SCRIPT,
        "ed@example.com, attacker@example.com",
        "ｅｄ@example.com",
    ]
):
    add(case(f"reset-refused-{n}", RESET, 200, method="post", data={"email": email}))
for n, email in enumerate(["ed@example.com", "nobody@example.com", "ED@EXAMPLE.COM"]):
    # The same answer whether or not the address is a staff member's; a mail may go, no row changes.
    add(case(f"reset-accepted-{n}", RESET, 302, method="post", data={"email": email}))
add(
    case(
        "reset-host-header",  # the link is built from SITE_URL; a forged Host is refused first
        RESET,
        400,
        method="post",
        data={"email": "ed@example.com"},
        headers={"host": "evil.example"},
        allowed_hosts=["testserver"],
    )
)
add(
    case(
        "reset-forwarded-host",
        RESET,
        302,
        method="post",
        data={"email": "ed@example.com"},
        headers={"x-forwarded-host": "evil.example"},
    )
)
add(case("reset-no-csrf", RESET, 403, method="post", data={"email": "ed@example.com"}, csrf=True))
add(
    case(
        "reset-json-body",
        RESET,
        200,
        method="post",
        body=b'{"email": "ed@example.com"}',
        content_type="application/json",
    )
)
add(case("reset-oversized", RESET, 400, method="post", data={"email": "x" * 3_000_000}))
add(case("reset-done", "/admin/password_reset/done/", 200))
add(case("reset-complete", "/admin/reset/done/", 200))

# --- The e-mailed link: /admin/reset/<uid>/<token>/
CONFIRM = "/admin/reset/{uid}/{token}/"
FORGED = {
    "forged-token": ("{reset_uid}", "abc-def"),
    "truncated-token": ("{reset_uid}", "{rtoken_truncated}"),
    "tampered-token": ("{reset_uid}", "{rtoken_tampered}"),
    "extended-token": ("{reset_uid}", "{rtoken}x"),
    "long-token": ("{reset_uid}", "a" * 3000),
    "unicode-token": ("{reset_uid}", "²-²"),
    "forged-uid": ("{other_uid}", "{rtoken}"),  # another id with the editor's token
    "unicode-uid": ("wrI", "{rtoken}"),  # "²" in base64
    "nul-in-uid": ("MQA", "{rtoken}"),  # "1\x00" in base64
    "huge-uid": ("OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5", "{rtoken}"),  # 30 nines
    "not-base64-uid": ("!!!", "{rtoken}"),
    "long-uid": ("a" * 3000, "{rtoken}"),
}
for name, (uid, token) in FORGED.items():
    path = CONFIRM.format(uid=uid, token=token)
    add(case(f"reset-link-{name}", path, 200))  # "this link is not valid", with the admin's look
    add(
        case(
            f"reset-link-{name}-post",
            path,
            200,
            method="post",
            data={"new_password1": "A-long-new-pass-1", "new_password2": "A-long-new-pass-1"},
        )
    )
add(case("reset-link-nul", "/admin/reset/MQ/a%00b/", 400))
add(case("reset-link-valid", CONFIRM.format(uid="{reset_uid}", token="{rtoken}"), 302))
add(
    case(
        "reset-link-set-password-without-session",  # the token lives in the session, not the URL
        CONFIRM.format(uid="{reset_uid}", token="set-password"),
        200,
        method="post",
        data={"new_password1": "A-long-new-pass-1", "new_password2": "A-long-new-pass-1"},
    )
)
add(
    case(
        "reset-link-set-password-other-uid",
        CONFIRM.format(uid="MQ", token="set-password"),
        200,
    )
)
