"""URL and domain lists.

A URL signal is the URL in canonical form (lower-case scheme and host, no ``www.``, no
fragment, no tracking parameters, no trailing slash): it matches exactly. A domain signal
is a host name; it matches that domain and every subdomain of it (``t.me`` in a bank
matches ``t.me`` and ``www.t.me``; ``files.example.org`` does not match ``example.org``).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vigil.signals.base import Comparison, ExactIndex, IndexMatch, SignalType, SignalTypeIndex, TextHasher

T = TypeVar("T")
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9-]{1,63}$")
_TRACKING = ("utm_", "fbclid", "gclid", "igshid", "si")


def canonical_domain(value: str) -> str:
    host = value.strip().lower()
    if "://" in host:
        host = urlsplit(host).hostname or ""
    host = host.split("/")[0].split(":")[0].rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise ValueError(f"not a domain: {value[:80]!r}") from exc
    if not _DOMAIN.match(host) or "." not in host:
        raise ValueError(f"not a domain: {value[:80]!r}")
    return host


def canonical_url(value: str) -> str:
    raw = value.strip()
    if "://" not in raw:
        raw = "http://" + raw
    parts = urlsplit(raw)
    if not parts.hostname:
        raise ValueError(f"not a URL: {value[:80]!r}")
    host = canonical_domain(parts.hostname)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        scheme = "https"
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith(_TRACKING)])
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host + port, path, query, ""))


class UrlSignal(SignalType, TextHasher):
    name = "url"
    threshold_doc = "exact on the canonical URL (https, no www., no fragment/tracking parameters)"

    @classmethod
    def validate(cls, signal: str) -> str:
        return canonical_url(signal)

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        same = canonical_url(query) == canonical_url(stored)
        return Comparison(same, 0.0 if same else 1.0)

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return ExactIndex

    @classmethod
    def hash_text(cls, text: str) -> str:
        return canonical_url(text)

    @classmethod
    def examples(cls) -> list[str]:
        return ["https://example.org/a", "https://t.me/somechannel/12", "https://news.example.com/story?id=4"]


class DomainIndex(SignalTypeIndex[T]):
    """Looks a host up and then each parent domain of it; distance = levels climbed."""

    def __init__(self) -> None:
        self._map: ExactIndex[T] = ExactIndex()

    def add(self, signal: str, payload: T) -> None:
        self._map.add(canonical_domain(signal), payload)

    def __len__(self) -> int:
        return len(self._map)

    def query(self, signal: str) -> list[IndexMatch[T]]:
        labels = canonical_domain(signal).split(".")
        out: list[IndexMatch[T]] = []
        for up in range(len(labels) - 1):
            for m in self._map.query(".".join(labels[up:])):
                out.append(IndexMatch(float(up), m.payload))
        return out


class DomainSignal(SignalType, TextHasher):
    name = "domain"
    threshold_doc = "the domain or any subdomain of it; distance = subdomain levels between them"

    @classmethod
    def validate(cls, signal: str) -> str:
        return canonical_domain(signal)

    @classmethod
    def compare(cls, query: str, stored: str) -> Comparison:
        q, s = canonical_domain(query), canonical_domain(stored)
        if q == s:
            return Comparison(True, 0.0)
        if q.endswith("." + s):
            return Comparison(True, float(q.count(".") - s.count(".")))
        return Comparison(False, 1e9)

    @classmethod
    def index_cls(cls) -> type[SignalTypeIndex[Any]]:
        return DomainIndex

    @classmethod
    def hash_text(cls, text: str) -> str:
        return canonical_domain(text)

    @classmethod
    def examples(cls) -> list[str]:
        return ["example.org", "t.me", "news.example.com", "archive.ph"]


__all__ = ["DomainIndex", "DomainSignal", "UrlSignal", "canonical_domain", "canonical_url"]
