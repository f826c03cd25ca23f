"""Small helpers the store's interfaces share: JSON text columns and ``IN`` lists in chunks."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any


def dumps(value: Any, *, sort_keys: bool = False, default: Any = None) -> str:
    """JSON text as the store keeps it (non-ASCII as it is)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys, default=default)


def loads(text: str | None, empty: Any) -> Any:
    """A JSON text column's value; ``empty`` when the column is empty or NULL."""
    return json.loads(text) if text else empty


def chunked(values: Iterable[Any], size: int = 500) -> Iterator[list[Any]]:
    """``values`` in lists of at most ``size`` (the length of one ``IN (...)`` list)."""
    it = iter(values)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


__all__ = ["chunked", "dumps", "loads"]
