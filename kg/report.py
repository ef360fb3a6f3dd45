"""``report.md``: what the graph holds, who matters in it, and every fact in words with its evidence.

The report is Markdown with PNG charts next to it (matplotlib, Agg backend, so it runs without
a display). Text from articles is escaped for Markdown and HTML: a name or sentence carrying
markup is shown, never rendered. Fact sentences come from ``kg/data/view_phrases.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402
from rdflib import Dataset, Graph  # noqa: E402

from kg.analysis import entity_graph, format_amount  # noqa: E402
from kg.data import json_data  # noqa: E402
from kg.errors import OutputError  # noqa: E402
from kg.files import atomic_write, atomic_write_text  # noqa: E402
from kg.model import ENTITY_TYPES, FACT_TYPES  # noqa: E402
from kg.view import style, type_style  # noqa: E402

#: How many entities the PageRank table, the centrality list and the drawing show.
TOP = 15

CHART_ENTITY_TYPES = "entity_types.png"
CHART_FACT_TYPES = "fact_types.png"
CHART_TOP_GRAPH = "top_graph.png"

_STATUS_CLASSES = ("holds", "prospective", "negative")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|#!~])")
_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, Any]:
    return json_data("view_phrases.json")


def md(text: Any) -> str:
    """Article text made inert in Markdown: markup characters escaped, HTML shown as text.

    Examples
    --------
    >>> md("<img src=x onerror=alert(1)> | *bold*")
    '&lt;img src=x onerror=alert(1)&gt; \\\\| \\\\*bold\\\\*'
    """
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _percent(value: float) -> str:
    return f"{value * 100:g}%"


def _signed_percent(value: float) -> str:
    return f"{value * 100:+g}%"


def fact_sentence(record: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """A fact record (from ``entity_graph(...).graph["facts"]``) as one plain-English sentence.

    Role slots take their entities' names (joined by "and"); attribute slots in ``[...]``
    groups appear only when the fact has them; a fact that does not hold is phrased with its
    status ("is in talks to", "denied it would", ...) and every sentence ends with the status.

    Examples
    --------
    >>> fact_sentence({"type": "Acquisition", "status": "negotiating", "status_class": "prospective",
    ...                "roles": {"buyer": ["t"], "seller": ["j"], "target": ["l"]},
    ...                "attributes": {"share": 0.15}}, {"t": "Tencent", "j": "JD.com", "l": "JD Logistics"})
    'Tencent is in talks to acquire 15% of JD Logistics from JD.com (negotiating)'
    """
    phrases = _phrases()
    attributes = record.get("attributes", {})
    slots: dict[str, str] = {
        role: " and ".join(labels.get(iri, iri) for iri in iris) for role, iris in record["roles"].items()
    }
    for key, value in attributes.items():
        if key == "share":
            slots[key] = _percent(float(value))
        elif key == "change":
            slots[key] = _signed_percent(float(value))
        elif key == "amount":
            slots[key] = format_amount(value)
        elif key not in slots:
            slots[key] = str(value)
    templates = phrases["facts"].get(record["type"], {"holds": "{entity} " + record["type"], "other": ""})
    holds = record["status_class"] == "holds"
    template = templates["holds"] if holds else templates["other"]

    def optional(match: re.Match[str]) -> str:
        inner = match.group(1)
        return inner if all(slots.get(name) for name in _SLOT.findall(inner)) else ""

    template = _OPTIONAL.sub(optional, template)
    first_role = _SLOT.search(template)
    plural = first_role is not None and " and " in slots.get(first_role.group(1), "")
    may = phrases["status"].get(record["status"], phrases["status_default"])
    if plural:
        may = re.sub(r"^is\b", "are", re.sub(r"^has\b", "have", may))
    slots["may"] = may
    text = _SLOT.sub(lambda m: slots.get(m.group(1)) or phrases["missing_role"], template)
    status = record["status"] or record["status_class"]
    return f"{text} ({status})"


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def _bar_chart(path: Path, title: str, labels: list[str], series: Mapping[str, list[int]], colors: Mapping[str, str]) -> None:
    fig, ax = plt.subplots(figsize=(6.4, 0.45 * max(len(labels), 3) + 1.2), dpi=110)
    left = [0] * len(labels)
    for name, values in series.items():
        ax.barh(labels, values, left=left, color=colors[name], label=name)
        left = [a + b for a, b in zip(left, values)]
    for y, total in enumerate(left):
        ax.text(total, y, f" {total}", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set_title(title)
    ax.set_xlabel("count")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    if len(series) > 1:
        ax.legend(frameon=False, fontsize=8, loc="lower right")
    ax.set_xlim(0, max(left + [1]) * 1.15)
    fig.tight_layout()
    atomic_write(path, lambda stream: fig.savefig(stream, format="png"))
    plt.close(fig)


def _top_drawing(path: Path, g: nx.MultiDiGraph, top: list[str]) -> None:
    """A small static drawing of the top entities and the facts between them."""
    sub = nx.Graph()
    sub.add_nodes_from(top)
    for u, v, data in g.subgraph(top).edges(data=True):
        if data["status_class"] != "negative":
            sub.add_edge(u, v, style="dashed" if data["status_class"] == "prospective" else "solid")
    fig, ax = plt.subplots(figsize=(8, 6), dpi=110)
    positions = nx.spring_layout(sub, seed=42, k=1.2 / max(len(top), 1) ** 0.5)
    for line_style in ("solid", "dashed"):
        edges = [(u, v) for u, v, d in sub.edges(data=True) if d["style"] == line_style]
        nx.draw_networkx_edges(sub, positions, edgelist=edges, style=line_style, edge_color="#777777", ax=ax)
    for entity_type in sorted({g.nodes[n]["type"] for n in top}):
        members = [n for n in top if g.nodes[n]["type"] == entity_type]
        look = type_style(entity_type)
        marker = {"dot": "o", "diamond": "D", "triangle": "^", "star": "*", "square": "s"}.get(look["shape"], "h")
        nx.draw_networkx_nodes(sub, positions, nodelist=members, node_color=look["color"], node_shape=marker,
                               node_size=380, label=entity_type, ax=ax)
    spread = max((abs(y) for _, y in positions.values()), default=1.0) or 1.0
    above = {n: (x, y + 0.06 * spread) for n, (x, y) in positions.items()}
    nx.draw_networkx_labels(sub, above, labels={n: g.nodes[n]["label"] for n in top}, font_size=8,
                            verticalalignment="bottom", ax=ax)
    ax.set_title(f"The {len(top)} entities with the highest PageRank")
    ax.legend(frameon=False, fontsize=8, markerscale=0.6, loc="lower left")
    ax.margins(0.12)
    ax.axis("off")
    fig.tight_layout()
    atomic_write(path, lambda stream: fig.savefig(stream, format="png"))
    plt.close(fig)


def write_report(graph: Graph | Dataset | nx.MultiDiGraph, analysis: Mapping[str, Any], out_dir: str | Path) -> Path:
    """Write ``report.md`` and its charts into ``out_dir``.

    Parameters
    ----------
    graph
        The RDF graph or dataset the analysis was made from (or its entity graph).
    analysis
        What :func:`kg.analysis.analyze` returned for it.
    out_dir
        The folder to write into; created when missing.

    Returns
    -------
    Path
        The path of ``report.md``. ``entity_types.png``, ``fact_types.png`` and
        ``top_graph.png`` are written beside it.

    Raises
    ------
    OutputError
        When the folder or a file cannot be written.

    Examples
    --------
    >>> write_report(rdf_graph, analyze(rdf_graph), "build/")      # doctest: +SKIP
    PosixPath('build/report.md')
    """
    g = graph if isinstance(graph, nx.MultiDiGraph) else entity_graph(graph)
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        text = _report_text(g, analysis, out)
        report = out / "report.md"
        atomic_write_text(report, text)
    except OSError as error:
        raise OutputError(f"cannot write the report into {out}: {error.strerror or error}; choose another --out") from error
    return report


def _report_text(g: nx.MultiDiGraph, analysis: Mapping[str, Any], out: Path) -> str:
    counts = analysis["counts"]
    records: Mapping[str, Mapping[str, Any]] = g.graph.get("facts", {})
    labels = {node: data["label"] for node, data in g.nodes(data=True)}
    rows = analysis["entities"]
    lines = [
        "# Knowledge graph report",
        "",
        f"{counts['documents']} documents, {counts['entities']} entities, {counts['facts']} facts "
        f"({counts['edges']} edges between entities).",
        "",
        "## Counts",
        "",
        "### Entities by type",
        "",
    ]
    entity_types = [t for t in ENTITY_TYPES if t in counts["entities_by_type"]]
    lines += _table(["Type", "Entities"], [(t, counts["entities_by_type"][t]) for t in entity_types])
    by_class = {t: {c: 0 for c in _STATUS_CLASSES} for t in FACT_TYPES}
    for record in records.values():
        by_class.setdefault(record["type"], {c: 0 for c in _STATUS_CLASSES})[record["status_class"]] += 1
    fact_types = [t for t in by_class if sum(by_class[t].values())]
    lines += ["", "### Facts by type and status", ""]
    lines += _table(
        ["Type", *_STATUS_CLASSES, "total"],
        [(t, *(by_class[t][c] for c in _STATUS_CLASSES), sum(by_class[t].values())) for t in fact_types]
        + [("**all**", *(counts["facts_by_status_class"].get(c, 0) for c in _STATUS_CLASSES), counts["facts"])],
    )
    if entity_types:
        _bar_chart(out / CHART_ENTITY_TYPES, "Entities by type", entity_types,
                   {"entities": [counts["entities_by_type"][t] for t in entity_types]},
                   {"entities": "#0072B2"})
        lines += ["", f"![Entities by type]({CHART_ENTITY_TYPES})"]
    if fact_types:
        colors = {c: style()["status_classes"][c]["color"] for c in _STATUS_CLASSES}
        _bar_chart(out / CHART_FACT_TYPES, "Facts by type and status class", fact_types,
                   {c: [by_class[t][c] for t in fact_types] for c in _STATUS_CLASSES}, colors)
        lines += ["", f"![Facts by type and status class]({CHART_FACT_TYPES})"]

    lines += ["", "## Top entities by PageRank", ""]
    lines += _table(
        ["#", "Entity", "Type", "PageRank", "Facts", "Community"],
        [(i, md(r["label"]), r["type"], f"{r['pagerank']:.4f}", r["degree"], r["community"])
         for i, r in enumerate(rows[:TOP], 1)],
    )

    lines += ["", "## Analysis", "", "### Central entities", "",
              "Entities that lie on the most shortest paths between others (betweenness):", ""]
    central = sorted((r for r in rows if r["betweenness"] > 0), key=lambda r: (-r["betweenness"], r["label"]))[:TOP]
    lines += [f"- {md(r['label'])} ({r['type']}): {r['betweenness']:.4f}" for r in central] or ["- none: no entity links two others"]
    linked = [c for c in analysis["communities"] if c["size"] > 1]
    lines += ["", "### Communities", "",
              f"Louvain finds {len(analysis['communities'])} communities, {len(linked)} of them with more than one entity:", ""]
    lines += [f"- {c['id']} ({c['size']}): {', '.join(md(m) for m in c['members'])}" for c in linked]
    components = analysis["components"]
    singles = sum(1 for c in components if c["size"] == 1)
    lines += ["", "### Connected components", "",
              f"{len(components)} components; {singles} of the entities have no fact linking them to another.", ""]
    lines += [f"- {c['id']} ({c['size']}): {', '.join(md(m) for m in c['members'])}" for c in components if c["size"] > 1]
    top_nodes = [r["iri"] for r in rows[:TOP] if r["iri"] in g]
    if top_nodes:
        _top_drawing(out / CHART_TOP_GRAPH, g, top_nodes)
        lines += ["", f"![The top of the graph]({CHART_TOP_GRAPH})"]

    lines += ["", "## Facts", ""]
    by_document: dict[str, list[Mapping[str, Any]]] = {}
    for record in records.values():
        by_document.setdefault(record["document"], []).append(record)
    for document in sorted(by_document):
        lines += [f"### {md(document) or 'Unknown document'}", ""]
        for record in sorted(by_document[document], key=lambda r: (r["evidence_start"], r["type"], r["iri"])):
            lines.append(f"- {md(fact_sentence(record, labels))} — evidence: \"{md(record['evidence'])}\"")
        lines.append("")
    if not by_document:
        lines += ["No facts.", ""]
    return "\n".join(lines)
