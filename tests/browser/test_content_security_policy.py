"""A real Chromium reports no Content-Security-Policy violation on public or admin pages
(issue 11, item 11): no inline script or style slipped in, JSON-LD data blocks are allowed,
the rating widget's fetch and the admin's own scripts and widgets run."""

from datetime import timedelta

import pytest
from django.utils import timezone

from comparisons.models import Comparison
from newsletter.models import IssueStatus
from ratings import services as rating_services
from tests.factories import make_comparison, make_editor
from tests.newsletter_factories import make_issue

from .conftest import log_in

pytestmark = pytest.mark.django_db(transaction=True)

# Every violation fires this event in the page; Playwright's init script is not itself
# subject to the page's policy.
LISTEN = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def watched(page):
    page.add_init_script(LISTEN)
    console = []
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    def violations():
        page.wait_for_load_state("load")
        return page.evaluate("window.__csp") + console

    page.violations = violations
    return page


@pytest.fixture
def site():
    article = make_comparison(sections=3, links=1)
    for reader in ("a", "b"):
        rating_services.rate(comparison=article, reader=reader * 32, stars=4)
    issue = make_issue(
        picks=[article], status=IssueStatus.SENT, send_at=timezone.now() - timedelta(days=1)
    )
    return article, issue


def test_public_pages_report_no_csp_violation(watched, site):
    article, issue = site
    article = Comparison.objects.get(pk=article.pk)
    pages = [
        "/",
        "/comparisons/",
        article.get_absolute_url(),
        "/roles/",
        article.role_a.get_absolute_url(),
        "/search/?q=role",
        "/search/?q=zzzqqq",
        "/newsletter/",
        "/newsletter/issues/",
        issue.get_absolute_url(),
    ]
    for url in pages:
        response = watched.goto(url)
        assert response.status == 200, url
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert watched.violations() == [], url
    # JSON-LD is on the article and the rating widget's script runs and posts with fetch.
    watched.goto(article.get_absolute_url())
    assert watched.locator('script[type="application/ld+json"]').count() >= 1
    watched.locator("label[for='rating-star-5']").click()
    watched.get_by_text("Thanks! You rated this 5 out of 5.").wait_for()
    assert watched.violations() == []


def test_admin_pages_report_no_csp_violation(watched, site):
    article, issue = site
    make_editor("elena")
    log_in(watched, "elena")
    pages = [
        "/admin/",
        "/admin/comparisons/comparison/",
        f"/admin/comparisons/comparison/{article.pk}/change/",
        f"/admin/careers/role/{article.role_a.pk}/change/",
        "/admin/careers/role/add/",
        f"/admin/ratings/ratingaggregate/{article.pk}/change/",
        f"/admin/newsletter/issue/{issue.pk}/change/",
        "/admin/newsletter/issue/",  # the charts: SVG presentation attributes, no style=""
        "/admin/newsletter/subscriber/",
    ]
    for url in pages:
        response = watched.goto(url)
        assert response.status == 200, url
        assert watched.violations() == [], url
    # The autocomplete widget (select2) opens and lists roles.
    watched.goto("/admin/comparisons/comparison/add/")
    watched.locator(".select2-selection").first.click()
    watched.locator(".select2-results__option").first.wait_for()
    assert watched.violations() == []
    # The issue page frames its e-mail preview (inline styles allowed there only).
    watched.goto(f"/admin/newsletter/issue/{issue.pk}/change/")
    preview = watched.frame_locator("iframe.issue-preview")
    preview.locator("h1").wait_for()
    assert watched.violations() == []
