"""The ``actors`` command: who a text mentions, with codes and the entry and rule behind each."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from eventcoder.cli.app import app, err, out
from eventcoder.cli.coding import ActorsOpt, DateOpt, _parse_date, dictionaries
from eventcoder.errors import EventcoderError
from eventcoder.pipeline import analyze
from eventcoder.records import ActorMention, Document


def mention_row(mention: ActorMention, text: str) -> dict:
    """One mention as plain data: its words, offsets, sentence, code parts and the rule that made it."""
    actor = mention.actor
    return {"text": text[mention.start:mention.end], "start": mention.start, "end": mention.end,
            "sentence": mention.sentence, "code": actor.code or None, "country": actor.country,
            "agent": actor.agent, "name": actor.name, "rule": mention.rule}


@app.command()
def actors(text: Annotated[str, typer.Argument(help="The text to read (quote it).")],
           date: DateOpt = None, actors: ActorsOpt = None,
           as_json: Annotated[bool, typer.Option("--json", help="Print JSON Lines instead of a table.")] = False,
           ) -> None:
    """List the actors a text mentions: CAMEO code, name, and why (which entry, which rule)."""
    document = Document(id="actors", text=text, date=_parse_date(date))
    try:
        [analysis] = list(analyze([document], dictionaries=dictionaries(actors)))
    except EventcoderError as exc:
        err.print(f"[red]error[/red]: {exc}", highlight=False)
        raise typer.Exit(2) from None
    rows = [mention_row(m, analysis.normalized.text) for m in analysis.actors]
    if as_json:
        for row in rows:
            out.print(json.dumps(row, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
        return
    table = Table(title=f"{len(rows)} actor mention(s)")
    for column in ("sent", "text", "code", "name", "why"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row["sentence"]), row["text"], row["code"] or "?", row["name"] or "-", row["rule"])
    out.print(table)
