from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

admin.site.site_header = "Career Compare – editors' workspace"
admin.site.site_title = "Career Compare admin"
admin.site.index_title = "Workspace"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("roles/", include("careers.urls")),
    path("", include("comparisons.urls")),
    path("", include("core.urls")),
]

if settings.SERVE_MEDIA:
    # Uploaded images, for a single server; behind a CDN or object storage, turn this off.
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]
