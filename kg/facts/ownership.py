"""Ownership facts: X owns Y, X holds a 20% stake in Y, X's subsidiary Y, Y, a unit of X, its logistics operations.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register
from kg.model import Fact


@register("Ownership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Ownership facts every Ownership trigger frame finds in the document."""
    yield from frame_facts(ctx, "Ownership")
