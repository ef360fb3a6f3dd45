"""Acquisition facts: X sold Y to Z, X's sale of Y to Z, X acquired/bought/took over Y, stakes (share), bids (proposed).

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register, story_facts
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Acquisition")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Acquisition facts every Acquisition trigger frame finds in the document, then
    the bids whose target only the rest of the story names."""
    found = [*frame_facts(ctx, "Acquisition"), *surface_facts(ctx, "Acquisition")]
    yield from found
    yield from story_facts(ctx, "Acquisition", found)
