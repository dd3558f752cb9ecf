from django.contrib.sitemaps.views import sitemap
from django.urls import path

from . import views
from .feeds import NewestComparisonsFeed
from .sitemaps import SITEMAPS

app_name = "search"

urlpatterns = [
    path("search/", views.search, name="search"),
    path("feed/", NewestComparisonsFeed(), name="feed"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
]
