"""URLs, domains, hashtags and mentions, pulled out of a post's text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_URL = re.compile(r"""(?i)\b((?:https?://|www\.)[^\s<>"'\u200f\u200e]+)""")
# Hashtags and mentions in any script: a word character run after # or @ that does
# not follow another word character (so e-mail addresses are not mentions).
_HASHTAG = re.compile(r"(?<![\w&])#(\w[\w\u0640]*)")
_MENTION = re.compile(r"(?<![\w.])@(\w{1,30})")
_TRAILING = ".,;:!?)]}'\"…"


@dataclass(frozen=True)
class Fields:
    urls: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    hashtags: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)


def _domain(url: str) -> str | None:
    if not url.lower().startswith(("http://", "https://")):
        url = "http://" + url
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def extract_fields(text: str) -> Fields:
    """Return the URLs, domains, hashtags and mentions of ``text``, in order, without repeats."""
    # a URL without a host ("https://" alone, as a truncated tweet leaves it) is not a link
    found = [(u, _domain(u)) for u in (m.rstrip(_TRAILING) for m in _URL.findall(text))]
    urls = [u for u, d in found if d]
    domains = [d for _u, d in found if d]
    without_urls = _URL.sub(" ", text)
    hashtags = [h.lower() for h in _HASHTAG.findall(without_urls)]
    mentions = [m.lower() for m in _MENTION.findall(without_urls)]
    return Fields(_unique(urls), _unique(domains), _unique(hashtags), _unique(mentions))
