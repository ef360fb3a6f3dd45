"""Investment facts: X invested in Y, X's investment in Y, invest in the United States (a place target),
X plans to increase investment in its brands (an investor alone).

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.facts.common import Context, frame_facts, register
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Investment")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Investment facts every Investment trigger frame finds in the document."""
    yield from frame_facts(ctx, "Investment")
    yield from surface_facts(ctx, "Investment")
