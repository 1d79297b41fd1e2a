"""One page, one key: the URL normaliser shared by WARC grouping and articles."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["normalise_url"]

# Query parameters that say how a reader arrived, never which page they read.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "at_", "itm_", "ns_")
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "igshid",
        "mkt_tok",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "smid",
        "ito",
        "at_medium",
        "at_campaign",
        "ref_src",
        "cmp",
        "smtyp",
        "xtor",
        "ref",
        "referrer",
        "s_cid",
    }
)


def normalise_url(url: str) -> str:
    """The key under which captures of one page are grouped.

    Lower-cases the scheme and host and treats ``http`` as ``https``; drops a
    leading ``www.``, the default port, user information, the fragment, a
    trailing slash on the path (but not the root ``/``) and tracking
    parameters (``utm_*``, ``fbclid``, ``gclid`` and their kin); sorts the
    other query parameters (their order names no other page). A string that is not an absolute
    http(s) URL is returned stripped of surrounding whitespace, unchanged
    otherwise.

    >>> normalise_url("http://www.Example.com/news/story/?utm_source=x&id=7#top")
    'https://example.com/news/story?id=7'
    >>> normalise_url("https://example.com/")
    'https://example.com/'
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"} or not parts.hostname:
        return text
    host = parts.hostname.lower().rstrip(".")
    host = host.removeprefix("www.")
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    if port is not None and port not in {80, 443}:
        host = f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = sorted(
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _TRACKING and not key.lower().startswith(_TRACKING_PREFIXES)
    )
    return urlunsplit(("https", host, path, urlencode(query), ""))
