"""Commands over the DuckDB event store: ``query``, ``dyad``, ``export``, ``serve`` (and ``code --db``)."""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import date as Date
from pathlib import Path
from typing import Annotated

import pyarrow as pa
import pyarrow.csv as pacsv
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from eventcoder.cli.app import app, err, out
from eventcoder.cli.coding import _Reporter
from eventcoder.errors import EventcoderError
from eventcoder.ingest import read_documents
from eventcoder.records import Document, Event
from eventcoder.store.db import Store, open_read_only
from eventcoder.store.export import EXPORT_FORMATS, export
from eventcoder.store.query import PERIODS, run_sql
from eventcoder.store.query import dyad as dyad_series

Db = Annotated[Path, typer.Option("--db", help="The DuckDB event store.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]


def code_into_store(inputs: list[str], *, db: Path, date: Date | None, reporter: _Reporter, counts: Counter,
                    force: bool = False, keep: bool = False, dictionaries: list[Path] | None = None,
                    workers: int | None = 1) -> list[Event]:
    """Code documents into the store, one transaction each; skip those already stored unless ``force``.
    ``workers`` processes code (None: every core); this process writes.

    Returns the events coded when ``keep`` (for printing), else an empty list."""
    from eventcoder.engines import Failure, LocalEngine

    coded: list[Event] = []
    with LocalEngine(workers=workers, dictionaries=dictionaries or ()) as engine, Store(db) as store:  # fork first
        documents = read_documents(inputs, date=date, on_error=reporter)
        pending = _pending(documents, store, counts, force=force)
        for analysis in engine.code(pending):
            if isinstance(analysis, Failure):
                reporter(analysis.as_error())
                continue
            store.write_document(analysis.document, analysis.events, text=analysis.text)
            counts["documents"] += 1
            counts["events"] += len(analysis.events)
            if keep:
                coded.extend(analysis.events)
    if counts["unchanged"]:
        err.print(f"{counts['unchanged']} document(s) already in {db} unchanged, skipped", highlight=False)
    return coded


def _pending(documents: Iterator[Document], store: Store, counts: Counter, *, force: bool) -> Iterator[Document]:
    columns = (TextColumn("storing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal, transient=True) as progress:
        task = progress.add_task("storing", total=None)
        for document in documents:
            progress.advance(task)
            if not force and store.is_current(document):
                counts["unchanged"] += 1
                continue
            yield document


def _fail(exc: EventcoderError) -> typer.Exit:
    err.print(f"[red]error[/red]: {exc}", highlight=False, soft_wrap=True)
    return typer.Exit(2)


def print_table(table: pa.Table, *, as_csv: bool, title: str | None = None) -> None:
    """An Arrow table on stdout: CSV, or a Rich table."""
    if as_csv:
        pacsv.write_csv(table, sys.stdout.buffer)
        return
    view = Table(title=title or f"{table.num_rows} row(s)", expand=False)
    for name in table.column_names:
        view.add_column(name, overflow="fold")
    for row in table.to_pylist():
        view.add_row(*("" if v is None else str(v) for v in row.values()))
    out.print(view)


@app.command()
def query(sql: Annotated[str, typer.Argument(help="SQL over documents, events, reports, merged_events.")],
          db: Db = Path("events.duckdb"), as_csv: AsCsv = False) -> None:
    """Run SQL on the store through a read-only connection."""
    try:
        con = open_read_only(db)
        table = run_sql(con, sql)
    except EventcoderError as exc:
        raise _fail(exc) from None
    print_table(table, as_csv=as_csv)


def _date(value: str | None, name: str) -> Date | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}", param_hint=name) from None


@app.command()
def dyad(a: Annotated[str, typer.Argument(help="First actor: a country or actor code (RUS, RUSGOV).")],
         b: Annotated[str, typer.Argument(help="Second actor.")],
         db: Db = Path("events.duckdb"),
         by: Annotated[str, typer.Option(help=f"Period: {', '.join(PERIODS)}.")] = "month",
         start: Annotated[str | None, typer.Option("--from", help="First day YYYY-MM-DD.")] = None,
         end: Annotated[str | None, typer.Option("--to", help="Last day YYYY-MM-DD.")] = None,
         factuality: Annotated[str, typer.Option(help="asserted, negated, future, hypothetical or any.")] = "asserted",
         directed: Annotated[bool, typer.Option(help="Only events from A to B.")] = False,
         as_csv: AsCsv = False) -> None:
    """How two actors get on: merged events per period, per quad class, mean Goldstein, top CAMEO codes."""
    try:
        con = open_read_only(db)
        table = dyad_series(con, a.upper(), b.upper(), by=by, start=_date(start, "--from"), end=_date(end, "--to"),
                            factuality=None if factuality == "any" else factuality, directed=directed)
    except EventcoderError as exc:
        raise _fail(exc) from None
    print_table(table, as_csv=as_csv, title=f"{a.upper()} {'->' if directed else '<->'} {b.upper()} by {by}")


@app.command("export")
def export_command(output: Annotated[Path, typer.Argument(help="The file to write (.parquet, .csv, .tsv).")],
                   db: Db = Path("events.duckdb"),
                   fmt: Annotated[str | None, typer.Option("--format", help=f"{', '.join(EXPORT_FORMATS)} "
                                                           "(default: from the extension; .tsv is gdelt).")] = None,
                   ) -> None:
    """Export the store: every report as Parquet or CSV, or merged events in the GDELT 2.0 event layout."""
    try:
        con = open_read_only(db)
        count = export(con, output, fmt=fmt)
    except EventcoderError as exc:
        raise _fail(exc) from None
    err.print(f"{count} row(s) written to {output}", highlight=False)


@app.command()
def serve(db: Db = Path("events.duckdb"),
          host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port.")] = 8000,
          token: Annotated[str | None, typer.Option(help="Enables POST /api/code for callers that send it "
                                                    "(default: $EVENTCODER_TOKEN).")] = None) -> None:
    """Serve the HTTP API and the dashboard on a store (read-only)."""
    import uvicorn

    from eventcoder.server.app import create_app

    try:
        application = create_app(db, token=token or os.environ.get("EVENTCODER_TOKEN") or None)
    except EventcoderError as exc:
        raise _fail(exc) from None
    err.print(f"dashboard: http://{host}:{port}/   API: http://{host}:{port}/api   "
              f"OpenAPI: http://{host}:{port}/openapi.json", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")
