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
WGS84 = "EPSG:4326"
# About 500 m: finer than a kabupaten map at national zoom needs, coarse enough to keep a render small.
WEB_TOLERANCE_DEG = 0.005
WEB_DECIMALS = 3


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
    """A FeatureCollection with feature ids and no properties, coordinates rounded to keep renders small."""
    rounded = shapely.transform(layer.geometry.to_numpy(), lambda xy: np.round(xy, decimals))
    features = [{"type": "Feature", "id": str(fid), "properties": {}, "geometry": shapely.geometry.mapping(geom)}
                for fid, geom in zip(layer[id_column], rounded)]
    # a JSON round trip turns shapely's tuples into lists, which serialise faster and compare equal
    return json.loads(json.dumps({"type": "FeatureCollection", "features": features}))
