"""Commands that code text: ``code``, ``explain``, ``demo``, ``places``, ``times``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import date as Date
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from eventcoder.cli.app import app, err, out
from eventcoder.engines import Coded, Failure, LocalEngine
from eventcoder.engines.resume import RESUMABLE, ResumableWriter, skip_done
from eventcoder.errors import EventcoderError, InputError
from eventcoder.ingest import read_documents
from eventcoder.ingest.sources import expand_inputs
from eventcoder.pipeline import Analysis, analyze
from eventcoder.records import Document, Event
from eventcoder.store import FORMATS, write_events
from eventcoder.store.files import write_jsonl
from eventcoder.tables import data_path

Inputs = Annotated[list[str], typer.Argument(help="Files (.txt .jsonl .json .html), folders, globs, or - for stdin.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date YYYY-MM-DD for documents without one.")]
Output = Annotated[Path | None, typer.Option("--output", "-o", help=f"Write to a file: {', '.join(FORMATS)}, .duckdb.")]
DbOpt = Annotated[Path | None, typer.Option("--db", help="Store documents and events in a DuckDB file.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="An actor table (.tsv) or TABARI/PETRARCH .actors/.agents dictionary to add; repeatable.")]
VerbsOpt = Annotated[list[Path] | None, typer.Option(
    "--verbs", help="A verb pattern table (verbs.tsv columns) or TABARI/PETRARCH .verbs dictionary to add; "
    "repeatable.")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", "-w", min=1, help="Processes to code with (default: every core); with --engine dask and no "
    "--scheduler, the workers of a LocalCluster.")]
EngineOpt = Annotated[str, typer.Option(
    "--engine", help="local (the cores of this machine) or dask (a Dask cluster; -o names a Parquet dataset folder).")]
SchedulerOpt = Annotated[str | None, typer.Option(
    "--scheduler", help="With --engine dask: the scheduler address (tcp://host:8786) of a running cluster.")]
ResumeOpt = Annotated[bool, typer.Option(
    "--resume", help="Skip the documents already coded into -o (by content hash) and add the rest: .jsonl, .csv, "
    "a --db store, or a dask dataset folder.")]
ErrorsOpt = Annotated[Path | None, typer.Option(
    "--errors", help="Write every document that failed as JSON Lines {source, line, doc_id, error}.")]


def _parse_date(value: str | None) -> Date | None:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date as YYYY-MM-DD, got {value!r}", param_hint="--date") from None


class _Reporter:
    """Prints each bad input as one line on stderr and counts them; with ``errors``, also writes it there
    as JSON Lines ``{source, line, doc_id, error}`` (appended on ``resume``)."""

    def __init__(self, errors: Path | None = None, *, resume: bool = False) -> None:
        self.errors = 0
        self.sink = errors.open("a" if resume else "w", encoding="utf-8") if errors is not None else None

    def __call__(self, error: InputError) -> None:
        self.errors += 1
        err.print(f"[red]error[/red]: {error}", markup=True, highlight=False, soft_wrap=True)
        if self.sink is not None:
            record = Failure.from_error(error).to_dict()
            self.sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            self.sink.flush()

    def close(self) -> None:
        if self.sink is not None:
            self.sink.close()


def _analyses(inputs: list[str], *, date: Date | None, reporter: _Reporter, keep_tokens: bool = False
              ) -> Iterator[Analysis]:
    documents = read_documents(inputs, date=date, on_error=reporter)
    yield from analyze(documents, on_error=reporter, keep_tokens=keep_tokens)


def dictionaries(*options: list[Path] | None) -> list[Path]:
    """The users' knowledge files of the --actors and --verbs options, checked to exist."""
    files = [path for option in options for path in option or ()]
    for path in files:
        if not path.is_file():
            raise typer.BadParameter(f"{path}: no such file; expected an actor or verb dictionary")
    return files


def estimate(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, for the progress bar's ETA (a JSON Lines file: its lines);
    None when unknown (stdin, .json files)."""
    total = 0
    for source in expand_inputs(inputs, lambda error: None):
        if source.kind in ("stdin", "json"):
            return None
        if source.kind == "jsonl":
            with open(source.path, "rb") as data:
                total += sum(chunk.count(b"\n") for chunk in iter(lambda: data.read(1 << 20), b""))
        else:
            total += 1
    return total


@contextmanager
def _progress(inputs: list[str], *, done: int = 0) -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal (documents, docs/s, elapsed, ETA); yields ``advance(n)``."""
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("docs"),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=err, disable=not err.is_terminal, transient=True) as progress:
        total = estimate(inputs) if err.is_terminal else None
        task = progress.add_task("coding", total=max(total - done, 0) if total is not None else None, rate="-")
        coded = 0

        def advance(count: int) -> None:
            nonlocal coded
            coded += count
            elapsed = progress.tasks[0].elapsed or 0.0
            progress.update(task, advance=count, rate=f"{coded / elapsed:.1f}" if elapsed else "-")

        yield advance


def _with_progress(items: Iterable[Coded | Failure], counts: Counter, reporter: _Reporter,
                   advance: Callable[[int], None]) -> Iterator[Coded | Failure]:
    """Count and report each coded or failed document as it comes, advancing the progress bar."""
    for item in items:
        if isinstance(item, Failure):
            reporter(item.as_error())
        else:
            counts["documents"] += 1
            counts["events"] += len(item.events)
        advance(1)
        yield item


def _finish(counts: Counter, reporter: _Reporter) -> None:
    reporter.close()
    if counts["skipped"]:
        err.print(f"{counts['skipped']} document(s) already coded, skipped", highlight=False)
    err.print(f"{counts['documents']} document(s) coded, {counts['events']} event(s), "
              f"{reporter.errors} error(s)", highlight=False)
    if reporter.errors and not counts["documents"]:
        raise typer.Exit(1)


@app.command()
def code(inputs: Inputs, output: Output = None, date: DateOpt = None, db: DbOpt = None,
         actors: ActorsOpt = None, verbs: VerbsOpt = None, workers: WorkersOpt = None, engine: EngineOpt = "local",
         scheduler: SchedulerOpt = None, resume: ResumeOpt = False, errors: ErrorsOpt = None) -> None:
    """Code documents into events: JSON Lines (or a table on a terminal), -o FILE, a DuckDB store, or with
    --engine dask a Parquet dataset folder. Bad documents are reported (and written to --errors) and skipped."""
    if engine not in ("local", "dask"):
        raise typer.BadParameter(f"expected local or dask, got {engine!r}", param_hint="--engine")
    if engine == "dask" and (output is None or db is not None):
        raise typer.BadParameter("--engine dask writes a Parquet dataset: give -o FOLDER", param_hint="--engine")
    if scheduler is not None and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    reporter, counts = _Reporter(errors, resume=resume), Counter()
    when, users = _parse_date(date), dictionaries(actors, verbs)
    if db is None and output is not None and output.suffix.lower() in (".duckdb", ".db"):
        db, output = output, None
    if db is not None:
        _store(inputs, db=db, date=when, reporter=reporter, counts=counts, dictionaries=users, workers=workers)
        return _finish(counts, reporter)
    try:
        if engine == "dask":
            _code_dask(inputs, output=output, date=when, reporter=reporter, counts=counts, workers=workers,
                       scheduler=scheduler, resume=resume, dictionaries=users)
        else:
            _code_local(inputs, output=output, date=when, reporter=reporter, counts=counts, workers=workers,
                        resume=resume, dictionaries=users)
    except EventcoderError as exc:
        reporter.close()
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    _finish(counts, reporter)


def _code_local(inputs: list[str], *, output: Path | None, date: Date | None, reporter: _Reporter,
                counts: Counter, workers: int | None, resume: bool, dictionaries: list[Path]) -> None:
    documents = read_documents(inputs, date=date, on_error=reporter)
    resumable = output is not None and (resume or output.suffix.lower() in RESUMABLE)
    writer = ResumableWriter(output, resume=resume) if resumable else None
    if writer is not None:
        documents = skip_done(documents, writer.done, counts)
    with LocalEngine(workers=workers, dictionaries=dictionaries) as local, \
            _progress(inputs, done=len(writer.done) if writer else 0) as advance:
        items = _with_progress(local.code(documents), counts, reporter, advance)
        if writer is not None:
            with writer:
                for item in items:
                    writer.write(item)
            return
        events = (e for item in items if isinstance(item, Coded) for e in item.events)
        if output is not None:
            write_events(events, output)
        elif out.is_terminal:
            _print_events(list(events))
        else:
            write_jsonl(events, sys.stdout)


def _code_dask(inputs: list[str], *, output: Path, date: Date | None, reporter: _Reporter, counts: Counter,
               workers: int | None, scheduler: str | None, resume: bool, dictionaries: list[Path]) -> None:
    from eventcoder.engines.cluster import code_dask

    documents = read_documents(inputs, date=date, on_error=reporter)
    with _progress(inputs) as advance:
        for part in code_dask(documents, output, scheduler=scheduler, workers=workers, resume=resume,
                              dictionaries=dictionaries):
            for failure in part.failures:
                reporter(failure.as_error())
            counts["documents"] += part.documents - len(part.failures)
            counts["events"] += part.events
            advance(part.documents)
    err.print(f"Parquet dataset: {output}/part-*.parquet", highlight=False)


@app.command()
def explain(sentence: Annotated[str, typer.Argument(help="The text to explain (quote it).")],
            date: DateOpt = None, actors: ActorsOpt = None, verbs: VerbsOpt = None) -> None:
    """Show how a text is coded: tokens and dependencies, actors, places, times, patterns, events."""
    reporter = _Reporter()
    document = Document(id="explain", text=sentence, date=_parse_date(date))
    for analysis in analyze([document], on_error=reporter, keep_tokens=True,
                            dictionaries=dictionaries(actors, verbs)):
        _print_explanation(analysis)
    if reporter.errors:
        raise typer.Exit(1)


@app.command()
def demo(db: Annotated[Path, typer.Option("--db", help="The DuckDB store to write.")] = Path("demo.duckdb")) -> None:
    """Code the bundled sample corpus (invented news articles) into a DuckDB store and print the events."""
    reporter, counts = _Reporter(), Counter()
    samples = str(data_path("samples/samples.jsonl"))
    events = _store([samples], db=db, date=None, reporter=reporter, counts=counts, force=True, keep=True)
    _print_events(events)
    roots = Counter(f"{e.cameo_root} quad {e.quad}" for e in events)
    out.print("events per CAMEO root: " + ", ".join(f"{k}: {v}" for k, v in sorted(roots.items())))
    _finish(counts, reporter)
    out.print(f"stored in {db}; open the dashboard with: [bold]eventcoder serve --db {db}[/bold] "
              "and visit http://127.0.0.1:8000/", highlight=False)


def _store(inputs: list[str], **options) -> list[Event]:
    """Code into a DuckDB store (eventcoder.cli.store), reporting a store error as one line."""
    from eventcoder.cli.store import code_into_store

    try:
        return code_into_store(inputs, **options)
    except EventcoderError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def places(inputs: Inputs, output: Output = None, date: DateOpt = None) -> None:
    """List the places found in each document (offsets in the original text), as JSON Lines."""
    _mentions(inputs, output=output, date=date, kind="places")


@app.command()
def times(inputs: Inputs, output: Output = None, date: DateOpt = None) -> None:
    """List the time expressions of each document with their values (original offsets), as JSON Lines."""
    _mentions(inputs, output=output, date=date, kind="times")


def _mentions(inputs: list[str], *, output: Path | None, date: str | None, kind: str) -> None:
    reporter, counts = _Reporter(), Counter()
    with output.open("w", encoding="utf-8") if output else nullcontext(sys.stdout) as sink:
        for analysis in _analyses(inputs, date=_parse_date(date), reporter=reporter):
            counts["documents"] += 1
            sink.write(json.dumps(mention_record(analysis, kind), ensure_ascii=False) + "\n")
    _finish(counts, reporter)


def mention_record(analysis: Analysis, kind: str) -> dict:
    """One document's places or times, with offsets mapped back to the original text."""
    norm, items = analysis.normalized, getattr(analysis, kind)
    rows = []
    for item in items:
        start, end = norm.span_to_original(item.start, item.end)
        row = {"text": norm.original[start:end], "start": start, "end": end}
        if kind == "times":
            row["value"] = item.value
        else:
            row.update(name=item.name, lat=item.lat, lon=item.lon, geonameid=item.geonameid, country=item.country)
        rows.append(row)
    return {"doc_id": analysis.document.id, kind: rows}


def _actor(a) -> str:
    return f"{a.code or '?'} ({a.text})" if a else "-"


def _print_events(events: list[Event]) -> None:
    table = Table(title=f"{len(events)} event(s)", show_lines=False, expand=True)
    for col in ("doc", "date", "source", "target", "cameo", "factuality", "where", "evidence"):
        table.add_column(col, overflow="fold")
    for e in events:
        where = e.location.name if e.location else "-"
        table.add_row(e.doc_id, e.date or "-", _actor(e.source), _actor(e.target),
                      f"{e.cameo} {e.plover or ''}", e.factuality, where or "-", e.evidence[:140])
    out.print(table)


def _print_explanation(analysis: Analysis) -> None:
    norm = analysis.normalized
    if norm.text != norm.original:
        out.print(f"[bold]normalised[/bold]: {norm.text}", highlight=False)
    tokens = Table(title="tokens", expand=False)
    for col in ("i", "text", "lemma", "pos", "dep", "head", "ent"):
        tokens.add_column(col)
    for t in analysis.tokens:
        tokens.add_row(str(t.i), t.text, t.lemma, t.pos, t.dep, str(t.head), t.ent)
    out.print(tokens)
    for title, rows in (
        ("actors", [f"{m.actor.text!r} -> {m.actor.code or '?'} ({m.actor.name or '-'}) by {m.rule}"
                    for m in analysis.actors]),
        ("places", [f"{p.text!r} -> {p.name} {p.country} ({p.lat}, {p.lon}) by {p.rule}" for p in analysis.places]),
        ("times", [f"{t.text!r} -> {t.value} by {t.rule}" for t in analysis.times]),
        ("patterns", [f"{m.rule}: {m.cameo} {_actor(m.source)} -> {_actor(m.target)} {m.factuality}"
                      f"{f' (cue {m.cue!r})' if m.cue else ''}{f' [said by {m.attribution}]' if m.attribution else ''}"
                      for m in analysis.matches]),
    ):
        out.print(f"[bold]{title}[/bold]: " + ("none" if not rows else ""), highlight=False)
        for row in rows:
            out.print(f"  {row}", highlight=False, markup=False)
    out.print("[bold]events[/bold]:")
    for e in analysis.events:
        out.print_json(json.dumps(e.to_dict(), ensure_ascii=False))
