"""Browsers send textarea lines as CR LF: stored text, diffs and histories must not care."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from careers.models import Role, RoleChange
from comparisons import revisions
from comparisons.models import Revision, Section

from .admin_forms import resubmit_data
from .factories import make_comparison, make_editor, make_role
from .test_role_history import role_data

pytestmark = pytest.mark.django_db


def crlf(text):
    return text.replace("\n", "\r\n")


def test_a_salary_only_role_edit_records_only_the_salary(client):
    role = make_role(
        "Practice Manager",
        median_salary=60000,
        summary="Runs a clinic.\n\nHires staff.",
        skills="Budgeting\nScheduling",
    )
    editor = make_editor()
    client.force_login(editor)
    url = reverse("admin:careers_role_change", args=[role.pk])
    data = role_data(
        role, summary=crlf(role.summary), skills=crlf(role.skills), median_salary="65730"
    )
    assert client.post(url, data).status_code == 302
    change = RoleChange.objects.get(changed_by=editor)
    assert change.changes == {"median annual salary (USD)": ["60000", "65730"]}
    role.refresh_from_db()
    assert "\r" not in role.summary + role.skills


def test_resaving_a_comparison_unchanged_shows_no_changed_part(client):
    comparison = make_comparison(sections=2)
    Section.objects.filter(comparison=comparison).update(body="Line one.\nLine two.")
    client.force_login(make_editor())
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    for _ in range(2):
        data = resubmit_data(client.get(url))
        data = {k: crlf(v) if isinstance(v, str) else v for k, v in data.items()}
        data["intro"] = data["intro"] + " More."  # a real change, so a revision is saved
        assert client.post(url, data).status_code == 302
    *_, first, last = comparison.revisions.order_by("number")  # the two admin saves
    changed = {d.label for d in revisions.diff_revisions(first, last) if d.changed}
    assert changed == {"Introduction"}
    assert "\r" not in "".join(Section.objects.values_list("body", flat=True))


def test_old_revisions_saved_with_cr_lf_compare_equal_to_lf(client):
    comparison = make_comparison(sections=1)
    old = comparison.revisions.get()
    body = dict(old.body)
    body["sections"] = [
        {**s, "body": crlf(s["body"] + "\nsecond line")} for s in old.body["sections"]
    ]
    Revision.objects.filter(pk=old.pk).update(body=body)
    old.refresh_from_db()
    newer = Revision(
        comparison=comparison,
        number=2,
        title=old.title,
        slug=old.slug,
        lead=old.lead,
        hero=old.hero,
        body={
            **body,
            "sections": [{**s, "body": s["body"].replace("\r\n", "\n")} for s in body["sections"]],
        },
    )
    assert not any(d.changed for d in revisions.diff_revisions(old, newer))


def test_the_migration_normalises_stored_text():
    role = make_role("Nurse", summary="a\r\nb\rc")
    comparison = make_comparison()
    old = comparison.revisions.get()
    Revision.objects.filter(pk=old.pk).update(body={**old.body, "intro": "x\r\ny"})
    migration = importlib.import_module("comparisons.migrations.0004_normalise_line_endings")
    migration.normalise(django_apps, None)
    assert Role.objects.get(pk=role.pk).summary == "a\nb\nc"
    assert Revision.objects.get(pk=old.pk).body["intro"] == "x\ny"
