"""Turning the inputs a user names (files, folders, globs, ``-``) into a list of sources to read."""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import InputError

#: the extensions a folder walk picks up (a file named explicitly is read whatever its extension)
EXTENSIONS = (".txt", ".jsonl", ".json", ".html", ".htm")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One thing to read: a file (or stdin) and the document id a single-document file gets."""

    path: str  # as shown in messages; "-" for stdin
    doc_id: str
    stem: str  # the file name without extension (prefix of JSON Lines ids without one)

    @property
    def kind(self) -> str:
        """``stdin``, ``jsonl``, ``json``, ``html`` or ``text``."""
        if self.path == STDIN:
            return "stdin"
        suffix = Path(self.path).suffix.lower()
        return {".jsonl": "jsonl", ".json": "json", ".html": "html", ".htm": "html"}.get(suffix, "text")


def _walk(folder: Path) -> list[Path]:
    """The readable files under ``folder``, recursively, sorted; hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root) / f for f in files
                  if not f.startswith(".") and Path(f).suffix.lower() in EXTENSIONS]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _is_glob(text: str) -> bool:
    return glob.has_magic(text)


def _expand(item: str, report: Callable[[InputError], None]) -> list[tuple[Path, Path | None]]:
    """The files of one input, each with the folder it was found in (None when named directly)."""
    if _is_glob(item) and not Path(item).exists():
        matches = sorted(glob.glob(item, recursive=True))
        if not matches:
            report(InputError(item, "the pattern matched no files; check the path and quote the "
                                    "pattern so the shell does not expand it"))
        files: list[tuple[Path, Path | None]] = []
        for match in matches:
            files += _expand(match, report) if Path(match).is_dir() else [(Path(match), None)]
        return files
    path = Path(item)
    if path.is_dir():
        walked = _walk(path)
        if not walked:
            report(InputError(item, f"no readable files in this folder; expected files ending in "
                                    f"{', '.join(EXTENSIONS)}"))
        return [(f, path) for f in walked]
    if path.is_file():
        return [(path, None)]
    if path.exists():
        report(InputError(item, "not a regular file or folder; expected a file, a folder or '-'"))
    else:
        report(InputError(item, "no such file or folder; check the path"))
    return []


def _ids(files: list[tuple[Path, Path | None]]) -> list[str]:
    """Document ids: the file name stem; where stems collide, the path relative to the folder given
    (or the path itself where that collides too)."""
    stems = Counter(f.stem for f, _ in files)
    ids = [f.stem if stems[f.stem] == 1 else (f.relative_to(base) if base else f).as_posix()
           for f, base in files]
    taken = Counter(ids)
    return [i if taken[i] == 1 else f.as_posix() for i, (f, _) in zip(ids, files, strict=True)]


def expand_inputs(inputs: Sequence[str], report: Callable[[InputError], None]) -> list[Source]:
    """All sources named by ``inputs``, in order; each file once; problems go to ``report``."""
    files: list[tuple[Path, Path | None]] = []
    order: list[int | None] = []  # index into files, None for stdin
    seen: set[Path] = set()
    for item in inputs:
        if item == STDIN:
            order.append(None)
            continue
        for f, base in _expand(item, report):
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                order.append(len(files))
                files.append((f, base))
    ids = _ids(files)
    return [Source(STDIN, "stdin", "stdin") if i is None
            else Source(str(files[i][0]), ids[i], files[i][0].stem) for i in order]
