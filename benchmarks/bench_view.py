"""How fast the HTML view of a large graph is written and first drawn in headless chromium.

    python benchmarks/bench_view.py --nodes 2000 --runs 3

Generates a scale-free entity graph (Barabási–Albert, two facts per new entity, every status
class and entity type present), writes it with ``kg.view.write_html`` and opens it from
``file://`` in Debian's chromium with every non-file request aborted, timing navigation to the
end of the first draw (the page sets ``data-drawn`` on ``<body>`` in vis-network's first
``afterDrawing`` event). ``tests/test_view.py`` imports :func:`synthetic_graph` from here.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.model import ENTITY_TYPES, FACT_TYPES, STATUS_CLASSES

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def synthetic_graph(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    """An entity graph shaped like kg's, with ``nodes`` entities and about two facts per entity."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(nodes, 2, seed=seed)
    g = nx.MultiDiGraph(documents=["synthetic"], facts={})
    statuses = sorted(STATUS_CLASSES)
    for n in shape.nodes:
        g.add_node(
            f"urn:e:{n}",
            label=f"Entity {n}",
            type=ENTITY_TYPES[n % len(ENTITY_TYPES)],
            aliases=f"E{n}",
            subtype="",
        )
    for i, (u, v) in enumerate(shape.edges):
        status = statuses[rng.randrange(len(statuses))]
        g.add_edge(
            f"urn:e:{u}",
            f"urn:e:{v}",
            key=f"urn:f:{i}#0",
            label=FACT_TYPES[i % len(FACT_TYPES)],
            fact=f"urn:f:{i}",
            source_role="buyer",
            target_role="target",
            symmetric=False,
            status=status,
            status_class=STATUS_CLASSES[status],
            confidence=round(rng.uniform(0.3, 1.0), 2),
            evidence=f"Entity {u} and Entity {v} did something together (sentence {i}).",
            document="synthetic",
        )
    return g


#: Milliseconds of one synchronous full redraw, averaged over ten.
REDRAW_MS = """() => {
    const t = performance.now();
    for (let i = 0; i < 10; i++) { kgView.network.redraw(); }
    return (performance.now() - t) / 10;
}"""


def first_draw_seconds(page, html: Path, timeout_ms: int = 60_000) -> float:
    """Seconds from navigation to the end of the view's first draw."""
    started = time.perf_counter()
    page.goto(html.resolve().as_uri())
    page.wait_for_selector("body[data-drawn=true]", state="attached", timeout=timeout_ms)
    return time.perf_counter() - started


def main() -> None:
    from playwright.sync_api import sync_playwright

    from kg.view import write_html

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    g = synthetic_graph(args.nodes)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "graph.html"
        started = time.perf_counter()
        write_html(g, html)
        written = time.perf_counter() - started
        print(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges: write_html {written:.2f} s, "
              f"{html.stat().st_size / 1e6:.1f} MB")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            draws, redraws = [], []
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
                draws.append(first_draw_seconds(page, html))
                redraws.append(page.evaluate(REDRAW_MS))
                page.close()
            browser.close()
        print("first draw: " + ", ".join(f"{d:.2f}" for d in draws) + f" s (median {statistics.median(draws):.2f} s)")
        print(f"one full redraw (what a pan, zoom or hover costs): median {statistics.median(redraws):.0f} ms")


if __name__ == "__main__":
    main()
