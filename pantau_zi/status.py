"""The Zona Integritas lifecycle of a unit: which events may follow which, and its status on a date.

Public reporting often gives only an award or a revocation ("Polres Y's WBK was revoked on 30 Jun 2022"). A unit
whose first recorded event is WBK, WBBM or dicabut has an earlier history that is unknown, not absent: it declared
and was proposed on dates nobody recorded, a WBBM holder held WBK before, a revoked unit held some predicate.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

STAGES = ("pencanangan", "pembangunan", "usulan", "evaluasi_tpn", "wbk", "wbbm", "dicabut")
STAGE_ORDER = {stage: position for position, stage in enumerate(STAGES)}
PREDICATE_STAGES = ("wbk", "wbbm", "dicabut")
# A first recorded event among these means the history before it is unknown.
AWARD_ONLY_FIRST = PREDICATE_STAGES
# PermenPAN-RB 90/2021: a revoked unit may not be proposed again for two years.
REPROPOSAL_BAN_YEARS = 2


HELD = ("wbk", "wbbm", "unknown")  # "unknown": a predicate was held, which one the record does not say
# Rule keys as small codes (0: no rule broken), and a unit's predicate as a code, for the array form below.
RULES = (None, "declared_twice", "before_declaration", "reproposed_within_ban", "evaluation_without_proposal",
         "wbk_already_held", "wbbm_without_wbk", "revoked_without_predicate")
_RULE = {rule: code for code, rule in enumerate(RULES)}
_NONE, _WBK, _WBBM, _UNKNOWN = range(4)
_NO_BAN = np.datetime64("NaT")  # no revocation yet
# The state just before a unit's first recorded event, by that event's stage: declared, proposal pending, predicate.
_IMPLIED = {"wbk": (True, True, _NONE), "wbbm": (True, True, _WBK), "dicabut": (True, False, _UNKNOWN)}
_IMPLIED_BY_STAGE = [np.array([_IMPLIED.get(stage, (False, False, _NONE))[part] for stage in STAGES], dtype=dtype)
                     for part, dtype in enumerate((bool, bool, "int8"))]


def _ban_ends(revoked: np.ndarray) -> np.ndarray:
    """The days (datetime64[D]) on which the reproposal ban after each revocation day ends; 29 February -> 28."""
    month = revoked.astype("datetime64[M]")
    end_month = month + np.timedelta64(12 * REPROPOSAL_BAN_YEARS, "M")
    days_in_end_month = (end_month + np.timedelta64(1, "M")).astype("datetime64[D]") - end_month.astype("datetime64[D]")
    return end_month.astype("datetime64[D]") + np.minimum(revoked - month.astype("datetime64[D]"),
                                                          days_in_end_month - np.timedelta64(1, "D"))


def _broken_rules(stage: np.ndarray, day: np.ndarray, ban_end: np.ndarray, declared: np.ndarray,
                  pending: np.ndarray, predicate: np.ndarray) -> np.ndarray:
    """The rule code each event breaks given its unit's state just before it (arrays aligned event by event)."""
    s = {name: stage == STAGE_ORDER[name] for name in STAGES}
    within_ban = day < ban_end
    award = s["wbk"] | s["wbbm"]
    # np.select takes the first condition that holds: the rules in the order a unit's state is checked.
    return np.select([
        s["pencanangan"] & declared, s["pencanangan"], ~declared,
        s["usulan"] & within_ban,
        s["evaluasi_tpn"] & ~pending,
        s["wbk"] & (predicate != _NONE),
        s["wbbm"] & (predicate != _WBK),
        award & ~pending & within_ban,
        s["dicabut"] & (predicate == _NONE),
    ], [_RULE["declared_twice"], 0, _RULE["before_declaration"], _RULE["reproposed_within_ban"],
        _RULE["evaluation_without_proposal"], _RULE["wbk_already_held"], _RULE["wbbm_without_wbk"],
        _RULE["reproposed_within_ban"], _RULE["revoked_without_predicate"]], 0)


def stage_codes(stages: pd.Series) -> np.ndarray:
    """Each stage's position in STAGES (-1 for anything else); a dictionary map on text columns was 10x slower."""
    return pd.Categorical(stages, categories=STAGES).codes.astype("int64")


def chronological(events: pd.DataFrame) -> pd.DataFrame:
    """Events per unit in date order; same-day events in lifecycle order."""
    codes = stage_codes(events["stage"])
    order = np.where(codes < 0, np.nan, codes)  # an unknown stage last, as a missing order sorts
    return events.assign(_order=order).sort_values(["unit_id", "date", "_order"], kind="stable").drop(columns="_order")


def lifecycle_violations(events: pd.DataFrame) -> pd.Series:
    """For each event, the key of the lifecycle rule it breaks, or None; aligned with events' index.

    An event that breaks a rule leaves its unit's state as it was. Each unit's events are laid out in date order
    and taken one position at a time for every unit at once, so the work is vectors, not a Python step per event.
    """
    unit = pd.factorize(events["unit_id"])[0]
    missing = unit < 0  # a row without a unit id is a unit of its own, as no id equals a missing one
    unit[missing] = unit.max(initial=-1) + 1 + np.arange(missing.sum())
    stage = stage_codes(events["stage"])
    stamp = events["date"].to_numpy()
    order = np.lexsort((stage, stamp, unit))  # as chronological(): stable, same-day events in lifecycle order
    unit, stage, day = unit[order], stage[order], stamp[order].astype("datetime64[D]")
    ban_after = _ban_ends(day)
    starts = np.flatnonzero(np.r_[True, unit[1:] != unit[:-1]]) if len(unit) else np.array([], dtype="int64")
    lengths = np.diff(np.r_[starts, len(unit)])
    declared, pending, predicate = (implied[stage[starts]] for implied in _IMPLIED_BY_STAGE)
    ban_end = np.full(len(starts), _NO_BAN, dtype="datetime64[D]")
    rules = np.zeros(len(unit), dtype="int8")
    for position in range(int(lengths.max()) if len(lengths) else 0):
        units = np.flatnonzero(lengths > position)
        at = starts[units] + position
        broken = _broken_rules(stage[at], day[at], ban_end[units], declared[units], pending[units],
                               predicate[units])
        rules[at] = broken
        kept, on, stages = units[broken == 0], at[broken == 0], stage[at][broken == 0]
        declared[kept[stages == STAGE_ORDER["pencanangan"]]] = True
        pending[kept[stages == STAGE_ORDER["usulan"]]] = True
        settled = np.isin(stages, [STAGE_ORDER[name] for name in PREDICATE_STAGES])
        pending[kept[settled]] = False
        for name, code in (("wbk", _WBK), ("wbbm", _WBBM), ("dicabut", _NONE)):
            predicate[kept[stages == STAGE_ORDER[name]]] = code
        revoked = stages == STAGE_ORDER["dicabut"]
        ban_end[kept[revoked]] = ban_after[on[revoked]]
    reasons = np.empty(len(unit), dtype=object)
    reasons[order] = np.array(RULES, dtype=object)[rules]
    return pd.Series(reasons, index=events.index, dtype="object")


def earlier_history_unknown(events: pd.DataFrame) -> pd.Series:
    """Per unit_id: True when its first recorded event is an award or a revocation (riwayat sebelumnya tidak
    tercatat); the one test profile, unit history, preview and metrics share."""
    first = chronological(events).groupby("unit_id", sort=True)["stage"].first()
    return first.isin(AWARD_ONLY_FIRST).rename("earlier_history_unknown")


def status_on(events: pd.DataFrame, on: date | pd.Timestamp) -> pd.DataFrame:
    """Each unit's latest stage and its predicate (wbk, wbbm, dicabut or none) as of a date, as text: the screens
    fill and sort them with values no event has ('belum'), which a categorical column refuses."""
    past = chronological(events[events["date"] <= pd.Timestamp(on)])
    latest = past.groupby("unit_id").tail(1).set_index("unit_id")[["stage", "date"]]
    awards = past[past["stage"].isin(PREDICATE_STAGES)].groupby("unit_id").tail(1).set_index("unit_id")["stage"]
    return latest.rename(columns={"date": "since"}).assign(stage=latest["stage"].astype("str"),
                                                           predicate=awards.reindex(latest.index).astype("str"))


def predicate_by_year(events: pd.DataFrame, years: range) -> pd.DataFrame:
    """Predicate each unit holds at the end of each year: rows unit_id, year, predicate (wbk, wbbm or dicabut)."""
    changes = chronological(events[events["stage"].isin(PREDICATE_STAGES)])
    changes = changes.assign(year=changes["date"].dt.year)
    last = changes.groupby(["unit_id", "year"]).tail(1).set_index(["unit_id", "year"])["stage"]
    if last.empty:
        return pd.DataFrame(columns=["unit_id", "year", "predicate"])
    # Filled as plain objects: a row-wise ffill on pandas' string dtype took 2.2 s where objects take 0.01 s (4x data).
    wide = last.astype(object).unstack("year").reindex(
        columns=range(min(years.start, last.index.levels[1].min()), years.stop))
    wide = wide.ffill(axis=1)[list(years)]
    wide.columns.name = "year"
    return wide.stack().dropna().astype(last.dtype).rename("predicate").reset_index()
