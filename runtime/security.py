"""Security headers on every response: the Content-Security-Policy (django-csp, with a looser
policy for the admin), Permissions-Policy and Cross-Origin-Resource-Policy.

Public pages carry one fixed policy – no nonces, no hashes – so the same bytes can be cached
and served to everyone. The admin gets CONTENT_SECURITY_POLICY_ADMIN instead.
"""

from functools import cache

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.urls import reverse


@cache
def _admin_prefix() -> str:
    return reverse("admin:index")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(_admin_prefix()):
            parts.config = parts.config or settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Turn off browser features no page of ours uses, so injected code cannot use them either;
    and keep other sites from embedding our pages' bytes (CORP) – HTML only, so that e-mail
    clients and feed readers may still load our images."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = ", ".join(f"{feature}=()" for feature in settings.PERMISSIONS_POLICY_DENY)

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.policy)
        if response.get("Content-Type", "").startswith("text/html"):
            response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
