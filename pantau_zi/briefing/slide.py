"""One slide of a briefing: everything a renderer (screen, PowerPoint, PDF) needs, already in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class Slide:
    """A title and one message, backed by a big figure, a chart, a table or a few short points (any of them)."""

    key: str
    title: str
    message: str = ""
    big_value: str | None = None
    big_label: str | None = None
    points: tuple[str, ...] = ()
    chart: go.Figure | None = None
    table: pd.DataFrame | None = None
