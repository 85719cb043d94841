"""Country words written with a named body or thing: whose body, who leads it, who owns it; places by owner."""

from __future__ import annotations

from datetime import date

from eventcoder.actors import find_actors
from eventcoder.nlp import get_nlp
from eventcoder.records import ActorMention


def mentions(text: str) -> dict[str, ActorMention]:
    return {m.actor.text: m for m in find_actors(get_nlp()(text), on=date(2024, 3, 5))}


def code(m: ActorMention) -> tuple[str | None, str | None]:
    return m.actor.country, m.actor.agent


def test_a_country_before_another_states_body_name_names_its_own_body() -> None:
    assert code(mentions("Chile's Congress rejected the pension reform.")["Chile's Congress"]) == ("CHL", "LEG")
    assert code(mentions("The Colombian Congress debated the budget.")["Colombian Congress"]) == ("COL", "LEG")


def test_the_states_own_body_keeps_its_code() -> None:
    assert code(mentions("The US Congress approved new aid.")["US Congress"]) == ("USA", "LEG")


def test_a_country_leading_a_named_body_leaves_the_body_its_code() -> None:
    found = mentions("Belarus asked the Russian-led CSTO for support.")
    assert found["Russian-led CSTO"].actor.country == "IGO"
    assert code(mentions("Nigerian-led troops crossed the border.")["Nigerian-led troops"]) == ("NGA", "MIL")


def test_the_country_after_a_led_body_is_the_named_state() -> None:
    found = mentions("Armenia appealed to the Russian-led CSTO, which sent observers to the country.")
    assert found["the country"].actor.country == "ARM"


def test_a_country_owning_a_thing_is_a_business_of_that_country() -> None:
    found = mentions("Finnish police boarded a Greek-owned tanker near the port.")
    assert code(found["Greek"]) == ("GRC", "BUS")


def test_a_territory_has_its_own_code() -> None:
    assert mentions("Riots broke out in New Caledonia overnight.")["New Caledonia"].actor.country == "NCL"


def test_a_role_in_a_countrys_region_takes_the_country() -> None:
    found = mentions("Officials in Georgia's breakaway region of Abkhazia asked Moscow for help.")
    assert found["Officials"].actor.country == "GEO"


def test_forces_acting_in_a_countrys_region_take_the_country() -> None:
    found = mentions("Security forces arrested dozens of protesters in Iraq's southern province.")
    assert found["Security forces"].actor.country == "IRQ"


def test_allied_fighters_take_the_country_of_the_force_they_are_coordinated_with() -> None:
    found = mentions("Security forces and allied militias stormed three villages in Mali's central region.")
    assert found["militias"].actor.country == "MLI"
    found = mentions("Nigerien troops and allied militiamen repelled the raid.")
    assert found["militiamen"].actor.country == "NER"
