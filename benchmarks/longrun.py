"""A long batch: memory stays flat, and a run killed half-way and resumed codes every document once.

    .venv/bin/python benchmarks/longrun.py [--count 10000] [--workers 2] [--folder /tmp/longrun]

Generates ``--count`` articles (benchmarks/newsgen.py) into a JSON Lines file, starts
``eventcoder code docs.jsonl -o events.jsonl --workers N``, samples the resident memory of the
command and its worker processes every second, kills the whole process group (SIGKILL) once half
the documents are recorded as done, and runs it again with ``--resume``. It then checks that the
state file names every document exactly once and that no event is written twice, and prints the
memory of each process early in each run and at its end.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from newsgen import NewsGenerator, write_jsonl

EVENTCODER = str(Path(sys.executable).parent / "eventcoder")


def rss_mb(pid: int) -> dict[int, float]:
    """Resident memory (MB) of a process and its descendants, by pid."""
    found: dict[int, float] = {}
    todo = [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        rss = next((line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")), "0")
        found[current] = int(rss) / 1024
        todo += [int(c) for c in children]
    return found


def done_count(state: Path) -> int:
    return state.read_text(encoding="utf-8").count("\n") if state.exists() else 0


def run(command: list[str], folder: Path, state: Path, *, kill_at: int | None) -> dict:
    """Run the command, sampling memory; kill it once ``kill_at`` documents are done. Returns the samples."""
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    samples: list[tuple[float, int, dict[int, float]]] = []
    killed = False
    while process.poll() is None:
        time.sleep(1.0)
        done = done_count(state)
        samples.append((time.monotonic() - start, done, rss_mb(process.pid)))
        if kill_at is not None and done >= kill_at:
            os.killpg(process.pid, signal.SIGKILL)
            killed = True
            break
    process.wait()
    return {"seconds": time.monotonic() - start, "samples": samples, "killed": killed, "done": done_count(state)}


def describe(label: str, result: dict, done_before: int) -> None:
    working = [s for s in result["samples"] if s[1] > done_before and s[2] and min(s[2].values()) > 0]
    if not working:
        print(f"{label}: no samples")
        return
    first = working[0]
    last = next(s for s in reversed(working) if len(s[2]) == len(first[2]))  # before the workers exit
    peak = max(max(s[2].values()) for s in working)

    def show(sample: tuple[float, int, dict[int, float]]) -> str:
        return f"{sample[1]:5d} docs done: " + " + ".join(f"{v:.0f}" for v in sample[2].values()) + " MB"

    coded = result["done"] - done_before
    print(f"{label}: {coded} documents in {result['seconds']:.0f} s ({coded / result['seconds']:.1f} docs/s)"
          f"{', killed' if result['killed'] else ''}")
    print(f"  RSS early  ({show(first)})")
    print(f"  RSS at end ({show(last)})")
    print(f"  peak RSS of one process: {peak:.0f} MB")


def check(folder: Path, count: int) -> bool:
    """Every document recorded exactly once, and no event written twice."""
    state = [json.loads(line) for line in (folder / "events.jsonl.state").read_text().splitlines()]
    ids = Counter(record["id"] for record in state)
    events = [json.loads(line)["event_id"] for line in (folder / "events.jsonl").read_text().splitlines()]
    repeated = [e for e, n in Counter(events).items() if n > 1]
    once = len(ids) == count and set(ids.values()) == {1}
    failed = sum(1 for record in state if record.get("failed"))
    print(f"check: {len(ids)} of {count} documents recorded, each exactly once: {once}; {failed} failed; "
          f"{len(events)} events, {len(repeated)} written twice")
    return once and not repeated


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/eventcoder-longrun"))
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    for old in ("events.jsonl", "events.jsonl.state", "errors.jsonl"):
        (args.folder / old).unlink(missing_ok=True)
    write_jsonl(NewsGenerator(seed=11).articles(args.count), args.folder / "docs.jsonl")
    command = [EVENTCODER, "code", "docs.jsonl", "-o", "events.jsonl", "--workers", str(args.workers),
               "--errors", "errors.jsonl"]
    state = args.folder / "events.jsonl.state"
    first = run(command, args.folder, state, kill_at=args.count // 2)
    describe("first run", first, 0)
    second = run([*command, "--resume"], args.folder, state, kill_at=None)
    describe("resumed run", second, first["done"])
    sys.exit(0 if check(args.folder, args.count) else 1)


if __name__ == "__main__":
    main()
