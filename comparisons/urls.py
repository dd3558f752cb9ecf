from django.urls import path

from runtime.page_cache import public_page

from . import preview, views

app_name = "comparisons"

urlpatterns = [
    path("comparisons/", public_page(views.ComparisonListView.as_view()), name="list"),
    path("comparisons/<slug:slug>/", views.comparison_detail, name="detail"),
    path("tags/<slug:slug>/", public_page(views.ComparisonListView.as_view()), name="tag"),
    path("preview/<str:token>/", preview.preview_view, name="preview"),
]
