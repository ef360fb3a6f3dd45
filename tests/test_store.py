"""kg.store: the embedded store, read-only query checks, result formats and export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.store import QueryResult, Store, bind_parameters, declare_prefixes, export, format_result, query
from kg.vocab import KG, RDF, RDFS, XSD, document_iri, graph_iri, ontology_graph


def doc_graph(doc_id: str, label: str = "Acme") -> rdflib.Graph:
    graph = rdflib.Graph()
    node = document_iri(doc_id)
    graph.add((node, RDF.type, KG.Document))
    graph.add((node, KG.documentId, Literal(doc_id)))
    graph.add((node, RDFS.label, Literal(label)))
    return graph


@pytest.fixture()
def store_dir(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with Store(path) as store:
        store.replace_document("a", doc_graph("a", 'tricky "quoted" \\ text\nline } ; DROP ALL'))
        store.replace_document("b", doc_graph("b"))
    return path


def test_replace_document_replaces_never_doubles(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        assert store.replace_document("a", doc_graph("a")) == 3
        assert store.replace_document("a", doc_graph("a", "Other")) == 3
        assert store.replace_document("b", doc_graph("b")) == 3
        assert store.quad_count() == 6
        assert store.document_ids() == ["a", "b"]
        labels = {str(t[0]) for t in store.select("SELECT ?l WHERE { ?d <%s> ?l }" % RDFS.label)}
        assert labels == {"Other", "Acme"}


def _store_quads(store: Store) -> set[str]:
    return {str(quad) for quad in store.oxigraph}


def test_triples_are_stored_as_the_graph_would_be_without_repeats(tmp_path: Path) -> None:
    graph = doc_graph("a", "Acme")
    graph.add((document_iri("a"), KG.evidenceStart, Literal("7", datatype=XSD.integer)))
    graph.add((document_iri("a"), RDFS.label, Literal("Acme", lang="en")))
    with Store(tmp_path / "g") as from_graph, Store(tmp_path / "t") as from_triples:
        assert from_graph.replace_document("a", graph) == 5
        assert from_triples.replace_document("a", iter([*graph, *graph])) == 5
        assert _store_quads(from_triples) == _store_quads(from_graph)
        assert len(_store_quads(from_triples)) == 5


def test_triples_replace_a_document_already_in_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        store.replace_document("a", iter(doc_graph("a")))
        store.replace_document("b", iter(doc_graph("b")))
        assert store.replace_document("a", iter(doc_graph("a", 'new } "label"'))) == 3
        labels = {str(t[0]) for t in store.select("SELECT ?l WHERE { ?d <%s> ?l }" % RDFS.label)}
        assert labels == {'new } "label"', "Acme"}
        assert store.replace_documents([("c", iter(doc_graph("c"))), ("a", iter(doc_graph("a")))]) == 6
        assert store.document_ids() == ["a", "b", "c"]
        assert store.quad_count() == 9


def test_a_batch_bulk_loads_new_documents_and_replaces_known_ones(tmp_path: Path) -> None:
    with Store(tmp_path / "bulk") as bulk, Store(tmp_path / "one") as one:
        bulk.replace_document("a", doc_graph("a"))
        one.replace_document("a", doc_graph("a"))
        batch = [("b", doc_graph("b")), ("a", doc_graph("a", "Renamed")), ("c", iter([*doc_graph("c"), *doc_graph("c")]))]
        assert bulk.add_documents(batch) == 9
        for doc_id, triples in batch[:2]:
            one.replace_document(doc_id, triples)
        one.replace_document("c", doc_graph("c"))
        assert _store_quads(bulk) == _store_quads(one) and bulk.quad_count() == 9
        assert bulk.document_ids() == ["a", "b", "c"]
        assert bulk.add_documents([]) == 0


def test_an_interrupted_document_leaves_the_old_one_whole(tmp_path: Path) -> None:
    def interrupted(label: str) -> Iterator[tuple[Node, Node, Node]]:
        yield from doc_graph("a", label)
        raise KeyboardInterrupt

    with Store(tmp_path / "s") as store:
        store.replace_document("a", doc_graph("a"))
        before = _store_quads(store)
        with pytest.raises(KeyboardInterrupt):
            store.replace_document("a", interrupted("Other"))
        with pytest.raises(KeyboardInterrupt):
            store.replace_document("b", interrupted("Acme"))
        assert _store_quads(store) == before


def test_a_term_that_is_not_rdf_is_a_store_error_and_writes_nothing(tmp_path: Path) -> None:
    graph = doc_graph("a")
    graph.add((URIRef("not an iri"), RDF.type, KG.Document))
    with Store(tmp_path / "s") as store:
        with pytest.raises(StoreError, match="is not valid RDF .* fix the IRI minting"):
            store.replace_document("a", graph)
        assert store.quad_count() == 0


def test_literals_survive_the_round_trip_exactly(store_dir: Path) -> None:
    with Store(store_dir, read_only=True) as store:
        dataset = store.dataset()
    graph = dataset.graph(graph_iri("a"))
    assert graph.value(document_iri("a"), RDFS.label) == Literal('tricky "quoted" \\ text\nline } ; DROP ALL')
    assert sum(1 for _ in dataset.quads()) == 6


def test_remove_document_and_ontology(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as store:
        store.replace_document("a", doc_graph("a"))
        ontology = store.set_ontology(ontology_graph())
        store.set_ontology(ontology_graph())
        assert store.quad_count() == 3 + ontology
        assert store.remove_document("a") is True
        assert store.remove_document("a") is False
        assert store.document_ids() == []
        assert store.quad_count() == ontology


def test_a_second_writer_gets_a_clear_store_error(store_dir: Path) -> None:
    with Store(store_dir):
        with pytest.raises(StoreError, match="in use by another process"):
            Store(store_dir)
        other = subprocess.run(
            [sys.executable, "-c", f"from kg.store import Store\nStore({str(store_dir)!r})"],
            capture_output=True, text=True, timeout=60,
        )
        assert "in use by another process" in other.stderr
        with Store(store_dir, read_only=True) as reader:
            assert reader.quad_count() == 6


def test_bad_store_directories(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text("x")
    with pytest.raises(StoreError, match="is not an Oxigraph store"):
        Store(tmp_path / "notes")
    with pytest.raises(StoreError, match="there is no store at"):
        Store(tmp_path / "missing", create=False)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store(tmp_path / "file")
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match="is damaged .* rebuild it with kg build --fresh"):
        Store(tmp_path / "broken")


def test_read_only_store_refuses_writes(store_dir: Path) -> None:
    with Store(store_dir, read_only=True) as store, pytest.raises(StoreError, match="opened read-only"):
        store.replace_document("c", doc_graph("c"))


@pytest.mark.parametrize(
    ("sparql", "message"),
    [
        ("INSERT DATA { <http://a> <http://b> <http://c> }", r"SPARQL Update \(INSERT at line 1, column 1\) is refused"),
        ("PREFIX x: <http://x/>\ndelete where { ?s ?p ?o }", r"SPARQL Update \(DELETE at line 2, column 1\)"),
        ("LOAD <http://example.org/data.ttl>", r"SPARQL Update \(LOAD"),
        ("DROP ALL", r"SPARQL Update \(DROP"),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
         r"SERVICE \(at line 1, column 18\) is refused: kg queries never reach the network"),
        ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", r"FROM <http://example.org/g> \(at line 1, column 10\)"),
        ("PREFIX e: <http://example.org/>\nSELECT * FROM NAMED e:g WHERE { GRAPH ?g { ?s ?p ?o } }", r"FROM e:g"),
        ("SELECT ?s WHERE {\n  ?s ?p\n}", r"^malformed SPARQL query: error at line 3, column 2: .*; fix the query there$"),
    ],
)
def test_refused_and_malformed_queries(store_dir: Path, sparql: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as caught:
        query(sparql, store=store_dir)
    assert "\n" not in str(caught.value)


def test_keywords_inside_strings_iris_and_comments_are_not_refused(store_dir: Path) -> None:
    sparql = ('# INSERT DATA SERVICE FROM <http://x>\n'
              'SELECT ?l WHERE { ?d <http://www.w3.org/2000/01/rdf-schema#label> ?l '
              'FILTER(?l != "DROP SERVICE FROM <http://x>") }')
    assert len(query(sparql, store=store_dir)) == 2


def test_own_graphs_may_be_named_in_from(store_dir: Path) -> None:
    sparql = f"SELECT ?id FROM <{graph_iri('b')}> WHERE {{ ?d <{KG.documentId}> ?id }}"
    assert query(sparql, store=store_dir).records() == [{"id": "b"}]


def test_parameters_bind_literals_safely(store_dir: Path) -> None:
    sparql = f"SELECT ?d WHERE {{ ?d <{RDFS.label}> ?name }}"
    assert len(query(sparql, store=store_dir, params={"name": "Acme"})) == 1
    assert len(query(sparql, store=store_dir, params={"name": 'Acme" } UNION { ?d ?p ?o'})) == 0
    with pytest.raises(QueryError, match=r"no variable \?nope .* its variables are: d, name"):
        query(sparql, store=store_dir, params={"nope": "x"})
    bound = bind_parameters("CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?o }", {"x": 'a"b'})
    assert bound == 'CONSTRUCT { ?s ?p ?x } WHERE { VALUES ?x { "a\\"b" }  ?s ?p ?o }'
    nested = bind_parameters("SELECT * WHERE { { SELECT ?e WHERE { ?e ?p ?n FILTER(?n = ?x) } } ?e ?q ?x }", {"x": "v"})
    assert nested == 'SELECT * WHERE { { SELECT ?e WHERE { VALUES ?x { "v" }  ?e ?p ?n FILTER(?n = ?x) } } ?e ?q ?x }'


def test_query_reads_rq_files_and_rejects_unknown_names(store_dir: Path, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("# How many documents\nSELECT (COUNT(*) AS ?n) WHERE { ?d a <%s> }\n" % KG.Document)
    assert query(str(rq), store=store_dir).records() == [{"n": "2"}]
    with pytest.raises(QueryError, match="there is no shipped query named 'nope'; use one of deals, "):
        query("nope", store=store_dir)
    with pytest.raises(QueryError, match="exactly one of"):
        query("deals")


RESULT = QueryResult(
    variables=("org", "label", "share"),
    rows=(
        (URIRef("https://w3id.org/kg-news/id/organization/jd-com"), Literal('JD, "the" rival'),
         Literal("0.15", datatype=XSD.decimal)),
        (URIRef("http://example.org/x"), Literal("Ünïcode", lang="en"), None),
    ),
)


def test_format_table() -> None:
    assert format_result(RESULT) == (
        "org                      label            share\n"
        "-----------------------  ---------------  -----\n"
        "kgr:organization/jd-com  JD, \"the\" rival  0.15\n"
        "<http://example.org/x>   Ünïcode\n"
        "(2 rows)"
    )
    assert format_result(QueryResult((), (), boolean=True)) == "true"


def test_format_csv_tsv_json() -> None:
    assert format_result(RESULT, "csv") == (
        'org,label,share\r\n'
        'https://w3id.org/kg-news/id/organization/jd-com,"JD, ""the"" rival",0.15\r\n'
        'http://example.org/x,Ünïcode,\r\n'
    )
    assert format_result(RESULT, "tsv") == (
        "?org\t?label\t?share\n"
        '<https://w3id.org/kg-news/id/organization/jd-com>\t"JD, \\"the\\" rival"\t'
        '"0.15"^^<http://www.w3.org/2001/XMLSchema#decimal>\n'
        '<http://example.org/x>\t"Ünïcode"@en\t\n'
    )
    assert json.loads(format_result(RESULT, "json")) == {
        "head": {"vars": ["org", "label", "share"]},
        "results": {"bindings": [
            {"org": {"type": "uri", "value": "https://w3id.org/kg-news/id/organization/jd-com"},
             "label": {"type": "literal", "value": 'JD, "the" rival'},
             "share": {"type": "literal", "value": "0.15", "datatype": str(XSD.decimal)}},
            {"org": {"type": "uri", "value": "http://example.org/x"},
             "label": {"type": "literal", "value": "Ünïcode", "xml:lang": "en"}},
        ]},
    }
    with pytest.raises(QueryError, match="unknown result format 'xml': use one of table, csv, tsv, json"):
        format_result(RESULT, "xml")


@pytest.mark.parametrize(("fmt", "parse_as", "count"), [("trig", "trig", 9), ("nquads", "nquads", 9),
                                                         ("jsonld", "json-ld", 9), ("turtle", "turtle", 6)])
def test_export_formats(store_dir: Path, tmp_path: Path, fmt: str, parse_as: str, count: int) -> None:
    with Store(store_dir) as store:
        store.replace_document("copy", doc_graph("b"))
    out = tmp_path / f"out.{fmt}"
    assert export(store_dir, fmt, out) == count
    if parse_as == "turtle":
        assert len(rdflib.Graph().parse(out, format="turtle")) == 6
        return
    dataset = rdflib.Dataset().parse(out, format=parse_as)
    assert sum(1 for _ in dataset.quads()) == 9
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {
        str(graph_iri(doc_id)) for doc_id in ("a", "b", "copy")}


def test_export_to_stdout_and_unknown_format(store_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert export(store_dir, "nquads") == 6
    assert capsysbinary.readouterr().out.count(b" .\n") == 6
    with pytest.raises(StoreError, match="unknown export format 'rdfxml': use one of trig, nquads, turtle, jsonld"):
        export(store_dir, "rdfxml")


def test_usual_prefixes_need_no_declaration(store_dir: Path) -> None:
    result = query("SELECT ?id WHERE { ?d a kg:Document ; kg:documentId ?id } ORDER BY ?id", store=store_dir)
    assert [str(row[0]) for row in result] == ["a", "b"]


def test_declare_prefixes_adds_only_what_the_query_lacks() -> None:
    own = "PREFIX kg: <http://elsewhere/>\nSELECT * WHERE { ?s a kg:X }"
    text, added = declare_prefixes(own)
    assert added == 1
    first, rest = text.split("\n", 1)
    assert rest == own
    assert "PREFIX kg:" not in first and "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>" in first
    assert declare_prefixes(first + "\n" + own) == (first + "\n" + own, 0)
