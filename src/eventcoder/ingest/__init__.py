"""Reading input documents: text, HTML, JSON Lines and JSON files, folders, globs and stdin.

Each input is one of

- a file: ``.txt`` (and any extension not below) is one document whose id is the file name
  without extension; ``.html``/``.htm`` is one document, its main text extracted by trafilatura,
  its title, canonical URL and publication date taken from the page's markup where present;
  ``.jsonl`` holds one object ``{id, text, date, title?, url?, source?}`` per line (a missing id
  becomes ``<file stem>:<line>``); ``.json`` holds one such object or a list of them;
- a folder: its ``.txt .jsonl .json .html .htm`` files, recursively, sorted by path (hidden
  files and folders skipped);
- a glob pattern (``data/*.txt``, ``data/**/*.jsonl``): the matching files, sorted;
- ``-``: standard input, JSON Lines if its first non-blank character is ``{``, else one text
  document with id ``stdin``.

Ids: when two single-document files share a file name stem, each gets the path relative to the
folder it was found in (``2023/report.txt``) instead, or the path as found if that collides too.
A file named twice is read once.

Dates: a record's ``date`` (or ``pub_date``) is ``YYYY-MM-DD`` or an ISO timestamp, whose date
part is kept. The ``date`` argument (the CLI's ``--date``) is the publication date of every
document that carries none: text files, stdin text, pages without a marked-up date, records
without one.

Bad input never stops the batch: an unreadable source or record becomes an
:class:`~eventcoder.errors.InputError` naming the file (and line), passed to ``on_error``, and
the document is skipped; reading goes on with the next one. Without ``on_error`` each error is
printed to stderr as one line. Bad input is: a missing path, a glob matching nothing, a folder
with no readable files, an empty file, binary data (NUL bytes), text that is not UTF-8, a
document over :data:`~eventcoder.ingest.readers.MAX_DOCUMENT_BYTES` (50 MB), a malformed JSON
line, a record that is not an object, lacks ``text`` or has a non-string or empty one, a bad
date, and HTML with no main text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date as Date

from eventcoder.errors import InputError
from eventcoder.ingest import readers
from eventcoder.ingest.sources import EXTENSIONS, Source, expand_inputs
from eventcoder.records import Document

__all__ = ["EXTENSIONS", "InputError", "print_error", "read_documents"]

STDIN_NAME = "<stdin>"


def print_error(error: InputError) -> None:
    """The default error handler: one line on stderr."""
    print(f"eventcoder: skipped {error}", file=sys.stderr)


def _read_stdin() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8", "surrogateescape")


def _items(source: Source, default: Date | None) -> Iterator[Document | InputError]:
    kind = source.kind
    if kind == "stdin":
        return readers.read_stream(STDIN_NAME, _read_stdin(), default)
    if kind == "jsonl":
        return readers.read_jsonl(source.path, source.stem, default)
    if kind == "json":
        return readers.read_json(source.path, source.stem, default)
    if kind == "html":
        return readers.read_html(source.path, source.doc_id, default)
    return readers.read_text(source.path, source.doc_id, default)


def read_documents(inputs: Sequence[str], *, date: Date | None = None,
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Yield the documents of ``inputs`` (files, folders, globs, ``-``) in order.

    ``date`` is the publication date of documents that carry none. Each bad source or record
    is passed to ``on_error`` as an :class:`InputError` (default: one line on stderr) and skipped.
    """
    report = on_error or print_error
    if isinstance(inputs, str):
        inputs = [inputs]
    for source in expand_inputs(inputs, report):
        for item in _items(source, date):
            if isinstance(item, InputError):
                report(item)
            else:
                yield item

