"""Ownership facts: X owns Y, X holds a 20% stake in Y, X's subsidiary Y, Y, a unit of X, its logistics operations.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`); business
units the entities stage made from possessed unit phrases come with their owner.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, make_fact, register, span_root
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Ownership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Ownership facts every Ownership trigger frame finds, and one per business unit."""
    yield from frame_facts(ctx, "Ownership")
    yield from surface_facts(ctx, "Ownership")
    yield from _business_units(ctx)


def _business_units(ctx: Context) -> Iterator[Fact]:
    """"its logistics operations", "Gelco's Canadian unit": the possessor owns the unit."""
    for unit, (owner, start, end) in sorted(ctx.units.items(), key=lambda item: item[1][1]):
        root = span_root(ctx.doc, start, end)
        if root is not None and owner != unit:
            roles = {"owner": owner, "owned": unit}
            yield make_fact("Ownership", roles, root, "ownership.business_unit", 0.7, "active", governed=False)
