"""The data the hostile-input corpus attacks, built once per module, and a cheap fingerprint of
every table so a test can prove that a request changed no row anywhere."""

import hashlib
from dataclasses import dataclass, field

from django.db import connection
from django.test import Client
from django.utils import timezone

from comparisons import preview
from newsletter import tokens
from newsletter.models import IssueStatus
from ratings import services as rating_services

from .factories import make_comparison, make_editor, make_role, make_sector, make_writer
from .newsletter_factories import make_issue, make_subscriber

# Sessions change with every logged-in request (expiry, messages); Django's own bookkeeping.
# Sessions, and django-axes logging sign-in attempts (that log is the point of it).
UNWATCHED_TABLES = {"django_session", "django_migrations", "axes_accesslog", "axes_accessattempt"}


@dataclass
class World:
    comparison: object
    draft: object
    role: object
    sector: object
    tag_slug: str
    subscriber: object
    confirm_token: str
    unsubscribe_token: str
    preview_token: str
    sent_issue: object
    draft_issue: object
    sessions: dict = field(default_factory=dict)

    def client(self, who=None, **kwargs):
        client = Client(**kwargs)
        if who:
            client.cookies["sessionid"] = self.sessions[who]
        return client


def build_world() -> World:
    sector = make_sector("Healthcare", slug="healthcare")
    role = make_role("Practice Manager", sector=sector, slug="practice-manager")
    comparison = make_comparison(role, make_role("Office Manager", sector=sector), tags=["pay"])
    draft = make_comparison(published=False, status="approved")
    rating_services.rate(comparison=comparison, stars=4, reader="reader-1", ip_hash="h")
    subscriber = make_subscriber("reader@example.com")
    subscriber.confirm_nonce = "0" * 32
    subscriber.save(update_fields=["confirm_nonce"])
    sessions = {}
    for name, user in (("editor", make_editor()), ("writer", make_writer())):
        client = Client()
        client.force_login(user)
        sessions[name] = client.cookies["sessionid"].value
    return World(
        comparison=comparison,
        draft=draft,
        role=role,
        sector=sector,
        tag_slug=comparison.tags.get().slug,
        subscriber=subscriber,
        confirm_token=tokens.make_confirm_token(subscriber),
        unsubscribe_token=tokens.make_unsubscribe_token(subscriber),
        preview_token=preview.make_token(draft.revisions.get()),
        sent_issue=make_issue(
            status=IssueStatus.SENT, send_at=timezone.now(), sent_at=timezone.now()
        ),
        draft_issue=make_issue(),
        sessions=sessions,
    )


def watched_tables() -> list[str]:
    return sorted(set(connection.introspection.table_names()) - UNWATCHED_TABLES)


def fingerprint(tables) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every row, per table (order-independent)."""
    quote = connection.ops.quote_name
    state = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from introspection
            rows = sorted(repr(row) for row in cursor.fetchall())
            state[table] = (len(rows), hashlib.blake2b("\n".join(rows).encode()).hexdigest())
    return state


def changed(before, after) -> list[str]:
    return [table for table in before if before[table] != after.get(table)]
