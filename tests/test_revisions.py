import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from comparisons import publishing, revisions, workflow
from comparisons.models import Action, Section, Status

from .admin_forms import comparison_form
from .factories import make_comparison, make_editor, make_role, make_writer

pytestmark = pytest.mark.django_db


def edited(comparison, **changes):
    for name, value in changes.items():
        setattr(comparison, name, value)
    comparison.save()
    return publishing.create_revision(comparison)


def test_every_admin_save_keeps_sections_links_and_tags_in_a_revision(client):
    client.force_login(make_editor())
    a, b, target = make_role(), make_role(), make_role("Target Role")
    data = comparison_form(
        a,
        b,
        tags="pay, hours",
        sections=[{"position": "0", "kind": "duties", "heading": "Duties", "body": "Runs."}],
        links=[
            {
                "after_section": "1",
                "label": "Related: a role",
                "target_role": target.pk,
                "target_comparison": "",
                "url": "",
            }
        ],
    )
    assert client.post(reverse("admin:comparisons_comparison_add"), data).status_code == 302
    revision = a.comparisons_as_a.get().revisions.get()
    assert [s["heading"] for s in revision.body["sections"]] == ["Duties"]
    assert revision.body["links"][0]["role_id"] == target.pk
    assert sorted(revision.tags.names()) == ["hours", "pay"]


def test_the_diff_marks_what_changed_in_readable_words():
    comparison = make_comparison(published=False, sections=1, lead="Nurses care for patients.")
    first = comparison.revisions.get()
    Section.objects.filter(comparison=comparison).update(body="A brand new section body.")
    second = edited(comparison, lead="Nurses care for patients in hospitals.")
    second.refresh_from_db()
    diffs = {d.label: d for d in revisions.diff_revisions(first, second)}
    assert diffs["Lead"].changed
    assert "care for patients<ins> in hospitals</ins>." in diffs["Lead"].html
    assert not diffs["Title"].changed
    comparison.tags.add("new tag")
    third = publishing.create_revision(comparison)
    assert "<ins>, new tag</ins>" in revisions.diff_revisions(second, third)[4].html


def test_the_diff_escapes_html_in_the_text():
    comparison = make_comparison(published=False, lead="Plain")
    first = comparison.revisions.get()
    second = edited(comparison, lead="<script>alert(1)</script>")
    html = {d.label: d.html for d in revisions.diff_revisions(first, second)}["Lead"]
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_restoring_an_old_revision_makes_a_new_draft_revision_and_destroys_nothing():
    writer, editor = make_writer(), make_editor()
    comparison = make_comparison(sections=2, links=1, tags=("old",), author=writer)
    first = comparison.revisions.get()
    comparison.sections.first().delete()
    comparison.tags.set(["new"])
    edited(comparison, title="A worse title")
    event = workflow.restore(comparison, revision=first, by=editor)
    comparison.refresh_from_db()
    assert comparison.title == first.title
    assert [s.heading for s in comparison.sections.all()] == [
        s["heading"] for s in first.body["sections"]
    ]
    assert comparison.related_links.count() == 1
    assert list(comparison.tags.names()) == ["old"]
    assert comparison.revisions.count() == 3
    latest = comparison.revisions.first()
    assert revisions.same_content(latest, first)
    assert (event.action, event.to_status, event.revision) == (
        Action.RESTORE,
        Status.DRAFT,
        latest,
    )
    assert comparison.status == Status.DRAFT
    assert comparison.live_revision == first  # readers see no change


def test_only_editors_restore():
    writer = make_writer()
    comparison = make_comparison(published=False, author=writer)
    edited(comparison, title="Later")
    with pytest.raises(PermissionDenied):
        workflow.restore(comparison, revision=comparison.revisions.last(), by=writer)
    assert comparison.revisions.count() == 2


def test_a_revision_of_another_comparison_cannot_be_restored():
    comparison, other = make_comparison(), make_comparison()
    with pytest.raises(ValidationError, match="another comparison"):
        workflow.restore(comparison, revision=other.revisions.get(), by=make_editor())


def test_restoring_a_slug_another_article_took_meanwhile_is_refused():
    comparison = make_comparison(published=False)
    first = comparison.revisions.get()
    edited(comparison, slug="moved-away")
    make_comparison(slug=first.slug)
    with pytest.raises(ValidationError):
        workflow.restore(comparison, revision=first, by=make_editor())
    comparison.refresh_from_db()
    assert comparison.slug == "moved-away"


def test_revision_pages_list_compare_and_restore(client):
    editor = make_editor()
    comparison = make_comparison(published=False, lead="First lead.")
    edited(comparison, lead="Second lead.")
    client.force_login(editor)
    listing = client.get(reverse("admin:comparisons_comparison_revisions", args=[comparison.pk]))
    assert listing.status_code == 200
    assert "/preview/" in listing.text and "Restore…" in listing.text
    compare_url = reverse("admin:comparisons_comparison_compare", args=[comparison.pk])
    diff = client.get(compare_url, {"a": 1, "b": 2})
    assert diff.status_code == 200
    assert "<del>First</del><ins>Second</ins> lead." in diff.text
    restore_url = reverse("admin:comparisons_comparison_restore", args=[comparison.pk, 1])
    confirm = client.get(restore_url)
    assert "Restore revision 1 as a new draft" in confirm.text
    response = client.post(restore_url, follow=True)
    assert "Restored revision 1 as revision 3." in response.text
    comparison.refresh_from_db()
    assert comparison.lead == "First lead."


@pytest.mark.parametrize(
    "query",
    [{}, {"a": "x", "b": "2"}, {"a": "1", "b": "1"}, {"a": "1", "b": "99"}, {"a": "-1", "b": "2"}],
)
def test_comparing_bad_revision_numbers_says_so(client, query):
    client.force_login(make_editor())
    comparison = make_comparison(published=False)
    edited(comparison, title="Two")
    response = client.get(
        reverse("admin:comparisons_comparison_compare", args=[comparison.pk]), query, follow=True
    )
    assert response.status_code == 200
    assert "Choose two" in response.text


def test_writers_may_compare_but_not_restore_over_http(client):
    writer = make_writer()
    comparison = make_comparison(published=False, author=writer)
    edited(comparison, title="Two")
    client.force_login(writer)
    compare_url = reverse("admin:comparisons_comparison_compare", args=[comparison.pk])
    assert client.get(compare_url, {"a": 1, "b": 2}).status_code == 200
    restore_url = reverse("admin:comparisons_comparison_restore", args=[comparison.pk, 1])
    assert client.post(restore_url).status_code == 403
    assert comparison.revisions.count() == 2
    missing = reverse("admin:comparisons_comparison_restore", args=[comparison.pk, 42])
    client.force_login(make_editor())
    assert client.post(missing).status_code == 404
