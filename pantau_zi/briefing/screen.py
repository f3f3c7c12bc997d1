"""A slide as HTML for the projector: the text parts and tables, escaped, in type sized for the back of a room.

Charts are drawn by Plotly beside this markup; everything here is plain strings, testable without Streamlit.
"""

from __future__ import annotations

import html

import pandas as pd

from pantau_zi.briefing.slide import Slide

# Streamlit's own chrome (header with the page menu, sidebar, toolbar) is hidden while presenting, and the
# page gets the whole 16:9 screen. Everything is sized in --u, one pixel of a 1920x1080 slide scaled to the
# screen, so a 1366x768 projector shows the same slide smaller instead of cut off: body text is at least 28 u and
# headline figures at least 96 u. The chart's box is sized here too, since Plotly fills the box it is given; it
# leaves room for a title on two lines.
CHART_BOX_HEIGHT = 740
PRESENTING_CSS = """
<style>
:root { --u: min(1px, calc(100vh / 1080), calc(100vw / 1920)); }
header[data-testid="stHeader"], section[data-testid="stSidebar"], div[data-testid="stSidebarCollapsedControl"],
div[data-testid="stToolbar"], div[data-testid="stDecoration"], footer { display: none !important; }
div[data-testid="stMainBlockContainer"], .block-container {
  padding: calc(19 * var(--u)) calc(40 * var(--u)) calc(8 * var(--u)) calc(40 * var(--u)) !important;
  max-width: 100% !important; }
.stApp { background: #ffffff; color: #000000; }
.zi-slide h1 { font-size: calc(60 * var(--u)); line-height: 1.1; font-weight: 800; margin: 0 0 calc(12 * var(--u)) 0;
  padding: 0; color: #000000; }
.zi-slide .zi-message { font-size: calc(36 * var(--u)); line-height: 1.25; margin: 0 0 calc(16 * var(--u)) 0;
  color: #000000; }
.zi-slide .zi-big { font-size: calc(132 * var(--u)); line-height: 1.0; font-weight: 800; color: #0b3d91;
  margin: calc(24 * var(--u)) 0 calc(8 * var(--u)) 0; }
.zi-slide .zi-big-label { font-size: calc(34 * var(--u)); line-height: 1.25; color: #000000; }
.zi-slide ul { margin: calc(8 * var(--u)) 0 0 0; padding-left: 1.2em; }
.zi-slide li { font-size: calc(34 * var(--u)); line-height: 1.35; margin: 0 0 calc(10 * var(--u)) 0; color: #000000; }
.zi-slide table { border-collapse: collapse; width: 100%; }
.zi-slide th { font-size: calc(28 * var(--u)); text-align: left; border-bottom: calc(4 * var(--u)) solid #000000;
  padding: calc(8 * var(--u)) calc(14 * var(--u)); }
.zi-slide td { font-size: calc(30 * var(--u)); border-bottom: 1px solid #666666;
  padding: calc(8 * var(--u)) calc(14 * var(--u)); color: #000000; }
.zi-slide td + td { white-space: nowrap; }
.zi-title-slide { padding-top: calc(160 * var(--u)); }
.zi-title-slide h1 { font-size: calc(96 * var(--u)); }
.zi-title-slide .zi-message { font-size: calc(56 * var(--u)); font-weight: 700; color: #0b3d91; }
.zi-footer { font-size: calc(28 * var(--u)); color: #000000; }
div:has(> div.st-key-briefing-body) { flex: 0 0 calc(CHART_HEIGHT * var(--u)) !important;
  height: calc(CHART_HEIGHT * var(--u)) !important; }
div[data-testid="stHorizontalBlock"]:has(div.st-key-briefing-next) { position: fixed; left: calc(40 * var(--u));
  right: calc(40 * var(--u)); bottom: calc(12 * var(--u)); width: auto !important; z-index: 100;
  background: #ffffff; }
div[class*="st-key-briefing-hidden"] { display: none !important; }
div[class*="st-key-briefing-"] button { min-height: 0; padding: calc(6 * var(--u)) calc(12 * var(--u)); }
div[class*="st-key-briefing-"] button p { font-size: calc(28 * var(--u)); }
</style>
""".replace("CHART_HEIGHT", str(CHART_BOX_HEIGHT))


def _text(value) -> str:
    return html.escape(str(value))


def heading_html(slide: Slide) -> str:
    """The title and the one message of the slide."""
    message = f'<p class="zi-message">{_text(slide.message)}</p>' if slide.message else ""
    kind = "zi-slide zi-title-slide" if slide.key == "title" else "zi-slide"
    return f'<div class="{kind}"><h1>{_text(slide.title)}</h1>{message}</div>'


def figure_html(slide: Slide) -> str:
    """The big figure with its label, then the points as a list; empty when the slide has neither."""
    parts = []
    if slide.big_value is not None:
        parts.append(f'<div class="zi-big">{_text(slide.big_value)}</div>')
        if slide.big_label:
            parts.append(f'<div class="zi-big-label">{_text(slide.big_label)}</div>')
    if slide.points:
        parts.append("<ul>" + "".join(f"<li>{_text(point)}</li>" for point in slide.points) + "</ul>")
    return f'<div class="zi-slide">{"".join(parts)}</div>' if parts else ""


def table_html(table: pd.DataFrame) -> str:
    """The table in projector type; cells are escaped, since names come from data files."""
    head = "".join(f"<th>{_text(column)}</th>" for column in table.columns)
    rows = "".join("<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
                   for row in table.itertuples(index=False))
    return f'<div class="zi-slide"><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def has_side(slide: Slide) -> bool:
    """Whether the slide has a big figure or points to show beside its chart or table."""
    return slide.big_value is not None or bool(slide.points)
