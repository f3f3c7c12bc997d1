"""A headline figure's recent trend as a tiny static SVG line.

Drawn as an image rather than a chart: four or six interactive charts on one screen slowed every redraw
by a third of a second, and a trend this small needs no hover or zoom.
"""

from __future__ import annotations

import math

from pantau_zi.figures import WBK_COLOUR

WIDTH, HEIGHT, PADDING = 240, 44, 4


def sparkline_svg(values: tuple[float, ...], colour: str = WBK_COLOUR) -> str | None:
    """An SVG polyline through the values, lowest at the bottom; None when there are fewer than two."""
    points = [value for value in values if value is not None and not math.isnan(value)]
    if len(points) < 2:
        return None
    low, high = min(points), max(points)
    span = (high - low) or 1.0
    step = (WIDTH - 2 * PADDING) / (len(points) - 1)
    coordinates = " ".join(
        f"{PADDING + index * step:.1f},{HEIGHT - PADDING - (value - low) / span * (HEIGHT - 2 * PADDING):.1f}"
        for index, value in enumerate(points))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
            f'viewBox="0 0 {WIDTH} {HEIGHT}"><polyline points="{coordinates}" fill="none" stroke="{colour}" '
            f'stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/></svg>')
