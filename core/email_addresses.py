"""One spelling per mailbox: the canonical form of an e-mail address, and whether the internet
can deliver to it.

`a@ex\u200bample.com` and `a@example.com` reach the same mailbox (IDNA drops the zero-width
space when the mail is sent), as do full-width letters and upper-case domains. Stored as typed,
they would be two subscribers: one person gets every issue twice and per-address limits count
them apart. `canonical()` maps all of them to one string; `deliverable_problem()` names why an
address cannot get mail from the internet (`a@localhost`, `a@[127.0.0.1]`, `a@intranet`).
"""

import unicodedata

# Top-level names that never resolve on the public internet (RFC 6761, RFC 6762, RFC 8375).
PRIVATE_TLDS = frozenset({"localhost", "local", "invalid", "internal", "arpa", "lan", "home"})


class AddressError(ValueError):
    """The text cannot be turned into an address at all."""


def canonical(value: str) -> str:
    """NFKC, format characters (zero-width spaces, joiners, soft hyphens…) removed, the domain
    IDNA-encoded, the whole address in lower case. Raises AddressError."""
    text = unicodedata.normalize("NFKC", value or "").strip()
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise AddressError("no @ between a name and a domain")
    domain = domain.rstrip(".")
    if domain.startswith("["):
        return f"{local}@{domain}".lower()  # an IP literal: kept for deliverable_problem()
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise AddressError("the domain is not a valid internet name") from error
    return f"{local}@{ascii_domain}".lower()


def deliverable_problem(address: str) -> str | None:
    """Why mail from the internet cannot reach `address` (a canonical one), or None."""
    domain = address.rpartition("@")[2]
    if domain.startswith("["):
        return "an IP address in brackets"
    labels = domain.split(".")
    if len(labels) < 2:
        return "a domain without a dot"
    if labels[-1] in PRIVATE_TLDS:
        return f"a private domain (.{labels[-1]})"
    return None
