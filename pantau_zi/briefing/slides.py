"""The slides of a briefing: a scope (a kabupaten/kota, a province or the nation) on a date, in the user's
language. Each slide is built by one small function; `build_slides` puts them in order. No Streamlit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

import pandas as pd

from pantau_zi import mapping, measures, metrics, profile, progress, spi, views
from pantau_zi.briefing.changes import change_counts, changes_between, next_candidates
from pantau_zi.briefing.slide import Slide
from pantau_zi.exports import localised
from pantau_zi.figures import maps, shortened
from pantau_zi.figures import progress as progress_charts
from pantau_zi.figures.briefing import PROJECTOR_FONT, SLIDE_CHART_HEIGHT, for_projector, stage_chart
from pantau_zi.filters import Filters, selected_units
from pantau_zi.i18n import format_date, format_number, t
from pantau_zi.loading import Dataset

TABLE_ROWS = 5  # more rows than this cannot be read from the back of a room
SOURCE_LINES = 6
MAP_LEGEND_PX = 80  # the legend's strip under the map


@dataclass(frozen=True)
class Scope:
    """What a briefing is about: progress.NATION, a province code or a kabupaten/kota code, and its name."""

    code: str
    name: str
    province: str | None   # the province its map shows; None for the nation

    @property
    def is_region(self) -> bool:
        return "." in self.code


def region_codes(scope: Scope, panel: pd.DataFrame) -> list[str]:
    """The kabupaten/kota a scope covers: the region itself, or every region of the panel."""
    return [scope.code] if scope.is_region else list(panel["region_code"].unique())


@dataclass(frozen=True)
class Inputs:
    """Everything the slides are computed from: the panel covers the scope's province (or the nation).

    What several slides need is derived once, on first use."""

    data: Dataset
    panel: pd.DataFrame
    units: pd.DataFrame          # the scope's units under the sidebar filters
    geojson: dict                # detailed boundaries, for a province
    national: dict               # coarse boundaries, for the nation
    scope: Scope
    on: date
    since: date
    lang: str
    spi: pd.DataFrame | None = None  # KPK's SPI table (spi.load_spi); without it the SPI slide says there is none

    @cached_property
    def scope_panel(self) -> pd.DataFrame:
        """The panel rows of the scope itself: one region's, or all of them."""
        return self.panel[self.panel["region_code"] == self.scope.code] if self.scope.is_region else self.panel

    @cached_property
    def rows(self) -> dict[str, pd.DataFrame]:
        """Every dataset row about the scope's regions and units."""
        return profile.region_rows(self.data, region_codes(self.scope, self.panel), self.units)

    @cached_property
    def kind_statuses(self) -> dict[str, pd.DataFrame]:
        """Status against each kind of target of every region of the panel in the briefing's year."""
        return {kind: progress.region_status(self.panel, self.on.year, kind) for kind in progress.TARGETS}

    @cached_property
    def statuses(self) -> pd.DataFrame:
        """WBK target status of every region of the panel in the briefing's year."""
        return self.kind_statuses["wbk"]

    @cached_property
    def targets(self) -> pd.DataFrame:
        """progress.every_target of the scope: a row per kind of target it has."""
        return progress.every_target({kind: progress.choice_status([self.scope.code], table, self.on.year)
                                      for kind, table in self.kind_statuses.items()})

    @cached_property
    def status(self) -> pd.Series:
        """WBK target status of the scope, summed for a province or the nation."""
        return progress.choice_status([self.scope.code], self.statuses, self.on.year).iloc[0]


def scope_of(data: Dataset, province: str | None, region: str | None, lang: str) -> Scope:
    """The narrowest place chosen: the region, else the province, else the nation."""
    if region:
        row = data.regencies.set_index("code").loc[region]
        return Scope(region, shortened(row["name"]), row["province_code"])
    if province:
        return Scope(province, shortened(data.provinces.set_index("province_code").at[province, "name"]), province)
    return Scope(progress.NATION, t("scope.nation", lang), None)


def inputs_for(data: Dataset, panel: pd.DataFrame, geojson: dict, national: dict, filters: Filters, on: date,
               since: date, lang: str, survey: pd.DataFrame | None = None) -> Inputs:
    """The inputs of a briefing on the place the filters choose; `panel` is theirs without the region filter."""
    scope = scope_of(data, filters.province, filters.region, lang)
    units = data.units[selected_units(data.units, filters, region_codes(scope, panel))]
    return Inputs(data, panel, units, geojson, national, scope, on, since, lang, survey)


def data_as_of(data: Dataset) -> date:
    """The date of the latest event in the dataset, at the latest 31 December of the last year the metrics cover:
    an award dated after it (the 2025 cycle's ceremony was on 11 February 2026) has no year to be counted in."""
    last = date(metrics.YEARS[-1], 12, 31)
    latest = data.events["date"].max()
    return last if pd.isna(latest) else min(latest.date(), last)


def title_slide(inputs: Inputs) -> Slide:
    lang = inputs.lang
    points = (t("briefing.title.as_of", lang, date=format_date(data_as_of(inputs.data), lang)),)
    if profile.has_synthetic(inputs.rows):
        points += (t("briefing.title.synthetic", lang),)
    return Slide("title", t("briefing.title", lang, scope=inputs.scope.name),
                 message=format_date(inputs.on, lang), points=points)


# kind of target -> (slide title, label of the big figure) keys
PROGRESS_TEXTS = {"wbk": ("briefing.progress.title", "briefing.progress.against"),
                  "declared": ("briefing.progress.declared_title", "briefing.progress.declared_against"),
                  "wbbm": ("briefing.progress.wbbm_title", "briefing.progress.wbbm_against")}
# a declaration target's status -> its message key (its pace says little: units declare once)
DECLARED_MESSAGES = {"achieved": "briefing.progress.declared_reached", "missed": "briefing.progress.declared_missed",
                     "on_track": "briefing.progress.declared_running", "off_track": "briefing.progress.declared_running"}


def progress_slide(inputs: Inputs) -> Slide:
    """Pemda units against the scope's headline target (WBK, else declaration, else WBBM) and whether the current
    pace reaches it in time; the chart only where it has something to draw, else the words saying why not."""
    lang, year, scope = inputs.lang, inputs.on.year, inputs.scope
    kind = progress.headline_target(inputs.targets) or "wbk"
    statuses = inputs.kind_statuses[kind]
    status = progress.choice_status([scope.code], statuses, year).iloc[0]
    series = progress.yearly(inputs.panel, progress.chart_regions(scope.code, statuses), kind)
    series = series[series["year"] <= year]
    note = progress.empty_chart_note(series, kind, inputs.targets, scope.name, lang, group=not scope.is_region)
    chart = None if note else for_projector(progress_charts.progress_chart(series, status, "", year, lang, kind))
    title, against = PROGRESS_TEXTS[kind]
    if status["status"] == "no_target":
        holding = views.scope_totals(inputs.scope_panel).set_index("year")
        return Slide("progress", t(title, lang), note or t("briefing.progress.no_target", lang),
                     big_value=format_number(holding.at[year, "predicate_pemda"], 0, lang),
                     big_label=t("briefing.progress.holding", lang), chart=chart)
    deadline = int(status["deadline_year"])
    message = DECLARED_MESSAGES[status["status"]] if kind == "declared" else f"briefing.progress.{status['status']}"
    return Slide("progress", t(title, lang),
                 t(message, lang, deadline=deadline, projected=format_number(status["projected"], 0, lang),
                   gap=format_number(max(status["target"] - status["current"], 0), 0, lang)),
                 big_value=f"{format_number(status['current'], 0, lang)} / {format_number(status['target'], 0, lang)}",
                 big_label=t(against, lang, deadline=deadline), chart=chart)


def map_slide(inputs: Inputs) -> Slide:
    """Coverage of perangkat daerah across the province (or the nation), the scope's own region outlined."""
    lang, year, scope = inputs.lang, inputs.on.year, inputs.scope
    column = mapping.METRICS["cakupan"]
    values = mapping.map_values(inputs.panel, inputs.data, year, column)
    geojson, view = mapping.drawn_geometry(inputs.geojson, inputs.national, values["region_code"],
                                           zoomed=bool(scope.province), padding=0.05)
    highlight = scope.code if scope.is_region else None
    figure = maps.choropleth(mapping.classify(values, column, lang), geojson, "", view, highlight,
                             height=SLIDE_CHART_HEIGHT)
    figure.update_layout(font=PROJECTOR_FONT, margin={"l": 0, "r": 0, "t": 0, "b": MAP_LEGEND_PX})
    figure.update_traces(colorbar={"tickfont": PROJECTOR_FONT, "thickness": 24})
    coverage = views.scope_totals(inputs.scope_panel).set_index("year").at[year, column]
    shown = f"{format_number(coverage, 0, lang)}%" if pd.notna(coverage) else "\u2013"
    message = t("briefing.map.message", lang, scope=scope.name, year=year)
    rank = None
    if scope.is_region:
        province = shortened(inputs.data.provinces.set_index("province_code").at[scope.province, "name"])
        rank = profile.province_rank(inputs.panel, scope.code, year, column, province)
    if rank is not None:
        message = t("briefing.map.rank", lang, position=rank.position, of=rank.of, year=year)
    return Slide("map", t("briefing.map.title", lang), message, big_value=shown,
                 big_label=t("briefing.map.coverage", lang), chart=figure)


def spi_slide(inputs: Inputs) -> Slide:
    """KPK's SPI (real) up to the briefing's year: a region's index, zone and change; a province's or the nation's
    kabupaten/kota counted by zone, with their median."""
    lang, year = inputs.lang, inputs.on.year
    title, source = t("briefing.spi.title", lang), t("briefing.spi.source", lang)
    codes = region_codes(inputs.scope, inputs.panel)
    survey = inputs.spi if inputs.spi is not None else pd.DataFrame(columns=["year", "level", "code", "index", "source"])
    latest = spi.latest_values(survey.loc[survey["code"].isin(codes) & (survey["level"] != "provinsi")], year)
    if latest.empty:
        return Slide("spi", title, t("briefing.spi.none", lang, year=year), points=(source,))
    shown = int(latest["year"].max())
    if inputs.scope.is_region:
        row = latest.iloc[0]
        change = ("" if pd.isna(row["change"]) else
                  t("briefing.spi.change", lang, change=f"{'+' if row['change'] > 0 else ''}"
                                                        f"{format_number(row['change'], 2, lang)}", before=shown - 1))
        return Slide("spi", title, t("briefing.spi.region", lang, zone=t(f"spi.zone.{row['zone']}", lang)) + change,
                     big_value=format_number(row["index"], 2, lang), big_label=t("briefing.spi.label", lang, year=shown),
                     points=(source,))
    zones = [name for name, _ in sorted(spi.ZONE_FLOORS, key=lambda pair: pair[1])]
    counts = latest["zone"].value_counts()
    points = tuple(f"{t(f'spi.zone.{name}', lang)}: {format_number(int(counts.get(name, 0)), 0, lang)}"
                   for name in zones) + (source,)
    return Slide("spi", title, t("briefing.spi.scope", lang, count=len(latest), total=len(codes), year=shown),
                 big_value=format_number(latest["index"].median(), 2, lang),
                 big_label=t("briefing.spi.median", lang, year=shown), points=points)


def stages_slide(inputs: Inputs) -> Slide:
    """Where the scope's units stand on the date, counted as the screens count on 31 December (measures)."""
    lang = inputs.lang
    held = measures.holdings_on(inputs.units["unit_id"], inputs.data.events, inputs.on)
    message = measures.holdings_text(held, lang)
    counts = measures.standing_counts(inputs.units["unit_id"], inputs.data.events, inputs.on)
    return Slide("stages", t("briefing.stages.title", lang, date=format_date(inputs.on, lang)), message,
                 chart=stage_chart(counts, lang) if held["declared"] else None)


def _unit_names(units: pd.DataFrame, unit_ids: pd.Series, lang: str) -> pd.Series:
    """The units' names as a slide's table shows them: a 5,000-character name ran 40 inches past the page foot."""
    return unit_ids.map(profile.unit_label(units, lang)).map(shortened)


def changes_slide(inputs: Inputs) -> Slide:
    """How many units declared, were proposed, won or lost a predicate since the earlier date; the latest of them."""
    lang = inputs.lang
    title = t("briefing.changes.title", lang, since=format_date(inputs.since, lang))
    if not measures.counted_regions(inputs.data) & set(region_codes(inputs.scope, inputs.panel)):
        # nobody recorded the place's units (Hanya data nyata, say): no count of changes, not four zeros
        return Slide("changes", title, t("target.empty.no_data", lang, name=inputs.scope.name))
    changes = changes_between(inputs.units["unit_id"], inputs.data.events, inputs.since, inputs.on)
    counts = change_counts(changes)
    points = tuple(t(f"briefing.changes.{kind}", lang, count=format_number(count, 0, lang))
                   for kind, count in counts.items())
    latest = changes.head(TABLE_ROWS)
    table = pd.DataFrame({"date": latest["date"].map(lambda day: format_date(day.date(), lang, short=True)),
                          "name": _unit_names(inputs.units, latest["unit_id"], lang),
                          "stage": latest["stage"].map(lambda stage: t(f"stage.{stage}", lang))})
    message = t("briefing.changes.message" if len(changes) else "briefing.changes.none", lang,
                since=format_date(inputs.since, lang))
    return Slide("changes", title, message, points=points, table=localised(table, lang) if len(table) else None)


def next_slide(inputs: Inputs) -> Slide:
    """The pemda units closest to a WBK, as many as the target still needs (at least a few)."""
    lang, status = inputs.lang, inputs.status
    candidates = next_candidates(inputs.units, inputs.data.events, inputs.on)
    if status["status"] in ("on_track", "off_track"):
        gap = int(max(status["target"] - status["current"], 0))
        message = t("briefing.next.gap", lang, gap=format_number(gap, 0, lang), deadline=int(status["deadline_year"]))
    else:
        message = t("briefing.next.no_gap", lang)
    shown = candidates.head(TABLE_ROWS)
    table = pd.DataFrame({"name": _unit_names(inputs.units, shown["unit_id"], lang),
                          "unit_type": shown["unit_type"],
                          "stage": shown["stage"].map(lambda stage: t(f"stage.{stage}", lang)),
                          "since": shown["since"].map(lambda day: format_date(day.date(), lang, short=True))})
    if candidates.empty:
        message = t("briefing.next.none", lang)
    return Slide("next", t("briefing.next.title", lang), message,
                 big_value=format_number(len(candidates), 0, lang), big_label=t("briefing.next.waiting", lang),
                 table=localised(table, lang) if len(table) else None)


def sources_slide(inputs: Inputs) -> Slide:
    """The sources the scope's rows cite, real articles first; the rest counted."""
    lang = inputs.lang
    sources = profile.sources_cited(inputs.data, inputs.rows)
    published = sources["published"].map(lambda day: format_date(day.date(), lang), na_action="ignore")
    lines = tuple(" \u2014 ".join(part for part in parts if pd.notna(part))
                  for parts in zip(sources["title"], sources["publisher"], published))[:SOURCE_LINES]
    if len(sources) > SOURCE_LINES:
        lines += (t("briefing.sources.more", lang, count=len(sources) - SOURCE_LINES),)
    return Slide("sources", t("briefing.sources.title", lang), t("briefing.sources.message", lang), points=lines)


SLIDES = (title_slide, progress_slide, map_slide, spi_slide, stages_slide, changes_slide, next_slide, sources_slide)


def build_slides(inputs: Inputs) -> list[Slide]:
    """Every slide of the briefing, in the order they are shown."""
    return [make(inputs) for make in SLIDES]
