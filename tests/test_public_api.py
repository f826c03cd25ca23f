"""The package's API is explicit: every package declares ``__all__`` and every name in it exists."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import vigil


def _modules() -> list[tuple[str, bool]]:
    found = [("vigil", True)]
    for info in pkgutil.walk_packages(vigil.__path__, "vigil."):
        if not info.name.endswith("__main__"):
            found.append((info.name, info.ispkg))
    return found


@pytest.mark.parametrize(("name", "is_package"), _modules())
def test_all_names_exist(name: str, is_package: bool) -> None:
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if is_package:
        assert exported is not None, f"package {name} must declare __all__"
    missing = [n for n in exported or () if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names missing attributes: {missing}"
