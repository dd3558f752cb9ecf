"""Small texts editors read every day: no doubled full stops, no library names."""

import datetime
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from comparisons import preview

from .factories import make_comparison, make_editor

pytestmark = pytest.mark.django_db


def test_the_preview_banner_ends_its_sentence_once(client):
    morning = timezone.make_aware(datetime.datetime(2026, 3, 3, 9, 0))
    with time_machine.travel(morning, tick=False):
        comparison = make_comparison(published=False)
    revision = comparison.revisions.get()
    assert revision.created_by is None
    text = client.get(preview.preview_path(revision)).text
    banner = re.search(r"<strong>Preview</strong>(.*?)</p>", text, re.S).group(1)
    assert "09:00." in banner
    assert ".." not in banner


def test_the_tags_section_of_the_admin_is_called_tags(client):
    editor = make_editor()
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)
    text = client.get(reverse("admin:index")).text
    assert "Taggit" not in text and "TAGGIT" not in text
    assert client.get(reverse("admin:app_list", args=["taggit"])).status_code == 200
    assert (
        "<title>Tags administration" in client.get(reverse("admin:app_list", args=["taggit"])).text
    )
