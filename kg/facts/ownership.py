"""Ownership facts: X owns Y, X holds a 20% stake in Y, X's subsidiary Y, Y, a unit of X, its logistics operations.

The triggers and the slots that fill each role are data (`kg/data/fact_triggers.json`); business
units the entities stage made from possessed unit phrases come with their owner.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span, Token

from kg.entities import name_key
from kg.mentions import company_index, cues, place_index
from kg.facts.common import (
    Context,
    conjuncts,
    dateline_country,
    frame_facts,
    is_country,
    lexicon,
    make_fact,
    owned_share,
    place_of,
    prep_objects,
    register,
    resolve,
    resolve_all,
    share_value,
    span_root,
    story_country,
    story_facts,
    subject_of,
    triggers,
    unshare,
)
from kg.facts.surface import surface_facts
from kg.model import Fact
from kg.nlp import is_past


@register("Ownership")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the Ownership facts every Ownership trigger frame finds, the stakes whose company
    only the rest of the story names, and one per business unit."""
    rest = [*_rest_not_owned(ctx), *_rest_not_held_by(ctx)]
    found = [fact for fact in (*frame_facts(ctx, "Ownership"), *surface_facts(ctx, "Ownership")) if not _reads_rest_as_denied(fact, rest)]
    yield from found
    yield from story_facts(ctx, "Ownership", found)
    yield from _business_units(ctx)
    yield from _named_after_owner(ctx, found)
    yield from _members(ctx)
    yield from _state_owned(ctx)
    yield from _state_companies(ctx)
    yield from rest
    yield from _possessed_companies(ctx)
    yield from _possessed_products(ctx)
    yield from _formed_by(ctx)
    yield from _group_parts(ctx)
    yield from _stakes_on_offer(ctx)
    yield from _completed_purchases(ctx)
    yield from _stakes_given(ctx)


def _stakes_given(ctx: Context) -> Iterator[Fact]:
    """"The purchase gave Acme a majority stake in Borg", "which, with the shares it owned before,
    gives it a 17.3 pct stake in Borg": a stake that a giving verb (``stake_giving_verbs``)
    has for object, in a clause that states a fact, is held by the verb's indirect object, with the
    share it states; one that would be given ("would give him a 92.4 pct interest") is not yet."""
    lex = lexicon()
    nouns = frozenset(lex["stake_on_offer_nouns"])
    verbs = frozenset(lex["stake_giving_verbs"])
    for noun in ctx.tokens_of(nouns):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
            continue
        receiver = next((child for child in verb.children if child.dep_ in ("dative", "iobj")), None)
        owner = resolve(ctx, receiver) if receiver is not None else None
        owned_token, share_span = unshare(noun, ctx)
        owned = resolve(ctx, owned_token) if owned_token.i != noun.i else None
        if owner is None or owned is None or owner == owned or ctx.type_of(owned) != "Organization":
            continue
        yield from _held_once_done({"owner": owner, "owned": owned}, verb, noun, "ownership.stake_given", share_span)


def _held_once_done(roles: dict[str, str], verb: Token, noun: Token, extractor: str, share_span: Span | None) -> Iterator[Fact]:
    """The holding a deal leaves, with the share it states, where the verb's clause tells the deal
    as done (read as "completed"); a deal to come or one that would be done leaves none yet."""
    share = share_value(share_span)
    attributes = {"share": share} if share is not None else {}
    if make_fact("Ownership", roles, verb, extractor, 0.6, "completed", attributes).status == "completed":
        yield make_fact("Ownership", roles, noun, extractor, 0.6, "active", attributes, governed=False)


def _completed_purchases(ctx: Context) -> Iterator[Fact]:
    """"Acme said it completed the acquisition of Borg", "Acme has closed its purchase of an 80 pct
    interest in Borg": a purchase noun (``completed_purchase_nouns``) that a completing verb
    (``purchase_completing_verbs``) in a finished clause has for object is done, so the buyer (the
    noun's possessor, else the verb's subject) owns each company it bought, that share of it. A
    common noun that stands for no company itself names those of its appositions ("two banks,
    Borg Bank, based in Ohio, and Zorvex Bank"), not one modifying it ("66 Borg stores" are no
    company bought). A sale noun (``completed_sale_nouns``) so completed gives its "to" object
    what was sold, the parser hanging it on the noun or the verb ("Acme completed the sale of its
    Borg unit to Zorvex": Zorvex owns Borg). A
    purchase or sale noun alone ("its acquisition of Borg") is completed only by default, so the
    Acquisition it gives derives no ownership."""
    lex = lexicon()
    sales = frozenset(lex["completed_sale_nouns"])
    nouns = sales.union(lex["completed_purchase_nouns"])
    verbs = frozenset(lex["purchase_completing_verbs"])
    for noun in ctx.tokens_of(nouns):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs or not is_past(verb):
            continue
        if noun.lemma_.lower() in sales:
            buyer = next(iter(prep_objects(noun, "to") + prep_objects(verb, "to")), None)
        else:
            buyer = next((child for child in noun.children if child.dep_ == "poss"), None) or subject_of(verb)
        owner = resolve(ctx, buyer) if buyer is not None else None
        if owner is None or ctx.type_of(owner) not in ("Organization", "Person"):
            continue
        for bought in prep_objects(noun, "of"):
            owned_token, share_span = unshare(bought, ctx)
            named = [owned_token]
            if owned_token.pos_ == "NOUN" and ctx.entity_at(owned_token) is None:
                named = [child for child in owned_token.children if child.dep_ == "appos"]
            for name in (item for child in named for item in conjuncts(child)):
                owned = resolve(ctx, name)
                if owned is None or owned == owner or ctx.type_of(owned) != "Organization":
                    continue
                yield from _held_once_done({"owner": owner, "owned": owned}, verb, noun, "ownership.completed_purchase", share_span)


def _stakes_on_offer(ctx: Context) -> Iterator[Fact]:
    """"Acme agreed to sell its 54.5 pct interest in Borg", "Zorvex agreed to acquire Acme's 38 pct
    stake in Borg": a stake of a given size that its holder possesses, the object of a sale or
    purchase verb (``stake_sale_verbs``, ``stake_purchase_verbs``) not yet done, is that share of
    the company, held now. A sale done ("Acme sold its 40 pct stake in Borg") leaves none, and a
    share that is no possessed stake ("Acme will sell 25 pct of Borg") only a part of what Acme
    holds. "Its" on a stake sold is the seller's, the verb's subject where it has one ("Acme's
    unit, Borg, plans to sell its 40 pct stake": Borg's), and on a stake bought anyone's, so it
    names no holder."""
    lex = lexicon()
    nouns = frozenset(lex["stake_on_offer_nouns"])
    sales = frozenset(lex["stake_sale_verbs"])
    verbs = sales.union(lex["stake_purchase_verbs"])
    for noun in ctx.tokens_of(nouns):
        verb = noun.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
            continue
        possessor = next((child for child in noun.children if child.dep_ == "poss"), None)
        if possessor is not None and possessor.tag_ == "PRP$":
            possessor = (subject_of(verb) or possessor) if verb.lemma_.lower() in sales else None
        owner = resolve(ctx, possessor) if possessor is not None else None
        owned_token, share_span = unshare(noun)
        owned = resolve(ctx, owned_token) if owned_token.i != noun.i else None
        share = share_value(share_span)
        if owner is None or owned is None or owner == owned or share is None or ctx.type_of(owned) != "Organization":
            continue
        roles = {"owner": owner, "owned": owned}
        if make_fact("Ownership", roles, verb, "ownership.stake_on_offer", 0.55, "completed").status != "completed":
            yield make_fact("Ownership", roles, noun, "ownership.stake_on_offer", 0.55, "active", {"share": share}, governed=False)


def _group_parts(ctx: Context) -> Iterator[Fact]:
    """"Zorvex SpA, a member of the Acme Group", "Zorvex is part of the Acme Group": a company a
    member or part (``group_part_nouns``) of a group whose name ends in a group word
    (``group_name_endings``) is owned by it; the surface pattern ``part_of`` reads the group word
    only when it is no part of the name ("a member of the Acme group"). The group must be named
    as the whole "of" object, not possess it ("part of the Acme Group's plan")."""
    lex = lexicon()
    parts = frozenset(lex["group_part_nouns"])
    endings = frozenset(lex["group_name_endings"])
    for noun in ctx.tokens_of(parts):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in parts:
            continue
        if noun.dep_ == "appos":
            member: Token | None = noun.head
        elif noun.dep_ == "attr":
            member = next((child for child in noun.head.children if child.dep_ == "nsubj"), None)
        else:
            member = None
        owned = resolve(ctx, member) if member is not None else None
        if owned is None or ctx.type_of(owned) != "Organization":
            continue
        for group in prep_objects(noun, "of"):
            owner = ctx.entity_at(group) if ctx.token_kind[group.i] == "name" else None
            if owner is None or owner == owned or ctx.type_of(owner) != "Organization":
                continue
            if ctx.entities[owner].name.split()[-1].lower() in endings:
                roles = {"owner": owner, "owned": owned}
                yield make_fact("Ownership", roles, noun, "ownership.group_part", 0.6, "active", governed=noun.dep_ == "attr")


def _formed_by(ctx: Context) -> Iterator[Fact]:
    """"Quintara, a partnership formed by Acme Corp and Borg Inc", "Tarvel Acquisition Corp,
    formed by Acme Corp", "Zorvex is a Delaware corporation formed by Acme": whoever formed a
    named company (``company_founders`` participles, with their "by" agents) owns it. A
    company still to be formed ("to be formed by X") is none yet."""
    founders = frozenset(cues()["company_founders"])
    for verb in ctx.tokens_of(founders):
        if verb.lemma_.lower() not in founders or verb.tag_ != "VBN" or verb.dep_ != "acl":
            continue
        if any(child.dep_ == "aux" for child in verb.children):
            continue
        formed = _formed_company(ctx, verb.head)
        if formed is None:
            continue
        for owner in resolve_all(ctx, prep_objects(verb, "by")):
            if owner != formed and ctx.type_of(owner) in ("Organization", "Person"):
                yield make_fact("Ownership", {"owner": owner, "owned": formed}, verb, "ownership.formed_by", 0.6, "active", governed=False)


def _formed_company(ctx: Context, noun: Token) -> str | None:
    """The named company a noun a participle modifies is: its own name, or the name a common noun
    is in apposition to or the predicate of ("X, a partnership formed by", "X is a corporation
    formed by")."""
    if ctx.token_kind[noun.i] == "name":
        named: Token | None = noun
    elif noun.dep_ == "appos":
        named = noun.head
    elif noun.dep_ == "attr":
        named = next((child for child in noun.head.children if child.dep_ == "nsubj"), None)
    else:
        named = None
    entity_id = ctx.entity_at(named) if named is not None and ctx.token_kind[named.i] == "name" else None
    return entity_id if entity_id is not None and ctx.type_of(entity_id) == "Organization" else None


def _business_units(ctx: Context) -> Iterator[Fact]:
    """"its logistics operations", "Gelco's Canadian unit": the possessor owns the unit."""
    for unit, (owner, start, end) in sorted(ctx.units.items(), key=lambda item: item[1][1]):
        root = span_root(ctx.doc, start, end)
        if root is not None and owner != unit:
            roles = {"owner": owner, "owned": unit}
            yield make_fact("Ownership", roles, root, "ownership.business_unit", 0.7, "active", governed=False)


def _named_after_owner(ctx: Context, found: Sequence[Fact]) -> Iterator[Fact]:
    """"Union Carbide France", "Barclays Capital", "Chase Manhattan Bank" beside "Chase Manhattan
    Corp": a company named as another company's name and more words is that company's
    subsidiary, read at its first mention. The owner must be named in a form of its own
    ("Union Carbide Corp") or before the longer name: a name met first as the front of the
    longer one is a short form of it ("Safeway Stores Inc ... Safeway"). A name joining two
    ("Amoco and Exxon") or ending in a word of ``not_unit_endings`` ("HLM Associates II") is
    no unit, nor is one ending in a model number ("Zorvex Z300s", "Borg X5": products), nor one
    its sentences (``found``) say owns the other ("Acme International Ltd said its North American
    unit, Acme Inc": the longer name is the parent)."""
    stated = {(fact.roles["owner"], fact.roles["owned"]) for fact in found}
    organizations = {e.id: e.name for e in ctx.entities.values() if e.type == "Organization"}
    named_apart = {e.id for e in ctx.entities.values() if e.aliases}
    first: dict[str, int] = {}
    for i, entity_id in enumerate(ctx.token_entity):
        if entity_id in organizations and ctx.token_kind[i] == "name":
            first.setdefault(entity_id, i)
    endings = set(lexicon()["not_unit_endings"])
    for owned, name in organizations.items():
        words = name.split()
        if owned not in first or words[-1].lower().strip("()") in endings or any(char.isdigit() for char in words[-1]):
            continue
        for owner, prefix in organizations.items():
            if owner == owned or owner not in first or name_key(name) == name_key(prefix):
                continue
            if (owner not in named_apart and first[owner] > first[owned]) or (owned, owner) in stated:
                continue
            front = next((k for k in range(1, len(words)) if name_key(" ".join(words[:k])) == name_key(prefix)), None)
            if front is not None and not {"and", "&"} & {word.lower() for word in words[front:]}:
                trigger = ctx.tokens[first[owned]]
                yield make_fact("Ownership", {"owner": owner, "owned": owned}, trigger, "ownership.named_after_owner", 0.5, "active", governed=False)


def _possessed_companies(ctx: Context) -> Iterator[Fact]:
    """"its Tarvel Gas Co, or Belknap Pipeline Corp", "Zorvex Corp's Quintara Oil Co": a
    company or person possesses a company named in full (with a legal suffix) that it owns, and
    the brand or company it names by a bare name (see :func:`_possessed_brand`); "its wholly
    owned Quintara Inc" says it owns all of it. A place's company ("Japan's Toyota Motor Corp")
    is located there, not owned, and a company a counterpart noun describes ("Acme and its rival
    Borg Inc", "its partner Zorvex Corp") is another's."""
    suffixes = frozenset(cues()["legal_suffixes"])
    counterparts = frozenset(lexicon()["counterpart_nouns"])
    for possessor in ctx.tokens:
        if possessor.dep_ != "poss":
            continue
        owner = resolve(ctx, possessor)
        if owner is None or ctx.type_of(owner) not in ("Organization", "Person"):
            continue
        head = possessor.head
        if ctx.entity_at(head) is None or any(possessor.i < child.i < head.i and child.lemma_.lower() in counterparts for child in head.children):
            continue
        for name in [head, *(item for item in conjuncts(head) if item.i > head.i)]:
            owned = ctx.entity_at(name)
            if owned is None or owned == owner or ctx.token_kind[name.i] != "name" or ctx.type_of(owned) not in ("Organization", "Product"):
                continue
            if name.text in suffixes or (name.i == head.i and _possessed_brand(ctx, possessor, owner, owned)):
                share = owned_share(name)
                attributes = {"share": share} if share is not None else {}
                yield make_fact("Ownership", {"owner": owner, "owned": owned}, name, "ownership.possessed_company", 0.6, "active", attributes, governed=False)


def _possessed_products(ctx: Context) -> Iterator[Fact]:
    """"its Opel and Vauxhall models", "its Iressa drug": a company owns the products it names
    before a product noun (``product_heads``) it possesses, or right after it ("Acme's popular
    hypertension drug Zorvex")."""
    heads = frozenset(word.lower() for word in cues()["product_heads"])
    for noun in ctx.tokens_of(heads):
        possessor = next((child for child in noun.children if child.dep_ == "poss"), None)
        if noun.pos_ != "NOUN" or possessor is None:
            continue
        owner = resolve(ctx, possessor)
        if owner is None or ctx.type_of(owner) != "Organization":
            continue
        names = [child for child in noun.children if child.dep_ in ("compound", "nmod") and possessor.i < child.i < noun.i]
        after = [child for child in noun.children if child.dep_ == "appos" and child.i == noun.i + 1 and ctx.token_kind[child.i] == "name"]
        for name in (item for child in [*names, *after] for item in conjuncts(child)):
            owned = ctx.entity_at(name)
            if owned is not None and owned != owner and ctx.type_of(owned) == "Product":
                yield make_fact("Ownership", {"owner": owner, "owned": owned}, name, "ownership.possessed_product", 0.6, "active", governed=False)


def _possessed_brand(ctx: Context, possessor: Token, owner: str, owned: str) -> bool:
    """Whether a bare name a company's or a person's possessive is set on is something it owns
    ("Sony's Playstation", "Altria's Philip Morris", "Mr Tarvel's Zephyr"). The possessor
    must be a person or a company, not a public body ("the IMF's European Department"), a
    broadcaster ("the BBC's World Business Report") or a name of unknown kind (often a town:
    "Leeds' Belknap Centre"); the name must not be a body's ("the Fed's Open Market
    Committee"), nor one a common noun describes first ("its sibling X3"), nor follow a plain
    noun's possessive ("Acme main shareholders' group Zorvex")."""
    if possessor.pos_ not in ("PROPN", "PRON"):
        return False
    holder = ctx.entities[owner]
    if holder.type != "Person" and holder.subtype != "Company":
        return False
    if frozenset(cues()["public_body_words"]) & set(ctx.entities[owned].name.split()):
        return False
    head = possessor.head
    return not any(child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < head.i for child in head.children)


def _members(ctx: Context) -> Iterator[Fact]:
    """What a company lists with "include", "comprise" or "consist of": its holdings (see
    :func:`_holdings`) or, where the company itself is the subject, its members (see
    :func:`_made_of`). Its holdings may also be listed after "are" or "is" ("Acme's main European
    brands are Borg and Zorvex", "Its principal subsidiary is Borg Inc") or as the ends of a
    range (see :func:`_range_ends`)."""
    verbs = frozenset(lexicon()["group_member_verbs"])
    ranges = frozenset(lexicon()["holding_range_verbs"])
    for verb in ctx.tokens_of([*verbs, *ranges, "be"]):
        copula = verb.lemma_.lower() == "be"
        if not copula and (verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs.union(ranges)):
            continue
        if verb.lemma_.lower() in ranges:
            objects = _range_ends(ctx, verb)
        else:
            objects = [child for child in verb.children if child.dep_ in ("dobj", "attr")] + prep_objects(verb, "of")
        listed = resolve_all(ctx, [*objects, *_semicolon_items(ctx, objects), *_listed_past_places(ctx, objects)])
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN":
            yield from _holdings(ctx, verb, subject, listed)
        elif not copula and verb.lemma_.lower() not in ranges:
            yield from _made_of(ctx, verb, listed)


def _range_ends(ctx: Context, verb: Token) -> list[Token]:
    """The ends of "range from A to B", each with the names before it ("from jet engines to the
    Acme television channel": the channel is Acme's)."""
    ends = prep_objects(verb, "from") + prep_objects(verb, "to")
    return [*ends, *(child for end in ends for child in end.children if child.dep_ == "compound" and ctx.token_kind[child.i] == "name")]


def _listed_past_places(ctx: Context, objects: list[Token]) -> list[Token]:
    """Names the parser conjoined to the place an item is qualified by, where a list goes on past
    it ("include A and B in the US and C and D in Europe": C is hung on "US")."""
    found: list[Token] = []
    for item in (listed for obj in objects for listed in conjuncts(obj)):
        for place in prep_objects(item, "in"):
            if place_of(ctx, place) is None:
                continue
            found.extend(later for later in place.conjuncts if later.i > place.i and place_of(ctx, later) is None)
    return found


def _semicolon_items(ctx: Context, objects: list[Token]) -> list[Token]:
    """The names opening each part of a list set apart by semicolons after the first object, which
    the parser hangs anywhere ("include A Corp, based in Cleveland, which employs 880 people; B
    Corp, based in Elyria; and C Corp in Santa Ana")."""
    if not objects:
        return []
    first = objects[0]
    found: list[Token] = []
    after_semicolon = False
    for token in first.sent:
        if token.i <= first.i:
            continue
        if token.text == ";":
            after_semicolon = True
        elif after_semicolon and not (token.is_space or token.lower_ in ("and", "or")):
            if ctx.entity_at(token) is not None and ctx.token_kind[token.i] == "name":
                found.append(token)
            after_semicolon = False
    return found


def _holdings(ctx: Context, verb: Token, subject: Token, listed: list[str]) -> Iterator[Fact]:
    """"GM, whose brands include Buick and Cadillac", "its units include Y", "Acme brands include
    Borg": the possessor, or the company named before the noun, owns each of its holdings
    (``holding_nouns``; not its customers)."""
    if subject.lemma_.lower() not in lexicon()["holding_nouns"]:
        return
    possessor = next((child for child in subject.children if child.dep_ == "poss"), None)
    if possessor is not None and possessor.tag_ == "WP$" and verb.dep_ == "relcl":
        possessor = verb.head
    if possessor is None:
        possessor = next((child for child in subject.children if child.dep_ == "compound" and ctx.token_kind[child.i] == "name"), None)
    owner = ctx.entity_at(possessor) if possessor is not None else None
    if owner is None or ctx.type_of(owner) != "Organization":
        return
    for owned in listed:
        if owned != owner and ctx.type_of(owned) in ("Organization", "Product"):
            yield make_fact("Ownership", {"owner": owner, "owned": owned}, verb, "ownership.possessed_members", 0.6, "active", governed=False)


def _made_of(ctx: Context, verb: Token, listed: list[str]) -> Iterator[Fact]:
    """"Kelvaro Holdings Co, comprising investors Ann Belknap and Tarvel Industries", "Theta
    Corp, which also includes Borvia Capital Corp": a named company made up of companies
    or people is owned by each of them. The company must be named, not described ("the board,
    which includes X" names a director, not an owner), though the clause may hang on a group
    noun in apposition to its name (``member_group_nouns``: "Zorvex Inc, a group consisting of
    Acme and Borg", "Zorvex Corp, the investor group that includes Acme"); a bare "the group"
    points back to a group named before, whatever the parser hangs it on ("In a letter to
    Zorvex Corp, the group, which includes Acme, raised its bid")."""
    group = verb.head if verb.dep_ in ("relcl", "acl") else subject_of(verb)
    if group is not None and group.dep_ == "appos" and group.pos_ == "NOUN" and group.lemma_.lower() in lexicon()["member_group_nouns"]:
        if [child.lower_ for child in group.lefts] == ["the"]:
            return
        group = group.head
    owned = ctx.entity_at(group) if group is not None and ctx.token_kind[group.i] == "name" else None
    if owned is None or ctx.type_of(owned) != "Organization":
        return
    for owner in listed:
        if owner != owned and ctx.type_of(owner) in ("Organization", "Person"):
            yield make_fact("Ownership", {"owner": owner, "owned": owned}, verb, "ownership.members", 0.55, "active", governed=False)


def _state_owned(ctx: Context) -> Iterator[Fact]:
    """"State-owned Rosneft", "state-controlled oil company Rosneft", "French state-owned
    Renault", "the Chinese state-run banks - X and Y", "<Banco X>, a state-owned merchant bank":
    the country owns the company. The country is a place modifying the phrase, else one the
    company's name holds ("Bank of China"), else the company file's country for it, else the
    first its sentence names, else the one the story names most."""
    lex = lexicon()
    owners = frozenset(lex["state_owner_words"])
    for participle in ctx.tokens_of(lex["state_owned_participles"]):
        if participle.lower_ not in lex["state_owned_participles"] or not _after_state_word(ctx, participle, owners):
            continue
        if participle.dep_ not in ("amod", "compound", "nmod"):
            continue
        noun = participle.head
        while noun.dep_ == "compound" and ctx.entity_at(noun) is None and noun.head.i != noun.i:
            noun = noun.head
        for owned in resolve_all(ctx, [noun]):
            country = _country_of_state(ctx, noun, owned) if ctx.type_of(owned) == "Organization" else None
            if country is not None:
                yield make_fact("Ownership", {"owner": country, "owned": owned}, participle, "ownership.state_owned", 0.6, "active", governed=False)


def _state_companies(ctx: Context) -> Iterator[Fact]:
    """"state oil firm Zorvex", "Tarvelian state bank Borg": a company a state company noun
    (``state_company_nouns`` after one of ``state_owner_words``, other nouns only between)
    names is owned by the country its phrase, name or company file gives, else the story's
    home country (:func:`_home_country`): another country its sentence names is often a
    deal's ("State oil firm Zorvex bought a stake in Borg, a U.S. company"). The noun must
    name the company it modifies: "a state bank in Ohio" names none."""
    lex = lexicon()
    owners = frozenset(lex["state_owner_words"])
    nouns = frozenset(lex["state_company_nouns"])
    for word in ctx.tokens_of(owners):
        if word.lower_ not in owners or word.pos_ != "NOUN" or word.dep_ != "compound":
            continue
        noun, described = word.head, False
        while noun.dep_ == "compound" and ctx.entity_at(noun) is None and noun.head.i != noun.i:
            described = described or noun.lemma_.lower() in nouns
            noun = noun.head
        owned = ctx.entity_at(noun) if ctx.token_kind[noun.i] == "name" else None
        if not described or owned is None or ctx.type_of(owned) != "Organization":
            continue
        country = _named_country_of_state(ctx, noun, owned) or _home_country(ctx)
        if country is not None:
            yield make_fact("Ownership", {"owner": country, "owned": owned}, word, "ownership.state_company", 0.6, "active", governed=False)


def _home_country(ctx: Context) -> str | None:
    """The country a wire story was filed in ("ROME, June 2 -": Italy), when the story names
    it; a story with no dateline, the country it names most."""
    if not ctx.document.dateline:
        return story_country(ctx)
    filed = dateline_country(ctx.document.dateline)
    return ctx.places.get(filed.casefold()) if filed is not None else None


def _after_state_word(ctx: Context, participle: Token, owners: frozenset[str]) -> bool:
    """Whether "state" or "government" comes right before the participle, hyphened or not."""
    i = participle.i
    before = ctx.tokens[i - 1] if i > 0 else None
    if before is not None and before.text == "-" and i > 1:
        before = ctx.tokens[i - 2]
    return before is not None and before.lower_ in owners


def _country_of_state(ctx: Context, noun: Token, owned: str) -> str | None:
    """The country whose state owns the company a noun phrase describes (see :func:`_state_owned`);
    none where the company's name holds a country the story does not name ("State-owned Zorvex
    Bank of Norway has bought a share of Borg SA, registered in Luxembourg": not Luxembourg's)."""
    named = _named_country_of_state(ctx, noun, owned)
    if named is not None:
        return named
    if _holds_country_name(ctx.entities[owned].name):
        return None
    sentence = noun.sent
    named = next((ctx.token_entity[t.i] for t in sentence if ctx.token_entity[t.i] is not None and is_country(ctx, ctx.token_entity[t.i])), None)
    return named or story_country(ctx)


def _holds_country_name(name: str) -> bool:
    """Whether a company's name holds a country's name or alias ("Zorvex Bank of Norway")."""
    padded = f" {name} "
    return any(place.subtype == "Country" and f" {form} " in padded for form, place in place_index().items())


def _named_country_of_state(ctx: Context, noun: Token, owned: str) -> str | None:
    """The country a state company's own phrase, name or company file gives (see
    :func:`_country_of_state`)."""
    for child in noun.children:
        place = place_of(ctx, child) if child.dep_ in ("amod", "compound", "poss", "nmod") else None
        if place is not None and is_country(ctx, place):
            return place
    name = ctx.entities[owned].name
    for place_id, place in ctx.entities.items():
        if is_country(ctx, place_id) and f" {place.name} " in f" {name} ":
            return place_id
    company = company_index().get(name)
    known = ctx.places.get(company.country.casefold()) if company is not None and company.country else None
    return known if known is not None and is_country(ctx, known) else None


def _rest_not_owned(ctx: Context) -> Iterator[Fact]:
    """"a tender for the 45 pct of Y it does not already own": who speaks owns the rest of Y
    (55 pct); "all the shares of Y it does not own": some of Y."""
    for verb in ctx.tokens_of(lexicon()["own_words"]):
        if verb.lower_ not in lexicon()["own_words"] or not any(child.dep_ == "neg" for child in verb.children):
            continue
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        antecedent = _clause_antecedent(ctx, verb)
        if antecedent is None:
            continue
        owner = resolve(ctx, subject) if subject is not None else None
        yield from _the_rest(ctx, verb, owner, *unshare(antecedent), "ownership.rest_not_owned")


def _rest_not_held_by(ctx: Context) -> Iterator[Fact]:
    """"the 45 pct of Y not owned by X", "all shares of Y not held by X": the part a negated
    holding participle sets apart is what X lacks, so X holds the rest of Y (55 pct), not none."""
    participles = frozenset(triggers()["holding_participles"])
    for verb in ctx.tokens:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in participles or not any(child.dep_ == "neg" for child in verb.children):
            continue
        antecedent = _clause_antecedent(ctx, verb)
        if antecedent is None:
            continue
        shared = unshare(antecedent, ctx)
        for agent in prep_objects(verb, "by"):
            yield from _the_rest(ctx, verb, resolve(ctx, agent), *shared, "ownership.rest_not_held_by")


def _the_rest(ctx: Context, verb: Token, owner: str | None, owned_token: Token, share_span: Span | None, extractor: str) -> Iterator[Fact]:
    """The holding of the rest of a company by the one who lacks the part a negated holding verb
    sets apart: 55 pct of Y for "the 45 pct of Y it does not own", some of Y where no part is
    given."""
    owned = resolve(ctx, owned_token)
    if owner is None or owned is None or owner == owned or ctx.type_of(owned) != "Organization":
        return
    share = share_value(share_span)
    attributes = {"share": round(1 - share, 4)} if share is not None and 0 < share < 1 else {}
    yield make_fact("Ownership", {"owner": owner, "owned": owned}, verb, extractor, 0.65, "active", attributes, governed=False)


def _reads_rest_as_denied(fact: Fact, rest: Sequence[Fact]) -> bool:
    """Whether ``fact`` denies a holding that a rest-of-the-company reading of the same sentence
    affirms: the frame read "not owned by X" as no ownership at all."""
    return fact.status_class == "negative" and any(
        other.roles == fact.roles and other.evidence.start == fact.evidence.start for other in rest
    )


def _clause_antecedent(ctx: Context, verb: Token) -> Token | None:
    """What a relative clause with no relative pronoun is about: the noun it modifies, or where
    the parse hung the clause elsewhere, the share noun (else the noun) just before it ("the 45
    pct of Y it does not own", with "own" parsed as a complement of the main verb; "an offer
    for all common stock of Y it does not already own", with the clause hung on "offer", not on
    the share noun)."""
    start = verb.left_edge.i
    if verb.dep_ == "relcl" and (verb.head.i == start - 1 or unshare(verb.head)[1] is not None):
        return verb.head
    before = ctx.tokens[start - 1] if start > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    node = before
    while node.dep_ in ("pobj", "prep", "compound") and node.head.i != node.i:
        node = node.head
        if unshare(node)[1] is not None:
            return node
    return before
