"""The ontology's namespace and every IRI kg mints.

The ``KG`` namespace is closed over the terms ``ontology/kg.ttl`` declares, so a misspelt term
(``buyr`` for ``buyer``) fails at once instead of writing a triple nobody queries. All resource IRIs
(entities, documents, graphs, facts, amounts, extractors) are minted here and nowhere else, from
plain values only, so the same input gives the same IRIs run after run.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import quote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, ClosedNamespace

from kg.data import word_list
from kg.errors import InputError, KgError
from kg.model import ENTITY_TYPES, FACT_TYPES, STATUS_CLASSES, Amount, Fact

__all__ = [
    "DCTERMS",
    "KG",
    "KGR",
    "KG_NAMESPACE",
    "ONTOLOGY_GRAPH",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "amount_iri",
    "BASE",
    "PREFIXES",
    "bind_prefixes",
    "decimal_lexical",
    "document_iri",
    "entity_iri",
    "entity_slug",
    "extractor_iri",
    "fact_class",
    "fact_iri",
    "graph_iri",
    "ontology_graph",
    "ontology_path",
    "queries_dir",
    "role_property",
    "shapes_path",
    "status_class_iri",
    "status_iri",
]

#: Every IRI kg mints or defines starts with this.
BASE = "https://w3id.org/kg-news/"
KG_NAMESPACE = BASE + "ontology#"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
KGR = Namespace(BASE + "id/")
SCHEMA = SDO

#: The named graph that holds the ontology itself.
ONTOLOGY_GRAPH = KGR["graph/ontology"]

_ONTOLOGY_FILE = "kg.ttl"
_SHAPES_FILE = "shapes.ttl"
_HASH_HEX = 12
_MAX_SLUG = 100


def _resource(package: str, name: str) -> Traversable:
    return files(package).joinpath(name)


def _real_path(resource: Traversable) -> Path:
    """A filesystem path for packaged data (a checkout and an installed wheel both have one)."""
    path = Path(str(resource))
    if not path.exists():
        raise KgError(
            f"kg's packaged file {path} is missing: reinstall kg (pip install -e . in the checkout)"
        )
    return path


def ontology_path() -> Path:
    """The path of ``kg.ttl``, the OWL ontology shipped in the package ``kg.ontology``.

    Returns
    -------
    Path
        The Turtle file of the ontology.
    """
    return _real_path(_resource("kg.ontology", _ONTOLOGY_FILE))


def shapes_path() -> Path:
    """The path of ``shapes.ttl``, the SHACL shapes every document graph must satisfy.

    Returns
    -------
    Path
        The Turtle file of the shapes.
    """
    return _real_path(_resource("kg.ontology", _SHAPES_FILE))


def queries_dir() -> Path:
    """The folder of the shipped SPARQL queries (the package ``kg.ontology.queries``).

    Returns
    -------
    Path
        The folder holding the ``*.rq`` files.
    """
    return _real_path(files("kg.ontology.queries"))


def ontology_graph() -> Graph:
    """A fresh copy of the ontology as an rdflib graph (callers may add to it).

    Returns
    -------
    rdflib.Graph
        The triples of ``kg.ttl``.
    """
    graph = Graph()
    for triple in _ontology_triples():
        graph.add(triple)
    bind_prefixes(graph)
    return graph


@lru_cache(maxsize=1)
def _ontology_triples() -> tuple[tuple[Any, Any, Any], ...]:
    graph = Graph()
    graph.parse(ontology_path(), format="turtle")
    return tuple(graph)


#: The prefixes kg writes and reads: serialisations bind them, ``kg query`` declares them.
PREFIXES: Mapping[str, str] = {
    "kg": str(KG_NAMESPACE),
    "kgr": str(KGR),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> None:
    """Bind kg's usual prefixes (:data:`PREFIXES`) on a graph or dataset so serialisations read well.

    Parameters
    ----------
    graph
        The graph or dataset (changed in place).
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)


def _declared_terms() -> list[str]:
    terms = {
        str(subject)[len(KG_NAMESPACE):]
        for subject in {s for s, _, _ in _ontology_triples()}
        if isinstance(subject, URIRef) and str(subject).startswith(KG_NAMESPACE)
    }
    return sorted(term for term in terms if term)


#: The ontology namespace: only the terms declared in ``kg.ttl`` exist, others raise.
KG = ClosedNamespace(KG_NAMESPACE, _declared_terms())


# ----------------------------------------------------------------------------------------------
# Classes, properties and individuals by kg-facts/1 name
# ----------------------------------------------------------------------------------------------


def fact_class(fact_type: str) -> URIRef:
    """The class of a fact type of kg-facts/1.

    Parameters
    ----------
    fact_type
        One of :data:`kg.model.FACT_TYPES`, such as ``"Acquisition"``.

    Returns
    -------
    URIRef
        ``kg:{fact_type}``.
    """
    if fact_type not in FACT_TYPES:
        raise InputError(
            f"unknown fact type {fact_type!r}: use one of {', '.join(FACT_TYPES)}"
        )
    return KG[fact_type]


@lru_cache(maxsize=1)
def _role_properties() -> Mapping[str, URIRef]:
    return {
        str(name): subject
        for subject, predicate, name in _ontology_triples()
        if predicate == KG.roleName and isinstance(subject, URIRef)
    }


def role_property(role: str) -> URIRef:
    """The property of a kg-facts/1 role, singular for list roles (``partners`` -> ``kg:partner``).

    Parameters
    ----------
    role
        A role name as kg-facts/1 writes it (``buyer``, ``partners``, ...) or the attribute
        ``place``.

    Returns
    -------
    URIRef
        The role property, read from the ``kg:roleName`` annotations of the ontology.
    """
    properties = _role_properties()
    if role not in properties:
        raise InputError(
            f"unknown role {role!r}: use one of {', '.join(sorted(properties))}"
        )
    return properties[role]


def status_iri(status: str) -> URIRef:
    """The individual of a status, such as ``kg:negotiating``.

    Parameters
    ----------
    status
        One of the keys of :data:`kg.model.STATUS_CLASSES`.

    Returns
    -------
    URIRef
        ``kg:{status}``.
    """
    if status not in STATUS_CLASSES:
        raise InputError(
            f"unknown status {status!r}: use one of {', '.join(STATUS_CLASSES)}"
        )
    return KG[status]


def status_class_iri(status_class: str) -> URIRef:
    """The individual of a status class: ``holds`` -> ``kg:Holds``.

    Parameters
    ----------
    status_class
        ``"holds"``, ``"prospective"`` or ``"negative"``.

    Returns
    -------
    URIRef
        ``kg:Holds``, ``kg:Prospective`` or ``kg:Negative``.
    """
    classes = sorted(set(STATUS_CLASSES.values()))
    if status_class not in classes:
        raise InputError(
            f"unknown status class {status_class!r}: use one of {', '.join(classes)}"
        )
    return KG[status_class.capitalize()]


# ----------------------------------------------------------------------------------------------
# Slugs
# ----------------------------------------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_HEX]


def _words(name: str) -> list[str]:
    """Case-folded words of a name, accents dropped and apostrophes joined ("McDonald's")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"['\u2019\u02bc]", "", plain)
    return re.findall(r"[^\W_]+", plain)


def entity_slug(entity_type: str, name: str) -> str:
    """The canonical-name slug of an entity IRI.

    Case-folded, accents dropped, punctuation and spacing collapsed to ``-``; for organisations
    a leading "the" and trailing corporate suffixes (``kg/data/corporate_suffixes.txt``) are left
    out, so "JD.com Inc." and "JD.com" give ``jd-com``. Letters outside ASCII are
    percent-encoded; a name without letters or digits gets ``x-`` and a hash of the name; a very
    long one is cut at a word and given a hash, so the slug is never empty and stays stable.

    Parameters
    ----------
    entity_type
        One of :data:`kg.model.ENTITY_TYPES`.
    name
        The canonical name.

    Returns
    -------
    str
        The slug (ASCII, IRI-safe).
    """
    words = _words(name)
    if entity_type == "Organization":
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
        suffixes = word_list("corporate_suffixes.txt")
        while len(words) > 1 and words[-1] in suffixes:
            words = words[:-1]
    if not words:
        return f"x-{_digest(name)}"
    pieces = [quote(character, safe="") for character in "-".join(words)]
    slug = "".join(pieces)
    if len(slug) <= _MAX_SLUG:
        return slug
    head = ""
    for piece in pieces:
        if len(head) + len(piece) > _MAX_SLUG - _HASH_HEX - 1:
            break
        head += piece
    if "-" in head:
        head = head[: head.rindex("-")]
    return f"{head}-{_digest(slug)}"


def _id_slug(doc_id: str) -> str:
    """A document id made IRI-safe without losing distinctions: everything but
    ``A-Z a-z 0-9 - . _ ~`` is percent-encoded (``/`` too), so two ids never share a slug."""
    if not doc_id:
        raise InputError("a document has an empty id: give every document a non-empty id")
    slug = quote(doc_id.encode("utf-8", "surrogatepass"), safe="")
    if slug.strip(".") == "":
        slug = slug.replace(".", "%2E")
    return slug


# ----------------------------------------------------------------------------------------------
# Resource IRIs
# ----------------------------------------------------------------------------------------------


def entity_iri(type: str, name: str) -> URIRef:  # noqa: A002 - the architecture names it `type`
    """The IRI of an entity: ``kgr:{type lower}/{slug of canonical name}``.

    Parameters
    ----------
    type
        One of :data:`kg.model.ENTITY_TYPES`.
    name
        The canonical name; see :func:`entity_slug`.

    Returns
    -------
    URIRef
        For example ``kgr:organization/jd-com`` for ("Organization", "JD.com Inc.").
    """
    if type not in ENTITY_TYPES:
        raise InputError(f"unknown entity type {type!r}: use one of {', '.join(ENTITY_TYPES)}")
    return KGR[f"{type.lower()}/{entity_slug(type, name)}"]


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document: ``kgr:document/{doc id slug}``.

    Parameters
    ----------
    doc_id
        The document's id.

    Returns
    -------
    URIRef
        The document node's IRI.
    """
    return KGR[f"document/{_id_slug(doc_id)}"]


def graph_iri(doc_id: str) -> URIRef:
    """The IRI of a document's named graph: ``kgr:graph/{doc id slug}``.

    Parameters
    ----------
    doc_id
        The document's id; ``"ontology"`` is refused, its graph IRI is :data:`ONTOLOGY_GRAPH`.

    Returns
    -------
    URIRef
        The named graph's IRI.
    """
    iri = KGR[f"graph/{_id_slug(doc_id)}"]
    if iri == ONTOLOGY_GRAPH:
        raise InputError(
            f"the document id {doc_id!r} is reserved for the ontology's graph: "
            "give the document another id (rename the file)"
        )
    return iri


def _canonical(value: Any) -> Any:
    """A JSON-ready form of a fact value with one spelling per value (floats as decimals)."""
    if isinstance(value, Amount):
        return {"value": decimal_lexical(value.value), "currency": value.currency}
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float, Decimal)):
        return decimal_lexical(value)
    if isinstance(value, (tuple, list)):
        return [_canonical(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _canonical(item) for key, item in value.items()}
    raise InputError(
        f"a fact value of type {value.__class__.__name__} ({value!r}) cannot be written: "
        "give attributes as text, numbers or kg.model.Amount"
    )


def fact_iri(doc_id: str, fact: Fact) -> URIRef:
    """The IRI of a fact: ``kgr:fact/{doc id slug}/{12 hex}``.

    The hash is a SHA-1 over the type, the roles (sorted, list roles as sorted lists), the
    status, the evidence offsets, and also the attributes, extractor, confidence and
    attribution, so that two different facts read from one sentence (revenue and profit of the
    same company) never share a node, while the same fact gives the same IRI run after run.

    Parameters
    ----------
    doc_id
        The id of the document the fact was read from.
    fact
        The fact.

    Returns
    -------
    URIRef
        The fact node's IRI.
    """
    roles = {
        role: sorted(value) if isinstance(value, tuple) else value
        for role, value in fact.roles.items()
    }
    key = json.dumps(
        {
            "type": fact.type,
            "roles": _canonical(roles),
            "status": fact.status,
            "evidence": [fact.evidence.start, fact.evidence.end],
            "attributes": _canonical(dict(fact.attributes)),
            "extractor": fact.extractor,
            "confidence": _canonical(fact.confidence),
            "attribution": fact.attribution,
        },
        sort_keys=True,
        ensure_ascii=True,
    )
    return KGR[f"fact/{_id_slug(doc_id)}/{_digest(key)}"]


def amount_iri(doc_id: str, amount: Amount) -> URIRef:
    """The IRI of an amount node: ``kgr:amount/{doc id slug}/{12 hex of value and currency}``.

    Equal amounts in one document share a node (it carries nothing but value and currency).

    Parameters
    ----------
    doc_id
        The id of the document the amount was read from.
    amount
        The amount.

    Returns
    -------
    URIRef
        The amount node's IRI.
    """
    key = f"{decimal_lexical(amount.value)} {amount.currency}"
    return KGR[f"amount/{_id_slug(doc_id)}/{_digest(key)}"]


def extractor_iri(extractor: str) -> URIRef:
    """The IRI of an extractor as a ``prov:SoftwareAgent``: ``kgr:extractor/{name slug}``.

    Parameters
    ----------
    extractor
        The extractor's name, as :attr:`kg.model.Fact.extractor` gives it.

    Returns
    -------
    URIRef
        The agent's IRI.
    """
    if not extractor:
        raise InputError("a fact has an empty extractor name: name the extractor that read it")
    return KGR[f"extractor/{_id_slug(extractor)}"]


def decimal_lexical(number: float | int | Decimal) -> str:
    """The canonical ``xsd:decimal`` spelling of a number: no exponent, always a decimal point.

    ``19100000000.0`` and ``19100000000`` both give ``"19100000000.0"``; ``0.15`` gives
    ``"0.15"``.

    Parameters
    ----------
    number
        A finite number.

    Returns
    -------
    str
        The lexical form.
    """
    if isinstance(number, bool):
        raise InputError(
            f"{number!r} is not a number: give share, change, confidence and amounts as numbers"
        )
    value = Decimal(repr(number)) if isinstance(number, float) else Decimal(number)
    if not value.is_finite():
        raise InputError(
            f"{number!r} is not a finite number: give share, change, confidence and amounts "
            "as finite numbers"
        )
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    if text.startswith("-") and text.strip("-0.") == "":
        text = text[1:]
    return text
