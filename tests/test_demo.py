import pytest
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from careers.models import Role, Sector
from comparisons.models import Comparison, Revision, Section
from demo import loader as demo

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Sector, Role, Comparison, Section, Revision)
    }


def test_demo_content_is_realistic_and_complete(settings):
    settings.DEBUG = True
    demo.load_demo()
    assert Role.objects.count() >= 12
    assert Sector.objects.filter(roles__isnull=False).distinct().count() >= 3
    published = Comparison.objects.published()
    assert published.count() >= 8
    for comparison in published:
        kinds = {section["kind"] for section in comparison.live_revision.body["sections"]}
        assert {"duties", "requirements", "environment", "skills", "salary"} <= kinds
        assert any(s["verdict_html"] for s in comparison.live_revision.body["sections"])
        assert comparison.live_revision.body["links"], comparison.slug
    practice = Role.objects.get(slug="practice-manager")
    office = Role.objects.get(slug="office-manager")
    assert (practice.median_salary, office.median_salary) == (65730, 49910)
    assert practice.salary_as_of.strftime("%B %Y") == "May 2020"
    assert published.filter(slug="practice-manager-vs-office-manager").exists()


def test_loading_twice_changes_nothing(capsys):
    demo.load_demo()
    before = counts()
    titles = sorted(Comparison.objects.values_list("title", "updated_at"))
    result = demo.load_demo()
    assert result.created == {}
    assert counts() == before
    assert sorted(Comparison.objects.values_list("title", "updated_at")) == titles


def test_demo_accounts_use_the_demo_password_and_their_groups(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "another-secret")
    demo.load_demo()
    editor = authenticate(username="editor", password="another-secret")
    writer = authenticate(username="writer", password="another-secret")
    assert editor and writer
    assert editor.groups.filter(name="Editors").exists()
    assert writer.groups.filter(name="Writers").exists()
    assert editor.has_perm("comparisons.publish_comparison")
    assert not writer.has_perm("comparisons.publish_comparison")


def test_demo_never_overwrites_an_editors_change():
    demo.load_demo()
    Comparison.objects.filter(slug="practice-manager-vs-office-manager").update(title="Edited")
    demo.load_demo()
    assert Comparison.objects.get(slug="practice-manager-vs-office-manager").title == "Edited"


def test_load_demo_command_prints_the_logins(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
    out = capsys.readouterr().out
    assert "editor / demo-password" in out and "writer / demo-password" in out


def test_load_demo_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG"):
        call_command("load_demo")
    assert not Comparison.objects.exists()


def test_demo_loads_again_after_editors_renamed_slugs():
    demo.load_demo()
    Comparison.objects.filter(slug="practice-manager-vs-office-manager").update(slug="pm-vs-om")
    Role.objects.filter(slug="office-manager").update(slug="office-manager-role")
    Sector.objects.filter(slug="healthcare").update(slug="health")
    before = counts()
    assert demo.load_demo().created == {}
    assert counts() == before
