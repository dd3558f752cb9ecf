"""The hostile-input corpus (issue 11): every case answers its expected status, never a 5xx, and
changes no row in any table; then every URL pattern is walked with hostile path arguments.

The attacked data is built once per module inside a transaction that is rolled back at the end;
each case runs in its own savepoint, and a fingerprint (row count and checksum) of every table
is compared before and after it.
"""

import itertools
import re

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver

from . import (
    hostile_cases_accounts,
    hostile_cases_admin,
    hostile_cases_admin_more,
    hostile_cases_compare,
    hostile_cases_public,
)
from .hostile_world import World, build_world, changed, fingerprint, watched_tables

CASES = (
    hostile_cases_public.CASES
    + hostile_cases_compare.CASES
    + hostile_cases_accounts.CASES
    + hostile_cases_admin.CASES
    + hostile_cases_admin_more.CASES
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_world()
        yield built
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def tables(world, django_db_blocker):
    with django_db_blocker.unblock():
        return watched_tables()


def _tampered(token):
    """The same token with one character of its signature changed."""
    last = token[-1]
    return token[:-1] + ("A" if last != "A" else "B")


def _values(world: World) -> dict:
    tokens = {
        "c": world.confirm_token,
        "u": world.unsubscribe_token,
        "p": world.preview_token,
        "r": world.reset_token,
    }
    values = {
        "c": world.comparison.live_revision.slug,
        "c_pk": world.comparison.pk,
        "draft": world.draft.pk,
        "draft_slug": world.draft.slug,
        "role": world.role.slug,
        "tag": world.tag_slug,
        "issue": world.sent_issue.slug,
        "dissue": world.draft_issue.pk,
        "issue_pk": world.sent_issue.pk,
        "sector": world.sector.pk,
        "role_pk": world.role.pk,
        "pending_role": world.pending_role.pk,
        "open_pair": world.open_pair,
        "quiet_pair": world.quiet_pair,
        "published_pair": world.published_pair,
        "open_request": world.open_request.pk,
        "closed_request": world.closed_request.pk,
        "reader_cookie": world.reader_cookie,
        "reset_uid": world.reset_uid,
        "other_uid": world.other_uid,
        "task": world.task_result.pk,
    }
    for key, token in tokens.items():
        values[f"{key}token"] = token
        values[f"{key}token_truncated"] = token[: len(token) // 2]
        values[f"{key}token_tampered"] = _tampered(token)
    return values


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(value, values):
    """`{name}` in a path, value or header replaced by the World's value of that name."""
    if isinstance(value, list):
        return [_fill(item, values) for item in value]
    if isinstance(value, str):
        return _PLACEHOLDER.sub(lambda m: str(values.get(m[1], m[0])), value)
    return value


def send(case, world, settings):
    values = _values(world)
    path = _fill(case.path, values)
    if case.allowed_hosts is not None:
        settings.ALLOWED_HOSTS = case.allowed_hosts
    for name, value in (case.settings or {}).items():
        setattr(settings, name, value)
    client = world.client(case.who, enforce_csrf_checks=case.csrf)
    headers = {k: _fill(v, values) for k, v in case.headers.items() if not k.isupper()}
    extra = {k: _fill(v, values) for k, v in case.headers.items() if k.isupper()}
    if isinstance(case.query, str):
        path = f"{path}?{_fill(case.query, values)}"
        query = None
    else:
        query = {k: _fill(v, values) for k, v in (case.query or {}).items()} or None
    call = getattr(client, case.method)
    if case.body is not None:
        body = _fill(case.body, values)
        return call(path, data=body, content_type=case.content_type, headers=headers, **extra)
    if case.method == "get":
        return call(path, query, headers=headers, **extra)
    if case.method == "post":
        data = {k: _fill(v, values) for k, v in (case.data or {}).items()}
        return call(path, data, headers=headers, **extra)
    return call(path, headers=headers, **extra)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_request_is_refused_cleanly_and_changes_nothing(case, world, tables, settings):
    before = fingerprint(tables)
    response = send(case, world, settings)
    assert response.status_code < 500
    assert response.status_code in case.expect, (
        f"{case.id}: {response.status_code}, expected {sorted(case.expect)}"
    )
    if case.absent:
        assert case.absent not in response.content.decode(errors="replace")
    assert changed(before, fingerprint(tables)) == []


def test_the_fingerprint_notices_a_changed_row(world, tables):
    """The check every case relies on: one changed value in one row is seen (and rolled back
    with the test)."""
    before = fingerprint(tables)
    type(world.open_request).objects.filter(pk=world.open_request.pk).update(count=2)
    assert changed(before, fingerprint(tables)) == ["article_requests_articlerequest"]


def test_the_corpus_is_large_and_ids_are_unique():
    assert len(CASES) >= 200
    assert len({c.id for c in CASES}) == len(CASES)


# --- Every URL pattern, with hostile path arguments -------------------------------------------

# A unicode digit, a number no database column holds, a name no file system holds, and an
# encoded slash with a byte that is not UTF-8. (NUL is refused before routing: see the corpus.)
HOSTILE_SEGMENTS = ["²", "9" * 30, "a" * 300, "..%2F%FF"]
_ARGUMENT = re.compile(r"<(?:\w+:)?\w+>|\(\?P<\w+>[^)]*\)")


def _routes(patterns, prefix=""):
    for pattern in patterns:
        text = str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + text)
        elif isinstance(pattern, URLPattern):
            yield prefix + text


def _hostile_paths():
    paths = set()
    for route in _routes(get_resolver().url_patterns):
        if "(?P<app_label>" in route:
            route = route.split("(?P<app_label>")[0] + "<app_label>/"
        arguments = _ARGUMENT.findall(route)
        if not arguments:
            paths.add("/" + route.replace("\\", ""))
            continue
        for segment in HOSTILE_SEGMENTS:
            path = route
            for argument in arguments:
                path = path.replace(argument, segment, 1)
            paths.add("/" + path.replace("\\", ""))
    return sorted(paths)


@pytest.mark.parametrize("who", [None, "editor", "admin"])  # "admin": a superuser sees it all
def test_every_url_pattern_survives_hostile_path_arguments(who, world, tables, settings):
    # The task list reads each row with the database backend (tests run tasks at once).
    settings.TASKS = hostile_cases_admin_more.DB_TASKS["TASKS"]
    before = fingerprint(tables)
    paths = _hostile_paths()
    assert len(paths) > 300
    if who is None:  # anonymous posts to the admin all end at its login page
        requests = [(p, "get") for p in paths] + [
            (p, "post") for p in paths if not p.startswith("/admin/")
        ]
    else:
        requests = list(itertools.product(paths, ("get", "post")))
    failures = []
    client = world.client(who)
    for path, method in requests:
        response = getattr(client, method)(path)
        if response.status_code >= 500:
            failures.append(f"{method.upper()} {path}: {response.status_code}")
    assert failures == []
    assert changed(before, fingerprint(tables)) == []
