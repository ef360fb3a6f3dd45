"""Extractions as RDF: one named graph per document, under the kg ontology.

Each fact becomes an n-ary node of its fact class with role properties, a status individual,
typed attributes and its provenance; facts that hold also get binary shortcut edges between
their participants. Which shortcut a fact class gets is read from the ontology's annotations,
not written here. Article text may hold anything, so every literal goes through
:func:`clean_literal` and always serialises to valid Turtle, TriG and N-Quads.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Any, Iterable, Iterator, Mapping

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.model import Amount, Entity, Extraction, Fact
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
    bind_prefixes,
    decimal_lexical,
    document_iri,
    entity_iri,
    extractor_iri,
    fact_class,
    fact_iri,
    graph_iri,
    ontology_graph,
    role_property,
    status_iri,
)

__all__ = [
    "add_ontology",
    "clean_literal",
    "date_literal",
    "extraction_to_graph",
    "extraction_triples",
    "to_dataset",
]

Triple = tuple[Node, Node, Node]

#: Characters XML 1.0 (and so every RDF syntax and store) refuses: controls, lone surrogates,
#: U+FFFE and U+FFFF.
_ILLEGAL = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_REPLACEMENT = "\ufffd"

_DECIMAL_ATTRIBUTES = ("share", "change")
_TEXT_ATTRIBUTES = {"title": KG.title, "kind": KG.kind, "metric": KG.metric, "period": KG.period}
_KNOWN_ATTRIBUTES = (*_DECIMAL_ATTRIBUTES, *_TEXT_ATTRIBUTES, "amount", "date", "place")


def clean_literal(text: str) -> str:
    """Text that is legal in any RDF literal: each illegal character becomes U+FFFD.

    One character is replaced by one character, so evidence offsets still line up.

    Parameters
    ----------
    text
        Any text, such as a sentence of an article.

    Returns
    -------
    str
        The text without control characters (other than tab, newline and carriage return),
        lone surrogates, U+FFFE or U+FFFF.
    """
    return _ILLEGAL.sub(_REPLACEMENT, text)


def _text(value: Any) -> Literal:
    return Literal(clean_literal(str(value)))


@lru_cache(maxsize=4096, typed=True)
def _decimal(value: float | int) -> Literal:
    """Cached: rdflib's typed literals are slow to make and confidences and shares repeat.

    ``typed`` keeps ``True`` from reusing the literal of ``1``, so it is still refused.
    """
    return Literal(decimal_lexical(value), datatype=XSD.decimal)


@lru_cache(maxsize=4096)
def _integer(value: int) -> Literal:
    """Cached for the same reason as :func:`_decimal`: evidence offsets repeat across facts."""
    return Literal(str(value), datatype=XSD.integer)


def date_literal(text: str) -> Literal:
    """An ISO 8601 date as a literal typed as precisely as it fits.

    Parameters
    ----------
    text
        ``2016``, ``2005-03``, ``2018-11-01``, or anything else (an interval such as
        ``2018-11-01/2018-11-11``, a quarter).

    Returns
    -------
    rdflib.Literal
        ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date`` when the text is exactly one of those
        (and a real calendar date), otherwise a plain literal.
    """
    if re.fullmatch(r"\d{4}", text):
        return Literal(text, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", text):
        return Literal(text, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            date.fromisoformat(text)
        except ValueError:
            return _text(text)
        return Literal(text, datatype=XSD.date)
    return _text(text)


@lru_cache(maxsize=1)
def _shortcuts() -> Mapping[URIRef, tuple[tuple[URIRef, URIRef, URIRef], ...]]:
    """fact class -> (shortcut property, subject role, object role), from the ontology."""
    ontology = ontology_graph()
    found: dict[URIRef, list[tuple[URIRef, URIRef, URIRef]]] = {}
    for prop, cls in ontology.subject_objects(KG.shortcutOf):
        subject_role = ontology.value(prop, KG.shortcutSubject)
        object_role = ontology.value(prop, KG.shortcutObject)
        found.setdefault(cls, []).append((prop, subject_role, object_role))
    return {cls: tuple(sorted(items)) for cls, items in found.items()}


def shortcut_properties() -> frozenset[URIRef]:
    """The binary shortcut properties (``kg:acquired``, ``kg:partnerOf`` ...), as the ontology declares them."""
    return frozenset(prop for items in _shortcuts().values() for prop, _, _ in items)


def _document_triples(extraction: Extraction) -> Iterable[Triple]:
    document = extraction.document
    node = document_iri(document.id)
    yield node, RDF.type, KG.Document
    yield node, KG.documentId, _text(document.id)
    if document.title:
        yield node, DCTERMS.title, _text(document.title)
    if document.date:
        yield node, DCTERMS.date, date_literal(document.date)
    if document.source:
        yield node, DCTERMS.source, _text(document.source)


def _entity_triples(
    entities: Iterable[tuple[Entity, URIRef]], document: URIRef
) -> Iterable[Triple]:
    """Entities with their IRIs; several entities with one IRI share a node, the first one's
    name its label."""
    labelled: dict[URIRef, str] = {}
    for entity, node in entities:
        label = labelled.setdefault(node, entity.name)
        yield node, RDF.type, KG[entity.type]
        yield node, KG.mentionedIn, document
        if entity.subtype:
            yield node, KG.subtype, _text(entity.subtype)
        for name in (entity.name, *entity.aliases):
            if name == label:
                continue
            yield node, SKOS.altLabel, _text(name)
    for node, label in labelled.items():
        yield node, RDFS.label, _text(label)


def _participants(
    value: str | tuple[str, ...], nodes: Mapping[str, URIRef], fact: Fact, role: str
) -> list[URIRef]:
    ids = value if isinstance(value, tuple) else (value,)
    missing = [entity_id for entity_id in ids if entity_id not in nodes]
    if missing:
        raise InputError(
            f"a {fact.type} fact names entity {missing[0]!r} in {role!r}, but the extraction has "
            "no entity with that id: add the entity to the extraction or drop the fact"
        )
    return [nodes[entity_id] for entity_id in ids]


def _attribute_triples(
    node: URIRef, fact: Fact, doc_id: str, nodes: Mapping[str, URIRef]
) -> Iterable[Triple]:
    for name, value in sorted(fact.attributes.items()):
        if value is None:
            continue
        if name in _DECIMAL_ATTRIBUTES:
            yield node, KG[name], _decimal(value)
        elif name in _TEXT_ATTRIBUTES:
            yield node, _TEXT_ATTRIBUTES[name], _text(value)
        elif name == "date":
            yield node, KG.date, date_literal(str(value))
        elif name == "place":
            for place in _participants(value, nodes, fact, name):
                yield node, role_property("place"), place
        elif name == "amount":
            if not isinstance(value, Amount):
                raise InputError(
                    f"a {fact.type} fact has amount {value!r}: give amounts as kg.model.Amount"
                )
            amount = amount_iri(doc_id, value)
            yield node, KG.amount, amount
            yield amount, RDF.type, KG.Amount
            yield amount, KG.value, _decimal(value.value)
            yield amount, KG.currency, _text(value.currency)
        else:
            raise InputError(
                f"a {fact.type} fact has the unknown attribute {name!r}: use one of "
                f"{', '.join(_KNOWN_ATTRIBUTES)}"
            )


def _shortcut_triples(fact_type: URIRef, roles: Mapping[URIRef, list[URIRef]]) -> Iterable[Triple]:
    for prop, subject_role, object_role in _shortcuts().get(fact_type, ()):
        subjects = roles.get(subject_role, [])
        if subject_role == object_role:
            for first, second in combinations(sorted(set(subjects)), 2):
                yield first, prop, second
            continue
        for subject in subjects:
            for obj in roles.get(object_role, []):
                if subject != obj:
                    yield subject, prop, obj


def _fact_triples(
    fact: Fact, doc_id: str, document: URIRef, nodes: Mapping[str, URIRef]
) -> Iterable[Triple]:
    node = fact_iri(doc_id, fact)
    cls = fact_class(fact.type)
    yield node, RDF.type, cls
    roles: dict[URIRef, list[URIRef]] = {}
    for role, value in fact.roles.items():
        prop = role_property(role)
        for participant in _participants(value, nodes, fact, role):
            roles.setdefault(prop, []).append(participant)
            yield node, prop, participant
    yield node, KG.status, status_iri(fact.status)
    yield from _attribute_triples(node, fact, doc_id, nodes)
    agent = extractor_iri(fact.extractor)
    yield node, PROV.wasDerivedFrom, document
    yield node, PROV.wasAttributedTo, agent
    yield agent, RDF.type, PROV.SoftwareAgent
    yield agent, RDFS.label, _text(fact.extractor)
    yield node, KG.extractor, _text(fact.extractor)
    yield node, KG.confidence, _decimal(fact.confidence)
    if fact.attribution:
        yield node, KG.attribution, _text(fact.attribution)
    yield node, KG.evidenceText, _text(fact.evidence.text)
    yield node, KG.evidenceStart, _integer(int(fact.evidence.start))
    yield node, KG.evidenceEnd, _integer(int(fact.evidence.end))
    if fact.status_class == "holds":
        yield from _shortcut_triples(cls, roles)


def extraction_to_graph(extraction: Extraction) -> Graph:
    """The content of a document's named graph: the document, its entities and its facts.

    Parameters
    ----------
    extraction
        What extraction yielded for one document.

    Returns
    -------
    rdflib.Graph
        The triples; the same extraction always gives the same triples.

    Raises
    ------
    InputError
        When a fact names an entity id the extraction lacks, or has an unknown type, role,
        status or attribute, or a number that is not finite.
    """
    graph = Graph()
    bind_prefixes(graph)
    for triple in extraction_triples(extraction):
        graph.add(triple)
    return graph


def extraction_triples(extraction: Extraction) -> Iterator[Triple]:
    """The triples of :func:`extraction_to_graph`, streamed, without building a Graph.

    Writing to the store needs only the triples: skipping rdflib's Graph (its indexes and
    prefix bindings) is most of what a document costs to store. A triple shared by several
    facts (an extractor's agent, an amount node) comes once per fact.

    Parameters
    ----------
    extraction
        What extraction yielded for one document.

    Returns
    -------
    Iterator[tuple[Node, Node, Node]]
        The triples, in a fixed order for a given extraction, possibly with repeats.

    Raises
    ------
    InputError
        As :func:`extraction_to_graph`, when the iterator reaches the offending fact.
    """
    doc_id = extraction.document.id
    document = document_iri(doc_id)
    yield from _document_triples(extraction)
    iris = [entity_iri(entity.type, entity.name) for entity in extraction.entities]
    yield from _entity_triples(zip(extraction.entities, iris), document)
    nodes = {entity.id: iri for entity, iri in zip(extraction.entities, iris)}
    for fact in extraction.facts:
        yield from _fact_triples(fact, doc_id, document, nodes)


def to_dataset(extractions: Iterable[Extraction]) -> Dataset:
    """A dataset with one named graph per document and nothing in the default graph.

    Parameters
    ----------
    extractions
        Extractions of distinct documents; a later extraction of the same document id replaces
        the earlier one, as re-ingesting a document does in the store.

    Returns
    -------
    rdflib.Dataset
        Graph ``graph_iri(doc.id)`` holds :func:`extraction_to_graph` of each document.
    """
    dataset = Dataset()
    bind_prefixes(dataset)
    for extraction in extractions:
        name = graph_iri(extraction.document.id)
        dataset.remove_graph(name)
        graph = dataset.graph(name)
        for triple in extraction_triples(extraction):
            graph.add(triple)
    return dataset


def add_ontology(dataset: Dataset) -> Graph:
    """Put the ontology into its own named graph :data:`kg.vocab.ONTOLOGY_GRAPH`.

    Parameters
    ----------
    dataset
        The dataset to add to (changed in place).

    Returns
    -------
    rdflib.Graph
        The ontology's named graph within ``dataset``.
    """
    graph = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology_graph():
        graph.add(triple)
    return graph
