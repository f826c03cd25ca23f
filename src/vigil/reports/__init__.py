"""Corpus analytics and the research report.

``build_report(store, ...)`` computes every number (one streaming pass over the items,
plus quarantine, media and bank tables when they exist) into a :class:`Report`;
``render_html(report)`` draws it as one self-contained HTML page with plots;
``Report.to_dict()`` is the same numbers as JSON. ``vigil report`` calls these.
See ``docs/report.md`` for what each section means and how far to trust it.
"""

from __future__ import annotations

import os
import tempfile
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigil.reports.build import Report, build_report
    from vigil.reports.html import SECTIONS, render_html

# Building and drawing pull in matplotlib and networkx: imported on first use, so that
# every `vigil` command (which registers `vigil report`) does not pay for them.
_LAZY = {"Report": "build", "build_report": "build", "SECTIONS": "html", "render_html": "html"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f"vigil.reports.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def write_report(html: str, path: str) -> None:
    """Write the HTML atomically (a reader never sees half a report)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        umask = os.umask(0)  # mkstemp makes the file private; give it the mode a plain open() would
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


__all__ = ["SECTIONS", "Report", "build_report", "render_html", "write_report"]
