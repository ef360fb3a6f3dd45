"""Acquisition facts: X sold Y to Z, X's sale of Y to Z, X acquired/bought/took over Y, stakes (share), bids (proposed).

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from kg import values
from kg.facts.common import Context, evidence, frame_facts, is_passive, prep_objects, register, resolve, sentence_values, story_facts, triggers
from kg.facts.surface import surface_facts
from kg.model import Fact
from kg.nlp import doc_sentences, is_past


@register("Acquisition")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Acquisition facts every Acquisition trigger frame finds in the document, then
    the bids whose target only the rest of the story names, and the members a later sentence
    lists of an unnamed target; a story's one deal takes the value a later sentence gives it,
    and a completed deal the date a later sentence tells of its side and the seller a later
    sentence names for the stake it bought."""
    found = _without_unnamed_repeats([*frame_facts(ctx, "Acquisition"), *surface_facts(ctx, "Acquisition")])
    facts = [*_parent_buyers(ctx, found), *_parent_buyers(ctx, story_facts(ctx, "Acquisition", found))]
    yield from _with_story_sellers(ctx, _with_story_trades(ctx, _with_story_value(ctx, [*facts, *_listed_targets(ctx, facts)])))


def _without_unnamed_repeats(facts: list[Fact]) -> list[Fact]:
    """The facts without the purchases of nothing named ("to buy a pharmaceutical company") by a
    buyer the story gives a named purchase too: there the unnamed one is that purchase again or
    a passing remark."""
    named = {fact.roles["buyer"] for fact in facts if "buyer" in fact.roles and "target" in fact.roles}
    return [fact for fact in facts if set(fact.roles) != {"buyer"} or fact.roles["buyer"] not in named]


def _parent_buyers(ctx: Context, facts: Iterable[Fact]) -> Iterator[Fact]:
    """A unit with no name of its own that buys buys for its owner ("Borvia's U.S. division is
    to buy 45 pct of X": Borvia); a named unit buys for itself."""
    for fact in facts:
        buyer = fact.roles.get("buyer")
        entity = ctx.entities.get(buyer) if isinstance(buyer, str) else None
        if entity is not None and entity.subtype == "BusinessUnit" and buyer in ctx.units:
            owner = ctx.units[buyer][0]
            if owner not in fact.roles.values():
                fact = replace(fact, roles={**fact.roles, "buyer": owner})
        yield fact


def _listed_targets(ctx: Context, facts: Sequence[Fact]) -> Iterator[Fact]:
    """The deal again for each company a later sentence lists as one of its unnamed plural
    target ("X agreed to buy five privately held companies ... The companies include radio
    stations A and B, and C Inc": X buys A, B and C), the list being what a definite subject of
    that target's noun includes or is."""
    data = triggers()["listed_targets"]
    for fact in facts:
        named = fact.roles.get("target")
        target = ctx.entities.get(named) if isinstance(named, str) else None
        if target is None or not target.name[:1].islower() or target.name.split()[-1] not in data["nouns"]:
            continue
        noun = target.name.split()[-1]
        for sentence in doc_sentences(ctx.doc):
            if sentence.start_char <= fact.evidence.start:
                continue
            for verb in sentence:
                if verb.lemma_.lower() in data["verbs"] and _names_group(verb, noun, data["determiners"]):
                    yield from _members(ctx, fact, verb)


def _names_group(verb: Token, noun: str, determiners: Sequence[str]) -> bool:
    """Whether a verb's subject is the definite noun of a group, or the names of it ("The
    companies include", "The full names of the companies purchased from Y are")."""
    for subject in (child for child in verb.children if child.dep_ == "nsubj"):
        group = next(iter(prep_objects(subject, "of")), subject) if subject.lemma_.lower() == "name" else subject
        if group.lower_ == noun and any(det.dep_ == "det" and det.lower_ in determiners for det in group.children):
            return True
    return False


def _members(ctx: Context, fact: Fact, verb: Token) -> Iterator[Fact]:
    """The deal for each organisation the verb lists, once each; a name inside a phrase or
    clause on a listed item, or set beside a listed name, is not one ("Zorvex-AM, which operates
    in the Belknap market", "Y of Tarvel City", "<Y Spa>, Quintara")."""
    seen = set(fact.roles.values())
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        entity = ctx.entity_at(token)
        if entity is None or entity in seen or ctx.type_of(entity) != "Organization" or _inside_phrase(ctx, token, verb):
            continue
        seen.add(entity)
        yield replace(fact, roles={**fact.roles, "target": entity}, evidence=evidence(verb))


def _inside_phrase(ctx: Context, token: Token, verb: Token) -> bool:
    """Whether a token hangs under a preposition or a clause on its way up to ``verb``, or
    beside another name."""
    own = ctx.entity_at(token)
    for below, above in zip([token, *token.ancestors], token.ancestors):
        if above.i == verb.i:
            return False
        if above.dep_ in ("prep", "relcl", "acl") or (below.dep_ == "appos" and ctx.entity_at(above) not in (None, own)):
            return True
    return True


def _with_story_value(ctx: Context, facts: Sequence[Fact]) -> list[Fact]:
    """The facts, those of a story telling one deal given the sum a later sentence states for
    it by a definite deal noun ("X agreed to buy Y. ... The transaction is valued at 27 mln
    dlrs", "The £13.8m deal gives X access to ..."); with several deals the noun may be any one's."""
    if len({frozenset(fact.roles.items()) for fact in facts}) != 1 or any("amount" in fact.attributes for fact in facts):
        return list(facts)
    first = min(fact.evidence.start for fact in facts)
    named = set(facts[0].roles.values())
    for sentence in doc_sentences(ctx.doc):
        if sentence.start_char <= first:
            continue
        money = sentence_values(values.deal_money_spans, sentence, ctx.dollar)
        for token in sentence:
            amount = _stated_sum(token, money) if _deal_reference(ctx, token, named) else None
            if amount is not None:
                return [replace(fact, attributes={**fact.attributes, "amount": amount}) for fact in facts]
    return list(facts)


def _with_story_trades(ctx: Context, facts: Sequence[Fact]) -> list[Fact]:
    """The facts, a completed one without a date or a sum given the one date, and the one sum
    paid for the whole stake, that later sentences tell for its buyer's or seller's side of it
    ("X has acquired 145,000 shares of Y. ... It said it bought most of its stake from May
    2 to June 9", "X said it bought the stake for 8.4 mln dlrs"): stake filings give the
    trades' dates and cost in sentences of their own."""
    if not any(fact.status == "completed" and not {"date", "amount"} <= fact.attributes.keys() for fact in facts):
        return list(facts)
    told = _told_trades(ctx)
    dated: list[Fact] = []
    for fact in facts:
        if fact.status == "completed":
            for name in ("date", "amount"):
                found = {
                    value
                    for role, party, target, start, told_name, value in told
                    if told_name == name and fact.roles.get(role) == party and target in (None, fact.roles.get("target")) and start > fact.evidence.start
                }
                if name not in fact.attributes and len(found) == 1:
                    fact = replace(fact, attributes={**fact.attributes, name: found.pop()})
        dated.append(fact)
    return dated


def _told_trades(ctx: Context) -> list[tuple[str, str, str | None, int, str, Any]]:
    """(role, party, target or None, sentence start, attribute, value) for each past verb of a
    deal's side whose subject names a party: the one date hung on it ("it sold the shares between
    March 3 and May 17"), and the one sum when its object is a definite whole ("bought the stake
    for 26.1 mln dlrs", "bought the 527,000 Y shares ... or a total of 5.69 mln dlrs"; not
    "bought 250,000 shares for ...", maybe a part, nor "the bulk of its stake"); not when its
    object names two companies."""
    data = triggers()["story_trades"]
    told: list[tuple[str, str, str | None, int, str, Any]] = []
    found: dict[int, dict[str, list[tuple[Token, Any]]]] = {}
    for sentence, token, role, subject in _deal_sides(ctx, data["verbs"]):
        if not is_past(token) or subject is None:
            continue
        party = resolve(ctx, subject)
        objects = [child for child in token.children if child.dep_ == "dobj"]
        named = {ctx.entity_at(word) for child in objects for word in child.subtree} - {None, party}
        if party is None or len(named) > 1:
            continue
        if sentence.start not in found:
            found[sentence.start] = {
                "date": sentence_values(values.date_spans, sentence, ctx.date),
                "amount": sentence_values(values.deal_money_spans, sentence, ctx.dollar),
            }
        whole = any(_definite_holding(obj, data["holdings"]) for obj in objects)
        for name, pairs in found[sentence.start].items():
            said = {value for root, value in pairs if _in_clause(token, root)}
            if len(said) == 1 and (name == "date" or whole):
                told.append((role, party, next(iter(named), None), sentence.start_char, name, said.pop()))
    return told


def _with_story_sellers(ctx: Context, facts: Sequence[Fact]) -> list[Fact]:
    """The facts, a completed purchase naming no seller given the one seller later sentences name
    for the stake it bought by a definite holding noun ("X has raised its stake in Y to 100 pct.
    ... The stake had been acquired from Z", "The shares were purchased from Z", "X bought the
    21.5% stake from Z", "the 27 pct interest was sold by Z"): stake filings name the seller in a
    sentence of its own. A sentence that names no buyer tells of the story's one such purchase."""
    open_deals = [fact for fact in facts if fact.status == "completed" and {"buyer", "target"} <= fact.roles.keys() and "seller" not in fact.roles]
    if not open_deals:
        return list(facts)
    told = _told_sellers(ctx)
    lone = len({frozenset(fact.roles.items()) for fact in open_deals}) == 1
    named: list[Fact] = []
    for fact in facts:
        if fact in open_deals:
            found = {
                seller
                for buyer, seller, target, start in told
                if start > fact.evidence.start
                and (buyer == fact.roles["buyer"] or (buyer is None and lone))
                and target in (None, fact.roles["target"])
                and seller not in fact.roles.values()
            }
            if len(found) == 1:
                fact = replace(fact, roles={**fact.roles, "seller": found.pop()})
        named.append(fact)
    return named


def _told_sellers(ctx: Context) -> list[tuple[str | None, str, str | None, int]]:
    """(buyer or None, seller, target or None, sentence start) for each verb of a deal's side
    done to a definite holding ("the stake", "the 527,000 Y shares", "its interest"): a purchase
    "from" the seller, its subject the buyer when it has one, or a passive sale "by" the seller.
    Not when the holding names two companies."""
    data = triggers()["story_trades"]
    told: list[tuple[str | None, str, str | None, int]] = []
    for sentence, token, side, subject in _deal_sides(ctx, data["verbs"]):
        passive = is_passive(token)
        if side == "seller" and not passive:
            continue
        holding_dep = "nsubjpass" if passive else "dobj"
        holdings = [child for child in token.children if child.dep_ == holding_dep and _definite_holding(child, data["holdings"])]
        sellers = {resolve(ctx, obj) for obj in prep_objects(token, "from" if side == "buyer" else "by")} - {None}
        if not holdings or len(sellers) != 1:
            continue
        named = {ctx.entity_at(word) for word in holdings[0].subtree} - {None}
        buyer = resolve(ctx, subject) if subject is not None else None
        if len(named) > 1 or (subject is not None and buyer is None):
            continue
        told.append((buyer, sellers.pop(), next(iter(named), None), sentence.start_char))
    return told


def _deal_sides(ctx: Context, verbs: dict[str, list[str]]) -> Iterator[tuple[Span, Token, str, Token | None]]:
    """(sentence, verb, side, subject or None) for each verb of a deal's side in the document
    (data: story_trades verbs, "buy" the buyer's and "sell" the seller's): the one walk that
    both the later trades and the later sellers of a story are read from."""
    for sentence in doc_sentences(ctx.doc):
        for token in sentence:
            side = next((side for side, lemmas in verbs.items() if token.pos_ == "VERB" and token.lemma_.lower() in lemmas), None)
            if side is not None:
                yield sentence, token, side, next((child for child in token.children if child.dep_ == "nsubj"), None)


def _definite_holding(noun: Token, holdings: Sequence[str]) -> bool:
    """Whether a noun is a holding the article or a possessive makes definite ("the stake", "the
    27 pct interest", "its shares"; not "a stake", "250,000 shares")."""
    return noun.lemma_.lower() in holdings and any(child.dep_ in ("det", "poss") and child.lower_ not in ("a", "an") for child in noun.children)


def _in_clause(verb: Token, word: Token) -> bool:
    """Whether a word is in a verb's own clause, however deep the parse hung it ("bought most
    of its stake from May 2 to June 9"), with no other verb between them."""
    while word.i != verb.i:
        if word.head.i == word.i or (word.head.i != verb.i and word.head.pos_ in ("VERB", "AUX")):
            return False
        word = word.head
    return True


def _deal_reference(ctx: Context, token: Token, named: set[Any]) -> bool:
    """Whether a noun names the story's deal by a definite deal noun ("the transaction", "The
    13.8m deal", "the purchase price"), naming no company the deal does not ("the Quintara
    purchase" is another's)."""
    data = triggers()["story_values"]
    if token.pos_ != "NOUN" or token.lemma_.lower() not in data["nouns"]:
        return False
    head = token.head if token.dep_ == "compound" and token.head.lemma_.lower() in data["price_nouns"] else token
    if not any(child.dep_ == "det" and child.lower_ in data["determiners"] for child in head.children):
        return False
    others = {ctx.entity_at(word) for word in head.subtree} - {None} - named
    return not others


def _stated_sum(token: Token, money: Sequence[tuple[Token, Any]]) -> Any:
    """The sum a deal noun's own phrase ("The 13.8m deal") or its clause states for it: the
    predicate of a verb it, or the price noun it qualifies, is the subject of ("the transaction
    is valued at 35 mln dlrs", "the purchase price was 12 mln dlrs", "the cost of the deal is
    90 mln stg")."""
    data = triggers()["story_values"]
    subject = token
    if token.head.lemma_.lower() in data["price_nouns"] and token.dep_ in ("compound", "poss"):
        subject = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in data["price_nouns"]:
        subject = token.head.head
    verb = subject.head
    for root, value in money:
        if root.head.i == token.i and root.i < token.i:
            return value
        if subject.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in data["verbs"]:
            continue
        if root.head.i == verb.i and root.dep_ in ("attr", "acomp", "npadvmod", "dobj"):
            return value
        if root.dep_ == "pobj" and root.head.lower_ in data["links"] and root.head.head.i == verb.i:
            return value
    return None
