from django.contrib.sitemaps.views import sitemap
from django.urls import path
from django.views.decorators.http import require_safe

from runtime.page_cache import public_page

from . import compare, roles, views
from .feeds import NewestComparisonsFeed
from .sitemaps import SITEMAPS

app_name = "discovery"

urlpatterns = [
    path("", views.home, name="home"),
    path("roles/", public_page(roles.RoleListView.as_view()), name="role_list"),
    path("roles/<slug:slug>/", public_page(roles.RoleDetailView.as_view()), name="role_detail"),
    path("search/", views.search, name="search"),
    path("compare/", compare.pick, name="compare"),
    path("compare/roles.json", compare.role_names, name="compare_roles"),
    path("compare/<slug:pair>/", compare.compare_pair, name="compare_pair"),
    path("compare/<slug:pair>/ask/", compare.ask, name="compare_ask"),
    # Django's feed and sitemap views answer any method; readers only GET them.
    path("feed/", public_page(require_safe(NewestComparisonsFeed())), name="feed"),
    path("sitemap.xml", public_page(require_safe(sitemap)), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("privacy/", views.privacy, name="privacy"),
    path("robots.txt", views.robots_txt, name="robots"),
]
