"""The unit counts every screen, slide and download shows, each defined here once, with the one label it carries.

- As of a date: screens count on 31 December of the chosen year (metrics.unit_years), a briefing on its own
  date (`holdings_on`); both agree at a year's end.
- "Berpredikat" is holding WBK or WBBM on that date (`predicate`); a WBBM holder held WBK first, so the
  split is `wbk` (holding WBK, not yet WBBM) plus `wbbm`. A revoked unit holds neither.
- A target is compared with the pemda's own units (`*_pemda`) of the regions that have one; the general
  counts follow the owner filter.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from pantau_zi.i18n import format_number, t
from pantau_zi.status import STAGES, status_on

HELD = ("wbk", "wbbm")
# panel column -> catalogue key of its label; tables, cards, charts and slides all take it from here.
LABELS = {
    "declared": "metric.declared",
    "predicate": "metric.predicate",
    "wbk": "metric.wbk",
    "wbbm": "metric.wbbm",
    "declared_pemda": "metric.declared_pemda",
    "predicate_pemda": "metric.predicate_pemda",
    "wbbm_pemda": "metric.wbbm_pemda",
    "predicate_pemda_targeted": "metric.predicate_pemda_targeted",
}
# The count a WBK target is measured against, and its WBBM part (the split shown beside it).
TARGET_COUNT, TARGET_COUNT_WBBM = "predicate_pemda", "wbbm_pemda"


# Tables whose rows say a region's units were looked at: a region with none of them has unknown counts, not zero.
COUNTED_BY = ("units", "declarations", "targets", "perangkat_daerah")


def counted_regions(data) -> frozenset[str]:
    """The regions whose units somebody recorded (a unit, declaration, target or perangkat daerah row)."""
    return frozenset().union(*(set(getattr(data, table)["region_code"]) for table in COUNTED_BY))


def missing_where_uncounted(panel: pd.DataFrame, counted, columns) -> pd.DataFrame:
    """The panel with the count columns missing (NaN, never 0) in the regions nobody counted."""
    unknown = ~panel["region_code"].isin(set(counted))
    if not unknown.any():
        return panel
    present = [column for column in columns if column in panel.columns]
    return panel.assign(**{column: panel[column].astype("float64").where(~unknown, np.nan) for column in present})


def label(column: str, lang: str) -> str:
    """The label of a defined count."""
    return t(LABELS[column], lang)


def split_text(wbk: int, wbbm: int, lang: str) -> str:
    """'6 WBK, 1 WBBM': the predicate count's two parts, as every screen writes them."""
    return t("metric.predicate.split", lang, wbk=format_number(wbk, 0, lang), wbbm=format_number(wbbm, 0, lang))


def holdings_text(held: dict[str, int], lang: str) -> str:
    """The sentence a briefing and the unit page say the holdings in: '14 unit sudah mencanangkan ZI; 7 berpredikat
    WBK/WBBM (6 WBK, 1 WBBM).'"""
    return t("metric.holdings", lang, declared=format_number(held["declared"], 0, lang),
             predicate=format_number(held["predicate"], 0, lang), split=split_text(held["wbk"], held["wbbm"], lang))


def standing_on(events: pd.DataFrame, on: date | pd.Timestamp) -> pd.Series:
    """Where each unit with an event stands on a date: the predicate it holds, else its latest stage.

    A WBK holder proposed for WBBM still stands at WBK: it holds it until the next award or a revocation.
    """
    status = status_on(events, on)
    return status["predicate"].where(status["predicate"].isin(HELD), status["stage"])


def holdings_on(unit_ids, events: pd.DataFrame, on: date | pd.Timestamp) -> dict[str, int]:
    """The units' counts on a date: declared (any event by then), predicate, wbk and wbbm, as defined above."""
    standing = standing_on(events[events["unit_id"].isin(set(unit_ids))], on)
    wbk, wbbm = int((standing == "wbk").sum()), int((standing == "wbbm").sum())
    return {"declared": len(standing), "predicate": wbk + wbbm, "wbk": wbk, "wbbm": wbbm}


def standing_counts(unit_ids, events: pd.DataFrame, on: date | pd.Timestamp) -> pd.Series:
    """How many of the units stand at each stage on the date (standing_on; stages in lifecycle order, zeros kept)."""
    standing = standing_on(events[events["unit_id"].isin(set(unit_ids))], on)
    return standing.value_counts().reindex(list(STAGES), fill_value=0).astype(int)
