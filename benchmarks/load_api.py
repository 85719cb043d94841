"""Load test of the HTTP API: many concurrent requests against ``eventcoder serve`` on 127.0.0.1.

    .venv/bin/python benchmarks/load_api.py [--db demo.duckdb] [--requests 200] [--docs 2000]

Without ``--db`` it builds a synthetic store (``--docs`` documents of hand-made events) in a
temporary folder. It starts the server in a subprocess bound to 127.0.0.1, learns the right answer
to each query with one sequential request, then sends ``--requests`` requests at once (a mix of
filters, dyads, places and documents) and checks every answer against it. It prints p50/p95/max
latency and fails (exit 1) if any answer is wrong or not a 200.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import itertools
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eventcoder.records import Actor, Document, Event, Place
from eventcoder.store.db import Store

COUNTRIES = ["RUS", "PRK", "CHN", "USA", "UKR", "IRN", "ISR", "TUR", "IND", "PAK"]
CODES = [("042", 1, 1.9), ("057", 1, 8.0), ("070", 2, 7.0), ("112", 3, -2.0), ("190", 4, -10.0), ("036", 1, 4.0)]


def synthetic_store(path: Path, *, docs: int, seed: int = 7) -> None:
    """A store of ``docs`` documents with 1-4 invented events each."""
    rng = random.Random(seed)
    start = datetime.date(2022, 1, 1)
    with Store(path) as store:
        for i in range(docs):
            day = start + datetime.timedelta(days=rng.randrange(900))
            events = []
            for s in range(rng.randint(1, 4)):
                a, b = rng.sample(COUNTRIES, 2)
                cameo, quad, gs = rng.choice(CODES)
                place = Place(text="X", start=0, end=1, sentence=s, name=f"place{rng.randrange(50)}", country=b,
                              lat=rng.uniform(-60, 70), lon=rng.uniform(-180, 180))
                events.append(Event(doc_id=f"doc{i}", sentence=s, evidence=f"{a} and {b} sentence {s}.",
                                    span=(s * 30, s * 30 + 20), source=Actor(text=a, country=a, agent="GOV"),
                                    target=Actor(text=b, country=b), cameo=cameo, cameo_root=cameo[:2], quad=quad,
                                    goldstein=gs, plover=None, factuality="asserted", rule="synthetic",
                                    date=day.isoformat(), location=place if rng.random() < 0.6 else None))
            store.write_document(Document(id=f"doc{i}", text="synthetic text " * 10, date=day), events)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def queries(rng: random.Random, n: int, *, doc_id: str) -> list[str]:
    """A mix of API requests."""
    pool = [f"/api/events?country={c}" for c in COUNTRIES] + [f"/api/events?quad={q}&limit=20" for q in (1, 2, 3, 4)]
    pool += [f"/api/dyad?a={a}&b={b}&by=month" for a, b in itertools.pairwise(COUNTRIES)]
    pool += ["/api/places?root=19", "/api/summary", "/api/events?q=sentence&offset=40", f"/api/documents/{doc_id}",
             "/api/events?from=2023-01-01&to=2023-06-30&code=04", "/api/events?bbox=-10,30,40,60"]
    return [rng.choice(pool) for _ in range(n)]


async def fire(base: str, urls: list[str]) -> list[tuple[str, int, bytes, float]]:
    limits = httpx.Limits(max_connections=len(urls), max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        async def one(url: str) -> tuple[str, int, bytes, float]:
            t0 = time.perf_counter()
            response = await client.get(url)
            return url, response.status_code, response.content, time.perf_counter() - t0
        return await asyncio.gather(*(one(u) for u in urls))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: a synthetic one)")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--docs", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            synthetic_store(db, docs=args.docs)
        port = free_port()
        command = [sys.executable, "-c", "from eventcoder.cli import app; app()", "serve", "--db", str(db),
                   "--port", str(port)]
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    httpx.get(base + "/api/summary", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            first = httpx.get(base + "/api/events?limit=1", timeout=60).json()["events"]
            urls = queries(random.Random(1), args.requests, doc_id=first[0]["doc_id"] if first else "none")
            expected = {u: httpx.get(base + u, timeout=60).content for u in set(urls)}
            t0 = time.perf_counter()
            results = asyncio.run(fire(base, urls))
            wall = time.perf_counter() - t0
        finally:
            server.terminate()
            server.wait(timeout=10)
    wrong = [(u, s) for u, s, body, _ in results if s != 200 or body != expected[u]]
    lat = sorted(r[3] * 1000 for r in results)
    p95 = lat[max(0, round(0.95 * len(lat)) - 1)]
    print(f"{len(results)} concurrent requests in {wall:.2f} s: {len(results) - len(wrong)} correct, "
          f"{len(wrong)} wrong; latency ms p50 {statistics.median(lat):.0f}, p95 {p95:.0f}, max {lat[-1]:.0f}")
    for url, status in wrong[:10]:
        print(f"  wrong: {status} {url}")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
