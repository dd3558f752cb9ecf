"""Text as editors meant it: browsers submit textarea lines ending in CR LF, we store LF."""


def normalise_newlines(value):
    """`value` with every CR LF and lone CR turned into LF; anything not a string as it is."""
    if not isinstance(value, str):
        return value
    return value.replace("\r\n", "\n").replace("\r", "\n")
