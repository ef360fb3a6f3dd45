"""The interactive HTML view: one self-contained file that opens from disk with no network.

pyvis assembles the vis-network nodes and edges; the page itself comes from our own template
(``kg/data/view_template.html``) because pyvis's templates load Bootstrap from a CDN even with
``cdn_resources="in_line"``. vis-network's script and style, our script and the graph's data
are all inlined. Article text reaches the page only as JSON (with ``<``, ``>``, ``&`` and ``/``
escaped) and is put on screen with ``textContent``, so markup in a name or a sentence is shown,
never run. A Content-Security-Policy forbids loading anything from anywhere.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx
import pyvis
from jinja2 import Environment
from pyvis.network import Network
from rdflib import Dataset, Graph

from kg.analysis import entity_graph, find_entity, format_amount, pagerank
from kg.data import json_data
from kg.errors import OutputError, UsageError
from kg.files import atomic_write_text
from kg.model import ENTITY_TYPES

#: Seed of the networkx layout used when physics is off, so the same graph looks the same.
LAYOUT_SEED = 42

#: Pixels per node (times the square root of a community's size) in the fixed layout.
NODE_SPACING = 45.0

_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
_BANNER = re.compile(r"\A/\*\*.*?\*/\s*", re.S)
_ATTRIBUTION = "/* vis-network 9.1.2, (c) Almende B.V. and visjs contributors; Apache-2.0 or MIT. */\n"
_DETAIL_KEYS = (
    ("amount", "Amount"),
    ("share", "Share"),
    ("date", "Date"),
    ("title", "Title"),
    ("kind", "Kind"),
    ("metric", "Metric"),
    ("period", "Period"),
    ("change", "Change"),
    ("attribution", "Attributed to"),
)


@lru_cache(maxsize=1)
def style() -> dict[str, Any]:
    """Colours, shapes and sizes of the view (``kg/data/view_style.json``), shared with the report."""
    return json_data("view_style.json")


def type_style(entity_type: str) -> Mapping[str, str]:
    """The colour, vis shape and legend glyph of an entity type."""
    return style()["entity_types"].get(entity_type, style()["other_type"])


@lru_cache(maxsize=1)
def _vendored_js() -> str:
    """vis-network's bundle as the page inlines it.

    Its licence banner is replaced by a one-line attribution without links, and the ``//`` in
    the string literals the bundle carries (the SVG namespace name, core-js's licence link, an
    error message) is written ``\\/\\/``, the same string to JavaScript. The page then contains
    no URL text at all, and "no external URL" stays a strict text check.
    """
    script = (_VIS_DIR / "vis-network.min.js").read_text("utf-8")
    script = _ATTRIBUTION + _BANNER.sub("", script, count=1)
    return re.sub(r"(https?:)//", r"\1\\/\\/", script)


@lru_cache(maxsize=1)
def _vendored_css() -> str:
    return (_VIS_DIR / "vis-network.css").read_text("utf-8")


def _script_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element and holds no URL text."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("/", "\\/")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _check_types(types: Iterable[str] | None) -> set[str] | None:
    if types is None:
        return None
    known = {t.casefold(): t for t in ENTITY_TYPES}
    chosen = set()
    for name in types:
        if name.casefold() not in known:
            raise UsageError(f"unknown entity type {name!r}; use one or more of: {', '.join(ENTITY_TYPES)}")
        chosen.add(known[name.casefold()])
    return chosen


def select(
    g: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    top: int | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    ranks: Mapping[str, float] | None = None,
) -> nx.MultiDiGraph:
    """The part of the entity graph a view shows, filters applied in this order.

    Parameters
    ----------
    g
        An entity graph from :func:`kg.analysis.entity_graph`.
    focus, depth
        Keep only entities at most ``depth`` facts away from the entity named ``focus``.
    top
        Keep only the ``top`` entities with the highest PageRank (of the whole graph).
    types
        Keep only entities of these types (case-insensitive).
    min_confidence
        Drop facts whose confidence is below this.
    ranks
        PageRank by node, when already computed.

    Raises
    ------
    UsageError
        For an unknown type, a ``focus`` that names no entity, or a negative ``depth``/``top``.

    Examples
    --------
    >>> part = select(g, focus="JD.com", depth=1)                  # doctest: +SKIP
    """
    if depth < 0 or (top is not None and top < 0):
        raise UsageError("--depth and --top must be 0 or more")
    chosen = _check_types(types)
    nodes = {n for n, d in g.nodes(data=True) if chosen is None or d["type"] in chosen}
    if focus is not None:
        centre = find_entity(g, focus)
        if centre not in nodes:
            raise UsageError(f"{focus!r} is not among the entities the other filters keep; drop --types or --min-confidence")
        kept = nx.subgraph_view(
            g, filter_node=nodes.__contains__, filter_edge=lambda u, v, k: g[u][v][k]["confidence"] >= min_confidence
        )
        near = nx.single_source_shortest_path_length(kept.to_undirected(as_view=True), centre, cutoff=depth)
        nodes &= set(near)
    if top is not None:
        ranks = ranks if ranks is not None else pagerank(g)
        nodes = set(sorted(nodes, key=lambda n: (-ranks.get(n, 0.0), g.nodes[n]["label"].casefold(), n))[:top])
    return _induced(g, nodes, min_confidence)


def _induced(g: nx.MultiDiGraph, nodes: set[str], min_confidence: float) -> nx.MultiDiGraph:
    """A copy of ``g`` with only ``nodes`` and the facts between them of at least ``min_confidence``.

    Nodes and edges keep ``g``'s order (a networkx subgraph of a set would follow the set's
    order, which changes from one process to the next, and with it the Louvain layout).
    """
    part = nx.MultiDiGraph()
    part.graph.update(g.graph)
    part.add_nodes_from((n, dict(d)) for n, d in g.nodes(data=True) if n in nodes)
    part.add_edges_from(
        (u, v, k, dict(d))
        for u, v, k, d in g.edges(keys=True, data=True)
        if u in nodes and v in nodes and d["confidence"] >= min_confidence
    )
    return part


def _layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Fixed positions for a graph too large for live physics, in vis pixels.

    A force layout of thousands of nodes takes networkx many seconds, so each Louvain
    community is laid out on its own (a spring layout of at most a few hundred nodes is fast)
    and the communities are packed in rows, largest first. Linked groups stay together, and
    2,000 nodes take well under a second. A community is laid out with its members in sorted
    order, so the same graph gets the same picture in every process; communities of the same
    shape (most are pairs and small stars) share one computed layout.
    """
    simple = nx.Graph(g)
    groups = sorted(
        (sorted(c) for c in nx.community.louvain_communities(simple, seed=LAYOUT_SEED)),
        key=lambda members: (-len(members), members[0]),
    )
    radii = [NODE_SPACING * math.sqrt(len(members)) for members in groups]
    row_width = 2.2 * math.sqrt(sum(r * r for r in radii)) * 1.2
    positions: dict[str, tuple[float, float]] = {}
    shapes: dict[tuple[int, tuple[tuple[int, int], ...]], list[tuple[float, float]]] = {}
    x = y = row_height = 0.0
    for members, radius in zip(groups, radii):
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in zip(members, _community_layout(simple, members, shapes)):
            positions[node] = (x + radius * (1 + float(px)), y + radius * (1 + float(py)))
        x += 2 * radius * 1.1
        row_height = max(row_height, 2 * radius * 1.1)
    return positions


def _community_layout(
    simple: nx.Graph,
    members: list[str],
    shapes: dict[tuple[int, tuple[tuple[int, int], ...]], list[tuple[float, float]]],
) -> list[tuple[float, float]]:
    """The spring layout of one community's sorted ``members``, in their order.

    The layout depends only on the number of members and which of them are linked, so it is
    computed once per such shape and kept in ``shapes``.
    """
    if len(members) == 1:
        return [(0.0, 0.0)]
    index = {node: i for i, node in enumerate(members)}
    edges = tuple(sorted(
        (index[u], index[v]) if index[u] < index[v] else (index[v], index[u])
        for u, v in simple.subgraph(members).edges()
    ))
    shape = (len(members), edges)
    if shape not in shapes:
        local = nx.Graph()
        local.add_nodes_from(range(len(members)))
        local.add_edges_from(edges)
        layout = nx.spring_layout(local, seed=LAYOUT_SEED, iterations=50)
        shapes[shape] = [(float(layout[i][0]), float(layout[i][1])) for i in range(len(members))]
    return shapes[shape]


def _details(data: Mapping[str, Any]) -> list[list[str]]:
    rows = []
    for key, label in _DETAIL_KEYS:
        value = data.get(key)
        if value is None or value == "":
            continue
        if key in ("share", "change") and isinstance(value, (int, float)):
            value = f"{value * 100:g}%"
        elif key == "amount" and isinstance(value, Mapping):
            value = format_amount(value)
        rows.append([label, str(value)])
    return rows


def _network(g: nx.MultiDiGraph, ranks: Mapping[str, float], physics: bool) -> Network:
    """The pyvis network of the view: styled nodes and one edge per fact and pair."""
    net = Network(directed=True)
    sizes = style()["node_size"]
    top_rank = max((ranks.get(n, 0.0) for n in g.nodes), default=0.0) or 1.0
    positions = {} if physics else _layout(g)
    ids: dict[str, str] = {}
    for i, (node, data) in enumerate(sorted(g.nodes(data=True), key=lambda item: item[0])):
        ids[node] = f"n{i}"
        look = type_style(data["type"])
        rank = ranks.get(node, 0.0)
        extra: dict[str, Any] = {}
        if node in positions:
            extra["x"], extra["y"] = positions[node]
        net.add_node(
            ids[node],
            label=data["label"],
            shape=look["shape"],
            color={"background": look["color"], "border": look["color"],
                   "highlight": {"background": look["color"], "border": "#000000"}},
            size=round(sizes["min"] + (sizes["max"] - sizes["min"]) * math.sqrt(rank / top_rank), 2),
            type=data["type"],
            subtype=data["subtype"],
            aliases=[a for a in data["aliases"].split("; ") if a],
            pagerank=round(rank, 6),
            degree=g.degree(node),
            **extra,
        )
    parallel: dict[frozenset[str], int] = {}
    for i, (source, target, key, data) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: e[2])):
        look = style()["status_classes"][data["status_class"]]
        pair = frozenset((source, target))
        k = parallel.get(pair, 0)
        parallel[pair] = k + 1
        smooth: Any = (
            {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW", "roundness": 0.2 * ((k + 1) // 2)}
            if k
            else False
        )
        net.add_edge(
            ids[source],
            ids[target],
            id=f"e{i}",
            label=data["label"],
            color={"color": look["color"], "highlight": "#000000", "hover": "#000000"},
            dashes=look["dashes"],
            arrows={"to": {"enabled": not data["symmetric"]}},
            smooth=smooth,
            type=data["label"],
            subject=g.nodes[source]["label"],
            object=g.nodes[target]["label"],
            sourceRole=data["source_role"],
            targetRole=data["target_role"],
            status=data["status"],
            statusClass=data["status_class"],
            confidence=float(data["confidence"]),
            evidence=data["evidence"],
            document=data["document"],
            details=_details(data),
        )
    return net


def render(
    g: nx.MultiDiGraph, *, title: str = "Knowledge graph", show_negative: bool = False,
    ranks: Mapping[str, float] | None = None,
) -> str:
    """The complete HTML page for an entity graph, as text (see :func:`write_html`)."""
    ranks = ranks if ranks is not None else pagerank(g)
    physics = g.number_of_nodes() <= style()["physics_max_nodes"]
    nodes, edges, *_ = _network(g, ranks, physics).get_network_data()
    type_counts: dict[str, int] = {}
    for _, data in g.nodes(data=True):
        type_counts[data["type"]] = type_counts.get(data["type"], 0) + 1
    class_counts: dict[str, int] = {}
    for *_, data in g.edges(data=True):
        class_counts[data["status_class"]] = class_counts.get(data["status_class"], 0) + 1
    ordered_types = [t for t in ENTITY_TYPES if t in type_counts] + sorted(set(type_counts) - set(ENTITY_TYPES))
    payload = {
        "nodes": nodes,
        "edges": edges,
        "types": [{"name": t, "count": type_counts[t], **type_style(t)} for t in ordered_types],
        "statusClasses": [
            {"name": name, "count": class_counts.get(name, 0), **look}
            for name, look in style()["status_classes"].items()
        ],
        "showNegative": show_negative,
        "physics": physics,
        "large": not physics,
    }
    data_dir = resources.files("kg.data")
    env = Environment(autoescape=False, keep_trailing_newline=True)
    template = env.from_string(data_dir.joinpath("view_template.html").read_text("utf-8"))
    return template.render(
        title=_html_text(title),
        vis_css=_vendored_css(),
        vis_js=_vendored_js(),
        app_js=data_dir.joinpath("view_app.js").read_text("utf-8"),
        data_json=_script_json(payload),
    )


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("/", "&#47;")


def write_html(
    g: nx.MultiDiGraph | Graph | Dataset,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    top: int | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    show_negative: bool = False,
) -> Path:
    """Write the interactive view of the graph as one self-contained HTML file.

    Nodes are coloured and shaped by entity type and sized by PageRank; edges are labelled by
    fact type, dashed when prospective, and negative facts are hidden until the reader ticks
    them. Hovering shows a node's type and aliases, or a fact's roles, status, amounts and
    evidence sentence; clicking shows the same in the side panel. Up to ``physics_max_nodes``
    (``view_style.json``) the layout settles with live physics, then freezes; above it the
    layout is computed once with networkx and physics stays off.

    Parameters
    ----------
    g
        An entity graph from :func:`kg.analysis.entity_graph`, or the RDF graph/dataset.
    path
        The HTML file to write; its folder is created when missing.
    focus, depth, top, types, min_confidence
        Which part to show, as :func:`select` applies them.
    show_negative
        Draw denied, cancelled, failed and rejected facts from the start.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    UsageError
        For filters that name no entity or type.
    OutputError
        When the file cannot be written.

    Examples
    --------
    >>> write_html(entity_graph(rdf_graph), "build/graph.html", top=50)   # doctest: +SKIP
    PosixPath('build/graph.html')
    """
    whole = g if isinstance(g, nx.MultiDiGraph) else entity_graph(g)
    ranks = pagerank(whole)
    part = select(whole, focus=focus, depth=depth, top=top, types=types, min_confidence=min_confidence, ranks=ranks)
    title = f"Knowledge graph around {whole.nodes[find_entity(whole, focus)]['label']}" if focus else "Knowledge graph"
    html = render(part, title=title, show_negative=show_negative, ranks=ranks)
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out, html)
    except OSError as error:
        raise OutputError(f"cannot write {out}: {error.strerror or error}; choose another --out") from error
    return out


def viz(store: Any, out: str | Path, **options: Any) -> Path:
    """Write the HTML view of a store's graph (the ``kg viz`` command).

    Parameters
    ----------
    store
        A :class:`kg.store.Store`, or the path of a store folder.
    out
        The HTML file to write.
    **options
        ``focus``, ``depth``, ``top``, ``types``, ``min_confidence``, ``show_negative`` as for
        :func:`write_html`.

    Returns
    -------
    Path
        The written file.

    Examples
    --------
    >>> viz("build/store", "jd.html", focus="JD.com", depth=2)      # doctest: +SKIP
    PosixPath('jd.html')
    """
    from kg.store import Store

    if isinstance(store, (str, Path)):
        with Store(store, read_only=True) as opened:
            dataset = opened.dataset()
    else:
        dataset = store.dataset()
    return write_html(entity_graph(dataset), out, **options)
