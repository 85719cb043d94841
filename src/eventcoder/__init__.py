"""eventcoder: political event data from news text.

Who did what to whom, where, when, and whether it really happened, as CAMEO/PLOVER-coded
event records with their evidence::

    import datetime, eventcoder
    for event in eventcoder.code_text("Russia and North Korea held talks in Vladivostok.",
                                      date=datetime.date(2023, 9, 14)):
        print(event.to_dict())

The names below are imported on first use, so ``import eventcoder`` stays cheap and loads no
model until something is coded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Actor": "records", "ActorMention": "records", "Document": "records", "Event": "records",
    "Place": "records", "TimeValue": "records",
    "DataFileError": "errors", "EventcoderError": "errors", "InputError": "errors", "UsageError": "errors",
    "Analysis": "pipeline", "analyze": "pipeline", "code_documents": "pipeline", "code_text": "pipeline",
    "read_documents": "ingest",
}

__all__ = [  # noqa: RUF022 - grouped as _EXPORTS is
    "Actor", "ActorMention", "Document", "Event", "Place", "TimeValue",
    "DataFileError", "EventcoderError", "InputError", "UsageError",
    "Analysis", "analyze", "code_documents", "code_text", "read_documents", "__version__",
]

if TYPE_CHECKING:
    from eventcoder.errors import DataFileError, EventcoderError, InputError, UsageError
    from eventcoder.ingest import read_documents
    from eventcoder.pipeline import Analysis, analyze, code_documents, code_text
    from eventcoder.records import Actor, ActorMention, Document, Event, Place, TimeValue


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'eventcoder' has no attribute {name!r}")
    value = getattr(import_module(f"eventcoder.{_EXPORTS[name]}"), name)
    globals()[name] = value
    return value
