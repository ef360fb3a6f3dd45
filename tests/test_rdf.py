"""kg.rdf: exact triples, stable IRIs, safe literals, round trips and SHACL conformance."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pyoxigraph
import pyshacl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from kg.errors import InputError
from kg.model import Amount, Document, Entity, Evidence, Extraction, Fact
from kg.rdf import add_ontology, clean_literal, date_literal, extraction_to_graph, extraction_triples, to_dataset
from kg.vocab import (
    DCTERMS,
    KG,
    ONTOLOGY_GRAPH,
    PROV,
    RDF,
    RDFS,
    SKOS,
    XSD,
    amount_iri,
    document_iri,
    entity_iri,
    extractor_iri,
    fact_iri,
    graph_iri,
    ontology_graph,
    shapes_path,
)

KGSH = "https://w3id.org/kg-news/shapes#"
DOC = Document(
    id="jd-us-expansion",
    text="(article text is not written to RDF)",
    title="JD.com eyes U.S. expansion",
    date="2018-01-25",
    source="seeds/jd-us-expansion.txt",
)
ENTITIES = (
    Entity("jd", "JD.com", "Organization", "Company", ("JD.com Inc.", "JD")),
    Entity("walmart", "Walmart", "Organization", "Company"),
    Entity("tencent", "Tencent Holdings", "Organization"),
    Entity("jd_logistics", "JD Logistics", "Organization"),
    Entity("yihaodian", "Yihaodian", "Organization"),
    Entity("alibaba", "Alibaba", "Organization"),
    Entity("amazon", "Amazon", "Organization"),
    Entity("richard_liu", "Richard Liu", "Person", None, ("Liu",)),
    Entity("china", "China", "Place", "Country"),
    Entity("us", "United States", "Place", "Country", ("U.S.",)),
    Entity("los_angeles", "Los Angeles", "Place", "City"),
    Entity("wef", "World Economic Forum", "Event"),
    Entity("iot_lab", "Internet of Things lab", "Product"),
)


def _evidence(start: int) -> Evidence:
    return Evidence(f"Sentence at {start}.", start, start + 16)


FACTS = (
    Fact("Partnership", {"partners": ("walmart", "jd")}, "active", _evidence(0), "partnership.cue",
         0.8, {"place": "china", "kind": "alliance"}),
    Fact("Acquisition", {"buyer": "jd", "seller": "walmart", "target": "yihaodian"}, "completed",
         _evidence(20), "acquisition.cue", 0.7, {"date": "2016"}),
    Fact("Acquisition", {"buyer": "tencent", "seller": "jd", "target": "jd_logistics"},
         "negotiating", _evidence(40), "acquisition.cue", 0.6, {"share": 0.15}, "Liu"),
    Fact("Merger", {"parties": ("alibaba", "amazon")}, "rumored", _evidence(60), "merger.cue",
         0.3, {"amount": Amount(5e9, "USD"), "date": "2018-03"}),
    Fact("Investment", {"investor": "jd", "target": "us"}, "planned", _evidence(80),
         "investment.cue", 0.6),
    Fact("Ownership", {"owner": "jd", "owned": "jd_logistics"}, "active", _evidence(100),
         "ownership.cue", 0.9, {"share": 1.0}),
    Fact("Role", {"person": "richard_liu", "organization": "jd"}, "active", _evidence(120),
         "role.apposition", 0.9, {"title": "CEO"}),
    Fact("Competition", {"competitors": ("jd", "alibaba", "amazon")}, "active", _evidence(140),
         "competition.cue", 0.7),
    Fact("Location", {"entity": "jd", "place": "los_angeles"}, "considering", _evidence(160),
         "location.cue", 0.5, {"kind": "facility"}),
    Fact("FinancialMetric", {"organization": "jd"}, "completed", _evidence(180), "metric.cue",
         0.8, {"metric": "volume", "amount": Amount(19100000000.0, "USD"), "change": 0.5,
               "period": "2018-11-01/2018-11-11"}),
)
EXTRACTION = Extraction(DOC, ENTITIES, FACTS)


def _iri(entity_id: str) -> URIRef:
    entity = next(e for e in ENTITIES if e.id == entity_id)
    return entity_iri(entity.type, entity.name)


def _only(*facts: Fact, entities: tuple[Entity, ...] = ENTITIES) -> Extraction:
    return Extraction(DOC, entities, facts)


# -- exact triples ---------------------------------------------------------------------------


def test_exact_triples_of_a_small_extraction() -> None:
    doc = Document("d1", "Liu is JD's CEO.", title="T", date="2018", source="s.txt")
    entities = (
        Entity("jd", "JD.com", "Organization", "Company", ("JD.com Inc.",)),
        Entity("liu", "Richard Liu", "Person"),
    )
    fact = Fact("Role", {"person": "liu", "organization": "jd"}, "active",
                Evidence("Liu is JD's CEO.", 0, 16), "role.apposition", 0.9, {"title": "CEO"})
    graph = extraction_to_graph(Extraction(doc, entities, (fact,)))
    d, f = document_iri("d1"), fact_iri("d1", fact)
    jd, liu = entity_iri("Organization", "JD.com"), entity_iri("Person", "Richard Liu")
    agent = extractor_iri("role.apposition")
    expected = {
        (d, RDF.type, KG.Document),
        (d, KG.documentId, Literal("d1")),
        (d, DCTERMS.title, Literal("T")),
        (d, DCTERMS.date, Literal("2018", datatype=XSD.gYear)),
        (d, DCTERMS.source, Literal("s.txt")),
        (jd, RDF.type, KG.Organization),
        (jd, RDFS.label, Literal("JD.com")),
        (jd, SKOS.altLabel, Literal("JD.com Inc.")),
        (jd, KG.subtype, Literal("Company")),
        (jd, KG.mentionedIn, d),
        (liu, RDF.type, KG.Person),
        (liu, RDFS.label, Literal("Richard Liu")),
        (liu, KG.mentionedIn, d),
        (f, RDF.type, KG.Role),
        (f, KG.person, liu),
        (f, KG.organization, jd),
        (f, KG.status, KG.active),
        (f, KG.title, Literal("CEO")),
        (f, PROV.wasDerivedFrom, d),
        (f, PROV.wasAttributedTo, agent),
        (agent, RDF.type, PROV.SoftwareAgent),
        (agent, RDFS.label, Literal("role.apposition")),
        (f, KG.extractor, Literal("role.apposition")),
        (f, KG.confidence, Literal("0.9", datatype=XSD.decimal)),
        (f, KG.evidenceText, Literal("Liu is JD's CEO.")),
        (f, KG.evidenceStart, Literal("0", datatype=XSD.integer)),
        (f, KG.evidenceEnd, Literal("16", datatype=XSD.integer)),
        (liu, KG.affiliatedWith, jd),
    }
    assert set(graph) == expected


def test_attributes_are_typed() -> None:
    graph = extraction_to_graph(EXTRACTION)
    stake = fact_iri(DOC.id, FACTS[2])
    assert set(graph.objects(stake, KG.share)) == {Literal("0.15", datatype=XSD.decimal)}
    assert graph.value(stake, KG.share).toPython() == Decimal("0.15")
    assert set(graph.objects(stake, KG.attribution)) == {Literal("Liu")}
    merger = fact_iri(DOC.id, FACTS[3])
    amount = amount_iri(DOC.id, Amount(5e9, "USD"))
    assert set(graph.objects(merger, KG.amount)) == {amount}
    assert set(graph.predicate_objects(amount)) == {
        (RDF.type, KG.Amount),
        (KG.value, Literal("5000000000.0", datatype=XSD.decimal)),
        (KG.currency, Literal("USD")),
    }
    assert set(graph.objects(merger, KG.date)) == {Literal("2018-03", datatype=XSD.gYearMonth)}
    partnership = fact_iri(DOC.id, FACTS[0])
    assert set(graph.objects(partnership, KG.place)) == {_iri("china")}
    assert set(graph.objects(partnership, KG.kind)) == {Literal("alliance")}
    assert set(graph.objects(partnership, KG.partner)) == {_iri("jd"), _iri("walmart")}
    metric = fact_iri(DOC.id, FACTS[9])
    assert set(graph.objects(metric, KG.change)) == {Literal("0.5", datatype=XSD.decimal)}
    assert set(graph.objects(metric, KG.period)) == {Literal("2018-11-01/2018-11-11")}
    assert set(graph.objects(metric, KG.metric)) == {Literal("volume")}


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ("2016", Literal("2016", datatype=XSD.gYear)),
        ("2005-03", Literal("2005-03", datatype=XSD.gYearMonth)),
        ("2018-11-01", Literal("2018-11-01", datatype=XSD.date)),
        ("2018-02-30", Literal("2018-02-30")),
        ("2005-13", Literal("2005-13")),
        ("2018-11-01/2018-11-11", Literal("2018-11-01/2018-11-11")),
        ("2018-Q3", Literal("2018-Q3")),
    ],
)
def test_date_literal(text: str, literal: Literal) -> None:
    assert date_literal(text) == literal
    assert date_literal(text).datatype == literal.datatype


def test_entities_sharing_an_iri_share_one_label() -> None:
    entities = (
        Entity("a", "JD.com", "Organization", None, ("JD",)),
        Entity("b", "JD.com Inc.", "Organization", "Company"),
    )
    graph = extraction_to_graph(Extraction(DOC, entities, ()))
    node = entity_iri("Organization", "JD.com")
    assert set(graph.objects(node, RDFS.label)) == {Literal("JD.com")}
    assert set(graph.objects(node, SKOS.altLabel)) == {Literal("JD"), Literal("JD.com Inc.")}
    assert set(graph.objects(node, KG.subtype)) == {Literal("Company")}


# -- shortcut edges --------------------------------------------------------------------------


def test_shortcuts_only_for_facts_that_hold() -> None:
    graph = extraction_to_graph(EXTRACTION)
    shortcuts = {
        (s, p, o)
        for s, p, o in graph
        if p in {KG.partnerOf, KG.acquired, KG.mergedWith, KG.investedIn, KG.owns,
                 KG.affiliatedWith, KG.competesWith, KG.locatedIn}
    }
    jd, walmart, alibaba, amazon = _iri("jd"), _iri("walmart"), _iri("alibaba"), _iri("amazon")
    assert shortcuts == {
        (jd, KG.partnerOf, walmart),
        (jd, KG.acquired, _iri("yihaodian")),
        (jd, KG.owns, _iri("jd_logistics")),
        (_iri("richard_liu"), KG.affiliatedWith, jd),
        (alibaba, KG.competesWith, amazon),
        (alibaba, KG.competesWith, jd),
        (amazon, KG.competesWith, jd),
    }


def test_negative_facts_have_no_shortcut() -> None:
    fact = replace(FACTS[1], status="cancelled")
    graph = extraction_to_graph(_only(fact))
    assert (None, KG.acquired, None) not in graph
    assert (fact_iri(DOC.id, fact), KG.status, KG.cancelled) in graph


# -- determinism -----------------------------------------------------------------------------


def test_same_input_same_graph() -> None:
    first, second = extraction_to_graph(EXTRACTION), extraction_to_graph(EXTRACTION)
    assert set(first) == set(second)
    assert isomorphic(first, second)
    assert not any(isinstance(node, BNode) for triple in first for node in triple)


def test_extraction_triples_are_the_graphs_triples_with_shared_ones_repeated() -> None:
    triples = list(extraction_triples(EXTRACTION))
    assert set(triples) == set(extraction_to_graph(EXTRACTION))
    agent = extractor_iri("acquisition.cue")
    assert triples.count((agent, RDF.type, PROV.SoftwareAgent)) == 2
    assert triples == list(extraction_triples(EXTRACTION))


def test_cached_numbers_keep_their_type_and_still_refuse_booleans() -> None:
    share = Fact("Ownership", {"owner": "jd", "owned": "jd_logistics"}, "active", _evidence(0),
                 "ownership.cue", 1.0, {"share": 1})
    graph = extraction_to_graph(_only(share))
    node = fact_iri(DOC.id, share)
    assert graph.value(node, KG.share) == Literal("1.0", datatype=XSD.decimal)
    assert graph.value(node, KG.evidenceStart) == Literal("0", datatype=XSD.integer)
    with pytest.raises(InputError, match="True is not a number"):
        extraction_to_graph(_only(replace(share, attributes={"share": True})))


# -- errors ----------------------------------------------------------------------------------


def test_unknown_entity_id() -> None:
    fact = Fact("Role", {"person": "nobody", "organization": "jd"}, "active", _evidence(0),
                "role.apposition", 0.9)
    with pytest.raises(InputError, match="names entity 'nobody' in 'person'"):
        extraction_to_graph(_only(fact))


def test_unknown_attribute() -> None:
    fact = replace(FACTS[6], attributes={"salary": "high"})
    with pytest.raises(InputError, match="unknown attribute 'salary'"):
        extraction_to_graph(_only(fact))


def test_amount_must_be_an_amount() -> None:
    fact = replace(FACTS[3], attributes={"amount": {"value": 1, "currency": "USD"}})
    with pytest.raises(InputError, match="give amounts as kg.model.Amount"):
        extraction_to_graph(_only(fact))


def test_non_finite_numbers() -> None:
    with pytest.raises(InputError, match="not a finite number"):
        extraction_to_graph(_only(replace(FACTS[2], attributes={"share": float("nan")})))


# -- datasets --------------------------------------------------------------------------------


def test_to_dataset_has_one_graph_per_document_and_empty_default() -> None:
    other = Extraction(Document("other", "x", title="Other"), (), ())
    dataset = to_dataset([EXTRACTION, other])
    names = {g.identifier for g in dataset.graphs()} - {dataset.default_graph.identifier}
    assert names == {graph_iri(DOC.id), graph_iri("other")}
    assert len(dataset.default_graph) == 0
    assert set(dataset.graph(graph_iri(DOC.id))) == set(extraction_to_graph(EXTRACTION))


def test_to_dataset_replaces_a_repeated_document() -> None:
    smaller = Extraction(DOC, ENTITIES[:1], ())
    dataset = to_dataset([EXTRACTION, smaller])
    assert set(dataset.graph(graph_iri(DOC.id))) == set(extraction_to_graph(smaller))


def test_add_ontology() -> None:
    dataset = to_dataset([EXTRACTION])
    graph = add_ontology(dataset)
    assert graph.identifier == ONTOLOGY_GRAPH
    assert set(dataset.graph(ONTOLOGY_GRAPH)) == set(ontology_graph())
    assert len(dataset.default_graph) == 0


# -- literals and round trips ----------------------------------------------------------------


def test_clean_literal() -> None:
    assert clean_literal("a\x00b\ud800c\ufffed\x1b\ue000") == "a\ufffdb\ufffdc\ufffdd\ufffd\ue000"
    assert clean_literal("tab\tnew\nline\r\u2028 😀") == "tab\tnew\nline\r\u2028 😀"


def _hostile(text: str) -> Extraction:
    doc = Document(text or "x", text, title=text, date=text, source=text)
    entities = (Entity("a", text, "Organization", text, (text, text + "!")),
                Entity("b", "B" + text, "Person"))
    fact = Fact("Role", {"person": "b", "organization": "a"}, "active",
                Evidence(text, 0, len(text)), "role" + text, 0.5,
                {"title": text, "date": text}, text or None)
    return Extraction(doc, entities, (fact,))


def _round_trip(dataset: Dataset, fmt: str) -> Dataset:
    data = dataset.serialize(format=fmt, encoding="utf-8")
    parsed = Dataset()
    parsed.parse(data=data, format=fmt)
    return parsed


def _same_quads(one: Dataset, two: Dataset) -> bool:
    """Same named graphs with isomorphic content (the ontology's lists are blank nodes)."""
    def graphs(dataset: Dataset) -> dict[object, Graph]:
        return {g.identifier: g for g in dataset.graphs() if len(g)}

    first, second = graphs(one), graphs(two)
    return first.keys() == second.keys() and all(
        isomorphic(first[name], second[name]) for name in first
    )


HOSTILE = [
    'quote " backslash \\ newline \n cr \r tab \t',
    "<b>markup</b> & <script>alert('x')</script> ]]>",
    "nul \x00 bell \x07 escape \x1b del \x7f c1 \x85 \x9f",
    "lone surrogates \ud800 \udfff and noncharacters \ufffe \uffff",
    '""" triple quotes """ and \'\'\' \'\'\'',
    "unicode: 京东 Zürich — ‘quotes’ 😀 \u2028 \u2029",
    "ends with a backslash \\",
    "",
]


@pytest.mark.parametrize("text", HOSTILE)
@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_hostile_text_round_trips(text: str, fmt: str) -> None:
    dataset = to_dataset([_hostile(text)])
    assert _same_quads(_round_trip(dataset, fmt), dataset)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_through_turtle(text: str) -> None:
    graph = extraction_to_graph(_hostile(text))
    parsed = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert set(parsed) == set(graph)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_through_rdf_xml(text: str) -> None:
    graph = extraction_to_graph(_hostile(text))
    parsed = Graph().parse(data=graph.serialize(format="xml"), format="xml")
    assert set(parsed) == set(graph)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_loads_into_oxigraph(text: str) -> None:
    dataset = to_dataset([_hostile(text)])
    data = dataset.serialize(format="nquads", encoding="utf-8")
    quads = list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(quads) == len(dataset)
    for _, _, obj, _ in dataset.quads((None, None, None, None)):
        if isinstance(obj, Literal):
            pyoxigraph.Literal(str(obj))


_NASTY = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\x85", "\ufffe", "\uffff", '"'])


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), _NASTY), max_size=40))
def test_any_text_round_trips(text: str) -> None:
    dataset = to_dataset([_hostile(text)])
    assert _same_quads(_round_trip(dataset, "nquads"), dataset)
    assert _same_quads(_round_trip(dataset, "trig"), dataset)
    graph = extraction_to_graph(_hostile(text))
    assert set(Graph().parse(data=graph.serialize(format="turtle"), format="turtle")) == set(graph)


def test_full_extraction_round_trips() -> None:
    dataset = to_dataset([EXTRACTION])
    add_ontology(dataset)
    for fmt in ("trig", "nquads"):
        assert _same_quads(_round_trip(dataset, fmt), dataset)


# -- SHACL -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _violations(graph: Graph, shapes: Graph) -> set[tuple[str, str]]:
    """(node shape, path) of every violation, naming property shapes by their node shape
    (top-level results only; the details of sh:node and sh:or are left out)."""
    conforms, report, _ = pyshacl.validate(graph, shacl_graph=shapes)
    found: set[tuple[str, str]] = set()
    for result in report.objects(None, SH.result):
        source = report.value(result, SH.sourceShape)
        owner = shapes.value(None, SH.property, source) or source
        path = report.value(result, SH.resultPath)
        found.add((str(owner).removeprefix(KGSH), str(path).split("#")[-1] if path else ""))
    assert conforms == (not found)
    return found


def test_full_extraction_conforms(shapes: Graph) -> None:
    assert _violations(extraction_to_graph(EXTRACTION), shapes) == set()


def _fact_node(graph: Graph, cls: URIRef) -> URIRef:
    return next(iter(graph.subjects(RDF.type, cls)))


def _set(graph: Graph, cls: URIRef, prop: URIRef, *values: object) -> Graph:
    node = _fact_node(graph, cls)
    graph.remove((node, prop, None))
    for value in values:
        graph.add((node, prop, value))  # type: ignore[arg-type]
    return graph


def _single(fact: Fact) -> Graph:
    return extraction_to_graph(_only(fact))


def _dec(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


def _int(number: int) -> Literal:
    return Literal(str(number), datatype=XSD.integer)


CASES = {
    "no status": (lambda: _set(_single(FACTS[6]), KG.Role, KG.status), ("FactShape", "status")),
    "two statuses": (lambda: _set(_single(FACTS[6]), KG.Role, KG.status, KG.active, KG.denied),
                     ("FactShape", "status")),
    "status not in vocabulary": (lambda: _set(_single(FACTS[6]), KG.Role, KG.status, KG.Holds),
                                 ("FactShape", "status")),
    "no evidence text": (lambda: _set(_single(FACTS[6]), KG.Role, KG.evidenceText),
                         ("FactShape", "evidenceText")),
    "start after end": (lambda: _set(_single(FACTS[6]), KG.Role, KG.evidenceStart, _int(500)),
                        ("FactShape", "evidenceStart")),
    "no evidence end": (lambda: _set(_single(FACTS[6]), KG.Role, KG.evidenceEnd),
                        ("FactShape", "evidenceEnd")),
    "no extractor": (lambda: _set(_single(FACTS[6]), KG.Role, KG.extractor),
                     ("FactShape", "extractor")),
    "no agent": (lambda: _set(_single(FACTS[6]), KG.Role, PROV.wasAttributedTo),
                 ("FactShape", "wasAttributedTo")),
    "confidence above 1": (lambda: _set(_single(FACTS[6]), KG.Role, KG.confidence, _dec("1.5")),
                           ("FactShape", "confidence")),
    "confidence as text": (lambda: _set(_single(FACTS[6]), KG.Role, KG.confidence,
                                        Literal("0.5")), ("FactShape", "confidence")),
    "not derived from a document": (
        lambda: _set(_single(FACTS[6]), KG.Role, PROV.wasDerivedFrom, URIRef("urn:x")),
        ("FactShape", "wasDerivedFrom")),
    "share above 1": (lambda: _set(_single(FACTS[2]), KG.Acquisition, KG.share, _dec("15.0")),
                      ("FactShape", "share")),
    "change unscaled": (lambda: _set(_single(FACTS[9]), KG.FinancialMetric, KG.change,
                                     _dec("50.0")), ("FactShape", "change")),
    "two dates": (lambda: _set(_single(FACTS[1]), KG.Acquisition, KG.date, Literal("2016"),
                               Literal("2017")), ("FactShape", "date")),
    "place not a place": (lambda: _set(_single(FACTS[0]), KG.Partnership, KG.place, _iri("jd")),
                          ("FactShape", "place")),
    "one partner": (lambda: _set(_single(FACTS[0]), KG.Partnership, KG.partner, _iri("jd")),
                    ("PartnershipShape", "partner")),
    "two buyers": (lambda: _set(_single(FACTS[1]), KG.Acquisition, KG.buyer, _iri("jd"),
                                _iri("walmart")), ("AcquisitionShape", "buyer")),
    "buyer a place": (lambda: _set(_single(FACTS[1]), KG.Acquisition, KG.buyer, _iri("china")),
                      ("AcquisitionShape", "buyer")),
    "no target": (lambda: _set(_single(FACTS[1]), KG.Acquisition, KG.target),
                  ("AcquisitionShape", "target")),
    "two sellers": (lambda: _set(_single(FACTS[1]), KG.Acquisition, KG.seller, _iri("jd"),
                                 _iri("walmart")), ("AcquisitionShape", "seller")),
    "merger of one": (lambda: _set(_single(FACTS[3]), KG.Merger, KG.party, _iri("alibaba")),
                      ("MergerShape", "party")),
    "investment target a person": (
        lambda: _set(_single(FACTS[4]), KG.Investment, KG.target, _iri("richard_liu")),
        ("InvestmentShape", "target")),
    "no owner": (lambda: _set(_single(FACTS[5]), KG.Ownership, KG.owner),
                 ("OwnershipShape", "owner")),
    "role of a company": (lambda: _set(_single(FACTS[6]), KG.Role, KG.person, _iri("walmart")),
                          ("RoleShape", "person")),
    "two titles": (lambda: _set(_single(FACTS[6]), KG.Role, KG.title, Literal("CEO"),
                                Literal("chairman")), ("RoleShape", "title")),
    "competition of one": (lambda: _set(_single(FACTS[7]), KG.Competition, KG.competitor,
                                        _iri("jd")), ("CompetitionShape", "competitor")),
    "location without place": (lambda: _set(_single(FACTS[8]), KG.Location, KG.place),
                               ("LocationShape", "place")),
    "metric of a person": (lambda: _set(_single(FACTS[9]), KG.FinancialMetric, KG.organization,
                                        _iri("richard_liu")),
                           ("FinancialMetricShape", "organization")),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_violation_is_caught(case: str, shapes: Graph) -> None:
    make, expected = CASES[case]
    assert _violations(make(), shapes) == {expected}


def test_amount_currency_is_checked(shapes: Graph) -> None:
    graph = extraction_to_graph(_only(replace(FACTS[3], attributes={"amount": Amount(1.0, "usd")})))
    assert _violations(graph, shapes) == {("AmountShape", "currency")}
    amount = amount_iri(DOC.id, Amount(1.0, "usd"))
    graph.remove((amount, KG.value, None))
    assert _violations(graph, shapes) == {("AmountShape", "currency"), ("AmountShape", "value")}


def test_entity_label_is_checked(shapes: Graph) -> None:
    graph = extraction_to_graph(_only(FACTS[6]))
    graph.add((_iri("jd"), RDFS.label, Literal("JD")))
    assert _violations(graph, shapes) == {("EntityShape", "label")}


def test_document_id_is_checked(shapes: Graph) -> None:
    graph = extraction_to_graph(_only(FACTS[6]))
    graph.remove((document_iri(DOC.id), KG.documentId, None))
    assert _violations(graph, shapes) == {("DocumentShape", "documentId")}


def test_extractor_label_is_checked(shapes: Graph) -> None:
    graph = extraction_to_graph(_only(FACTS[6]))
    graph.remove((extractor_iri(FACTS[6].extractor), RDFS.label, None))
    assert _violations(graph, shapes) == {("ExtractorShape", "label")}
