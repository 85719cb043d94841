"""The ``eventcoder`` command line: each command a thin wrapper over library functions.

Commands live in one module per concern and register themselves on the shared ``app``.
"""

# coding registers code, explain, demo, places, times; store registers query, dyad, export, serve;
# actors registers actors
from eventcoder.cli import actors, coding, store  # noqa: F401
from eventcoder.cli.app import app

__all__ = ["app"]
