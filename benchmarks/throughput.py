"""Throughput and memory of the coder, as ratios against the raw spaCy parse of the same texts.

    .venv/bin/python benchmarks/throughput.py [--runs 3] [--repeat 20] [INPUT...]

Without INPUT it codes the bundled sample corpus, repeated ``--repeat`` times so a run lasts
long enough to time. Each run measures, on the same texts in the same process: the raw parse
(``nlp.pipe`` with the coder's components) and the full coder (normalise, parse, actors, places,
times, events, resolve). It prints the median of the runs, the coder/raw speed ratio and the peak
resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from eventcoder import nlp
from eventcoder.ingest import read_documents
from eventcoder.pipeline import analyze
from eventcoder.records import Document
from eventcoder.tables import data_path


def corpus(inputs: list[str], repeat: int) -> list[Document]:
    """The documents to time: the inputs given, or the sample corpus, ``repeat`` times over."""
    docs = list(read_documents(inputs or [str(data_path("samples/samples.jsonl"))]))
    return [replace(d, id=f"{d.id}#{n}") for n in range(repeat) for d in docs]


def time_raw(docs: list[Document]) -> float:
    start = time.perf_counter()
    for _ in nlp.parse(d.text for d in docs):
        pass
    return time.perf_counter() - start


def time_coder(docs: list[Document]) -> tuple[float, int]:
    start = time.perf_counter()
    events = sum(len(a.events) for a in analyze(docs))
    return time.perf_counter() - start, events


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    docs = corpus(args.inputs, args.repeat)
    words = sum(len(d.text.split()) for d in docs)
    nlp.get_nlp()
    time_coder(docs[:2])  # warm up: load the knowledge and build the matchers
    raw, coder, events = [], [], 0
    for run in range(args.runs):
        raw.append(time_raw(docs))
        seconds, events = time_coder(docs)
        coder.append(seconds)
        print(f"run {run + 1}: raw {raw[-1]:.2f} s, coder {seconds:.2f} s", file=sys.stderr)
    raw_s, coder_s = statistics.median(raw), statistics.median(coder)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(docs)} documents, {words} words, {events} events ({Path(sys.argv[0]).name})")
    print(f"raw spaCy parse : {len(docs) / raw_s:8.1f} docs/s {words / raw_s:9.0f} words/s  (median of {args.runs})")
    print(f"full coder      : {len(docs) / coder_s:8.1f} docs/s {words / coder_s:9.0f} words/s")
    print(f"coder/raw speed ratio: {raw_s / coder_s:.2f}")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
