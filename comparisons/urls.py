from django.urls import path

from . import preview, views

app_name = "comparisons"

urlpatterns = [
    path("comparisons/", views.ComparisonListView.as_view(), name="list"),
    path("comparisons/<slug:slug>/", views.comparison_detail, name="detail"),
    path("tags/<slug:slug>/", views.ComparisonListView.as_view(), name="tag"),
    path("preview/<str:token>/", preview.preview_view, name="preview"),
]
