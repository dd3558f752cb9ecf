"""The visitor's IP address, and the one fingerprint every rate limit counts it by."""

import ipaddress

from django.conf import settings
from django.utils.crypto import salted_hmac

# One home, office or phone gets a whole /64 of IPv6 addresses and may rotate through them at
# will: counting addresses singly would let anyone walk past a limit.
IPV6_NETWORK_PREFIX = 64


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


def limited_network(address: str) -> str:
    """What a rate limit counts: an IPv4 address itself, an IPv6 address as the first address
    of its /64 network (``2001:db8:1:2::``), the form stored rating fingerprints were made of.

    An IPv4 address written as IPv6 (``::ffff:192.0.2.1``, from dual-stack servers) counts as
    the IPv4 address. "" when `address` is empty or not an address.
    """
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return ""
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if ip.version == 4:
        return str(ip)
    network = ipaddress.ip_network(f"{ip}/{IPV6_NETWORK_PREFIX}", strict=False)
    return str(network.network_address)


def ip_fingerprint(address: str, *, purpose: str) -> str:
    """A keyed hash (HMAC-SHA256 with SECRET_KEY) of what a limit counts for `address`.

    Equal for addresses in one IPv6 /64, useless without SECRET_KEY, different per `purpose`
    so one feature's fingerprints cannot be matched against another's. "" without an address.
    """
    network = limited_network(address)
    if not network:
        return ""
    return salted_hmac(purpose, network, algorithm="sha256").hexdigest()
