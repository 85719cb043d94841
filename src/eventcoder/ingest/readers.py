"""Readers for each input format; each yields Documents and, for bad input, InputErrors.

A reader never raises for bad input: it yields an :class:`InputError` in place of the document
it could not make and goes on with the next one. Every document read is held to
:data:`MAX_DOCUMENT_BYTES`.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventcoder.errors import InputError
from eventcoder.records import Document

#: the largest document read (a .txt/.html file, a JSON Lines line, a .json file), in bytes
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
_SNIFF = 8192
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)

Item = Document | InputError


def _too_big(path: str, size: int, line: int | None = None) -> InputError:
    return InputError(path, f"{size:,} bytes, more than the {MAX_DOCUMENT_BYTES:,} allowed for one "
                            "document; split it into smaller documents", line=line)


def _binary(path: str, data: bytes) -> InputError | None:
    """An error if ``data`` holds a NUL byte (binary data, or UTF-16 text)."""
    at = data.find(b"\x00")
    if at < 0:
        return None
    return InputError(path, f"binary data (a NUL byte at byte {at}), expected UTF-8 text; if it is "
                            "UTF-16 text, convert it with iconv -f utf-16 -t utf-8")


def decode(path: str, data: bytes, *, line: int | None = None, offset: int = 0) -> str:
    """UTF-8 text of ``data`` (a leading byte order mark dropped); raises InputError if it is not."""
    try:
        return data.decode("utf-8-sig" if offset == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not UTF-8 text at byte {offset + exc.start}; convert it with "
                               "iconv -f <its encoding> -t utf-8", line=line) from None


def parse_date(value: str) -> date:
    """A date from ``YYYY-MM-DD`` or a full ISO timestamp (its date part); ValueError otherwise."""
    value = value.strip()
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).date()


def _read_bytes(path: str) -> bytes:
    """The bytes of a one-document file, or InputError if it is missing, too big, empty or binary."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise _too_big(path, size)
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror}); check it exists and is readable") from None
    if not data.strip():
        raise InputError(path, "empty file; expected text")
    error = _binary(path, data)
    if error:
        raise error
    return data


def read_text(path: str, doc_id: str, default: date | None) -> Iterator[Item]:
    """A plain text file: one document with the file's id."""
    try:
        data = _read_bytes(path)
        text = decode(path, data)
    except InputError as error:
        yield error
        return
    yield Document(id=doc_id, text=text, date=default, origin=path)


def _html_text(path: str, data: bytes) -> str:
    """HTML source as text: UTF-8, or the charset its ``<meta>`` declares."""
    try:
        return decode(path, data)
    except InputError:
        declared = _CHARSET.search(data[:4096])
        if not declared:
            raise
        name = declared.group(1).decode("ascii")
        try:
            codecs.lookup(name)
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            raise InputError(path, f"not UTF-8 and not the declared charset {name!r}; convert it with "
                                   "iconv -f <its encoding> -t utf-8") from None


def read_html(path: str, doc_id: str, default: date | None) -> Iterator[Item]:
    """An HTML page: its main text (trafilatura), title, canonical URL and date where marked up."""
    try:
        data = _read_bytes(path)
        html = _html_text(path, data)
    except InputError as error:
        yield error
        return
    import trafilatura  # deferred: slow to import and only needed for HTML

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text or not text.strip():
        yield InputError(path, "no main text found in the HTML; expected an article page "
                               "(navigation, script-only and empty pages have none)")
        return
    meta = trafilatura.extract_metadata(html, extensive=False)
    found = None
    if meta is not None and meta.date:
        try:
            found = parse_date(meta.date)
        except ValueError:
            found = None
    yield Document(id=doc_id, text=text, date=found or default, title=(meta.title if meta else None) or None,
                   url=(meta.url if meta else None) or None, origin=path)


def _field(record: dict[str, Any], key: str) -> str | None:
    """An optional string field; numbers become strings, anything else is an error."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"field {key!r} is a {type(value).__name__}; expected a string")


def record_document(record: Any, *, fallback_id: str, origin: str, default: date | None) -> Document:
    """A Document from one JSON record ``{id, text, date, title?, url?, source?}``; ValueError if bad.

    ``date`` may also be called ``pub_date``; a missing id becomes ``fallback_id``.
    """
    if not isinstance(record, dict):
        raise ValueError(f"a JSON {type(record).__name__}; expected an object {{\"id\", \"text\", \"date\"}}")
    text = record.get("text")
    if text is None:
        raise ValueError(f"no \"text\" field (fields: {', '.join(map(str, record)) or 'none'}); "
                         "expected the document text there")
    if not isinstance(text, str):
        raise ValueError(f"\"text\" is a {type(text).__name__}; expected a string")
    if not text.strip():
        raise ValueError("\"text\" is empty; expected the document text")
    raw_date = _field(record, "date") if record.get("date") is not None else _field(record, "pub_date")
    when = default
    if raw_date:
        try:
            when = parse_date(raw_date)
        except ValueError:
            raise ValueError(f"bad date {raw_date!r}; expected YYYY-MM-DD or an ISO timestamp") from None
    return Document(id=_field(record, "id") or fallback_id, text=text, date=when,
                    title=_field(record, "title"), url=_field(record, "url"), source=_field(record, "source"),
                    origin=origin)


def jsonl_items(path: str, stem: str, lines: Iterable[bytes], default: date | None) -> Iterator[Item]:
    """Documents from JSON Lines: one object per line, blank lines skipped."""
    offset, found = 0, False
    for number, raw in enumerate(lines, 1):
        start, offset = offset, offset + len(raw)
        if not raw.strip():
            continue
        found = True
        if len(raw) > MAX_DOCUMENT_BYTES:
            yield _too_big(path, len(raw), number)
            continue
        try:
            record = json.loads(decode(path, raw, line=number, offset=start))
        except InputError as error:
            yield error
            continue
        except json.JSONDecodeError as exc:
            yield InputError(path, f"not a JSON object ({exc.msg} at column {exc.colno}); expected one "
                                   "JSON object per line", line=number)
            continue
        try:
            yield record_document(record, fallback_id=f"{stem}:{number}", origin=f"{path}:{number}",
                                  default=default)
        except ValueError as exc:
            yield InputError(path, str(exc), line=number)
    if not found:
        yield InputError(path, "empty file; expected one JSON object per line")


def read_jsonl(path: str, stem: str, default: date | None) -> Iterator[Item]:
    """A JSON Lines file, streamed line by line."""
    try:
        with open(path, "rb") as handle:
            error = _binary(path, handle.read(_SNIFF))
            if error:
                yield error
                return
            handle.seek(0)
            yield from jsonl_items(path, stem, handle, default)
    except OSError as exc:
        yield InputError(path, f"cannot be read ({exc.strerror}); check it exists and is readable")


def read_json(path: str, stem: str, default: date | None) -> Iterator[Item]:
    """A JSON file: one document object, or a list of them."""
    try:
        data = _read_bytes(path)
        value = json.loads(decode(path, data))
    except InputError as error:
        yield error
        return
    except json.JSONDecodeError as exc:
        hint = "; if it holds one object per line, name it .jsonl" if exc.msg == "Extra data" else ""
        yield InputError(path, f"not valid JSON ({exc.msg} at column {exc.colno}); expected an object "
                               f"or a list of objects{hint}", line=exc.lineno)
        return
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, 1):
        fallback = stem if not isinstance(value, list) else f"{stem}:{number}"
        try:
            yield record_document(record, fallback_id=fallback, origin=path, default=default)
        except ValueError as exc:
            where = f"item {number}: " if isinstance(value, list) else ""
            yield InputError(path, f"{where}{exc}")


def read_stream(name: str, data: bytes, default: date | None) -> Iterator[Item]:
    """Standard input: JSON Lines if its first non-blank character is ``{``, else one text document."""
    data = data.removeprefix(codecs.BOM_UTF8)
    if data.lstrip().startswith(b"{"):
        yield from jsonl_items(name, "stdin", io.BytesIO(data), default)
        return
    error = _binary(name, data)
    if error:
        yield error
        return
    if not data.strip():
        yield InputError(name, "empty input; expected text or JSON Lines")
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        yield _too_big(name, len(data))
        return
    try:
        yield Document(id="stdin", text=decode(name, data), date=default, origin=name)
    except InputError as error:
        yield error
