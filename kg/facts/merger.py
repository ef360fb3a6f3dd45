"""Merger facts: X merged with Y, a merger between X and Y, X and Y are considering a merger.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register
from kg.model import Fact


@register("Merger")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Merger facts every Merger trigger frame finds in the document."""
    yield from frame_facts(ctx, "Merger")
