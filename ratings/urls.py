"""The rate endpoint lives under the article's address: /comparisons/<slug>/rate/."""

from django.urls import path

from . import views

app_name = "ratings"

urlpatterns = [
    path("comparisons/<slug:slug>/rate/", views.rate, name="rate"),
    # The reader's own rating and the live totals, for the widget's script (never cached).
    path("comparisons/<slug:slug>/rating/", views.rating_status, name="status"),
]
