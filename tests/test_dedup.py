from eventcoder.dedup import Report, cluster_reports, dedup_document, dedup_events
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


def report(doc, *, date="2024-03-05", place=None, source="LAOGOV", factuality="asserted", eid=None):
    return Report(event_id=eid or f"{doc}-{date}-{place}", doc_id=doc, source=source, target="VNMGOV", root="04",
                  factuality=factuality, date=date, place=place)


def test_reports_a_day_apart_in_the_same_place_are_one_event():
    clusters = cluster_reports([report("a"), report("b", date="2024-03-06", place="hanoi"), report("c", place=None)])
    assert len(set(clusters.values())) == 1


def test_reports_apart_in_time_place_side_or_status_stay_apart():
    reports = [report("a", place="hanoi"), report("b", date="2024-03-08"), report("c", place="oslo"),
               report("d", source="NORGOV"), report("e", factuality="negated"), report("f", date=None)]
    assert len(set(cluster_reports(reports).values())) == 6


def test_a_cluster_spans_at_most_one_day():
    days = [report(str(i), date=f"2024-03-0{i}") for i in (1, 2, 3)]
    clusters = cluster_reports(days)
    assert clusters[days[0].event_id] == clusters[days[1].event_id] != clusters[days[2].event_id]


def test_merged_event_keeps_every_report(new_event):
    make_event = new_event
    merged = dedup_events([make_event("d1", confidence=0.4), make_event("d2", confidence=0.9),
                           make_event("d3", cameo="190", quad=4)])
    assert sorted(len(m.reports) for m in merged) == [1, 2]
    visit = next(m for m in merged if len(m.reports) == 2)
    assert visit.doc_ids == ["d1", "d2"] and visit.event.doc_id == "d2"
