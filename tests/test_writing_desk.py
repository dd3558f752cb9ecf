"""The writing desk's server side: autosave slots, restoring them, and the live preview."""

import pytest
from django.test import Client
from django.urls import reverse

from comparisons import publishing
from comparisons.models import Autosave, Comparison, Revision

from .admin_forms import resubmit_data
from .factories import make_comparison, make_editor, make_writer

pytestmark = pytest.mark.django_db


def change_url(comparison):
    return reverse("admin:comparisons_comparison_change", args=[comparison.pk])


def desk_url(name, comparison_pk):
    return reverse(f"admin:comparisons_comparison_{name}", args=[comparison_pk])


@pytest.fixture
def writer():
    return make_writer("sam", first_name="Sam", last_name="Okafor")


@pytest.fixture
def article(writer):
    return make_comparison(sections=2, published=False, author=writer)


def opened(client, comparison):
    """The change form's POST data as the page rendered it."""
    response = client.get(change_url(comparison))
    assert response.status_code == 200
    return resubmit_data(response)


def test_autosave_keeps_the_text_and_publishes_nothing(client, writer, article):
    client.force_login(writer)
    data = opened(client, article)
    data["sections-0-body"] = "A sentence nobody has saved yet."
    revisions = Revision.objects.count()
    response = client.post(desk_url("autosave", article.pk), data)
    assert response.status_code == 200
    assert response.json()["stale"] is False
    kept = Autosave.objects.get(comparison=article, user=writer)
    assert kept.data["sections-0-body"] == ["A sentence nobody has saved yet."]
    assert "csrfmiddlewaretoken" not in kept.data
    assert kept.base_revision == 1
    assert Revision.objects.count() == revisions
    article.refresh_from_db()
    assert article.sections.first().body != "A sentence nobody has saved yet."
    # A second autosave replaces the slot instead of piling up.
    data["sections-0-body"] = "Second try."
    client.post(desk_url("autosave", article.pk), data)
    assert Autosave.objects.get().data["sections-0-body"] == ["Second try."]


def test_reopening_offers_the_kept_text_and_restoring_fills_the_form_without_saving(
    client, writer, article
):
    client.force_login(writer)
    data = opened(client, article)
    data["title"] = "A title typed before the tab closed"
    client.post(desk_url("autosave", article.pk), data)

    page = client.get(change_url(article)).content.decode()
    assert "You have unsaved text from" in page
    assert "?restore=autosave" in page

    restored = client.get(change_url(article), {"restore": "autosave"})
    assert restored.context["adminform"].form["title"].value() == (
        "A title typed before the tab closed"
    )
    assert "is back in the form" in restored.content.decode()
    article.refresh_from_db()
    assert article.title != "A title typed before the tab closed"

    # Saving the restored form is a normal save: a revision, and the slot is emptied.
    response = client.post(change_url(article), resubmit_data(restored))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "A title typed before the tab closed"
    assert article.revisions.count() == 2
    assert not Autosave.objects.exists()


def test_a_stale_autosave_is_offered_with_a_warning_and_saving_it_is_refused_first(
    client, writer, article
):
    client.force_login(writer)
    data = opened(client, article)
    data["title"] = "The writer's title"
    other = Client()
    other.force_login(make_editor())
    article.title = "The editor's title"
    article.save()
    publishing.create_revision(article)  # revision 2, saved after the writer opened revision 1

    answer = client.post(desk_url("autosave", article.pk), data).json()
    assert answer["stale"] is True
    assert "revision 2" in answer["message"]
    assert "kept" in answer["message"]

    page = client.get(change_url(article)).content.decode()
    assert "Careful: it was written on revision 1, and revision 2 has been saved since" in page
    restored = client.get(change_url(article), {"restore": "autosave"})
    assert "Careful: revision 2 was saved after this text was kept" in restored.content.decode()

    refused = client.post(change_url(article), resubmit_data(restored))
    assert refused.status_code == 200
    assert "after you opened it" in refused.content.decode()
    article.refresh_from_db()
    assert article.title == "The editor's title"
    assert Autosave.objects.filter(user=writer).exists()  # their text is still kept


def test_discard_empties_the_slot(client, writer, article):
    client.force_login(writer)
    client.post(desk_url("autosave", article.pk), opened(client, article))
    response = client.post(desk_url("discard", article.pk))
    assert response.status_code == 302
    assert not Autosave.objects.exists()
    assert "You have unsaved text" not in client.get(change_url(article)).content.decode()


def test_the_live_preview_renders_the_unsaved_text_with_the_article_pipeline(
    client, writer, article
):
    client.force_login(writer)
    data = opened(client, article)
    data["sections-0-heading"] = "Moved to the end"
    data["sections-0-position"] = "3"
    data["sections-1-body"] = (
        "Plain **bold** text.\n\n<script>alert(1)</script><img src=x onerror=alert(2)>"
        "\n\nPays {{ a.title }}."
    )
    response = client.post(desk_url("desk_preview", article.pk), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<strong>bold</strong>" in page
    assert "<script>alert(1)" not in page and "onerror" not in page
    assert f"Pays {article.role_a.title}." in page  # role facts resolved as on the public page
    assert page.index(article.sections.all()[1].heading) < page.index("Moved to the end")
    assert "Live preview" in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert Revision.objects.filter(comparison=article).count() == 1
    assert Comparison.objects.get(pk=article.pk).sections.first().heading != "Moved to the end"


def test_a_deleted_section_is_not_previewed(client, writer, article):
    client.force_login(writer)
    data = opened(client, article)
    data["sections-0-DELETE"] = "on"
    page = client.post(desk_url("desk_preview", article.pk), data).content.decode()
    assert article.sections.first().heading not in page


@pytest.mark.parametrize("name", ["autosave", "desk_preview", "discard"])
def test_someone_who_may_not_edit_the_article_is_refused(client, article, name):
    client.force_login(make_writer("other"))
    response = client.post(desk_url(name, article.pk), {"title": "x"})
    assert response.status_code == 403
    assert not Autosave.objects.exists()


@pytest.mark.parametrize("name", ["autosave", "desk_preview", "discard"])
def test_a_deleted_article_is_not_found(client, writer, article, name):
    client.force_login(writer)
    pk = article.pk
    publishing.delete_comparisons(comparisons=[article])
    assert client.post(desk_url(name, pk), {"title": "x"}).status_code == 404


@pytest.mark.parametrize("name", ["autosave", "desk_preview"])
def test_an_oversized_body_is_refused_unread(client, writer, article, name):
    client.force_login(writer)
    response = client.post(desk_url(name, article.pk), {"intro": "x" * 1_100_000})
    assert response.status_code == 413
    assert not Autosave.objects.exists()


@pytest.mark.parametrize("name", ["autosave", "desk_preview", "discard"])
def test_a_post_without_the_csrf_token_is_refused(writer, article, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(writer)
    assert client.post(desk_url(name, article.pk), {"title": "x"}).status_code == 403
    assert not Autosave.objects.exists()


@pytest.mark.parametrize("name", ["autosave", "desk_preview", "discard"])
def test_the_desk_only_takes_posts(client, writer, article, name):
    client.force_login(writer)
    assert client.get(desk_url(name, article.pk)).status_code == 405


def test_a_writer_who_may_not_edit_is_not_offered_the_desk(client, article):
    editor = make_editor()
    client.force_login(editor)
    assert client.get(change_url(article)).context["desk"]["autosave_url"]
    client.force_login(make_writer("other"))
    response = client.get(change_url(article))
    assert "desk" not in response.context or not response.context.get("desk")


def test_the_link_type_ahead_offers_only_what_readers_can_open(client, writer, article):
    from .factories import make_role

    live = make_comparison(make_role("Zookeeper"), make_role("Zoologist"))
    make_comparison(make_role("Zoo Guide"), make_role("Zoo Vet"), published=False)
    hidden = make_role("Zoo Cleaner", approved_at=None)
    client.force_login(writer)
    url = desk_url("desk_links", article.pk)
    results = client.get(url, {"q": "zoo"}).json()["results"]
    urls = {r["url"] for r in results}
    assert live.get_absolute_url() in urls
    assert live.role_a.get_absolute_url() in urls
    assert hidden.get_absolute_url() not in urls
    assert not any("Zoo Guide" in r["label"] for r in results if r["kind"] == "Comparison")
    assert client.get(url, {"q": "z"}).json()["results"] == []
    assert client.get(url, {"q": "zoo\x00"}).status_code in (200, 400)


@pytest.mark.parametrize(
    "kept",
    [
        {"sections-TOTAL_FORMS": ["9" * 30], "sections-INITIAL_FORMS": ["²"], "title": ["x"]},
        {"base_revision": ["9" * 30], "role_a": ["abc"], "sections-0-id": ["-1"]},
        {},
    ],
)
def test_restoring_a_malformed_autosave_shows_the_form_with_errors_not_a_500(
    client, writer, article, kept
):
    client.force_login(writer)
    client.post(desk_url("autosave", article.pk), kept)
    response = client.get(change_url(article), {"restore": "autosave"})
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.revisions.count() == 1
