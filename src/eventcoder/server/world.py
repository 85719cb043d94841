"""The coarse world map of the dashboard, read from ``data/server/world.tsv`` (see :mod:`make_world`)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from eventcoder.errors import DataFileError
from eventcoder.tables import data_path, read_table


@lru_cache(maxsize=1)
def world() -> dict[str, Any]:
    """``{"cell": degrees, "rows": [[south_lat, [[west, east], ...]], ...]}`` (western/southern cell edges)."""
    path = data_path("server/world.tsv")
    cell = _cell_size(path.read_text(encoding="utf-8"), str(path))
    rows = []
    for row in read_table(path, required=("lat", "lon")):
        try:
            runs = [[float(w), float(e)] for w, e in (run.split("..") for run in row.values("lon"))]
            rows.append([float(row["lat"]), runs])
        except ValueError:
            raise row.error(f"expected a latitude and runs like '-10..4', got {row['lat']!r} {row['lon']!r}") from None
    return {"cell": cell, "rows": rows}


def _cell_size(text: str, path: str) -> float:
    for line in text.splitlines():
        if line.startswith("# cell:"):
            return float(line.split(":", 1)[1])
    raise DataFileError(path, "no '# cell: N' comment giving the cell size in degrees")
