"""Validated, typed tables kept on disk as parquet, so a restart reads them instead of validating again.

An entry lives in a folder named by its key; a key is a hash of everything the tables were made from (the input
files' bytes or the store version's identity, and the code that validates and derives them), so a changed input
or a new version is a new key and never meets a stale entry. An entry that cannot be read is treated as absent.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow

from pantau_zi import settings
from pantau_zi.paths import STORE_DIR

PACKAGE_DIR = Path(__file__).resolve().parent
# The code whose output is cached: a change to any of it is a new key.
MADE_BY = ("cache.py", "loading.py", "schema.py", "status.py", "metrics.py", "datasource.py", "store.py", "paths.py")
DEFAULT_DIR = STORE_DIR / "cache"
DTYPES_FILE = "dtypes.json"
KEEP = 8  # entries kept; older ones (earlier versions, earlier files) are removed


def cache_dir() -> Path:
    """The folder entries are kept in: PANTAU_ZI_CACHE_DIR, else cache/ in the store's default folder."""
    return Path(settings.setting("PANTAU_ZI_CACHE_DIR") or DEFAULT_DIR)


def key_of(parts: Iterable[str | bytes | Path]) -> str:
    """A hash of the given texts and files' bytes (a missing file counts as absent), the code and its libraries."""
    digest = hashlib.sha256(f"pandas {pd.__version__} pyarrow {pyarrow.__version__}".encode())
    for name in MADE_BY:
        digest.update((PACKAGE_DIR / name).read_bytes())
    for part in parts:
        if isinstance(part, Path):
            digest.update(str(part).encode())
            if part.is_file():
                with part.open("rb") as file:
                    digest.update(hashlib.file_digest(file, "sha256").digest())
            else:
                digest.update(b"\0absent")
        else:
            digest.update(part if isinstance(part, bytes) else part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


NO_TEXT = pd.CategoricalDtype(pd.Index([], dtype="str"))


def _as_written(frame: pd.DataFrame, dtypes: Mapping[str, str]) -> pd.DataFrame:
    """The frame with the dtypes it was written with: parquet has no seconds unit and hands them back as ms, and
    a category column without a value (a dataset's notes, all empty) back with object categories, not text."""
    changed = {column: dtype for column, dtype in dtypes.items() if str(frame[column].dtype) != dtype}
    changed |= {column: NO_TEXT for column, dtype in frame.dtypes.items()
                if isinstance(dtype, pd.CategoricalDtype) and dtype.categories.empty and dtype.categories.dtype == object}
    return frame.astype(changed) if changed else frame


def read(key: str, names: Iterable[str]) -> dict[str, pd.DataFrame] | None:
    """The tables of an entry, or None when it is missing, incomplete or unreadable."""
    folder = cache_dir() / key
    try:
        dtypes = json.loads((folder / DTYPES_FILE).read_text(encoding="utf-8"))
        return {name: _as_written(pd.read_parquet(folder / f"{name}.parquet"), dtypes[name]) for name in names}
    except Exception:  # any entry that does not read back (missing, truncated, garbage) is simply rebuilt
        return None


def write(key: str, tables: Mapping[str, pd.DataFrame]) -> None:
    """Keep the tables under the key; written aside and moved in whole, so a reader never sees half an entry.

    Only the newest KEEP entries stay. A cache that cannot be written (read-only or full disk) costs only speed.
    """
    root = cache_dir()
    staging = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
        for name, frame in tables.items():
            frame.to_parquet(staging / f"{name}.parquet", index=False)
        dtypes = {name: {column: str(dtype) for column, dtype in frame.dtypes.items()} for name, frame in tables.items()}
        (staging / DTYPES_FILE).write_text(json.dumps(dtypes), encoding="utf-8")
        target = root / key
        shutil.rmtree(target, ignore_errors=True)
        os.replace(staging, target)
    except OSError:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        return
    _prune(root)


def _prune(root: Path) -> None:
    """Remove all but the newest KEEP entries; another server pruning or writing at the same time is no error."""
    dated = []
    for entry in root.iterdir():
        try:
            if entry.is_dir() and not entry.name.startswith("."):
                dated.append((entry.stat().st_mtime, entry))
        except OSError:
            continue
    for _, old in sorted(dated, reverse=True)[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)
