"""Deterministic storage of the model's arrays.

``numpy.savez`` stamps the current time into its zip members, so two identical trainings
would give different bytes. Artefacts here are zip files of ``.npy`` members with a fixed
timestamp, so ``vigil train`` run twice gives byte-identical files (checked by a test).
No pickles: loading an artefact never executes code.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np

_EPOCH = (1980, 1, 1, 0, 0, 0)


def save_arrays(path: str | Path, arrays: dict[str, np.ndarray]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.save(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


def load_arrays(path: str | Path) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            with zf.open(name) as fh:
                out[name.removesuffix(".npy")] = np.load(io.BytesIO(fh.read()), allow_pickle=False)
    return out


__all__ = ["load_arrays", "save_arrays"]
