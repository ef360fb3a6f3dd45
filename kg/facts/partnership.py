"""Partnership facts: X and Y enjoy a partnership in China, X formed a joint venture with Y, X partnered with Y,
X settled charges from the regulators (the story's regulator), X ordered 30 Zorvex jets or signed a deal to buy
jets from Y (an order from the maker).

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from spacy.tokens import Token

from kg.facts.common import Context, conjuncts, frame_facts, frames, governing_verb, is_passive, lexicon, make_fact, object_of, prep_objects, register, resolve, resolve_all, subject_of, triggers
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Partnership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Partnership facts every Partnership trigger frame finds in the document."""
    yield from frame_facts(ctx, "Partnership")
    yield from surface_facts(ctx, "Partnership")
    yield from _regulator_settlements(ctx)
    yield from _orders(ctx)


def _regulator_settlements(ctx: Context) -> Iterator[Fact]:
    """"X has settled charges from US federal regulators", "X agreed to pay $5m to settle an
    investigation into its trading": a company settling a regulator's case (the settle frame's
    verbs, ``regulator_settlements``) in a sentence that names no other organization settles it
    with the one regulator the story names."""
    data = lexicon()["regulator_settlements"]
    regulators = [entity_id for entity_id, entity in ctx.entities.items() if entity.type == "Organization" and entity.subtype in data["subtypes"]]
    if len(regulators) != 1:
        return
    regulator = regulators[0]
    settle = next(frame for frame in frames("Partnership") if frame.name == "settle")
    for verb in ctx.tokens_of(settle.lemmas):
        case = object_of(verb) if verb.pos_ == "VERB" else None
        if case is None or not _regulators_case(case, data):
            continue
        subject = subject_of(verb)
        party = resolve(ctx, subject) if subject is not None else None
        sentence = verb.sent
        named = {ctx.token_entity[i] for i in range(sentence.start, sentence.end)} - {None, party, regulator}
        if party is None or ctx.type_of(party) != "Organization" or any(ctx.type_of(other) == "Organization" for other in named):
            continue
        roles = {"partners": tuple(sorted((party, regulator)))}
        yield make_fact("Partnership", roles, verb, "partnership.regulator_settlement", 0.5, "agreed", {"kind": "settlement agreement"})


def _regulators_case(case: Token, data: Mapping[str, Any]) -> bool:
    """Whether a settled case is a regulator's: one only a regulator brings ("charges"), or one
    brought by a regulator the sentence describes ("a lawsuit brought by the watchdog"); not one
    whose bringer is someone else ("charges raised by the attorney general Y")."""
    agents = [agent for clause in (case, *case.children) for link in ("by", "from") for agent in prep_objects(clause, link)]
    if agents:
        return all(agent.lemma_.lower() in data["agents"] or agent.lower_ in data["agents"] for agent in agents)
    return case.lemma_.lower() in data["cases"]


def _orders(ctx: Context) -> Iterator[Fact]:
    """"X ordered 30 Zorvex Z9 jets", "X placed an order for ten Zorvex airliners", "X ordered
    engines from Y": a company ordering goods whose phrase names their maker has agreed a supply
    deal with it (``orders``); goods that are a name themselves ("the court ordered X to pay")
    name no maker. A deal placed to buy goods from a maker is an order too (``_deal_purchase``), and
    a country may sign one ("Quintara signed a deal to import gas from Borvia")."""
    data = lexicon()["orders"]
    for token in ctx.tokens_of([*data["words"], *data["deal_words"]]):
        traders = ("Organization",)
        if token.lemma_.lower() in data["deal_words"]:
            purchase = _deal_purchase(token, data)
            if purchase is None:
                continue
            buyer, goods, makers = purchase
            traders = ("Organization", "Place")
        elif token.pos_ == "VERB":
            buyer = next(iter(prep_objects(token, "by")), None) if is_passive(token) else subject_of(token)
            goods = subject_of(token) if is_passive(token) else object_of(token)
            makers = prep_objects(token, "from")
        elif token.pos_ == "NOUN" and token.dep_ == "dobj":
            verb = governing_verb(token)
            if verb is None or verb.lemma_.lower() not in data["placing_verbs"]:
                continue
            buyer, goods, makers = subject_of(verb), next(iter(prep_objects(token, "for")), None), []
        else:
            continue
        party = resolve(ctx, buyer) if buyer is not None else None
        if party is None or ctx.type_of(party) not in traders or goods is None:
            continue
        items = [item for item in conjuncts(goods) if ctx.type_of(resolve(ctx, item) or "") not in ("Organization", "Person", "Place")]
        named = [name for item in items for child in item.lefts if child.dep_ in ("compound", "nmod") for name in child.subtree]
        makers += [source for item in items for source in prep_objects(item, "from")]
        sellers = set(resolve_all(ctx, makers))
        for maker in dict.fromkeys(resolve_all(ctx, [*named, *makers])):
            if maker != party and ctx.type_of(maker) in (traders if maker in sellers else ("Organization",)):
                roles = {"partners": tuple(sorted((party, maker)))}
                yield make_fact("Partnership", roles, token, "partnership.order", 0.6, "agreed", {"kind": "order"})


def _deal_purchase(deal: Token, data: Mapping[str, Any]) -> tuple[Token | None, Token, list[Token]] | None:
    """"X signed a deal to buy 20 Zorvex jets from Y", "X announced a deal to import gas from Y":
    the buyer, goods and sellers of a deal placed (``placing_verbs``) to buy (``buying_verbs``)
    goods; none where what is bought is a stake, a part or a held asset of a business, or a
    determined thing ("a deal to buy the unit from Y", "a deal to acquire its plant from Y"),
    which is a purchase of a business, not an order."""
    verb = governing_verb(deal)
    if deal.pos_ != "NOUN" or deal.dep_ != "dobj" or verb is None or verb.lemma_.lower() not in data["placing_verbs"]:
        return None
    clauses = [*(child for child in deal.children if child.dep_ in ("acl", "relcl")), *(child for child in verb.children if child.dep_ == "advcl")]
    purchase = next((clause for clause in clauses if clause.lemma_.lower() in data["buying_verbs"] and any(child.lower_ == "to" and child.dep_ == "aux" for child in clause.children)), None)
    goods = object_of(purchase) if purchase is not None else None
    if purchase is None or goods is None or any(child.dep_ in ("det", "poss") for child in goods.children):
        return None
    held = (*triggers()["share_nouns"], *triggers()["part_nouns"], *lexicon()["held_asset_nouns"])
    if goods.lemma_.lower() in held or goods.lower_ in held:
        return None
    return subject_of(verb), goods, prep_objects(purchase, "from")
