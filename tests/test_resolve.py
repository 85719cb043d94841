from dataclasses import replace
from datetime import date

from eventcoder.records import Actor, EventMatch, Place, TimeValue
from eventcoder.resolve import Context, resolve

TEXT = "On May 3, Chad met Niger at Lake Chad.\nChad later visited the Kainji Dam."
RUS = Actor(text="Chad", country="TCD", agent="GOV")
NER = Actor(text="Niger", country="NER")


def match(cameo="040", sentence=0, span=(0, 38), clause=((10, 37),), trigger=(15, 18), target=NER,
          factuality="asserted"):
    return EventMatch(sentence=sentence, evidence=TEXT[span[0]:span[1]], span=span, trigger=trigger, source=RUS,
                      target=target, cameo=cameo, factuality=factuality, rule="test", clause=clause)


def place(text, start, country, feature="PPL"):
    return Place(text=text, start=start, end=start + len(text), sentence=0, name=text, country=country,
                 lat=1.0, lon=2.0, feature=feature)


LAKE = place("Lake Chad", 28, "TCD", "LK")
DAM = place("Kainji Dam", 61, "NGA", "FAC")
MAY3 = TimeValue(text="On May 3", start=0, end=8, sentence=0, value="2023-05-03")


def test_code_facts_date_and_place_come_from_the_clause_and_sentence():
    (event,) = resolve("d", [match()], context=Context(text=TEXT, times=[MAY3], places=[LAKE]))
    assert (event.cameo_root, event.quad, event.plover) == ("04", 1, "CONSULT")
    assert event.goldstein > 0
    assert event.date == "2023-05-03" and event.date_text == "On May 3"
    assert event.location.name == "Lake Chad"


def test_a_visit_without_host_visits_the_country_of_the_place_visited():
    visit = match(cameo="042", sentence=1, span=(39, 72), clause=((39, 71),), trigger=(50, 57), target=None)
    (event,) = resolve("d", [visit], context=Context(text=TEXT, times=[MAY3], places=[LAKE, DAM]))
    assert event.location.name == "Kainji Dam"
    assert event.target.country == "NGA"
    assert event.date == "2023-05-03"  # no other date told since: the scene's date carries over the paragraph


def test_a_later_date_ends_the_scene():
    text = TEXT + "\nIn 2020 Chad had built roads.\nChad later met Niger again."
    in_2020 = TimeValue(text="In 2020", start=73, end=80, sentence=2, value="2020")
    later = match(sentence=3, span=(104, 131), clause=((104, 130),), trigger=(115, 118))
    (event,) = resolve("d", [later], context=Context(text=text, times=[MAY3, in_2020], places=[]))
    assert event.date is None


def test_an_event_dated_by_the_scene_takes_the_scene_s_site():
    later = match(sentence=1, span=(39, 72), clause=((39, 50),), trigger=(45, 50))
    (event,) = resolve("d", [later], context=Context(text=TEXT, times=[MAY3], places=[LAKE]))
    assert event.date == "2023-05-03" and event.location.name == "Lake Chad"


def test_a_plan_takes_date_and_site_from_the_sentence_that_tells_them():
    text = "Chad will talk to Niger. They are expected to meet in Niamey next month."
    plan = match(sentence=0, span=(0, 24), clause=((0, 23),), trigger=(10, 14), factuality="future")
    niamey = Place(text="Niamey", start=54, end=60, sentence=1, name="Niamey", country="NER", lat=13.5, lon=2.1,
                   feature="PPLC")
    month = TimeValue(text="next month", start=61, end=71, sentence=1, value="2023-06")
    context = Context(text=text, times=[month], places=[niamey], pub_date=date(2023, 5, 3))
    (event,) = resolve("d", [plan], context=context)
    assert (event.date, event.location.name) == ("2023-06", "Niamey")
    same = match(sentence=1, span=(25, 72), clause=((25, 71),), trigger=(46, 50), factuality="future")
    first, _ = resolve("d", [plan, same], context=context)
    assert first.date == "2023-06"  # the next sentence goes on about the same two countries: the same plan
    other = replace(same, target=Actor(text="Mali", country="MLI"))
    first, _ = resolve("d", [plan, other], context=context)
    assert first.date is None  # the next sentence tells another pair's event: its date is that one's


def test_future_events_take_no_earlier_scene_date_or_place():
    later = match(sentence=1, span=(39, 72), clause=((39, 50),), trigger=(45, 50), factuality="future")
    text = TEXT.replace("\n", " ")
    (event,) = resolve("d", [later], context=Context(text=text, times=[MAY3], places=[LAKE]))
    assert event.date is None and event.location is None


def test_asserted_events_keep_the_scene_of_their_paragraph():
    later = match(sentence=1, span=(39, 72), clause=((39, 50),), trigger=(45, 50))
    text = TEXT.replace("\n", " ")
    (event,) = resolve("d", [later], context=Context(text=text, times=[MAY3], places=[LAKE]))
    assert event.date == "2023-05-03" and event.location.name == "Lake Chad"


def test_a_party_is_not_the_place_of_its_own_event():
    niger = place("Niger", 19, "NER", "PCLI")
    (event,) = resolve("d", [match()], context=Context(text=TEXT, times=[], places=[niger]))
    assert event.location is None


def test_dateline_gives_the_place_when_the_clause_has_none():
    text = "KYIV, May 3 (AP) - Chad met Niger."
    kyiv = place("KYIV", 0, "UKR", "PPLC")
    m = match(span=(19, 34), clause=((19, 33),), trigger=(24, 27))
    (event,) = resolve("d", [m], context=Context(text=text, times=[], places=[kyiv]))
    assert event.location.name == "KYIV"


def test_present_ref_is_not_a_date():
    now = TimeValue(text="now", start=3, end=6, sentence=0, value="PRESENT_REF")
    (event,) = resolve("d", [match(clause=((0, 38),))], context=Context(text=TEXT, times=[now], places=[]))
    assert event.date is None


def test_an_event_without_target_takes_the_country_of_its_site_but_a_statement_does_not():
    def located(cameo):
        event = match(cameo=cameo, sentence=1, span=(39, 72), clause=((39, 71),), trigger=(50, 57), target=None)
        (out,) = resolve("d", [event], context=Context(text=TEXT, times=[], places=[DAM]))
        return out.target.country if out.target else None

    assert located("1723") == "NGA"  # a curfew imposed at a site in Nigeria
    assert located("010") is None  # a remark made somewhere is not about that place


def test_a_concession_takes_its_site_as_target_only_from_abroad():
    def located(site):
        event = match(cameo="0871", sentence=1, span=(39, 72), clause=((39, 71),), trigger=(50, 57), target=None)
        (out,) = resolve("d", [event], context=Context(text=TEXT, times=[], places=[site]))
        return out.target.country if out.target else None

    assert located(DAM) == "NGA"  # Chad's ceasefire in Nigeria: a concession to that country
    assert located(replace(DAM, country="TCD")) is None  # a ceasefire at home yields to no place


TOUR = "Next, the premier will visit a tank plant in Omsk and the naval base in Vladivostok."
PLANT = Actor(text="a tank plant", country="RUS", agent="BUS")


def city(text, where, lat, lon, sentence=0):
    start = where.index(text)
    return Place(text=text, start=start, end=start + len(text), sentence=sentence, name=text, country="RUS",
                 lat=lat, lon=lon, feature="PPL")


def tour(text, *, end=None):
    end = end or len(TOUR)
    return EventMatch(sentence=0, evidence=text[:end], span=(0, end), trigger=(23, 28), source=RUS, target=PLANT,
                      cameo="042", factuality="future", rule="test", clause=((0, end - 1),))


def test_a_visit_to_far_apart_cities_is_one_visit_per_city():
    omsk, vladivostok = city("Omsk", TOUR, 54.99, 73.37), city("Vladivostok", TOUR, 43.11, 131.87)
    first, second = resolve("d", [tour(TOUR)], context=Context(text=TOUR, times=[], places=[omsk, vladivostok]))
    assert (first.location.name, second.location.name) == ("Omsk", "Vladivostok")
    assert (second.cameo, second.factuality, second.source, second.span) == ("042", "future", RUS, first.span)
    assert first.target == PLANT and second.target.country == "RUS" and second.target.agent is None
    assert first.event_id != second.event_id and second.rule == "test>stop"


def test_near_cities_or_a_place_in_another_clause_are_no_further_stop():
    omsk, near = city("Omsk", TOUR, 54.99, 73.37), city("Vladivostok", TOUR, 55.2, 73.9)
    assert len(resolve("d", [tour(TOUR)], context=Context(text=TOUR, times=[], places=[omsk, near]))) == 1
    text = "Next, the premier will visit a tank plant in Omsk, since Vladivostok refused."
    omsk, vladivostok = city("Omsk", text, 54.99, 73.37), city("Vladivostok", text, 43.11, 131.87)
    context = Context(text=text, times=[], places=[omsk, vladivostok])
    assert len(resolve("d", [tour(text, end=len(text))], context=context)) == 1


def test_a_fragment_listing_places_adds_the_stops_of_the_visit_before_it():
    text = "Next, the premier will visit a tank plant in Omsk. Vladivostok, Pacific Fleet base."
    omsk, vladivostok = city("Omsk", text, 54.99, 73.37), city("Vladivostok", text, 43.11, 131.87, sentence=1)
    visit = tour(text, end=50)
    fragment = {1: (51, len(text))}
    context = Context(text=text, times=[], places=[omsk, vladivostok], place_lists=fragment)
    first, second = resolve("d", [visit], context=context)
    assert (first.location.name, second.location.name) == ("Omsk", "Vladivostok")
    assert second.evidence == text and second.sentence == 0
    apart = text.replace(". ", ".\n")  # a new paragraph starts something else
    assert len(resolve("d", [visit], context=replace(context, text=apart))) == 1
    assert len(resolve("d", [visit], context=replace(context, place_lists={}))) == 1
    meeting = replace(visit, cameo="040")  # only a visit has stops
    assert len(resolve("d", [meeting], context=context)) == 1


BOMB = "An anti-Peru reporter was killed by a bomb in Lima."
ARMED = Actor(text="a bomb", agent="UAF")
REPORTER = Actor(text="reporter", agent="MED")


def armed(rule="1823.kill>unattributed", source=ARMED):
    return EventMatch(sentence=0, evidence=BOMB, span=(0, len(BOMB)), trigger=(26, 32), source=source,
                      target=REPORTER, cameo="1823", factuality="asserted", rule=rule, clause=((0, 50),))


def test_an_unattributed_attack_is_by_armed_forces_of_the_country_where_it_happened():
    places = [place("Peru", 8, "PER", "PCLI"), place("Lima", 46, "CHL", "PPLC")]  # nearer, but no site: Peru
    (event,) = resolve("d", [armed()], context=Context(text=BOMB, times=[], places=places))
    assert (event.source.code, event.target.code, event.location.text) == ("CHLUAF", "CHLMED", "Lima")


def test_an_unattributed_attack_without_a_known_site_is_no_event():
    assert resolve("d", [armed()], context=Context(text=BOMB, times=[], places=[])) == []


def test_named_gunmen_take_the_site_s_country_and_stay_without_one():
    gunmen = armed(rule="1823.kill", source=Actor(text="gunmen", agent="UAF"))
    site = [place("Lima", 46, "PER", "PPLC")]
    (event,) = resolve("d", [gunmen], context=Context(text=BOMB, times=[], places=site))
    assert (event.source.code, event.target.code) == ("PERUAF", "PERMED")
    (event,) = resolve("d", [gunmen], context=Context(text=BOMB, times=[], places=[]))
    assert (event.source.code, event.target.code) == ("---UAF", "---MED")


DENIAL_TEXT = "Chad shelled a market in Niger on Monday. Chad denied carrying out the shelling."


def strike(*, sentence, target, factuality, source=RUS, cameo="195"):
    span = (0, 40) if sentence == 0 else (41, 81)
    return EventMatch(sentence=sentence, evidence=DENIAL_TEXT[span[0]:span[1]], span=span, trigger=span, source=source,
                      target=target, cameo=cameo, factuality=factuality, rule="test", clause=(span,))


def test_a_denied_act_without_target_is_the_act_told_before_by_the_same_side():
    told, denied = resolve("d", [strike(sentence=0, target=NER, factuality="asserted"),
                                 strike(sentence=1, target=None, factuality="negated")],
                           context=Context(text=DENIAL_TEXT, times=[], places=[]))
    assert denied.target == NER and denied.event_id != told.event_id


def test_a_denied_act_does_not_take_the_target_of_another_side_or_another_kind_of_act():
    other = Actor(text="Mali", country="MLI", agent="MIL")
    for first in (strike(sentence=0, target=NER, factuality="asserted", source=other),
                  strike(sentence=0, target=NER, factuality="asserted", cameo="173")):
        _, denied = resolve("d", [first, strike(sentence=1, target=None, factuality="negated")],
                            context=Context(text=DENIAL_TEXT, times=[], places=[]))
        assert denied.target is None
