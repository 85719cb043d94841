from eventcoder.dedup import dedup_document
from eventcoder.records import Actor, Event


def event(code="042", confidence=0.5, source="RUS"):
    return Event(doc_id="d", sentence=0, evidence="e", span=(0, 1), source=Actor(text=source, country=source),
                 target=None, cameo=code, cameo_root=code[:2], quad=1, goldstein=1.9, plover="CONSULT",
                 factuality="asserted", rule="r", confidence=confidence)


def test_same_event_twice_keeps_the_most_confident():
    kept = dedup_document([event(confidence=0.4), event(code="043"), event(confidence=0.9)])
    assert [(e.cameo, e.confidence) for e in kept] == [("042", 0.9), ("043", 0.5)]


def test_different_dyads_are_kept():
    assert len(dedup_document([event(source="RUS"), event(source="PRK")])) == 2
