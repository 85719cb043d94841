"""Throughput and memory of the coder, against the raw spaCy parse of the same texts.

    .venv/bin/python benchmarks/throughput.py [--articles 300] [--runs 3] [--workers 1,2] [INPUT...]

Without INPUT it codes ``--articles`` generated news articles (benchmarks/newsgen.py: our own
templates with real names from the actor tables). Each run times, in this process, on the same
texts: the raw parse (``nlp.pipe`` with the coder's components, the physical limit) and the full
coder on one process (normalise, parse, actors, places, times, events, resolve, dedup). It prints
articles/s, words/s and sentences/s of both (medians of the runs), the coder/raw speed ratio (of the
median times, and the median of each run's own ratio, by wall clock and by this process's CPU time:
on a shared machine the CPU ratio is the steadier one) and the peak resident memory of the process.
``--workers 1,2`` also times the local engine end to end (worker start included) with each number
of worker processes and prints the speed-up over the first.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

from eventcoder import nlp
from eventcoder.engines import code_local
from eventcoder.ingest import read_documents
from eventcoder.pipeline import analyze, warm_up
from eventcoder.records import Document
from newsgen import generate


def corpus(inputs: list[str], articles: int) -> list[Document]:
    """The documents to time: the inputs given, or ``articles`` generated articles."""
    return list(read_documents(inputs)) if inputs else generate(articles)


def time_raw(docs: list[Document]) -> tuple[float, float, int]:
    """Wall and CPU seconds for the raw parse, and the number of sentences it found."""
    start, cpu = time.perf_counter(), time.process_time()
    sentences = sum(len(list(doc.sents)) for doc in nlp.parse(d.text for d in docs))
    return time.perf_counter() - start, time.process_time() - cpu, sentences


def time_coder(docs: list[Document]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds for the full coder on one process, the events it found and the documents that failed."""
    failed: list[object] = []
    start, cpu = time.perf_counter(), time.process_time()
    events = sum(len(a.events) for a in analyze(docs, on_error=failed.append))
    return time.perf_counter() - start, time.process_time() - cpu, events, len(failed)


def time_workers(docs: list[Document], workers: int) -> float:
    """Seconds for the local engine with ``workers`` processes, from start to the last document."""
    start = time.perf_counter()
    for _ in code_local(docs, workers=workers):
        pass
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rates(label: str, seconds: float, docs: int, words: int, sentences: int) -> str:
    return (f"{label:15s}: {docs / seconds:7.1f} articles/s {words / seconds:8.0f} words/s "
            f"{sentences / seconds:7.1f} sentences/s  ({seconds:.1f} s)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", default="", help="comma-separated worker counts to compare, e.g. 1,2")
    args = parser.parse_args(argv)
    docs = corpus(args.inputs, args.articles)
    words = sum(len(d.text.split()) for d in docs)
    warm_up()
    analyze_rss = peak_rss_mb()
    raw, coder, raw_cpu, coder_cpu = [], [], [], []
    sentences = events = failed = 0
    for run in range(args.runs):
        seconds, cpu, sentences = time_raw(docs)
        raw.append(seconds)
        raw_cpu.append(cpu)
        seconds, cpu, events, failed = time_coder(docs)
        coder.append(seconds)
        coder_cpu.append(cpu)
        print(f"run {run + 1}: raw {raw[-1]:.1f} s (CPU {raw_cpu[-1]:.1f} s), coder {coder[-1]:.1f} s "
              f"(CPU {coder_cpu[-1]:.1f} s): ratio {raw[-1] / coder[-1]:.2f}, CPU {raw_cpu[-1] / coder_cpu[-1]:.2f}",
              file=sys.stderr)
    raw_s, coder_s = statistics.median(raw), statistics.median(coder)
    print(f"corpus: {len(docs)} articles, {words} words, {sentences} sentences; {events} events, "
          f"{failed} failed document(s)")
    print(rates("raw spaCy parse", raw_s, len(docs), words, sentences) + f"  median of {args.runs}")
    print(rates("full coder", coder_s, len(docs), words, sentences))
    print(f"coder/raw speed ratio: {raw_s / coder_s:.2f}")
    print(f"coder/raw per run: {', '.join(f'{r / c:.2f}' for r, c in zip(raw, coder, strict=True))} (median "
          f"{statistics.median(r / c for r, c in zip(raw, coder, strict=True)):.2f}); by CPU time: "
          f"{', '.join(f'{r / c:.2f}' for r, c in zip(raw_cpu, coder_cpu, strict=True))} (median "
          f"{statistics.median(r / c for r, c in zip(raw_cpu, coder_cpu, strict=True)):.2f})")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (after loading: {analyze_rss:.0f} MB)")
    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    if counts:
        timings = {n: statistics.median(time_workers(docs, n) for _ in range(args.runs)) for n in counts}
        for n, seconds in timings.items():
            print(f"--workers {n}: {seconds:6.1f} s  {len(docs) / seconds:6.1f} articles/s  "
                  f"speed-up {timings[counts[0]] / seconds:.2f}x  (median of {args.runs}, worker start included)")


if __name__ == "__main__":
    main()
