"""Competition facts: "the Alibaba rival", "X's competitor Y", "X chases Y", and rankings.

A ranking ("X, China's second-largest retailer after Alibaba") names the one it trails as a
competitor, and a counted ranking ("X and Y, the two biggest banks") makes the names it
describes competitors. Trigger words and rank words are data (``kg/data``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from kg.facts.common import Context, conjuncts, frame_facts, lexicon, make_fact, most_named_before, prep_objects, register, resolve, resolve_all, role_types, subject_of
from kg.facts.surface import surface_facts
from kg.model import Fact


@register("Competition")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield Competition facts from rivalry words and from rankings with "after"/"behind"."""
    yield from frame_facts(ctx, "Competition")
    yield from surface_facts(ctx, "Competition")
    yield from _rankings(ctx)
    yield from _ranked_groups(ctx)
    yield from _story_rivals(ctx)


def _ranked(token: Token, ranks: frozenset[str]) -> bool:
    """Whether a noun carries a superlative or rank word ("second-largest", "biggest")."""
    return any(child.dep_ in ("amod", "advmod", "compound") and (child.tag_ == "JJS" or child.lower_ in ranks) for child in token.children)


def _ranked_entity(ctx: Context, noun: Token) -> str | None:
    """The entity a ranking noun describes: itself, the name it is in apposition to, or the subject."""
    if noun.dep_ == "appos":
        return resolve(ctx, noun.head)
    own = resolve(ctx, noun)
    if own is not None:
        return own
    if noun.dep_ in ("attr", "oprd"):
        subject = subject_of(noun)
        return resolve(ctx, subject) if subject is not None else None
    return None


def _rankings(ctx: Context) -> Iterator[Fact]:
    """"X, the second-largest retailer after Y": X and Y compete."""
    lex = lexicon()
    ranks = frozenset(lex["rank_words"])
    allowed = role_types("Competition")["competitors"]
    heads = sorted({t.head.i for t in ctx.tokens if t.dep_ in ("amod", "advmod", "compound") and (t.tag_ == "JJS" or t.lower_ in ranks)})
    for token in (ctx.tokens[i] for i in heads):
        if token.pos_ not in ("NOUN", "PROPN") or not _ranked(token, ranks):
            continue
        ranked = _ranked_entity(ctx, token)
        if ranked is None or ctx.type_of(ranked) not in allowed:
            continue
        holders = [token, token.head] if token.dep_ in ("attr", "oprd") else [token]
        for link in lex["rank_links"]:
            for other in resolve_all(ctx, [obj for holder in holders for obj in prep_objects(holder, link)]):
                if other != ranked and ctx.type_of(other) in allowed:
                    roles = {"competitors": tuple(sorted((ranked, other)))}
                    yield make_fact("Competition", roles, token, "competition.ranking", 0.7, "active", governed=False)


def _ranked_groups(ctx: Context) -> Iterator[Fact]:
    """"X and Y, the world's two biggest reinsurers", "the three largest carmakers - X, Y and Z",
    "X and Y are the two largest banks": names a counted ranking describes, in apposition either
    way or as the subject it is said of, compete with each other when they are as many as it
    counts (``group_counts``)."""
    lex = lexicon()
    ranks = frozenset(lex["rank_words"])
    counts = lex["group_counts"]
    allowed = role_types("Competition")["competitors"]
    for token in ctx.tokens:
        if token.tag_ != "NNS" or not _ranked(token, ranks) or _held_by_one(ctx, token):
            continue
        count = next((counts[child.lower_] for child in token.children if child.dep_ == "nummod" and child.lower_ in counts), None)
        if count is None:
            continue
        named = [token.head] if token.dep_ == "appos" else [child for child in token.children if child.dep_ == "appos"][:1]
        if not named and token.dep_ == "attr":
            subject = subject_of(token)
            named = [subject] if subject is not None else []
        members = [entity_id for entity_id in resolve_all(ctx, named) if ctx.type_of(entity_id) in allowed]
        if len(members) != count:
            continue
        for pair in itertools.combinations(sorted(members), 2):
            yield make_fact("Competition", {"competitors": pair}, token, "competition.ranked_group", 0.6, "active", governed=False)


def _held_by_one(ctx: Context, noun: Token) -> bool:
    """Whether a ranked plural belongs to one company or person ("its two largest shareholders",
    "Acme's three biggest customers"): ranked in its owner's books, not against each other; a
    market or place may own the ranking ("the world's two biggest reinsurers")."""
    for child in noun.children:
        if child.dep_ == "poss":
            owner = resolve(ctx, child)
            return child.tag_ == "PRP$" or (owner is not None and ctx.type_of(owner) in ("Organization", "Person"))
    return False


def _story_rivals(ctx: Context) -> Iterator[Fact]:
    """"Its $17m profit was dwarfed by the $204m of rival Google": a name called a rival is the
    rival of the one other organization its sentence names, however it is named; with none
    ("Last week, rival Shell reported a record profit" in a story about BP), of the organization
    named most often before it (``rival_nouns``)."""
    nouns = frozenset(lexicon()["rival_nouns"])
    allowed = role_types("Competition")["competitors"]
    for token in ctx.tokens_of(nouns):
        if token.lemma_.lower() not in nouns or any(c.dep_ == "poss" for c in token.children):
            continue
        name = _rival_name(token)
        rival = ctx.entity_at(name) if name is not None else None
        if name is None or rival is None or ctx.type_of(rival) != "Organization" or ctx.token_kind[name.i] != "name":
            continue
        sentence = token.sent
        listed = {ctx.token_entity[item.i] for item in conjuncts(name)}
        others = {ctx.token_entity[i] for i in range(sentence.start, sentence.end)} - {None, rival} - listed
        others = {other for other in others if ctx.type_of(other) in allowed}
        if len(others) > 1:
            continue
        main = next(iter(others)) if others else most_named_before(ctx, sentence.start, leave_out=rival)
        if main is not None:
            roles = {"competitors": tuple(sorted((main, rival)))}
            yield make_fact("Competition", roles, token, "competition.story_rival", 0.45, "active", governed=False)


def _rival_name(token: Token) -> Token | None:
    """The name a rival word calls a rival: the one it modifies ("rival Google"), through a kind
    of company between them ("Rival banking giant Borg"; not "rival suitor Y", a bidder for the
    target named before), the name set after it as its apposition ("Key rival Quintara is
    already well-established"), or the first it gives as an example ("products came under attack
    from rivals such as Quintara")."""
    if token.dep_ not in ("compound", "amod", "appos"):
        return next((child for child in token.children if child.dep_ == "appos"), None) or _first_example(token)
    kind = token.head
    if kind.pos_ != "PROPN" and kind.dep_ in ("compound", "amod") and kind.lemma_.lower() in lexicon()["company_nouns"]:
        return kind.head
    return kind


def _first_example(token: Token) -> Token | None:
    """The first name a rival noun gives as an example ("rivals such as Y and Z": Y), by the
    lexicon's ``example_markers``."""
    markers = lexicon()["example_markers"]
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in markers or (child.i > 0 and f"{child.nbor(-1).lower_} {child.lower_}" in markers)):
            return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
    return None
