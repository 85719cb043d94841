from eventcoder.records import Actor, Event, Place


def make(**kw):
    base = dict(doc_id="d1", sentence=2, evidence="Russia hosted Kim.", span=(10, 28),
                source=Actor(text="Russia", name="Russia", country="RUS", agent="GOV"),
                target=Actor(text="Kim", name="Kim Jong-un", country="PRK", agent="GOV"),
                cameo="043", cameo_root="04", quad=1, goldstein=2.8, plover="CONSULT",
                factuality="asserted", rule="host.v")
    base.update(kw)
    return Event(**base)


def test_event_id_is_stable_and_depends_on_the_key_fields():
    assert make().event_id == make(evidence="other words").event_id
    assert make().event_id != make(cameo="042").event_id
    assert make().event_id != make(sentence=3).event_id


def test_record_has_every_contract_field_nested_and_flat():
    d = make(location=Place(text="Vladivostok", start=0, end=11, sentence=0, lat=43.1, lon=131.9)).to_dict()
    assert list(d) == ["event_id", "doc_id", "sentence", "evidence", "span", "date", "date_text", "source",
                       "target", "cameo", "cameo_root", "quad", "goldstein", "plover", "factuality", "cue",
                       "attribution", "location", "confidence", "rule"]
    assert d["source"]["code"] == "RUSGOV" and d["span"] == [10, 28] and d["location"]["lat"] == 43.1
    flat = make().to_flat()
    assert flat["source_country"] == "RUS" and flat["target_code"] == "PRKGOV"
    assert flat["location_lat"] is None and flat["span_start"] == 10


def test_actor_code_without_agent_or_country():
    assert Actor(text="Chad", country="TCD").code == "TCD"
    police = Actor(text="police", agent="COP").to_dict()  # CAMEO writes an unknown country as ---
    assert police["code"] == "---COP" and police["country"] == "---"
    assert Actor(text="someone").to_dict()["code"] is None
