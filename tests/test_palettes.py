"""Every categorical palette stays distinguishable for readers with deuteranopia or protanopia.

Colour vision deficiency is simulated with the matrices of Machado, Oliveira and Fernandes (2009), "A
Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), table at severity 1.0,
applied to linear RGB. Distances are CIEDE2000 in CIELAB (D65).

Threshold: 10. About 2 is a just-noticeable difference side by side; categorical palettes are read across a
legend and a chart, not side by side, and ten times that is the margin commonly asked of categorical colours.
"""

from __future__ import annotations

import itertools
import math

import pytest

from pantau_zi import mapping
from pantau_zi.figures import NO_DATA_COLOUR, SEQUENTIAL, TARGET_COLOUR, WBBM_COLOUR, WBK_COLOUR
from pantau_zi.figures import briefing as briefing_charts
from pantau_zi.figures import profile as profile_charts
from pantau_zi.figures.progress import PROJECTION_COLOUR

MINIMUM = 10.0
MACHADO = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
}
# Colours a reader must tell apart within one chart or legend; every pair is compared.
CATEGORICAL = {
    "profile stages (timeline)": [colour for colour, _ in profile_charts.STAGE_STYLE.values()],
    "briefing stages": list(briefing_charts.STAGE_COLOURS.values()),
    "profile goals": list(profile_charts.GOAL_COLOURS.values()),
    "Ombudsman zones (map)": list(mapping.ZONE_COLOURS),
    "holdings vs target (overview, targets)": [WBK_COLOUR, WBBM_COLOUR, TARGET_COLOUR, PROJECTION_COLOUR],
    "LKE parts": [NO_DATA_COLOUR, WBK_COLOUR, TARGET_COLOUR, "#000000", profile_charts.WBBM_MINIMUM_COLOUR],
}
# A legend of ordered classes: only neighbours must differ (no data, then the ramp).
ORDERED = {"map classes": [NO_DATA_COLOUR, *SEQUENTIAL]}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def simulated_lab(colour: str, vision: str) -> tuple[float, float, float]:
    """The colour as a reader with the given vision sees it, in CIELAB (D65)."""
    rgb = [_linear(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in MACHADO[vision])
    xyz = (0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b,
           0.0193 * r + 0.1192 * g + 0.9505 * b)
    white = (0.95047, 1.0, 1.08883)

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(value / reference) for value, reference in zip(xyz, white))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1."""
    (l1, a1, b1), (l2, a2, b2) = first, second
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1, a2 = a1 * (1 + g), a2 * (1 + g)
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1, h2 = (math.degrees(math.atan2(b, a)) % 360 if (a or b) else 0.0 for a, b in ((a1, b1), (a2, b2)))
    dl, dc = l2 - l1, c2 - c1
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 if abs(h2 - h1) <= 180 else h2 - h1 - 360 * math.copysign(1, h2 - h1))
    dh_big = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc, sh = 1 + 0.045 * c_mean, 1 + 0.015 * c_mean * t
    rt = (-2 * math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dh_big / sh) ** 2 + rt * (dc / sc) * (dh_big / sh))


def test_ciede2000_matches_the_published_test_pairs():
    # Sharma, Wu and Dalal (2005), table 1, pairs 1 and 17.
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_the_simulation_keeps_greys_grey_and_merges_red_with_green():
    assert ciede2000(simulated_lab("#999999", "deuteranopia"), simulated_lab("#999999", "normal")) < 1
    normal = ciede2000(simulated_lab("#d62728", "normal"), simulated_lab("#2ca02c", "normal"))
    assert ciede2000(simulated_lab("#d62728", "deuteranopia"), simulated_lab("#2ca02c", "deuteranopia")) < normal / 3


def too_close(pairs, vision: str) -> list[str]:
    return [f"{a} {b}: {ciede2000(simulated_lab(a, vision), simulated_lab(b, vision)):.1f}" for a, b in pairs
            if ciede2000(simulated_lab(a, vision), simulated_lab(b, vision)) < MINIMUM]


@pytest.mark.parametrize("vision", ["normal", "deuteranopia", "protanopia"])
def test_every_pair_of_a_categorical_palette_stays_apart(vision):
    found = {name: too_close(itertools.combinations(colours, 2), vision) for name, colours in CATEGORICAL.items()}
    assert {name: pairs for name, pairs in found.items() if pairs} == {}


@pytest.mark.parametrize("vision", ["normal", "deuteranopia", "protanopia"])
def test_neighbouring_legend_classes_stay_apart(vision):
    found = {name: too_close(zip(colours, colours[1:]), vision) for name, colours in ORDERED.items()}
    assert {name: pairs for name, pairs in found.items() if pairs} == {}
