"""Password reset for staff, beside the admin (Django's admin login links to these names)."""

from django.urls import path

from . import password_reset

urlpatterns = [
    path(
        "admin/password_reset/",
        password_reset.StaffPasswordResetView.as_view(),
        name="admin_password_reset",
    ),
    path(
        "admin/password_reset/done/",
        password_reset.StaffPasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "admin/reset/<uidb64>/<token>/",
        password_reset.StaffPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "admin/reset/done/",
        password_reset.StaffPasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
