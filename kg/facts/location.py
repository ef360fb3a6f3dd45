"""Location facts: "Madrid-based X", "X, headquartered in Y", "Chinese conglomerate X",
"the U.S. retailer", "a plant in Y", "stores in Y (where X has 400 locations)".

Verb and facility triggers are frames in ``kg/data/fact_triggers.json``; a company noun phrase
with a place or demonym modifier gives the company's home (kind headquarters).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.facts.common import Context, frame_facts, lexicon, make_fact, place_of, register, role_types
from kg.model import Fact

_MODIFIERS = ("amod", "compound", "poss", "nmod")
#: Modifiers that can place a named company without a company noun ("China's JD.com").
_NAME_MODIFIERS = ("amod", "poss")


@register("Location")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield Location facts from location frames and from company noun phrases."""
    yield from frame_facts(ctx, "Location")
    yield from _company_places(ctx)


def _company_noun(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a word names a kind of company ("retailer", "conglomerate", "shoemaker")."""
    word = token.lemma_.lower()
    return word in nouns or any(word.endswith(noun) for noun in nouns if len(noun) > 4)


def _company_places(ctx: Context) -> Iterator[Fact]:
    """"Chinese conglomerate Tencent", "the U.S. retailer", "China's second-largest retailer"."""
    nouns = frozenset(lexicon()["company_nouns"])
    allowed = role_types("Location")["entity"]
    for token in ctx.doc:
        entity_id = ctx.entity_at(token)
        if entity_id is None or ctx.type_of(entity_id) not in allowed or ctx.token_kind[token.i] == "pronoun":
            continue
        if token.head is not token and ctx.entity_at(token.head) == entity_id:
            continue
        described = [token] + [
            child
            for child in token.children
            if child.dep_ in ("appos", "compound") and _company_noun(child, nouns) and ctx.entity_at(child) in (None, entity_id)
        ]
        for noun in described:
            is_company_noun = _company_noun(noun, nouns)
            for modifier in noun.children:
                if modifier.dep_ not in (_MODIFIERS if is_company_noun else _NAME_MODIFIERS):
                    continue
                if ctx.entity_at(modifier) == entity_id:
                    continue
                place = place_of(ctx, modifier)
                if place is not None:
                    roles = {"entity": entity_id, "place": place}
                    yield make_fact("Location", roles, noun, "location.company_place", 0.7, "active", {"kind": "headquarters"}, governed=False)
