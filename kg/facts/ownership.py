"""Ownership facts: X owns Y, X holds a 20% stake in Y, X's subsidiary Y, Y, a unit of X, its logistics operations.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`); business
units the entities stage made from possessed unit phrases come with their owner.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.entities import name_key
from kg.facts.common import Context, frame_facts, lexicon, make_fact, register, span_root
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Ownership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Ownership facts every Ownership trigger frame finds, and one per business unit."""
    yield from frame_facts(ctx, "Ownership")
    yield from surface_facts(ctx, "Ownership")
    yield from _business_units(ctx)
    yield from _named_after_owner(ctx)


def _business_units(ctx: Context) -> Iterator[Fact]:
    """"its logistics operations", "Gelco's Canadian unit": the possessor owns the unit."""
    for unit, (owner, start, end) in sorted(ctx.units.items(), key=lambda item: item[1][1]):
        root = span_root(ctx.doc, start, end)
        if root is not None and owner != unit:
            roles = {"owner": owner, "owned": unit}
            yield make_fact("Ownership", roles, root, "ownership.business_unit", 0.7, "active", governed=False)


def _named_after_owner(ctx: Context) -> Iterator[Fact]:
    """"Union Carbide France", "Barclays Capital", "Chase Manhattan Bank" beside "Chase Manhattan
    Corp": a company named as another company's name and more words is that company's
    subsidiary, read at its first mention. The owner must be named in a form of its own
    ("Union Carbide Corp") or before the longer name: a name met first as the front of the
    longer one is a short form of it ("Safeway Stores Inc ... Safeway"). A name joining two
    ("Amoco and Exxon") or ending in a word of ``not_unit_endings`` ("HLM Associates II") is
    no unit."""
    organizations = {e.id: e.name for e in ctx.entities.values() if e.type == "Organization"}
    named_apart = {e.id for e in ctx.entities.values() if e.aliases}
    first: dict[str, int] = {}
    for i, entity_id in enumerate(ctx.token_entity):
        if entity_id in organizations and ctx.token_kind[i] == "name":
            first.setdefault(entity_id, i)
    endings = set(lexicon()["not_unit_endings"])
    for owned, name in organizations.items():
        words = name.split()
        if owned not in first or words[-1].lower().strip("()") in endings:
            continue
        for owner, prefix in organizations.items():
            if owner == owned or owner not in first or name_key(name) == name_key(prefix):
                continue
            if owner not in named_apart and first[owner] > first[owned]:
                continue
            front = next((k for k in range(1, len(words)) if name_key(" ".join(words[:k])) == name_key(prefix)), None)
            if front is not None and not {"and", "&"} & {word.lower() for word in words[front:]}:
                trigger = ctx.tokens[first[owned]]
                yield make_fact("Ownership", {"owner": owner, "owned": owned}, trigger, "ownership.named_after_owner", 0.5, "active", governed=False)
