import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from taggit.models import Tag

from careers.models import Role, Sector
from comparisons.models import Comparison

from .admin_forms import comparison_form, resubmit_data
from .factories import image_file, make_comparison, make_editor, make_role, make_sector, make_writer
from .test_images import png_bomb

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


@pytest.fixture
def writer_client(client):
    client.force_login(make_writer())
    return client


def objects_for_every_model():
    comparison = make_comparison(links=1)
    return {
        "careers_sector": comparison.role_a.sector,
        "careers_role": comparison.role_a,
        "comparisons_comparison": comparison,
        "taggit_tag": Tag.objects.first(),
        "accounts_user": get_user_model().objects.first(),
    }


def test_every_admin_list_add_and_change_page_renders(admin_client):
    for name, obj in objects_for_every_model().items():
        for url in (
            reverse(f"admin:{name}_changelist"),
            reverse(f"admin:{name}_add"),
            reverse(f"admin:{name}_change", args=[obj.pk]),
        ):
            assert admin_client.get(url).status_code == 200, url


def test_every_admin_change_form_saves_as_rendered(admin_client):
    for name, obj in objects_for_every_model().items():
        url = reverse(f"admin:{name}_change", args=[obj.pk])
        data = resubmit_data(admin_client.get(url))
        response = admin_client.post(url, data)
        assert response.status_code == 302, (name, _errors(response))


def test_editor_sees_the_content_admin_pages(editor_client):
    objects = objects_for_every_model()
    for name in ("careers_sector", "careers_role", "comparisons_comparison"):
        url = reverse(f"admin:{name}_change", args=[objects[name].pk])
        assert editor_client.get(url).status_code == 200, url


def test_editor_adds_a_sector_and_a_role_through_the_admin(editor_client):
    response = editor_client.post(
        reverse("admin:careers_sector_add"), {"name": "Healthcare", "slug": "healthcare"}
    )
    assert response.status_code == 302
    sector = Sector.objects.get(slug="healthcare")
    related = make_role("Office Manager")
    response = editor_client.post(
        reverse("admin:careers_role_add"),
        {
            "title": "Practice Manager",
            "slug": "practice-manager",
            "sector": sector.pk,
            "summary": "Runs a medical practice.",
            "education": "Bachelor's degree",
            "experience": "Five years",
            "skills": "Budgeting\nStaffing",
            "work_environment": "Clinics",
            "median_salary": "65730",
            "salary_source": "U.S. Bureau of Labor Statistics",
            "salary_source_url": "https://www.bls.gov/ooh/",
            "salary_as_of": "2020-05-01",
            "related_roles": [related.pk],
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    role = Role.objects.get(slug="practice-manager")
    assert list(role.related_roles.all()) == [related]
    assert list(related.related_roles.all()) == [role]


def test_role_salary_without_source_is_refused_in_the_admin(editor_client):
    response = editor_client.post(
        reverse("admin:careers_role_add"),
        {
            "title": "Nurse",
            "slug": "nurse",
            "sector": make_sector().pk,
            "summary": "x",
            "median_salary": "70000",
        },
    )
    assert response.status_code == 200
    assert "A salary figure needs its source and date." in response.text
    assert not Role.objects.filter(slug="nurse").exists()


def test_stale_salary_is_flagged_in_the_role_list(editor_client, settings):
    import datetime

    settings.SALARY_STALE_AFTER_YEARS = 2
    make_role("Old Figures", salary_as_of=datetime.date(2015, 5, 1))
    response = editor_client.get(reverse("admin:careers_role_changelist"), {"salary": "stale"})
    assert "Old Figures" in response.text
    assert "Stale: May 2015" in response.text


def test_editor_creates_a_comparison_with_sections_and_a_link(editor_client):
    a, b = make_role("Practice Manager"), make_role("Office Manager")
    target = make_role("Medical Assistant")
    data = comparison_form(
        a,
        b,
        sections=[
            {
                "position": "0",
                "kind": "duties",
                "heading": "Duties",
                "body": "Runs <b>x</b>",
                "verdict": "Different.",
            },
            {
                "position": "0",
                "kind": "salary",
                "heading": "Salary",
                "body": "Pays.",
                "verdict": "",
            },
        ],
        links=[
            {
                "after_section": "1",
                "label": "Related: medical assistants",
                "target_role": target.pk,
                "target_comparison": "",
                "url": "",
            }
        ],
    )
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 302, _errors(response)
    comparison = Comparison.objects.get(slug=data["slug"])
    assert [(s.position, s.heading) for s in comparison.sections.all()] == [
        (1, "Duties"),
        (2, "Salary"),
    ]
    assert comparison.related_links.get().target_role == target
    assert sorted(comparison.tags.names()) == ["management", "pay"]
    assert comparison.author.username == "ed"
    revision = comparison.revisions.get()
    assert [s["heading"] for s in revision.body["sections"]] == ["Duties", "Salary"]
    assert not comparison.is_live


def test_every_admin_save_keeps_a_revision(editor_client):
    comparison = make_comparison(sections=0)
    data = comparison_form(
        comparison.role_a, comparison.role_b, slug=comparison.slug, title="New title"
    )
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    for _ in range(2):
        assert editor_client.post(url, data).status_code == 302
    assert comparison.revisions.count() == 3


def test_a_role_compared_with_itself_is_refused_in_the_admin(editor_client):
    role = make_role()
    response = editor_client.post(
        reverse("admin:comparisons_comparison_add"), comparison_form(role, role)
    )
    assert response.status_code == 200
    assert "A role cannot be compared with itself." in response.text
    assert not Comparison.objects.exists()


def test_a_duplicate_pair_is_refused_in_the_admin(editor_client):
    existing = make_comparison()
    response = editor_client.post(
        reverse("admin:comparisons_comparison_add"),
        comparison_form(existing.role_b, existing.role_a, slug="another-slug"),
    )
    assert response.status_code == 200
    assert "These two roles already have a comparison (in either order)." in response.text
    assert Comparison.objects.count() == 1


def test_a_duplicate_slug_is_refused_in_the_admin(editor_client):
    existing = make_comparison()
    response = editor_client.post(
        reverse("admin:comparisons_comparison_add"),
        comparison_form(make_role(), make_role(), slug=existing.slug),
    )
    assert response.status_code == 200
    assert "Comparison with this Slug already exists." in response.text


def test_a_link_with_two_targets_is_refused_in_the_admin(editor_client):
    data = comparison_form(
        make_role(),
        make_role(),
        links=[
            {
                "after_section": "1",
                "label": "Two",
                "target_role": make_role().pk,
                "target_comparison": "",
                "url": "https://example.com/",
            }
        ],
    )
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 200
    assert "Link to exactly one of" in response.text
    assert not Comparison.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            lambda: image_file("notes.png", fmt="PNG").__class__(
                "notes.png", b"just text", content_type="image/png"
            ),
            "not an image we can use",
        ),
        (png_bomb, "megapixels"),
    ],
)
def test_bad_hero_uploads_are_refused_in_the_admin(editor_client, upload, message):
    data = comparison_form(make_role(), make_role(), hero_image=upload(), hero_alt="x")
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 200
    assert message in response.text
    assert not Comparison.objects.exists()


def test_an_oversized_hero_upload_is_refused_in_the_admin(editor_client, settings):
    settings.MAX_IMAGE_UPLOAD_BYTES = 2048
    data = comparison_form(
        make_role(), make_role(), hero_image=image_file(size=(600, 600), fmt="BMP"), hero_alt="x"
    )
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), data)
    assert "images may be at most 2.0" in response.text
    assert not Comparison.objects.exists()


def test_a_hero_upload_makes_renditions(editor_client):
    data = comparison_form(make_role(), make_role(), hero_image=image_file(), hero_alt="Circles")
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), data)
    assert response.status_code == 302, _errors(response)
    comparison = Comparison.objects.get()
    assert len(comparison.hero_renditions["webp"]) == 3
    assert comparison.revisions.get().hero["alt"] == "Circles"


def test_editor_publishes_and_unpublishes_from_the_list(editor_client):
    comparison = make_comparison(published=False)
    url = reverse("admin:comparisons_comparison_changelist")
    response = editor_client.post(
        url, {"action": "publish_now", "_selected_action": [comparison.pk]}, follow=True
    )
    assert "Published 1 comparison(s)." in response.text
    comparison.refresh_from_db()
    assert comparison.is_live and comparison.status == "published"
    editor_client.post(url, {"action": "unpublish", "_selected_action": [comparison.pk]})
    comparison.refresh_from_db()
    assert not comparison.is_live and comparison.status == "archived"


def test_writer_cannot_publish_even_by_posting_the_action(writer_client):
    comparison = make_comparison(published=False)
    url = reverse("admin:comparisons_comparison_changelist")
    assert "publish_now" not in writer_client.get(url).text
    writer_client.post(url, {"action": "publish_now", "_selected_action": [comparison.pk]})
    comparison.refresh_from_db()
    assert not comparison.is_live


def test_workflow_refuses_a_writer_who_calls_publish_directly():
    from django.core.exceptions import PermissionDenied

    from comparisons import workflow

    comparison = make_comparison(published=False)
    writer = make_writer()
    with pytest.raises(PermissionDenied):
        workflow.publish(comparison, by=writer)
    live = make_comparison()
    with pytest.raises(PermissionDenied):
        workflow.unpublish(live, by=writer)
    comparison.refresh_from_db()
    live.refresh_from_db()
    assert not comparison.is_live and live.is_live


def test_editor_can_pick_an_author_from_the_staff(editor_client):
    staff = make_writer("sam")
    response = editor_client.get(reverse("admin:comparisons_comparison_add"))
    choices = [str(c[1]) for c in response.context["adminform"].form.fields["author"].choices]
    assert staff.username in choices


def test_view_on_site_only_for_live_comparisons(editor_client):
    live = make_comparison()
    draft = make_comparison(published=False)
    live_page = editor_client.get(reverse("admin:comparisons_comparison_change", args=[live.pk]))
    draft_page = editor_client.get(reverse("admin:comparisons_comparison_change", args=[draft.pk]))
    assert "View on site" in live_page.text
    assert "View on site" not in draft_page.text


def _errors(response):
    context = response.context
    if not context:
        return response
    return [context["adminform"].form.errors, *[f.errors for f in context["inline_admin_formsets"]]]


def test_replacing_the_hero_image_asks_for_a_new_description(editor_client):
    data = comparison_form(make_role(), make_role(), hero_image=image_file(), hero_alt="Circles")
    assert editor_client.post(reverse("admin:comparisons_comparison_add"), data).status_code == 302
    comparison = Comparison.objects.get()
    url = reverse("admin:comparisons_comparison_change", args=[comparison.pk])
    resave = resubmit_data(editor_client.get(url))
    resave["hero_image"] = image_file("other.png", color=(200, 30, 30))
    response = editor_client.post(url, resave)
    assert response.status_code == 200
    assert "You replaced the image: describe the new one." in response.text
    comparison.refresh_from_db()
    assert comparison.hero_alt == "Circles" and comparison.revisions.count() == 1
    resave["hero_image"] = image_file("other.png", color=(200, 30, 30))
    resave["hero_alt"] = "A red square"
    assert editor_client.post(url, resave).status_code == 302
    comparison.refresh_from_db()
    assert comparison.hero_alt == "A red square"


def test_a_hero_narrower_than_the_minimum_is_refused_and_a_narrow_one_warned(editor_client):
    tiny = comparison_form(
        make_role(), make_role(), hero_image=image_file(size=(400, 200)), hero_alt="x"
    )
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), tiny)
    assert "This image is 400 pixels wide; hero images need at least 480" in response.text
    assert not Comparison.objects.exists()
    narrow = comparison_form(
        make_role(), make_role(), hero_image=image_file(size=(1000, 500)), hero_alt="x"
    )
    response = editor_client.post(reverse("admin:comparisons_comparison_add"), narrow, follow=True)
    assert Comparison.objects.count() == 1
    assert "The hero image is 1000 pixels wide: it will look soft" in response.text
