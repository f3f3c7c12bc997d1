"""A slide as HTML for the projector: the text parts and tables, escaped, in type sized for the back of a room.

Charts are drawn by Plotly beside this markup; everything here is plain strings, testable without Streamlit.
"""

from __future__ import annotations

import html

import pandas as pd

from pantau_zi.briefing.slide import Slide

# Streamlit's own chrome (header with the page menu, sidebar, toolbar) is hidden while presenting, and the
# page gets the whole 16:9 screen. Body text is at least 28 px and headline figures at least 96 px at 1920x1080.
PRESENTING_CSS = """
<style>
header[data-testid="stHeader"], section[data-testid="stSidebar"], div[data-testid="stSidebarCollapsedControl"],
div[data-testid="stToolbar"], div[data-testid="stDecoration"], footer { display: none !important; }
div[data-testid="stMainBlockContainer"], .block-container { padding: 1.2rem 2.5rem 0.5rem 2.5rem !important;
  max-width: 100% !important; }
.stApp { background: #ffffff; color: #000000; }
.zi-slide h1 { font-size: 60px; line-height: 1.1; font-weight: 800; margin: 0 0 12px 0; padding: 0; color: #000000; }
.zi-slide .zi-message { font-size: 36px; line-height: 1.25; margin: 0 0 16px 0; color: #000000; }
.zi-slide .zi-big { font-size: 132px; line-height: 1.0; font-weight: 800; color: #0b3d91; margin: 24px 0 8px 0; }
.zi-slide .zi-big-label { font-size: 34px; line-height: 1.25; color: #000000; }
.zi-slide ul { margin: 8px 0 0 0; padding-left: 1.2em; }
.zi-slide li { font-size: 34px; line-height: 1.35; margin: 0 0 10px 0; color: #000000; }
.zi-slide table { border-collapse: collapse; width: 100%; }
.zi-slide th { font-size: 28px; text-align: left; border-bottom: 4px solid #000000; padding: 8px 14px; }
.zi-slide td { font-size: 30px; border-bottom: 1px solid #666666; padding: 8px 14px; color: #000000; }
.zi-slide td + td { white-space: nowrap; }
.zi-title-slide { padding-top: 160px; }
.zi-title-slide h1 { font-size: 96px; }
.zi-title-slide .zi-message { font-size: 56px; font-weight: 700; color: #0b3d91; }
.zi-footer { font-size: 28px; color: #000000; }
div[data-testid="stHorizontalBlock"]:has(div.st-key-briefing-next) { position: fixed; left: 2.5rem; right: 2.5rem;
  bottom: 12px; width: auto !important; z-index: 100; background: #ffffff; }
div[class*="st-key-briefing-hidden"] { display: none !important; }
div[class*="st-key-briefing-"] button p { font-size: 28px; }
</style>
"""


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
