"""The exception hierarchy and message helpers.

    EventcoderError                 everything eventcoder raises on purpose
    ├── InputError                  a document that cannot be read (file and line named)
    ├── DataFileError               a knowledge file (actors, patterns, tables) with a bad line
    └── UsageError                  a wrong option or argument from the caller

Every message is one line: what was expected, what came, and how to fix it.
"""

from __future__ import annotations


class EventcoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


def where(path: str, line: int | None = None) -> str:
    """``path`` or ``path:line``, the prefix of every located message."""
    return f"{path}:{line}" if line else str(path)


class InputError(EventcoderError):
    """An input document could not be read; names the file and, where known, the line."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path, self.line, self.reason = str(path), line, message
        super().__init__(f"{where(self.path, line)}: {message}")


class DataFileError(EventcoderError):
    """A knowledge file (actors, verb patterns, code tables, gazetteer) has a bad entry."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path, self.line, self.reason = str(path), line, message
        super().__init__(f"{where(self.path, line)}: {message}")


class UsageError(EventcoderError):
    """The caller passed an option or argument eventcoder cannot use."""
