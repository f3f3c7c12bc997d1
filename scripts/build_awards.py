"""Rebuild data/embedded/reported/: the WBK/WBBM awards reported in the news as real units, and the rows left out.

Each placed row becomes one unit with a single award event (its earlier history unknown, not invented); each row
that cannot be placed truthfully is written to left_out.csv with its reason. The script stops on a row it cannot
read (unknown year, a date outside its award cycle) and prints the counts.

    python scripts/build_awards.py [path/to/shared/data]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from pantau_zi.loading import load_dataset, load_reference  # noqa: E402
from pantau_zi.paths import EMBEDDED_DIR, REPO_ROOT, SHARED_DATA_DIR  # noqa: E402
from pantau_zi.reported import AWARDS_FILE, award_tables, write_award_tables  # noqa: E402
from pantau_zi.store import table_columns  # noqa: E402

OUT_DIR = EMBEDDED_DIR / "reported"
REPORTED_COLUMNS = ["year", "unit_name", "instansi", "owner_type", "region_name", "province", "predicate", "note",
                    "source_url"]


def check(reported: pd.DataFrame) -> None:
    """Stop on a file whose columns changed, a row without year, name or source, or a unit reported twice."""
    if list(reported.columns) != REPORTED_COLUMNS:
        raise SystemExit(f"{AWARDS_FILE}: expected columns {REPORTED_COLUMNS}, found {list(reported.columns)}")
    for column in ("year", "unit_name", "predicate", "source_url"):
        if reported[column].isna().any():
            raise SystemExit(f"{AWARDS_FILE}: empty {column} on line(s) {list(reported.index[reported[column].isna()] + 2)}")
    if not reported["year"].str.fullmatch(r"20\d\d").all():
        raise SystemExit(f"{AWARDS_FILE}: a year that is not 20NN")
    twice = reported.duplicated(["unit_name", "region_name"], keep=False)
    if twice.any():
        raise SystemExit(f"{AWARDS_FILE}: the same unit twice:\n{reported[twice]}")


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED_DATA_DIR
    reported = pd.read_csv(shared / AWARDS_FILE, dtype=str, keep_default_na=False, na_values=[""])
    check(reported)
    tables = award_tables(reported, load_reference()[1])
    write_award_tables(tables, OUT_DIR, table_columns())
    load_dataset((OUT_DIR,))  # the written tables must validate on their own
    units, left_out = tables["units"], tables["left_out"]
    print(f"{len(reported)} reported rows: {len(units)} units written to {OUT_DIR.relative_to(REPO_ROOT)} "
          f"({(units['owner_type'] == 'pemda').sum()} pemda, {(units['owner_type'] == 'vertikal').sum()} vertikal), "
          f"{len(left_out)} left out")
    print(left_out.groupby("reason").size().to_string())


if __name__ == "__main__":
    main()
