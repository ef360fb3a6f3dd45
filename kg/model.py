"""The plain data that flows between stages: documents, mentions, entities, facts.

Everything here is a frozen dataclass of plain values and character offsets, never a spaCy
object, so facts can be pickled across worker processes, compared in tests and written as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

ENTITY_TYPES: tuple[str, ...] = ("Organization", "Person", "Place", "Event", "Product")

FACT_TYPES: tuple[str, ...] = (
    "Partnership",
    "Acquisition",
    "Merger",
    "Investment",
    "Ownership",
    "Role",
    "Competition",
    "Location",
    "FinancialMetric",
)

#: Roles whose value is a list of entity ids (symmetric fact types).
LIST_ROLES: Mapping[str, str] = {
    "Partnership": "partners",
    "Merger": "parties",
    "Competition": "competitors",
}

#: status -> status class, as scored by kg-facts/1.
STATUS_CLASSES: Mapping[str, str] = {
    "completed": "holds",
    "active": "holds",
    "agreed": "holds",
    "announced": "holds",
    "negotiating": "prospective",
    "planned": "prospective",
    "proposed": "prospective",
    "considering": "prospective",
    "rumored": "prospective",
    "speculated": "prospective",
    "expected": "prospective",
    "denied": "negative",
    "cancelled": "negative",
    "failed": "negative",
    "rejected": "negative",
}


@dataclass(frozen=True)
class Document:
    """One input article. ``date`` is ISO 8601 when known; ``dateline`` is where a wire story
    was filed, as its dateline gives it ("TORONTO, March 20 -"): it decides the currency of a
    bare "dlrs"."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    dateline: str | None = None


@dataclass(frozen=True)
class Mention:
    """A stretch of the document that names or refers to an entity.

    ``start``/``end`` are character offsets into ``Document.text``. ``kind`` says how the
    mention was found: ``"name"`` (a proper name), ``"description"`` ("the U.S. retailer"),
    ``"pronoun"`` ("its"). ``entity_id`` is set once entities are resolved.
    """

    start: int
    end: int
    text: str
    type: str
    kind: str = "name"
    source: str = "ner"
    entity_id: str | None = None


@dataclass(frozen=True)
class Entity:
    """One real-world thing in a document, with every surface form seen for it.

    ``id`` is unique within the document; the entity's IRI is minted from ``(type, name)``
    by :mod:`kg.vocab`, so the same canonical name gives the same node in every document.
    """

    id: str
    name: str
    type: str
    subtype: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Amount:
    """A sum of money: ``value`` in units of ``currency`` (ISO 4217)."""

    value: float
    currency: str


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with its character offsets in the document."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One business fact between entities.

    ``roles`` maps a role name to an entity id, or to a tuple of ids for the list roles of
    :data:`LIST_ROLES`. ``attributes`` hold plain values: ``share`` and ``change`` as
    fractions, ``amount`` as :class:`Amount`, ``date`` as ISO 8601 text, ``place`` as an
    entity id, and free text for ``kind``, ``title``, ``metric`` and ``period``.
    """

    type: str
    roles: Mapping[str, str | tuple[str, ...]]
    status: str
    evidence: Evidence
    extractor: str
    confidence: float
    attributes: Mapping[str, Any] = field(default_factory=dict)
    attribution: str | None = None

    @property
    def status_class(self) -> str:
        return STATUS_CLASSES[self.status]

    def participants(self) -> tuple[str, ...]:
        """Every entity id the fact names in a role, in role order."""
        ids: list[str] = []
        for value in self.roles.values():
            ids.extend(value if isinstance(value, tuple) else (value,))
        return tuple(ids)


@dataclass(frozen=True)
class Extraction:
    """What extraction yields for one document: its entities and facts."""

    document: Document
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mentions: tuple[Mention, ...] = ()
