"""Kabupaten/kota polygons: the approximate embedded layer, an official file chosen by the user, and
the compact GeoJSON the map draws.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas
import numpy as np
import pandas as pd
import shapely

from pantau_zi.names import RegionMatcher
from pantau_zi.paths import GEO_DIR

KABKOTA_PATH = GEO_DIR / "kabkota.geojson"
PROVINSI_PATH = GEO_DIR / "provinsi.geojson"
NATIONAL_PATH = GEO_DIR / "kabkota_nasional.geojson"
WGS84 = "EPSG:4326"
# About 500 m: finer than a kabupaten map at national zoom needs, coarse enough to keep a render small.
WEB_TOLERANCE_DEG = 0.005
WEB_DECIMALS = 3
# The national layer is drawn at about 0.1 deg per pixel: a 0.15 deg tolerance moves edges by a pixel or two,
# islets under 0.04 deg^2 (about 500 km^2) are specks; 2 decimals would shrink the smallest kota, 3 do not.
NATIONAL_TOLERANCE_DEG = 0.15
NATIONAL_MIN_PART_DEG2 = 0.04
NATIONAL_DECIMALS = 3
# At 0.15 deg a kota of a few hundred km^2 shrinks to a sliver (Kota Medan drew 45 of its 278 km^2), so regions
# whose largest part is under 0.04 deg^2 (about 500 km^2) keep 0.03 deg, with every edge they touch; a finer
# tolerance or a larger threshold sends more than a national render may spend on the layer (a lower one turns
# Kota Lubuk Linggau, 0.032 deg^2, into a sliver).
NATIONAL_FINE_TOLERANCE_DEG = 0.03
NATIONAL_SMALL_PART_DEG2 = 0.04
# The whole national render (layer, names, values, page) measured 149 KB with the layer at 114 KB; at most
# 113 KB leaves a little room under the 150 KB a render may send.
MAX_NATIONAL_SENT_BYTES = 113 * 1024


class BoundaryFileError(ValueError):
    """An official boundary file that cannot be read or has no usable code or name column."""


def load_boundaries(path: Path = KABKOTA_PATH) -> geopandas.GeoDataFrame:
    """The embedded approximate layer: one row per kabupaten/kota, columns region_code and geometry."""
    layer = geopandas.read_file(path)
    return layer.rename(columns={"id": "region_code"})[["region_code", "geometry"]]


def load_province_boundaries(path: Path = PROVINSI_PATH) -> geopandas.GeoDataFrame:
    """The 38 provinces, dissolved from the kabupaten layer; columns province_code and geometry."""
    layer = geopandas.read_file(path)
    return layer.rename(columns={"id": "province_code"})[["province_code", "geometry"]]


def _read_official(path: Path) -> geopandas.GeoDataFrame:
    if not path.exists():
        raise BoundaryFileError(f"{path}: file not found")
    try:
        layer = geopandas.read_file(path)
    except Exception as error:  # pyogrio raises several unrelated types for unreadable files
        raise BoundaryFileError(f"{path.name}: {str(error).splitlines()[0]}") from error
    if layer.empty or layer.geometry.isna().all():
        raise BoundaryFileError(f"{path.name}: no features with geometry")
    return layer if layer.crs is None else layer.to_crs(WGS84)


def match_features(layer: geopandas.GeoDataFrame, column: str,
                   regencies: pd.DataFrame) -> tuple[geopandas.GeoDataFrame, list[str]]:
    """Give each feature its Kemendagri code; features of one code are dissolved; unmatched values are returned."""
    if column not in layer.columns:
        choices = ", ".join(c for c in layer.columns if c != layer.geometry.name)
        raise BoundaryFileError(f"column '{column}' not found (columns: {choices})")
    matcher = RegionMatcher.from_regencies(regencies)
    codes = layer[column].map(matcher.match)
    unmatched = sorted({str(value) for value in layer.loc[codes.isna(), column]})
    matched = layer.assign(region_code=codes).dropna(subset=["region_code"])
    if matched.empty:
        raise BoundaryFileError(f"no value of column '{column}' matches a kabupaten/kota code or name")
    dissolved = matched[["region_code", matched.geometry.name]].dissolve(by="region_code", as_index=False)
    return dissolved, unmatched


def web_ready(geometries: np.ndarray, tolerance: float = WEB_TOLERANCE_DEG) -> np.ndarray:
    """Valid, simplified, counter-clockwise polygons; neighbours keep shared edges when they formed a coverage."""
    valid = shapely.make_valid(geometries, method="structure", keep_collapsed=False)
    if shapely.coverage_is_valid(valid):
        simplified = shapely.coverage_simplify(valid, tolerance)
    else:
        simplified = shapely.simplify(valid, tolerance, preserve_topology=True)
    return shapely.orient_polygons(simplified)


def load_official_boundaries(path: Path, column: str,
                             regencies: pd.DataFrame) -> tuple[geopandas.GeoDataFrame, list[str]]:
    """An official boundary file matched to Kemendagri codes and made web-ready, plus its unmatched values."""
    matched, unmatched = match_features(_read_official(path), column, regencies)
    matched = matched.set_geometry(web_ready(matched.geometry.to_numpy()), crs=WGS84)
    return matched, unmatched


def geojson_for_plotly(layer: geopandas.GeoDataFrame, id_column: str = "region_code",
                       decimals: int = WEB_DECIMALS) -> dict:
    """The layer as Plotly reads it: features with only an id and a geometry, coordinates rounded, outer rings
    clockwise (Plotly's SVG map fills a counter-clockwise one as the whole world around it)."""
    rounded = shapely.orient_polygons(shapely.transform(layer.geometry.to_numpy(), lambda xy: np.round(xy, decimals)),
                                      exterior_cw=True)
    features = [{"id": str(fid), "geometry": shapely.geometry.mapping(geom)}
                for fid, geom in zip(layer[id_column], rounded)]
    # a JSON round trip turns shapely's tuples into lists, which serialise faster and compare equal
    return json.loads(json.dumps({"type": "FeatureCollection", "features": features}))


def stripped_for_plotly(collection: dict) -> dict:
    """A GeoJSON FeatureCollection without what Plotly ignores (feature type, properties): bytes on every render."""
    return {"type": "FeatureCollection",
            "features": [{"id": feature["id"], "geometry": feature["geometry"]} for feature in collection["features"]]}


def drop_specks(geometries: np.ndarray, min_area: float) -> np.ndarray:
    """Remove polygon parts smaller than `min_area`, always keeping each geometry's largest part."""
    cleaned = []
    for geometry in geometries:
        parts = shapely.get_parts(geometry)
        areas = shapely.area(parts)
        keep = parts[(areas >= min_area) | (areas == areas.max())]
        cleaned.append(keep[0] if len(keep) == 1 else shapely.MultiPolygon(list(keep)))
    return np.asarray(cleaned)


def largest_part_area(geometries: np.ndarray) -> np.ndarray:
    """Area (deg^2) of the biggest polygon of each geometry."""
    return np.array([shapely.area(shapely.get_parts(g)).max() for g in geometries])


def simplify_two_tier(geometries: np.ndarray, fine: float, coarse: float, small_part_area: float) -> np.ndarray:
    """Simplify a coverage as a whole at `fine`, then the edges of regions whose largest part is at least
    `small_part_area` again at `coarse`; every edge touching a smaller region keeps the fine tolerance."""
    # the sea joins the coverage so coastlines become shared edges the coarse pass may simplify
    envelope = shapely.box(*shapely.total_bounds(geometries)).buffer(1.0, join_style="mitre")
    members = np.append(geometries, shapely.difference(envelope, shapely.coverage_union_all(geometries)))
    coverage = shapely.coverage_simplify(members, fine)
    coarse_members = np.append(largest_part_area(geometries) >= small_part_area, True)
    # simplify_boundary=False freezes every edge touching a small region, on both sides
    coverage[coarse_members] = shapely.coverage_simplify(coverage[coarse_members], coarse, simplify_boundary=False)
    return coverage[:-1]


def fill_enclosed_gaps(geometries: np.ndarray, max_area: float = np.inf) -> tuple[np.ndarray, int]:
    """Give each hole of the coverage smaller than `max_area` to the polygon sharing most of its edge;
    also return how many were filled."""
    outline = shapely.coverage_union_all(geometries)
    rings = [ring for part in shapely.get_parts(outline) for ring in part.interiors]
    rings = [ring for ring in rings if shapely.Polygon(ring).area < max_area]
    filled = geometries.copy()
    tree = shapely.STRtree(geometries)
    for ring in rings:
        # a lake keeps the island regions inside it (Samosir in Toba); the shore decides its owner
        gap = shapely.difference(shapely.Polygon(ring), outline)
        near = tree.query(ring, predicate="intersects")
        owner = near[int(np.argmax(shapely.length(shapely.intersection(filled[near], ring))))]
        filled[owner] = shapely.coverage_union(filled[owner], gap)
    return filled, len(rings)


def national_geometries(geometries: np.ndarray, tolerance: float = NATIONAL_TOLERANCE_DEG,
                        min_part_area: float = NATIONAL_MIN_PART_DEG2) -> np.ndarray:
    """A coarse copy of a coverage for the whole-country map: islets dropped (each region keeps its largest part),
    simplified together in two tiers so small regions stay recognisable, holes the simplifier opened filled."""
    kept = drop_specks(geometries, min_part_area)
    simplified = simplify_two_tier(kept, NATIONAL_FINE_TOLERANCE_DEG, tolerance, NATIONAL_SMALL_PART_DEG2)
    # snapping to the written precision here, rather than rounding on output, keeps every polygon valid
    snapped = shapely.set_precision(simplified, 10.0 ** -NATIONAL_DECIMALS)
    filled, _ = fill_enclosed_gaps(snapped)
    return shapely.orient_polygons(filled)


def load_national_geojson(path: Path = NATIONAL_PATH) -> dict:
    """The coarse national layer of the approximate boundaries, ready for Plotly."""
    return geojson_for_plotly(load_boundaries(path), decimals=NATIONAL_DECIMALS)
