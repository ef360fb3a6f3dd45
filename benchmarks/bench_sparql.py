"""Time the shipped queries (embedded pyoxigraph vs rdflib's in-memory engine) and kg load.

Usage::

    python benchmarks/bench_sparql.py BUILD_DIR [BUILD_DIR ...] [--repeat N] [--no-rdflib] [--no-load]

Each BUILD_DIR is a folder ``kg build`` wrote (its ``store/`` is read). For each shipped query it
prints the median wall time on the embedded store and, on the same quads loaded into an
``rdflib.Dataset`` (default graph = union), rdflib's SPARQL engine; then the throughput of
``kg.store.load`` into a fresh ``oxigraph serve`` on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import rdflib

from kg.store import Store, list_queries, load, oxigraph_executable, resolve_query

PARAMS = {"organization": {"org": "Reuters"}}


def _median(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_queries(store_dir: Path, repeat: int, with_rdflib: bool) -> None:
    with Store(store_dir, create=False, read_only=True) as store:
        quads = store.quad_count()
        dataset = store.dataset() if with_rdflib else None
        print(f"\n{store_dir}: {quads} quads")
        print(f"{'query':<14} {'rows':>6} {'pyoxigraph ms':>14} {'rdflib ms':>10} {'speed-up':>9}")
        for name, _ in list_queries():
            sparql, _required = resolve_query(name)
            params = PARAMS.get(name, {})
            rows = len(store.select(sparql, params=params))
            ox_time = _median(lambda: store.select(sparql, params=params), repeat)
            rdf_text = "-"
            ratio = "-"
            if dataset is not None:
                bindings = {rdflib.Variable(k): rdflib.Literal(v) for k, v in params.items()}
                dataset.default_union = True
                rdf_time = _median(lambda: list(dataset.query(sparql, initBindings=bindings)), 1)
                rdf_text = f"{rdf_time * 1000:.0f}"
                ratio = f"{rdf_time / ox_time:.0f}x"
            print(f"{name:<14} {rows:>6} {ox_time * 1000:>14.1f} {rdf_text:>10} {ratio:>9}")


def bench_load(store_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as location:
        server = subprocess.Popen(
            [oxigraph_executable(), "serve", "--location", location, "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
        try:
            for _ in range(200):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            for attempt in ("first load", "reload (replaces)"):
                result = load(store_dir, f"http://127.0.0.1:{port}/store")
                print(f"kg load {attempt}: {result}")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("builds", nargs="+", type=Path, help="folders kg build wrote")
    parser.add_argument("--repeat", type=int, default=5, help="runs per pyoxigraph timing (median)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib's engine")
    parser.add_argument("--no-load", action="store_true", help="skip the load into an Oxigraph server")
    args = parser.parse_args()
    for build in args.builds:
        store_dir = build / "store"
        bench_queries(store_dir, args.repeat, not args.no_rdflib)
        if not args.no_load:
            bench_load(store_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
