"""The data the hostile-input corpus attacks, built once per module, and a cheap fingerprint of
every table so a test can prove that a request changed no row anywhere."""

import hashlib
import uuid
from dataclasses import dataclass, field

from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.db import connection
from django.test import Client
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks_db.models import DBTaskResult

from article_requests.models import ArticleRequest, RequestStatus, RequestVote
from comparisons import preview, publishing
from comparisons.models import Status
from comparisons.pairs import Pair
from newsletter import tokens
from newsletter.models import IssueStatus
from ops.models import WorkerHeartbeat
from ratings import readers
from ratings import services as rating_services

from .factories import make_comparison, make_editor, make_role, make_sector, make_user, make_writer
from .newsletter_factories import make_issue, make_subscriber

# Sessions change with every logged-in request (expiry, messages); Django's own bookkeeping.
# Sessions, and django-axes logging sign-in attempts (that log is the point of it).
UNWATCHED_TABLES = {"django_session", "django_migrations", "axes_accesslog", "axes_accessattempt"}
# The reader who already asked for the open request's pair (a signed cookie, as the site sets).
ASKING_READER = "a5" * 16  # a reader id as the site makes them (32 hex digits)
# The test client's address: requests from it count against the per-address limits.
CLIENT_IP = "127.0.0.1"


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
    pending_role: object
    open_pair: str  # two roles without an article, that readers have asked for
    quiet_pair: str  # two roles without an article that nobody has asked for
    published_pair: str
    open_request: object
    closed_request: object
    reader_cookie: str
    reset_uid: str
    other_uid: str  # the id of no account
    reset_token: str
    task_result: object
    sessions: dict = field(default_factory=dict)

    def client(self, who=None, **kwargs):
        client = Client(**kwargs)
        if who:
            client.cookies["sessionid"] = self.sessions[who]
        return client


def build_world() -> World:
    sector = make_sector("Healthcare", slug="healthcare")
    role = make_role("Practice Manager", sector=sector, slug="practice-manager")
    office = make_role("Office Manager", sector=sector, slug="office-manager")
    nurse = make_role("Nurse", sector=sector, slug="nurse")
    clerk = make_role("Ward Clerk", sector=sector, slug="ward-clerk")
    comparison = make_comparison(role, office, tags=["pay"], published=False)
    # Live prose that shows the role's salary: a change to it asks for confirmation first.
    comparison.sections.filter(position=1).update(body="Practice managers earn {{ a.salary }}.")
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    comparison.status = Status.PUBLISHED
    comparison.save(update_fields=["status"])
    draft = make_comparison(published=False, status="approved")
    rating_services.rate(comparison=comparison, stars=4, reader="reader-1", ip_hash="h")
    subscriber = make_subscriber("reader@example.com")
    subscriber.confirm_nonce = "0" * 32
    subscriber.save(update_fields=["confirm_nonce"])
    editor = make_editor(email="ed@example.com")
    sessions = {}
    for name, user in (
        ("editor", editor),
        ("writer", make_writer(email="wri@example.com")),
        ("admin", get_user_model().objects.create_superuser("root", "root@example.com", "pw")),
    ):
        client = Client()
        client.force_login(user)
        sessions[name] = client.cookies["sessionid"].value
    # A sign-in locked out from the test client's address: even the right password is refused.
    make_user("locked", group="Editors")
    AccessAttempt.objects.create(
        username="locked",
        ip_address=CLIENT_IP,
        user_agent="",
        http_accept="",
        path_info="/admin/login/",
        get_data="",
        post_data="",
        failures_since_start=50,
    )
    open_request, closed_request = _article_requests(role, nurse, office, clerk)
    WorkerHeartbeat.objects.create(worker_id="w1", queues="default", last_seen=timezone.now())
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
        pending_role=make_role("Unreviewed Role", sector=sector, approved_at=None),
        open_pair=Pair.of(role, nurse).slug,
        quiet_pair=Pair.of(nurse, clerk).slug,
        published_pair=Pair.of(role, office).slug,
        open_request=open_request,
        closed_request=closed_request,
        reader_cookie=signing.get_cookie_signer(
            salt=readers.READER_COOKIE + readers.READER_COOKIE_SALT
        ).sign(ASKING_READER),
        reset_uid=urlsafe_base64_encode(force_bytes(editor.pk)),
        other_uid=urlsafe_base64_encode(force_bytes(editor.pk + 1000)),
        reset_token=default_token_generator.make_token(editor),
        task_result=DBTaskResult.objects.create(
            id=uuid.uuid4(),
            args_kwargs={"args": [], "kwargs": {}},
            task_path="newsletter.tasks.send_issue",
            backend_name="default",
            run_after=timezone.now(),
        ),
        sessions=sessions,
    )


def _article_requests(role, nurse, office, clerk):
    now = timezone.now()
    open_request = ArticleRequest.objects.create(
        role_a=role, role_b=nurse, count=1, first_asked_at=now, last_asked_at=now
    )
    RequestVote.objects.create(
        request=open_request,
        reader=ASKING_READER,
        ip_hash=readers.ip_hash(CLIENT_IP),
        email="asker@example.com",
        consent_wording="E-mail me once.",
        consent_at=now,
    )
    closed_request = ArticleRequest.objects.create(
        role_a=office,
        role_b=clerk,
        count=1,
        first_asked_at=now,
        last_asked_at=now,
        status=RequestStatus.CLOSED,
        closed_at=now,
    )
    return open_request, closed_request


def watched_tables() -> list[str]:
    return sorted(set(connection.introspection.table_names()) - UNWATCHED_TABLES)


def fingerprint(tables) -> dict[str, tuple[int, str]]:
    """Row count and a checksum of every row, per table (order-independent)."""
    quote = connection.ops.quote_name
    if connection.vendor == "postgresql":
        # One round trip for all tables instead of one each: most of a case's time otherwise.
        query = " UNION ALL ".join(
            f"SELECT %s, count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
            f" FROM {quote(table)} t"  # noqa: S608 - names from introspection
            for table in tables
        )
        with connection.cursor() as cursor:
            cursor.execute(query, list(tables))
            return {table: (count, digest) for table, count, digest in cursor.fetchall()}
    state = {}
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {quote(table)}")  # noqa: S608 - names from introspection
            rows = sorted(repr(row) for row in cursor.fetchall())
            state[table] = (len(rows), hashlib.blake2b("\n".join(rows).encode()).hexdigest())
    return state


def changed(before, after) -> list[str]:
    return [table for table in before if before[table] != after.get(table)]
