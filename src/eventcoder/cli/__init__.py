"""The ``eventcoder`` command line: each command a thin wrapper over library functions.

Commands live in one module per concern and register themselves on the shared ``app``.
"""

from eventcoder.cli import coding  # noqa: F401  (registers code, explain, demo, places, times)
from eventcoder.cli.app import app

__all__ = ["app"]
