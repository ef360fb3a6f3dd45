"""What every fact extractor shares: the context, entity lookup, tree walking and trigger frames.

Extractors read the dependency parse, never raw strings: a trigger word (data in
``kg/data/fact_triggers.json``) names the fact type, and syntactic slots around it (subject,
object, possessor, prepositions) fill the fact's roles through the mentions helper 1 resolved.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg import status as kg_status
from kg import values
from kg.data import json_data
from kg.entities import place_of_demonym, stranded_agents, unit_owners
from kg.mentions import cues, place_index, ticker_tail
from kg.errors import KgError
from kg.nlp import doc_memo, doc_sentences, doc_tokens, expanded_span, in_phrase, span_text, token_lemmas, token_lowers, token_sentences, token_texts
from kg.model import FACT_TYPES, LIST_ROLES, STATUS_CLASSES, Document, Entity, Evidence, Fact, Mention

#: The shape of every extractor: a context in, facts out.
Extractor = Callable[["Context"], Iterator[Fact]]

#: fact type -> extractor, filled by :func:`register`.
REGISTRY: dict[str, Extractor] = {}

#: Dependency labels a subject search climbs through: infinitives, conjoined verbs, relative
#: and adverbial clauses, and the preposition/object links between a noun and its verb.
_CLIMB = frozenset({"xcomp", "conj", "advcl", "acl", "relcl", "pobj", "prep", "dobj", "pcomp", "attr", "oprd", "acomp"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Prepositions naming a noun trigger's agent, and those naming its object, on which the parser
#: often hangs the agent instead ("an offer for the company's stock from X").
_AGENT_LINKS = frozenset({"from", "by"})
_OBJECT_LINKS = ("for", "of")
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
#: Subjects that stand for the subject of the clause above when nothing resolved them ("X and
#: Y said they agreed to merge").
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: Possessives that stand for the subject of their clause when nothing resolved them ("X and Y
#: said they ended their merger talks", "An investment partnership said it cut its Y stake").
_CLAUSE_POSSESSIVES = frozenset({"their", "our", "its"})
#: Links the parser gives a wire-marked name in object position instead of ``dobj``.
_MARKED_OBJECT_DEPS = frozenset({"npadvmod", "dep", "appos", "oprd"})
#: Default status of an infinitive trigger that no cue governs: it has not happened yet.
_UNREALISED = {"completed": "planned"}
#: The confidence of a fact whose role came from the rest of the story (see ``story_roles``).
_STORY_CONFIDENCE = 0.5
#: Tokens within which an organisation named beside a person is the person's employer.
_EMPLOYER_DISTANCE = 8
#: Steps of tree distance within which a value (money, share, date) belongs to a trigger.
_VALUE_DISTANCE = 3


def register(fact_type: str) -> Callable[[Extractor], Extractor]:
    """Register the decorated function as the extractor of ``fact_type``.

    Parameters
    ----------
    fact_type : str
        One of :data:`kg.model.FACT_TYPES`.

    Returns
    -------
    Callable
        A decorator that records the function in :data:`REGISTRY` and returns it unchanged.
    """
    if fact_type not in FACT_TYPES:
        raise KgError(f"cannot register an extractor for unknown fact type {fact_type!r}: use one of {', '.join(FACT_TYPES)}")

    def decorate(function: Extractor) -> Extractor:
        REGISTRY[fact_type] = function
        return function

    return decorate


@lru_cache(maxsize=None)
def load_data(name: str) -> Mapping[str, Any]:
    """Read one JSON data file of ``kg.data`` once."""
    return json_data(name)


def lexicon() -> Mapping[str, Any]:
    """The word lists of ``kg/data/facts_lexicon.json``."""
    return load_data("facts_lexicon.json")


def triggers() -> Mapping[str, Any]:
    """The trigger frames of ``kg/data/fact_triggers.json``."""
    return load_data("fact_triggers.json")


@dataclass(frozen=True)
class Context:
    """Everything an extractor may read about one document, with a token -> entity index.

    ``token_entity[i]`` is the entity id of the shortest mention covering token ``i`` (so in
    "the Alibaba rival" the token "Alibaba" is Alibaba and "rival" is the entity the
    description refers to); ``token_kind[i]`` is that mention's kind. ``units`` maps each
    business unit the entities stage found ("its logistics operations") to its owner and the
    character range of the phrase that first names it. ``sentences`` pairs each sentence with
    its words and lemmas (lower-cased), read once so cue checks are set lookups; ``cache``
    holds what extractors derive once per document (the surface text of a sentence).
    ``tokens`` holds the document's tokens, made once (spaCy builds a new object each time a
    Doc is indexed or iterated), and ``words`` maps each lower-cased word and lemma to the
    indices of its tokens.
    """

    doc: Doc
    document: Document
    entities: Mapping[str, Entity]
    token_entity: tuple[str | None, ...]
    token_kind: tuple[str | None, ...]
    places: Mapping[str, str]
    date: str | None
    units: Mapping[str, tuple[str, int, int]]
    sentences: tuple[tuple[Span, frozenset[str]], ...] = ()
    #: The currency of a bare "dlrs": the local dollar of the country the story was filed in.
    dollar: str = "USD"
    cache: dict[Any, Any] = field(default_factory=dict, compare=False)
    tokens: tuple[Token, ...] = ()
    words: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def tokens_of(self, words: Iterable[str]) -> list[Token]:
        """The document's tokens whose lower-cased text or lemma is one of ``words``, in text
        order: extractors visit only the tokens that can fire them."""
        found: set[int] = set()
        for word in words:
            found.update(self.words.get(word, ()))
        return [self.tokens[i] for i in sorted(found)]

    def entity_at(self, token: Token) -> str | None:
        """The entity id the token is part of, if any."""
        return self.token_entity[token.i]

    def type_of(self, entity_id: str) -> str | None:
        """The entity type (``Organization``, ``Place``, ...) of an entity id."""
        entity = self.entities.get(entity_id)
        return entity.type if entity else None


def dateline_country(dateline: str | None) -> str | None:
    """The country of the place a wire's dateline names first ("TORONTO, March 20 -" ->
    Canada), or ``None`` when it names no place kg knows.

    Examples
    --------
    >>> dateline_country("TORONTO, March 20 -"), dateline_country("COMMACK, N.Y., Feb 26 -")
    ('Canada', None)
    """
    if not dateline:
        return None
    name = " ".join(dateline.split(",")[0].split())
    place = place_index().get(name) or place_index().get(name.title())
    if place is None:
        return None
    return place.name if place.country is None else place.country


def build_context(doc: Doc, entities: Sequence[Entity], mentions: Sequence[Mention], document: Document) -> Context:
    """Index the resolved mentions by token so extractors look entities up in O(1).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed ``document.text``.
    entities : Sequence[Entity]
        The document's entities.
    mentions : Sequence[Mention]
        Mentions with ``entity_id`` set; the others are ignored.
    document : Document
        The document, for its date.

    Returns
    -------
    Context
        The frozen context every extractor receives.
    """
    by_id = {entity.id: entity for entity in entities}
    tokens = doc_tokens(doc)
    best: list[tuple[int, str, str] | None] = [None] * len(doc)
    for mention in mentions:
        if mention.entity_id not in by_id:
            continue
        span = expanded_span(doc, mention.start, mention.end)
        if span is None:
            continue
        length = mention.end - mention.start
        for i in range(span.start, span.end):
            current = best[i]
            if current is None or length < current[0]:
                best[i] = (length, mention.entity_id, mention.kind)
    _ticker_tails(doc, best)
    _name_descriptions(best, by_id, token_lowers(doc))
    _appositive_descriptions(doc, best)
    _employers(doc, best, by_id)
    owners = unit_owners(mentions)
    units = {}
    for mention in mentions:
        if mention.entity_id in owners and mention.entity_id not in units and owners[mention.entity_id] in by_id:
            units[mention.entity_id] = (owners[mention.entity_id], mention.start, mention.end)
    lowers = token_lowers(doc)
    lemmas = token_lemmas(doc)
    places: dict[str, str] = {}
    for entity in entities:
        if entity.type == "Place":
            for name in (entity.name, *entity.aliases):
                places.setdefault(name.casefold(), entity.id)
    return Context(
        doc=doc,
        document=document,
        entities=by_id,
        token_entity=tuple(item[1] if item else None for item in best),
        token_kind=tuple(item[2] if item else None for item in best),
        places=places,
        date=document.date,
        units=units,
        dollar=values.local_dollar(dateline_country(document.dateline)),
        sentences=_sentence_words(doc, lowers, lemmas),
        tokens=tokens,
        words=_word_index(lowers, lemmas),
    )


def _ticker_tails(doc: Doc, best: list[tuple[int, str, str] | None]) -> None:
    """The words a bracketed ticker cut off a name ("Airways Inc" of "Tarvel <TRV> Airways Inc",
    see :func:`kg.mentions.ticker_tail`) stand for that name: the parser often heads the whole
    name there ("the tie-up of Tarvel <TRV> Airways Inc and Borvia Air")."""
    texts = token_texts(doc)
    for i in range(3, len(texts) - 1):
        named = best[i - 3]
        if texts[i] != ">" or texts[i - 2] != "<" or named is None:
            continue
        ends = [end for end in range(i + 2, min(i + 5, len(texts) + 1)) if ticker_tail(doc, i + 1, end)]
        for j in range(i + 1, max(ends, default=i + 1)):
            if best[j] is None:
                best[j] = named


def _name_descriptions(best: list[tuple[int, str, str] | None], by_id: Mapping[str, Entity], lowers: Sequence[str]) -> None:
    """A description that a name of its type directly follows labels that name ("the Wall Street
    firm Shearson Lehman", "the U.S. retailer Walmart"): its tokens stand for the name's entity,
    whatever the description was resolved to on its own. Not one that goes on through "of" to
    the name ("the PC division of IBM" is IBM's unit, not IBM)."""
    for i in range(len(best) - 1):
        here, after = best[i], best[i + 1]
        if (
            here is None
            or after is None
            or here[2] != "description"
            or after[2] != "name"
            or here[1] == after[1]
            or by_id[here[1]].type != by_id[after[1]].type
        ):
            continue
        first = i
        while first > 0 and best[first - 1] == here:
            first -= 1
        if "of" not in lowers[first : i + 1]:
            best[first : i + 1] = [(here[0], after[1], "description")] * (i + 1 - first)


#: The most words an indefinite description set off by commas after a name may have.
_APPOSITIVE_WORDS = 8


def _appositive_descriptions(doc: Doc, best: list[tuple[int, str, str] | None]) -> None:
    """"<Quintara Partners LP>, a small family fund, has bought":
    an indefinite description between commas right after a name stands for that name where
    the parse takes the description's noun for the verb's subject, so the buyer is still
    found. Only that noun is relabelled, and not in a description that names a second
    organisation or person ("a unit of Acme")."""
    texts, lowers = token_texts(doc), token_lowers(doc)
    for i in range(2, len(best) - 2):
        if texts[i] != "," or lowers[i + 1] not in ("a", "an"):
            continue
        named = best[i - 2] if texts[i - 1] == ">" else best[i - 1]
        if named is None or named[2] != "name":
            continue
        end = next((j for j in range(i + 2, min(len(best), i + 2 + _APPOSITIVE_WORDS)) if texts[j] == ","), None)
        if end is None or any(best[j] is not None and (best[j][2] != "name" or doc[j].ent_type_ in ("ORG", "PERSON")) for j in range(i + 1, end)):
            continue
        head = end - 1
        if best[head] is None and doc[head].dep_ in ("nsubj", "nsubjpass"):
            best[head] = (named[0], named[1], "description")


def _employers(doc: Doc, best: list[tuple[int, str, str] | None], by_id: Mapping[str, Entity]) -> None:
    """"his company", "her firm": a person's possessive and an employer noun stand for the
    organisation named next to that person where the person was first named, before the name
    ("Nova chief executive Robert Blair ... his company plans no bid") or else after it ("John
    Smith, chairman of Acme"), not for the person. "His group" stands for one only in the
    person's own phrase: an investor leads a group of his own ("A group led by X said Y agreed
    to ... his group would bid" is X's group, not Y)."""
    nouns, groups = frozenset(lexicon()["employer_nouns"]), frozenset(cues()["group_nouns"])
    tokens = doc_tokens(doc)
    lemmas, tags = token_lemmas(doc), [token.tag_ for token in tokens]
    for i in range(len(best) - 1):
        here = best[i]
        if here is None or here[2] != "pronoun" or tags[i] != "PRP$" or best[i + 1] is not None or lemmas[i + 1] not in nouns:
            continue
        if by_id[here[1]].type != "Person":
            continue
        named = next((j for j in range(i) if best[j] is not None and best[j][1] == here[1] and best[j][2] == "name"), None)
        if named is None:
            continue
        sentence = token_sentences(doc)[named]
        candidates = [
            (j > named, abs(j - named), item[1])
            for j, item in enumerate(best[sentence.start : sentence.end], start=sentence.start)
            if item is not None
            and item[2] == "name"
            and by_id[item[1]].type == "Organization"
            and abs(j - named) <= _EMPLOYER_DISTANCE
            and (lemmas[i + 1] not in groups or _one_phrase(tokens[j], tokens[named]))
        ]
        if candidates:
            employer = min(candidates)[2]
            best[i] = best[i + 1] = (here[0], employer, "description")


def _one_phrase(a: Token, b: Token) -> bool:
    """Whether two words hang in one noun phrase, no verb on the tree path between them ("Nova
    chief executive Robert Blair", "John Smith, chairman of Acme"; not "A group led by X said Y
    agreed": Y is no employer of X)."""
    above_a = [a, *a.ancestors]
    for token in [b, *b.ancestors]:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token in above_a:
            return all(word.pos_ not in ("VERB", "AUX") for word in above_a[: above_a.index(token) + 1])
    return False


def _sentence_words(doc: Doc, lowers: Sequence[str], lemmas: Sequence[str]) -> tuple[tuple[Span, frozenset[str]], ...]:
    """Each sentence with the set of its lower-cased words and lemmas."""
    return tuple(
        (sentence, frozenset(lowers[sentence.start : sentence.end]) | frozenset(lemmas[sentence.start : sentence.end]))
        for sentence in doc_sentences(doc)
    )


def _word_index(lowers: Sequence[str], lemmas: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Lower-cased word and lemma -> the indices of the tokens that have it."""
    index: dict[str, list[int]] = {}
    for i, (lower, lemma) in enumerate(zip(lowers, lemmas)):
        index.setdefault(lower, []).append(i)
        if lemma != lower:
            index.setdefault(lemma, []).append(i)
    return {word: tuple(found) for word, found in index.items()}


@dataclass(frozen=True)
class Frame:
    """One trigger pattern: the words that fire it and the slots that fill its roles."""

    fact_type: str
    name: str
    pos: str
    lemmas: frozenset[str]
    particles: frozenset[str]
    governors: frozenset[str]
    #: Verbs whose active subject is never the noun trigger's ``gov_subj`` ("X opposed the bid":
    #: X is no bidder; "X was thwarted in its bid" still is).
    non_governors: frozenset[str]
    share_object: bool
    slots: tuple[tuple[str, str], ...]
    require: tuple[tuple[str, ...], ...]
    status: str
    confidence: float
    confidence_without: Mapping[str, float]
    needs_without: Mapping[str, str]
    story_roles: tuple[str, ...]
    kind: str | None
    kinds: Mapping[str, str]
    standing: bool
    blockers: frozenset[str]
    objects: frozenset[str]
    exclusive: Mapping[str, tuple[str, ...]]
    #: Slots that must name an entity for the frame to fire ("competition from Y" needs Y: the
    #: subjects of "X and Z face competition" are no rivals of each other).
    require_slots: tuple[str, ...] = ()
    #: Slots that, when the sentence fills them at all, must name an entity ("X and Y reached a
    #: settlement with the plaintiff" is no settlement between X and Y).
    named_if_given: tuple[str, ...] = ()
    #: Whether the one entity of the first slot to fill the list role pairs with each of the
    #: others ("X competes with Y and Z" is two rivalries, not one among three).
    pairs: bool = False
    #: Slots whose several names a plural trigger lists as the rivals of another party, never of
    #: each other ("X now has competitors including Y and Z": Y and Z are each X's rival, and
    #: with no X named the frame says nothing).
    apart: tuple[str, ...] = ()
    #: Roles a plural noun trigger must fill ("strong sales of Alfa Romeo" are revenue; "the
    #: sales of X and Y to Z" are disposals).
    plural_require: tuple[str, ...] = ()
    #: Whether what the trigger is about must be unnamed and indefinite: a verb's object ("to
    #: buy a pharmaceutical company") or the noun trigger itself ("by making small acquisitions").
    unnamed_object: bool = False
    #: Slots whose words must name their entity themselves (a name or a pronoun), not stand for it
    #: as a unit of it or a description does ("a unit of X will merge into Y" is X buying Y, not Y
    #: buying X; "X's subsidiary will be merged into Y" sells no X).
    own_names: tuple[str, ...] = ()
    #: The attribute a fact must state when a story role filled it ("its trust holds 31.5%"
    #: is a stake in the story's company; "its dual-ownership structure" is none).
    story_needs: str | None = None
    #: The attribute every fact of the frame must state ("its 14 pct interest in Y" is a
    #: holding; "its interest in Y" may be a wish).
    needs: str | None = None
    #: Whether the trigger's sentence must name no deal of another type (``deal_words``): "X
    #: signed an agreement with Y to buy Z" is a purchase, not a partnership.
    dealless: bool = False
    #: Whether the trigger must say what the parties do together (the lexicon's
    #: ``cooperation_verbs`` and ``cooperation_kinds``): "a supply agreement", "agreed with Y to
    #: exchange information"; "its agreement with Y" may be any deal's.
    cooperative: bool = False
    #: Nouns one of which a preposition phrase on a verb trigger must name: the deal it is done
    #: under ("received 33,467 shares of Y in response to its tender offer" is a purchase;
    #: "holders will receive 1.5 shares of Y" is none).
    under: frozenset[str] = frozenset()
    #: Whether a noun trigger its possessor owns names a state that holds now whatever verb
    #: governs it ("would consider any bid for its 12 pct shareholding"), with the share held
    #: before a change still to come ("will increase its stake in Y to about 40 pct from 15").
    possessed_standing: bool = False
    #: Nouns of ``not_deal_heads`` a noun trigger may qualify and still fire: a "parent company"
    #: is a parent, though an "investment company" is no investment.
    qualified_heads: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def frames(fact_type: str) -> tuple[Frame, ...]:
    """The trigger frames of one fact type, parsed from the data file."""
    result = []
    for raw in triggers()["frames"].get(fact_type, ()):
        result.append(
            Frame(
                fact_type=fact_type,
                name=raw["name"],
                pos=raw["pos"],
                lemmas=frozenset(raw["lemmas"]),
                particles=frozenset(raw.get("particle", ())),
                governors=frozenset(raw.get("governors", ())),
                non_governors=frozenset(raw.get("non_governors", ())),
                share_object=bool(raw.get("share_object", False)),
                slots=tuple((slot, role) for slot, role in raw["slots"]),
                require=tuple((item,) if isinstance(item, str) else tuple(item) for item in raw["require"]),
                status=raw["status"],
                confidence=float(raw["confidence"]),
                confidence_without=dict(raw.get("confidence_without", {})),
                needs_without=dict(raw.get("needs_without", {})),
                story_roles=tuple(raw.get("story_roles", ())),
                kind=raw.get("kind"),
                kinds=dict(raw.get("kinds", {})),
                standing=bool(raw.get("standing", False)),
                blockers=frozenset(raw.get("blockers", ())),
                objects=frozenset(raw.get("objects", ())),
                exclusive={role: tuple(slots) for role, slots in raw.get("exclusive", {}).items()},
                require_slots=tuple(raw.get("require_slots", ())),
                named_if_given=tuple(raw.get("named_if_given", ())),
                pairs=bool(raw.get("pairs", False)),
                apart=tuple(raw.get("apart", ())),
                plural_require=tuple(raw.get("plural_require", ())),
                unnamed_object=bool(raw.get("unnamed_object", False)),
                own_names=tuple(raw.get("own_names", ())),
                story_needs=raw.get("story_needs"),
                needs=raw.get("needs"),
                dealless=bool(raw.get("dealless", False)),
                cooperative=bool(raw.get("cooperative", False)),
                under=frozenset(raw.get("under", ())),
                possessed_standing=bool(raw.get("possessed_standing", False)),
                qualified_heads=frozenset(raw.get("qualified_heads", ())),
            )
        )
    return tuple(result)


@lru_cache(maxsize=None)
def _frames_by_word(fact_type: str) -> Mapping[str, tuple[Frame, ...]]:
    """word -> the frames of one fact type it may fire, so a document is scanned once per type."""
    index: dict[str, tuple[Frame, ...]] = {}
    for frame in frames(fact_type):
        for word in frame.lemmas:
            index[word] = index.get(word, ()) + (frame,)
    return index


def role_types(fact_type: str) -> Mapping[str, Sequence[str]]:
    """role -> allowed entity types for one fact type."""
    return triggers()["role_types"].get(fact_type, {})


def most_named_before(ctx: Context, end: int, leave_out: str | None = None) -> str | None:
    """The organization named most often (by name, one count per mention) before token ``end``:
    the company a story is about so far."""
    return most_named(ctx, end, lambda entity_id: entity_id != leave_out and ctx.type_of(entity_id) == "Organization")


def most_named(ctx: Context, end: int, wanted: Callable[[str], bool]) -> str | None:
    """Of the entities ``wanted`` accepts, the one named most often (by name, one count per
    mention) before token ``end``; the first named of those tied."""
    counts = name_counts(ctx, range(end), wanted)
    return max(counts, key=lambda entity_id: counts[entity_id]) if counts else None


def name_counts(ctx: Context, positions: range, wanted: Callable[[str], bool]) -> dict[str, int]:
    """How often each entity ``wanted`` accepts is named (one count per mention) at the token
    ``positions``, in the order they are first named."""
    counts: dict[str, int] = {}
    for i in positions:
        entity_id = ctx.token_entity[i]
        if entity_id is None or ctx.token_kind[i] != "name" or not wanted(entity_id):
            continue
        if i == 0 or ctx.token_entity[i - 1] != entity_id:
            counts[entity_id] = counts.get(entity_id, 0) + 1
    return counts


def story_country(ctx: Context) -> str | None:
    """The country a story names most, by name: whose government a minister or a state company
    belongs to when its sentence names none."""
    return most_named(ctx, len(ctx.tokens), lambda entity_id: is_country(ctx, entity_id))


def is_country(ctx: Context, entity_id: str) -> bool:
    """Whether an entity is a Place of subtype Country."""
    entity = ctx.entities.get(entity_id)
    return entity is not None and entity.type == "Place" and entity.subtype == "Country"


def fits_role(ctx: Context, fact: Fact) -> bool:
    """Whether every entity of ``fact`` is of a type and subtype its role allows (``role_types``
    and ``role_subtypes`` of the triggers file): a country may own a company, a city may not,
    and no place is owned. The entities of a list role are of one type: countries may be
    partners ("India and Russia are to work together"), but a country among companies is a
    misread modifier ("joined with U.S. investor X")."""
    list_role = LIST_ROLES.get(fact.type)
    members = fact.roles.get(list_role, ()) if list_role else ()
    if len({ctx.type_of(entity_id) for entity_id in members}) > 1:
        return False
    allowed = role_types(fact.type)
    for role, value in fact.roles.items():
        entity_ids = (value,) if isinstance(value, str) else value
        if role in allowed and any(ctx.type_of(entity_id) not in allowed[role] for entity_id in entity_ids):
            return False
    limits = triggers()["role_subtypes"].get(fact.type, {})
    for role, subtypes in limits.items():
        value = fact.roles.get(role)
        for entity_id in (value,) if isinstance(value, str) else value or ():
            entity = ctx.entities.get(entity_id)
            if entity is not None and entity.type in subtypes and entity.subtype not in subtypes[entity.type]:
                return False
    return True


def derived_facts(ctx: Context, facts: Iterable[Fact]) -> Iterator[Fact]:
    """Facts other facts entail, by the ``derived`` rules of the triggers file: whoever has
    completed the purchase of a company (or of a stake in it) owns it (that share of it), and
    whoever is still to sell one owns it now.

    Parameters
    ----------
    ctx : Context
        The document's context (a rule's ``not_holder`` role reads the source's sentence).
    facts : Iterable[Fact]
        The facts the extractors read from the text.

    Yields
    ------
    Fact
        One entailed fact per source fact of a rule's type, statuses and extractors (any, when
        the rule names none) whose roles are all given, whose sentence states no fact the
        rule's ``unless_stated`` role rules out and does not name the rule's ``not_holder``
        role only as the holder of what was bought (:func:`_names_holder_only`), with the
        source's evidence and at most the rule's confidence.
    """
    rules = triggers()["derived"]["rules"]
    facts = list(facts)
    stated = {(fact.type, fact.evidence.start, role, value) for fact in facts for role, value in fact.roles.items() if isinstance(value, str)}
    for fact in facts:
        for rule in rules:
            if fact.type != rule["from"] or fact.status not in rule["statuses"] or fact.extractor not in rule.get("extractors", (fact.extractor,)):
                continue
            if any(source not in fact.roles for source in rule["roles"].values()):
                continue
            guarded = rule.get("unless_stated")
            if guarded and (rule["type"], fact.evidence.start, guarded, fact.roles[rule["roles"][guarded]]) in stated:
                continue
            holder = rule.get("not_holder")
            if holder and _names_holder_only(ctx, fact.roles[rule["roles"][holder]], fact.evidence):
                continue
            yield replace(
                fact,
                type=rule["type"],
                roles={role: fact.roles[source] for role, source in rule["roles"].items()},
                status=rule["status"],
                extractor=f"{rule['type'].lower()}.{rule['name']}",
                confidence=round(min(fact.confidence, float(rule["confidence"])), 3),
                attributes={name: fact.attributes[name] for name in rule["attributes"] if name in fact.attributes},
            )


def _names_holder_only(ctx: Context, entity_id: str, sentence: Evidence) -> bool:
    """Whether a sentence names a company only as the holder of things bought, not as bought
    itself: by name, each time as the "of" object or possessor of a holding noun
    (``held_asset_nouns``) or a name before one ("acquired certain assets of Zorvex Inc",
    "Zorvex's plant in Ohio has been purchased", "acquired seven Zorvex convenience stores",
    "acquired a Zorvex branch"): its buyer owns those, not the company."""
    holdings = frozenset(lexicon()["held_asset_nouns"])
    roots = [
        token
        for token in ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or ()
        if ctx.token_entity[token.i] == entity_id and ctx.token_kind[token.i] == "name" and ctx.token_entity[token.head.i] != entity_id
    ]
    return bool(roots) and all(_holding_of(token, holdings) for token in roots)


def _holding_of(name: Token, holdings: frozenset[str]) -> bool:
    """Whether a name's phrase says whose a holding noun is: "assets of <name>", "<name>'s
    plant", "<name> convenience stores", as a further item of a list ("a Zorvex Savings and
    Borg Association branch")."""
    while name.dep_ == "conj" and name.head.i != name.i:
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        return name.head.head.lemma_.lower() in holdings
    if name.dep_ not in ("poss", "compound", "nmod"):
        return False
    noun = name.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun.lemma_.lower() in holdings


def ended_facts(facts: Sequence[Fact]) -> list[Fact]:
    """The facts no fact of their sentence ends, by the ``endings`` rules of the triggers file:
    "Acme said it has sold its Zorvex subsidiary" reads Zorvex as Acme's unit, and the sale says
    it is its unit no longer. Facts derived later (:func:`derived_facts`) are not read here.

    Parameters
    ----------
    facts : Sequence[Fact]
        The facts the extractors read from the text.

    Returns
    -------
    list[Fact]
        The same facts, in order, less those ended.
    """
    ended: set[tuple[str, int, frozenset[tuple[str, Any]]]] = set()
    for rule in triggers()["derived"]["endings"]:
        for fact in facts:
            if fact.type != rule["from"] or fact.status not in rule["statuses"] or fact.extractor not in rule["extractors"] or "share" in fact.attributes:
                continue
            if all(isinstance(fact.roles.get(source), str) for source in rule["roles"].values()):
                roles = frozenset((role, fact.roles[source]) for role, source in rule["roles"].items())
                ended.add((rule["type"], fact.evidence.start, roles))
    return [
        fact
        for fact in facts
        if "share" in fact.attributes
        or (fact.type, fact.evidence.start, frozenset((role, value) for role, value in fact.roles.items() if isinstance(value, str))) not in ended
    ]


def with_owner_sellers(facts: Sequence[Fact]) -> list[Fact]:
    """Purchases that name no seller, given the one owner the same sentence states for the
    target: "Akzo will acquire the activities of the Rhodic unit of Rhone Poulenc", "X bought Y,
    a unit of Z" (Z sold). Not a stake (Y's owner need not be who sold a few shares of it),
    nor an owner that is a buyer of the target in that sentence ("X and Z, who are seeking to
    acquire Y, lowered their stake"), nor one that owns only the rest of what is bought ("X,
    owned by Z, bid 7.25 dlrs a share for the 41 pct of Y he does not hold").

    Parameters
    ----------
    facts : Sequence[Fact]
        The facts the extractors read from the text.

    Returns
    -------
    list[Fact]
        The same facts, in order, the purchases completed so.
    """
    owners: dict[tuple[int, str], set[str]] = {}
    buyers: dict[tuple[int, str], set[str]] = {}
    for fact in facts:
        if fact.type == "Ownership" and fact.status_class == "holds" and isinstance(fact.roles.get("owned"), str) and fact.extractor != "ownership.rest_not_owned":
            owners.setdefault((fact.evidence.start, fact.roles["owned"]), set()).add(fact.roles["owner"])
        if fact.type == "Acquisition" and isinstance(fact.roles.get("buyer"), str):
            buyers.setdefault((fact.evidence.start, fact.roles.get("target")), set()).add(fact.roles["buyer"])
    result = []
    for fact in facts:
        roles = fact.roles
        if fact.type == "Acquisition" and "seller" not in roles and "buyer" in roles and "share" not in fact.attributes:
            key = (fact.evidence.start, roles.get("target"))
            found = owners.get(key, set()) - buyers.get(key, set()) - {roles.get("target")}
            if len(found) == 1:
                fact = replace(fact, roles={**roles, "seller": found.pop()})
        result.append(fact)
    return result


# --- tree walking -------------------------------------------------------------------------


def listed_apposition(token: Token) -> Token | None:
    """The plural noun a name is listed after in apposition, when the name is a later item of
    the list ("US car firms General Motors and Ford", "three former Viacom executives, A, B and
    C"): it describes every item, not only the first the parser hung on it."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != token.i and first.dep_ == "appos" and first.head.tag_ == "NNS":
        return first.head
    return None


def conjuncts(token: Token) -> list[Token]:
    """The token and every token conjoined to it ("Walmart and JD" -> both). The small model often
    parses "A Ltd and B Ltd" as a modifier of "B Ltd" carrying the "and": that modifier is a
    conjunct too, and so is each item of a longer list of such modifiers, whose "and" hangs on
    a later item ("owns the X, Y and Z brands"). A common noun stands for the names it gives as
    examples ("grocery chains such as Acme and other shops such as Borg").
    A name the parser conjoined to a stated share ("22.3 pct held by its units <X> and <Y>", "Y"
    hung on "pct") is no conjunct of it; one listed with a plain noun is ("automotive parts ...
    and Chilton Corp"), and so is a second modifier after such a listed one ("the Lyons-based <X>
    and Remalard-based <Y> units", both hung on "units"). Names set after a list of titles are listed too ("to its
    chairman, X, and president, Y", parsed as two appositions of "chairman"), and so are the
    items of a list the parser hung on it as appositions (``_listed_appositions``)."""
    share = token.pos_ == "NOUN" and _is_share_noun(token, triggers()["share_nouns"]) and any(c.like_num for c in token.children)
    named = _named_object(token)
    found = [token, *(item for item in _coordinated(token) if not ((share or named is not None) and item.pos_ == "PROPN"))]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and _named_object(token.head.head) == token:
        found.extend(item for item in token.head.head.conjuncts if item.pos_ == "PROPN" and item.i > token.i)
    for child in token.lefts:
        if child.dep_ == "nmod" and any(grand.dep_ == "cc" for item in (child, *child.conjuncts) for grand in item.children):
            found.extend(item for item in (child, *child.conjuncts) if item not in found)
            found.extend(item for item in token.lefts if item.dep_ == "nmod" and item.pos_ == "PROPN" and item.i > child.i and item not in found)
    named = [child for child in token.rights if child.dep_ == "appos" and child.pos_ == "PROPN"]
    if len(named) > 1 and any(grand.dep_ == "cc" for grand in named[0].children):
        found.extend(item for item in named[1:] if item not in found)
    found.extend(item for item in _listed_appositions(token) if item not in found)
    for item in list(found):
        for example in _examples(item):
            found.extend(named for named in (example, *example.conjuncts) if named not in found)
            for further in example.conjuncts:
                found.extend(named for named in _examples(further) if named not in found)
    return found


def _coordinated(token: Token) -> list[Token]:
    """The tokens coordinated with a noun; where the parser conjoined it to a verb, only its own
    conjuncts, as clauses are no list of names ("Acme Corp, based in Stamford, and employs 266
    people; and Borg Inc, based in Ontario": the second name hangs on the sentence's verb, the
    first on "employs", and neither is the other's list item)."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(head.pos_ in ("VERB", "AUX") for head in _conj_heads(token)):
        return list(token.conjuncts)
    found: list[Token] = []
    pending = [child for child in token.children if child.dep_ == "conj"]
    while pending:
        item = pending.pop(0)
        found.append(item)
        pending.extend(child for child in item.children if child.dep_ == "conj")
    return found


def _conj_heads(token: Token) -> list[Token]:
    """The tokens a conjunct hangs on up its coordination, the first conjunct last."""
    heads: list[Token] = []
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        heads.append(token)
    return heads


def _listed_appositions(token: Token) -> list[Token]:
    """The items of a list the parser hung on a noun as appositions, the first a name set off by
    a comma: some apposition has conjuncts after it, the last joined by a conjunction ("its A
    unit, B Ltd, its C unit and other units"; "its A business, B Ltd, the C operations, and
    other units", parsed as a chain of appositions). Such appositions are further things, not
    names of the noun. A description in apposition describes ("Y, the winemaker behind the A,
    B and C brands"), and a plural's appositions are its members."""
    appositions: list[Token] = []
    current = [child for child in token.rights if child.dep_ == "appos"]
    while current:
        appositions.extend(current)
        current = [child for apposition in current for child in apposition.rights if child.dep_ == "appos"]
    if token.tag_ in ("NNS", "NNPS") or not appositions or appositions[0].pos_ != "PROPN":
        return []
    if appositions[0].left_edge.i == 0 or token.doc[appositions[0].left_edge.i - 1].text != ",":
        return []
    items = [item for apposition in appositions for item in (apposition, *apposition.conjuncts) if item.i >= apposition.i]
    if not any(item.dep_ == "conj" and any(grand.dep_ == "cc" for grand in (*item.children, *item.head.children)) for item in items):
        return []
    return items


def _named_object(noun: Token) -> Token | None:
    """The name after "of" on a common noun, when the parser hung the names listed after it on
    the noun instead ("owner of Macy's and Bloomingdale's": "Bloomingdale's" conjoined to
    "owner"): those names are the object's conjuncts, not the noun's."""
    if noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not obj.conjuncts:
                    return obj
    return None


def _examples(noun: Token) -> list[Token]:
    """The names a common noun stands for: the objects of "such as", "including" or "like" after
    it, those of "of" after a company organ ("the boards of X and Y"), the names in apposition
    to a plural ("the tycoons JP McManus and John Magnier"), and for a quantity ("a number of
    businesses, including X and Y") those of the things it counts."""
    if noun.pos_ != "NOUN":
        return []
    lex = lexicon()
    markers = lex["example_markers"]
    organ = _is_organ(noun)
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ in markers or f"{child.nbor(-1).lower_} {child.lower_}" in markers or (organ and child.lower_ == "of"):
            found.extend(obj for obj in child.children if obj.dep_ == "pobj")
    if noun.tag_ == "NNS":
        found.extend(child for child in noun.children if child.dep_ == "appos" and child.pos_ == "PROPN")
    if noun.lemma_.lower() in lex["quantity_nouns"]:
        found.extend(named for things in prep_objects(noun, "of") for named in _examples(things) if named not in found)
    return found


def _is_example(noun: Token) -> bool:
    """Whether a noun is given as an example ("brands including Dove soap"): a product named
    before it is what it stands for."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    marker = noun.head
    markers = lexicon()["example_markers"]
    return marker.lower_ in markers or (marker.i > 0 and f"{marker.nbor(-1).lower_} {marker.lower_}" in markers)


def _is_organ(noun: Token) -> bool:
    """Whether a noun is a body a company acts through ("its board", "X's directors"), by word as
    written: one shareholder is no organ, and shareholders are one only when they vote ("Caremark
    shareholders will vote to approve the merger")."""
    lex = lexicon()
    organs = lex["organ_nouns"]
    if noun.lower_ not in organs and noun.lemma_.lower() not in organs:
        return False
    if noun.lower_ not in lex["voting_organ_nouns"]:
        return True
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_.lower() in lex["voting_verbs"] or any(c.dep_ == "xcomp" and c.lemma_.lower() in lex["voting_verbs"] for c in verb.children)
    )


def _group_members(noun: Token) -> list[Token]:
    """The names a group noun gives as its members: in apposition ("The group, X and Y,") or
    after "which includes" / "comprising" ("The group, which includes X and Y,"), else the
    names it is led by where there are several ("a group led by X and Y"). A group first
    named by no one ("An investment partnership led by four sons of X's chairman said it cut its
    stake", "A foreign investment group said it raised its stake") has the members the story
    gives it at its first definite mention ("the partnership, FLF Associates, said")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues()["group_nouns"]:
        return []
    found = _own_members(noun)
    leaders = _joint_leaders(noun)
    if not found and len(leaders) > 1:
        return leaders
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if found or noun.dep_ == "appos" or not indefinite or _led_by_name(noun):
        return found
    for later in noun.doc[noun.i + 1 :]:
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in later.children)
        if later.lemma_ == noun.lemma_ and later.pos_ == "NOUN" and definite:
            return _own_members(later)
    return []


def _led_by_name(noun: Token) -> bool:
    """Whether a group noun names who leads or controls it ("a group led by X", also where the
    parser made X a subject of the group's verb: "a group led by Dayton, Ohio, banker X")."""
    return any(agent.pos_ == "PROPN" for agent in _leading_agents(noun))


def _leading_agents(noun: Token) -> list[Token]:
    """The by-agents of a group noun's "led by" participle, or those the parser stranded."""
    leaders = frozenset(cues()["group_leaders"])
    clauses = [clause for clause in noun.children if clause.dep_ == "acl" and clause.lemma_.lower() in leaders]
    return [agent for clause in clauses for agent in prep_objects(clause, "by")] or stranded_agents(noun, clauses)


def _joint_leaders(noun: Token) -> list[Token]:
    """The names a group noun is led by, with those listed with them ("a group led by X and Y",
    also where the names stand in apposition to a plural noun: "led by Chicago investors X and
    Y"): the group acts for each of them."""
    found: list[Token] = []
    for agent in _leading_agents(noun):
        named = agent if agent.pos_ == "PROPN" else next((c for c in agent.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            found.extend((named, *named.conjuncts))
    return found


def _own_members(noun: Token) -> list[Token]:
    """The members a group noun's own phrase names."""
    verbs = frozenset(lexicon()["group_member_verbs"])
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found.extend((child, *child.conjuncts))
        elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in verbs:
            found.extend(item for obj in child.children if obj.dep_ == "dobj" for item in (obj, *obj.conjuncts))
    return found


def is_passive(verb: Token) -> bool:
    """Whether a verb is passive ("was sold") or a past participle modifying a noun."""
    if any(child.dep_ in ("nsubjpass", "auxpass", "agent") for child in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def _says_what_subject_is(verb: Token) -> bool:
    """Whether a verb's 'as' object says what its subject is: an as_verbs verb ('Y will operate
    as a unit of X'), or a passive_as_verbs verb in the passive ('X has been mentioned as a
    possible suitor for Y'; 'analysts see X as a suitor' says it of X, the object)."""
    data = triggers()
    word = verb.lemma_.lower()
    return word in data["as_verbs"] or (word in data["passive_as_verbs"] and any(child.dep_ == "nsubjpass" for child in verb.children))


def _named_subject(subject: Token) -> Token:
    """The name a common-noun subject runs straight into where the parser made both of them
    subjects of one verb ("Rival bourse Zorvex is working on a bid": Zorvex, not the bourse)."""
    if subject.pos_ != "NOUN":
        return subject
    for sibling in subject.head.children:
        if sibling.dep_ == subject.dep_ and sibling.pos_ == "PROPN" and sibling.left_edge.i == subject.i + 1:
            return sibling
    return subject


def subject_of(token: Token) -> Token | None:
    """The subject a token's clause is about, climbing through infinitives and conjoined verbs.

    "JD is in discussions to sell" gives JD for "sell", "X's plan to buy" X; "X, which sold Y" (or
    "X, which is ... and which has applied to buy Y") gives X; a
    participle modifying a noun ("a company owning Y") gives that noun. A copula's predicate is
    its subject's, not its possessor's ("X is Canada's largest company, with revenues of ...").
    The infinitive after a verb that makes its object act is that object's ("X forced Y to sell
    Z": Y sells), and the one on a thing given to someone is the receiver's ("X granted Y an
    option to buy Z": Y buys). A noun's agent is its subject as a possessor is ("an application
    by X for approval to acquire Z": X acquires).
    """
    current = token
    for _ in range(8):
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                clause = current
                while child.tag_ in _RELATIVE_TAGS and clause.dep_ == "conj" and clause.head.i != clause.i:
                    clause = clause.head
                if child.tag_ in _RELATIVE_TAGS and clause.dep_ == "relcl":
                    return _thing_before(child, _antecedent(clause.head))
                return _named_subject(child)
        if current.dep_ == "acl" and current.tag_ == "VBG":
            return current.head
        named = _for_subject(current)
        if named is not None:
            return named
        if current is not token and current.pos_ in ("NOUN", "PROPN") and current.dep_ != "attr":
            possessor = next((child for child in current.children if child.dep_ == "poss"), None)
            if possessor is not None:
                return possessor
            agent = next((g for c in current.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
            receiver = next((child for child in current.head.children if child.dep_ == "dative"), None) if current.dep_ == "dobj" else None
            if receiver is not None:
                return receiver
        if current.dep_ not in _CLIMB or current.head is current:
            return None
        if current.dep_ == "xcomp" and current.head.lemma_.lower() in lexicon()["object_control_verbs"]:
            controller = next((child for child in current.head.children if child.dep_ == "dobj"), None)
            if controller is not None:
                return controller
        reported = _reported_subject(current)
        if reported is not None:
            return reported
        current = current.head
    return None


def _reported_subject(clause: Token) -> Token | None:
    """The subject of a reported clause the parser hung, without a subject, on the reporting verb
    after a comma, as a modifier or a second verb, taking the clause's subject for that verb's
    object ("X said its arms subsidiary, <Y>, plans to sell", where the wire marker's brackets
    misled it): that object. A conjunction ("X said Y, and plans to") joins a second verb of X's."""
    if clause.dep_ not in ("advcl", "conj") or clause.head.lemma_.lower() not in lexicon()["report_verbs"] or clause.left_edge.i == 0:
        return None
    if clause.doc[clause.left_edge.i - 1].text != "," or any(child.dep_ == "cc" for child in clause.head.children):
        return None
    return next((child for child in clause.head.children if child.dep_ == "dobj" and child.head.i < child.i < clause.i), None)


def _for_subject(verb: Token) -> Token | None:
    """The noun phrase a "for" puts before an infinitive ("an agreement for X and Y to acquire
    Z"), where the parser hung the phrase on "for" as its object rather than on the verb."""
    to = next((child for child in verb.children if child.dep_ == "aux" and child.lower_ == "to" and child.i == verb.i - 1), None)
    if to is None or to.i == 0:
        return None
    phrase = to.nbor(-1)
    while phrase.dep_ == "conj" and phrase.head.i < phrase.i:
        phrase = phrase.head
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "for" and phrase.right_edge.i == to.i - 1:
        return phrase
    return None


#: spaCy entity labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def _antecedent(noun: Token) -> Token:
    """The noun a relative clause hung on ``noun`` is about: ``noun`` itself, or, where the
    parser hung the clause on a place closing an "of" phrase ("the Kelvaro family of Tulsa,
    Okla., which holds a 17.2 pct stake", "<Tarnfield Corp> of Toronto, which has received an
    offer"), the noun or name that place belongs to: the one the "of" hangs on, else, where the
    parser hung it elsewhere after a wire marker's bracket, the name the bracket closes."""
    token = noun
    while token.dep_ == "appos" and token.ent_type_ in _PLACE_LABELS:
        token = token.head
    if token.ent_type_ not in _PLACE_LABELS or token.dep_ != "pobj" or token.head.lower_ != "of":
        return noun
    link = token.head
    if link.head.pos_ in ("NOUN", "PROPN"):
        return link.head
    closed = link.nbor(-1) if link.i > 1 and link.nbor(-1).text == ")" else None
    return closed.nbor(-1) if closed is not None and closed.nbor(-1).pos_ == "PROPN" else noun


def _thing_before(pronoun: Token, antecedent: Token) -> Token:
    """The antecedent of "which" where the parser hung its clause on a person it cannot stand
    for: the name or noun closing the phrase before it ("X, president of Acme Co (ACM), which
    holds a 30 pct stake in Y": Acme holds it)."""
    if pronoun.lower_ != "which" or antecedent.ent_type_ != "PERSON":
        return antecedent
    i = pronoun.i - 1
    while i > antecedent.i and pronoun.doc[i].is_punct:
        i -= 1
    before = pronoun.doc[i]
    if i > 0 and pronoun.doc[i - 1].text == "(":
        before = before.head
    if before.i <= antecedent.i or before.pos_ not in ("NOUN", "PROPN") or before.ent_type_ == "PERSON":
        return antecedent
    return before


def relative_antecedent(possessor: Token) -> Token | None:
    """The antecedent a possessive pronoun on the object of a relative clause refers to: in "X,
    which was negotiating its merger with Y", "its" is X; "whose" is the noun its clause hangs
    on ("Vestey Group, whose Agroflora subsidiary operates 13 farms")."""
    if possessor.tag_ == "WP$":
        clause = possessor.head
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        return _antecedent(clause.head) if clause.dep_ == "relcl" else None
    if possessor.tag_ != "PRP$" or possessor.head.dep_ != "dobj":
        return None
    clause = possessor.head.head
    if clause.dep_ == "relcl" and any(child.dep_ in _SUBJECTS and child.tag_ in _RELATIVE_TAGS for child in clause.children):
        return clause.head
    return None


def object_of(verb: Token) -> Token | None:
    """A verb's object: its direct object, or the subject of a passive ("Y was sold", "Y agreed to
    be acquired", "Y signed a letter of intent to be acquired", "Y is a company owned by X"), or a
    wire-marked name right after it that the parser hung on it otherwise ("acquired <Y Inc> for 25
    mln dlrs", and "acquired (Y Inc)" where the wire's markers came as round brackets), or the
    object of a verb conjoined to it without a subject of its own ("owns and operates WTRK-FM"), or
    one written after a phrase of the verb (``_shifted_object``). A
    relative pronoun object, or subject of a passive relative clause, stands for the noun the clause
    modifies ("Y, which X acquired last year", "Y, which was snapped up by X")."""
    if is_passive(verb):
        for dep in ("nsubjpass", "nsubj"):
            for child in verb.children:
                if child.dep_ == dep and not _closed_by_possessor(child):
                    return verb.head if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else child
        if verb.dep_ == "acl":
            if verb.head.lemma_.lower() in triggers()["intention_nouns"] and any(child.dep_ == "auxpass" for child in verb.children):
                return subject_of(verb)
            if verb.head.dep_ == "attr" and verb.head.head.lemma_ in triggers()["copulas"] and verb.head.lemma_.lower() in lexicon()["company_nouns"]:
                return subject_of(verb.head.head) or verb.head
            return verb.head
        return subject_of(verb.head) if verb.dep_ in ("acomp", "oprd") else subject_of(verb)
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and not _closed_by_possessor(child):
            return verb.head if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else child
    texts = token_texts(verb.doc)
    for child in verb.children:
        if child.dep_ not in _MARKED_OBJECT_DEPS or child.i <= verb.i or child.left_edge.i == 0:
            continue
        opening = texts[child.left_edge.i - 1]
        if opening == "<" or (opening == "(" and child.left_edge.i - 2 == verb.i and child.pos_ == "PROPN"):
            return child
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            shared = next((c for c in child.children if c.dep_ == "dobj"), None)
            if shared is not None:
                return shared
    return _shifted_object(verb)


def _shifted_object(verb: Token) -> Token | None:
    """An object written after a phrase of the verb, which the parser, finding no object, hung
    as an apposition inside that phrase; a possessive opens it ("will sell through its German
    subsidiary, X, its controlling interest in Y to Z", "sold for six mln dlrs and the
    assumption of debt its Y subsidiary to a group")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for token in prep.subtree:
            if token.dep_ == "appos" and token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children):
                return token
    return None


def prep_objects(token: Token, word: str) -> list[Token]:
    """Objects of the preposition ``word`` attached to ``token`` (agent "by" included)."""
    found = []
    for child in token.children:
        if child.lower_ == word and child.dep_ in ("prep", "agent", "dative"):
            found.extend(grand for grand in child.children if grand.dep_ in ("pobj", "pcomp"))
    return found


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or through one preposition."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ not in ("dobj", "attr", "oprd", "nsubjpass"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def tree_distance(a: Token, b: Token) -> int | None:
    """Edges between two tokens of one sentence in the dependency tree."""
    path = {token.i: steps for steps, token in enumerate([a, *a.ancestors])}
    for steps, token in enumerate([b, *b.ancestors]):
        if token.i in path:
            return steps + path[token.i]
    return None


def span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic root of a character range."""
    span = expanded_span(doc, start, end)
    return span.root if span is not None and len(span) else None


def sentence_values(finder: Callable[..., list[tuple[int, int, Any]]], sentence: Span, *args: Any) -> list[tuple[Token, Any]]:
    """Values a ``kg.values`` span finder sees in a sentence, each with its root token; worked
    out once per document and sentence (several extractors read one sentence's values)."""
    memo = doc_memo(sentence.doc).setdefault("facts.sentence_values", {})
    key = (finder, sentence.start, sentence.end, args)
    if key not in memo:
        found = []
        for start, end, value in finder(sentence, *args):
            root = span_root(sentence.doc, start, end)
            if root is not None and value is not None:
                found.append((root, value))
        memo[key] = found
    return list(memo[key])


def nearest(anchor: Token, found: Sequence[tuple[Token, Any]], limit: int = _VALUE_DISTANCE) -> tuple[Token, Any] | None:
    """The (root, value) pair whose root is closest to ``anchor`` in the tree, within ``limit`` edges."""
    best: tuple[int, int, Token, Any] | None = None
    for root, value in found:
        distance = tree_distance(anchor, root)
        if distance is not None and distance <= limit and (best is None or (distance, root.i) < best[:2]):
            best = (distance, root.i, root, value)
    return (best[2], best[3]) if best else None


def nearest_value(anchor: Token, found: Sequence[tuple[Token, Any]], limit: int = _VALUE_DISTANCE) -> Any:
    """The value whose root is closest to ``anchor`` in the tree, within ``limit`` edges."""
    pair = nearest(anchor, found, limit)
    return pair[1] if pair else None


def evidence(token: Token) -> Evidence:
    """The sentence a token is in, with its document offsets."""
    doc = token.doc
    sentence = token_sentences(doc)[token.i]
    return Evidence(span_text(doc, sentence.start, sentence.end), sentence.start_char, sentence.end_char)


# --- entity resolution --------------------------------------------------------------------


def resolve(ctx: Context, token: Token) -> str | None:
    """The entity a noun-phrase head stands for: its own mention (a wire ticker "<DIS>" standing
    for the name before it), a named apposition (before what a description was resolved to: "the
    Wall Street firm Shearson Lehman" is Shearson Lehman; not a further item of a list hung on
    it: "its Borg unit, Zorvex Ltd, its Quintara unit and other units") or one set off by commas
    after a company noun that the parser hung elsewhere, the name a common noun is in
    apposition to (but a company noun never stands for a person: in "said X of the Acme Council,
    a Belknap-based citizen action group" the group is not X), a name the parser hung
    on a place after it ("First National Bank of Bloomington, Ind" with "Ind" as the head; not
    before a debt noun: "the <Gates Corp> loan" is no company), the leader of a
    group ("an investor group led by X"), the founder of an unnamed company formed for a deal ("a
    company to be formed by X"), the later buyer of an unnamed buyer ("sold to a holding firm
    that was itself acquired by X"), the company an unnamed unit belongs to ("to a
    subsidiary of X", "merge with an affiliate of X") or acts for ("its U.S. subsidiary intends
    to tender"), the company whose board, directors or shareholders act ("its board rejected",
    "Caremark shareholders will vote to approve the merger"), the product a brand noun or an
    example is named for ("the Amstel brand", "brands including Dove soap"), the name before a
    company or share noun ("its Borg unit", "its Borg retail unit"; not "the former Borg unit",
    Borg's once), the country a state noun
    with a demonym stands for ("the Indian state"), or the place an area noun after "the" stands
    for ("stores in the Tarnfield area", "its presence in the Belknap community")."""
    own = _ticker_name(ctx, token) or ctx.entity_at(token) or _closed_name(ctx, token)
    if own is not None and ctx.token_kind[token.i] != "description":
        return own
    for child in token.children if not _listed_appositions(token) else ():
        if child.dep_ == "appos":
            entity_id = ctx.entity_at(child)
            if entity_id is not None:
                return entity_id
    if own is not None:
        return own
    stray = _stray_apposition(ctx, token)
    if stray is not None:
        return stray
    if token.dep_ == "appos" and token.pos_ == "NOUN":
        named = ctx.entity_at(token.head)
        if named is not None and not (ctx.type_of(named) == "Person" and token.lemma_.lower() in lexicon()["company_nouns"]):
            return named
    called = _called_name(ctx, token)
    if called is not None:
        return called
    if token.lemma_.lower() not in lexicon()["debt_nouns"]:
        for child in token.lefts:
            entity_id = ctx.entity_at(child) if child.dep_ == "nmod" and not _closed_by_possessor(child) else None
            if entity_id is not None and ctx.type_of(entity_id) == "Organization":
                return entity_id
    if token.lemma_.lower() in cues()["group_nouns"]:
        return _group_leader(ctx, token) or _later_buyer(ctx, token)
    if token.lemma_.lower() in lexicon()["company_nouns"]:
        stood_for = _group_leader(ctx, token, "company_founders") or _later_buyer(ctx, token)
        if stood_for is not None:
            return stood_for
        controller = _group_leader(ctx, token, "company_controllers") if _acts(token) else None
        if controller is not None:
            return controller
    if token.lemma_.lower() in lexicon()["member_nouns"]:
        return next(filter(None, (resolve(ctx, obj) for obj in prep_objects(token, "of"))), None)
    if token.lemma_.lower() in lexicon()["kin_nouns"]:
        return next(filter(None, (ctx.entity_at(child) for child in token.lefts if child.dep_ in ("compound", "nmod"))), None)
    if token.lemma_.lower() in lexicon()["unit_nouns"] and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        for obj in prep_objects(token, "of"):
            entity_id = ctx.entity_at(obj)
            if entity_id is not None and ctx.type_of(entity_id) == "Organization":
                return entity_id
    if token.lemma_.lower() in lexicon()["unit_nouns"] and _acts(token):
        for child in token.children:
            entity_id = ctx.entity_at(child) if child.dep_ == "poss" else None
            if entity_id is not None and ctx.type_of(entity_id) == "Organization":
                return entity_id
    if _is_organ(token):
        for child in token.children:
            entity_id = ctx.entity_at(child) if child.dep_ in ("poss", "compound") else None
            if entity_id is not None and ctx.type_of(entity_id) == "Organization":
                return entity_id
    if token.pos_ == "NOUN" and (token.lower_ in cues()["brand_nouns"] or _is_example(token)):
        for child in token.children:
            entity_id = ctx.entity_at(child) if child.dep_ in ("compound", "poss", "nmod") else None
            if entity_id is not None and ctx.type_of(entity_id) == "Product":
                return entity_id
    if _naming_noun(token) and not _former_unit(token):
        entity_id = _name_before(ctx, token, depth=2)
        if entity_id is not None:
            return entity_id
    if token.lemma_.lower() in triggers()["possessed_stock_nouns"]:
        for child in token.children:
            entity_id = ctx.entity_at(child) if child.dep_ == "poss" and child.tag_ != "PRP$" else None
            if entity_id is not None:
                return entity_id
    if token.lemma_.lower() in lexicon()["state_nouns"] or token.lower_ in lexicon()["state_nouns"]:
        for child in token.children:
            place = place_of(ctx, child) if child.dep_ in ("amod", "compound") else None
            if place is not None:
                return place
    if token.lemma_.lower() in lexicon()["area_nouns"] and any(child.dep_ == "det" and child.lower_ == "the" for child in token.children):
        return next(filter(None, (place_of(ctx, child) for child in token.lefts if child.dep_ in ("amod", "compound", "nmod"))), None)
    return None


def _stray_apposition(ctx: Context, noun: Token) -> str | None:
    """The company a name set off by commas right after a company noun names, where the parser
    hung the name elsewhere ("agreed to buy Y's 30 pct share in the venture company they own,
    Zorvex Corp, for undisclosed terms", the name hung on "agreed"); not a speaker ("the company,
    Zorvex said, ..."), nor one of the members a plural lists ("its two units, Zorvex Inc and
    Tarvel Inc")."""
    doc = noun.doc
    start = noun.right_edge.i + 2
    if noun.tag_ != "NN" or noun.lemma_.lower() not in lexicon()["company_nouns"] or start >= len(doc) or doc[start - 1].text != ",":
        return None
    if any(child.dep_ == "appos" for child in noun.children):
        return None
    entity_id = ctx.entity_at(doc[start])
    if entity_id is None or ctx.type_of(entity_id) != "Organization":
        return None
    end = start
    while end + 1 < len(doc) and ctx.entity_at(doc[end + 1]) == entity_id:
        end += 1
    head = doc[start : end + 1].root
    phrase = {token.i for token in noun.subtree}
    if head.dep_ in ("nsubj", "nsubjpass", "conj") or head.i in phrase or head.head.i in phrase:
        return None
    if end + 1 < len(doc) and doc[end + 1].text not in (",", "."):
        return None
    return entity_id


def _called_name(ctx: Context, noun: Token) -> str | None:
    """The name a noun is given by a naming participle (``naming_participles``) on it: "a
    company called Zorvex Corp", "a new firm named Zorvex"."""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.lemma_.lower() not in lexicon()["naming_participles"]:
            continue
        for name in (grand for grand in child.children if grand.dep_ in ("oprd", "attr", "dobj")):
            entity_id = ctx.entity_at(name) if ctx.token_kind[name.i] == "name" else None
            if entity_id is not None:
                return entity_id
    return None


def _acts(token: Token) -> bool:
    """Whether a noun phrase is the doer of its clause: a subject or a passive's agent. An
    unnamed company owned by X that is bought is no stand-in for X ("the takeover of an unnamed
    company owned by X")."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.lower_ == "by")


def _later_buyer(ctx: Context, company: Token) -> str | None:
    """The named buyer of an unnamed company or group that buys or is sold to ("sold the plant to
    a holding firm that was itself acquired by X": X ends up with what was sold)."""
    if not (_acts(company) or (company.dep_ == "pobj" and company.head.lower_ == "to")):
        return None
    return _group_leader(ctx, company, "company_buyers")


def _group_leader(ctx: Context, group: Token, leaders: str = "group_leaders") -> str | None:
    """The named leader a group acts for ("an investor group led by X", "a consortium headed by X
    and Y": the first; "an investor group he heads": he), or with
    ``leaders="company_controllers"`` the named owner an unnamed company acts for ("companies
    controlled by X"), with ``leaders="company_founders"`` the founder it is a vehicle of ("a
    company formed by X"), or with ``leaders="company_buyers"`` the company that bought it ("a
    holding firm, itself acquired by X")."""
    for child in group.children:
        if child.lemma_.lower() not in cues()[leaders]:
            continue
        if child.dep_ == "acl" or (child.dep_ == "relcl" and any(grand.dep_ == "agent" for grand in child.children)):
            agents = prep_objects(child, "by")
        elif child.dep_ == "relcl" and leaders == "group_leaders":
            agents = [subject for subject in child.children if subject.dep_ == "nsubj"]
        else:
            continue
        for agent in agents:
            entity_id = ctx.entity_at(agent) or _ticker_name(ctx, agent)
            if entity_id is not None and ctx.type_of(entity_id) in ("Organization", "Person"):
                return entity_id
    return None


def _ticker_name(ctx: Context, token: Token) -> str | None:
    """The company a Reuters ticker in angle brackets stands for ("Walt Disney Co <DIS>")."""
    named = ticker_named(ctx, token)
    return ctx.entity_at(named) if named is not None else None


def _closed_name(ctx: Context, token: Token) -> str | None:
    """The company a closing wire marker stands for where the parser made the marker the
    possessor ("acquire <Borvia Ltd>'s stake in Y", "Borvia Ltd <BOR>'s shares"): the name or
    ticker it closes."""
    texts, i = token_texts(ctx.doc), token.i
    if token.dep_ != "poss" or texts[i] != ">" or i < 1:
        return None
    inner = ctx.tokens[i - 1]
    return _ticker_name(ctx, inner) or ctx.entity_at(inner)


def _closed_by_possessor(name: Token) -> bool:
    """Whether a name is the last word before a closing wire marker the parser made a
    possessor: "<Borvia Corp>'s plant" is Borvia's plant, not a plant named Borvia, whether the
    parser hung the name on the plant or on the plant's verb as a second object."""
    after = name.i + 1
    return after < len(name.doc) and token_texts(name.doc)[after] == ">" and name.doc[after].dep_ == "poss"


def ticker_named(ctx: Context, token: Token) -> Token | None:
    """The last word of the name a Reuters ticker in angle brackets follows ("Walt Disney Co
    <DIS>": "Co"), or None when ``token`` is no such ticker."""
    texts, i = token_texts(ctx.doc), token.i
    if 2 <= i < len(texts) - 1 and texts[i - 1] == "<" and texts[i + 1].startswith(">"):
        return ctx.tokens[i - 2]
    return None


def _name_before(ctx: Context, noun: Token, depth: int) -> str | None:
    """An organization or product named among the modifiers before a noun, looking ``depth``
    modifiers deep ("its Diamond Lumber homebuilding products retail unit")."""
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in ("compound", "nmod", "amod") or _closed_by_possessor(child):
            continue
        entity_id = ctx.entity_at(child)
        if entity_id is not None and ctx.type_of(entity_id) in ("Organization", "Product"):
            return entity_id
        if depth > 1 and entity_id is None:
            entity_id = _name_before(ctx, child, depth - 1)
            if entity_id is not None:
                return entity_id
    return None


def _former_unit(token: Token) -> bool:
    """Whether a unit noun says the name before it owned it once ("the former Yukos subsidiary")."""
    return token.lemma_.lower() in lexicon()["unit_nouns"] and _said_former(token)


def _said_former(token: Token) -> bool:
    """Whether a noun is modified as what something was once ("the former Yukos subsidiary",
    "formerly a unit of Y")."""
    words = lexicon()["former_modifiers"]
    return any(child.dep_ in ("amod", "advmod") and child.lower_ in words for child in token.children)


def _naming_noun(token: Token) -> bool:
    """Whether a name before this noun names what the noun is ("its Borg unit", "Cyclops shares")."""
    word = token.lemma_.lower()
    return word in lexicon()["company_nouns"] or word in triggers()["share_nouns"] or token.lower_ in triggers()["share_nouns"]


def place_of(ctx: Context, token: Token) -> str | None:
    """The Place entity a modifier names: a place mention, or a demonym, two words first
    ("South African" -> South Africa, "Chinese" -> China)."""
    entity_id = ctx.entity_at(token)
    if entity_id is not None and (ctx.type_of(entity_id) == "Place" or ctx.token_kind[token.i] == "name"):
        return entity_id if ctx.type_of(entity_id) == "Place" else None
    if token.dep_ in ("amod", "compound"):
        words = [token.text]
        before = token.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.head in (token, token.head) and before.dep_ in ("amod", "compound") and not before.is_punct:
            words.insert(0, f"{before.text} {token.text}")
        for text in words:
            name = place_of_demonym(text)
            if name is not None:
                return ctx.places.get(name.casefold())
    return None


def _own_and_later(ctx: Context, tokens: Sequence[Token]) -> list[str]:
    """The entities of trigger words that are what they name, and of the words listed after
    them ("its brands Moet & Chandon and Louis Vuitton"), not of a name listed before ("US
    Airways and Delta's Comair subsidiary": the subsidiary is Comair alone)."""
    found: list[str] = []
    for token in tokens:
        for item in conjuncts(token):
            entity_id = resolve(ctx, item) if item.i >= token.i else None
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
    return found


def resolve_all(ctx: Context, tokens: Sequence[Token]) -> list[str]:
    """Entities for argument heads and their conjuncts, in text order, without repeats."""
    found: list[str] = []
    for token in tokens:
        for item in conjuncts(token):
            entity_id = resolve(ctx, item)
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
    return found


def pair_referents(ctx: Context, token: Token) -> list[str]:
    """The two organizations "the two companies" or "both firms" stands for: the two its own
    sentence names before it, where it names just two ("Kelvaro said Belknap would back the
    offer, with the two companies forming a venture": Kelvaro and Belknap, however often the
    story named the bidder and its target); else the two named most often before it, the first
    named of those tied (a story opens on its main pair, and lists the brands or units it
    mentions after them), in the order they were first named. None for an indefinite "two
    firms", any other phrase, or fewer than two named. A bare "the two" with no noun after it
    stands for them too, first for the two the sentence before names, where it names just two
    ("X widened its links with Y. The two will merge their testing labs")."""
    words = lexicon()
    bare = token.lower_ == "two" and token.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj")
    if not bare and (token.tag_ != "NNS" or token.lemma_.lower() not in words["pair_nouns"]):
        return []
    counted = [child.lower_ for child in token.children if child.dep_ in ("nummod", "det", "predet")] + ([token.lower_] if bare else [])
    if not ("both" in counted or ("two" in counted and "the" in counted)):
        return []
    own = name_counts(ctx, range(token.sent.start, token.i), lambda entity_id: ctx.type_of(entity_id) == "Organization")
    if len(own) == 2:
        return list(own)
    before = token.doc[token.sent.start - 1].sent if bare and token.sent.start > 0 else None
    last = name_counts(ctx, range(before.start, before.end), lambda entity_id: ctx.type_of(entity_id) == "Organization") if before is not None else {}
    if len(last) == 2:
        return list(last)
    counts = name_counts(ctx, range(token.i), lambda entity_id: ctx.type_of(entity_id) == "Organization")
    if len(counts) < 2:
        return []
    order = list(counts)
    pair = sorted(order, key=lambda entity_id: (-counts[entity_id], order.index(entity_id)))[:2]
    return sorted(pair, key=order.index)


def unshare(token: Token, ctx: Context | None = None) -> tuple[Token, Span | None]:
    """Look through a share noun ("15% of Y", "a stake in Y", "shares it held in Y") to the
    thing shared: the first in the text of its "of"/"in" objects that is no share ("a stake in
    <Y>, of London,": Y), or the named possessor of assets ("all of Y's oil properties": Y;
    "its stake" is what "its" holds, and "its Canadian operations" a unit of its own), or else
    the name before it ("his whole Kelvaro Inc stake of 52,400 shares": Kelvaro).
    An "of" or "in" the parser hung on the verb right after its share object is the share's ("take
    control of Shaw's Supermarkets", "purchased 300,000 shares of preferred stock in X"); a count
    given with its share ("acquired 20.8 mln or 95 pct of X common shares") is looked through
    that share. An "of" or "in" of a thing listed with the share is the share's too ("all of the
    assets and some debts of its X subsidiary"), unless the share's own names whose it is ("70
    pct of X's stock, plus cash and notes for the remainder": X's stock;
    "the assets of X and the stock of Y": Y's stock), a name before the share says whose it is
    ("holds N X common shares, or 5 pct of the total outstanding": X) or the thing is a name
    after the share, whose "of" is its own ("Tarvel will own nine pct and
    <Quintara Bank of Commerce> will have...", the bank parsed as listed with "pct").

    Given the context, a part noun that heads a mention of its own ("its Texas oil assets", a
    business unit) is that thing, not a part of another ("Texas").

    Returns the head of the shared thing and the span that states the share, or the token
    itself and ``None`` when it is no share noun.
    """
    data = triggers()
    if not _is_share_noun(token, data["share_nouns"]) and not _is_share_noun(token, data["part_nouns"]):
        counted = any(child.like_num for child in token.children)
        share = next((item for item in token.conjuncts if _is_share_noun(item, data["share_nouns"])), None) if counted else None
        return unshare(share, ctx) if share is not None else (token, None)
    if _is_own_thing(ctx, token):
        return token, None
    share_span = token.doc[token.left_edge.i : token.i + 1] if _is_share_noun(token, data["share_nouns"]) else None
    current = token
    for _ in range(3):
        if current is not token and _named_before(current):
            break
        objects = _linked_objects([current, *(child for child in current.children if child.dep_ == "relcl")], data["share_links"])
        if not (current.i == token.i and share_span is not None and _named_before(token)) and all(_is_part(obj, data) and not any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in obj.children) for obj in objects):
            listed = [item for item in current.conjuncts if item.pos_ != "PROPN" or item.i < current.i]
            objects = sorted([*objects, *_linked_objects(listed, data["share_links"])], key=lambda obj: obj.i)
        if not objects and token.dep_ == "dobj" and token.right_edge.i + 1 < len(token.doc):
            link = token.doc[token.right_edge.i + 1]
            if link.lower_ in data["share_links"] and link.head == token.head:
                objects = [obj for obj in link.children if obj.dep_ == "pobj" and obj.pos_ == "PROPN"]
        if not objects:
            break
        whole = [obj for obj in objects if not _is_part(obj, data)]
        if whole:
            current = whole[0]
            break
        current = objects[0]
    if _is_share_noun(current, data["possessed_part_nouns"]) and not _is_own_thing(ctx, current):
        current = next((child for child in current.children if child.dep_ == "poss" and child.pos_ == "PROPN"), current)
    if current is token or _is_share_noun(current, data["share_nouns"]) or _is_share_noun(current, data["part_nouns"]):
        named = ("compound", "nmod") if share_span is not None and current.i == token.i else ("compound",)
        current = next((child for child in token.children if child.dep_ in named and child.pos_ == "PROPN"), current)
    if current is token and share_span is None:
        return token, None
    return current, share_span


def _linked_objects(holders: Iterable[Token], links: Sequence[str]) -> list[Token]:
    """The objects of the ``links`` prepositions on any of ``holders``, in text order."""
    return sorted((obj for link in links for holder in holders for obj in prep_objects(holder, link)), key=lambda obj: obj.i)


def _is_own_thing(ctx: Context | None, token: Token) -> bool:
    """Whether a part noun heads a phrase naming a thing of its own ("its oil and gas assets",
    a business unit)."""
    return ctx is not None and ctx.entity_at(token) is not None


def _named_before(token: Token) -> bool:
    """Whether a name set before a noun says whose it is ("Borg common shares", "its Borg
    stock")."""
    return any(child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" for child in token.children)


def _is_part(token: Token, data: Mapping[str, Any]) -> bool:
    """Whether a noun is a share or a part of a thing ("pct", "assets"), not the thing itself."""
    return _is_share_noun(token, data["part_nouns"]) or _is_share_noun(token, data["share_nouns"])


def _is_share_noun(token: Token, words: Sequence[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def share_value(span: Span | None) -> float | None:
    """The fraction a share phrase states ("a 20 pct stake" -> 0.2, "a fifth" -> 0.2), if it
    states one."""
    if span is None:
        return None
    for _start, _end, value in values.share_spans(span):
        if value is not None:
            return float(value)
    if span[-1].is_lower and span[-1].lemma_ in triggers()["fraction_nouns"]:
        return values.parse_share(span.text)
    return None


def title_of(token: Token) -> str | None:
    """The normalised title a title word heads ("chief executive officer" -> "chief executive"),
    also where the parser hung the modifier on the name beside it ("chief executive Tom
    Belknap" with "chief" on "Belknap") or the modifier is joined by a hyphen, however parsed
    ("vice-chairman" is a vice chairman, not a chairman)."""
    lex = lexicon()
    word = token.lower_
    if word not in lex["titles"]:
        word = token.lemma_.lower()
        if word not in lex["titles"]:
            return None
    modifiers = [
        child
        for child in token.lefts
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in lex["title_modifiers"]
    ]
    before = token.doc[token.i - 1] if token.i > 0 else None
    if (
        before is not None
        and before.head.i == token.head.i
        and before.dep_ in ("amod", "compound", "nmod")
        and before.lower_ in lex["title_modifiers"]
    ):
        modifiers.append(before)
    if before is not None and before.text == "-" and not before.whitespace_ and token.i > 1:
        joined = token.doc[token.i - 2]
        if not joined.whitespace_ and joined.lower_ in lex["title_modifiers"]:
            modifiers.append(joined)
    phrase = " ".join(t.lower_ for t in sorted([*modifiers, token], key=lambda t: t.i))
    for known, normal in lex["title_phrases"].items():
        if phrase.endswith(known):
            return normal
    return lex["titles"][word]


# --- frames ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Slots:
    """Lazily computed slot fillers for one trigger token."""

    ctx: Context
    trigger: Token
    frame: Frame

    def tokens(self, slot: str) -> list[Token]:
        """Argument heads for ``slot``; see the data file's ``about``. A noun trigger that
        modifies another noun ("takeover battle for Y", "merger talks with Y", "agreed to set up a
        joint venture shipping company in Leeds with Y") reads the possessor and
        prepositions of that noun too, one that qualifies a name reads the possessor the parser
        hung on the name ("its US subsidiary Borg"), and so does one that is the topic of talks,
        itself or through its event head ("X is in talks with Y about a possible alliance",
        "discussions with Y on the formation of a joint venture"), and one the parse hangs under
        the price of a wire-copy offer ("X's 40 dlr per share offer for Y", "X's 27 dlrs a
        share bid"). A "from" or "by" the parse hangs on the noun's object is the noun's ("an
        offer for the company's stock from X"), and so is a "for" it hangs on the noun's agent
        ("a bid by X for Y") and a "to" it hangs on the share the noun is of ("the sale of a
        controlling interest in Y to Z")."""
        found = self._tokens(slot, self.trigger)
        if found or self.frame.pos != "NOUN" or slot == "self":
            return found
        phrase = self.trigger.head
        if _modifies_noun(self.trigger) and phrase.pos_ == "NOUN":
            return self._tokens(slot, phrase)
        if slot == "poss" and self.trigger.dep_ == "compound" and self.ctx.token_kind[phrase.i] == "name" and self.ctx.token_kind[self.trigger.i] is None:
            return self._tokens(slot, phrase)
        talks = event_head(self.trigger)
        if talks.i != self.trigger.i and talks.lower_ in lexicon()["talk_nouns"]:
            return self._tokens(slot, talks)
        if self.trigger.dep_ == "pobj" and phrase.lower_ == "per" and phrase.head.pos_ == "NOUN":
            return self._tokens(slot, phrase.head)
        if self.trigger.dep_ == "appos" and phrase.pos_ == "NOUN" and any(child.like_num for child in phrase.children):
            return self._tokens(slot, phrase)
        if slot == "to":
            return [found for obj in prep_objects(self.trigger, "of") if unshare(obj, self.ctx)[1] is not None for found in prep_objects(obj, slot)]
        if slot in _AGENT_LINKS:
            return [found for link in _OBJECT_LINKS for obj in prep_objects(self.trigger, link) for found in prep_objects(obj, slot)]
        if slot == "for":
            return [found for link in _AGENT_LINKS for agent in prep_objects(self.trigger, link) for found in prep_objects(agent, slot)]
        return found

    def _subject(self, verb: Token) -> list[Token]:
        """The subject of a verb's clause; an unresolved "they" stands for the subjects of the
        clause above ("X and Y said they agreed to merge"), and a group that names its members,
        or a pronoun whose speaker it is, for those members ("The group, X and Y, said it bought
        the stake")."""
        subject = subject_of(verb)
        if subject is None:
            return []
        above = subject_of(subject.head.head) if subject.pos_ == "PRON" and subject.head.head is not subject.head else None
        members = _group_members(above if above is not None else subject)
        if members:
            return members
        if subject.lower_ in _PLURAL_PRONOUNS and self.ctx.entity_at(subject) is None:
            return [above] if above is not None else []
        return [subject]

    def _tokens(self, slot: str, trigger: Token) -> list[Token]:
        """Argument heads for ``slot`` around ``trigger``; an unresolved "their" is the clause's
        subject ("X and Y said they ended their merger talks"). A share or part listed with the
        object is looked through too ("sell its X unit, the Y truck operations and other units":
        Y)."""
        if slot == "subj":
            if self.frame.pos == "VERB" and is_passive(trigger):
                return prep_objects(trigger, "by")
            return self._subject(trigger)
        if slot == "obj":
            obj = object_of(trigger)
            if obj is None:
                return []
            shared = [unshare(item, self.ctx)[0] for item in conjuncts(obj)]
            return [shared[0], *(whole for whole, item in zip(shared[1:], conjuncts(obj)[1:]) if whole.i != item.i)]
        if slot == "lone_subj":
            if self.frame.pos != "VERB" or object_of(trigger) is not None:
                return []
            return self._subject(trigger)
        if slot == "unmoving_subj":
            if self.frame.pos == "VERB" and object_of(trigger) is not None and prep_objects(trigger, "into"):
                return []
            return self._tokens("subj", trigger)
        if slot == "obj_poss":
            targets = self._tokens("obj", trigger) if self.frame.pos == "VERB" else [unshare(t, self.ctx)[0] for t in prep_objects(trigger, "of")]
            return [child for target in targets for child in target.children if child.dep_ == "poss"]
        if slot == "obj_agent":
            obj = object_of(trigger)
            if obj is None:
                return []
            participles = [child for child in obj.children if child.dep_ == "acl"]
            return [agent for holder in (obj, *participles) for link in _AGENT_LINKS for agent in prep_objects(holder, link)]
        if slot == "receiver":
            return [child for child in trigger.children if child.dep_ == "dative" and child.pos_ in ("PROPN", "NOUN", "PRON")] if self.frame.pos == "VERB" else []
        if slot == "share_poss":
            shares = [object_of(trigger)] if self.frame.pos == "VERB" else [obj for link in _OBJECT_LINKS for obj in prep_objects(trigger, link)]
            return [child for obj in shares if obj is not None and unshare(obj, self.ctx)[0].i != obj.i for child in obj.children if child.dep_ == "poss"]
        if slot == "share_holder":
            return self._share_holders(trigger)
        if slot == "issuer":
            return self._issuers(trigger)
        if slot == "poss":
            found = [relative_antecedent(child) or child for child in trigger.children if child.dep_ == "poss"]
            verb = governing_verb(event_head(trigger))
            if verb is not None and any(child.lower_ in _CLAUSE_POSSESSIVES and self.ctx.entity_at(child) is None for child in found):
                return self._subject(verb)
            return found
        if slot in ("gov_subj", "gov_subj_any"):
            if trigger.dep_ not in ("dobj", "pobj", "attr", "oprd"):
                return []
            if slot == "gov_subj" and any(_says_whose(child) for child in trigger.children):
                return []
            verb = governing_verb(event_head(trigger))
            if verb is None or (self.frame.governors and verb.lemma_.lower() not in self.frame.governors):
                return []
            if verb.lemma_.lower() in self.frame.non_governors and not any(c.dep_ == "nsubjpass" for c in verb.children):
                return []
            return self._subject(verb)
        if slot == "talks_with":
            return [party for talks in _talks_about(trigger) for party in prep_objects(talks, "with")]
        if slot == "clause_subj":
            clauses = [c for c in trigger.children if c.dep_ == "relcl" and (not self.frame.governors or c.lemma_.lower() in self.frame.governors)]
            return [subject for clause in clauses for subject in clause.children if subject.dep_ == "nsubj"]
        if slot == "self":
            return [trigger]
        if slot == "head":
            if trigger.dep_ in ("compound", "amod", "nmod", "acl", "npadvmod"):
                return [trigger.head]
            return []
        if slot == "cop_subj":
            verb = trigger.head
            if trigger.dep_ == "pobj" and verb.lower_ == "as" and _says_what_subject_is(verb.head):
                verb = verb.head
            elif trigger.dep_ != "attr" or verb.lemma_ not in triggers()["copulas"]:
                return []
            subject = subject_of(verb)
            return [subject] if subject is not None else []
        if slot == "appos":
            return [child for child in trigger.children if child.dep_ == "appos"]
        if slot == "appos_head":
            if trigger.dep_ != "appos":
                return []
            named = _name_before_comma(self.ctx, trigger)
            return [named if named is not None and named.i > trigger.head.i else trigger.head]
        if slot == "compound":
            return [child for child in trigger.children if child.dep_ == "compound"]
        if slot == "pair_compound":
            found = [child for child in trigger.children if child.dep_ == "compound"]
            return found + [joined for child in found for joined in _joined_names(self.ctx, child)]
        if slot == "name_compound":
            return [child for child in trigger.children if child.dep_ in ("compound", "nmod") and place_of(self.ctx, child) is None]
        if slot == "poss_compound":
            if not any(child.dep_ == "poss" for child in trigger.children):
                return []
            return [child for child in trigger.children if child.dep_ == "compound"]
        if slot == "mod":
            found = [child for child in trigger.children if child.dep_ in ("npadvmod", "compound", "nmod", "advmod")]
            return found + _comma_places(found, trigger)
        if slot == "where":
            verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
            if verb is not None and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
                return [verb.head]
            return []
        return self.preposition(slot, trigger)

    def _share_holders(self, trigger: Token) -> list[Token]:
        """Who holds the share a trigger is about, as a participle on it says ("X agreed to buy
        the 30 pct stake in Y held by Z": Z), or one the parser hung on the company shared
        with no comma between ("an offer for the 24 pct of Y held by Z"; "5 pct of Y, owned by
        Z" says who owns Y); "the 45 pct of Y not owned by X" is the rest of what X holds, and "a
        stake in assets once owned by X" no longer X's."""
        if self.frame.pos == "VERB":
            obj = object_of(trigger)
            shares = [obj] if obj is not None else []
        else:
            shares = [obj for link in _OBJECT_LINKS for obj in prep_objects(trigger, link)]
        participles, former = frozenset(triggers()["holding_participles"]), frozenset(lexicon()["former_modifiers"])
        found = []
        for share in shares:
            whole, span = unshare(share, self.ctx)
            if span is None:
                continue
            for holder in (share, whole):
                for participle in holder.children:
                    if (
                        participle.dep_ == "acl"
                        and participle.lemma_.lower() in participles
                        and not any(c.dep_ == "neg" or c.lower_ in former for c in participle.children)
                        and (holder.i == share.i or participle.nbor(-1).text != ",")
                    ):
                        found += prep_objects(participle, "by")
        return found

    def _issuers(self, trigger: Token) -> list[Token]:
        """Who sells shares of its own stock ("X sold 400,000 shares of its common stock to Y",
        "X completed the sale of 18 pct of its stock"): the seller of a verb trigger, the
        possessor or governing verb's subject of a noun trigger."""
        shares = [object_of(trigger)] if self.frame.pos == "VERB" else prep_objects(trigger, "of")
        if not any(share is not None and _own_stock(self.ctx, share) for share in shares):
            return []
        if self.frame.pos == "VERB":
            return [] if is_passive(trigger) else self._subject(trigger)
        return self._tokens("poss", trigger) or self._tokens("gov_subj", trigger)

    def preposition(self, word: str, trigger: Token) -> list[Token]:
        """Objects of a preposition on the trigger, and for a noun on a number standing for it
        after "and" ("three mills in Ohio and one in Texas"); else, for a verb, on its
        objects ("pay $5m for Y" parsed with "for" on the sum, "bid 5 francs a share for Y" on
        the second); for a noun, on the word stating its value (``value_phrases``: "an offer worth
        $3bn from Y", "a deal totalling $375m with Y"), for
        "from" on a relative clause on it ("the offer it received from Y"), for "by" and "for" on
        a participle of a verb that makes it ("a takeover bid made by X", "the offer launched by X
        for Y"), then on its governing verb, except the agent of a passive the noun is the subject
        of ("the sale of Y to Z was approved by W": W approved, it did not sell), or the noun a
        relative clause's "in which" stands for ("Y, in which X holds a 52 pct stake"). An active
        verb's "to" the parser hung on a phrase after its object is the verb's ("sell its unit,
        with a turnover of 2bn crowns, to Y"), and so is one hung on a later item of the object's
        list ("sell its X unit, A Inc, and its Y unit, B Inc, to Z"). A group that names its
        members stands for them ("sold to a group combining X and Y")."""
        objects = prep_objects(trigger, word)
        if self.frame.pos == "NOUN":
            numbers = [other for other in trigger.conjuncts if other.pos_ == "NUM"]
            objects = [*objects, *(obj for number in numbers for obj in prep_objects(number, word))]
        if not objects and self.frame.pos == "NOUN":
            stated = frozenset(triggers()["value_phrases"])
            objects = [obj for child in trigger.children if child.i > trigger.i and child.lemma_.lower() in stated for obj in prep_objects(child, word)]
        if not objects and self.frame.pos == "NOUN" and word == "from":
            objects = [obj for clause in trigger.children if clause.dep_ == "relcl" for obj in prep_objects(clause, word)]
        if not objects and self.frame.pos == "NOUN" and word in ("by", "for"):
            makers = frozenset(triggers()["bid_making_verbs"])
            objects = [
                obj
                for clause in trigger.children
                if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in makers
                for obj in prep_objects(clause, word)
            ]
        if not objects and self.frame.pos == "VERB":
            obj = object_of(trigger)
            if obj is not None and obj.i > trigger.i:
                objects = prep_objects(obj, word)
            for second in trigger.children if not objects else ():
                if second.dep_ == "dobj" and second is not obj and second.i > trigger.i:
                    objects.extend(prep_objects(second, word))
        if not objects and self.frame.pos == "VERB" and word == "from":
            objects = [
                obj
                for prep in trigger.subtree
                if prep.dep_ == "prep" and prep.lower_ == word and prep.i > trigger.i and in_phrase(prep, trigger)
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        thing = object_of(trigger) if not objects and self.frame.pos == "VERB" and word == "to" and not is_passive(trigger) else None
        if thing is not None and thing.i > trigger.i:
            heads = {thing.i, *(child.i for child in thing.children if child.dep_ == "appos")}
            listed = {item.i for item in thing.subtree if item.dep_ == "conj" and item.head.i in heads}
            objects = [
                obj
                for prep in trigger.subtree
                if prep.dep_ == "prep" and prep.lower_ == word and ((prep.i > thing.right_edge.i and in_phrase(prep, trigger)) or prep.head.i in listed)
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        if not objects and self.frame.pos == "NOUN" and not (word == "by" and trigger.dep_ == "nsubjpass"):
            verb = governing_verb(trigger)
            if verb is not None:
                objects = [obj for obj in prep_objects(verb, word) if obj.i > trigger.i]
                if not objects and verb.dep_ == "relcl" and not verb.head.conjuncts:
                    objects = [verb.head for obj in prep_objects(verb, word) if obj.tag_ in ("WDT", "WP")]
        return [unshare(member, self.ctx)[0] for obj in objects for member in (_group_members(obj) or [obj])]


def _modifies_noun(trigger: Token) -> bool:
    """Whether a noun trigger qualifies the noun after it ("merger talks", "a joint venture printing
    company"); a count on it makes it a measure of that noun, not a deal or a place ("the 600-site
    housing community in Y" is no site in Y)."""
    if trigger.dep_ == "compound":
        return True
    return trigger.dep_ == "nmod" and not any(child.dep_ == "nummod" for child in trigger.children)


def _says_whose(modifier: Token) -> bool:
    """Whether a noun trigger's modifier says whose the deal is, so the subject of the verb
    governing it is no party: a possessor, or a nationality right before it ("X will help
    accelerate Japanese investment in Y": the investment is Japan's, not X's; in "a 4.3 billion
    Canadian dlr offer" the nationality is the currency's)."""
    if modifier.dep_ == "poss":
        return True
    return modifier.dep_ == "amod" and modifier.i == modifier.head.i - 1 and place_of_demonym(modifier.text) is not None


def _name_before_comma(ctx: Context, apposition: Token) -> Token | None:
    """The name, ticker and all, right before the comma that opens an apposition, which the
    parser may have hung on a noun further back ("approved by its board and by Acme Inc <ACM>,
    owner of 84 pct of Y", with "owner" hung on the subject "terms")."""
    texts = token_texts(apposition.doc)
    i = apposition.left_edge.i - 1
    if i < 1 or texts[i] != ",":
        return None
    i -= 1
    if texts[i] == ">" and i >= 2 and texts[i - 2] == "<":
        i -= 3
    if i < 0 or ctx.token_kind[i] != "name" or ctx.token_entity[i] is None:
        return None
    return ctx.tokens[i]


def _joined_names(ctx: Context, name: Token) -> list[Token]:
    """The names a hyphen or a slash joins to the front of a name that modifies a noun, which the
    parser hangs on that name ("the Zorvex-Belknap merger", "the Tarvel/Kelvaro merger": Zorvex,
    Tarvel); a name that is one mention with the hyphen ("Anglo-Borvian") joins nothing."""
    entity_id = ctx.entity_at(name)
    found: list[Token] = []
    for token in name.subtree:
        if token.text not in ("-", "/") or not 0 < token.i < name.i:
            continue
        before = ctx.tokens[token.i - 1]
        other = ctx.entity_at(before) if ctx.token_kind[before.i] == "name" else None
        if other is not None and other != entity_id:
            found.append(before)
    return found


def _comma_places(modifiers: Sequence[Token], trigger: Token) -> list[Token]:
    """The city a comma sets before a modifier's state, which the parse hangs on the noun the
    trigger modifies: "the Richardson, Texas-based defense contractor" (Richardson)."""
    doc = trigger.doc
    found: list[Token] = []
    for modifier in modifiers:
        start = modifier.left_edge.i
        if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN" and doc[start - 2].head.i in (trigger.i, trigger.head.i):
            found.append(doc[start - 2])
    return found


def _own_stock(ctx: Context, share: Token) -> bool:
    """Whether a share phrase is a part of its own company's stock: a share of a stock noun a
    possessive pronoun owns ("400,000 shares of its common stock", "a controlling interest in
    its stock"); "its shares" alone, or "its Y stock", is a stake held in another company."""
    whole, span = unshare(share, ctx)
    return (
        span is not None
        and whole.i != share.i
        and whole.lemma_.lower() in triggers()["possessed_stock_nouns"]
        and any(child.dep_ == "poss" and child.tag_ == "PRP$" for child in whole.children)
        and not _named_before(whole)
    )


def _done_under(verb: Token, nouns: frozenset[str]) -> bool:
    """Whether a preposition phrase on a verb names one of ``nouns`` ("received the shares in
    response to its tender offer", "accepted 2.3 mln shares under a tender offer")."""
    return any(word.lemma_.lower() in nouns for child in verb.children if child.dep_ == "prep" for word in child.subtree)


def _matches(frame: Frame, token: Token) -> bool:
    """Whether ``token`` fires ``frame``: part of speech, word, particle, shared object, and
    no negating determiner on the phrase ("has no stake in"), except for the event types, whose
    status reads the negation ("plans no bid for Y" is a denied acquisition); a noun that only
    qualifies another ("a takeover target") fires nothing, nor does "buy back" a purchase frame."""
    if frame.pos == "VERB" and token.pos_ != "VERB":
        return False
    if frame.pos == "NOUN" and token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.lemma_.lower() not in frame.lemmas and token.lower_ not in frame.lemmas:
        return False
    if frame.pos == "NOUN" and token.dep_ == "compound" and token.head.lemma_.lower() in triggers()["not_deal_heads"]:
        if token.head.lemma_.lower() not in frame.qualified_heads:
            return False
    if frame.pos == "NOUN" and frame.particles and not frame.particles <= {c.lower_ for c in token.children if c.dep_ in ("amod", "compound")}:
        return False
    if frame.pos == "VERB" and frame.particles and not any(c.dep_ in ("prt", "advmod", "npadvmod", "oprd") and c.lower_ in frame.particles for c in token.children):
        return False
    excluded = triggers()["excluded_particles"].get(token.lemma_.lower(), ())
    if excluded and not frame.particles and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in excluded:
        return False
    modifiers = triggers()["excluded_modifiers"].get(token.lemma_.lower(), ()) if frame.pos == "NOUN" else ()
    if modifiers and not frame.particles and set(modifiers) <= {c.lower_ for c in token.children if c.dep_ == "amod"}:
        return False
    negators = triggers()["negating_determiners"]
    phrase = object_of(token) if frame.pos == "VERB" else token
    if (
        frame.fact_type not in triggers()["negated_event_types"]
        and phrase is not None
        and any(child.dep_ in ("det", "neg") and child.lower_ in negators for child in phrase.children)
    ):
        return False
    if frame.blockers:
        verb = governing_verb(token) if frame.pos == "NOUN" else token.head
        if verb is not None and verb.lemma_.lower() in frame.blockers:
            return False
    if frame.fact_type == "Acquisition" and frame.pos == "NOUN" and not _deal_purpose(token):
        return False
    if frame.dealless and _names_deal(token):
        return False
    if frame.cooperative and not _cooperative(token):
        return False
    if frame.under and not _done_under(token, frame.under):
        return False
    if frame.unnamed_object:
        return (
            phrase is not None
            and _unnamed_indefinite(phrase)
            and (not frame.objects or phrase.lemma_.lower() in frame.objects)
            and not _named_counterpart(token)
        )
    if frame.objects and (phrase is None or not _names_money(phrase, frame.objects)):
        return False
    if frame.share_object:
        return phrase is not None and unshare(phrase)[1] is not None
    return True


def _cooperative(trigger: Token) -> bool:
    """Whether an agreement says what its parties do together: a cooperation word (verb or kind)
    modifying it ("a technology-sharing agreement"), heading an infinitive on it or on the verb
    that makes it ("agreed with Y to exchange information", "signed an accord to develop"), or
    what it calls for ("the agreement calls for a joint venture")."""
    words = _cooperation_words()
    modifiers = [t for child in trigger.lefts if child.dep_ in ("compound", "amod", "nmod") for t in child.subtree]
    if any(t.lemma_.lower() in words or t.lower_ in words for t in modifiers):
        return True
    holders = [trigger]
    if trigger.pos_ != "VERB" and trigger.dep_ == "dobj":
        holders.append(trigger.head)
    clauses = [c for holder in holders for c in holder.children if c.dep_ in ("acl", "xcomp", "advcl", "relcl") and c.i > trigger.i]
    if trigger.dep_ == "nsubj":
        clauses += [c for c in trigger.head.children if c.dep_ == "dobj"]
        clauses += [o for c in trigger.head.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in words for c in clauses)


@lru_cache(maxsize=1)
def _cooperation_words() -> frozenset[str]:
    """The lexicon's cooperation verbs and kinds as single words ("co - operate" as the one
    token "co-operate")."""
    lex = lexicon()
    return frozenset(word.replace(" ", "") for word in (*lex["cooperation_verbs"], *lex["cooperation_kinds"]))


def _names_deal(trigger: Token) -> bool:
    """Whether a deal word in the trigger's sentence makes its agreement a deal of another type;
    one in a relative clause the trigger is not in describes something else ("an accord with Y to
    cancel an option that would have let Y buy X" is no purchase)."""
    described = {t.i for clause in trigger.sent if clause.dep_ == "relcl" and trigger not in clause.subtree for t in clause.subtree}
    return any(t.lemma_.lower() in _deal_words() for t in trigger.sent if t.i not in described)


@lru_cache(maxsize=1)
def _deal_words() -> frozenset[str]:
    """The words that make an agreement in their sentence a deal of another type."""
    return frozenset(triggers()["deal_words"])


def _unnamed_indefinite(noun: Token) -> bool:
    """Whether a noun phrase names nothing in particular: "a pharmaceutical company", "small
    acquisitions", "another Canadian securities company" (a place says where, not which); not
    "the company", "its acquisitions" or a phrase with a name in it."""
    named = [token for child in noun.lefts for token in child.subtree] + [
        token for prep in noun.children if prep.lower_ == "of" for token in prep.subtree
    ]
    places = ("GPE", "NORP", "LOC")
    if noun.pos_ != "NOUN" or noun.ent_type_ or any(
        (token.pos_ == "PROPN" or token.ent_type_) and token.ent_type_ not in places for token in named
    ):
        return False
    indefinite = frozenset(triggers()["indefinite_determiners"])
    determiners = [child.lower_ for child in noun.children if child.dep_ in ("det", "poss")]
    if not all(word in indefinite for word in determiners):
        return False
    return bool(determiners) or noun.tag_ == "NNS"


def _deal_purpose(noun: Token) -> bool:
    """Whether a bid is for a company: true unless an infinitive says it is for something else
    ("made a bid last year to become chairman"), on the noun or on the verb that makes it."""
    verb = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in triggers()["bid_making_verbs"] else None
    clauses = [child for child in noun.children if child.dep_ == "acl"]
    if verb is not None:
        clauses += [child for child in verb.children if child.dep_ in ("advcl", "xcomp") and child.i > noun.i]
    purposes = [clause for clause in clauses if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)]
    return not purposes or any(clause.lemma_.lower() in triggers()["deal_purposes"] for clause in purposes)


def _named_counterpart(trigger: Token) -> bool:
    """Whether a verb trigger names the other side of the deal or the thing dealt in elsewhere:
    a seller ("acquired a systems business from Control Data") or a name beside its object
    ("acquired (Cafe Van Houtte Inc), a cafe chain"); then the deal is a named one."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    for child in trigger.children:
        if child.dep_ in ("npadvmod", "dative", "appos") and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
        if child.dep_ == "prep" and child.lower_ == "from" and any(t.pos_ == "PROPN" for t in child.subtree):
            return True
    return False


def _names_money(phrase: Token, words: frozenset[str]) -> bool:
    """Whether an object is money: a money word ("money", "cash"), a sum ("$5m", "5 mln dlrs",
    "1.3bn pounds") or a number in a currency kg has no code for ("3.8 billion pesos"); not a
    count with no number ("committed thousands of violations") nor a year ("between 2000 and
    2003"). A relative clause on it is not part of it ("Y, which X raised to $8.4bn" is no sum)."""
    clauses = [child for child in phrase.children if child.dep_ == "relcl"]
    end = min((clause.left_edge.i for clause in clauses), default=phrase.right_edge.i + 1)
    tokens = [t for t in phrase.subtree if t.i < end]
    if phrase.lemma_.lower() in words or any(t.tag_ == "$" for t in tokens):
        return True
    if any(t.like_num and not values.is_scale(t.text) and t.ent_type_ not in ("DATE", "TIME") for t in tokens):
        return True
    return bool(values.money_spans(phrase.doc[phrase.left_edge.i : max(end, phrase.left_edge.i + 1)]))


def _fill(ctx: Context, frame: Frame, trigger: Token) -> Iterator[dict[str, list[str]]]:
    """Candidate role assignments for one trigger: list roles whole, single roles one by one, a
    place only from the slots ``place_slots`` allows for its role; none when a role's entity also
    fills a slot the frame excludes for it (a buyer is never the possessor of what it buys: "X
    agreed to acquire X's unit" is a misresolved pronoun)."""
    slots = _Slots(ctx, trigger, frame)
    allowed = role_types(frame.fact_type)
    place_slots = triggers()["place_slots"].get(frame.fact_type, {})
    list_role = LIST_ROLES.get(frame.fact_type)
    filled: dict[str, list[str]] = {}
    used: set[str] = set()
    named_slots: set[str] = set()
    anchors: list[str] = []
    listed: list[str] = []
    for index, (slot, role) in enumerate(frame.slots):
        is_list = role == list_role
        if role in filled and (not is_list or len(filled[role]) >= 2):
            continue
        current = filled.get(role, [])
        tokens = slots.tokens(slot)
        if slot in frame.own_names:
            tokens = [token for token in tokens if ctx.entity_at(token) is not None and ctx.token_kind[token.i] != "description"]
        if slot == "head":
            named = _modified_names(ctx, tokens, trigger)
        elif slot == "self" and not is_list:
            named = _own_and_later(ctx, tokens)
        else:
            named = resolve_all(ctx, tokens)
        if is_list:
            named += [entity_id for token in tokens for entity_id in pair_referents(ctx, token) if entity_id not in named]
        candidates = [
            entity_id
            for entity_id in named
            if ctx.type_of(entity_id) in allowed.get(role, ())
            and (ctx.type_of(entity_id) != "Place" or slot in place_slots.get(role, (slot,)))
            and entity_id not in current
            and (is_list or entity_id not in used)
        ]
        if is_list and slot in frame.apart and trigger.tag_ == "NNS" and len(candidates) > 1:
            listed = candidates
            continue
        if not is_list and len(candidates) > 1:
            candidates = [entity_id for entity_id in candidates if not _named_alone_later(ctx, frame, slots, index, entity_id)] or candidates
        if candidates:
            if is_list and not current:
                anchors = candidates
            filled[role] = current + candidates
            named_slots.add(slot)
            if not is_list:
                used.update(candidates)
    if not named_slots.issuperset(frame.require_slots):
        return
    if any(slot not in named_slots and slots.tokens(slot) for slot in frame.named_if_given):
        return
    counterparts = frozenset(lexicon()["counterpart_nouns"])
    for role, excluded_slots in frame.exclusive.items():
        excluded = [token for slot in excluded_slots for token in slots.tokens(slot) if token.head.lemma_.lower() not in counterparts]
        if role in filled and any(entity_id in filled[role] for entity_id in resolve_all(ctx, excluded)):
            return
    if listed:
        for other in (entity_id for entity_id in listed if entity_id not in filled.get(list_role, [])):
            yield from ({**filled, list_role: [anchor, other]} for anchor in filled.get(list_role, [])[:1])
        return
    if list_role and list_role in filled:
        members = filled[list_role]
        if frame.pairs and len(anchors) == 1 and len(members) > 2:
            for other in members[1:]:
                yield {**filled, list_role: [anchors[0], other]}
        else:
            yield {role: ids for role, ids in filled.items()}
        return
    single = sorted(filled)
    for combination in itertools.product(*(filled[role] for role in single)):
        if len(set(combination)) == len(combination):
            yield {role: [entity_id] for role, entity_id in zip(single, combination)}


def _named_alone_later(ctx: Context, frame: Frame, slots: _Slots, index: int, entity_id: str) -> bool:
    """Whether a slot after the ``index``-th, of another single role, names ``entity_id`` and
    nothing else: a company listed among several for one role that a later slot names alone
    takes that role ("X and Y said they bought Y common shares": Y, buying back its own stock
    beside X, is what X buys)."""
    role = frame.slots[index][1]
    later = [slot for slot, other in frame.slots[index + 1 :] if other not in (role, LIST_ROLES.get(frame.fact_type))]
    return any(resolve_all(ctx, slots.tokens(slot)) == [entity_id] for slot in later)


def _modified_names(ctx: Context, nouns: Sequence[Token], trigger: Token) -> list[str]:
    """The entities a modifier trigger describes: the noun it modifies with the nouns listed after
    it ("Texas-based X and Y"), but a later item of a list alone ("X and California-based Y"),
    and not a listed noun with a modifier of the same word of its own ("Boston-based X and
    Bermuda-based Y": Y is not in Boston)."""
    found: list[str] = []
    for noun in nouns:
        items = [noun] if noun.dep_ == "conj" else [item for item in conjuncts(noun) if item is noun or not _own_modifier(item, trigger)]
        for item in items:
            entity_id = resolve(ctx, item)
            if entity_id is not None and entity_id not in found:
                found.append(entity_id)
    return found


def _own_modifier(noun: Token, trigger: Token) -> bool:
    """Whether a noun has a modifier of the trigger's word other than the trigger."""
    return any(child is not trigger and child.lemma_ == trigger.lemma_ and child.dep_ in ("acl", "amod", "compound") for child in noun.children)


def _satisfied(frame: Frame, roles: Mapping[str, list[str]]) -> bool:
    """Whether every required role (or one of its alternatives) is filled."""
    list_role = LIST_ROLES.get(frame.fact_type)
    for alternatives in frame.require:
        if not any(
            role in roles and (len(roles[role]) >= 2 if role == list_role else bool(roles[role])) for role in alternatives
        ):
            return False
    return True


def frame_facts(ctx: Context, fact_type: str) -> Iterator[Fact]:
    """Facts of one type from every trigger frame the data file lists for it.

    Parameters
    ----------
    ctx : Context
        The document context.
    fact_type : str
        The fact type whose frames to run.

    Yields
    ------
    Fact
        One fact per trigger and role assignment that fills the frame's required roles. The
        assignments of frames with ``story_roles`` that fall short are kept for
        :func:`story_facts`.
    """
    type_frames = frames(fact_type)
    if not type_frames:
        return
    by_word = _frames_by_word(fact_type)
    pending = _pending(ctx, fact_type)
    pending.clear()
    for token in ctx.tokens_of(by_word):
        candidates = by_word.get(token.lemma_.lower(), ()) + by_word.get(token.lower_, ())
        for index, frame in enumerate(candidates):
            if any(frame is earlier for earlier in candidates[:index]) or not _matches(frame, token):
                continue
            plural = token.tag_ in ("NNS", "NNPS")
            for assignment in _fill(ctx, frame, token):
                if plural and not all(assignment.get(role) for role in frame.plural_require):
                    continue
                if _satisfied(frame, assignment):
                    fact = _frame_fact(ctx, frame, token, assignment)
                    if fact is not None:
                        yield fact
                elif frame.story_roles:
                    pending.append((frame, token, assignment))


def _pending(ctx: Context, fact_type: str) -> list[tuple[Frame, Token, dict[str, list[str]]]]:
    """The assignments of frames with ``story_roles`` that fell short, kept for
    :func:`story_facts`."""
    return doc_memo(ctx.doc).setdefault(("facts.pending", fact_type), [])


def story_facts(ctx: Context, fact_type: str, found: Sequence[Fact]) -> Iterator[Fact]:
    """Facts a frame with ``story_roles`` read without one of those roles, with it filled from
    the rest of the document: when this type's facts (``found``) and the frame assignments that
    fell short name exactly one entity in that role, other than the fact's own ("the German group
    may raise its bid" in a story whose one bid target is the LSE), and none of the fact's own
    (a bidder the story also names as a target is likely misread). When they name several, the
    facts that fill a role the fact fills too may name one: a bidder's bid is for the one
    company the story's bidders bid for, not for a unit a bidder sells ("X may launch a cash
    bid" where Y bids for the LSE and may sell Clearstream). A stake (a frame with
    ``story_needs``) that still has several goes to the one the story names most (see
    :func:`_most_named_of`).

    Parameters
    ----------
    ctx : Context
        The document context, after :func:`frame_facts` ran for ``fact_type``.
    fact_type : str
        The fact type.
    found : Sequence[Fact]
        Every fact of that type read from the document's sentences.

    Yields
    ------
    Fact
        At confidence 0.5 at most.
    """
    pending = _pending(ctx, fact_type)
    story = _story_roles(found, pending)
    for frame, token, assignment in pending:
        missing = [role for role in frame.story_roles if role not in assignment]
        if len(missing) != 1 or _left_unnamed(frame, token, missing[0]):
            continue
        own = {entity_id for ids in assignment.values() for entity_id in ids}
        named = story.get(missing[0], set()) - own
        if len(named) > 1:
            alike = _story_roles([fact for fact in found if fact.roles.keys() & assignment.keys()], [entry for entry in pending if entry[2].keys() & assignment.keys()])
            named = alike.get(missing[0], set()) - own
        if len(named) > 1 and frame.story_needs is not None:
            named = _most_named_of(ctx, named)
        completed = {**assignment, missing[0]: sorted(named)}
        if len(named) == 1 and not story.get(missing[0], set()) & own and _satisfied(frame, completed):
            fact = _frame_fact(ctx, frame, token, completed, _STORY_CONFIDENCE)
            if fact is not None and (frame.story_needs is None or frame.story_needs in fact.attributes):
                yield fact


def _most_named_of(ctx: Context, candidates: set[str]) -> set[str]:
    """The one of several candidates the story names most often, where one is named more than
    each other ("Mr Tarvel's family trust holds 31.5%" in a story about his bid for
    Borg that also names the team he owns: Borg's); all of them where the count ties."""
    counts = name_counts(ctx, range(len(ctx.tokens)), lambda entity_id: entity_id in candidates)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return candidates
    return {entity_id for entity_id, count in counts.items() if count == ranked[0]}


def _story_roles(found: Sequence[Fact], pending: Sequence[tuple[Frame, Token, dict[str, list[str]]]]) -> dict[str, set[str]]:
    """Role -> the entities the document's facts and short assignments fill it with."""
    story: dict[str, set[str]] = {}
    for fact in found:
        for role, value in fact.roles.items():
            if isinstance(value, str):
                story.setdefault(role, set()).add(value)
    for frame, _, assignment in pending:
        for role in frame.story_roles:
            story.setdefault(role, set()).update(assignment.get(role, ()))
    return story


def _left_unnamed(frame: Frame, token: Token, role: str) -> bool:
    """Whether the sentence gives a role's preposition phrase that names no entity ("a stake in
    the plant"): the role is then something the story does not name, not left out. A figure is
    no such phrase ("a stake of 28.1 pct"). So is a share object in several things other than
    shares ("50 pct interests in its subsidiaries abroad"): many units, not the story's one
    company."""
    objects = (obj for slot, filled in frame.slots if filled == role for obj in prep_objects(token, slot))
    if any(not any(t.like_num for t in obj.subtree) for obj in objects):
        return True
    obj = object_of(token) if any(slot == "obj" and filled == role for slot, filled in frame.slots) else None
    if obj is None:
        return False
    shared, span = unshare(obj)
    stock = {*triggers()["share_nouns"], *triggers()["possessed_stock_nouns"]}
    return span is not None and shared.i != obj.i and shared.tag_ == "NNS" and shared.lemma_.lower() not in stock


def _frame_fact(ctx: Context, frame: Frame, token: Token, assignment: Mapping[str, list[str]], cap: float = 1.0) -> Fact | None:
    """The fact a frame reads at ``token`` for one role assignment: its roles, the attributes
    found near the trigger, confidence (at most ``cap``) and status; ``None`` when the fact
    lacks an attribute the frame needs without one of its roles."""
    fact_type = frame.fact_type
    list_role = LIST_ROLES.get(fact_type)
    attribute_roles = frozenset(triggers()["attribute_roles"].get(fact_type, ()))
    sentence = token_sentences(ctx.doc)[token.i]
    roles: dict[str, str | tuple[str, ...]] = {}
    attributes: dict[str, Any] = {}
    for role, ids in assignment.items():
        if role in attribute_roles:
            attributes[role] = ids[0]
        elif role == list_role:
            roles[role] = tuple(sorted(ids))
        else:
            roles[role] = ids[0]
    confidence = min(frame.confidence, cap)
    for role, lowered in frame.confidence_without.items():
        if role not in roles:
            confidence = min(confidence, float(lowered))
    found = {
        "share": lambda: _frame_share(frame, token),
        "amount": lambda: _amount(token, sentence_values(values.deal_money_spans, sentence, ctx.dollar)),
        "date": lambda: nearest_value(token, sentence_values(values.date_spans, sentence, ctx.date)),
        "kind": lambda: frame.kinds.get(token.lemma_.lower(), frame.kind),
    }
    for name in triggers()["attributes"].get(fact_type, ()):
        value = found[name]()
        if value is not None:
            attributes[name] = value
    if any(role not in roles and name not in attributes for role, name in frame.needs_without.items()):
        return None
    extractor = f"{fact_type.lower()}.{frame.name}"
    possessed = frame.possessed_standing and any(child.dep_ == "poss" for child in token.children) and not kg_status.modifier_statuses(token)
    if possessed and STATUS_CLASSES[make_fact(fact_type, roles, token, extractor, confidence, frame.status).status] != "holds":
        held = _held_share(token)
        attributes = {name: value for name, value in attributes.items() if name != "share"} | ({"share": held} if held is not None else {})
    if frame.needs is not None and frame.needs not in attributes:
        return None
    standing = frame.standing or possessed
    if standing and _said_former(token):
        return None
    return make_fact(fact_type, roles, token, extractor, confidence, frame.status, attributes, governed=not standing)


def _held_share(trigger: Token) -> float | None:
    """The share a possessed holding has before a change still to come: its own ("intends to
    boost its current 10 pct stake to 15 pct"), else the one the change starts from, in the
    unit of the one it goes to ("will increase its stake in Y to about 40 pct from 15": 15
    pct); never the share it would go to."""
    own = share_value(unshare(trigger)[1])
    verb = governing_verb(trigger)
    if own is not None or verb is None:
        return own
    targets = prep_objects(verb, "to")
    for start in [*prep_objects(verb, "from"), *(item for target in targets for item in prep_objects(target, "from"))]:
        value = share_value(unshare(start)[1])
        if value is None and start.like_num and targets and not targets[0].like_num:
            value = values.parse_share(f"{start.text} {targets[0].text}")
        if value is not None:
            return value
    return None


def _amount(trigger: Token, money: Sequence[tuple[Token, Any]]) -> Any:
    """The sum nearest the trigger, else the value of the deal the trigger is done in ("would
    acquire Y in an all-stock deal valued at about $4.2 billion"), else the price "for" which it
    is done, hung deeper in its phrase ("to sell Y to a consortium led by Z for 2 trillion yen")."""
    found = nearest_value(trigger, money)
    if found is not None or not money:
        return found
    carriers = frozenset(triggers()["value_carriers"])
    for word in triggers()["value_carrier_links"]:
        for carrier in prep_objects(trigger, word):
            value = nearest_value(carrier, money) if carrier.lemma_.lower() in carriers else None
            if value is not None:
                return value
    return next((value for root, value in money if _price_in_phrase(trigger, root)), None)


def _price_in_phrase(trigger: Token, root: Token) -> bool:
    """Whether a sum is the object of a "for" inside the trigger's phrase, with no clause of its
    own between them ("which paid $2bn for it" is another deal's), itself or as what a price
    noun there is "of" ("took a holding in Y through a rights issue, for an overall cost of 2 mln dlrs")."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in triggers()["price_of_nouns"]:
        root = root.head.head
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    token = root.head.head
    while token.i != trigger.i:
        if token.head.i == token.i or any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children):
            return False
        token = token.head
    return True


def _frame_share(frame: Frame, trigger: Token) -> float | None:
    """The share a frame's object or preposition states ("15% of", "a 20 pct stake in", "1.2
    mln shares or 7.5 pct of", "969,515 shares of Y stock, or 5.4 pct of", "raised its stake in Y
    to 15.2 pct", "cut its stake in Y to 310,000 shares or 3.1 pct of the total", "half owned
    by", "an offer for the 24 pct of Y held by Z"); a share the parser conjoined to the verb
    after its "to" count is that count's ("raised its stake in Y to 442,498 shares, or 8.6
    pct")."""
    candidates: list[Token] = []
    if frame.pos == "VERB":
        obj = object_of(trigger)
        if obj is not None:
            candidates.extend(conjuncts(obj))
            candidates.extend(item for stock in prep_objects(obj, "of") for item in conjuncts(stock)[1:])
            candidates.extend(_restated_shares(obj))
        candidates.extend(c for c in trigger.children if c.dep_ in ("npadvmod", "dobj", "advmod"))
        candidates.extend(_restated_shares(trigger))
    else:
        candidates.append(trigger)
        candidates.extend(prep_objects(trigger, "of"))
        candidates.extend(prep_objects(trigger, "with"))
        candidates.extend(prep_objects(trigger, "for"))
        verb = governing_verb(trigger)
        if verb is not None:
            targets = [item for target in prep_objects(verb, "to") for item in conjuncts(target)]
            targets.extend(child for child in verb.children if child.dep_ == "conj" and child.pos_ == "NOUN" and targets and child.i > targets[0].i)
            candidates.extend([*targets, *(share for target in targets for share in _restated_shares(target))])
    for candidate in candidates:
        value = share_value(unshare(candidate)[1])
        if value is not None:
            return value
    return owned_share(trigger)


def _restated_shares(token: Token) -> list[Token]:
    """The shares a count of shares is restated as (``share_restatements``), on the count or on
    the verb holding it, or the count being the restatement's own object: "owns 786,800 shares
    of Y, equal to 8.9 pct", "holds 36 mln Y shares representing 13.07 pct", "cut its stake to
    what equals 820,000 shares, or 2.7 pct of the total"."""
    words = frozenset(triggers()["share_restatements"])
    if token.lemma_.lower() in words:
        restating = [token]
    else:
        restating = [child for child in token.children if child.dep_ in ("advcl", "acl", "amod") and child.lemma_.lower() in words]
    objects = [obj for word in restating for obj in [*(c for c in word.children if c.dep_ == "dobj"), *prep_objects(word, "to"), *prep_objects(word, "of")]]
    return [item for obj in objects for item in conjuncts(obj)]


def owned_share(trigger: Token) -> float | None:
    """The share an ownership participle's modifier states, the participle being the trigger or
    modifying it: "a wholly owned subsidiary of X" and "Y is fully owned by X" hold all of Y
    (``whole_owning_adverbs``), "X's 82 pct owned Y subsidiary" 0.82 ("a majority-owned unit"
    states no size). The parser may hang the participle on the name a trigger noun is a
    compound of ("its wholly owned subsidiary Y Corp"), or on a noun compounded in the trigger
    name ("its fully-owned subsidiary Y Corp"), and the number on the modified noun ("its 70
    pct-owned Y subsidiary")."""
    words = lexicon()["own_words"]
    whole = frozenset(lexicon()["whole_owning_adverbs"])
    nouns = [trigger, *(child for child in trigger.children if child.dep_ == "compound" and child.pos_ == "NOUN")]
    if trigger.dep_ == "compound":
        nouns.append(trigger.head)
    participles = [trigger] if trigger.lower_ in words else [child for noun in nouns for child in noun.children if child.dep_ == "amod" and child.lower_ in words and child.i < trigger.i]
    for participle in participles:
        for modifier in participle.children:
            if modifier.dep_ in ("advmod", "npadvmod") and modifier.i < participle.i:
                start = modifier.left_edge.i
                if start > 0 and participle.doc[start - 1].like_num and participle.doc[start - 1].dep_ == "nummod":
                    start -= 1
                value = 1.0 if modifier.lower_ in whole else values.parse_share(participle.doc[start : modifier.right_edge.i + 1].text)
                if value is not None:
                    return value
    return None


def conditional(trigger: Token) -> bool:
    """Whether the clause a trigger is read in is a condition ("if X buys Y"), which asserts
    nothing: the trigger's verb (or the verb governing a noun trigger), climbing through
    infinitives and conjoined verbs, is introduced by a conditional word."""
    marks = frozenset(triggers()["conditional_marks"])
    verb: Token | None = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(event_head(trigger))
    for _ in range(4):
        if verb is None:
            return False
        if any(child.dep_ == "mark" and child.lower_ in marks for child in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
            return False
        verb = verb.head
    return False


def progressive(trigger: Token) -> bool:
    """Whether a verb trigger is in the progressive ("was buying", "is selling"): a deal under
    way, not done, so a completed reading of it becomes the data file's ``progressive`` status."""
    if trigger.tag_ != "VBG":
        return False
    auxiliaries = frozenset(triggers()["progressive"]["auxiliaries"])
    return any(child.dep_ == "aux" and child.lower_ in auxiliaries for child in trigger.children)


def event_head(trigger: Token) -> Token:
    """The word whose governors decide a trigger's status and subject: the trigger, or for a noun
    that is the "of" object of another noun ("the establishment of a center"), that noun, so
    "X is mulling the establishment of a center" is X's, and considered, not done; likewise the
    talks a deal is the topic of ("X ended talks with Y concerning the acquisition of Z": X's,
    and ended)."""
    words = lexicon()
    anchor = trigger
    for _ in range(3):
        link = anchor.head
        if anchor.dep_ != "pobj" or link.head.pos_ != "NOUN":
            break
        if link.lower_ != "of" and (link.lower_ not in words["topic_links"] or link.head.lower_ not in words["talk_nouns"]):
            break
        anchor = link.head
    return anchor


def _talks_about(trigger: Token) -> list[Token]:
    """The talks a deal noun is the topic of ("ended talks with Y about the sale of Z"), also where
    the parser hung the topic on the verb the talks are the object of ("had held formal discussions
    with Y about the potential sale of Z")."""
    words = lexicon()
    talks = event_head(trigger)
    if talks.i != trigger.i and talks.lower_ in words["talk_nouns"]:
        return [talks]
    link = trigger.head
    if trigger.dep_ != "pobj" or link.lower_ not in words["topic_links"] or link.head.pos_ != "VERB":
        return []
    return [obj for obj in link.head.children if obj.dep_ == "dobj" and obj.lower_ in words["talk_nouns"]]


def make_fact(
    fact_type: str,
    roles: Mapping[str, str | tuple[str, ...]],
    trigger: Token,
    extractor: str,
    confidence: float,
    default_status: str,
    attributes: Mapping[str, Any] | None = None,
    *,
    governed: bool = True,
) -> Fact:
    """A fact read at ``trigger``: status from the trigger's context, evidence its sentence.

    Parameters
    ----------
    fact_type, roles, extractor, confidence, attributes
        As in :class:`kg.model.Fact`.
    trigger : spacy.tokens.Token
        The word the fact was read at; its modality and negation decide the status.
    default_status : str
        The status when nothing around the trigger says otherwise; a bare infinitive ("in
        order to invest") has not happened yet, so a completed default becomes planned.
    governed : bool
        Whether the words governing the trigger decide the status (an event: "agreed to
        buy"); ``False`` for a state read from a noun phrase ("X's subsidiary Y", "the X
        rival"), whose status is ``default_status`` whatever verb the phrase sits under, unless
        a negated copula denies it ("Y is not a unit of X").

    Returns
    -------
    Fact
    """
    if trigger.tag_ == "VB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in trigger.children):
        default_status = _UNREALISED.get(default_status, default_status)
    if governed:
        status = kg_status.fact_status(event_head(trigger), default_status)
    else:
        data = triggers()
        status = kg_status.standing_status(trigger, default_status, data["copulas"], data["as_verbs"], data["continuing_links"])
    if governed and progressive(trigger):
        status = triggers()["progressive"]["statuses"].get(status, status)
    if governed and STATUS_CLASSES[status] != "negative" and conditional(trigger):
        status = triggers()["conditional_status"]
    return Fact(
        type=fact_type,
        roles=dict(roles),
        status=status,
        evidence=evidence(trigger),
        extractor=extractor,
        confidence=round(confidence, 3),
        attributes=dict(attributes or {}),
        attribution=kg_status.attribution(token_sentences(trigger.doc)[trigger.i]),
    )
