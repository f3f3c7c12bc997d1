"""National ZI figures as reported (data/real/national.csv): what a year's reports say for the whole country.

Each figure keeps its scope, which carries the caveats ("almost certainly CUMULATIVE", "BPK Riau reports 77
instead"); two reports of one figure that disagree are both shown, never averaged or picked between.
"""

from __future__ import annotations

import pandas as pd

from pantau_zi.i18n import t
from pantau_zi.paths import REAL_DIR

NATIONAL_FILE = REAL_DIR / "national.csv"
# how a reported metric's name says what kind of figure it is; longest first, so '_cumulative_probable' wins
QUALIFIERS = ("_cumulative_probable", "_cumulative", "_alt")
PANEL_COLUMNS = ["figure", "value", "source_url", "scope"]  # the link before the long caveat, so it is in view
# every whole-country metric the reports give, in the order the panel reads (awards first); each has a label
METRICS = ("wbk_awarded", "wbbm_awarded", "units_awarded_total", "wbk_revoked", "units_proposed",
           "units_passed_to_further_evaluation", "instansi_declared_zi", "instansi_participating", "instansi_proposing",
           "instansi_proposing_kl", "instansi_proposing_pemprov", "instansi_proposing_pemkab_pemkot",
           "instansi_passed_admin", "instansi_awarded", "instansi_awarded_kl", "instansi_awarded_pemprov",
           "instansi_awarded_pemkab", "instansi_awarded_pemkot", "pemda_without_zi_predicate",
           "share_predicates_held_by_kl_pct")


def load_reported() -> pd.DataFrame:
    """The reported national figures with their scope, source and whether they cover the whole country."""
    table = pd.read_csv(NATIONAL_FILE, dtype={"metric": str, "scope": str, "source_url": str})
    return table.assign(national=table["national"].astype(bool))


def split_metric(metric: str) -> tuple[str, str | None]:
    """'wbk_awarded_cumulative_probable' -> ('wbk_awarded', 'cumulative_probable'); no qualifier -> None."""
    for qualifier in QUALIFIERS:
        if metric.endswith(qualifier):
            return metric.removesuffix(qualifier), qualifier[1:]
    return metric, None


def figure_label(metric: str, lang: str) -> str:
    """A reported metric in words: 'Unit meraih WBK (kumulatif)'."""
    base, qualifier = split_metric(metric)
    label = t(f"national.metric.{base}", lang)
    return label if qualifier is None else f"{label} ({t(f'national.qualifier.{qualifier}', lang)})"


def years_reported(table: pd.DataFrame) -> list[int]:
    """The years with at least one figure for the whole country."""
    return sorted(int(year) for year in table.loc[table["national"], "year"].unique())


def national_panel(table: pd.DataFrame, year: int, lang: str) -> pd.DataFrame:
    """The whole-country figures reported for a year, in words, each with its scope and source (PANEL_COLUMNS)."""
    rows = table[table["national"] & (table["year"] == year)]
    values = rows["value"].astype("Int64") if (rows["value"] % 1 == 0).all() else rows["value"]
    # every row here is national; what is left of the scope are its caveats
    caveats = rows["scope"].str.removeprefix("national").str.lstrip("; ").replace("", None)
    rows = rows.assign(value=values, scope=caveats, figure=rows["metric"].map(lambda metric: figure_label(metric, lang)),
                       _order=rows["metric"].map(lambda metric: METRICS.index(split_metric(metric)[0])))
    return rows.sort_values(["_order", "metric"], kind="stable")[PANEL_COLUMNS].reset_index(drop=True)
