"""Reading the shipped knowledge files (and users' own) in one documented text format.

Every knowledge file under ``eventcoder/data/`` is a UTF-8 tab-separated table:

- lines starting with ``#`` are comments (the file documents itself there); blank lines are skipped;
- the first other line is the header: the column names, tab-separated;
- every following line is one row with at most as many tab-separated fields as the header
  (missing trailing fields are empty); a field with several values separates them with ``|``.

Each kind of knowledge has its own loader on top of :func:`read_table`, which validates the
fields and raises :class:`~eventcoder.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import DataFileError


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a knowledge table, with the place it came from."""

    path: str
    line: int
    fields: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.fields.get(key, "")

    def values(self, key: str) -> list[str]:
        """The ``|``-separated values of a field, stripped, empty ones dropped."""
        return [v.strip() for v in self[key].split("|") if v.strip()]

    def error(self, message: str) -> DataFileError:
        """A :class:`DataFileError` located at this row."""
        return DataFileError(self.path, message, line=self.line)


def data_path(name: str) -> Path:
    """The path of a shipped data file, e.g. ``data_path("actors/countries.tsv")``."""
    return Path(str(resources.files("eventcoder") / "data" / name))


def read_table(path: str | Path, *, required: tuple[str, ...] = ()) -> Iterator[Row]:
    """Yield the rows of a knowledge table; check the header has the ``required`` columns."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(str(path), "no such file; expected a tab-separated knowledge table") from None
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    header: list[str] | None = None
    for number, raw in enumerate(lines, 1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("\t")]
        if header is None:
            header = parts
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(str(path), f"header lacks column(s) {', '.join(missing)}; "
                                    f"expected {' TAB '.join(required)}, got {' TAB '.join(header)}",
                                    line=number)
            continue
        if len(parts) > len(header):
            raise DataFileError(str(path), f"{len(parts)} tab-separated fields, the header has "
                                f"{len(header)}: check for a stray tab", line=number)
        yield Row(str(path), number, dict(zip(header, parts + [""] * (len(header) - len(parts)), strict=True)))
    if header is None:
        raise DataFileError(str(path), "empty table: expected a header line of tab-separated column names")
