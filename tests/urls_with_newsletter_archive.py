"""The site's URLs plus a stand-in newsletter archive, as the newsletter app will provide."""

from django.http import HttpResponse
from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

archive_page = path("newsletter/issues/", lambda request: HttpResponse(), name="archive")
archive = ([archive_page], "newsletter")

urlpatterns = [path("", include(archive))] + [
    pattern for pattern in site_urlpatterns if getattr(pattern, "namespace", None) != "newsletter"
]
