"""Where the dataset on screen comes from: the CSV folders, or the current version in the store once imported.

A source is a small hashable value, so every cached computation can be keyed on it and a new version is a new key.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, fields
from pathlib import Path

import pandas as pd

from pantau_zi import cache, metrics, store
from pantau_zi.loading import EMBEDDED_PARTS, Dataset, gather, load_dataset
from pantau_zi.paths import REFERENCE_DIR
from pantau_zi.schema import TABLES


@dataclass(frozen=True)
class Files:
    """The CSV tables spread over some folders (the embedded dataset by default)."""

    parts: tuple[Path, ...] = EMBEDDED_PARTS
    version: None = None


@dataclass(frozen=True)
class Stored:
    """One version in the store at a URL."""

    url: str
    version: int


Source = Files | Stored


_OPEN: dict[str, store.Store] = {}
_OPENING = threading.Lock()


def opened(url: str) -> store.Store:
    """One open store per URL for the whole process (its engine pools the connections)."""
    with _OPENING:
        if url not in _OPEN:
            _OPEN[url] = store.open_store(url)
        return _OPEN[url]


def close_stores() -> None:
    """Close every store opened so far; the next use opens it again (after its database was replaced)."""
    with _OPENING:
        for opened_store in _OPEN.values():
            opened_store.engine.dispose()
        _OPEN.clear()


def current_source(parts: tuple[Path, ...], url: str) -> Source:
    """The store's current version when something was imported, else the CSV folders."""
    version = store.current_version(opened(url))
    return Files(parts) if version is None else Stored(url, version)


DATASET_TABLES = tuple(field.name for field in fields(Dataset))
REFERENCE_FILES = (REFERENCE_DIR / "provinces.csv", REFERENCE_DIR / "regencies.csv")


def cache_key(source: Source, what: str) -> str:
    """The disk cache's key for something made from a source: a hash of the files, or the version's identity.

    A stored version is named by its id and when and from what it was made, so a store emptied and filled again
    (ids counted from 1 anew) never meets an entry of the store it replaced.
    """
    if isinstance(source, Files):
        inputs = [part / f"{name}.csv" for part in source.parts for name in TABLES]
        return cache.key_of([what, *REFERENCE_FILES, *inputs])
    return cache.key_of([what, *REFERENCE_FILES, source.url, store.version_stamp(opened(source.url), source.version)])


def _validated(source: Source) -> Dataset:
    if isinstance(source, Files):
        return load_dataset(source.parts)
    return store.load_dataset_version(opened(source.url), source.version)


def load(source: Source) -> Dataset:
    """The validated dataset of a source, from the disk cache when it holds it; DatasetError lists every problem."""
    key = cache_key(source, "dataset")
    tables = cache.read(key, DATASET_TABLES)
    if tables is not None:
        return Dataset(**tables)
    data = _validated(source)
    cache.write(key, {name: getattr(data, name) for name in DATASET_TABLES})
    return data


def unit_cube(source: Source, data: Dataset) -> pd.DataFrame:
    """metrics.unit_cube of the source's dataset (given, as loaded), from the disk cache when it holds it."""
    key = cache_key(source, "unit_cube")
    tables = cache.read(key, ["unit_cube"])
    if tables is not None:
        return tables["unit_cube"]
    cube = metrics.unit_cube(metrics.unit_years(data.units, data.events))
    cache.write(key, {"unit_cube": cube})
    return cube


def text_tables(source: Source) -> dict[str, pd.DataFrame]:
    """Every table of a source as the text the store keeps, without origin columns; absent tables empty."""
    if isinstance(source, Stored):
        return store.load_version(opened(source.url), source.version)
    tables = {}
    for name, columns in store.table_columns().items():
        frame = gather(source.parts, name)[0]
        tables[name] = (pd.DataFrame({column: pd.Series(dtype=str) for column in columns}) if frame is None
                        else frame[columns])
    return tables
