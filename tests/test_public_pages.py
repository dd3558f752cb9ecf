import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from comparisons import publishing

from .factories import make_comparison, make_role, make_sector, make_user

pytestmark = pytest.mark.django_db


def test_home_lists_newest_published_comparisons_only(client):
    live = make_comparison()
    draft = make_comparison(published=False, title="Hidden draft title")
    response = client.get("/")
    assert response.status_code == 200
    assert live.title in response.text
    assert draft.title not in response.text
    assert 'action="/search/"' in response.text


def test_every_page_has_one_h1_a_canonical_url_and_open_graph_tags(client):
    comparison = make_comparison()
    for url in [
        "/",
        "/comparisons/",
        comparison.get_absolute_url(),
        "/roles/",
        comparison.role_a.get_absolute_url(),
        "/tags/management/",
        "/search/?q=x",
    ]:
        html = client.get(url).text
        assert html.count("<h1") == 1, url
        assert f'<link rel="canonical" href="http://127.0.0.1:8000{url.split("?")[0]}">' in html
        assert '<meta property="og:title"' in html
        assert '<main id="main"' in html


def test_article_page_shows_the_whole_anatomy(client):
    role_a = make_role(
        "Practice Manager", median_salary=65730, salary_as_of=datetime.date(2020, 5, 1)
    )
    role_b = make_role(
        "Office Manager",
        sector=role_a.sector,
        median_salary=49910,
        salary_as_of=datetime.date(2020, 5, 1),
    )
    author = make_user(first_name="Elena", last_name="Marsh", bio="Edits careers advice.")
    comparison = make_comparison(
        role_a,
        role_b,
        sections=3,
        links=2,
        author=author,
        published=False,
        tags=("management", "healthcare"),
    )
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    html = re.sub(r"\s+", " ", make_get(client, comparison.get_absolute_url()))
    assert "<h1>Practice Manager vs. Office Manager: How They Differ</h1>" in html
    assert '<details class="contents"> <summary>Contents</summary>' in html
    assert "What is a Practice Manager?" in html and "What is an Office Manager?" in html
    assert "$65,730" in html and "$49,910" in html
    assert "U.S. Bureau of Labor Statistics</a>, May 2020" in html
    assert html.count('class="verdict"') == 3
    assert html.count('class="related-link"') == 2
    assert 'href="/tags/healthcare/"' in html
    assert "About the author" in html and "Edits careers advice." in html
    # Contents links point at sections that exist.
    for anchor in re.findall(r'<li><a href="#([^"]+)">', html):
        assert f'id="{anchor}"' in html


def make_get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.text


def test_related_links_appear_after_their_section(client):
    comparison = make_comparison(sections=2, links=0, published=False)
    target = make_comparison()
    comparison.related_links.create(
        after_section=1, label="Related: see this", target_comparison=target
    )
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    html = make_get(client, comparison.get_absolute_url())
    first, second = (s.heading for s in comparison.sections.all())
    position = html.index
    assert position(f">{first}</h2>") < position("Related: see this") < position(f">{second}</h2>")
    assert f'href="{target.get_absolute_url()}"' in html


def test_links_to_unpublished_articles_are_left_out(client):
    hidden = make_comparison(published=False)
    comparison = make_comparison(published=False)
    comparison.related_links.create(
        after_section=1, label="Related: hidden", target_comparison=hidden
    )
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    assert "Related: hidden" not in make_get(client, comparison.get_absolute_url())


@pytest.mark.parametrize("state", ["draft", "scheduled", "taken_down"])
def test_unpublished_scheduled_and_taken_down_articles_are_404(client, state):
    comparison = make_comparison(published=state == "taken_down")
    if state == "scheduled":
        publishing.make_live(comparison, at=timezone.now() + datetime.timedelta(days=1))
    if state == "taken_down":
        publishing.take_down(comparison)
    response = client.get(reverse("comparisons:detail", kwargs={"slug": comparison.slug}))
    assert response.status_code == 404
    assert "find that page" in response.text


def test_unknown_slugs_are_404(client):
    assert client.get("/comparisons/no-such-thing/").status_code == 404
    assert client.get("/roles/no-such-role/").status_code == 404
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_reversed_pair_address_redirects_permanently_to_the_article(client):
    a = make_role("Practice Manager", slug="practice-manager")
    b = make_role("Office Manager", slug="office-manager")
    comparison = make_comparison(a, b, slug="practice-manager-vs-office-manager")
    response = client.get("/comparisons/office-manager-vs-practice-manager/")
    assert response.status_code == 301
    assert response["Location"] == comparison.get_absolute_url()


def test_reversed_address_of_an_unpublished_pair_is_404(client):
    a = make_role(slug="alpha")
    b = make_role(slug="beta")
    make_comparison(a, b, slug="alpha-vs-beta", published=False)
    assert client.get("/comparisons/beta-vs-alpha/").status_code == 404


def test_edits_to_a_live_article_stay_invisible_until_published_again(client):
    comparison = make_comparison()
    comparison.title = "Working title nobody should see"
    comparison.save()
    publishing.create_revision(comparison)
    html = make_get(client, comparison.get_absolute_url())
    assert "Working title nobody should see" not in html
    publishing.make_live(comparison)
    assert "Working title nobody should see" in make_get(client, comparison.get_absolute_url())


def test_comparison_list_paginates(client, settings):
    sector = make_sector()
    for _ in range(14):
        make_comparison(make_role(sector=sector), make_role(sector=sector))
    first = make_get(client, "/comparisons/")
    assert first.count('class="card"') == 12
    assert "Page 1 of 2" in first
    assert make_get(client, "/comparisons/?page=2").count('class="card"') == 2


@pytest.mark.parametrize("page", ["3", "0", "-1", "abc", "99999999999999999999"])
def test_comparison_list_page_out_of_range_is_404(client, page):
    make_comparison()
    assert client.get(f"/comparisons/?page={page}").status_code == 404


def test_comparison_list_filters_by_tag_and_sector(client):
    health = make_sector("Healthcare", slug="healthcare")
    tech = make_sector("Technology", slug="technology")
    nurse = make_comparison(make_role(sector=health), make_role(sector=health), tags=("nursing",))
    dev = make_comparison(make_role(sector=tech), make_role(sector=tech), tags=("coding",))
    by_tag = make_get(client, "/comparisons/?tag=nursing")
    assert nurse.title in by_tag and dev.title not in by_tag
    by_sector = make_get(client, "/comparisons/?sector=technology")
    assert dev.title in by_sector and nurse.title not in by_sector
    assert client.get("/comparisons/?tag=unknown").status_code == 404
    assert client.get("/comparisons/?sector=unknown").status_code == 404


def test_tag_page_lists_only_published_comparisons_with_that_tag(client):
    tagged = make_comparison(tags=("interviews",))
    make_comparison(tags=("interviews",), published=False, title="Draft with the tag")
    html = make_get(client, "/tags/interviews/")
    assert tagged.title in html
    assert "Draft with the tag" not in html


def test_tags_of_the_working_copy_stay_off_the_live_site_until_published(client):
    comparison = make_comparison(tags=("old",))
    comparison.tags.set(["new"])
    publishing.create_revision(comparison)
    assert comparison.title not in client.get("/tags/new/").text
    assert comparison.title in client.get("/tags/old/").text


def test_role_directory_groups_by_sector_and_letter(client):
    health = make_sector("Healthcare", slug="healthcare")
    make_role("Nurse", sector=health)
    make_role("Analyst", sector=make_sector("Business", slug="business"))
    html = make_get(client, "/roles/")
    assert 'id="sector-healthcare"' in html and 'id="sector-business"' in html
    assert 'href="#letter-A"' in html and 'href="#letter-N"' in html


def test_role_page_lists_its_facts_and_published_comparisons(client):
    role = make_role(
        "Registered Nurse", median_salary=77600, salary_as_of=datetime.date(2021, 5, 1)
    )
    live = make_comparison(role)
    hidden = make_comparison(role, published=False, title="Unpublished nurse article")
    html = make_get(client, role.get_absolute_url())
    assert "$77,600" in html and "May 2021" in html
    assert live.title in html and hidden.title not in html


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_a_tag_carried_only_by_drafts_is_not_public(client):
    make_comparison(tags=("secret-project",), published=False)
    assert client.get("/tags/secret-project/").status_code == 404
    assert client.get("/comparisons/?tag=secret-project").status_code == 404
    assert "secret-project" not in client.get("/comparisons/").text


def test_tag_pages_point_their_canonical_url_at_the_tag_address(client):
    make_comparison(tags=("nursing",))
    html = client.get("/comparisons/?tag=nursing").text
    assert '<link rel="canonical" href="http://127.0.0.1:8000/tags/nursing/">' in html


def test_later_pages_keep_their_page_number_in_the_canonical_url(client):
    sector = make_sector()
    for _ in range(13):
        make_comparison(make_role(sector=sector), make_role(sector=sector))
    html = client.get("/comparisons/?page=2").text
    assert '<link rel="canonical" href="http://127.0.0.1:8000/comparisons/?page=2">' in html


def test_section_anchors_never_repeat_the_page_own_ids(client):
    comparison = make_comparison(sections=0, published=False)
    for position, heading in enumerate(["At a glance", "Author", "Main"], start=1):
        comparison.sections.create(position=position, heading=heading, body="x")
    publishing.create_revision(comparison)
    publishing.make_live(comparison)
    html = make_get(client, comparison.get_absolute_url())
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_role_description_is_escaped_once(client):
    role = make_role(summary="Health & safety first.")
    assert '<meta name="description" content="Health &amp; safety first.">' in make_get(
        client, role.get_absolute_url()
    )


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    from django.db import DatabaseError, connection

    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_healthz_is_not_redirected_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code == 301
