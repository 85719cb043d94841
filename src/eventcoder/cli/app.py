"""The Typer application and the consoles every command prints to."""

from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(help="Political event data from news text: who did what to whom, where, when, "
                       "and whether it really happened (CAMEO/PLOVER).", no_args_is_help=True,
                  pretty_exceptions_enable=False)
out = Console()
err = Console(stderr=True)
