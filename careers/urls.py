from django.urls import path

from . import views

app_name = "careers"

urlpatterns = [
    path("", views.RoleListView.as_view(), name="role_list"),
    path("<slug:slug>/", views.RoleDetailView.as_view(), name="role_detail"),
]
