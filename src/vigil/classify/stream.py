"""The ``vigil classify`` stream: JSONL (or plain lines) in, one JSON verdict a line out.

Lines are read and scored in batches (the cascade is fastest on a few thousand texts at a
time), and written in input order. A line that is not a JSON object with a string
``text`` becomes ``{"id": null, "line": N, "error": "..."}`` and the stream goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from vigil.extract import detect_language

BATCH_LINES = 2048


def _parse(line: str, n: int, fmt: str) -> tuple[Any, str, str | None] | dict[str, Any]:
    """(id, text, lang) of one input line, or the error record for it."""
    if fmt == "lines":
        return (n, line.rstrip("\r\n"), None)
    raw = line.strip()
    if not raw:
        return {"id": None, "line": n, "error": "empty line"}
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        return {"id": None, "line": n, "error": f"invalid JSON: {e.msg}"}
    if not isinstance(obj, dict):
        return {"id": None, "line": n, "error": "not a JSON object"}
    text = obj.get("text")
    if not isinstance(text, str):
        return {"id": None, "line": n, "error": "missing or non-string 'text'"}
    lang = obj.get("lang") if isinstance(obj.get("lang"), str) and obj.get("lang") else None
    return (obj.get("id"), text, lang)


def classify_lines(
    lines: Iterable[str], detector: Any, fmt: str = "jsonl", batch: int = BATCH_LINES
) -> Iterator[dict[str, Any]]:
    """Yield one output record per input line, in order."""
    buf: list[tuple[int, str]] = []
    n = 0
    for n, line in enumerate(lines, start=1):
        buf.append((n, line))
        if len(buf) >= batch:
            yield from _run(buf, detector, fmt)
            buf = []
    if buf:
        yield from _run(buf, detector, fmt)


def _run(buf: list[tuple[int, str]], detector: Any, fmt: str) -> Iterator[dict[str, Any]]:
    parsed = [_parse(line, n, fmt) for n, line in buf]
    ok = [i for i, p in enumerate(parsed) if isinstance(p, tuple)]
    items = [parsed[i] for i in ok]
    texts = [p[1] for p in items if isinstance(p, tuple)]
    langs = [(p[2] or detect_language(p[1])) for p in items if isinstance(p, tuple)]
    verdicts = detector.score(texts, langs) if texts else []
    by_pos = {i: (item, lang, v) for i, item, lang, v in zip(ok, items, langs, verdicts, strict=True)}
    for i, p in enumerate(parsed):
        if isinstance(p, dict):
            yield p
            continue
        item, lang, v = by_pos[i]
        assert isinstance(item, tuple)
        yield {
            "id": item[0],
            "lang": lang,
            "score": v.score,
            "flagged": v.flagged,
            "themes": v.themes,
            "evidence": v.evidence,
        }


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")
        count += 1
    return count


__all__ = ["BATCH_LINES", "classify_lines", "write_jsonl"]
