"""Staff password reset: the admin's “Forgotten your password?” flow, mailed by the task queue.

The view only enqueues the address; the worker looks up staff accounts and mails the link. So
the page answers the same, in the same time, whether or not the address belongs to anyone,
and no reset token ever sits in the task table. Links point at SITE_URL, never at the Host
header of the request that asked for them.
"""

import logging
from urllib.parse import urlsplit

from axes.utils import reset as reset_lockouts
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django_tasks import task

from core.client_ip import client_ip
from runtime import rate_limit

logger = logging.getLogger(__name__)
HOUR = 3600

EMAIL_TEMPLATES = {
    "subject_template_name": "registration/password_reset_subject.txt",
    "email_template_name": "registration/password_reset_email.txt",
}


def _email_context():
    return {
        "site_name": settings.SITE_NAME,
        "reset_minutes": settings.PASSWORD_RESET_TIMEOUT // 60,
    }


class StaffPasswordResetForm(auth_forms.PasswordResetForm):
    def get_users(self, email):
        """Only staff accounts have passwords to reset here."""
        return (user for user in super().get_users(email) if user.is_staff)

    def save(self, *, request=None, **kwargs):
        # Over the limit, the page still says “check your e-mail”: it never tells anything.
        if request is None or rate_limit.allow(
            "password-reset-ip",
            client_ip(request),
            limit=settings.PASSWORD_RESETS_PER_HOUR,
            period=HOUR,
        ):
            send_password_reset.enqueue(email=self.cleaned_data["email"])
        else:
            logger.warning("Password reset limit reached for a client address")


@task()
def send_password_reset(email: str) -> int:
    """Mail a reset link to each active staff account with `email`; returns how many."""
    form = StaffPasswordResetForm({"email": email})
    if not form.is_valid():
        return 0
    email = form.cleaned_data["email"]
    # However many addresses ask, one mailbox gets a few links an hour, not a flood.
    if not rate_limit.allow(
        "password-reset-to", email.lower(), limit=settings.PASSWORD_RESETS_PER_HOUR, period=HOUR
    ):
        logger.warning("Password reset limit reached for a recipient")
        return 0
    site = urlsplit(settings.SITE_URL)
    users = list(form.get_users(email))
    auth_forms.PasswordResetForm.save(
        form,
        domain_override=site.netloc,
        use_https=site.scheme == "https",
        extra_email_context=_email_context(),
        **EMAIL_TEMPLATES,
    )
    return len(users)


class AdminLook:
    """The admin's header and title on these pages, as on its own login page."""

    def get_context_data(self, **kwargs):
        return {
            **admin.site.each_context(self.request),
            **super().get_context_data(**kwargs),
            **_email_context(),
        }


class StaffPasswordResetView(AdminLook, auth_views.PasswordResetView):
    form_class = StaffPasswordResetForm


class StaffPasswordResetDoneView(AdminLook, auth_views.PasswordResetDoneView):
    pass


class StaffPasswordResetCompleteView(AdminLook, auth_views.PasswordResetCompleteView):
    pass


class StaffPasswordResetConfirmView(AdminLook, auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        response = super().form_valid(form)
        # Whoever proved they own the mailbox should not wait out a lockout an attacker caused.
        reset_lockouts(username=form.user.get_username())
        return response
