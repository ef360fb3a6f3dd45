"""Partnership facts: X and Y enjoy a partnership in China, X formed a joint venture with Y, X partnered with Y.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Partnership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Partnership facts every Partnership trigger frame finds in the document."""
    yield from frame_facts(ctx, "Partnership")
    yield from surface_facts(ctx, "Partnership")
