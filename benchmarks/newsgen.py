"""A generator of news-style articles for the benchmarks: our own sentence templates filled with real
country names, capitals, demonyms and office holders read from the shipped actor tables.

    .venv/bin/python benchmarks/newsgen.py 10000 -o /tmp/news.jsonl [--seed 7]

Each article has a dateline, 9 to 18 sentences mixing diplomatic, economic and military events
(visits, talks, agreements, accusations, sanctions, strikes, aid, denials, future plans) with
background sentences that carry no event, and a publication date. The same seed gives the same
articles, so runs are comparable.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventcoder.records import Document
from eventcoder.tables import data_path, read_table


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    adjective: str
    capital: str


@dataclass(frozen=True, slots=True)
class Leader:
    name: str
    office: str
    country: str  # the country's name


#: event sentences; {a}/{b}: country names, {aa}/{ba}: demonyms, {ca}/{cb}: capitals, {la}/{lb}: "office name"
EVENTS = (
    "{la} arrived in {cb} on {day} for a two-day visit, the first such trip in {n} years.",
    "{la} met {lb} in {cb} and discussed trade, energy and regional security.",
    "{a} and {b} signed an agreement on {topic} after months of negotiations.",
    "The {aa} foreign ministry condemned the {ba} decision to expel two diplomats.",
    "{a} accused {b} of violating the ceasefire along the border {when}.",
    "{lb} said {b} would not accept any deal that ignored its security interests.",
    "{a} imposed new sanctions on {ba} banks and energy companies {when}.",
    "{aa} forces shelled positions near the border, killing {n} soldiers, officials said.",
    "{a} will send {n} tonnes of food aid to {b} next month, the ministry announced.",
    "{lb} denied that {b} had supplied weapons to the rebels.",
    "{a} threatened to cut gas deliveries to {b} if the dispute was not settled.",
    "The two governments agreed to resume talks on {topic} in {cb} {later}.",
    "{la} praised {b} for its role in the peace process.",
    "{a} recalled its ambassador from {cb} in protest {when}.",
    "{lb} invited {la} to attend a summit in {cb} {later}.",
    "Police in {ca} arrested {n} protesters who marched on the {ba} embassy.",
    "{a} and {b} held joint naval exercises in the region {when}.",
    "{aa} officials urged {b} to release the detained journalists.",
    "{a} rejected the {ba} proposal for a new round of negotiations.",
    "{la} is expected to travel to {cb} {later} to discuss {topic}.",
    "{b} did not sign the joint statement, diplomats said.",
    "{a} pledged {n} million dollars to help {b} rebuild after the floods.",
    "Militants attacked a {aa} military convoy near the {ba} border {when}.",
    "{lb} warned that {b} could retaliate if the strikes continued.",
)

#: sentences with no political event, for the texture of real reports
BACKGROUND = (
    "Relations between the two countries have been strained since the dispute over {topic} began.",
    "Trade between them reached {n} billion dollars last year, according to official figures.",
    "The talks were held behind closed doors and no journalists were allowed in.",
    "Analysts said the meeting was mostly symbolic, with few concrete results expected.",
    "The weather in {ca} was cold and wet, and the ceremony was moved indoors.",
    "Markets in {ca} rose slightly after the announcement.",
    "The region has seen repeated clashes over water, grazing land and mineral rights.",
    "Both sides described the atmosphere as constructive.",
    "Neither ministry responded to requests for comment.",
    "The parliament in {ca} is due to debate the budget next week.",
)

TOPICS = ("energy cooperation", "border security", "grain exports", "nuclear safety", "fisheries", "visa rules",
          "a new pipeline", "customs duties", "prisoner exchanges", "water sharing")
WHEN = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "yesterday",
        "earlier this month", "on Saturday")
LATER = ("next month", "next week", "later this year", "in the spring", "next year")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday")


def load_world() -> tuple[list[Country], list[Leader]]:
    """Countries with a capital and demonym, and the office holders with an open term, from our tables."""
    countries: dict[str, Country] = {}
    for row in read_table(data_path("actors/countries.tsv"), required=("code", "name")):
        adjectives, capitals = row.values("adjectives"), row.values("capitals")
        if adjectives and capitals:
            countries[row["code"]] = Country(row["name"], adjectives[0], capitals[0])
    leaders = [Leader(row["name"], row["office"], countries[row["country"]].name)
               for row in read_table(data_path("actors/people.tsv"), required=("name", "country"))
               if row["country"] in countries and row["office"] and not row["to"] and not row["name"][0].islower()]
    return list(countries.values()), leaders


class NewsGenerator:
    """Articles from templates; ``article(i)`` is the same for the same seed and index."""

    def __init__(self, *, seed: int = 7) -> None:
        self.seed = seed
        self.countries, self.leaders = load_world()
        self.by_country: dict[str, list[Leader]] = {}
        for leader in self.leaders:
            self.by_country.setdefault(leader.country, []).append(leader)
        # countries with someone to quote come up more often, as in real news
        self.actors = [c for c in self.countries if c.name in self.by_country] * 3 + self.countries

    def _leader(self, rng: random.Random, country: Country) -> str:
        leaders = self.by_country.get(country.name)
        if not leaders:
            return f"the {country.adjective} foreign minister"
        leader = rng.choice(leaders)
        return f"{country.adjective} {leader.office} {leader.name}"

    def article(self, index: int) -> Document:
        rng = random.Random(f"{self.seed}:{index}")
        a, b = rng.sample(self.actors, 2)
        while b.name == a.name:
            b = rng.choice(self.countries)
        pub = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        sentences = [f"{a.capital.upper()} — " + self._fill(rng.choice(EVENTS), rng, a, b)]
        for _ in range(rng.randint(8, 17)):
            first, second = (a, b) if rng.random() < 0.7 else (b, a)
            pool = EVENTS if rng.random() < 0.65 else BACKGROUND
            sentences.append(self._fill(rng.choice(pool), rng, first, second))
        title = f"{a.name} and {b.name}: {rng.choice(TOPICS)}"
        return Document(id=f"gen-{self.seed}-{index:06d}", text=" ".join(sentences), date=pub, title=title,
                        source="newsgen")

    def _fill(self, template: str, rng: random.Random, a: Country, b: Country) -> str:
        text = template.format(a=a.name, b=b.name, aa=a.adjective, ba=b.adjective, ca=a.capital, cb=b.capital,
                               la=self._leader(rng, a), lb=self._leader(rng, b), topic=rng.choice(TOPICS),
                               when=rng.choice(WHEN), later=rng.choice(LATER), day=rng.choice(DAYS),
                               n=rng.choice((2, 3, 5, 12, 40, 150)))
        return text[0].upper() + text[1:]

    def articles(self, count: int, *, start: int = 0) -> Iterator[Document]:
        for index in range(start, start + count):
            yield self.article(index)


def generate(count: int, *, seed: int = 7) -> list[Document]:
    """``count`` generated articles."""
    return list(NewsGenerator(seed=seed).articles(count))


def write_jsonl(documents: Iterator[Document] | list[Document], path: str | Path) -> int:
    """Write documents as input JSON Lines ``{id, text, date, title, source}``; return how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for doc in documents:
            record = {"id": doc.id, "text": doc.text, "date": doc.date.isoformat() if doc.date else None,
                      "title": doc.title, "source": doc.source}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    written = write_jsonl(NewsGenerator(seed=args.seed).articles(args.count), args.output)
    print(f"{written} articles written to {args.output}")


if __name__ == "__main__":
    main()
