from django.contrib.sitemaps.views import sitemap
from django.urls import path

from core.page_cache import public_page

from . import roles, views
from .feeds import NewestComparisonsFeed
from .sitemaps import SITEMAPS

app_name = "discovery"

urlpatterns = [
    path("", views.home, name="home"),
    path("roles/", public_page(roles.RoleListView.as_view()), name="role_list"),
    path("roles/<slug:slug>/", public_page(roles.RoleDetailView.as_view()), name="role_detail"),
    path("search/", views.search, name="search"),
    path("feed/", public_page(NewestComparisonsFeed()), name="feed"),
    path("sitemap.xml", public_page(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
