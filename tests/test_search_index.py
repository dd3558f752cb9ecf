"""The index follows what readers can see: publishing, editing, taking down, deleting, roles."""

import pytest
from django.core.management import call_command
from django.db import connection

from careers import services as careers_services
from comparisons import publishing
from discovery import services
from search import index
from search.models import EntryKind, SearchEntry

from .factories import make_role
from .search_helpers import found, publish_article

pytestmark = pytest.mark.django_db


def test_publishing_indexes_the_live_revision():
    article = publish_article("Falconer vs. Gamekeeper", body="Hawks and hounds.")
    entry = SearchEntry.objects.get(comparison=article)
    assert entry.kind == EntryKind.COMPARISON
    assert entry.revision == article.live_revision
    assert "Hawks and hounds." in entry.body
    assert found("hawks") == [article]


def test_a_draft_is_not_indexed():
    publish_article("Falconer vs. Gamekeeper", published=False)
    assert not SearchEntry.objects.filter(kind=EntryKind.COMPARISON).exists()


def test_publishing_an_edit_replaces_the_old_text():
    article = publish_article("Falconer vs. Gamekeeper", body="Hawks and hounds.")
    section = article.sections.get()
    section.body = "Owls and ferrets."
    section.save()
    publishing.create_revision(article)
    assert found("owls") == []
    publishing.make_live(article)
    assert found("owls") == [article]
    assert found("hawks") == []
    assert SearchEntry.objects.filter(comparison=article).count() == 1


def test_restoring_an_older_revision_indexes_that_revision():
    article = publish_article("Falconer vs. Gamekeeper", body="Hawks and hounds.")
    first = article.live_revision
    section = article.sections.get()
    section.body = "Owls and ferrets."
    section.save()
    publishing.make_live(article, revision=publishing.create_revision(article))
    publishing.make_live(article, revision=first)
    assert found("hawks") == [article]
    assert found("owls") == []


def test_taking_down_removes_the_comparison_from_the_index():
    article = publish_article("Falconer vs. Gamekeeper")
    publishing.take_down(article)
    assert not SearchEntry.objects.filter(comparison=article).exists()
    assert found("falconer") == []


def test_deleting_a_comparison_removes_it_from_the_index():
    article = publish_article("Falconer vs. Gamekeeper")
    publishing.delete_comparisons(comparisons=[article])
    assert not SearchEntry.objects.filter(kind=EntryKind.COMPARISON).exists()
    assert found("falconer") == []


def test_renaming_a_role_updates_it_and_every_comparison_that_names_it():
    role = make_role("Falconer", summary="Trains birds of prey.")
    article = publish_article(
        "Birds of Prey Careers",
        lead="Two outdoor jobs.",
        role_a=role,
        role_b=make_role(sector=role.sector),
    )
    role.title = "Austringer"
    careers_services.save_role(role=role, by=None)
    results = services.search("austringer")
    assert [r.item for r in results.page.object_list] == [article]
    assert [r.item for r in results.roles] == [role]
    assert services.search("falconer").found_anything is False


def test_deleting_a_role_removes_it_from_the_index():
    role = make_role("Falconer")
    careers_services.delete_roles(roles=[role])
    assert not SearchEntry.objects.filter(kind=EntryKind.ROLE).exists()
    assert services.search("falconer").roles == []


def test_entries_of_an_older_revision_are_never_shown():
    """Even if something changes the live revision without going through make_live."""
    article = publish_article("Falconer vs. Gamekeeper")
    newer = publishing.create_revision(article)
    type(article).objects.filter(pk=article.pk).update(live_revision=newer)
    assert found("falconer") == []
    index.sync_comparison(type(article).objects.get(pk=article.pk))
    assert found("falconer") == [article]


def test_rebuilding_the_index_restores_every_live_comparison_and_role(capsys):
    live = publish_article("Falconer vs. Gamekeeper")
    publish_article("Draft Falconer", published=False)
    SearchEntry.objects.all().delete()
    assert found("falconer") == []
    call_command("rebuild_search_index")
    assert found("falconer") == [live]
    roles = SearchEntry.objects.filter(kind=EntryKind.ROLE).count()
    assert f"Indexed {roles + 1} live comparisons and roles." in capsys.readouterr().out


def test_the_database_keeps_its_full_text_index_in_step():
    """SQLite: the triggers that copy rows into search_fts; PostgreSQL: the GIN index."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            triggers = {row[0] for row in cursor.fetchall()}
            assert {
                "search_fts_after_insert",
                "search_fts_after_update",
                "search_fts_after_delete",
            } <= triggers
        else:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_vector_gin'"
            )
            assert "gin (vector)" in cursor.fetchone()[0]
