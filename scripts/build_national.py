"""Rebuild data/real/national.csv: the reported national ZI figures of shared/domain and shared/data in one table.

Rows are kept as reported, each with its scope (which carries the caveats) and source; a figure reported by
both files once. `national` is true only where the scope is the whole country, not one agency's subset.

    python scripts/build_national.py [path/to/shared]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.paths import REAL_DIR, REPO_ROOT, SHARED_DATA_DIR  # noqa: E402

OUT = REAL_DIR / "national.csv"


def build(shared: Path) -> pd.DataFrame:
    """Both reported files as one table, exact repeats dropped, national-scope rows flagged."""
    domain = pd.read_csv(shared / "domain" / "national-by-year.csv", dtype=str).assign(origin="domain/national-by-year.csv")
    additions = pd.read_csv(shared / "data" / "national-additions.csv", dtype=str).assign(
        origin="data/national-additions.csv")
    table = pd.concat([domain, additions], ignore_index=True)
    table = table.drop_duplicates(["year", "metric", "value", "source_url"])
    table["national"] = table["scope"].str.startswith("national")
    return table.sort_values(["year", "metric"], kind="stable")


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_DATA_DIR.parent
    table = build(shared)
    table.to_csv(OUT, index=False, lineterminator="\n")
    print(f"{len(table)} rows written to {OUT.relative_to(REPO_ROOT)} ({int(table['national'].sum())} national in scope)")


if __name__ == "__main__":
    main()
