"""Readers ask for a comparison; editors start it; readers hear once when it is published."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from article_requests import services
from article_requests.models import ArticleRequest, RequestStatus, RequestVote
from comparisons import pairs, workflow
from comparisons.models import Comparison, SectionKind, Status
from newsletter.models import Subscriber
from ratings.readers import READER_COOKIE

from .factories import (
    make_comparison,
    make_editor,
    make_role,
    make_sector,
    make_user,
    make_writer,
)

pytestmark = pytest.mark.django_db

ASK = "/compare/nurse-vs-physician/ask/"


@pytest.fixture
def nurse():
    return make_role("Nurse", slug="nurse", sector=make_sector("Healthcare", slug="healthcare"))


@pytest.fixture
def physician(nurse):
    return make_role("Physician", slug="physician", sector=nurse.sector, median_salary=239200)


@pytest.fixture
def pair(nurse, physician):
    return pairs.Pair.of(nurse, physician)


def reader(n):
    return f"{n:032x}"


def nothing_stored():
    return not ArticleRequest.objects.exists() and not RequestVote.objects.exists()


# --- Asking, through the form -----------------------------------------------------------------


def test_a_reader_asks_with_an_address_and_it_is_stored_with_consent(client, pair):
    response = client.post(ASK, {"email": " Reader@Example.com "})
    assert response.status_code == 303
    assert response["Location"] == "/compare/nurse-vs-physician/"
    assert READER_COOKIE in response.cookies
    article_request = ArticleRequest.objects.get()
    assert (article_request.role_a, article_request.role_b) == (pair.first, pair.second)
    assert article_request.count == 1
    assert article_request.first_asked_at == article_request.last_asked_at
    vote = RequestVote.objects.get()
    assert vote.email == "reader@example.com"
    assert vote.consent_wording == services.CONSENT_WORDING
    assert vote.consent_at is not None
    assert vote.ip_hash

    page = client.get(response["Location"]).text
    assert "we have passed your request to our editors" in page
    assert "1 reader has asked for this one so far." in page
    assert "You have asked for this comparison; we will e-mail you once" in page


def test_asking_never_adds_the_reader_to_the_newsletter(client, pair):
    client.post(ASK, {"email": "reader@example.com"})
    assert not Subscriber.objects.exists()


def test_an_address_is_optional(client, pair):
    assert client.post(ASK, {"email": ""}).status_code == 303
    assert RequestVote.objects.get().email == ""
    assert RequestVote.objects.get().consent_at is None


def test_a_reader_counts_once_and_a_double_submission_changes_nothing(client, pair):
    client.post(ASK, {"email": "reader@example.com"})
    before = ArticleRequest.objects.get()
    response = client.post(ASK, {"email": "other@example.com"})
    assert response.status_code == 409
    assert "You have already asked for this comparison: each reader counts once." in response.text
    after = ArticleRequest.objects.get()
    assert (after.count, after.last_asked_at) == (1, before.last_asked_at)
    assert list(RequestVote.objects.values_list("email", flat=True)) == ["reader@example.com"]


def test_asking_again_may_add_an_address_once(client, pair):
    client.post(ASK, {})
    assert client.post(ASK, {"email": "later@example.com"}).status_code == 303
    assert ArticleRequest.objects.get().count == 1
    assert RequestVote.objects.get().email == "later@example.com"


def test_readers_are_counted_per_cookie(pair):
    for _ in range(3):
        assert Client().post(ASK).status_code == 303
    assert ArticleRequest.objects.get().count == 3
    assert RequestVote.objects.count() == 3


@pytest.mark.parametrize(
    "email",
    [
        "not-an-address",
        "a@b",
        "reader@example.com\r\nBcc: x@example.com",
        "re\u200bader@example.com",
        "x" * 250 + "@example.com",
        # Addresses the internet cannot deliver to, refused as the newsletter refuses them.
        "reader@localhost",
        "reader@[127.0.0.1]",
        "reader@printer.local",
    ],
)
def test_a_bad_address_is_refused_and_changes_nothing(client, pair, email):
    response = client.post(ASK, {"email": email})
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    assert nothing_stored()
    assert READER_COOKIE not in response.cookies


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/compare/nurse-vs-nurse/ask/", "A role cannot be compared with itself"),
        ("/compare/nurse-vs-astronaut/ask/", "We have no roles by those names"),
    ],
)
def test_unknown_or_identical_roles_are_refused_and_change_nothing(client, pair, url, message):
    response = client.post(url, {"email": "reader@example.com"})
    assert response.status_code == 404
    assert message in response.text
    assert nothing_stored()


def test_either_order_counts_for_the_same_pair(pair):
    Client().post(ASK)
    Client().post("/compare/physician-vs-nurse/ask/")
    assert ArticleRequest.objects.get().count == 2


def test_a_flood_from_one_address_is_stopped_and_changes_nothing(pair, settings, caplog):
    settings.ARTICLE_REQUESTS_PER_IP_PER_DAY = 3
    for _ in range(3):
        assert Client().post(ASK).status_code == 303
    response = Client().post(ASK, {"email": "bot@example.com"})
    assert response.status_code == 429
    assert "Too many requests have come from your network today" in response.text
    assert ArticleRequest.objects.get().count == 3
    assert not RequestVote.objects.filter(email="bot@example.com").exists()
    assert "Article request limit reached" in caplog.text
    # Another network is not held back.
    assert Client(REMOTE_ADDR="203.0.113.9").post(ASK).status_code == 303


def test_the_limit_counts_the_last_24_hours_only(pair, settings):
    settings.ARTICLE_REQUESTS_PER_IP_PER_DAY = 1
    Client().post(ASK)
    RequestVote.objects.update(created_at=timezone.now() - datetime.timedelta(days=1, minutes=1))
    assert Client().post(ASK).status_code == 303


def test_staff_are_not_held_to_the_limit(client, pair, settings):
    settings.ARTICLE_REQUESTS_PER_IP_PER_DAY = 1
    Client().post(ASK)
    client.force_login(make_editor())
    assert client.post(ASK).status_code == 303
    assert RequestVote.objects.filter(reader__startswith="user:").count() == 1


def test_asking_for_a_published_pair_goes_to_the_article(client, nurse, physician):
    article = make_comparison(physician, nurse)
    response = client.post(ASK, {"email": "reader@example.com"})
    assert response.status_code == 303
    assert response["Location"] == article.get_absolute_url()
    assert nothing_stored()


def test_asking_needs_a_post_with_a_csrf_token(pair):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(ASK, {"email": "reader@example.com"}).status_code == 403
    assert Client().get(ASK).status_code == 303
    assert nothing_stored()


def test_a_huge_body_is_refused_before_it_is_read(client, pair):
    response = client.post(ASK, {"email": "x" * 10_000})
    assert response.status_code == 413
    assert nothing_stored()


# --- Editors ----------------------------------------------------------------------------------


def ask(pair, n, email=""):
    return services.ask(pair=pair, reader=reader(n), email=email)


def test_start_draft_makes_an_outline_with_fact_placeholders_and_a_first_revision(pair):
    article_request, _ = ask(pair, 1)
    writer = make_writer()
    comparison, created = services.start_draft(article_request=article_request, by=writer)
    assert created
    assert comparison.title == "Nurse vs. Physician – what's the difference?"
    assert comparison.slug == "nurse-vs-physician"
    assert (comparison.role_a, comparison.role_b) == (pair.first, pair.second)
    assert comparison.status == Status.DRAFT and comparison.author == writer
    kinds = list(comparison.sections.values_list("kind", flat=True))
    assert kinds == [
        SectionKind.DUTIES,
        SectionKind.REQUIREMENTS,
        SectionKind.ENVIRONMENT,
        SectionKind.SKILLS,
        SectionKind.SALARY,
    ]
    salary = comparison.sections.get(kind=SectionKind.SALARY).body
    assert "{{ b.salary }}" in salary and "{{ b.salary_period }}" in salary
    assert "{{ a.salary_source }}" in salary
    revision = comparison.revisions.get()
    assert revision.number == 1 and revision.created_by == writer
    article_request.refresh_from_db()
    assert article_request.comparison == comparison


def test_an_outline_does_not_reference_a_salary_the_role_lacks(nurse):
    no_figure = make_role("Doula", slug="doula", sector=nurse.sector, median_salary=None)
    article_request, _ = ask(pairs.Pair.of(nurse, no_figure), 1)
    comparison, _ = services.start_draft(article_request=article_request, by=make_editor())
    body = comparison.sections.get(kind=SectionKind.SALARY).body
    assert "{{ a.salary }}" not in body  # Doula is role A (slug order)
    assert "no published salary figure for the {{ a.title }} role" in body
    assert "{{ b.salary }}" in body


def test_start_draft_links_an_existing_comparison_of_the_pair_instead(pair):
    existing = make_comparison(pair.second, pair.first, published=False)
    article_request, _ = ask(pair, 1)
    comparison, created = services.start_draft(article_request=article_request, by=make_editor())
    assert (comparison, created) == (existing, False)
    assert Comparison.objects.count() == 1


def test_start_draft_needs_someone_who_may_write(pair):
    article_request, _ = ask(pair, 1)
    with pytest.raises(PermissionDenied):
        services.start_draft(article_request=article_request, by=make_user())
    assert not Comparison.objects.exists()


def test_start_draft_refuses_a_closed_request(pair):
    article_request, _ = ask(pair, 1)
    services.close(article_request=article_request)
    with pytest.raises(ValidationError, match="closed"):
        services.start_draft(article_request=article_request, by=make_editor())
    assert not Comparison.objects.exists()


# --- Publishing tells the readers -------------------------------------------------------------


def publish_from_request(pair, editor, django_capture_on_commit_callbacks):
    article_request = ArticleRequest.objects.get()
    comparison, _ = services.start_draft(article_request=article_request, by=editor)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.submit(comparison, by=editor, notify=False)
        workflow.approve(comparison, by=editor)
        workflow.publish(comparison, by=editor, notify=False)
    return comparison


def test_first_publication_emails_each_requester_once_and_closes_the_request(
    pair, mailoutbox, django_capture_on_commit_callbacks, settings
):
    ask(pair, 1, "one@example.com")
    ask(pair, 2, "two@example.com")
    ask(pair, 3)  # no address: counted, not e-mailed
    editor = make_editor()
    comparison = publish_from_request(pair, editor, django_capture_on_commit_callbacks)

    assert sorted(m.to[0] for m in mailoutbox) == ["one@example.com", "two@example.com"]
    message = mailoutbox[0]
    assert message.subject == "Published: Nurse vs. Physician – what's the difference?"
    assert f"{settings.SITE_URL}/comparisons/nurse-vs-physician/" in message.body
    assert "what's the difference?" in message.body
    article_request = ArticleRequest.objects.get()
    assert article_request.status == RequestStatus.CLOSED
    assert article_request.closed_at is not None
    # The addresses are used once and forgotten.
    assert not RequestVote.objects.exclude(email="").exists()
    assert RequestVote.objects.filter(notified_at__isnull=False).count() == 2

    # A later version going live tells nobody again.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.start_new_version(comparison, by=editor)
        workflow.publish(comparison, by=editor, notify=False)
    assert mailoutbox == []


def test_a_scheduled_first_publication_emails_when_it_goes_live(
    pair, mailoutbox, django_capture_on_commit_callbacks
):
    ask(pair, 1, "one@example.com")
    editor = make_editor()
    article_request = ArticleRequest.objects.get()
    comparison, _ = services.start_draft(article_request=article_request, by=editor)
    workflow.submit(comparison, by=editor, notify=False)
    workflow.approve(comparison, by=editor)
    when = timezone.now() + datetime.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.schedule(comparison, by=editor, when=when)
    assert mailoutbox == []  # readers cannot see it yet
    assert ArticleRequest.objects.get().status == RequestStatus.OPEN
    later = when + datetime.timedelta(minutes=1)
    with (
        time_machine.travel(later, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        workflow.publish_due()
    assert [m.to for m in mailoutbox] == [["one@example.com"]]
    assert ArticleRequest.objects.get().status == RequestStatus.CLOSED


def test_an_article_written_without_the_request_still_closes_it(
    pair, mailoutbox, django_capture_on_commit_callbacks
):
    ask(pair, 1, "one@example.com")
    editor = make_editor()
    comparison = make_comparison(pair.second, pair.first, published=False, author=editor)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(comparison, by=editor, notify=False)
    assert [m.to for m in mailoutbox] == [["one@example.com"]]
    assert ArticleRequest.objects.get().comparison == comparison


def test_asking_again_after_the_article_was_taken_down_reopens_the_request(
    pair, django_capture_on_commit_callbacks
):
    ask(pair, 1)
    editor = make_editor()
    comparison = publish_from_request(pair, editor, django_capture_on_commit_callbacks)
    workflow.unpublish(comparison, by=editor)
    ask(pair, 2)
    article_request = ArticleRequest.objects.get()
    assert (article_request.status, article_request.count) == (RequestStatus.OPEN, 2)


def test_erasing_addresses_keeps_the_count(pair):
    _, vote = ask(pair, 1, "one@example.com")
    assert services.erase_addresses(votes=[vote]) == 1
    vote.refresh_from_db()
    assert (vote.email, vote.consent_wording, vote.consent_at) == ("", "", None)
    assert ArticleRequest.objects.get().count == 1


# --- The admin --------------------------------------------------------------------------------


def test_editors_see_the_most_requested_panel_with_counts_and_dates(client, pair, nurse):
    other = pairs.Pair.of(nurse, make_role("Midwife", slug="midwife", sector=nurse.sector))
    ask(pair, 1)
    ask(pair, 2)
    ask(other, 3)
    client.force_login(make_editor())
    page = client.get(reverse("admin:index")).text
    assert "Most requested by readers" in page
    first, second = page.index("Nurse vs. Physician"), page.index("Midwife vs. Nurse")
    assert first < second  # most asked first
    assert "2 readers · first asked" in page
    assert "Start a draft" in page


def test_writers_do_not_see_the_panel(client, pair):
    ask(pair, 1)
    client.force_login(make_writer())
    assert "Most requested by readers" not in client.get(reverse("admin:index")).text


def test_start_a_draft_in_one_click_from_the_dashboard(client, pair):
    ask(pair, 1, "one@example.com")
    editor = make_editor()
    client.force_login(editor)
    article_request = ArticleRequest.objects.get()
    url = reverse("admin:article_requests_articlerequest_start", args=[article_request.pk])
    assert client.get(url).status_code == 405
    response = client.post(url)
    comparison = Comparison.objects.get()
    assert response["Location"] == reverse(
        "admin:comparisons_comparison_change", args=[comparison.pk]
    )
    assert comparison.author == editor
    # A second click opens the same draft, never a second one.
    client.post(url)
    assert Comparison.objects.count() == 1
    page = client.get(reverse("admin:index")).text
    assert "Draft: Nurse vs. Physician" in page


def test_request_admin_lists_filters_and_erases(client, pair):
    ask(pair, 1, "one@example.com")
    client.force_login(make_editor())
    changelist = reverse("admin:article_requests_articlerequest_changelist")
    for query in ("", "?status__exact=open", "?started=no", "?q=nurse"):
        response = client.get(changelist + query)
        assert response.status_code == 200
        assert "Nurse vs. Physician" in response.text
    change = reverse(
        "admin:article_requests_articlerequest_change", args=[ArticleRequest.objects.get().pk]
    )
    assert "one@example.com" in client.get(change).text
    votes = reverse("admin:article_requests_requestvote_changelist")
    assert "one@example.com" in client.get(votes + "?q=one%40example.com").text
    vote = RequestVote.objects.get()
    client.post(votes, {"action": "erase_addresses", "_selected_action": [vote.pk]})
    vote.refresh_from_db()
    assert vote.email == ""


def test_a_failing_follower_of_publication_never_fails_the_publication(
    pair, django_capture_on_commit_callbacks, monkeypatch
):
    from comparisons import followers

    def broken(comparison_id):
        raise RuntimeError("mail server on fire")

    monkeypatch.setattr(followers, "_went_live", [broken])
    editor = make_editor()
    comparison = make_comparison(pair.first, pair.second, published=False, author=editor)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.publish(comparison, by=editor, notify=False)
    assert Comparison.objects.published().get() == comparison


def test_comparisons_never_import_reader_requests():
    """Layering: comparisons learns of publications' followers only through registration."""
    import ast
    from pathlib import Path

    import comparisons

    for path in Path(comparisons.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            assert not any(name.startswith(("article_requests", "discovery")) for name in names), (
                path
            )
