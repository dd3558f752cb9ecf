"""Caches and the search index follow every change readers can see, from one place: the service
that makes the change. Plain model saves and deletes do no upkeep; the admin calls the services."""

import ast
import datetime
import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts import services as account_services
from careers import services as careers_services
from careers.models import Role, Sector
from comparisons import publishing, workflow
from comparisons.models import Comparison, Status
from core import live
from search.models import EntryKind, SearchEntry

from .factories import make_comparison, make_editor, make_role, make_sector, make_user
from .search_helpers import found
from .test_role_history import role_data
from .workflow_helpers import in_state

pytestmark = pytest.mark.django_db


class Generation:
    """How often the live-content generation moved while the block ran."""

    def __enter__(self):
        self.before = live.generation()
        return self

    def __exit__(self, *exc):
        self.bumps = live.generation() - self.before


def role_entry(role):
    return SearchEntry.objects.filter(kind=EntryKind.ROLE, role=role).first()


# --- Each service refreshes the generation and the index ----------------------------------


def test_saving_a_role_of_a_live_article_refreshes_caches_and_its_entries():
    comparison = make_comparison()
    role = comparison.role_a
    role.title = "Austringer"
    with Generation() as generation:
        careers_services.save_role(role=role, by=None)
    assert generation.bumps == 1
    assert role_entry(role).title == "Austringer"
    assert "Austringer" in SearchEntry.objects.get(comparison=comparison).roles


def test_a_new_role_is_indexed_at_once():
    role = make_role("Lighthouse Keeper")
    assert role_entry(role).title == "Lighthouse Keeper"


def test_deleting_roles_refreshes_caches_and_removes_their_entries():
    role = make_role("Lighthouse Keeper")
    with Generation() as generation:
        assert careers_services.delete_roles(roles=[role]) == 1
    assert generation.bumps == 1
    assert not SearchEntry.objects.filter(kind=EntryKind.ROLE).exists()


def test_renaming_a_sector_refreshes_caches():
    sector = make_sector("Health")
    sector.name = "Healthcare"
    with Generation() as generation:
        careers_services.save_sector(sector=sector)
    assert generation.bumps == 1


def test_publishing_and_unpublishing_refresh_once_each():
    editor = make_editor()
    comparison = in_state(Status.APPROVED)
    with Generation() as publish:
        workflow.publish(comparison, by=editor, notify=False)
    assert SearchEntry.objects.filter(comparison=comparison).exists()
    with Generation() as unpublish:
        workflow.unpublish(comparison, by=editor)
    assert not SearchEntry.objects.filter(comparison=comparison).exists()
    assert (publish.bumps, unpublish.bumps) == (1, 1)


def test_a_scheduled_first_publication_refreshes_once_when_it_is_recorded():
    comparison = in_state(Status.SCHEDULED)
    with Generation() as generation:
        workflow.publish_due(now=comparison.scheduled_for + datetime.timedelta(minutes=1))
    assert generation.bumps == 1
    comparison.refresh_from_db()
    assert comparison.status == Status.PUBLISHED


def test_deleting_a_live_comparison_refreshes_caches_and_removes_its_entry():
    comparison = make_comparison()
    with Generation() as generation:
        assert publishing.delete_comparisons(comparisons=[comparison]) == 1
    assert generation.bumps == 1
    assert not SearchEntry.objects.filter(kind=EntryKind.COMPARISON).exists()


def test_deleting_a_draft_leaves_caches_alone():
    comparison = make_comparison(published=False)
    with Generation() as generation:
        publishing.delete_comparisons(comparisons=[comparison])
    assert generation.bumps == 0


def test_an_author_box_edit_refreshes_caches_and_other_account_edits_do_not():
    author = make_user(bio="Writes about nursing.")
    author.email = "new@example.com"
    with Generation() as unrelated:
        account_services.save_user(user=author)
    author.bio = "Writes about data jobs."
    with Generation() as author_box:
        account_services.save_user(user=author)
    assert (unrelated.bumps, author_box.bumps) == (0, 1)


def test_the_bulk_path_makes_live_indexes_and_refreshes_once():
    drafts = [
        make_comparison(published=False, title=f"Falconer {n} vs. Gamekeeper") for n in (1, 2)
    ]
    revisions = [publishing.latest_revision(comparison) for comparison in drafts]
    at = [timezone.now() - datetime.timedelta(hours=n) for n in (1, 2)]
    with Generation() as generation:
        publishing.make_live_in_bulk(revisions=revisions, at=at)
    assert generation.bumps == 1
    assert set(found("falconer")) == set(drafts)
    assert set(Comparison.objects.published()) == set(drafts)


def test_the_bulk_path_refuses_an_address_in_use_and_changes_nothing():
    live_one = make_comparison(slug="taken")
    draft = make_comparison(published=False, slug="taken-too")
    revision = publishing.latest_revision(draft)
    revision.slug = live_one.live_revision.slug
    revision.save()
    with Generation() as generation, pytest.raises(ValidationError, match="already uses"):
        publishing.make_live_in_bulk(revisions=[revision], at=[timezone.now()])
    assert generation.bumps == 0
    assert list(Comparison.objects.published()) == [live_one]


def test_bench_seeding_goes_live_through_the_bulk_path():
    with Generation() as generation:
        call_command("bench_seed", comparisons=6, stdout=io.StringIO())
    assert generation.bumps >= 1
    assert Comparison.objects.published().count() == 6
    assert SearchEntry.objects.filter(kind=EntryKind.COMPARISON).count() == 6
    assert SearchEntry.objects.filter(kind=EntryKind.ROLE).count() == Role.objects.count()


# --- Plain model saves and deletes do no upkeep --------------------------------------------


def test_a_plain_role_save_neither_indexes_nor_refreshes():
    comparison = make_comparison()
    role = comparison.role_a
    role.title = "Austringer"
    with Generation() as generation:
        role.save()
        Role.objects.create(title="Unindexed", slug="unindexed", sector=role.sector, summary="x")
    assert generation.bumps == 0
    assert role_entry(role).title != "Austringer"
    assert not SearchEntry.objects.filter(title="Unindexed").exists()


def test_plain_sector_saves_and_comparison_deletes_do_not_refresh():
    comparison = make_comparison()
    with Generation() as generation:
        Sector.objects.create(name="Plain", slug="plain")
        comparison.delete()
    assert generation.bumps == 0


# --- The admin is a thin caller -------------------------------------------------------------


def test_the_admin_role_form_refreshes_through_the_service(admin_client):
    role = make_comparison().role_a
    url = reverse("admin:careers_role_change", args=[role.pk])
    with Generation() as generation:
        response = admin_client.post(url, role_data(role, title="Austringer"))
    assert response.status_code == 302
    assert generation.bumps == 1
    assert role_entry(role).title == "Austringer"


def test_the_admin_sector_form_refreshes(admin_client):
    sector = make_sector("Health")
    url = reverse("admin:careers_sector_change", args=[sector.pk])
    with Generation() as generation:
        response = admin_client.post(url, {"name": "Healthcare", "slug": sector.slug})
    assert response.status_code == 302
    assert generation.bumps == 1


def test_the_admin_deletes_comparisons_and_roles_through_the_services(admin_client):
    one, other = make_comparison(), make_comparison()
    with Generation() as single:
        url = reverse("admin:comparisons_comparison_delete", args=[one.pk])
        assert admin_client.post(url, {"post": "yes"}).status_code == 302
    with Generation() as bulk:
        admin_client.post(
            reverse("admin:comparisons_comparison_changelist"),
            {"action": "delete_selected", "_selected_action": [other.pk], "post": "yes"},
        )
    assert (single.bumps, bulk.bumps) == (1, 1)
    assert not Comparison.objects.exists()
    assert not SearchEntry.objects.filter(kind=EntryKind.COMPARISON).exists()
    role = make_role("Lighthouse Keeper")
    with Generation() as roles:
        url = reverse("admin:careers_role_delete", args=[role.pk])
        assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert roles.bumps == 1
    assert role_entry(role) is None


# --- Only the services do upkeep, and it stays so -------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
UPKEEP = {
    "content_changed": {"accounts/services.py", "careers/services.py", "comparisons/publishing.py"},
    "sync_comparison": {"comparisons/publishing.py"},
    "sync_comparisons_in_bulk": {"comparisons/publishing.py"},
    "sync_role": {"careers/services.py"},
    # Repairing the whole index after a bulk load or a fault is an operator's command.
    "rebuild_index": {"discovery/management/commands/rebuild_search_index.py"},
}


def upkeep_calls():
    """(function, file) for every call or import of an upkeep function in the source tree."""
    packages = [init.parent for init in ROOT.glob("*/__init__.py")]
    for path in (path for package in packages for path in package.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if {"tests", "migrations"} & set(relative.parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                names = [name]
            elif isinstance(node, ast.ImportFrom):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name in UPKEEP:
                    yield name, relative.as_posix()


def test_only_the_services_refresh_caches_and_the_search_index():
    calls = list(upkeep_calls())
    assert {name for name, _ in calls} == set(UPKEEP)  # the scan sees them all
    strays = sorted(f"{name} in {where}" for name, where in calls if where not in UPKEEP[name])
    assert strays == []
