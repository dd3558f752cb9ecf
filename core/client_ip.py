"""The visitor's IP address, for rate limits (ratings, newsletter sign-ups)."""

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    """The visitor's address; behind TRUSTED_PROXY_COUNT proxies, taken from X-Forwarded-For.

    Only the entry appended by our own outermost proxy is trusted: anything to its left was
    written by the client and could be anything. "" when there is no valid address.
    """
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        header = request.META.get("HTTP_X_FORWARDED_FOR", "")
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return ""
