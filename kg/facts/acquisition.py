"""Acquisition facts: X sold Y to Z, X's sale of Y to Z, X acquired/bought/took over Y, stakes (share), bids (proposed).

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.facts.common import Context, frame_facts, register, story_facts
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Acquisition")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Acquisition facts every Acquisition trigger frame finds in the document, then
    the bids whose target only the rest of the story names."""
    found = _without_unnamed_repeats([*frame_facts(ctx, "Acquisition"), *surface_facts(ctx, "Acquisition")])
    yield from _parent_buyers(ctx, found)
    yield from _parent_buyers(ctx, story_facts(ctx, "Acquisition", found))


def _without_unnamed_repeats(facts: list[Fact]) -> list[Fact]:
    """The facts without the purchases of nothing named ("to buy a pharmaceutical company") by a
    buyer the story gives a named purchase too: there the unnamed one is that purchase again or
    a passing remark."""
    named = {fact.roles["buyer"] for fact in facts if "buyer" in fact.roles and "target" in fact.roles}
    return [fact for fact in facts if set(fact.roles) != {"buyer"} or fact.roles["buyer"] not in named]


def _parent_buyers(ctx: Context, facts: Iterable[Fact]) -> Iterator[Fact]:
    """A unit with no name of its own that buys buys for its owner ("Qintex's U.S. division will
    have the right to purchase 51 pct of X": Qintex); a named unit buys for itself."""
    for fact in facts:
        buyer = fact.roles.get("buyer")
        entity = ctx.entities.get(buyer) if isinstance(buyer, str) else None
        if entity is not None and entity.subtype == "BusinessUnit" and buyer in ctx.units:
            owner = ctx.units[buyer][0]
            if owner not in fact.roles.values():
                fact = replace(fact, roles={**fact.roles, "buyer": owner})
        yield fact
