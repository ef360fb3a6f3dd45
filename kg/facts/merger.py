"""Merger facts: X merged with Y, a merger between X and Y, the merger of gas giant X and oil firm Y, X and Y are considering a merger.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`), and so
are the surface patterns for what the parse gets wrong (`kg/data/fact_patterns.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Merger")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Merger facts every Merger trigger frame and surface pattern finds in the document."""
    yield from frame_facts(ctx, "Merger")
    yield from surface_facts(ctx, "Merger")
