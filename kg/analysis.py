"""The graph as networkx sees it: entities as nodes, facts as edges, and the measures on it.

RDF keeps each fact as an n-ary node so that roles, status and evidence stay together. Graph
algorithms want plain edges between entities, so :func:`entity_graph` unfolds every fact into
edges between its participants, each edge carrying the whole fact (type, roles, status,
confidence, evidence sentence, document). Literals never become nodes. Everything here is pure:
RDF in, plain data out; only :func:`write_analysis` touches files.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from datetime import date, datetime
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import networkx as nx
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.errors import OutputError, UsageError
from kg.files import atomic_write_text
from kg.model import ENTITY_TYPES, FACT_TYPES, STATUS_CLASSES
from kg.vocab import KG, entity_slug

#: The role a directed fact starts from; its edges run from this role to every other participant.
SUBJECT_ROLES: Mapping[str, str] = {
    "Acquisition": "buyer",
    "Investment": "investor",
    "Ownership": "owner",
    "Role": "person",
    "Location": "entity",
    "FinancialMetric": "organization",
}

#: The role (singular, as in RDF) whose members a symmetric fact links pairwise.
SYMMETRIC_ROLES: Mapping[str, str] = {
    "Partnership": "partner",
    "Merger": "party",
    "Competition": "competitor",
}

#: Betweenness is exact up to this many linked nodes, and sampled above from about
#: ``BETWEENNESS_WORK // nodes`` sources (at least 100), so its cost stays near constant.
BETWEENNESS_EXACT = 500
BETWEENNESS_WORK = 250_000
BETWEENNESS_MIN_SAMPLE = 100

#: Seed for every randomised measure, so that the same graph gives the same numbers.
SEED = 42

_STATUS_CLASS_ORDER = {"holds": 0, "prospective": 1, "negative": 2}
_FACT_KEYS = ("evidenceText", "evidenceStart", "evidenceEnd", "confidence", "status", "extractor")


def _local(term: Node | str) -> str:
    """The local name of an IRI: what follows its last ``#`` or ``/``."""
    text = str(term)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


def _plain(value: Literal) -> str | int | float | bool:
    """A literal as a JSON- and GraphML-friendly value."""
    python = value.toPython()
    if isinstance(python, bool):
        return python
    if isinstance(python, (Decimal, float)):
        return float(python)
    if isinstance(python, int):
        return python
    if isinstance(python, (date, datetime)):
        return python.isoformat()
    return str(value)


#: The IRIs the projection reads, as plain strings: compared and hashed as ``str``, which
#: is several times faster than through rdflib's terms.
_TYPE = str(RDF.type)
_LABEL = str(RDFS.label)
_ALT_LABEL = str(SKOS.altLabel)
_SUBTYPE = str(KG.subtype)
_DERIVED_FROM = str(PROV.wasDerivedFrom)
_STATUS = str(KG.status)
_AMOUNT = str(KG.amount)
_AMOUNT_VALUE = str(KG.value)
_CURRENCY = str(KG.currency)
_DOCUMENT = str(KG.Document)
_DOCUMENT_NAMES = (str(KG.documentId), str(DCTERMS.title))

#: rdflib's order of term kinds (blank nodes, then IRIs, then literals), for sorting a mix.
_KIND_ORDER = {BNode: 10, Literal: 40}


def _term(term: Node) -> Node | str:
    """An IRI as a plain ``str``; blank nodes and literals stay rdflib terms."""
    return str(term) if isinstance(term, URIRef) else term


def _order(pair: tuple[str, Node | str]) -> tuple[str, int, Node | str]:
    """Sort key of (predicate, object) pairs: rdflib's order, with IRIs held as ``str``."""
    value = pair[1]
    return pair[0], _KIND_ORDER.get(type(value), 30), value


class _Triples:
    """The triples of a graph indexed by subject, then predicate, in the order first read.

    IRIs are held as plain strings (see :func:`_term`). Duplicates (the same triple in
    several named graphs) collapse, and :meth:`value` returns the first object read, as
    ``rdflib.Graph.value`` does for a graph filled in that order.
    """

    def __init__(self, triples: Iterable[tuple[Node | str, Node | str, Node | str]]) -> None:
        self.index: dict[Node | str, dict[str, dict[Node | str, None]]] = {}
        index = self.index
        for s, p, o in triples:
            s, p, o = _term(s), str(p), _term(o)
            by_predicate = index.get(s)
            if by_predicate is None:
                by_predicate = index[s] = {}
            objects = by_predicate.get(p)
            if objects is None:
                by_predicate[p] = {o: None}
            else:
                objects[o] = None

    def objects(self, subject: Node | str, predicate: str) -> Iterable[Node | str]:
        return self.index.get(subject, {}).get(predicate, ())

    def value(self, subject: Node | str, predicate: str) -> Node | str | None:
        return next(iter(self.objects(subject, predicate)), None)

    def predicate_objects(self, subject: Node | str) -> Iterator[tuple[str, Node | str]]:
        for predicate, objects in self.index.get(subject, {}).items():
            for value in objects:
                yield predicate, value

    def subject_objects(self, predicate: str) -> Iterator[tuple[Node | str, Node | str]]:
        for subject, by_predicate in self.index.items():
            for value in by_predicate.get(predicate, ()):
                yield subject, value


def _triples(graph: Graph | Dataset | Iterable[tuple[Node | str, Node | str, Node | str]]) -> _Triples:
    """Every triple of a graph, of all named graphs of a dataset, or of an iterable of triples."""
    if isinstance(graph, Dataset):
        return _Triples((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    if isinstance(graph, Graph):
        return _Triples(graph.triples((None, None, None)))
    return _Triples(graph)


def _document_name(rdf: _Triples, document: Node | str | None) -> str:
    """The document's id (or title) rather than its IRI, for people to read."""
    if document is None:
        return ""
    for prop in _DOCUMENT_NAMES:
        value = rdf.value(document, prop)
        if value is not None:
            return str(value)
    return _local(document)


def _fact_record(
    rdf: _Triples, fact: Node | str, fact_type: str, entities: Mapping[Node | str, Any]
) -> dict[str, Any]:
    """Everything a fact says, as plain values: roles by entity IRI, attributes, provenance."""
    roles: dict[str, list[str]] = {}
    attributes: dict[str, Any] = {}
    document: Node | str | None = None
    for prop, value in sorted(rdf.predicate_objects(fact), key=_order):
        if prop == _TYPE:
            continue
        name = _local(prop)
        if prop == _DERIVED_FROM:
            document = value
        elif value in entities:
            roles.setdefault(name, []).append(str(value))
        elif prop == _STATUS:
            attributes["status"] = _local(value)
        elif prop == _AMOUNT:
            amount = rdf.value(value, _AMOUNT_VALUE)
            currency = rdf.value(value, _CURRENCY)
            if isinstance(amount, Literal):
                attributes["amount"] = {"value": float(amount.toPython()), "currency": str(currency or "")}
        elif isinstance(value, Literal):
            attributes[name] = _plain(value)
    status = str(attributes.pop("status", ""))
    confidence = attributes.pop("confidence", None)
    return {
        "iri": str(fact),
        "type": fact_type,
        "roles": roles,
        "status": status,
        "status_class": STATUS_CLASSES.get(status, "holds"),
        "confidence": float(confidence) if confidence is not None else 1.0,
        "evidence": str(attributes.pop("evidenceText", "")),
        "evidence_start": int(attributes.pop("evidenceStart", 0)),
        "document": _document_name(rdf, document),
        "attributes": {k: v for k, v in attributes.items() if k not in _FACT_KEYS},
    }


def _fact_pairs(record: Mapping[str, Any]) -> list[tuple[str, str, str, str, bool]]:
    """The edges a fact unfolds into: (source, target, source role, target role, symmetric)."""
    members = [(role, iri) for role, iris in sorted(record["roles"].items()) for iri in iris]
    symmetric_role = SYMMETRIC_ROLES.get(record["type"])
    pairs: list[tuple[str, str, str, str, bool]] = []
    if symmetric_role is not None:
        core = sorted(iri for role, iri in members if role == symmetric_role)
        pairs.extend((a, b, symmetric_role, symmetric_role, True) for a, b in combinations(core, 2))
        sources = [(symmetric_role, iri) for iri in core]
        others = [(role, iri) for role, iri in members if role != symmetric_role]
    else:
        subject = SUBJECT_ROLES.get(record["type"])
        sources = [(role, iri) for role, iri in members if role == subject] or members[:1]
        others = [member for member in members if member not in sources]
    for source_role, source in sources:
        for target_role, target in others:
            pairs.append((source, target, source_role, target_role, False))
    return [pair for pair in pairs if pair[0] != pair[1]]


def entity_graph(graph: Graph | Dataset | Iterable[tuple[Node, Node, Node]]) -> nx.MultiDiGraph:
    """Project the RDF graph onto entities: one node per entity, one edge per fact and pair.

    Parameters
    ----------
    graph
        The knowledge graph: an ``rdflib.Graph``, an ``rdflib.Dataset`` (its named graphs
        are read as one union) or the graph's ``(subject, predicate, object)`` rdflib triples
        (what a build streams from its store, without filling an rdflib graph).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are entity IRIs with ``label``, ``type``, ``aliases`` (``"; "``-joined) and
        ``subtype``. Edges are keyed by ``"<fact IRI>#<n>"`` and carry ``label`` (the fact
        type), ``fact``, ``source_role``, ``target_role``, ``symmetric``, ``status``,
        ``status_class``, ``confidence``, ``evidence`` and ``document``, plus ``share``,
        ``amount``, ``date`` and the other fact attributes when present. A symmetric fact
        (partnership, merger, competition) gives one edge per pair of members. Every fact,
        including those with a single participant, is also kept as a plain record in
        ``g.graph["facts"]`` (keyed by fact IRI); ``g.graph["documents"]`` lists the documents.

    Examples
    --------
    >>> g = entity_graph(rdf_graph)                                  # doctest: +SKIP
    >>> g.nodes["https://w3id.org/kg-news/id/organization/jd-com"]["label"]  # doctest: +SKIP
    'JD.com'
    """
    rdf = _triples(graph)
    g = nx.MultiDiGraph()
    entity_classes = {str(getattr(KG, name)): name for name in ENTITY_TYPES}
    fact_classes = {str(getattr(KG, name)): name for name in FACT_TYPES}
    entities: dict[Node | str, str] = {}
    facts: dict[Node | str, str] = {}
    document_nodes: list[Node | str] = []
    for subject, cls in rdf.subject_objects(_TYPE):
        if cls == _DOCUMENT:
            document_nodes.append(subject)
        elif cls in entity_classes:
            known = entities.get(subject)
            name = entity_classes[cls]
            if known is None or ENTITY_TYPES.index(name) < ENTITY_TYPES.index(known):
                entities[subject] = name
        elif cls in fact_classes:
            facts[subject] = fact_classes[cls]
    for entity in sorted(entities):
        label = min((str(v) for v in rdf.objects(entity, _LABEL)), default=_local(entity))
        aliases = sorted({str(v) for v in rdf.objects(entity, _ALT_LABEL)} - {label})
        subtype = rdf.value(entity, _SUBTYPE)
        g.add_node(
            str(entity),
            label=label,
            type=entities[entity],
            aliases="; ".join(aliases),
            subtype=str(subtype) if subtype is not None else "",
        )
    records: dict[str, dict[str, Any]] = {}
    for fact in sorted(facts):
        record = _fact_record(rdf, fact, facts[fact], entities)
        records[record["iri"]] = record
        for n, (source, target, source_role, target_role, symmetric) in enumerate(_fact_pairs(record)):
            attrs = {
                "label": record["type"],
                "fact": record["iri"],
                "source_role": source_role,
                "target_role": target_role,
                "symmetric": symmetric,
                "status": record["status"],
                "status_class": record["status_class"],
                "confidence": record["confidence"],
                "evidence": record["evidence"],
                "document": record["document"],
            }
            for key, value in record["attributes"].items():
                attrs[key] = format_amount(value) if key == "amount" else value
            g.add_edge(source, target, key=f"{record['iri']}#{n}", **attrs)
    documents = sorted(
        {_document_name(rdf, d) for d in document_nodes}
        | {r["document"] for r in records.values() if r["document"]}
    )
    g.graph["facts"] = records
    g.graph["documents"] = documents
    return g


def format_amount(amount: Mapping[str, Any]) -> str:
    """``{"value": 19.1e9, "currency": "USD"}`` as ``"USD 19.1 billion"``.

    Examples
    --------
    >>> format_amount({"value": 19100000000, "currency": "USD"})
    'USD 19.1 billion'
    >>> format_amount({"value": 540000, "currency": "EUR"})
    'EUR 540,000'
    """
    value = float(amount["value"])
    currency = str(amount.get("currency", ""))
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{currency} {value / scale:.4g} {word}".strip()
    return f"{currency} {value:,.0f}".strip()


def _simple(g: nx.MultiDiGraph) -> nx.Graph:
    """The undirected graph behind the measures: one edge per linked pair, weighted by facts."""
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for source, target in g.edges():
        if simple.has_edge(source, target):
            simple[source][target]["weight"] += 1
        else:
            simple.add_edge(source, target, weight=1)
    return simple


def pagerank(g: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of every entity on the undirected graph of linked pairs, weighted by facts.

    Examples
    --------
    >>> ranks = pagerank(nx.MultiDiGraph([("a", "b"), ("b", "c")]))
    >>> max(ranks, key=ranks.get)
    'b'
    """
    simple = _simple(g)
    return nx.pagerank(simple, weight="weight") if simple.number_of_nodes() else {}


def measures(g: nx.MultiDiGraph) -> dict[str, Any]:
    """Who matters and which groups exist: degree, PageRank, betweenness, communities, components.

    Centrality is computed on the undirected graph of linked pairs (weighted by the number of
    facts linking them): a fact ties both of its participants, whichever way its roles run.

    Parameters
    ----------
    g
        An entity graph from :func:`entity_graph`.

    Returns
    -------
    dict
        ``degree`` (facts touching each node), ``pagerank`` and ``betweenness`` (node -> float),
        ``community`` and ``component`` (node -> index), and ``communities`` and
        ``components`` (lists of sorted node lists, largest first). Betweenness is exact up to
        :data:`BETWEENNESS_EXACT` linked nodes and sampled above (see :func:`_betweenness`);
        Louvain and the sample use :data:`SEED`, so the same graph gives the same result.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> m = measures(g)
    >>> m["degree"]["b"], m["components"]
    (2, [['a', 'b', 'c']])
    """
    simple = _simple(g)
    degree = {node: int(d) for node, d in g.degree()}
    ranks = nx.pagerank(simple, weight="weight") if simple.number_of_nodes() else {}
    betweenness = _betweenness(simple)
    communities = _ordered(nx.community.louvain_communities(simple, weight="weight", seed=SEED))
    components = _ordered(nx.connected_components(simple))
    return {
        "degree": degree,
        "pagerank": ranks,
        "betweenness": betweenness,
        "communities": communities,
        "community": {node: i for i, members in enumerate(communities) for node in members},
        "components": components,
        "component": {node: i for i, members in enumerate(components) for node in members},
    }


def _betweenness(simple: nx.Graph) -> dict[str, float]:
    """Normalised betweenness, computed only where it can be non-zero.

    A node in a component of one or two nodes lies on no shortest path between others, and a
    news graph is mostly such components (entities named but in no fact), so they are left
    out of the computation and get 0. Above :data:`BETWEENNESS_EXACT` remaining nodes the
    shortest paths are sampled from ``BETWEENNESS_WORK // n`` seeded sources (at least
    :data:`BETWEENNESS_MIN_SAMPLE`), which
    keeps the cost near constant as the graph grows.
    """
    n = simple.number_of_nodes()
    result = dict.fromkeys(simple.nodes, 0.0)
    linked = [node for part in nx.connected_components(simple) if len(part) > 2 for node in part]
    if n < 3 or not linked:
        return result
    core = nx.Graph()  # nodes and edges in sorted order: the seeded sample must not depend on set order
    core.add_nodes_from(sorted(linked))
    core.add_edges_from(sorted((u, v) if u < v else (v, u) for u, v in simple.edges(linked)))
    size = core.number_of_nodes()
    k = None if size <= BETWEENNESS_EXACT else min(size, max(BETWEENNESS_MIN_SAMPLE, BETWEENNESS_WORK // size))
    raw = nx.betweenness_centrality(core, k=k, normalized=False, seed=SEED)
    scale = 2 / ((n - 1) * (n - 2))
    result.update({node: value * scale for node, value in raw.items()})
    return result


def _ordered(groups: Iterable[Iterable[str]]) -> list[list[str]]:
    """Groups as sorted lists, largest first, ties by first member: a stable numbering."""
    return sorted((sorted(group) for group in groups), key=lambda members: (-len(members), members[0]))


def _round(value: float) -> float:
    return round(float(value), 6)


def analyze(graph: Graph | Dataset | nx.MultiDiGraph) -> dict[str, Any]:
    """Measure the knowledge graph and return a JSON-ready, deterministic summary.

    Parameters
    ----------
    graph
        The RDF graph or dataset, or an entity graph already made by :func:`entity_graph`.

    Returns
    -------
    dict
        ``format`` (``"kg-analysis/1"``); ``counts`` (documents, entities and their types,
        facts by type and by status class, edges); ``entities`` (one row per entity, highest
        PageRank first: iri, label, type, subtype, aliases, degree, pagerank, betweenness,
        community, component); ``communities`` and ``components`` (id, size, member labels);
        ``edges`` (one row per entity-graph edge with its fact's attributes). Floats are
        rounded to 6 places so that the output repeats byte for byte.

    Examples
    --------
    >>> result = analyze(rdf_graph)                               # doctest: +SKIP
    >>> [row["label"] for row in result["entities"][:2]]          # doctest: +SKIP
    ['JD.com', 'Walmart']
    """
    g = graph if isinstance(graph, nx.MultiDiGraph) else entity_graph(graph)
    m = measures(g)
    records = g.graph.get("facts", {})
    label = {node: data["label"] for node, data in g.nodes(data=True)}
    rows = [
        {
            "iri": node,
            "label": data["label"],
            "type": data["type"],
            "subtype": data["subtype"],
            "aliases": [a for a in data["aliases"].split("; ") if a],
            "degree": m["degree"][node],
            "pagerank": _round(m["pagerank"][node]),
            "betweenness": _round(m["betweenness"][node]),
            "community": m["community"][node],
            "component": m["component"][node],
        }
        for node, data in g.nodes(data=True)
    ]
    rows.sort(key=lambda row: (-row["pagerank"], row["label"].casefold(), row["iri"]))
    edges = [
        {"source": source, "target": target, "key": key, **{k: v for k, v in data.items()}}
        for source, target, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[2])
    ]

    def groups(name: str) -> list[dict[str, Any]]:
        return [
            {"id": i, "size": len(members), "members": sorted(label[n] for n in members)}
            for i, members in enumerate(m[name])
        ]

    return {
        "format": "kg-analysis/1",
        "counts": {
            "documents": len(g.graph.get("documents", [])),
            "entities": g.number_of_nodes(),
            "entities_by_type": dict(sorted(Counter(d["type"] for _, d in g.nodes(data=True)).items())),
            "facts": len(records),
            "facts_by_type": dict(sorted(Counter(r["type"] for r in records.values()).items())),
            "facts_by_status_class": dict(
                sorted(Counter(r["status_class"] for r in records.values()).items())
            ),
            "edges": g.number_of_edges(),
        },
        "entities": rows,
        "communities": groups("communities"),
        "components": groups("components"),
        "edges": edges,
    }


def write_analysis(result: Mapping[str, Any], out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``analysis.json`` and ``graph.graphml`` (for Gephi, yEd, Cytoscape) into ``out_dir``.

    The GraphML graph is rebuilt from ``result``, so nodes carry the measures (pagerank,
    community, ...) next to label and type, and edges carry their fact's attributes; every
    attribute is a string, number or boolean, as GraphML requires.

    Parameters
    ----------
    result
        What :func:`analyze` returned.
    out_dir
        The folder to write into; created when missing.

    Returns
    -------
    tuple of Path
        The paths of ``analysis.json`` and ``graph.graphml``.

    Examples
    --------
    >>> write_analysis(analyze(rdf_graph), "build/")               # doctest: +SKIP
    (PosixPath('build/analysis.json'), PosixPath('build/graph.graphml'))
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        json_path = out / "analysis.json"
        atomic_write_text(json_path, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        graphml_path = out / "graph.graphml"
        atomic_write_text(graphml_path, _graphml(result))
    except OSError as error:
        raise OutputError(
            f"cannot write the analysis into {out}: {error.strerror or error}; "
            "choose a folder you can write to with --out"
        ) from error
    return json_path, graphml_path


#: GraphML as networkx writes it (``nx.write_graphml``, pretty-printed), which kg reproduces
#: byte for byte with plain string building: several times faster than through ElementTree.
_GRAPHML_OPEN = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
)
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}
_XML_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_XML_ATTRIBUTE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}
)


def _graphml(result: Mapping[str, Any]) -> str:
    """The entity graph of an analysis result as GraphML, nodes carrying their measures.

    Nodes come in the result's order and edges grouped by source node, then target, as a
    networkx ``MultiDiGraph`` holds them; each attribute name and type gets a ``<key>`` the
    first time it is met (listed newest first, as networkx does); lists and dicts are written
    as JSON and missing (``None``) edge values are left out.
    """
    nodes: dict[str, dict[str, Any]] = {}
    for row in result["entities"]:
        attrs = {k: v for k, v in row.items() if k != "iri"}
        attrs["aliases"] = "; ".join(row["aliases"])
        nodes.setdefault(row["iri"], {}).update(attrs)
    succ: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for edge in result["edges"]:
        source, target = str(edge["source"]), str(edge["target"])
        nodes.setdefault(source, {})
        nodes.setdefault(target, {})
        attrs = {
            k: (json.dumps(v) if isinstance(v, (list, dict)) else v)
            for k, v in edge.items()
            if k not in ("source", "target", "key") and v is not None
        }
        succ.setdefault(source, {}).setdefault(target, {}).setdefault(str(edge["key"]), {}).update(attrs)
    keys: dict[tuple[str, str, str], str] = {}
    body: list[str] = []

    def element(indent: str, opening: str, data: Mapping[str, Any], scope: str) -> None:
        if not data:
            body.append(f"{indent}<{opening} />")
            return
        body.append(f"{indent}<{opening}>")
        for name, value in data.items():
            xml_type = _GRAPHML_TYPES.get(type(value))
            if xml_type is None:
                raise OutputError(f"cannot write {name}={value!r} to GraphML; the analysis must hold plain values")
            key = keys.setdefault((str(name), xml_type, scope), f"d{len(keys)}")
            text = str(value).translate(_XML_TEXT)
            body.append(f'{indent}  <data key="{key}">{text}</data>' if text else f'{indent}  <data key="{key}" />')
        body.append(f"{indent}</{opening.split(' ', 1)[0]}>")

    for node, data in nodes.items():
        element("    ", f'node id="{node.translate(_XML_ATTRIBUTE)}"', data, "node")
    for source in nodes:
        for target, by_key in succ.get(source, {}).items():
            for key, data in by_key.items():
                ids = (source.translate(_XML_ATTRIBUTE), target.translate(_XML_ATTRIBUTE), key.translate(_XML_ATTRIBUTE))
                element("    ", 'edge source="{}" target="{}" id="{}"'.format(*ids), data, "edge")
    lines = [_GRAPHML_OPEN]
    for (name, xml_type, scope), key in reversed(keys.items()):
        lines.append(
            f'  <key id="{key}" for="{scope}" attr.name="{name.translate(_XML_ATTRIBUTE)}" attr.type="{xml_type}" />'
        )
    if body:
        lines += ['  <graph edgedefault="directed">', *body, "  </graph>"]
    else:
        lines.append('  <graph edgedefault="directed" />')
    lines.append("</graphml>\n")
    return "\n".join(lines)


def _names(g: nx.MultiDiGraph) -> dict[str, list[tuple[int, str]]]:
    """Case-folded label or alias -> [(0 for a label, 1 for an alias; node)]."""
    names: dict[str, list[tuple[int, str]]] = {}
    for node, data in g.nodes(data=True):
        names.setdefault(data["label"].casefold(), []).append((0, node))
        for alias in data["aliases"].split("; "):
            if alias:
                names.setdefault(alias.casefold(), []).append((1, node))
    return names


def _loose(name: str) -> str:
    """A name as entity IRIs normalise it: no case, punctuation, leading "the" or "Inc."."""
    return entity_slug("Organization", name)


def find_entity(g: nx.MultiDiGraph, name: str) -> str:
    """The node an entity name refers to: a label or alias in any case, else the same name
    without punctuation, a leading "the" or corporate suffixes ("Tencent" finds "Tencent
    Holdings").

    A name shared by several entities picks the one whose label it is, then the one with the
    most facts.

    Raises
    ------
    UsageError
        When no entity has that name; the message lists the closest names.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kgr:jd", label="JD.com", aliases="JD", type="Organization")
    >>> find_entity(g, "jd"), find_entity(g, "JD.com, Inc.")
    ('kgr:jd', 'kgr:jd')
    """
    names = _names(g)
    wanted = name.strip().casefold()
    hits = names.get(wanted)
    if not hits:
        loose = _loose(wanted)
        hits = [hit for key, found in names.items() if _loose(key) == loose for hit in found]
    if not hits:
        labels = {data["label"].casefold(): data["label"] for _, data in g.nodes(data=True)}
        close = difflib.get_close_matches(wanted, list(names), n=5, cutoff=0.5)
        shown = sorted({labels.get(c) or g.nodes[names[c][0][1]]["label"] for c in close})
        hint = f"close matches: {', '.join(shown)}" if shown else "no entity has a similar name"
        raise UsageError(f"no entity is named {name!r} in the graph ({hint}); use a name or alias from the graph")
    return min(hits, key=lambda hit: (hit[0], -g.degree(hit[1]), hit[1]))[1]


def path(g: nx.MultiDiGraph, a: str, b: str) -> list[dict[str, Any]]:
    """The shortest chain of facts linking entity ``a`` to entity ``b``.

    Facts link their participants whichever way their roles run; between two consecutive
    entities the step uses the fact that holds rather than a prospective or negative one, then
    the most confident.

    Parameters
    ----------
    g
        An entity graph from :func:`entity_graph`.
    a, b
        Entity names: a label or an alias, in any case.

    Returns
    -------
    list of dict
        One step per fact: ``source`` and ``target`` (labels, in the order walked), ``fact``
        (IRI), ``type``, ``roles`` (e.g. ``"buyer → target"`` as the fact reads),
        ``subject`` and ``object`` (labels in the fact's own direction), ``status``,
        ``status_class``, ``confidence``, ``evidence`` and ``document``. Empty when ``a``
        and ``b`` are the same entity or nothing links them.

    Raises
    ------
    UsageError
        When ``a`` or ``b`` names no entity; the message lists close matches.

    Examples
    --------
    >>> steps = path(g, "tencent", "Walmart")                      # doctest: +SKIP
    >>> [(s["source"], s["type"], s["target"]) for s in steps]     # doctest: +SKIP
    [('Tencent Holdings', 'Acquisition', 'JD.com'), ('JD.com', 'Partnership', 'Walmart')]
    """
    start, end = find_entity(g, a), find_entity(g, b)
    try:
        nodes = nx.shortest_path(g.to_undirected(as_view=True), start, end)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for here, there in zip(nodes, nodes[1:]):
        candidates = [(here, there, k, d) for k, d in g.get_edge_data(here, there, default={}).items()]
        candidates += [(there, here, k, d) for k, d in g.get_edge_data(there, here, default={}).items()]
        source, target, _, data = min(
            candidates,
            key=lambda c: (_STATUS_CLASS_ORDER.get(c[3]["status_class"], 3), -c[3]["confidence"], c[2]),
        )
        steps.append(
            {
                "source": g.nodes[here]["label"],
                "target": g.nodes[there]["label"],
                "subject": g.nodes[source]["label"],
                "object": g.nodes[target]["label"],
                "fact": data["fact"],
                "type": data["label"],
                "roles": f"{data['source_role']} → {data['target_role']}",
                "status": data["status"],
                "status_class": data["status_class"],
                "confidence": data["confidence"],
                "evidence": data["evidence"],
                "document": data["document"],
            }
        )
    return steps


def format_path(steps: list[dict[str, Any]], a: str | None = None, b: str | None = None) -> str:
    """The chain from :func:`path` as lines a person reads, each fact with its evidence.

    ``a`` and ``b`` name the two ends when there is no chain to take them from.

    Examples
    --------
    >>> print(format_path([], "JD.com", "Amazon"))
    No chain of facts links JD.com and Amazon.
    """
    if not steps:
        ends = f"{a} and {b}" if a and b else "the two entities"
        return f"No chain of facts links {ends}."
    lines = [f"{steps[0]['source']} → {steps[-1]['target']}: {len(steps)} fact(s)"]
    for i, step in enumerate(steps, 1):
        status = f", {step['status']}" if step["status"] else ""
        lines.append(f"{i}. {step['subject']} —{step['type']} ({step['roles']}{status})→ {step['object']}")
        where = f" [{step['document']}]" if step["document"] else ""
        lines.append(f"   evidence: \"{' '.join(step['evidence'].split())}\"{where}")
    return "\n".join(lines)


def format_analysis(result: Mapping[str, Any], top: int = 10) -> str:
    """A short text summary of :func:`analyze`'s result for the terminal.

    Examples
    --------
    >>> print(format_analysis(analyze(rdf_graph), top=1))          # doctest: +SKIP
    1 documents, 21 entities, 13 facts (16 edges), 5 communities, 9 components
    top entities by PageRank:
      1. JD.com (Organization)  pagerank 0.2311  degree 11  betweenness 0.6012
    """
    counts = result["counts"]
    lines = [
        f"{counts['documents']} documents, {counts['entities']} entities, {counts['facts']} facts "
        f"({counts['edges']} edges), {len(result['communities'])} communities, "
        f"{len(result['components'])} components",
        "top entities by PageRank:",
    ]
    for i, row in enumerate(result["entities"][:top], 1):
        lines.append(
            f"  {i}. {row['label']} ({row['type']})  pagerank {row['pagerank']:.4f}  "
            f"degree {row['degree']}  betweenness {row['betweenness']:.4f}"
        )
    return "\n".join(lines)
