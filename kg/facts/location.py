"""Location facts: "Madrid-based X", "X, headquartered in Y", "Chinese conglomerate X", "X in Y",
"the U.S. retailer", "a plant in Y", "stores in Y (where X has 400 locations)".

Verb and facility triggers are frames in ``kg/data/fact_triggers.json``; a company noun phrase
with a place or demonym modifier gives the company's home (kind headquarters).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from spacy.tokens import Token

from kg.facts.common import (
    Context,
    frame_facts,
    frames,
    is_country,
    lexicon,
    listed_apposition,
    make_fact,
    most_named,
    place_of,
    prep_objects,
    register,
    role_types,
    ticker_named,
    triggers,
)
from kg.facts.surface import surface_facts
from kg.mentions import cues, named_country
from kg.model import Fact
from kg.nlp import doc_tokens, set_off_after, token_heads, token_texts

_MODIFIERS = ("amod", "compound", "poss", "nmod")
#: Modifiers that can place a named company without a company noun ("China's JD.com", "the
#: U.S. Congress"); a compound only when it is a place name of its own, and a noun modifier
#: only when it is one right before the name ("the US Securities and Exchange Commission").
_NAME_MODIFIERS = ("amod", "poss", "compound", "nmod")


@register("Location")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield Location facts from location frames and from company noun phrases; a person's only
    where the text says they are based ("London-based travel agent X", "Tarnfield investor X"),
    without a kind."""
    read = chain(
        frame_facts(ctx, "Location"),
        surface_facts(ctx, "Location"),
        _company_places(ctx),
        _of_places(ctx),
        _in_places(ctx),
        _named_places(ctx),
    )
    for fact in read:
        if ctx.type_of(str(fact.roles["entity"])) != "Person":
            yield fact
        elif _places_person(ctx, fact):
            yield replace(fact, attributes={})


def _places_person(ctx: Context, fact: Fact) -> bool:
    """Whether a Location read for a person says where they are based: a based frame or pattern,
    or a home town or state before their calling ("Tarnfield investor X"); a country there is a
    nationality ("Irish tycoon X"), and a unit's place ("X operations in Tarnfield") is a firm's
    that a person's name was given to."""
    reading = fact.extractor.removeprefix("location.").removeprefix("surface_")
    if reading in triggers()["person_places"]:
        return True
    home = reading in triggers()["person_home_places"] and fact.attributes.get("kind") == "headquarters"
    return home and not is_country(ctx, str(fact.roles["place"]))


def _company_noun(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a word names a kind of company ("retailer", "conglomerate", "shoemaker")."""
    return _names_company(token.lemma_.lower(), nouns)


@lru_cache(maxsize=4096)
def _names_company(word: str, nouns: frozenset[str]) -> bool:
    """``_company_noun`` by lemma, remembered: the suffix test runs over every company noun."""
    return word in nouns or any(word.endswith(noun) for noun in nouns if len(noun) > 4)


def _company_places(ctx: Context) -> Iterator[Fact]:
    """"Chinese conglomerate Tencent", "the U.S. retailer", "China's second-largest retailer",
    "Zorvex, the largest wine maker in Borvia"; for a person, the calling nouns too ("Tarnfield
    financier X")."""
    units = frozenset(lexicon()["unit_nouns"])
    nouns = frozenset(lexicon()["company_nouns"]) | units
    callings = nouns | frozenset(lexicon()["person_calling_nouns"])
    allowed = role_types("Location")["entity"]
    heads = token_heads(ctx.doc)
    for i, entity_id in enumerate(ctx.token_entity):
        if entity_id is None or ctx.type_of(entity_id) not in allowed or ctx.token_kind[i] == "pronoun":
            continue
        if ctx.token_entity[heads[i]] == entity_id:
            continue
        token = ctx.tokens[i]
        kinds = callings if ctx.type_of(entity_id) == "Person" else nouns
        described = [token] + [
            noun
            for child in token.children
            if child.dep_ in ("appos", "compound", "amod") and not _set_off_after_other(ctx, child, entity_id)
            for noun in _kinds_of(child)
            if _company_noun(noun, kinds) and ctx.entity_at(noun) in (None, entity_id)
        ]
        described.extend(noun for noun in _describing_nouns(token) if _company_noun(noun, kinds) and ctx.entity_at(noun) in (None, entity_id))
        for noun in described:
            is_company_noun = _company_noun(noun, kinds)
            modifiers = list(noun.children)
            if is_company_noun:
                modifiers.extend(_industry_modifiers(noun))
            if is_company_noun and noun is not token:
                modifiers.extend(obj for obj in prep_objects(noun, "in") if obj.dep_ == "pobj")
            fronted = _fronted_place(ctx, noun) if is_company_noun and noun is not token else None
            if fronted is not None:
                modifiers.append(fronted)
            for modifier in modifiers:
                if modifier.dep_ not in (_MODIFIERS if is_company_noun else _NAME_MODIFIERS) and modifier.dep_ != "pobj":
                    continue
                if ctx.entity_at(modifier) == entity_id and ctx.token_kind[modifier.i] == "name":
                    continue
                if modifier.dep_ in ("compound", "nmod") and not is_company_noun and ctx.type_of(ctx.entity_at(modifier) or "") != "Place":
                    continue
                if modifier.dep_ == "nmod" and not is_company_noun and (ctx.token_entity[modifier.i + 1] != entity_id or ctx.tokens[modifier.i + 1].is_punct):
                    continue
                kind = "operations" if noun.lemma_.lower() in units else "headquarters"
                for place in _based_places(ctx, modifier) or _places_of(ctx, modifier):
                    roles = {"entity": entity_id, "place": place}
                    yield make_fact("Location", roles, noun, "location.company_place", 0.7, "active", {"kind": kind}, governed=False)


def _set_off_after_other(ctx: Context, phrase: Token, entity_id: str) -> bool:
    """Whether a phrase the parse hangs on a name is set off by a comma after another name: the
    parse hangs an apposition on the first of a list ("the Quintara Exchange Commission,
    Tarvel and Zorvex Financial Corp, a Tampa, Fla., investment firm" describes Zorvex)."""
    named = set_off_after(phrase)
    other = ctx.token_entity[named] if named is not None else None
    return other is not None and other != entity_id


def _industry_modifiers(noun: Token) -> list[Token]:
    """The modifiers of the industry nouns compounded on a company noun, which the parse hangs a
    demonym on: "German telecoms firm X", "Russian gas monopoly Y"."""
    found: list[Token] = []
    industry = [child for child in noun.children if child.dep_ == "compound" and child.pos_ == "NOUN"]
    while industry:
        word = industry.pop()
        found.extend(child for child in word.children if child.dep_ in ("amod", "compound") and child.i < word.i)
        industry.extend(child for child in word.children if child.dep_ == "compound" and child.pos_ == "NOUN")
    return found


def _fronted_place(ctx: Context, noun: Token) -> Token | None:
    """A place named first after the article of a company noun's phrase, however deep the parser
    hung it: "a Dayton stock trading and advisory partnership"."""
    start = noun.left_edge
    if start.dep_ != "det" or start.i + 1 >= noun.i:
        return None
    first = ctx.tokens[start.i + 1]
    place = ctx.entity_at(first)
    if place is None or ctx.type_of(place) != "Place" or first.head is noun:
        return None
    return first


def _based_places(ctx: Context, modifier: Token) -> list[str]:
    """The places a "based" modifier names when the parser hung it, unhyphenated, on the company
    noun: "the only Detroit based automaker"."""
    if modifier.dep_ != "amod" or modifier.lemma_.lower() not in _based_lemmas():
        return []
    found: list[str] = []
    for child in modifier.children:
        if child.dep_ in ("npadvmod", "compound", "nmod"):
            found.extend(place for place in _places_of(ctx, child) if place not in found)
    return found


@lru_cache(maxsize=1)
def _based_lemmas() -> frozenset[str]:
    """The verbs that place a company at its home, from the based_in frame's trigger words."""
    return next(frame.lemmas for frame in frames("Location") if frame.name == "based_in")


def _places_of(ctx: Context, modifier: Token) -> list[str]:
    """The place a modifier names, and the one hyphened to it before ("German-US car firm",
    "Anglo-Dutch giant": both are the firm's homes), the one a comma sets after it, which holds
    it ("the largest bank in Dallas, Texas", "a Great Falls, Va., investment partnership"), and
    the city a comma sets before a state (:func:`_comma_city`)."""
    place = place_of(ctx, modifier) or _the_country(ctx, modifier)
    if place is None:
        return []
    if modifier.dep_ == "pobj":
        return [place, *_comma_place(ctx, modifier.i, place)]
    doc, i = ctx.doc, modifier.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        other = place_of(ctx, doc[i - 2])
        if other is not None and other != place:
            return [other, place]
    return [*_comma_city(ctx, modifier, place), place, *_comma_place(ctx, i, place)]


def _the_country(ctx: Context, modifier: Token) -> str | None:
    """The country "the country's" stands for before a company noun or a name ("X, the country's
    biggest lender", "the country's Y"): the one the story has named most before it, by name."""
    if modifier.dep_ != "poss" or modifier.lemma_.lower() not in lexicon()["country_nouns"]:
        return None
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in modifier.children):
        return None
    return most_named(ctx, modifier.i, lambda entity_id: is_country(ctx, entity_id))


def _comma_city(ctx: Context, modifier: Token, place: str) -> list[str]:
    """The city a comma sets before a state that modifies a company noun, which the parse hangs on
    the state: "the Sunnyvale, Calif., software firm" (Sunnyvale); or on which it hangs
    the company noun as an apposition: "The Tarnfield, Borvia-based firm has ..." (Tarnfield)."""
    start = modifier.i
    while start > 0 and ctx.token_entity[start - 1] == place:
        start -= 1
    if start < 2 or token_texts(ctx.doc)[start - 1] != ",":
        return []
    city = ctx.tokens[start - 2]
    hung = city.head.i == modifier.i or any(t.dep_ == "appos" and t.head.i == city.i for t in modifier.ancestors)
    found = place_of(ctx, city) if hung and ctx.token_kind[city.i] == "name" else None
    subtypes = lexicon()["container_subtypes"]
    if found is None or found == place or ctx.entities[place].subtype not in subtypes or ctx.entities[found].subtype in (ctx.entities[place].subtype, "Country"):
        return []
    return [found]


def _describing_nouns(token: Token) -> list[Token]:
    """Nouns a name is said to be elsewhere in its clause: the noun it is in apposition to
    ("US aircraft firm Boeing" parsed with the name as apposition), a plural one a name before
    it in a list is in apposition to ("US car firms General Motors and Ford"), the noun it
    modifies ("Sweden's Wallenberg group"), the predicate noun of a copula it is the subject
    of ("X is the US's second-biggest firm"), the noun of what it is one of ("X, one of the
    leading U.S. banks"), a noun phrase set off after it that the parse
    made a second object ("through <X Ltd>, an Australian firm"), and the noun a comma sets it
    off after when a comma or the sentence's end closes it too, however the parse hung it
    ("Germany's central bank, the Bundesbank, said"; not "at its European operations, GM is")."""
    found = []
    listed = listed_apposition(token)
    if token.dep_ == "appos":
        found.append(token.head)
    elif listed is not None:
        found.append(listed)
    if token.dep_ == "compound":
        found.append(token.head)
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        found.extend(child for child in token.head.children if child.dep_ == "attr")
    tokens = doc_tokens(token.doc)
    before = set_off_after(token)
    closing = token.right_edge.i + 1
    closed = closing >= len(tokens) or token_texts(token.doc)[closing] in {",", "."}
    if before is not None and closed and tokens[before].pos_ == "NOUN" and before not in {t.i for t in found}:
        found.append(tokens[before])
    after = token.i + 2 if token.i + 1 < len(tokens) and token_texts(token.doc)[token.i + 1] in {")", ">"} else token.i + 1
    if after + 1 < len(tokens) and tokens[after + 1].dep_ == "det":
        noun = tokens[after + 1].head
        subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() not in lexicon()["description_participles"]
        if set_off_after(noun) == token.i and not subject and noun.i not in {t.i for t in found}:
            found.append(noun)
    return [kind for noun in found for kind in _kinds_of(noun)]


def _kinds_of(noun: Token) -> list[Token]:
    """The noun a describing word stands for: itself, or, for "one", the nouns of its "of"
    phrase ("Yukos, one of Russia's biggest companies": "companies")."""
    if noun.lower_ not in lexicon()["member_words"]:
        return [noun]
    return [kind for kind in prep_objects(noun, "of") if kind.pos_ == "NOUN"] or [noun]


#: What after a place name makes it modify the next word, not close the one before: "of Dallas, Houston-based Y".
_NOT_CLOSING = frozenset({"-", "'s", "'"})

#: What may stand between a company's name and "of <place>": a comma, a wire marker's end, a bracket.
_SKIPPED_BEFORE = frozenset({",", ">", ")"})


def _of_places(ctx: Context) -> Iterator[Fact]:
    """"Continental AG of Hanover", "EVA of Taiwan", "X, of Dallas,", "<Scovill Inc> of the
    U.S.": a company name, "of", then a place name.

    Read from the word order, not the parse, which often hangs the "of" phrase on the first of
    two conjoined names.
    """
    allowed = role_types("Location")["entity"]
    tokens = ctx.tokens
    texts = token_texts(ctx.doc)
    for link in ctx.tokens_of(("of",)):
        if link.lower_ != "of" or ctx.entity_at(link) is not None or link.i in (0, len(tokens) - 1):
            continue
        before = _past_ticker(ctx, next((t for t in reversed(tokens[: link.i]) if not t.is_space and texts[t.i] not in _SKIPPED_BEFORE), None))
        after = next((t for t in tokens[link.i + 1 :] if not t.is_space and t.lower_ != "the"), None)
        if before is None or after is None:
            continue
        entity_id, place = ctx.entity_at(before), ctx.entity_at(after)
        if entity_id is None or ctx.token_kind[before.i] != "name" or ctx.type_of(entity_id) not in allowed:
            continue
        if place is None and after.pos_ == "PROPN" and after.is_title:
            for found in _comma_place(ctx, after.i, None):
                roles = {"entity": entity_id, "place": found}
                yield make_fact("Location", roles, before, "location.of_place", 0.6, "active", {"kind": "headquarters"}, governed=False)
        if place is None or ctx.token_kind[after.i] != "name":
            continue
        if ctx.type_of(place) == "Place":
            for found in (place, *_comma_place(ctx, after.i, place)):
                roles = {"entity": entity_id, "place": found}
                yield make_fact("Location", roles, before, "location.of_place", 0.65, "active", {"kind": "headquarters"}, governed=False)


def _past_ticker(ctx: Context, token: Token | None) -> Token | None:
    """The name a wire ticker in brackets follows, for a ticker no mention holds: "Zorvex
    Discount Group Plc <ZORV.L> of Britain" (the name's last word); any other word as it is."""
    if token is None or ctx.entity_at(token) is not None:
        return token
    return ticker_named(ctx, token) or token


def _comma_place(ctx: Context, start: int, place: str | None) -> list[str]:
    """The larger place a comma sets after a place name, which holds it: "of Glendale, Calif."
    (the state), "of Sydney, Australia" (the country); not the next item of a list ("in
    Vancouver, Calgary and Toronto", "in Texas, Ohio and Utah"), and the place a comma sets after
    that one in turn ("of Calgary, Alberta, Canada"). Without a place, after a town no entity
    names: "of Wayzata, Minn." (Minnesota)."""
    end = start
    while end + 1 < len(ctx.tokens) and ctx.token_entity[end + 1] == place and (place is not None or _unknown_name(ctx, end + 1)):
        end += 1
    if place is None and end - start > 2:
        return []
    if end + 2 >= len(ctx.tokens) or token_texts(ctx.doc)[end + 1] != ",":
        return []
    outer = ctx.token_entity[end + 2]
    if outer is None or outer == place or ctx.type_of(outer) != "Place" or ctx.token_kind[end + 2] != "name":
        return []
    subtypes = lexicon()["container_subtypes"]
    inner = ctx.entities[place].subtype if place is not None else None
    if ctx.entities[outer].subtype not in subtypes or inner in (ctx.entities[outer].subtype, "Country"):
        return []
    after = end + 2
    while after < len(ctx.tokens) and ctx.token_entity[after] == outer:
        after += 1
    if after < len(ctx.tokens) and token_texts(ctx.doc)[after] in _NOT_CLOSING:
        return []
    return [outer, *_comma_place(ctx, end + 2, outer)]


def _unknown_name(ctx: Context, i: int) -> bool:
    """Whether a token is a capitalised proper noun no entity holds: a town the gazetteer lacks."""
    token = ctx.tokens[i]
    return ctx.token_entity[i] is None and token.pos_ == "PROPN" and token.is_title


def _in_places(ctx: Context) -> Iterator[Fact]:
    """"Tennessee Tech in Cookville", "Cox Packing Co. in Devine": a place phrase the parse
    hangs on an organization's name right after it, or that follows a name the wire closes in
    brackets, however the parse hung it ("include <Tarvel Ltd> in the U.K.")."""
    allowed = role_types("Location")["entity"]
    links = frozenset(lexicon()["place_links"])
    texts = token_texts(ctx.doc)
    for link in ctx.tokens_of(links):
        if link.lower_ not in links or link.dep_ != "prep" or ctx.entity_at(link) is not None or link.i == 0:
            continue
        head, before = link.head, ctx.tokens[link.i - 1]
        if texts[before.i] == ">" and link.i >= 2:
            head = before = ctx.tokens[link.i - 2]
        elif ctx.entity_at(head) != ctx.entity_at(before) and head.pos_ not in ("VERB", "AUX"):
            head = before
        entity_id = ctx.entity_at(head)
        if entity_id is None or ctx.entity_at(before) != entity_id or ctx.token_kind[head.i] != "name" or ctx.type_of(entity_id) not in allowed:
            continue
        for obj in link.children:
            place = ctx.entity_at(obj) if obj.dep_ == "pobj" and ctx.token_kind[obj.i] == "name" else None
            if place is not None and place != entity_id and ctx.type_of(place) == "Place":
                for found in (place, *_comma_place(ctx, obj.i, place)):
                    roles = {"entity": entity_id, "place": found}
                    yield make_fact("Location", roles, head, "location.in_place", 0.55, "active", {"kind": "headquarters"}, governed=False)


def _named_places(ctx: Context) -> Iterator[Fact]:
    """"Air Canada", "Ariadne Australia Ltd", "Bank of China": an organisation whose name ends
    in a country, legal suffixes aside, works there, where the story names that country. Read
    at the organisation's first name mention."""
    legal = frozenset(cues()["legal_suffixes"])
    seen: set[str] = set()
    for i, entity_id in enumerate(ctx.token_entity):
        if entity_id is None or entity_id in seen or ctx.token_kind[i] != "name" or ctx.type_of(entity_id) != "Organization":
            continue
        seen.add(entity_id)
        place = named_country([word for word in ctx.entities[entity_id].name.split() if word not in legal])
        place_id = ctx.places.get(place.name.casefold()) if place is not None else None
        if place_id is not None and place_id != entity_id:
            roles = {"entity": entity_id, "place": place_id}
            yield make_fact("Location", roles, ctx.tokens[i], "location.named_place", 0.6, "active", {"kind": "operations"}, governed=False)

