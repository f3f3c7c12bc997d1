"""What a briefing reports about units: where they stand on a date, what changed since an earlier one, and
which units are closest to the next predicate. Pure pandas, no Streamlit."""

from __future__ import annotations

from datetime import date

import pandas as pd

from pantau_zi.status import REPROPOSAL_BAN_YEARS, status_on

# What a change is called in a briefing, and the lifecycle stages that count as it.
CHANGE_KINDS = {"declared": ("pencanangan",), "proposed": ("usulan",), "awarded": ("wbk", "wbbm"),
                "revoked": ("dicabut",)}
# Stages a unit without a predicate can be at, furthest along first: the order it is expected to move in.
TOWARDS_PREDICATE = ("evaluasi_tpn", "usulan", "pembangunan", "pencanangan", "dicabut")


def changes_between(unit_ids, events: pd.DataFrame, since: date, on: date) -> pd.DataFrame:
    """The units' events after `since` up to and including `on`, newest first."""
    window = events["date"].gt(pd.Timestamp(since)) & events["date"].le(pd.Timestamp(on))
    changed = events[window & events["unit_id"].isin(set(unit_ids))]
    return changed.sort_values(["date", "unit_id"], ascending=[False, True]).reset_index(drop=True)


def change_counts(changes: pd.DataFrame) -> dict[str, int]:
    """Number of events of each change kind (declared, proposed, awarded, revoked)."""
    return {kind: int(changes["stage"].isin(stages).sum()) for kind, stages in CHANGE_KINDS.items()}


def next_candidates(units: pd.DataFrame, events: pd.DataFrame, on: date) -> pd.DataFrame:
    """The pemda units without a predicate on the date that may be proposed, furthest along first, longest waiting
    first within a stage; a unit revoked in the last REPROPOSAL_BAN_YEARS years may not be proposed yet."""
    own = units[units["owner_type"] == "pemda"]
    standing = status_on(events[events["unit_id"].isin(set(own["unit_id"]))], on)
    waiting = standing[standing["stage"].isin(TOWARDS_PREDICATE)]
    banned = (waiting["stage"] == "dicabut") & (
        waiting["since"] > pd.Timestamp(on) - pd.DateOffset(years=REPROPOSAL_BAN_YEARS))
    waiting = waiting[~banned]
    order = waiting["stage"].map({stage: position for position, stage in enumerate(TOWARDS_PREDICATE)})
    ranked = waiting.assign(_order=order).sort_values(["_order", "since"], kind="stable")
    return (ranked.drop(columns=["_order", "predicate"]).join(own.set_index("unit_id")[["name", "unit_type"]])
            .rename_axis("unit_id").reset_index()[["unit_id", "name", "unit_type", "stage", "since"]])

