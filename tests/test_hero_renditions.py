"""Hero renditions are made by a task after the save; pages show the original until then, and
revisions snapshot before the renditions existed get them when they are made."""

import pytest
from django.core.files.storage import default_storage
from django_tasks import default_task_backend

from comparisons import publishing, tasks
from comparisons.models import Comparison
from core import live

from .factories import image_file, make_comparison

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue_only(settings):
    """A task backend that records what is queued and runs nothing (like a busy worker)."""
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.dummy.DummyBackend",
            "QUEUES": ["default", "newsletter"],
        }
    }
    default_task_backend.clear()
    return default_task_backend


def queued(backend):
    return [r for r in backend.results if r.task.func is tasks.make_hero_renditions.func]


def test_the_save_queues_the_renditions_and_the_page_shows_the_original(queue_only, client):
    comparison = make_comparison()
    comparison.hero_image = image_file(size=(1800, 900))
    comparison.hero_alt = "Two circles"
    comparison.save()
    source = comparison.hero_image.name
    assert comparison.hero_renditions == {"source": source, "width": 1800, "height": 900}
    assert [r.args for r in queued(queue_only)] == [[source]]
    revision = publishing.create_revision(comparison)
    publishing.make_live(comparison, revision=revision)
    html = client.get(comparison.get_absolute_url()).text
    assert (
        f'<picture class="article__hero"><img src="/media/{source}" width="1800" height="900" '
        'alt="Two circles" loading="eager" decoding="async"></picture>'
    ) in html
    assert "srcset" not in html.split('class="article__hero"')[1].split("</picture>")[0]

    before = live.generation()
    assert tasks.make_hero_renditions.call(source) == 1  # what the worker will do
    assert live.generation() > before  # cached pages are refreshed
    comparison.refresh_from_db()
    revision.refresh_from_db()
    assert [r["width"] for r in comparison.hero_renditions["jpg"]] == [480, 960, 1600]
    assert revision.hero == {**comparison.hero_renditions, "alt": "Two circles"}
    html = client.get(comparison.get_absolute_url()).text
    hero = html.split('class="article__hero"')[1].split("</picture>")[0]
    assert '<source type="image/webp" srcset="/media/renditions/' in hero
    assert f"/media/{source}" not in hero


def test_only_revisions_of_the_same_image_change_and_a_second_run_changes_nothing(queue_only):
    first = make_comparison()
    first.hero_image, first.hero_alt = image_file(color=(10, 200, 10)), "Green"
    first.save()
    old = publishing.create_revision(first)
    other = make_comparison()
    other.hero_image, other.hero_alt = image_file(color=(200, 10, 10)), "Red"
    other.save()
    untouched = publishing.create_revision(other)
    assert tasks.make_hero_renditions.call(first.hero_image.name) == 1
    untouched.refresh_from_db()
    assert "jpg" not in untouched.hero and untouched.hero["alt"] == "Red"
    before = live.generation()
    assert tasks.make_hero_renditions.call(first.hero_image.name) == 0
    assert live.generation() == before
    old.refresh_from_db()
    assert old.hero["alt"] == "Green" and old.hero["jpg"]


def test_a_revision_keeps_its_image_when_the_working_copy_has_moved_on(queue_only):
    comparison = make_comparison()
    comparison.hero_image, comparison.hero_alt = image_file(color=(1, 2, 3)), "First"
    comparison.save()
    first_source = comparison.hero_image.name
    first = publishing.create_revision(comparison)
    comparison.hero_image, comparison.hero_alt = image_file("new.png", color=(9, 9, 9)), "New"
    comparison.save()
    assert tasks.make_hero_renditions.call(first_source) == 1
    first.refresh_from_db()
    comparison.refresh_from_db()
    assert first.hero["source"] == first_source and first.hero["jpg"]
    assert comparison.hero_renditions["source"] != first_source  # still waiting for its own
    assert "jpg" not in comparison.hero_renditions


def test_a_task_for_a_deleted_image_does_nothing(queue_only):
    comparison = make_comparison()
    comparison.hero_image = image_file()
    comparison.hero_alt = "x"
    comparison.save()
    default_storage.delete(comparison.hero_image.name)
    assert tasks.make_hero_renditions.call(comparison.hero_image.name) == 0
    assert "jpg" not in Comparison.objects.get(pk=comparison.pk).hero_renditions


def test_removing_the_image_queues_nothing(queue_only):
    comparison = make_comparison()
    comparison.hero_image = image_file()
    comparison.hero_alt = "x"
    comparison.save()
    queue_only.clear()
    comparison.hero_image = None
    comparison.save()
    assert comparison.hero_renditions == {} and queued(queue_only) == []
