"""kg.vocab: the closed KG namespace and stable, safe IRI minting."""

from __future__ import annotations

import math
import re

import pytest
from rdflib import URIRef

from kg.errors import InputError
from kg.model import FACT_TYPES, STATUS_CLASSES, Amount, Evidence, Fact
from kg.vocab import (
    KG,
    KG_NAMESPACE,
    KGR,
    ONTOLOGY_GRAPH,
    amount_iri,
    decimal_lexical,
    document_iri,
    entity_iri,
    extractor_iri,
    fact_class,
    fact_iri,
    graph_iri,
    ontology_graph,
    ontology_path,
    queries_dir,
    role_property,
    shapes_path,
    status_class_iri,
    status_iri,
)

ID = "https://w3id.org/kg-news/id/"


def _fact(**changes: object) -> Fact:
    values: dict[str, object] = {
        "type": "Acquisition",
        "roles": {"buyer": "tencent", "seller": "jd", "target": "jd_logistics"},
        "status": "negotiating",
        "evidence": Evidence("JD is in discussions to sell 15% of its logistics arm.", 100, 154),
        "extractor": "acquisition.pattern",
        "confidence": 0.8,
        "attributes": {"share": 0.15},
    }
    values.update(changes)
    return Fact(**values)  # type: ignore[arg-type]


# -- the namespace ---------------------------------------------------------------------------


def test_kg_terms_resolve_to_the_namespace() -> None:
    assert KG.buyer == URIRef(KG_NAMESPACE + "buyer")
    assert KG.Acquisition == URIRef(KG_NAMESPACE + "Acquisition")
    assert KG["partnerOf"] == URIRef(KG_NAMESPACE + "partnerOf")


def test_kg_rejects_undeclared_terms() -> None:
    with pytest.raises(AttributeError, match="buyr"):
        KG.buyr  # noqa: B018
    with pytest.raises(KeyError):
        KG["Aquisition"]


def test_every_declared_term_is_reachable_as_an_attribute() -> None:
    # str methods such as ``title`` must not shadow ontology terms
    terms = dir(KG)
    assert {"title", "kind", "value", "entity", "place", "status"} <= set(terms)
    for term in terms:
        assert getattr(KG, term) == URIRef(KG_NAMESPACE + term)


def test_constants() -> None:
    assert str(KGR) == ID
    assert ONTOLOGY_GRAPH == URIRef(ID + "graph/ontology")


def test_packaged_files() -> None:
    assert ontology_path().name == "kg.ttl" and ontology_path().is_file()
    assert shapes_path().name == "shapes.ttl" and shapes_path().is_file()
    assert queries_dir().is_dir() and (queries_dir() / "__init__.py").is_file()


def test_ontology_graph_is_a_fresh_copy() -> None:
    first = ontology_graph()
    size = len(first)
    first.remove((None, None, None))
    assert len(ontology_graph()) == size > 500


# -- classes, roles, statuses ----------------------------------------------------------------


def test_fact_class() -> None:
    assert [fact_class(t) for t in FACT_TYPES] == [URIRef(KG_NAMESPACE + t) for t in FACT_TYPES]
    with pytest.raises(InputError, match="unknown fact type 'Takeover'"):
        fact_class("Takeover")


@pytest.mark.parametrize(
    ("role", "term"),
    [
        ("partners", "partner"),
        ("parties", "party"),
        ("competitors", "competitor"),
        ("buyer", "buyer"),
        ("seller", "seller"),
        ("target", "target"),
        ("investor", "investor"),
        ("owner", "owner"),
        ("owned", "owned"),
        ("person", "person"),
        ("organization", "organization"),
        ("entity", "entity"),
        ("place", "place"),
    ],
)
def test_role_property(role: str, term: str) -> None:
    assert role_property(role) == URIRef(KG_NAMESPACE + term)


def test_role_property_refuses_unknown_roles() -> None:
    with pytest.raises(InputError, match="unknown role 'partner'"):
        role_property("partner")


def test_status_iris() -> None:
    assert [status_iri(s) for s in STATUS_CLASSES] == [
        URIRef(KG_NAMESPACE + s) for s in STATUS_CLASSES
    ]
    assert status_class_iri("holds") == KG.Holds
    assert status_class_iri("prospective") == KG.Prospective
    assert status_class_iri("negative") == KG.Negative
    with pytest.raises(InputError, match="unknown status 'done'"):
        status_iri("done")
    with pytest.raises(InputError, match="unknown status class 'maybe'"):
        status_class_iri("maybe")


# -- entity IRIs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_", "name", "path"),
    [
        ("Organization", "JD.com Inc.", "organization/jd-com"),
        ("Organization", "JD.com", "organization/jd-com"),
        ("Organization", "jd.com inc", "organization/jd-com"),
        ("Organization", "Tencent Holdings", "organization/tencent"),
        ("Organization", "Alibaba Group Holding Ltd.", "organization/alibaba"),
        ("Organization", "The Walt Disney Co.", "organization/walt-disney"),
        ("Organization", "McDonald's Corp", "organization/mcdonalds"),
        ("Organization", "AT&T Inc.", "organization/at-t"),
        ("Organization", "Group", "organization/group"),
        ("Organization", "  Retail   Dive  ", "organization/retail-dive"),
        ("Person", "Richard Liu", "person/richard-liu"),
        ("Person", "Li Co", "person/li-co"),
        ("Person", "José Müller", "person/jose-muller"),
        ("Place", "United States", "place/united-states"),
        ("Place", "Zürich", "place/zurich"),
        ("Event", "World Economic Forum", "event/world-economic-forum"),
        ("Product", "6.18", "product/6-18"),
        ("Organization", "京东", "organization/%E4%BA%AC%E4%B8%9C"),
    ],
)
def test_entity_iri(type_: str, name: str, path: str) -> None:
    assert entity_iri(type_, name) == URIRef(ID + path)


def test_entity_iri_is_never_empty_and_stable() -> None:
    first = entity_iri("Organization", "!!!")
    assert re.fullmatch(re.escape(ID) + r"organization/x-[0-9a-f]{12}", first)
    assert entity_iri("Organization", "!!!") == first
    assert entity_iri("Organization", "???") != first
    assert re.fullmatch(re.escape(ID) + r"person/x-[0-9a-f]{12}", entity_iri("Person", ""))


def test_entity_iri_of_hostile_names_is_ascii() -> None:
    iri = entity_iri("Organization", "Bad\ud800\x00Name\u2028Inc")
    assert iri == URIRef(ID + "organization/bad-name")
    assert entity_iri("Organization", "\ud800").isascii()


def test_long_names_are_cut_with_a_hash() -> None:
    long_a = "word " * 60 + "alpha"
    long_b = "word " * 60 + "beta"
    slug_a = entity_iri("Product", long_a)[len(ID + "product/") :]
    slug_b = entity_iri("Product", long_b)[len(ID + "product/") :]
    assert len(slug_a) <= 100 and len(slug_b) <= 100
    assert slug_a != slug_b
    assert re.fullmatch(r"(word-)+[0-9a-f]{12}", slug_a)
    one_word = entity_iri("Product", "京" * 40)[len(ID + "product/") :]
    assert re.fullmatch(r"(%E4%BA%AC)+-[0-9a-f]{12}", one_word) and len(one_word) <= 100


def test_entity_iri_refuses_unknown_types() -> None:
    with pytest.raises(InputError, match="unknown entity type 'Company'"):
        entity_iri("Company", "JD.com")


# -- document, graph, fact, amount, extractor IRIs -------------------------------------------


def test_document_and_graph_iris() -> None:
    assert document_iri("jd-us-expansion") == URIRef(ID + "document/jd-us-expansion")
    assert graph_iri("jd-us-expansion") == URIRef(ID + "graph/jd-us-expansion")
    assert document_iri("bbc/business 001.txt") == URIRef(ID + "document/bbc%2Fbusiness%20001.txt")
    assert document_iri("Reuters_1") != document_iri("reuters_1")
    assert document_iri("a/b") != document_iri("a%2Fb")
    assert graph_iri("..") == URIRef(ID + "graph/%2E%2E")
    assert document_iri("\ud800é").isascii()


def test_document_ids_are_checked() -> None:
    with pytest.raises(InputError, match="empty id"):
        document_iri("")
    with pytest.raises(InputError, match="reserved for the ontology"):
        graph_iri("ontology")


def test_fact_iri_is_pinned() -> None:
    # the hash is over canonical JSON, so it does not depend on the Python run
    iri = fact_iri("jd-us-expansion", _fact())
    assert re.fullmatch(re.escape(ID) + r"fact/jd-us-expansion/[0-9a-f]{12}", iri)
    assert iri == URIRef(ID + "fact/jd-us-expansion/" + _PINNED_FACT_HASH)


_PINNED_FACT_HASH = "3cf0dac74857"


def test_fact_iri_identity() -> None:
    base = fact_iri("d", _fact())
    assert fact_iri("d", _fact()) == base
    reordered = {"target": "jd_logistics", "seller": "jd", "buyer": "tencent"}
    assert fact_iri("d", _fact(roles=reordered)) == base
    assert fact_iri("e", _fact()) != base
    assert fact_iri("d", _fact(status="agreed")) != base
    assert fact_iri("d", _fact(evidence=Evidence("x", 100, 155))) != base
    assert fact_iri("d", _fact(attributes={"share": 0.2})) != base
    assert fact_iri("d", _fact(attributes={"share": 0.15, "date": "2018"})) != base


def test_fact_iri_ignores_the_order_of_list_roles() -> None:
    one = _fact(type="Partnership", roles={"partners": ("walmart", "jd")}, attributes={})
    two = _fact(type="Partnership", roles={"partners": ("jd", "walmart")}, attributes={})
    assert fact_iri("d", one) == fact_iri("d", two)


def test_two_metrics_from_one_sentence_are_two_facts() -> None:
    revenue = _fact(
        type="FinancialMetric",
        roles={"organization": "jd"},
        status="completed",
        attributes={"metric": "revenue", "amount": Amount(5e9, "USD")},
    )
    profit = _fact(
        type="FinancialMetric",
        roles={"organization": "jd"},
        status="completed",
        attributes={"metric": "profit", "amount": Amount(1e9, "USD")},
    )
    assert fact_iri("d", revenue) != fact_iri("d", profit)


def test_amount_iri() -> None:
    iri = amount_iri("d", Amount(19100000000.0, "USD"))
    assert re.fullmatch(re.escape(ID) + r"amount/d/[0-9a-f]{12}", iri)
    assert amount_iri("d", Amount(19100000000, "USD")) == iri
    assert amount_iri("d", Amount(19100000000.0, "CNY")) != iri
    assert amount_iri("e", Amount(19100000000.0, "USD")) != iri


def test_extractor_iri() -> None:
    assert extractor_iri("acquisition.pattern") == URIRef(ID + "extractor/acquisition.pattern")
    with pytest.raises(InputError, match="empty extractor"):
        extractor_iri("")


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0.15, "0.15"),
        (19100000000.0, "19100000000.0"),
        (19100000000, "19100000000.0"),
        (1e22, "10000000000000000000000.0"),
        (1e-7, "0.0000001"),
        (-0.2, "-0.2"),
        (-0.0, "0.0"),
        (0, "0.0"),
    ],
)
def test_decimal_lexical(number: float, text: str) -> None:
    assert decimal_lexical(number) == text


@pytest.mark.parametrize("number", [math.nan, math.inf, -math.inf, True])
def test_decimal_lexical_refuses_non_numbers(number: float) -> None:
    with pytest.raises(InputError):
        decimal_lexical(number)
