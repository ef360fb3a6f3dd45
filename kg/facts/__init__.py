"""Facts from a parsed document: one small extractor per fact type, run through a registry.

Each module registers one pure function ``(Context) -> Iterator[Fact]`` for its fact type;
:func:`extract_facts` builds the context once, runs them all and merges duplicates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Doc

from kg.facts import (  # noqa: F401  (importing registers the extractors)
    acquisition,
    competition,
    financial,
    investment,
    location,
    merger,
    ownership,
    partnership,
    role,
)
from kg.facts.common import REGISTRY, Context, Extractor, build_context, derived_facts, ended_facts, fits_role, register, triggers, with_owner_sellers
from kg.model import FACT_TYPES, STATUS_CLASSES, Document, Entity, Fact, Mention

#: fact type -> extractor.
registry: Mapping[str, Extractor] = REGISTRY

__all__ = ["Context", "Extractor", "build_context", "extract_facts", "fact_key", "names", "register", "registry"]


def names() -> tuple[str, ...]:
    """The fact types that have a registered extractor, in :data:`kg.model.FACT_TYPES` order."""
    return tuple(fact_type for fact_type in FACT_TYPES if fact_type in REGISTRY)


#: Attributes that tell apart two facts of one type with the same roles: a company's revenue
#: and its profit in one sentence are two facts, and so are the 5.4% stake a buyer took and the
#: 50% it plans to take (a purchase stating no share is the one that states it; see
#: :func:`extract_facts`).
_DISTINCT_ATTRIBUTES: Mapping[str, tuple[str, ...]] = {"FinancialMetric": ("metric", "amount"), "Acquisition": ("share",)}
#: Fact types whose facts with the same roles and another status class are two facts: the
#: co-chairman who "will become group chief executive" holds one role and is to hold another.
_DISTINCT_STATUS_CLASSES: frozenset[str] = frozenset({"Role"})
#: Attributes a fact dropped as a part of one naming more roles gives that one when it states
#: them and that one does not: "X sold its stake in Y for $37m" and "Z bought X's Y stake" of one
#: status class are one deal, the sum or share told with the fewer roles. A date may be an
#: earlier bid's ("X first bid for Y late last year"), so it is not given.
_TOLD_AGAIN_ATTRIBUTES: Mapping[str, tuple[str, ...]] = {"Acquisition": ("share", "amount")}
#: Statuses of a purchase stating a share that make it an event of its own beside one of the
#: same status class stating none: a stake bought, and an option to buy weighed.
_OWN_EVENT_STATUSES: frozenset[str] = frozenset({"completed", "considering"})
#: Fact types whose merged fact takes the share another sentence states for it: "he reduced his
#: stake in Y to 16 pct" and "he holds his Y stock for investment" are one holding of 16 pct.
_SHARED_HOLDINGS: frozenset[str] = frozenset({"Ownership"})


def fact_key(fact: Fact) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """What makes two facts the same: their type and their roles (list roles as sorted tuples),
    plus the attributes of ``_DISTINCT_ATTRIBUTES`` (a metric and its amount, a purchase's share)
    and, for ``_DISTINCT_STATUS_CLASSES``, the status class (a role held and one to come)."""
    roles: tuple[tuple[str, Any], ...] = tuple(sorted(_roles(fact)))
    distinct = tuple((name, fact.attributes.get(name)) for name in _DISTINCT_ATTRIBUTES.get(fact.type, ()))
    if fact.type in _DISTINCT_STATUS_CLASSES:
        distinct += (("status", STATUS_CLASSES[fact.status]),)
    return fact.type, roles + distinct


def extract_facts(doc: Doc, entities: Sequence[Entity], mentions: Sequence[Mention], document: Document) -> list[Fact]:
    """Run every registered extractor over one document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        ``document.text`` parsed by the kg pipeline.
    entities : Sequence[Entity]
        The document's entities.
    mentions : Sequence[Mention]
        Every mention (names, descriptions, pronouns) with ``entity_id`` set.
    document : Document
        The document (its date anchors relative dates).

    Returns
    -------
    list[Fact]
        In fact-type order, then by evidence offset, extractor and roles. Facts with the same
        type and roles are merged (the most confident one is kept; between equally confident
        ones, the one stating more attributes; it takes the attributes only another read from
        its sentence states, and a holding the share another sentence states), a fact whose
        entity is of a type its role does not allow (a city as an owner;
        :func:`kg.facts.common.fits_role`) is dropped, a purchase naming no seller
        takes the owner its sentence gives the target
        (:func:`kg.facts.common.with_owner_sellers`), a fact a completed deal of its sentence
        ends is dropped (a unit sold is owned no longer; :func:`kg.facts.common.ended_facts`),
        facts the others entail are added if their entities fit their roles too (a completed
        purchase gives the buyer's ownership, an investment in a company the investor's; see
        :func:`kg.facts.common.derived_facts`), and a fact whose roles are a strict subset of
        another same-type fact's roles is dropped, unless only one of the two failed (an offer rejected
        beside a stake bought) or the larger is a stake bought and the smaller a takeover still to
        come (:func:`_may_subsume`); the one larger fact of its status class it is dropped for
        takes the share and sum it states (``_TOLD_AGAIN_ATTRIBUTES``). Purchases with the same
        roles and different shares are kept apart; one stating no share is dropped beside one of
        the same status class that states it, both stakes bought, both options weighed or both
        neither (a takeover agreed is no stake bought, a bid launched no option granted). A stake bought is
        kept apart from the takeover its buyer plans or offers (:func:`_merge_key`).
    """
    ctx = build_context(doc, entities, mentions, document)
    best: dict[tuple[str, tuple[tuple[str, Any], ...]], Fact] = {}
    read = ended_facts(with_owner_sellers([fact for fact_type in names() for fact in REGISTRY[fact_type](ctx) if fits_role(ctx, fact)]))
    stakes = _stakes_read(read)
    for fact in [*read, *(fact for fact in derived_facts(ctx, read) if fits_role(ctx, fact))]:
        key = _merge_key(fact, stakes)
        current = best.get(key)
        if current is None:
            best[key] = fact
            continue
        kept, other = (fact, current) if (fact.confidence, len(fact.attributes)) > (current.confidence, len(current.attributes)) else (current, fact)
        if other.evidence.start == kept.evidence.start and other.attributes.keys() - kept.attributes.keys():
            kept = replace(kept, attributes={**other.attributes, **kept.attributes})
        elif kept.type in _SHARED_HOLDINGS and "share" in other.attributes and "share" not in kept.attributes:
            kept = replace(kept, attributes={**kept.attributes, "share": other.attributes["share"]})
        best[key] = kept
    keys = list(best)
    with_share = {_same_event(best[key]) for key in keys if best[key].type == "Acquisition" and best[key].attributes.get("share") is not None}
    larger = {
        key: [other for other in keys if other[0] == key[0] and _roles(best[key]) < _roles(best[other]) and _may_subsume(best[key], best[other])]
        for key in keys
    }
    kept = {
        key: best[key]
        for key in keys
        if not larger[key] and not (best[key].type == "Acquisition" and best[key].attributes.get("share") is None and _same_event(best[key]) in with_share)
    }
    for key, others in larger.items():
        told = [other for other in others if other in kept and STATUS_CLASSES[best[other].status] == STATUS_CLASSES[best[key].status]]
        if len(told) == 1 and best[key].type in _TOLD_AGAIN_ATTRIBUTES:
            fuller = kept[told[0]]
            stated = {name: value for name, value in best[key].attributes.items() if name in _TOLD_AGAIN_ATTRIBUTES[best[key].type]}
            kept[told[0]] = replace(fuller, attributes={**stated, **fuller.attributes})
    return sorted(kept.values(), key=_order)


#: A purchase a stake purchase frame read: its roles, sentence start and whether it is done.
_StakeRead = tuple[frozenset[tuple[str, Any]], int, bool]


def _stakes_read(facts: Sequence[Fact]) -> frozenset[_StakeRead]:
    """Each purchase or sale a stake purchase or stake sale frame read ("Last week, X had purchased
    additional shares of the company", "it sold a net 412,500 Y common shares")."""
    frames = frozenset(f"acquisition.{name}" for name in (*triggers()["stake_purchases"], *triggers()["stake_sales"]))
    return frozenset((_roles(fact), fact.evidence.start, fact.status == "completed") for fact in facts if fact.extractor in frames)


def _merge_key(fact: Fact, stakes: frozenset[_StakeRead]) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """:func:`fact_key`, with the purchases of a buyer who has bought a stake in its target kept
    apart by whether they are done: the stake bought is one fact and the takeover offered or
    planned another ("X had purchased additional shares of Y", "X's offer to acquire Y"). A
    stake planned in the sentence of the one bought is that stake's purpose ("took the stake
    to acquire a minority interest in Y"); a takeover sought there is not ("which is
    seeking control of Y, raised its stake in Y"). So with a seller who has sold part of its
    stake: the shares sold are one fact and the rest it plans to sell another ("now intends to sell
    the rest of its holding" beside "it sold a net 318,000 Y common shares"). A supply
    deal is kept apart from the pair's other partnerships: a buyer may go on sourcing parts from
    a partner whose alliance it ended."""
    fact_type, key = fact_key(fact)
    if fact_type == "Partnership":
        return fact_type, (*key, ("supply", fact.attributes.get("kind") == "supply agreement"))
    roles = _roles(fact)
    if fact_type != "Acquisition" or not any(bought == roles and done for bought, _start, done in stakes):
        return fact_type, key
    start = fact.evidence.start
    done = fact.status == "completed" or {(roles, start, True), (roles, start, False)} <= stakes
    return fact_type, (*key, ("done", done))


def _same_event(fact: Fact) -> tuple[frozenset[tuple[str, Any]], str, str | None]:
    """What a purchase stating no share must share with one stating it to be the same: roles,
    status class (an offer made and a stake already bought are two facts) and, for a stake
    bought or an option weighed, that status (a takeover agreed is no stake bought years before,
    and a tender offer launched no option to buy 20 pct granted beside it)."""
    return _roles(fact), STATUS_CLASSES[fact.status], fact.status if fact.status in _OWN_EVENT_STATUSES else None


def _may_subsume(fact: Fact, other: Fact) -> bool:
    """Whether a purchase naming fewer roles may be the same as one naming more: not when just one
    of them failed ("Zorvex has rejected a takeover offer from Tarvel" beside "Tarvel spent A$312m
    on buying a 14.6% stake in Zorvex from the Belknap family": the offer is no stake bought), nor
    when the one naming more is a stake already bought and the other a purchase still to come that
    states no share ("Tarvel has bought 6 pct of Zorvex from Belknap" beside "Tarvel may seek
    control of Zorvex": the takeover weighed is no stake bought, as :func:`_merge_key` keeps them
    apart with equal roles), nor when it is a holding bought from a named seller and the other a
    bid made ("launched a bid for Zorvex after buying Belknap's stake in it": the bid is for the
    rest); a stake agreed and a purchase planned may be one deal told twice."""
    if fact.type != "Acquisition":
        return True
    classes = {STATUS_CLASSES[fact.status], STATUS_CLASSES[other.status]}
    if "negative" in classes and len(classes) > 1:
        return False
    bought = other.status == "completed" and other.attributes.get("share") is not None
    bought_from = other.status == "completed" and "seller" in other.roles and fact.status == "proposed"
    return not ((bought or bought_from) and STATUS_CLASSES[fact.status] == "prospective" and fact.attributes.get("share") is None)


def _roles(fact: Fact) -> frozenset[tuple[str, Any]]:
    """A fact's roles as a set of (role, entity or sorted entities) pairs."""
    return frozenset((name, tuple(sorted(value)) if isinstance(value, tuple) else value) for name, value in fact.roles.items())


def _order(fact: Fact) -> tuple[int, int, str, str]:
    """Deterministic output order."""
    return FACT_TYPES.index(fact.type), fact.evidence.start, fact.extractor, repr(fact_key(fact)[1])
