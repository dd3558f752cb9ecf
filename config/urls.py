from django.conf import settings
from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path, re_path

from core import views as core_views

admin.site.site_header = "Career Compare – editors' workspace"
admin.site.site_title = "Career Compare admin"
admin.site.index_title = "Workspace"

# A lost database answers 503 with Retry-After wherever it is noticed (runtime/outage.py).
handler500 = "runtime.outage.server_error"

urlpatterns = [
    path("", include("accounts.urls")),  # before the admin: its catch-all would take them
    path("admin/", admin.site.urls),
    path("", include("ratings.urls")),
    path("", include("newsletter.urls")),
    path("", include("discovery.urls")),
    path("", include("comparisons.urls")),
    path("", include("core.urls")),
    path("", include("runtime.urls")),
]

if settings.BENCHMARK_FLOOR_VIEW:
    # The framework's floor for `make bench`: routing, the same middleware and a fixed 40 KiB
    # page (about an article's size), with no database and no template.
    FLOOR_PAGE = b"<!doctype html>\n" + b"<p>The floor.</p>\n" * ((40 * 1024 - 16) // 18)
    FLOOR_PAGE += b" " * (40 * 1024 - len(FLOOR_PAGE))
    urlpatterns += [
        path("bench/floor/", lambda request: HttpResponse(FLOOR_PAGE), name="bench_floor")
    ]

if settings.SERVE_MEDIA:
    # Uploaded images, for a single server; behind a CDN or object storage, turn this off.
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", core_views.media, name="media")
    ]
