"""The sign-in throttle as an authentication backend (first in AUTHENTICATION_BACKENDS)."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check for sign-ins over the web.

    Every web sign-in (the admin login, any LoginView) passes the request; code that checks a
    password without one – a script, a test – has no address to throttle, so it is let
    through to the next backend instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
