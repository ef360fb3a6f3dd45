"""kg.analysis on a small hand-built graph shaped like the seed article's."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from rdflib import Graph, URIRef

from kg import analysis
from kg.analysis import (
    analyze,
    entity_graph,
    find_entity,
    format_analysis,
    format_path,
    measures,
    path,
    write_analysis,
)
from kg.errors import UsageError
from kg.model import Amount, Document, Entity, Evidence, Extraction, Fact
from kg.rdf import extraction_to_graph, to_dataset
from kg.vocab import entity_iri

PARTNERSHIP = "Walmart and JD enjoy a partnership in China."
TALKS = "JD is in discussions to sell 15% of its logistics operations to Tencent Holdings."
SALE = "Walmart sold Yihaodian to JD in 2016."
ROLE = "JD.com CEO Richard Liu spoke in Davos."
VOLUME = "JD reported volume of $19.1 billion."
DENIAL = "Walmart denied it would invest in China."
#: The order of the sentences in the imaginary article (evidence offsets follow it).
SENTENCES = (PARTNERSHIP, SALE, TALKS, ROLE, VOLUME, DENIAL)


def _fact(type_: str, roles: dict, status: str, sentence: str, confidence: float, **attributes) -> Fact:
    start = SENTENCES.index(sentence) * 100
    return Fact(type_, roles, status, Evidence(sentence, start, start + len(sentence)), "test", confidence, attributes)


def seed_like(doc_id: str = "jd-us-expansion") -> Extraction:
    """Eight entities (one with no fact) and six facts of every status class."""
    entities = (
        Entity("jd", "JD.com", "Organization", "Company", ("JD", "JD.com Inc.")),
        Entity("walmart", "Walmart", "Organization"),
        Entity("tencent", "Tencent Holdings", "Organization", None, ("Tencent",)),
        Entity("jdl", "JD Logistics", "Organization"),
        Entity("yhd", "Yihaodian", "Organization"),
        Entity("liu", "Richard Liu", "Person", None, ("Liu",)),
        Entity("china", "China", "Place", "Country"),
        Entity("bloomberg", "Bloomberg", "Organization"),
    )
    facts = (
        _fact("Partnership", {"partners": ("walmart", "jd")}, "active", PARTNERSHIP, 0.8, place="china"),
        _fact("Acquisition", {"buyer": "jd", "seller": "walmart", "target": "yhd"}, "completed", SALE, 0.7, date="2016"),
        _fact("Acquisition", {"buyer": "tencent", "seller": "jd", "target": "jdl"}, "negotiating", TALKS, 0.8, share=0.15),
        _fact("Role", {"person": "liu", "organization": "jd"}, "active", ROLE, 0.9, title="CEO"),
        _fact("FinancialMetric", {"organization": "jd"}, "completed", VOLUME, 0.6, metric="volume",
              amount=Amount(19.1e9, "USD")),
        _fact("Investment", {"investor": "walmart", "target": "china"}, "denied", DENIAL, 0.5),
    )
    return Extraction(Document(doc_id, "text", "JD.com eyes U.S. expansion"), entities, facts)


@pytest.fixture(scope="module")
def dataset():
    return to_dataset([seed_like()])


@pytest.fixture(scope="module")
def g(dataset) -> nx.MultiDiGraph:
    return entity_graph(dataset)


def iri(type_: str, name: str) -> str:
    return str(entity_iri(type_, name))


def _edges(g: nx.MultiDiGraph) -> set[tuple[str, str, str, str, str]]:
    return {
        (g.nodes[u]["label"], g.nodes[v]["label"], d["label"], d["source_role"], d["target_role"])
        for u, v, d in g.edges(data=True)
    }


def test_nodes_are_entities_with_their_names(g):
    assert sorted(d["label"] for _, d in g.nodes(data=True)) == [
        "Bloomberg", "China", "JD Logistics", "JD.com", "Richard Liu", "Tencent Holdings", "Walmart", "Yihaodian",
    ]
    jd = g.nodes[iri("Organization", "JD.com")]
    assert jd == {"label": "JD.com", "type": "Organization", "aliases": "JD; JD.com Inc.", "subtype": "Company"}
    assert g.nodes[iri("Place", "China")]["type"] == "Place"


def test_facts_unfold_into_edges_between_participants(g):
    assert _edges(g) == {
        ("JD.com", "Walmart", "Partnership", "partner", "partner"),
        ("JD.com", "China", "Partnership", "partner", "place"),
        ("Walmart", "China", "Partnership", "partner", "place"),
        ("JD.com", "Yihaodian", "Acquisition", "buyer", "target"),
        ("JD.com", "Walmart", "Acquisition", "buyer", "seller"),
        ("Tencent Holdings", "JD Logistics", "Acquisition", "buyer", "target"),
        ("Tencent Holdings", "JD.com", "Acquisition", "buyer", "seller"),
        ("Richard Liu", "JD.com", "Role", "person", "organization"),
        ("Walmart", "China", "Investment", "investor", "target"),
    }
    # the symmetric partnership gives one edge for its pair, flagged as such
    pair = [d for _, _, d in g.edges(data=True) if d["source_role"] == d["target_role"] == "partner"]
    assert len(pair) == 1 and pair[0]["symmetric"] is True


def test_edges_carry_the_whole_fact(g):
    talks = g.get_edge_data(iri("Organization", "Tencent Holdings"), iri("Organization", "JD Logistics"))
    (data,) = talks.values()
    assert data["status"] == "negotiating"
    assert data["status_class"] == "prospective"
    assert data["confidence"] == 0.8
    assert data["evidence"] == TALKS
    assert data["document"] == "jd-us-expansion"
    assert data["share"] == 0.15
    assert data["fact"].startswith("https://w3id.org/kg-news/id/fact/jd-us-expansion/")


def test_literals_never_become_nodes_and_single_participant_facts_are_kept_as_records(g):
    assert all(node.startswith("https://w3id.org/kg-news/id/") and "/fact/" not in node for node in g.nodes)
    records = g.graph["facts"]
    assert sorted(r["type"] for r in records.values()) == [
        "Acquisition", "Acquisition", "FinancialMetric", "Investment", "Partnership", "Role",
    ]
    (metric,) = [r for r in records.values() if r["type"] == "FinancialMetric"]
    assert metric["attributes"]["amount"] == {"value": 19.1e9, "currency": "USD"}
    assert metric["attributes"]["metric"] == "volume"
    assert metric["roles"] == {"organization": [iri("Organization", "JD.com")]}
    assert g.graph["documents"] == ["jd-us-expansion"]


def test_a_graph_and_a_dataset_give_the_same_entity_graph(g):
    plain = entity_graph(extraction_to_graph(seed_like()))
    assert isinstance(extraction_to_graph(seed_like()), Graph)
    assert sorted(plain.edges(keys=True, data=True)) == sorted(g.edges(keys=True, data=True))


def test_measures(g):
    m = measures(g)
    jd = iri("Organization", "JD.com")
    assert m["degree"][jd] == 6
    assert max(m["pagerank"], key=m["pagerank"].get) == jd
    assert sum(m["pagerank"].values()) == pytest.approx(1.0)
    assert max(m["betweenness"], key=m["betweenness"].get) == jd
    assert [len(c) for c in m["components"]] == [7, 1]
    assert m["components"][1] == [iri("Organization", "Bloomberg")]
    assert m["component"][jd] == 0
    assert sorted(n for c in m["communities"] for n in c) == sorted(g.nodes)


def test_betweenness_is_sampled_with_a_fixed_seed_above_the_threshold(monkeypatch):
    big = nx.MultiDiGraph(nx.gnm_random_graph(40, 80, seed=1, directed=True))
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_MIN_SAMPLE", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_WORK", 0)
    sampled = measures(big)["betweenness"]
    simple = nx.Graph(nx.gnm_random_graph(40, 80, seed=1, directed=True).to_undirected())
    nx.set_edge_attributes(simple, 1, "weight")
    exact = nx.betweenness_centrality(simple)
    assert sampled != pytest.approx(exact)
    assert measures(big)["betweenness"] == sampled
    top_exact = sorted(exact, key=exact.get, reverse=True)[:5]
    assert max(sampled, key=sampled.get) in top_exact


def test_betweenness_skips_isolated_nodes_and_pairs_but_equals_the_exact_measure():
    g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d"), ("x", "y")])
    g.add_nodes_from(["i1", "i2", "i3"])
    simple = nx.Graph(g.to_undirected())
    assert measures(g)["betweenness"] == pytest.approx(nx.betweenness_centrality(simple))
    assert measures(g)["betweenness"]["b"] > 0
    assert measures(g)["betweenness"]["x"] == 0.0


def test_analyze_is_json_ready_and_repeats(dataset):
    result = analyze(dataset)
    assert result["counts"] == {
        "documents": 1,
        "entities": 8,
        "entities_by_type": {"Organization": 6, "Person": 1, "Place": 1},
        "facts": 6,
        "facts_by_type": {"Acquisition": 2, "FinancialMetric": 1, "Investment": 1, "Partnership": 1, "Role": 1},
        "facts_by_status_class": {"holds": 4, "negative": 1, "prospective": 1},
        "edges": 9,
    }
    assert [row["label"] for row in result["entities"][:2]] == ["JD.com", "Walmart"]
    assert result["entities"][0]["aliases"] == ["JD", "JD.com Inc."]
    assert result["components"][1] == {"id": 1, "size": 1, "members": ["Bloomberg"]}
    assert len(result["edges"]) == 9
    assert json.dumps(result, sort_keys=True) == json.dumps(analyze(to_dataset([seed_like()])), sort_keys=True)


def test_format_analysis(dataset):
    lines = format_analysis(analyze(dataset), top=1).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("1 documents, 8 entities, 6 facts (9 edges), ")
    assert lines[1] == "top entities by PageRank:"
    assert lines[2].startswith("  1. JD.com (Organization)  pagerank 0.")


def test_write_analysis_gives_json_and_graphml_for_gephi(dataset, tmp_path):
    result = analyze(dataset)
    json_path, graphml_path = write_analysis(result, tmp_path / "out")
    assert json.loads(json_path.read_text("utf-8")) == result
    back = nx.read_graphml(graphml_path)
    assert back.number_of_nodes() == 8 and back.number_of_edges() == 9
    jd = back.nodes[iri("Organization", "JD.com")]
    assert jd["label"] == "JD.com" and jd["aliases"] == "JD; JD.com Inc."
    assert isinstance(jd["pagerank"], float) and jd["degree"] == 6
    labels = {d["label"] for _, _, d in back.edges(data=True)}
    assert labels == {"Partnership", "Acquisition", "Role", "Investment"}


def test_find_entity_by_label_or_alias_in_any_case(g):
    assert find_entity(g, "tencent") == iri("Organization", "Tencent Holdings")
    assert find_entity(g, "  JD.COM inc. ") == iri("Organization", "JD.com")
    # without an exact name, the name as IRIs normalise it: no suffix, punctuation or "the"
    assert find_entity(g, "the Walmart Inc") == iri("Organization", "Walmart")
    assert find_entity(g, "Tencent Holdings Ltd.") == iri("Organization", "Tencent Holdings")
    with pytest.raises(UsageError, match=r"no entity is named 'Tencnt'.*close matches: Tencent Holdings"):
        find_entity(g, "Tencnt")


def test_path_gives_the_chain_of_facts_with_evidence(g):
    steps = path(g, "Tencent", "yihaodian")
    assert [(s["source"], s["type"], s["roles"], s["target"]) for s in steps] == [
        ("Tencent Holdings", "Acquisition", "buyer → seller", "JD.com"),
        ("JD.com", "Acquisition", "buyer → target", "Yihaodian"),
    ]
    assert [s["evidence"] for s in steps] == [TALKS, SALE]
    assert format_path(steps) == "\n".join([
        "Tencent Holdings → Yihaodian: 2 fact(s)",
        "1. Tencent Holdings —Acquisition (buyer → seller, negotiating)→ JD.com",
        f'   evidence: "{TALKS}" [jd-us-expansion]',
        "2. JD.com —Acquisition (buyer → target, completed)→ Yihaodian",
        f'   evidence: "{SALE}" [jd-us-expansion]',
    ])


def test_path_walks_facts_against_their_direction_and_prefers_facts_that_hold(g):
    steps = path(g, "Walmart", "Liu")
    assert [(s["source"], s["subject"], s["type"], s["target"]) for s in steps] == [
        ("Walmart", "JD.com", "Partnership", "JD.com"),
        ("JD.com", "Richard Liu", "Role", "Richard Liu"),
    ]
    # Walmart-China: the partnership (holds) wins over the denied investment
    assert [s["type"] for s in path(g, "Walmart", "China")] == ["Partnership"]


def test_path_without_a_chain(g):
    assert path(g, "Bloomberg", "JD.com") == []
    assert path(g, "JD", "JD.com") == []
    assert format_path([], "Bloomberg", "JD.com") == "No chain of facts links Bloomberg and JD.com."
    with pytest.raises(UsageError, match="Bloomberg"):
        path(g, "Bloombreg", "JD.com")


def test_entity_graph_from_triples_with_plain_string_iris_equals_the_one_from_rdflib(dataset, g):
    triples = [
        (str(s) if isinstance(s, URIRef) else s, str(p), str(o) if isinstance(o, URIRef) else o)
        for s, p, o, _ in dataset.quads((None, None, None, None))
    ]
    from_triples = entity_graph(triples + triples[:5])  # a triple read twice counts once
    assert list(from_triples.nodes(data=True)) == list(g.nodes(data=True))
    assert list(from_triples.edges(keys=True, data=True)) == list(g.edges(keys=True, data=True))
    assert from_triples.graph == g.graph


def test_betweenness_sample_does_not_depend_on_the_order_nodes_were_added(monkeypatch):
    monkeypatch.setattr(analysis, "BETWEENNESS_EXACT", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_MIN_SAMPLE", 10)
    monkeypatch.setattr(analysis, "BETWEENNESS_WORK", 0)
    edges = [(f"n{u:02d}", f"n{v:02d}") for u, v in nx.gnm_random_graph(40, 80, seed=1).edges()]
    forward = nx.MultiDiGraph(edges)
    backward = nx.MultiDiGraph()
    backward.add_nodes_from(sorted(forward.nodes, reverse=True))
    backward.add_edges_from(reversed(edges))
    assert measures(backward)["betweenness"] == measures(forward)["betweenness"]


def _networkx_graphml(result: dict) -> bytes:
    """What nx.write_graphml writes for the analysis's graph: the bytes kg must reproduce."""
    graph = nx.MultiDiGraph()
    for row in result["entities"]:
        graph.add_node(row["iri"], **{**{k: v for k, v in row.items() if k != "iri"}, "aliases": "; ".join(row["aliases"])})
    for edge in result["edges"]:
        attrs = {k: (json.dumps(v) if isinstance(v, (list, dict)) else v)
                 for k, v in edge.items() if k not in ("source", "target", "key") and v is not None}
        graph.add_edge(edge["source"], edge["target"], key=edge["key"], **attrs)
    out = io.BytesIO()
    nx.write_graphml(graph, out)
    return out.getvalue()


@pytest.mark.parametrize("result", [
    {"entities": [], "edges": []},
    {"entities": [{"iri": 'a&<>"\n\t\rb', "label": 'x & <y> "q"\n', "aliases": [], "n": 1, "f": 0.5, "b": True},
                  {"iri": "z", "label": "", "aliases": ["p", "q"], "n": 2, "f": 1e-7, "b": False},
                  {"iri": "c", "label": "  ", "aliases": [], "n": True, "f": 3, "b": "s"}],
     "edges": [{"source": "z", "target": 'a&<>"\n\t\rb', "key": "k1", "w": [1, 2], "d": {"a": "<"}, "none": None, "s": ""},
               {"source": "new", "target": "z", "key": "k0", "w": "x"},
               {"source": "z", "target": "c", "key": "k2", "w": 1.5},
               {"source": "z", "target": 'a&<>"\n\t\rb', "key": "k3"}]},
], ids=["empty", "markup-types-and-order"])
def test_graphml_is_byte_for_byte_what_networkx_writes(result, tmp_path):
    write_analysis(result, tmp_path)
    assert (tmp_path / "graph.graphml").read_bytes() == _networkx_graphml(result)


def test_graphml_of_the_seed_analysis_is_what_networkx_writes(g, tmp_path):
    result = json.loads(json.dumps(analyze(g)))
    write_analysis(result, tmp_path)
    assert (tmp_path / "graph.graphml").read_bytes() == _networkx_graphml(result)
