from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import roles, views
from .feeds import NewestComparisonsFeed
from .sitemaps import SITEMAPS

app_name = "discovery"

urlpatterns = [
    path("", views.home, name="home"),
    path("roles/", roles.RoleListView.as_view(), name="role_list"),
    path("roles/<slug:slug>/", roles.RoleDetailView.as_view(), name="role_detail"),
    path("search/", views.search, name="search"),
    path("feed/", NewestComparisonsFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("privacy/", views.privacy, name="privacy"),
    path("robots.txt", views.robots_txt, name="robots"),
]
