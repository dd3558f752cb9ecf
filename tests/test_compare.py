"""Compare any two roles: the picker, the generated side-by-side page and its addresses."""

import pytest
from django.urls import reverse

from comparisons import pairs

from .factories import make_comparison, make_role, make_sector

pytestmark = pytest.mark.django_db


@pytest.fixture
def nurse():
    return make_role("Nurse", slug="nurse", sector=make_sector("Healthcare", slug="healthcare"))


@pytest.fixture
def physician(nurse):
    return make_role(
        "Physician",
        slug="physician",
        sector=nurse.sector,
        skills="Diagnosis\nPrescribing",
        median_salary=239200,
    )


def page_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.text


# --- The picker -------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/roles/", "/roles/nurse/"])
def test_picker_is_a_plain_get_form_on_home_directory_and_role_pages(client, nurse, url):
    page = page_of(client, url)
    assert 'class="compare-picker" action="/compare/" method="get"' in page
    assert 'name="a"' in page and 'name="b"' in page
    assert "js/compare-picker.js" in page


def test_role_page_picker_starts_with_that_role(client, nurse):
    assert 'name="a" value="Nurse"' in page_of(client, "/roles/nurse/")


def test_picker_takes_titles_in_any_case_and_goes_to_the_pair_in_canonical_order(
    client, nurse, physician
):
    response = client.get("/compare/", {"a": "PHYSICIAN", "b": " nurse "})
    assert response.status_code == 302
    assert response["Location"] == "/compare/nurse-vs-physician/"


def test_picker_takes_slugs_and_a_unique_part_of_a_title(client, nurse, physician):
    response = client.get("/compare/", {"a": "physic", "b": "nurse"})
    assert response["Location"] == "/compare/nurse-vs-physician/"


def test_picker_goes_straight_to_a_published_article(client, nurse, physician):
    article = make_comparison(physician, nurse)
    response = client.get("/compare/", {"a": "Nurse", "b": "Physician"})
    assert response["Location"] == article.get_absolute_url()


def test_picker_with_an_unknown_role_explains_and_suggests(client, nurse, physician):
    make_role("Nurse Practitioner", slug="nurse-practitioner", sector=nurse.sector)
    response = client.get("/compare/", {"a": "Astronaut", "b": "urse"})
    assert response.status_code == 400
    assert "First role: We have no role called “Astronaut”." in response.text
    assert "Did you mean: Nurse, Nurse Practitioner?" in response.text
    # What was typed stays in the form.
    assert 'value="Astronaut"' in response.text


def test_picker_with_the_same_role_twice_explains(client, nurse):
    response = client.get("/compare/", {"a": "Nurse", "b": "nurse"})
    assert response.status_code == 400
    assert "A role cannot be compared with itself" in response.text


@pytest.mark.parametrize(
    "typed",
    ["", "\x00", "nurse\x00", "٣٤", "x" * 5000, "<script>alert(1)</script>"],
)
def test_picker_never_fails_on_odd_input(client, nurse, typed):
    response = client.get("/compare/", {"a": typed, "b": "Nurse"})
    assert response.status_code in (302, 400)
    assert "<script>alert" not in response.text


def test_picker_page_without_a_choice_lists_every_role_for_suggestions(client, nurse, physician):
    page = page_of(client, "/compare/")
    assert '<option value="Nurse"></option><option value="Physician"></option>' in page


def test_role_names_for_type_ahead(client, nurse, physician):
    response = client.get("/compare/roles.json")
    assert response.json() == {
        "roles": [{"title": "Nurse", "slug": "nurse"}, {"title": "Physician", "slug": "physician"}]
    }
    assert "public" in response["Cache-Control"]


def test_pickable_roles_are_asked_for_in_one_place(client, nurse, physician, monkeypatch):
    # When roles gain a public switch, wiring pickable_roles() must hide them everywhere.
    monkeypatch.setattr(pairs, "pickable_roles", lambda: pairs.Role.objects.exclude(pk=nurse.pk))
    assert client.get("/compare/nurse-vs-physician/").status_code == 404
    assert client.get("/compare/", {"a": "Nurse", "b": "Physician"}).status_code == 400
    assert "Nurse" not in client.get("/compare/roles.json").text


# --- The generated page -----------------------------------------------------------------------


def test_generated_page_sets_the_two_roles_facts_side_by_side(client, nurse, physician):
    page = page_of(client, "/compare/nurse-vs-physician/")
    assert "<h1>Nurse vs. Physician</h1>" in page
    assert '<meta name="robots" content="noindex">' in page
    assert "What is a Nurse?" in page and "What is a Physician?" in page
    assert "Healthcare" in page
    assert "<li>Diagnosis</li>" in page
    assert "$239,200" in page
    assert "U.S. Bureau of Labor Statistics" in page and "May 2024" in page
    assert "Ask our editors to write this comparison" in page


def test_generated_page_lists_published_comparisons_of_either_role(client, nurse, physician):
    with_nurse = make_comparison(nurse, make_role(sector=nurse.sector))
    with_physician = make_comparison(make_role(sector=nurse.sector), physician)
    unrelated = make_comparison()
    draft = make_comparison(nurse, make_role(sector=nurse.sector), published=False)
    page = page_of(client, "/compare/nurse-vs-physician/")
    assert with_nurse.title in page and with_physician.title in page
    assert unrelated.title not in page and draft.title not in page


def test_a_published_article_wins_in_either_order(client, nurse, physician):
    article = make_comparison(physician, nurse)
    for url in ("/compare/nurse-vs-physician/", "/compare/physician-vs-nurse/"):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()


def test_an_unpublished_article_does_not_hide_the_generated_page(client, nurse, physician):
    make_comparison(nurse, physician, published=False)
    assert client.get("/compare/nurse-vs-physician/").status_code == 200


def test_reversed_pair_moves_permanently_to_the_canonical_order(client, nurse, physician):
    response = client.get("/compare/physician-vs-nurse/")
    assert response.status_code == 301
    assert response["Location"] == "/compare/nurse-vs-physician/"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/compare/nurse-vs-nurse/", "A role cannot be compared with itself"),
        ("/compare/nurse-vs-astronaut/", "We have no roles by those names to compare."),
        ("/compare/nurse/", "A comparison address names two roles"),
    ],
)
def test_same_role_unknown_role_or_no_pair_is_a_clear_404(client, nurse, url, message):
    response = client.get(url)
    assert response.status_code == 404
    assert message in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_role_slugs_that_contain_vs_still_make_a_pair(client, nurse):
    make_role("Versus Analyst", slug="analyst-vs-auditor", sector=nurse.sector)
    response = client.get("/compare/analyst-vs-auditor-vs-nurse/")
    assert response.status_code == 200
    assert "<h1>Versus Analyst vs. Nurse</h1>" in response.text


def test_compare_page_only_answers_reads(client, nurse, physician):
    assert client.post("/compare/nurse-vs-physician/").status_code == 405
    assert client.post(reverse("discovery:compare")).status_code == 405
