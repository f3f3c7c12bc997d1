"""Ombudsman RI compliance assessments as reported: several reports per government and year, one shown."""

from __future__ import annotations

import pandas as pd

from pantau_zi.paths import REAL_DIR

REPORTED_FILE = REAL_DIR / "ombudsman.csv"
# Ombudsman's own pages outrank news articles retelling them.
AUTHORITATIVE_HOST = "ombudsman.go.id"


def mark_preferred(table: pd.DataFrame) -> pd.DataFrame:
    """Choose one row per government and year and flag the years whose reports disagree."""
    rank = (table["publisher"].str.endswith(AUTHORITATIVE_HOST).astype(int) * 4
            + table["score"].notna().astype(int) * 2 + table["zone"].notna().astype(int))
    ordered = table.assign(_rank=rank).sort_values(["year", "level", "code", "_rank"], ascending=[True, True, True, False],
                                                   kind="stable")
    first = ~ordered.duplicated(["year", "level", "code"])
    views = ordered.groupby(["year", "level", "code"])
    distinct = views["score"].transform(lambda s: s.dropna().astype(float).nunique()) > 1
    distinct |= views["zone"].transform(lambda s: s.dropna().nunique()) > 1
    return ordered.assign(preferred=first, conflict=distinct).drop(columns="_rank").sort_index()


def load_reported(path=REPORTED_FILE) -> pd.DataFrame:
    """Every reported assessment, typed; `preferred` marks the row to show for each government and year."""
    return pd.read_csv(path, dtype={"code": "string", "level": "string", "zone": "string", "grade": "string"})
