"""Time ``kg build`` against bare spaCy ``nlp.pipe`` on the same texts, and report the ratio.

Each phase runs in a fresh subprocess so its peak memory (max RSS, workers included) is its own.
Three phases: the stock model's bare parse (the target's baseline), the bare parse of the
pipeline exactly as kg runs it (kg swaps in an indexed attribute ruler with identical output,
see ``check_attribute_ruler.py``), and ``kg build``; both ratios are printed.

    python benchmarks/bench_build.py ../shared/data/bbc-news/bbc_news_business.jsonl
    python benchmarks/bench_build.py ../shared/data/reuters21578/reuters_acq.jsonl --jobs 2 --repeat 3
    python benchmarks/bench_build.py ../shared/data/reuters21578/reuters_acq.jsonl --limit 2000 --incremental 10
    python benchmarks/bench_build.py CORPUS --limit 200 --phase build   # one phase alone

The corpora are research-only and are read from ``../shared/data``; nothing of them is written
outside the temporary build folder.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _texts(corpus: Path, limit: int | None) -> list[dict]:
    rows = []
    with corpus.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) == limit:
                break
    return rows


def _peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def phase_parse(corpus: Path, limit: int | None, jobs: int, own: bool = False) -> dict:
    """Bare spaCy: the model kg loads, the same batch size, no kg work at all.

    With ``own``, the pipeline exactly as kg runs it (its sentence-start component, its
    tokenizer fix and its indexed attribute ruler) instead of the stock model, so that the
    difference to ``kg build`` is kg's own work alone.
    """
    import spacy

    from kg.nlp import DEFAULT_MODEL, load
    from kg.pipeline import BATCH_SIZE

    rows = _texts(corpus, limit)
    nlp = load() if own else spacy.load(DEFAULT_MODEL)
    started = time.perf_counter()
    for _ in nlp.pipe((r["text"] for r in rows), batch_size=BATCH_SIZE, n_process=jobs):
        pass
    seconds = time.perf_counter() - started
    return {"documents": len(rows), "words": sum(len(r["text"].split()) for r in rows), "seconds": seconds}


def phase_build(corpus: Path, limit: int | None, jobs: int, out: Path) -> dict:
    """``kg build`` from the same rows (written to a JSONL beside the build), timing model load out."""
    from kg.nlp import load
    from kg.pipeline import build

    rows = _texts(corpus, limit)
    source = out.parent / f"{out.name}.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    load()
    started = time.perf_counter()
    result = build([source], out, jobs=jobs, quiet=True)
    seconds = time.perf_counter() - started
    return {
        "documents": result.processed,
        "words": sum(len(r["text"].split()) for r in rows),
        "seconds": seconds,
        "facts": result.facts,
        "quads": result.quads,
    }


def phase_incremental(corpus: Path, limit: int, new: int, out: Path) -> dict:
    """Build ``limit - new`` documents, then time adding the last ``new`` to that build."""
    from kg.nlp import load
    from kg.pipeline import build

    rows = _texts(corpus, limit)
    first, second = out.parent / "first.jsonl", out.parent / "second.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in rows[:-new]), encoding="utf-8")
    second.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    load()
    started = time.perf_counter()
    build([first], out, quiet=True)
    base_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = build([second], out, quiet=True)
    return {
        "base_documents": len(rows) - new,
        "base_seconds": base_seconds,
        "added": result.processed,
        "unchanged": result.unchanged,
        "add_seconds": time.perf_counter() - started,
    }


def _run_phase(args: argparse.Namespace, phase: str, out: Path) -> dict:
    command = [sys.executable, __file__, str(args.corpus), "--phase", phase, "--jobs", str(args.jobs), "--out", str(out)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    if args.incremental:
        command += ["--incremental", str(args.incremental)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus", type=Path, help="a JSONL corpus with id and text")
    p.add_argument("--limit", type=int, help="only the first N documents")
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--incremental", type=int, metavar="N", help="time adding the last N documents to a build of the rest")
    p.add_argument("--phase", choices=["parse", "kg-parse", "build", "incremental"], help="run one phase here and print JSON")
    p.add_argument("--out", type=Path, help="build folder for --phase (default: a temporary one)")
    p.add_argument(
        "--repeat", type=int, default=1, metavar="N",
        help="run the three phases N times in turn and report the median ratios (this VM's speed drifts)",
    )
    args = p.parse_args()

    if args.phase:
        out = args.out or Path(tempfile.mkdtemp(prefix="kg-bench-")) / "build"
        out.parent.mkdir(parents=True, exist_ok=True)
        if args.phase in ("parse", "kg-parse"):
            result = phase_parse(args.corpus, args.limit, args.jobs, own=args.phase == "kg-parse")
        elif args.phase == "build":
            result = phase_build(args.corpus, args.limit, args.jobs, out)
        else:
            if args.limit is None:
                p.error("--incremental needs --limit")
            result = phase_incremental(args.corpus, args.limit, args.incremental, out)
        result["peak_mib"] = round(_peak_mib(), 1)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        if args.incremental:
            r = _run_phase(args, "incremental", Path(tmp) / "build")
            print(
                f"incremental: built {r['base_documents']} documents in {r['base_seconds']:.1f} s; "
                f"adding {r['added']} new ({r['unchanged']} unchanged, not re-parsed) took {r['add_seconds']:.1f} s; "
                f"peak {r['peak_mib']:.0f} MiB"
            )
            return
        runs = []
        for number in range(args.repeat):
            runs.append(tuple(_run_phase(args, phase, Path(tmp) / f"{phase}-{number}") for phase in ("parse", "kg-parse", "build")))
    parse, own, built = runs[0]
    words = parse["words"]
    print(f"corpus: {args.corpus.name}, {parse['documents']} documents, {words:,} words, jobs={args.jobs}")
    for number, (parse, own, built) in enumerate(runs, 1):
        if args.repeat > 1:
            print(f"run {number} of {args.repeat}:")
        print(f"bare nlp.pipe : {parse['seconds']:7.1f} s  {words / parse['seconds']:8,.0f} words/s  peak {parse['peak_mib']:6.0f} MiB")
        print(f"kg's parse    : {own['seconds']:7.1f} s  {words / own['seconds']:8,.0f} words/s  peak {own['peak_mib']:6.0f} MiB")
        print(
            f"kg build      : {built['seconds']:7.1f} s  {words / built['seconds']:8,.0f} words/s  peak {built['peak_mib']:6.0f} MiB"
            f"  {built['facts']:,} facts, {built['quads']:,} quads, {built['quads'] / built['seconds']:,.0f} quads/s"
        )
    stock = statistics.median(built["seconds"] / parse["seconds"] for parse, _, built in runs)
    alone = statistics.median(built["seconds"] / own["seconds"] for _, own, built in runs)
    label = f" (median of {args.repeat} runs)" if args.repeat > 1 else ""
    print(f"ratio kg build / bare parse: {stock:.2f}x{label}")
    print(f"ratio kg build / kg's parse alone: {alone:.2f}x{label} (kg's own work beyond its parse)")


if __name__ == "__main__":
    main()
