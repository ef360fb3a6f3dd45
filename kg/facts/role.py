"""Role facts: a person's job at an organization.

"JD.com CEO Richard Liu", "Richard Liu, chief executive of JD.com", "BA's chief executive Rod
Eddington", "analyst Mike Powell of Dresdner", "Y was named chairman of X". Title words are data
(``kg/data/facts_lexicon.json``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg import status as kg_status
from kg.entities import place_of_demonym
from kg.facts.common import (
    Context,
    dateline_country,
    is_country,
    lexicon,
    listed_apposition,
    make_fact,
    most_named_before,
    name_counts,
    place_of,
    prep_objects,
    register,
    resolve,
    resolve_all,
    role_types,
    story_country,
    subject_of,
    title_of,
)
from kg.facts.surface import surface_facts
from kg.mentions import cues, demonym_index
from kg.model import STATUS_CLASSES, Fact
from kg.nlp import token_heads, token_sentences

#: Dependency labels by which an organization name attaches to a title or a person.
_ORG_LINKS = ("poss", "compound", "nmod")
#: How an organisation a story is about is named: as a subject, a possessor or an apposition.
_STORY_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "appos"})
#: How a sentence names the country a government title in it is held in ("the US backed", "the US
#: government", "the US current account balance", where the parser made the name a modifier).
_COUNTRY_DEPS = frozenset({"nsubj", "nsubjpass", "compound", "nmod"})


@register("Role")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield a Role fact for every person whose title and organization the parse links, and the
    surface patterns' ones but where the parse read the same role in the same sentence as one to
    come: a pattern holds "Mr X will succeed Y as president of Z" for a role held."""
    surface = [fact for fact in surface_facts(ctx, "Role") if not _place_of_business(ctx, str(fact.roles["organization"]), fact.attributes.get("title"))]
    parsed = list(_parsed_roles(ctx, surface))
    yield from parsed
    yield from _named_next(ctx)
    prospective = {_role_at(fact) for fact in parsed if fact.status_class == "prospective"}
    yield from (fact for fact in surface if _role_at(fact) not in prospective)


def _place_of_business(ctx: Context, organization: str, title: object) -> bool:
    """Whether a Role would put a business title at a place ("John Smith, UK economist at
    Acme", "a UK investment banker"): the place is the market its holder covers or where they
    come from, not an employer (see ``business_titles``)."""
    return ctx.type_of(organization) == "Place" and title in lexicon()["business_titles"]


def _role_at(fact: Fact) -> tuple[object, object, int]:
    """A Role fact's person, organization and sentence."""
    return fact.roles.get("person"), fact.roles.get("organization"), fact.evidence.start


def _parsed_roles(ctx: Context, surface: list[Fact]) -> Iterator[Fact]:
    """Role facts read from the parse: a person's titles, board seats and affiliations; a title
    listed after a name's is held where the parse or a surface pattern put that name's
    ("against Vivendi, its chief executive X and chief operating officer Y")."""
    people = role_types("Role")["person"]
    heads = token_heads(ctx.doc)
    employers: dict[int, list[str]] = {}
    for i, person in enumerate(ctx.token_entity):
        if person is None or ctx.type_of(person) not in people or ctx.token_kind[i] == "pronoun":
            continue
        if ctx.token_entity[heads[i]] == person:
            continue
        token = ctx.tokens[i]
        seen: set[tuple[str, str, str]] = set()
        for title_token, extractor, confidence in _titles(token):
            title = title_of(title_token)
            if title is None:
                continue
            status = _predicate_status(title_token) if extractor == "predicate" else "active"
            organizations = _organizations(ctx, title_token, token) or _conjunct_organizations(ctx, token)
            listed = _listed_before(ctx, title_token) if not organizations and title_token.i < token.i else None
            listed_at = (employers.get(listed) or _surface_employers(ctx, surface, listed)) if listed is not None else []
            if listed_at:
                organizations, extractor, confidence = listed_at, "listed_title", 0.7
            if not organizations and any(c.dep_ == "compound" and c.lower_ in lexicon()["story_title_nouns"] for c in title_token.children):
                organizations = _story_company(ctx, token)
                extractor, confidence = "title_story_company", 0.5
            if (
                not organizations
                and title in lexicon()["story_titles"]
                and not _capitalised_state_title(title_token)
                and not _a_person_s(ctx, title_token)
                and not _held_by_description(title_token)
            ):
                organizations = _organization_before(ctx, token) or _sole_story_company(ctx, token, title_token)
                extractor, confidence = "title_story_organization", 0.5
            if not organizations and _government_title(title_token, title) and not _nationality_given(title_token):
                country = _sentence_country(ctx, title_token)
                if country is None:
                    country = _head_of_state_country(ctx, title_token) if _head_of_state(title_token, title) else _leading_country(ctx, title_token)
                organizations = [country] if country is not None else []
                extractor, confidence = "title_story_country", 0.5
            for organization in [_employer(ctx, found) for found in organizations]:
                if (organization, title, status) in seen or _place_of_business(ctx, organization, title):
                    continue
                seen.add((organization, title, status))
                employers.setdefault(_name_end(ctx, i), []).append(organization)
                roles = {"person": person, "organization": organization}
                yield make_fact("Role", roles, title_token, f"role.{extractor}", confidence, status, {"title": title}, governed=False)
        held = {organization for organization, _, _ in seen}
        board = [fact for fact in _board_memberships(ctx, person, token) if fact.roles["organization"] not in held]
        yield from board
        if not seen and not board:
            yield from _affiliations(ctx, person, token)


def _named_next(ctx: Context) -> Iterator[Fact]:
    """Roles of a title a sentence makes its subject without a name, the person first named as
    the next sentence's subject ("Acme is to build a crossover, the firm's chief has told the
    BBC. Speaking at Geneva, Peter Belknap predicted ...", "An ex-chief financial officer at
    Acme has been jailed. Carl Tarvel admitted ..."): a news lead tells who before naming him.
    Not where the titled sentence names a person, unless only as someone's relation ("... in
    the case against his former chief Tom Kelvaro": the title's holder is another), nor a person
    the next one titles itself; not a plural title ("Telecom analysts Tarvel welcomed it"), nor
    one that may be at two organisations (see :func:`_pronoun_among`). A title listed with
    another is held where that one is ("The founder and former chief of Acme has apologised")."""
    people = role_types("Role")["person"]
    sentences = [sentence for sentence, _ in ctx.sentences]
    for before, after in zip(sentences, sentences[1:]):
        if any(
            entity is not None and ctx.type_of(entity) in people and not _named_as_relation(token)
            for token, entity in zip(before, ctx.token_entity[before.start : before.end])
        ):
            continue
        person = _first_named_subject(ctx, after)
        if person is None:
            continue
        for title_token in before:
            title = title_of(title_token)
            if title is None or title_token.dep_ not in ("nsubj", "nsubjpass") or title_token.tag_ != "NN":
                continue
            organizations = _organizations(ctx, title_token, title_token) or _conjoined_title_organizations(ctx, title_token)
            if len(organizations) != 1 or _place_of_business(ctx, organizations[0], title) or _pronoun_among(ctx, title_token, before):
                continue
            roles = {"person": str(ctx.token_entity[person.i]), "organization": _employer(ctx, organizations[0])}
            yield make_fact("Role", roles, title_token, "role.named_next", 0.6, "active", {"title": title}, governed=False)


def _conjoined_title_organizations(ctx: Context, title: Token) -> list[str]:
    """The organizations of the first title listed with ``title`` that names any ("The founder
    and former chief of Acme": the founder's too)."""
    for other in title.conjuncts:
        if title_of(other) is not None:
            found = _organizations(ctx, other, other)
            if found:
                return found
    return []


def _named_as_relation(name: Token) -> bool:
    """Whether a person's name is given as someone's relation by a possessive pronoun, on the
    name or on the noun it stands beside ("his former chief Tom Kelvaro", "her predecessor, Ann
    Borvia"): the pronoun's person is not the one named."""
    head = name
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
    holders = [head, head.head] if head.dep_ == "appos" else [head]
    pronouns = cues()["person_pronouns"]
    return any(child.dep_ == "poss" and child.lower_ in pronouns for holder in holders for child in holder.children)


def _pronoun_among(ctx: Context, title: Token, sentence: Span) -> bool:
    """Whether a title's possessor is a pronoun in a sentence naming two organisations ("Acme
    bosses have held talks with Borg, its chief has said": whose chief is unsure)."""
    if not any(child.dep_ == "poss" and child.pos_ == "PRON" for child in title.children):
        return False
    return len({entity for entity in ctx.token_entity[sentence.start : sentence.end] if entity is not None and ctx.type_of(entity) == "Organization"}) > 1


def _first_named_subject(ctx: Context, sentence: Span) -> Token | None:
    """The subject of a sentence's main verb when it first names a person with no title of its
    own."""
    people = role_types("Role")["person"]
    subject = next((child for child in sentence.root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or ctx.token_kind[subject.i] != "name":
        return None
    person = ctx.token_entity[subject.i]
    if person is None or ctx.type_of(person) not in people or person in ctx.token_entity[: sentence.start]:
        return None
    return None if any(title_of(title) is not None for title, _, _ in _titles(subject)) else subject


def _listed_before(ctx: Context, title: Token) -> int | None:
    """The last token of the titled name a title before a name follows in a list ("its chairman,
    Sir Tom Kelvaro, and mining chief Ann Belknap", "the company chairman, Joe
    Tarvel, and president, Ida Borvia"): the title is held where that name's is."""
    if any(child.dep_ == "det" for child in title.children):
        return None
    i = title.left_edge.i - 1
    if i < 0 or ctx.tokens[i].lower_ != "and":
        return None
    i -= 1
    if i >= 0 and ctx.tokens[i].text == ",":
        i -= 1
    person = ctx.token_entity[i] if i >= 0 else None
    return i if person is not None and ctx.type_of(person) == "Person" else None


def _surface_employers(ctx: Context, surface: list[Fact], i: int) -> list[str]:
    """The organizations the surface patterns read a role at for the person named at token ``i``,
    in that token's sentence."""
    offset = ctx.tokens[i].idx
    person = ctx.token_entity[i]
    return [
        str(fact.roles["organization"])
        for fact in surface
        if fact.roles.get("person") == person and "organization" in fact.roles and fact.evidence.start <= offset < fact.evidence.end
    ]


def _name_end(ctx: Context, i: int) -> int:
    """The last token of the name a person's token is part of."""
    person = ctx.token_entity[i]
    while i + 1 < len(ctx.token_entity) and ctx.token_entity[i + 1] == person:
        i += 1
    return i


def _a_person_s(ctx: Context, title: Token) -> bool:
    """Whether a title is a person's ("Senator Leahy's spokeswoman", "his spokeswoman"): its
    holder works for that person, not for the story's company."""
    for possessor in title.children:
        if possessor.dep_ != "poss":
            continue
        entity_id = ctx.entity_at(possessor)
        if (entity_id is not None and ctx.type_of(entity_id) == "Person") or possessor.lower_ in cues()["person_pronouns"]:
            return True
    return False


def _held_by_description(title: Token) -> bool:
    """Whether a title's possessor is a noun phrase that names nothing ("the central bank's vice
    president X", "the country's vice president Y"): the holder works there, not at the story's
    company."""
    return any(child.dep_ == "poss" and child.pos_ == "NOUN" for child in title.children)


def _board_memberships(ctx: Context, person: str, token: Token) -> Iterator[Fact]:
    """"X resigned from the board", "A and B were named to the Acme board", "Joining the board
    were A, B and C", "Other members of the board are chairman X, A and B": a person whom a
    clause puts on or off a board, or lists as its member, is a director of its company, or of
    the company the story names most before for a board of none ("the board of directors", not
    "the board of a charity"); a second Role where the person
    holds a title elsewhere ("Borg president X was named to the Acme board")."""
    for board, trigger in _boards(_list_head(token)):
        of = [obj for obj in prep_objects(board, "of") if obj.lemma_.lower() not in lexicon()["board_seat_nouns"]]
        owner = resolve(ctx, board) or next(iter(resolve_all(ctx, of)), None)
        if owner is None and not of and not any(child.dep_ in _ORG_LINKS for child in board.children):
            owner = next(iter(_story_company(ctx, token)), None)
        if owner is not None and ctx.type_of(owner) == "Organization":
            roles = {"person": person, "organization": owner}
            governed = trigger.pos_ in ("VERB", "AUX")
            yield make_fact("Role", roles, trigger, "role.board", 0.6, "active", {"title": lexicon()["board_title"]}, governed=governed)
            return


def _list_head(token: Token) -> Token:
    """The first name of the list or apposition a name is in ("chairman X, president Y, and A,
    B and C": X), where the clause hangs it."""
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("PROPN", "NOUN"):
        token = token.head
    return token


def _boards(head: Token) -> Iterator[tuple[Token, Token]]:
    """Board nouns a clause puts a name on or off, with the word read: a verb of ``board_verbs``
    the name is subject of, or one of ``board_appointment_verbs`` it is object or passive
    subject of, taking the board as object or prepositional object (also a verb hung on the
    clause: "Joining the board were A and B", or a relative clause: "A, who sits on its board");
    or a member noun of a board, or a noun of ``board_seat_nouns``, the name is the subject or
    predicate of a copula with ("Other members of the board are A and B", "The ten former
    outside directors are A and B": the noun read as the board)."""
    lex = lexicon()
    clauses = [(head.head, head.dep_)] if head.dep_ in ("nsubj", "nsubjpass", "attr", "dobj") else []
    for clause in head.children:
        relative = next((child for child in clause.children if child.lower_ in ("who", "whom")), None)
        if clause.dep_ == "relcl" and relative is not None:
            clauses.append((clause, relative.dep_))
    for verb, dep in clauses:
        for word in [verb, *(child for child in verb.children if child.dep_ in ("advcl", "csubj"))]:
            lemma = word.lemma_.lower()
            if not ((lemma in lex["board_verbs"] and dep in ("nsubj", "attr")) or (lemma in lex["board_appointment_verbs"] and dep in ("nsubjpass", "dobj"))):
                continue
            objects = [child for child in word.children if child.dep_ == "dobj"]
            objects.extend(obj for link in ("to", "from", "on", "off") for obj in prep_objects(word, link))
            yield from ((obj, word) for obj in objects if obj.lemma_.lower() in lex["board_nouns"] and obj.pos_ == "NOUN")
        if verb.lemma_.lower() != "be":
            continue
        for member in verb.children:
            if member.dep_ not in ("nsubj", "attr") or member.i == head.i or member.pos_ != "NOUN":
                continue
            if member.lemma_.lower() in lex["board_seat_nouns"]:
                yield member, member
            elif member.lemma_.lower() in lex["board_member_nouns"]:
                boards = [child for child in member.children if child.dep_ == "poss"] + prep_objects(member, "of")
                yield from ((board, member) for board in boards if board.lemma_.lower() in lex["board_nouns"] and board.pos_ == "NOUN")


def _affiliations(ctx: Context, person: str, token: Token) -> Iterator[Fact]:
    """"said Kazuhiro Takahashi of Daiwa Securities", "Birgit Kuhlhoff, from Sal Oppenheim
    investment bank", "Atticus' David Slager told the paper": a person given no title, named
    with "of/from/at" an organisation or as its possession, works there. A place there is where
    the person lives ("Robert Bass of Fort Worth"), not an employer."""
    for possessor in token.children:
        if possessor.dep_ != "poss" and not (possessor.dep_ == "nmod" and any(g.dep_ == "case" for g in possessor.children)):
            continue
        organization = ctx.entity_at(possessor)
        if organization is not None and ctx.type_of(organization) == "Organization" and ctx.token_kind[possessor.i] == "name":
            yield make_fact("Role", {"person": person, "organization": organization}, possessor, "role.affiliation", 0.6, "active", governed=False)
            return
    for link in lexicon()["affiliation_links"]:
        for obj in _link_objects(token, link) + _attribution_link_objects(token, link):
            heads = [obj, *(child for child in obj.children if child.dep_ == "compound")]
            for organization in dict.fromkeys(resolve_all(ctx, heads)):
                if ctx.type_of(organization) == "Organization":
                    roles = {"person": person, "organization": organization}
                    yield make_fact("Role", roles, obj, "role.affiliation", 0.6, "active", governed=False)
                    return


def _attribution_link_objects(person: Token, link: str) -> list[Token]:
    """Objects of a link the parser hung on the report verb of a quote instead of on the person
    named after it: '"Demand is slowing," said Tarvel Belknap, at Zorvex Treasury Services'."""
    verb = person.head
    if person.dep_ != "nsubj" or verb.i > person.i or verb.lemma_.lower() not in lexicon()["report_verbs"]:
        return []
    return [obj for obj in _link_objects(verb, link) if obj.head.i > person.i and obj.head.i - person.i <= 2]


def _conjunct_organizations(ctx: Context, person: Token) -> list[str]:
    """"X's chairman A and chief executive B": a titled person conjoined to another whose title
    names the organization holds a post in that organization too, also where the parser
    conjoined B to A's title ("to succeed Acme's chairman Ann Kelvaro and chief executive
    Tom Belknap")."""
    if person.dep_ == "conj" and ctx.entity_at(person.head) is None and title_of(person.head) is not None:
        return _organizations(ctx, person.head, person.head)
    if person.dep_ != "conj" or ctx.entity_at(person.head) is None:
        return []
    for title_token, _, _ in _titles(person.head):
        if title_of(title_token) is not None:
            found = _organizations(ctx, title_token, person.head)
            if found:
                return found
    return []


def _government_title(title: Token, text: str) -> bool:
    """A minister's title, one of a government office after its field ("Transportation
    Secretary Norman Mineta"; see ``field_government_titles``), or a head of state's ("a letter
    sent to President Maria Tarvel"; see :func:`_capitalised_state_title`) that no noun says is
    held elsewhere ("Council President John Belknap")."""
    lex = lexicon()
    if text in lex["government_titles"]:
        return True
    if _head_of_state(title, text):
        return not any(child.dep_ == "compound" and child.lower_ not in lex["title_modifiers"] for child in title.children)
    return text in lex["field_government_titles"] and title.i > 0 and title.nbor(-1).lower_ in cues()["portfolio_words"]


def _head_of_state(title: Token, text: str) -> bool:
    """Whether a title is a head of state's, not a minister's ("said President Maria Tarvel")."""
    return text not in lexicon()["government_titles"] and _capitalised_state_title(title)


def _head_of_state_country(ctx: Context, title: Token) -> str | None:
    """The country a head of state's title with none in its sentence is held in: the story's,
    if the story is about it, naming it (by name or demonym) more often than all other
    countries together, or filed there ("MANILA, March 22 -"). A story that names other
    countries as often may well quote a foreign head ("President Zorvan Tarvel" in a story
    about Quintara's gas deal with Belknapia)."""
    country = story_country(ctx)
    if country is None:
        return None
    name = ctx.entities[country].name
    if name == dateline_country(ctx.document.dateline):
        return country
    counts = _counts_around(ctx, title)
    return country if 2 * counts.get(name, 0) > sum(counts.values()) else None


def _leading_country(ctx: Context, title: Token) -> str | None:
    """The country a minister's title with none in its sentence is held in: the story's, if the
    rest of the story names it (by name or demonym) more often than any other country; a story
    that names another as often may quote that one's minister ("Prime Minister X has not yet set
    a date for the vote" in a story naming Quintara and Belknapia once each)."""
    country = story_country(ctx)
    if country is None:
        return None
    name = ctx.entities[country].name
    counts = _counts_around(ctx, title)
    return country if all(count < counts[name] for other, count in counts.items() if other != name) else None


def _counts_around(ctx: Context, title: Token) -> Counter[str]:
    """How often the story names each country outside a title's sentence."""
    sentence = token_sentences(ctx.doc)[title.i]
    return _country_counts(ctx, range(sentence.start)) + _country_counts(ctx, range(sentence.end, len(ctx.tokens)))


def _sentence_country(ctx: Context, title: Token) -> str | None:
    """The one country other than the story's that a government title's sentence names as a
    subject or a modifier: the title is held there, not in the story's country ("Quintara may
    lose $1bn, according to tourism minister X", "as President Y said the US backed Belknapia's
    entry"); a country named as where something happens ("told a summit in Chile") or as a
    possessor ("Brazil's Acme could join, President X said") is not it. The story's own
    country is held to the story's rule (see :func:`_head_of_state_country`)."""
    sentence = token_sentences(ctx.doc)[title.i]
    named = {
        entity_id
        for i in range(sentence.start, sentence.end)
        if (entity_id := ctx.token_entity[i]) is not None
        and ctx.token_kind[i] == "name"
        and is_country(ctx, entity_id)
        and ctx.token_entity[ctx.tokens[i].head.i] != entity_id
        and ctx.tokens[i].dep_ in _COUNTRY_DEPS
    }
    return next(iter(named)) if len(named) == 1 and named != {story_country(ctx)} else None


def _country_counts(ctx: Context, positions: range) -> Counter[str]:
    """How often a story names each country, one count per name mention or demonym ("Russia's
    oil", "Russian firms": two for Russia)."""
    counts: Counter[str] = Counter()
    for entity_id, count in name_counts(ctx, positions, lambda entity_id: is_country(ctx, entity_id)).items():
        counts[ctx.entities[entity_id].name] += count
    for i in positions:
        place = demonym_index().get(ctx.tokens[i].text) if ctx.token_kind[i] != "name" else None
        if place is not None and place.subtype == "Country":
            counts[place.name] += 1
    return counts


def _nationality_given(title: Token) -> bool:
    """Whether a title says whose it is by a nationality the story names no country for
    ("French finance minister" in a story about China)."""
    return any(child.dep_ in ("amod", "compound") and place_of_demonym(child.text) is not None for child in title.children)


def _employer(ctx: Context, organization: str) -> str:
    """Who employs the holder of a title in an unnamed unit: the unit's owner ("vice president
    of Toyota's US sales arm" works for Toyota); a named unit employs its own officers."""
    entity = ctx.entities.get(organization)
    if entity is not None and entity.subtype == "BusinessUnit" and organization in ctx.units:
        return ctx.units[organization][0]
    return organization


def _titles(person: Token) -> Iterator[tuple[Token, str, float]]:
    """Title words linked to a person's name, with the pattern's name and reliability."""
    for child in person.children:
        if child.dep_ == "compound" or (child.dep_ == "nmod" and _of_phrase_title(child)):
            yield child, "title_before_name", 0.85
        elif child.dep_ == "appos":
            yield child, "apposition", 0.85
    yield from ((title, "title_before_name", 0.85) for title in _titles_on_first_names(person))
    if person.dep_ == "appos":
        yield _apposed_title(person), "named_apposition", 0.85
    listed = listed_apposition(person)
    if listed is not None:
        yield listed, "listed_apposition", 0.8
    shared = _shared_title(person)
    if shared is not None:
        yield shared, "title_before_name", 0.8
    if person.dep_ == "nsubj":
        yield from _comma_titles(person)
    fragment = _fragment_title(person)
    if fragment is not None:
        yield fragment, "title_before_name", 0.75
    yield from ((title, "predicate", 0.7) for title in _predicate_titles(person))


def _of_phrase_title(title: Token) -> bool:
    """Whether a word the parser hung on a name as a modifier is a title followed by its "of"
    phrase ("Chancellor of the Exchequer X", "Governor of the Bank of Belknap Y")."""
    return title_of(title) is not None and any(child.dep_ == "prep" and child.lower_ == "of" for child in title.children)


def _shared_title(person: Token) -> Token | None:
    """The plural title before the first name of a list a later name is in, when the later name
    has no title of its own ("Acme directors Anna Belknap, Carl Tarvel and Dora Zorvex": each is
    a director of Acme); a singular one is the first name's only ("chairman X and Y")."""
    if any(child.dep_ == "compound" and title_of(child) is not None for child in person.children):
        return None
    first = person
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    if first.i == person.i:
        return None
    return next((child for child in first.children if child.dep_ == "compound" and child.tag_ == "NNS" and title_of(child) is not None), None)


def _predicate_titles(person: Token) -> Iterator[Token]:
    """Titles a clause gives a name: the predicate or "as" object of a verb of ``role_verbs``
    the name is subject or object of ("X became chairman", "Y named X as president"), of one of
    ``succession_verbs`` it is subject of ("X will succeed Y as chairman", "X will take over as
    chief executive"), or a title a role noun object holds ("X will take on the role of
    chairman"); also of the infinitives the verb governs, whose subject the name is ("X was named
    to succeed Y as chairman", "X agreed to become president"), unless they take an object of
    their own ("X agreed to name Y as chairman"). A name in apposition to a title is read where
    the title stands ("its president X will take over as chief executive")."""
    if person.dep_ == "appos" and title_of(person.head) is not None:
        person = person.head
    if person.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return
    lex = lexicon()
    verb = person.head
    verbs = [verb]
    while (verb := next((child for child in verb.children if child.dep_ == "xcomp"), None)) is not None:
        verbs.append(verb)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        governed = verb.i != person.head.i
        objects = [child for child in verb.children if child.dep_ == "dobj"]
        if lemma in lex["succession_verbs"]:
            if person.dep_ == "dobj" and not governed:
                continue
        elif lemma not in lex["role_verbs"] or (governed and objects):
            continue
        yield from (child for child in verb.children if child.dep_ in ("attr", "oprd"))
        yield from prep_objects(verb, "as")
        for noun in [*objects, *prep_objects(verb, "to")]:
            if noun.lemma_.lower() in lex["role_nouns"]:
                yield from prep_objects(noun, "of")


def _titles_on_first_names(person: Token) -> Iterator[Token]:
    """Titles the parser hung on a first name rather than on the name's head ("Prime Minister
    Yulia Tarvel said", "Minister" a compound of "Yulia"); a lower-case word is no name
    ("whose minister father John", "father" tagged a proper noun)."""
    names = [child for child in person.children if _first_name(child)]
    while names:
        name = names.pop()
        for child in name.children:
            if child.dep_ != "compound" or child.i > name.i:
                continue
            if title_of(child) is not None:
                yield child
            elif _first_name(child):
                names.append(child)


def _first_name(token: Token) -> bool:
    """Whether a compound is a capitalised proper noun and no title."""
    return token.dep_ == "compound" and token.pos_ == "PROPN" and token.is_title and title_of(token) is None


def _fragment_title(person: Token) -> Token | None:
    """A title phrase that ends right before a name the parser did not hang it on ("In Paris,
    chairman of Dutch glass maker <Quintara NV> Ann Kelvaro told Reuters", the title
    left on the words before the name): the outermost title the last word before the name is in,
    its phrase running up to the name but for brackets (not from a sentence before), with no
    comma inside (a list or an apposition), and held by no other name."""
    doc = person.doc
    start = person.left_edge.i
    end = start - 1
    while end >= 0 and doc[end].is_bracket:
        end -= 1
    if end < 0 or doc[end].is_punct:
        return None
    title = next((token for token in reversed([doc[end], *doc[end].ancestors]) if title_of(token) is not None), None)
    if title is None or title.pos_ != "NOUN" or title.head.ent_type_ == "PERSON" or title.right_edge.i >= start:
        return None
    return None if any(token.text == "," for token in doc[title.i : start]) else title


def _apposed_title(person: Token) -> Token:
    """The title a name stands in apposition to: its head, or, where the parser hung a second
    title and name on the first title ("Borvia's trade minister Mr Tarvel and Tarnfield's farm
    minister Ann Kelvaro": Kelvaro on the first "minister"), the title conjoined to the
    first name, right before this one. Two titles of one name ("chairman and chief executive
    officer Sheldon Gordon") stay the first's."""
    title = person.head
    for token in reversed(person.doc[title.i + 1 : person.left_edge.i]):
        if token.dep_ == "conj" and token.head.pos_ == "PROPN" and title_of(token) is not None:
            return token
    return title


def _predicate_status(title: Token) -> str:
    """The status of a predicate title, read at the verb it hangs on ("is not the chairman",
    "will be named chief"): negated or prospective there, else active (a past "served as"
    is a role held, not an event)."""
    head = next((verb for verb in title.ancestors if verb.pos_ in ("VERB", "AUX")), title)
    status = kg_status.fact_status(head, "active")
    return "active" if STATUS_CLASSES[status] == "holds" else status


def _comma_titles(person: Token) -> Iterator[tuple[Token, str, float]]:
    """"Y, X chairman, said" parsed as two subjects of "said": the second, right after a comma,
    is the person's title; so is a title phrase right before the name, parsed as a subject of
    its own ("its president of European sales Tom Belknap met"), unless a list
    joins them ("its chairman, X, and finance chief Y resigned": the chairman is X)."""
    doc = person.doc
    for sibling in person.head.children:
        if sibling.dep_ != "nsubj" or sibling.i == person.i:
            continue
        if sibling.i < person.i:
            joined = sibling.right_edge.dep_ in ("cc", "punct")
            if sibling.right_edge.i + 1 == person.left_edge.i and not joined and title_of(sibling) is not None:
                yield sibling, "title_before_name", 0.8
            continue
        between = doc[person.right_edge.i + 1 : sibling.left_edge.i]
        if len(between) and all(t.is_punct or t.is_space for t in between) and any(t.text == "," for t in between):
            yield sibling, "apposition", 0.8


def _organizations(ctx: Context, title: Token, person: Token) -> list[str]:
    """Organizations (or countries) a title is of: its possessor, a name before it, "of/at/for"
    X, a demonym ("Russian President"), or the subject that named the person to it ("X named
    Y as chairman")."""
    heads = [child for child in title.children if child.dep_ in _ORG_LINKS]
    former = _hyphened_former(title)
    if former is not None:
        heads.extend(child for child in former.children if child.dep_ in _ORG_LINKS)
    for link in _own_links(ctx, title):
        heads.extend(_link_objects(title, link))
    if title.head is person or title.dep_ == "compound":
        heads.extend(child for child in person.children if child.dep_ in _ORG_LINKS and child is not title)
        for link in lexicon()["title_links"]:
            heads.extend(_link_objects(person, link))
    if person.dep_ == "dobj" and title.dep_ in ("pobj", "oprd"):
        subject = subject_of(person.head)
        if subject is not None:
            heads.append(subject)
    allowed = role_types("Role")["organization"]
    found = [entity for entity in resolve_all(ctx, heads) if ctx.type_of(entity) in allowed]
    if not found:
        heads.extend(_named_after(title, person))
        found = [entity for entity in resolve_all(ctx, heads) if ctx.type_of(entity) in allowed]
    if not found:
        found = [entity for entity in resolve_all(ctx, _part_owners(ctx, title)) if ctx.type_of(entity) == "Organization"]
    own = resolve(ctx, title)
    if own is not None and ctx.type_of(own) in allowed and own not in found:
        found.append(own)
    for child in title.children:
        place = place_of(ctx, child) if child.dep_ in ("amod", "compound") else None
        if place is not None and place not in found:
            found.append(place)
    return found


def _hyphened_former(title: Token) -> Token | None:
    """The former modifier a hyphen joins to a title ("ex-head"), which the parser may make a
    word of its own that carries the title's possessor ("Acme's ex-head of audit")."""
    doc = title.doc
    if title.i < 2 or doc[title.i - 1].text != "-" or doc[title.i - 1].whitespace_ or doc[title.i - 2].whitespace_:
        return None
    word = doc[title.i - 2]
    return word if word.lower_ in lexicon()["former_modifiers"] else None


def _own_links(ctx: Context, title: Token) -> list[str]:
    """The title links that may name its holder's employer: all, but a host link after an "of"
    organisation ("chairman of the Zorvex Institute for Governance at the University of
    Belknap": the university only houses the institute)."""
    links = lexicon()["title_links"]
    if not any(ctx.type_of(entity) == "Organization" for entity in resolve_all(ctx, _link_objects(title, "of"))):
        return links
    hosts = lexicon()["host_links"]
    return [link for link in links if link not in hosts]


def _part_owners(ctx: Context, title: Token) -> list[Token]:
    """The organisation an unnamed part a title is "of" belongs to ("deputy head of the natural
    disasters department at Acme", "director of Acme's consumer research centre", "head of
    strategy for Acme"): its possessor, or what the part is at, of or for; a company's, not a
    country's ("a board member of Germany's central bank"). A board is no part: "a member of the
    board of Acme" is a director (see :func:`_board_memberships`)."""
    boards = lexicon()["board_nouns"]
    parts = [obj for obj in prep_objects(title, "of") if obj.pos_ == "NOUN" and ctx.entity_at(obj) is None and obj.lemma_.lower() not in boards]
    owners = [child for part in parts for child in part.children if child.dep_ == "poss"]
    owners.extend(obj for part in parts for link in lexicon()["title_links"] for obj in _link_objects(part, link))
    return owners


def _named_after(title: Token, person: Token) -> list[Token]:
    """The name set in apposition right after a title's organisation given as a common noun,
    which the parser hung on the person ("Ann Kelvaro, a director of Borvia's national
    lender, the Borvia Bank, said")."""
    objects = [obj for link in lexicon()["title_links"] for obj in prep_objects(title, link)]
    if not objects or any(obj.pos_ != "NOUN" for obj in objects):
        return []
    doc = title.doc
    comma = title.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    return [child for child in person.children if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == comma + 1]


def _capitalised_state_title(title: Token) -> bool:
    """A title of ``state_titles`` capitalised ("said President Y", "French President Y"), also
    where it opens its sentence ("President Y promised to cut taxes"), is a head of state's or a
    party's, not a company's, and so is its plural ("has served under Presidents X and Y");
    wire copy capitalises company titles too ("Chairman John Tarvel
    said"), so other titles are not read so."""
    return title.is_title and title.lemma_.lower() in lexicon()["state_titles"]


def _organization_before(ctx: Context, person: Token) -> list[str]:
    """The organisation a company title with none in its sentence is held at: the nearest one
    named as a subject, possessor or apposition before the person, in its sentence or the one
    before, if the person's sentence names no other (a news organisation quoted as a source is
    none: see :func:`_quoted_news`); not one named inside a reported clause of
    the sentence before ("Acme's directors have argued that Borg is bigger. Chief executive X met
    shareholders": X is Acme's), as the person's own may be ("Acme plans to sell Borg, chairman X
    said")."""
    sentences = token_sentences(ctx.doc)
    sentence = sentences[person.i]
    start = sentences[sentence.start - 1].start if sentence.start > 0 else 0
    for i in range(person.i - 1, start - 1, -1):
        entity_id = ctx.token_entity[i]
        token = ctx.tokens[i]
        if entity_id is None or ctx.type_of(entity_id) != "Organization" or token.dep_ not in _STORY_DEPS:
            continue
        if i < sentence.start and any(ancestor.dep_ == "ccomp" for ancestor in token.ancestors):
            continue
        others = {
            other
            for other in ctx.token_entity[sentence.start : sentence.end]
            if other is not None and other != entity_id and ctx.type_of(other) == "Organization" and not _quoted_news(ctx, other)
        }
        return [] if others else [entity_id]
    return []


def _quoted_news(ctx: Context, entity_id: str) -> bool:
    """Whether an organisation is a news organisation, named as a source ("According to the
    Belknap Times, chief operating officer X said"), not as a titled person's possible employer."""
    return ctx.entities[entity_id].subtype == "MediaOrganization"


def _sole_story_company(ctx: Context, person: Token, title: Token) -> list[str]:
    """The company a story is about holds a company title given with no organisation near it
    ("'...,' chief executive X said"), if the person's sentence names no other organisation
    ("chief operating officer X said that Acme is kicking the tyres", "Chief executive Y and
    chief financial officer Z have left the firm"). Not a head of state's ("President Tarvel
    promised") nor a title a noun says is held elsewhere ("panel Chairman Z"); a noun that is
    part of the title is no such noun ("said executive vice president X")."""
    own_words = (title_of(title) or "").lower().split()
    if title.text == "President" or any(
        child.dep_ == "compound" and child.pos_ == "NOUN" and child.lower_ not in own_words for child in title.children
    ):
        return []
    sentence = token_sentences(ctx.doc)[person.i]
    named = ctx.token_entity[sentence.start : sentence.end]
    company = _story_company(ctx, person)
    if any(entity_id is not None and ctx.type_of(entity_id) == "Organization" and [entity_id] != company for entity_id in named):
        return []
    return company


def _story_company(ctx: Context, person: Token) -> list[str]:
    """The company a "company" title is held at ("according to company spokesman Edd Snyder",
    "the company chairman, David Cook"): the organization named most often before the person."""
    company = most_named_before(ctx, person.i)
    return [company] if company is not None else []


def _link_objects(token: Token, link: str) -> list[Token]:
    """Objects of a title link, leaving out a possessor misread as one ("analyst X of Y's sale",
    with the "'s" hung on Y or on X); a name ending in "'s" ("head of McDonald's,") is none."""
    return [
        obj
        for obj in prep_objects(token, link)
        if not any(child.dep_ == "case" and _possesses(child) for child in obj.children)
        and not any(child.dep_ == "case" and child.i > obj.i and _possesses(child) for child in token.children)
    ]


def _possesses(case: Token) -> bool:
    """Whether a possessive "'s" is followed by what it possesses."""
    following = case.nbor(1) if case.i + 1 < len(case.doc) else None
    return following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
