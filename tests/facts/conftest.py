"""Fixtures for the fact extractor tests: short sentences with hand-made mentions.

Most tests do not depend on the mention and entity stages: each test names the surface forms
and the entity each stands for, and gets the facts ``extract_facts`` reads from the parse. The
few rules that need what those stages find (a unit's owner, a demonym mention) use
``pipeline_roles``, which runs the whole pipeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest

from kg.facts import extract_facts
from kg.facts.common import Context, build_context
from kg.model import Document, Entity, Fact, Mention
from kg.pipeline import extract_doc

#: (surface, entity id, entity type[, kind]): every occurrence of ``surface`` is a mention. The
#: type may name a subtype after a slash ("Place/Country").
Surface = tuple[str, ...]
Extract = Callable[..., list[Fact]]


def build(text: str, surfaces: Sequence[Surface]) -> tuple[list[Entity], list[Mention]]:
    """Entities and mentions for every whole-word occurrence of each surface form."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for surface, entity_id, typed, *rest in surfaces:
        kind = rest[0] if rest else "name"
        entity_type, _, subtype = typed.partition("/")
        if entity_id not in entities or (kind == "name" and entities[entity_id].name == entity_id):
            entities[entity_id] = Entity(entity_id, surface if kind == "name" else entity_id, entity_type, subtype=subtype or None)
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            mentions.append(Mention(match.start(), match.end(), surface, entity_type, kind, "test", entity_id))
    return list(entities.values()), mentions


@pytest.fixture(scope="session")
def facts_of(nlp) -> Extract:
    """``facts_of(text, surfaces, fact_type=None, date=None, dateline=None)``: the facts read
    from ``text``."""

    def run(
        text: str, surfaces: Sequence[Surface], fact_type: str | None = None, date: str | None = None, dateline: str | None = None
    ) -> list[Fact]:
        entities, mentions = build(text, surfaces)
        document = Document(id="test", text=text, date=date, dateline=dateline)
        facts = extract_facts(nlp(text), entities, mentions, document)
        return [fact for fact in facts if fact_type is None or fact.type == fact_type]

    return run


def _summary(facts: Sequence[Fact]) -> list[tuple[str, dict, str]]:
    """(type, roles, status) of each fact, for compact exact assertions."""
    return [(fact.type, dict(fact.roles), fact.status) for fact in facts]


@pytest.fixture(scope="session")
def summary() -> Callable[[Sequence[Fact]], list[tuple[str, dict, str]]]:
    """``summary(facts)``: (type, roles, status) of each fact."""
    return _summary


@pytest.fixture(scope="session")
def context_of(nlp) -> Callable[..., Context]:
    """``context_of(text, surfaces)``: the extraction context of ``text`` with those mentions."""

    def run(text: str, surfaces: Sequence[Surface]) -> Context:
        entities, mentions = build(text, surfaces)
        return build_context(nlp(text), entities, mentions, Document(id="test", text=text))

    return run


@pytest.fixture(scope="session")
def pipeline_roles(nlp) -> Callable[[str, str], list[dict[str, str | list[str]]]]:
    """``pipeline_roles(text, fact_type)``: the roles, by entity name, of the facts of that type
    the whole pipeline (mentions and entities included) reads from ``text``; a list role gives
    its names sorted."""

    def run(text: str, fact_type: str) -> list[dict[str, str | list[str]]]:
        extraction = extract_doc(nlp(text), Document(id="test", text=text))
        names = {entity.id: entity.name for entity in extraction.entities}

        def named(value: str | tuple[str, ...]) -> str | list[str]:
            return names[value] if isinstance(value, str) else sorted(names[item] for item in value)

        return [{role: named(value) for role, value in fact.roles.items()} for fact in extraction.facts if fact.type == fact_type]

    return run
