"""eventcoder: political event data from news text.

Who did what to whom, where, when, and whether it really happened, as CAMEO/PLOVER-coded
event records with their evidence::

    import eventcoder
    for event in eventcoder.code_text("Russia and North Korea held talks in Vladivostok.",
                                      date=datetime.date(2023, 9, 14)):
        print(event.to_dict())
"""

from eventcoder.errors import DataFileError, EventcoderError, InputError, UsageError
from eventcoder.ingest import read_documents
from eventcoder.pipeline import Analysis, analyze, code_documents, code_text
from eventcoder.records import Actor, ActorMention, Document, Event, Place, TimeValue

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorMention",
    "Analysis",
    "DataFileError",
    "Document",
    "Event",
    "EventcoderError",
    "InputError",
    "Place",
    "TimeValue",
    "UsageError",
    "__version__",
    "analyze",
    "code_documents",
    "code_text",
    "read_documents",
]
