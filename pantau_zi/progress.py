"""Whether regions, and groups of regions, are on course to reach their targets: units to declare ZI, to hold
WBK (or WBBM), to hold WBBM.

Pace rule: (count at the status year - count PACE_YEARS years earlier) / PACE_YEARS, i.e. the average
yearly net gain of the counted pemda units (revocations pull it down), measured over fewer years when the
panel starts later. The projection is the count at the status year plus that pace for each year left to the
deadline, never below zero. Pure pandas, no Streamlit.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pantau_zi.i18n import format_number, t

PACE_YEARS = 3
# target -> (panel column counted against it, panel column holding it); both are the pemda's own units, as in
# metrics.RATIOS, whose attainment percentages these statuses repeat.
TARGETS = {"declared": ("declared_pemda", "target_declared"), "wbk": ("predicate_pemda", "target_wbk"),
           "wbbm": ("wbbm_pemda", "target_wbbm")}
# The one target a single chart shows (the overview, the briefing): WBK first, the programme's headline.
HEADLINE_TARGETS = ("wbk", "declared", "wbbm")
# target -> the same count under the sidebar's filters, every owner included unless the owner filter says otherwise.
SHOWN_COUNTS = {"declared": "declared", "wbk": "predicate", "wbbm": "wbbm"}
STATUSES = ("achieved", "on_track", "off_track", "missed", "no_target")
STATUS_COLUMNS = ["target", "deadline_year", "current", "attainment", "pace", "projected", "status"]
NATION = "ID"  # the choice standing for every region in scope; a province is its two-digit code


def classify(target: pd.Series, current: pd.Series, deadline: pd.Series, projected: pd.Series,
             year: int) -> pd.Series:
    """Status of each row as of 31 December of `year`: a deadline year that ends short of the target is missed."""
    status = np.select(
        [target.isna().to_numpy(), (current >= target).to_numpy(), (deadline <= year).to_numpy(),
         (projected >= target).to_numpy()],
        ["no_target", "achieved", "missed", "on_track"], "off_track")
    return pd.Series(status, index=target.index)


def attainment(current: pd.Series, target: pd.Series) -> pd.Series:
    """Percent of the target reached, as metrics.with_ratios computes it; no (or a zero) target -> NaN."""
    return (100 * current / target.where(target > 0)).round(1)


def region_status(panel: pd.DataFrame, year: int, target: str = "wbk") -> pd.DataFrame:
    """Per region of the panel: the target in force in `year`, its deadline, the count, pace, projection and status."""
    counted, target_column = TARGETS[target]
    counts = panel.pivot(index="region_code", columns="year", values=counted)
    start = max(year - PACE_YEARS, int(counts.columns.min()))
    current = counts[year].astype("float64")
    pace = (current - counts[start]) / (year - start) if year > start else current * 0.0
    now = panel[panel["year"] == year].set_index("region_code").reindex(counts.index)
    goal = now[target_column].astype("float64")
    deadline = now["deadline_year"].astype("float64").where(goal.notna())
    projected = (current + pace * (deadline - year).clip(lower=0)).clip(lower=0).round(1)
    table = pd.DataFrame({"target": goal, "deadline_year": deadline, "current": current,
                          "attainment": attainment(current, goal), "pace": pace.round(2),
                          "projected": projected.where(goal.notna())})
    table["status"] = classify(table["target"], table["current"], table["deadline_year"], table["projected"], year)
    return table.join(now[["province_code"]]).reset_index()


SUMMED = ["target", "current", "pace", "projected"]


def grouped_status(statuses: pd.DataFrame, groups: pd.Series, year: int) -> pd.DataFrame:
    """aggregate_status of every group at once; `groups` names each region's group (aligned with `statuses`).

    A group without a region that has a target is absent; callers reindex and fill it as no_target.
    """
    with_target = statuses[statuses["status"] != "no_target"]
    grouped = with_target.groupby(groups[with_target.index])
    table = grouped[SUMMED].sum().round(2)
    table.insert(0, "regions", grouped.size())
    table["deadline_year"] = grouped["deadline_year"].max()
    table["attainment"] = attainment(table["current"], table["target"])
    table["status"] = classify(table["target"], table["current"], table["deadline_year"], table["projected"], year)
    return table


def _no_target(table: pd.DataFrame, groups) -> pd.DataFrame:
    filled = table.reindex(groups)
    missing = filled["status"].isna()
    filled.loc[missing, "regions"], filled.loc[missing, "status"] = 0, "no_target"
    return filled.astype({"regions": "int64"})


def aggregate_status(statuses: pd.DataFrame, year: int) -> pd.Series:
    """One row for a group of regions: sums over those with a target; the latest deadline; `regions` counted."""
    everyone = pd.Series(NATION, index=statuses.index)
    return _no_target(grouped_status(statuses, everyone, year), [NATION]).iloc[0]


def province_status(statuses: pd.DataFrame, year: int) -> pd.DataFrame:
    """aggregate_status for each province of the regions given."""
    provinces = sorted(statuses["province_code"].unique())
    table = _no_target(grouped_status(statuses, statuses["province_code"], year), provinces)
    return table.rename_axis("province_code").reset_index()


def yearly(panel: pd.DataFrame, region_codes, target: str = "wbk") -> pd.DataFrame:
    """Year by year for a region or a group: pemda units holding WBK only and WBBM, the pemda count the target
    counts, the same count of every unit the filters show, and the target in force.

    A target counts only up to its deadline year, so a group's line is the sum of the targets still running.
    """
    counted, target_column = TARGETS[target]
    rows = panel[panel["region_code"].isin(set(region_codes))]
    running = rows[target_column].astype("float64").where(rows["year"] <= rows["deadline_year"])
    by_year = rows.assign(counted=rows[counted], shown=rows[SHOWN_COUNTS[target]], target=running).groupby("year")
    # a year none of whose regions was counted (measures.counted_regions) has no count, not 0
    summed = by_year[["predicate_pemda", "wbbm_pemda", "counted", "shown"]].sum(min_count=1)
    summed["target"] = by_year["target"].sum(min_count=1)
    summed["wbk_only"] = summed["predicate_pemda"] - summed["wbbm_pemda"]
    return summed.reset_index()[["year", "wbk_only", "wbbm_pemda", "counted", "shown", "target"]]


def _members(choice: str, statuses: pd.DataFrame) -> pd.DataFrame:
    if choice == NATION:
        return statuses
    column = "region_code" if "." in choice else "province_code"
    return statuses[statuses[column] == choice]


def choice_status(choices, statuses: pd.DataFrame, year: int) -> pd.DataFrame:
    """One row per choice (NATION, a province code or a region code): its status, summed for groups."""
    provinces = [choice for choice in choices if choice != NATION and "." not in choice]
    in_chosen = statuses[statuses["province_code"].isin(provinces)]
    groups = _no_target(grouped_status(in_chosen, in_chosen["province_code"], year), provinces)
    if NATION in choices:
        groups.loc[NATION] = aggregate_status(statuses, year)
    own = statuses.set_index("region_code")[STATUS_COLUMNS]
    rows = []
    for choice in choices:
        if "." in choice and choice in own.index:
            row = own.loc[choice]
            rows.append({"choice": choice, "regions": int(row["status"] != "no_target"), **row})
        elif choice in groups.index:
            rows.append({"choice": choice, **groups.loc[choice]})
        else:
            rows.append({"choice": choice, "regions": 0, "status": "no_target"})
    return pd.DataFrame(rows, columns=["choice", "regions", *STATUS_COLUMNS])


def chart_regions(choice: str, statuses: pd.DataFrame) -> list[str]:
    """The regions a choice's chart sums: those with a target, or all of them when none has one."""
    members = _members(choice, statuses)
    with_target = members[members["status"] != "no_target"]
    return (with_target if len(with_target) else members)["region_code"].tolist()


def every_target(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """choice_status tables of each kind of target (the same choices in the same order) as one: a row per choice
    and kind of target it has, kinds in the order given; a choice with none keeps one no_target row, target_kind None."""
    rows = []
    for index in range(len(next(iter(tables.values())))):
        own = [{"target_kind": kind, **table.iloc[index]} for kind, table in tables.items()
               if table.iloc[index]["status"] != "no_target"]
        # without a target, no count is "the" current one: the chart or the words below say what there is
        rows += own or [{"target_kind": None, **next(iter(tables.values())).iloc[index], "current": np.nan,
                         "pace": np.nan}]
    return pd.DataFrame(rows, columns=["choice", "target_kind", "regions", *STATUS_COLUMNS])


def headline_target(targets: pd.DataFrame) -> str | None:
    """The one kind of target a single chart shows, of a choice's every_target rows: WBK first; None without any."""
    return next((kind for kind in HEADLINE_TARGETS if kind in set(targets["target_kind"])), None)


def _joined(parts: list[str], lang: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + t("target.empty.and", lang) + parts[-1]


def empty_chart_note(series: pd.DataFrame, target: str, targets: pd.DataFrame, name: str, lang: str,
                     group: bool = False) -> str | None:
    """None when a yearly series has something to draw (a count above zero or a target); else the sentence to say
    instead of a bare 0-1 axis: what is missing, how many units outside the pemda have it (targets count only the
    pemda's own), and the targets the place does have (its every_target rows). A `group` (nation, province) has no
    target of its own: its goals are its kabupaten/kota's, said with how many set each."""
    if series["counted"].gt(0).any() or series["target"].gt(0).any():
        return None
    if series["counted"].isna().all():
        return t("target.empty.no_data", lang, name=name)
    sentence = t(f"target.empty.{target}", lang)
    others = int(series["shown"].iloc[-1]) if len(series) else 0
    held = targets.dropna(subset=["target_kind"])
    if len(held):
        goals = [t(f"target.empty.goal.{row.target_kind}", lang, target=format_number(row.target, 0, lang),
                   deadline=int(row.deadline_year))
                 + (t("target.empty.goal.regions", lang, regions=format_number(row.regions, 0, lang)) if group else "")
                 for row in held.itertuples()]
        sentence += t("target.empty.targets_group" if group else "target.empty.targets", lang, name=name,
                      goals=_joined(goals, lang))
    else:
        sentence += t("target.empty.no_target", lang, name=name)
    if others:
        sentence += " " + t(f"target.empty.others.{target}", lang, count=format_number(others, 0, lang))
    return sentence
