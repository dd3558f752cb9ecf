"""One fingerprint for every per-address limit (core.client_ip): IPv6 counts as its /64."""

import pytest
from django.utils.crypto import salted_hmac

from core.client_ip import ip_fingerprint, limited_network
from newsletter import limits
from ratings.readers import ip_hash


@pytest.mark.parametrize(
    ("address", "counted"),
    [
        ("198.51.100.23", "198.51.100.23"),
        ("2001:db8:1:2::1", "2001:db8:1:2::"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::"),
        ("2001:DB8:1:3:0:0:0:9", "2001:db8:1:3::"),
        ("::ffff:192.0.2.1", "192.0.2.1"),  # IPv4 through a dual-stack socket
        ("", ""),
        ("not an address", ""),
    ],
)
def test_a_limit_counts_an_ipv4_address_or_an_ipv6_network(address, counted):
    assert limited_network(address) == counted


def test_fingerprints_are_keyed_per_purpose_and_equal_within_a_64():
    one = ip_fingerprint("2001:db8:1:2::1", purpose="a")
    assert one == ip_fingerprint("2001:db8:1:2:abcd::7", purpose="a")
    assert one != ip_fingerprint("2001:db8:1:3::1", purpose="a")
    assert one != ip_fingerprint("2001:db8:1:2::1", purpose="b")
    assert "2001" not in one and len(one) == 64
    assert ip_fingerprint("", purpose="a") == ""


def test_stored_rating_fingerprints_keep_their_value(settings):
    """Ratings stored before the helper moved to core still match their reader's address."""
    settings.RATINGS_IP_SALT = "pepper"
    purpose = "careercompare.ratings.ip" + "pepper"
    assert ip_hash("2001:db8:1:2::99") == (
        salted_hmac(purpose, "2001:db8:1:2::", algorithm="sha256").hexdigest()
    )
    assert ip_hash("203.0.113.4") == (
        salted_hmac(purpose, "203.0.113.4", algorithm="sha256").hexdigest()
    )


def test_the_newsletter_limit_and_the_rating_limit_fold_addresses_alike(settings):
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 1
    assert limits.count_signup("2001:db8:7:7::1")
    assert not limits.count_signup("2001:db8:7:7:1:2:3:4")
    assert ip_hash("2001:db8:7:7::1") == ip_hash("2001:db8:7:7:1:2:3:4")
