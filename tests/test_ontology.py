"""ontology/kg.ttl and ontology/shapes.ttl: complete, documented, aligned, and used correctly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from kg.model import ENTITY_TYPES, FACT_TYPES, LIST_ROLES, STATUS_CLASSES
from kg.vocab import (
    DCTERMS,
    KG,
    KG_NAMESPACE,
    ONTOLOGY_IRI,
    ORG,
    PROV,
    SCHEMA,
    ontology_graph,
    shapes_path,
)

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology_graph()


def _kg_subjects(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(KG_NAMESPACE)}


def _kg_mentions(graph: Graph) -> set[URIRef]:
    return {
        node
        for triple in graph
        for node in triple
        if isinstance(node, URIRef) and node.startswith(KG_NAMESPACE)
    }


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    mit = URIRef("https://opensource.org/licenses/MIT")
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == mit
    assert onto.value(ONTOLOGY_IRI, RDFS.label) is not None
    assert onto.value(ONTOLOGY_IRI, RDFS.comment) is not None


def test_every_term_has_a_label_and_a_comment(onto: Graph) -> None:
    for term in _kg_subjects(onto):
        assert (term, RDFS.label, None) in onto, term
        assert (term, RDFS.comment, None) in onto, term


def test_every_term_used_is_declared(onto: Graph) -> None:
    assert _kg_mentions(onto) == _kg_subjects(onto)


def test_the_namespace_is_exactly_the_declared_terms(onto: Graph) -> None:
    assert {URIRef(KG_NAMESPACE + term) for term in dir(KG)} == _kg_subjects(onto)


def test_classes(onto: Graph) -> None:
    for name in ENTITY_TYPES:
        assert (KG[name], RDF.type, OWL.Class) in onto
        assert (KG[name], RDFS.subClassOf, KG.Entity) in onto
    for name in FACT_TYPES:
        assert (KG[name], RDF.type, OWL.Class) in onto
        assert (KG[name], RDFS.subClassOf, KG.Fact) in onto
    for name in ("Document", "Amount", "Status", "StatusClass"):
        assert (KG[name], RDF.type, OWL.Class) in onto


def test_statuses_match_the_model(onto: Graph) -> None:
    statuses = {s for s in onto.subjects(RDF.type, KG.Status)}
    assert statuses == {KG[s] for s in STATUS_CLASSES}
    for status, status_class in STATUS_CLASSES.items():
        assert onto.value(KG[status], KG.statusClass) == KG[status_class.capitalize()]
        assert (KG[status], SKOS.inScheme, KG.statusScheme) in onto
        assert onto.value(KG[status], SKOS.prefLabel) == Literal(status, lang="en")
    assert set(onto.objects(KG.statusScheme, SKOS.hasTopConcept)) == {
        KG.Holds,
        KG.Prospective,
        KG.Negative,
    }
    assert (KG.statusClass, RDFS.subPropertyOf, SKOS.broader) in onto


def test_role_names_cover_kg_facts(onto: Graph) -> None:
    names = {str(name) for name in onto.objects(None, KG.roleName)}
    assert names == {
        "partners", "buyer", "seller", "target", "parties", "investor", "owner", "owned",
        "person", "organization", "competitors", "entity", "place",
    }
    assert set(LIST_ROLES.values()) <= names
    for prop in onto.subjects(KG.roleName, None):
        assert (prop, RDFS.subPropertyOf, KG.participant) in onto
        assert (prop, RDF.type, OWL.ObjectProperty) in onto


def test_shortcuts(onto: Graph) -> None:
    found = {
        (prop, onto.value(prop, KG.shortcutOf), onto.value(prop, KG.shortcutSubject),
         onto.value(prop, KG.shortcutObject))
        for prop in onto.subjects(KG.shortcutOf, None)
    }
    assert found == {
        (KG.partnerOf, KG.Partnership, KG.partner, KG.partner),
        (KG.acquired, KG.Acquisition, KG.buyer, KG.target),
        (KG.mergedWith, KG.Merger, KG.party, KG.party),
        (KG.investedIn, KG.Investment, KG.investor, KG.target),
        (KG.owns, KG.Ownership, KG.owner, KG.owned),
        (KG.affiliatedWith, KG.Role, KG.person, KG.organization),
        (KG.competesWith, KG.Competition, KG.competitor, KG.competitor),
        (KG.locatedIn, KG.Location, KG.entity, KG.place),
    }
    for prop, _, subject_role, object_role in found:
        assert ((prop, RDF.type, OWL.SymmetricProperty) in onto) == (subject_role == object_role)


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Organization, RDFS.subClassOf, ORG.Organization),
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Place, RDFS.subClassOf, SCHEMA.Place),
        (KG.Event, RDFS.subClassOf, SCHEMA.Event),
        (KG.Product, RDFS.subClassOf, SCHEMA.Product),
        (KG.Document, RDFS.subClassOf, PROV.Entity),
        (KG.Document, SKOS.closeMatch, SCHEMA.NewsArticle),
        (KG.Fact, RDFS.subClassOf, PROV.Entity),
        (KG.Role, SKOS.closeMatch, ORG.Membership),
        (KG.Amount, RDFS.subClassOf, SCHEMA.MonetaryAmount),
        (KG.value, RDFS.subPropertyOf, SCHEMA.value),
        (KG.currency, RDFS.subPropertyOf, SCHEMA.currency),
        (KG.locatedIn, RDFS.subPropertyOf, SCHEMA.location),
        (KG.affiliatedWith, RDFS.subPropertyOf, ORG.memberOf),
        (KG.owns, SKOS.closeMatch, ORG.hasSubOrganization),
        (KG.documentId, RDFS.subPropertyOf, DCTERMS.identifier),
        (KG.mentionedIn, OWL.inverseOf, SCHEMA.mentions),
    ],
)
def test_alignments(onto: Graph, subject: URIRef, predicate: URIRef, obj: URIRef) -> None:
    assert (subject, predicate, obj) in onto


def test_package_code_uses_only_declared_terms() -> None:
    """A misspelt ``KG.term`` anywhere in kg/ fails here, not only when that line runs."""
    used: dict[str, Path] = {}
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for term in re.findall(r"\bKG\.([A-Za-z_]\w*)", text):
            used.setdefault(term, path)
        for term in re.findall(r"\bKG\[\"([^\"]+)\"\]", text):
            used.setdefault(term, path)
    declared = set(dir(KG))
    undeclared = {term: str(path) for term, path in used.items() if term not in declared}
    assert "documentId" in used and undeclared == {}


def test_shapes_parse_and_use_declared_terms() -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    assert len(list(shapes.subjects(RDF.type, SH.NodeShape))) == 19
    assert _kg_mentions(shapes) <= set(URIRef(KG_NAMESPACE + t) for t in dir(KG))
    targeted = set(shapes.objects(None, SH.targetClass))
    assert {KG[name] for name in (*FACT_TYPES, *ENTITY_TYPES, "Amount", "Document")} <= targeted
