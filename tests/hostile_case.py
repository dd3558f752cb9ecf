"""The hostile-input corpus's case type and the hostile values it uses. The cases themselves are
in hostile_cases_public.py and hostile_cases_admin.py; `{name}` in a path is filled from the
World (tests/hostile_world.py). Every case must answer its expected status and change no row."""

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
    headers: dict = field(default_factory=dict)  # lower-case: HTTP headers; UPPER: WSGI environ
    csrf: bool = False  # enforce CSRF checks, as a browser without the token
    allowed_hosts: list | None = None
    settings: dict | None = None  # settings for this one request, e.g. a lower limit
    absent: str | None = None  # text the response must not contain


def case(id, path, *expect, **kwargs):
    return Case(id=id, path=path, expect=frozenset(expect), **kwargs)
