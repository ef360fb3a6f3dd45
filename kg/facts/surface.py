"""Facts read from word order, for the surface forms the small parser often gets wrong.

Each sentence is rewritten as its tokens joined by single spaces, with every run of tokens
of one resolved mention (name, description or pronoun) replaced by a placeholder ``⟦n⟧``.
Regular expressions from ``kg/data/fact_patterns.json`` run over that text: named groups give
the roles ("Borg, a unit of Acme", "Acme holds 20 pct of Borg", "Madrid-based Borg", "Acme and
its rivals Borg and Cyclops"). The word that names the fact (the ``trigger`` group) decides the
status through :mod:`kg.status`, so "does not own" is never read as ownership.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from kg import status as kg_status
from kg import values
from kg.entities import place_of_demonym
from kg.facts.common import Context, lexicon, load_data, make_fact, role_types, title_of, triggers
from kg.errors import KgError
from kg.mentions import cues as entity_cues
from kg.model import LIST_ROLES, STATUS_CLASSES, Fact
from kg.nlp import token_sentences, token_texts

#: The placeholder of the n-th entity slot of a sentence.
_SLOT = "⟦{}⟧"
_SLOT_RE = re.compile(r"⟦(\d+)⟧")
#: Pattern fields that steer matching and are not fact attributes.
_CONTROLS = frozenset({"pairs", "anchor"})
#: Named groups that locate words rather than name entities ("aux": a passive auxiliary).
_NON_ROLES = frozenset({"trigger", "share", "verb", "title", "aux"})
#: A cue that stands for every word of the lexicon's job titles.
_TITLE_CUE = "@titles"
#: Reuters ticker brackets ("Walt Disney Co <DIS>") are left out of the surface text.
_BRACKETS = frozenset({"<", ">"})


@dataclass(frozen=True)
class Pattern:
    """One surface pattern: a compiled expression and what a match means."""

    fact_type: str
    name: str
    regex: re.Pattern[str]
    cues: frozenset[str]
    status: str
    confidence: float
    standing: bool
    attributes: Mapping[str, Any]
    #: The role whose group is the subject of the trigger verb ("X bought Y": the buyer), or
    #: ``None``; see :func:`_object_subject`.
    subject: str | None = None
    #: The role whose group undergoes the trigger ("X, sold to Y": the target), or ``None``: a
    #: match is dropped where the parse makes that name the verb's active subject ("the unit
    #: that X sold to Y"); see :func:`_active_subject`.
    undergoer: str | None = None
    #: The expression without the leading parts a match may leave empty (see :func:`_core`):
    #: every match holds a match of it, and it is far quicker to look for in a sentence
    #: that has none; ``None`` when the expression has no such parts.
    core: re.Pattern[str] | None = None
    #: Roles this pattern may leave unfilled beyond its type's ``optional_roles`` ("Y has been
    #: put up for sale by X" names no buyer).
    optional: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def patterns(fact_type: str) -> tuple[Pattern, ...]:
    """The surface patterns of one fact type, macros expanded and compiled once."""
    data = load_data("fact_patterns.json")
    lex = lexicon()
    macros: dict[str, str] = {
        **data["macros"],
        "TITLE": _title_alternation(),
        "DEBT": values.alternation(lex["debt_nouns"]),
        "FORMER": values.alternation(lex["former_modifiers"]),
        "COOPVERB": values.alternation(lex["cooperation_verbs"]),
        "COOPKIND": values.alternation(lex["cooperation_kinds"]),
        "HONORIFIC": values.alternation(entity_cues()["name_titles"], case_sensitive=entity_cues()["name_titles"]),
    }
    result = []
    for raw in data["patterns"].get(fact_type, ()):
        source = raw["regex"]
        for _ in range(3):
            source = re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{macros[m.group(1)]})", source)
        cues = frozenset(raw["cues"])
        if _TITLE_CUE in cues:
            cues = (cues - {_TITLE_CUE}) | title_words()
        core = _core(source)
        result.append(
            Pattern(
                fact_type=fact_type,
                name=raw["name"],
                regex=re.compile(source, re.IGNORECASE),
                cues=cues,
                status=raw["status"],
                confidence=float(raw["confidence"]),
                standing=bool(raw.get("standing", False)),
                attributes=dict(raw.get("attributes", {})),
                subject=raw.get("subject"),
                undergoer=raw.get("undergoer"),
                core=re.compile(core, re.IGNORECASE) if core else None,
                optional=frozenset(raw.get("optional", ())),
            )
        )
    return tuple(result)


#: A quantifier that lets its group match nothing: ``?``, ``*``, ``{0,n}``, lazy or possessive.
_OPTIONAL = re.compile(r"(?:\?|\*|\{0?,\d*\})[?+]?")
_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")


def _core(source: str) -> str | None:
    """``source`` without its leading optional groups and lookarounds ("(?<!⟧ )(?:the |its )?
    (?:{W} ){0,2}{TITLE} of ..." -> "{TITLE} of ..."), or ``None`` when it starts with neither.

    Where the expression matches, the rest matches from where those parts end, so a sentence
    the rest is not found in has no match. An expression such as "(?:its )?rivals? ..." is tried
    at every character; its rest starts with a word and is looked for much faster.
    """
    position = 0
    while position < len(source) and source[position] == "(":
        end = _group_end(source, position)
        optional = _OPTIONAL.match(source, end)
        if optional is not None:
            position = optional.end()
        elif source.startswith(_LOOKAROUNDS, position):
            position = end
        else:
            break
    if position == 0 or position == len(source):
        return None
    try:
        re.compile(source[position:])
    except re.error:
        return None
    return source[position:]


def _group_end(source: str, start: int) -> int:
    """The position after the group that opens at ``start``: escapes and character classes
    are skipped, so their brackets do not count."""
    depth = 0
    position = start
    while position < len(source):
        char = source[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            position += 1
            if source.startswith("^", position):
                position += 1
            if source.startswith("]", position):
                position += 1
            while source[position] != "]":
                position += 2 if source[position] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return position + 1
        position += 1
    raise KgError(f"unbalanced group in fact pattern {source!r}: fix kg/data/fact_patterns.json")


@lru_cache(maxsize=None)
def _patterns_by_cue(fact_type: str) -> Mapping[str, tuple[int, ...]]:
    """Cue word -> the positions in :func:`patterns` of the patterns it lets run, so a sentence
    is tested against the patterns its words cue rather than against all of them."""
    index: dict[str, list[int]] = {}
    for position, pattern in enumerate(patterns(fact_type)):
        for cue in pattern.cues:
            index.setdefault(cue, []).append(position)
    return {cue: tuple(positions) for cue, positions in index.items()}


@lru_cache(maxsize=None)
def _cue_words(fact_type: str) -> frozenset[str]:
    """Every cue word of a fact type's patterns."""
    return frozenset(_patterns_by_cue(fact_type))


@lru_cache(maxsize=None)
def title_words() -> frozenset[str]:
    """The words that end a job title of the lexicon (a hyphenated title whole, as one token), as sentence cues."""
    lex = lexicon()
    phrases = [*lex["titles"], *lex["title_phrases"]]
    return frozenset(form for phrase in phrases for form in (phrase.lower(), phrase.lower().split()[-1]))


def _title_alternation() -> str:
    """The ``{TITLE}`` macro: every job title of the lexicon (single words and phrases, a hyphen
    matched as the tokenizer may split it), longest first so a phrase wins over its last word.

    The titles are written as a trie ("chief (?:executive (?:officer)?|financial officer)"): a
    flat alternation of a few hundred phrases is tried phrase by phrase at every position of
    every sentence. Matching ignores case, so the trie is built on lower case. Of two titles
    that match at one place one is a prefix of the other, and the trie tries the longer first,
    as the flat longest-first alternation did.
    """
    lex = lexicon()
    trie: dict[str, Any] = {}
    for phrase in {*lex["titles"], *lex["title_phrases"]}:
        node = trie
        for unit in _title_units(phrase.lower()):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _trie_regex(trie)


def _title_units(phrase: str) -> list[str]:
    """A title as regular-expression units: escaped characters, ``\\s`` between words, and a
    hyphen that may stand between spaces."""
    units: list[str] = []
    for index, word in enumerate(phrase.split()):
        if index:
            units.append(r"\s")
        units.extend(r"(?:\s?-\s?)" if char == "-" else re.escape(char) for char in word)
    return units


def _trie_regex(node: Mapping[str, Any]) -> str:
    """The expression of a trie node: its branches, optional when a title may also end here."""
    branches = [unit + _trie_regex(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    group = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
    return f"{group}?" if "" in node else group


@dataclass(frozen=True)
class Surface:
    """One sentence as surface text: the text, the entity of each slot, and where each word
    of the text starts (``offsets``, the space before it included) with the token it came from
    (``tokens``)."""

    sentence: Span
    text: str
    slots: tuple[str, ...]
    offsets: tuple[int, ...]
    tokens: tuple[int, ...]

    def token_at(self, position: int) -> int:
        """The index of the token the character at ``position`` of the text came from (a space
        between two words comes from the word after it)."""
        return self.tokens[bisect_right(self.offsets, position) - 1]


def surface(ctx: Context, sentence: Span) -> Surface:
    """The surface text of a sentence with its resolved mentions as placeholders.

    Read from the document's token texts by index: asking spaCy for each token's attributes
    costs more than building the text."""
    parts: list[str] = []
    offsets: list[int] = []
    token_ids: list[int] = []
    slots: list[str] = []
    previous: str | None = None
    length = 0
    tokens, texts, token_entity = ctx.tokens, token_texts(ctx.doc), ctx.token_entity
    wrapped = _bracketed_names(ctx, texts, sentence)
    for i in range(sentence.start, sentence.end):
        text = texts[i]
        if text.isspace():
            continue
        if text in _BRACKETS or i in wrapped:
            previous = None
            continue
        entity_id = token_entity[i]
        if entity_id is not None and entity_id == previous:
            continue
        if entity_id is None and i > 0 and texts[i - 1] == "<" and tokens[i].is_upper:
            continue
        if entity_id is not None and _describes_next_name(ctx, i):
            entity_id = None
            piece = text
        elif entity_id is not None:
            piece = _SLOT.format(len(slots))
            if tokens[i].tag_ == "PRP$":
                piece += " 's"
            slots.append(entity_id)
        else:
            piece = text
        offsets.append(length - 1 if parts else 0)
        token_ids.append(i)
        parts.append(piece)
        length += len(piece) + 1
        previous = entity_id
    return Surface(sentence, " ".join(parts), tuple(slots), tuple(offsets), tuple(token_ids))


def _describes_next_name(ctx: Context, index: int) -> bool:
    """Whether a one-word place describes the organisation named right after it ("the huge US
    Carnival Corporation", "the US Federal Reserve"): the surface text gives its word, so that
    patterns read past it as they read past "huge" ("now part of the huge US Carnival
    Corporation")."""
    entity_id = ctx.token_entity[index]
    if entity_id is None or index + 1 >= len(ctx.tokens) or (index > 0 and ctx.token_entity[index - 1] == entity_id):
        return False
    after = ctx.token_entity[index + 1]
    return (
        after not in (None, entity_id)
        and ctx.type_of(entity_id) == "Place"
        and ctx.type_of(after) == "Organization"
        and ctx.token_entity[ctx.tokens[index].head.i] == after
    )


def _bracketed_names(ctx: Context, texts: Sequence[str], sentence: Span) -> frozenset[int]:
    """The round brackets some wire copy puts around a firm's name where most puts angle ones
    ("(Tarvel Diners Inc) said it bought (Cafe Ann Kelvaro Inc)"): left out
    of the surface text like the angle ones, when they hold one name of another organisation than
    the one before (not "Bache Securities (Japan)", nor an acronym after its name)."""
    token_entity = ctx.token_entity
    found: set[int] = set()
    for i in range(sentence.start, sentence.end - 2):
        entity_id = token_entity[i + 1]
        if texts[i] != "(" or entity_id is None or ctx.type_of(entity_id) != "Organization":
            continue
        if i > sentence.start and token_entity[i - 1] == entity_id:
            continue
        end = i + 1
        while end < sentence.end and token_entity[end] == entity_id:
            end += 1
        if end < sentence.end and texts[end] == ")":
            found.update((i, end))
    return frozenset(found)


def surface_facts(ctx: Context, fact_type: str) -> Iterator[Fact]:
    """Facts of one type that the surface patterns of the data file find.

    Parameters
    ----------
    ctx : Context
        The document context.
    fact_type : str
        The fact type whose patterns to run.

    Yields
    ------
    Fact
        One fact per match whose role entities have the types the fact type allows.
    """
    type_patterns = patterns(fact_type)
    if not type_patterns:
        return
    by_cue = _patterns_by_cue(fact_type)
    cue_words = _cue_words(fact_type)
    for sentence, words in ctx.sentences:
        cued = words & cue_words
        if not cued:
            continue
        key = ("surface", sentence.start)
        view = ctx.cache.get(key)
        if view is None:
            view = ctx.cache[key] = surface(ctx, sentence)
        for index in sorted({index for word in cued for index in by_cue[word]}):
            pattern = type_patterns[index]
            if pattern.core is not None and pattern.core.search(view.text) is None:
                continue
            for match in pattern.regex.finditer(view.text):
                yield from _match_facts(ctx, view, pattern, match)


def _match_facts(ctx: Context, view: Surface, pattern: Pattern, match: re.Match[str]) -> Iterator[Fact]:
    """The facts one match states: each role group's entity, list roles gathered."""
    if pattern.subject is not None and _object_subject(ctx, view, match, pattern.subject):
        return
    if pattern.undergoer is not None and _active_subject(ctx, view, match, pattern.undergoer):
        return
    allowed = _surface_role_types(pattern.fact_type)
    list_role = LIST_ROLES.get(pattern.fact_type)
    roles: dict[str, list[str]] = {}
    for group, text in match.groupdict().items():
        if text is None or group in _NON_ROLES:
            continue
        role = group.rstrip("0123456789")
        entity_id = _group_entity(ctx, view, text)
        if entity_id is None or ctx.type_of(entity_id) not in allowed.get(role, ()):
            if role in allowed and role != list_role:
                return
            continue
        if entity_id not in roles.setdefault(role, []):
            roles[role].append(entity_id)
    anchor = pattern.attributes.get("anchor")
    if anchor and anchor in allowed:
        found = _anchor_entity(ctx, view, match, allowed[anchor], roles.get(anchor, []))
        if found is None:
            return
        roles[anchor] = [found, *roles.get(anchor, [])]
    if list_role is not None:
        members = roles.get(list_role, [])
        if len(members) < 2:
            return
        first = members[0]
        pairs = [(first, other) for other in members[1:]] if pattern.attributes.get("pairs") else [tuple(members)]
        for pair in pairs:
            yield _fact(ctx, view, pattern, match, {list_role: tuple(sorted(pair))})
        return
    single: dict[str, str] = {}
    for role, ids in roles.items():
        free = [entity_id for entity_id in ids if entity_id not in single.values()]
        if role in allowed and free:
            single[role] = free[0]
    if set(allowed) - set(single) - _optional_roles(pattern.fact_type) - pattern.optional:
        return
    extra = {role: [entity_id for entity_id in ids if entity_id != single[role]] for role, ids in roles.items() if role in single and len(ids) > 1}
    yield _fact(ctx, view, pattern, match, single)
    for role, others in extra.items():
        for other in others:
            if other not in single.values():
                yield _fact(ctx, view, pattern, match, {**single, role: other})


def _object_subject(ctx: Context, view: Surface, match: re.Match[str], group: str) -> bool:
    """Whether the name a pattern reads as the trigger verb's subject is, in the parse, the
    object of a preposition ("approval from X to acquire Y" does not say X buys Y) or the one
    told the clause that holds the trigger ("a group told the SEC it acquired 8.1 pct of Y"). A
    name whose relative or participle clause holds the trigger ("news of X, which bought Y") is
    that clause's subject whatever its own role."""
    if match.group(group) is None:
        return False
    root = _name_root(ctx, view, match, group)
    trigger = ctx.tokens[view.token_at(match.start("trigger"))]
    if root.dep_ in ("dobj", "dative") and any(
        clause.dep_ == "ccomp" and clause.left_edge.i <= trigger.i <= clause.right_edge.i for clause in root.head.children
    ):
        return True
    if root.dep_ not in _object_deps():
        return False
    clauses = [child for child in root.children if child.dep_ in ("relcl", "acl")]
    return not any(clause.left_edge.i <= trigger.i <= clause.right_edge.i for clause in clauses)


def _active_subject(ctx: Context, view: Surface, match: re.Match[str], group: str) -> bool:
    """Whether the name a pattern reads as undergoing the trigger verb is, in the parse, its
    active subject: "the unit that BMW sold to Ford" does not say BMW was sold."""
    if match.group(group) is None:
        return False
    root = _name_root(ctx, view, match, group)
    return root.dep_ == "nsubj" and root.head.i == view.token_at(match.start("trigger"))


def _name_root(ctx: Context, view: Surface, match: re.Match[str], group: str) -> Token:
    """The head token, in the parse, of the name a match's group holds."""
    tokens, token_entity = ctx.tokens, ctx.token_entity
    first = view.token_at(match.start(group))
    entity_id = token_entity[first]
    end = first
    sentence_of = token_sentences(ctx.doc)
    while end + 1 < len(tokens) and token_entity[end + 1] == entity_id and sentence_of[end + 1].start == sentence_of[first].start:
        end += 1
    root = tokens[first]
    while first <= root.head.i <= end and root.head.i != root.i:
        root = tokens[root.head.i]
    return root


@lru_cache(maxsize=None)
def _object_deps() -> frozenset[str]:
    """Dependency labels of a name that cannot be a verb's subject (``object_deps`` of the data file)."""
    return frozenset(load_data("fact_patterns.json")["object_deps"])


def _anchor_entity(ctx: Context, view: Surface, match: re.Match[str], types: Sequence[str], taken: Sequence[str]) -> str | None:
    """The entity a pattern that names only one side is about: the nearest name of an allowed
    type before the match in its sentence that is a subject or names the subject ("Acme will
    make a fresh bid for Borg after being beaten by rival Cyber", "Zorvex chief Ann Kelvaro held
    talks with Quintara boss Tom Belknap after rival Tarvel bid": Acme, Zorvex), else the
    nearest before it ("Acme's sales beat those of rival Borg"), else the nearest after it."""
    before = list(_SLOT_RE.finditer(view.text, 0, match.start()))
    after = [int(m.group(1)) for m in _SLOT_RE.finditer(view.text, match.end())]
    allowed = [
        (index, entity_id)
        for index in [*(int(m.group(1)) for m in reversed(before)), *after]
        if (entity_id := view.slots[index]) not in taken and ctx.type_of(entity_id) in types
    ]
    subjects = {int(m.group(1)) for m in before if _names_a_subject(ctx.tokens[view.token_at(m.start())])}
    found = next((entity_id for index, entity_id in allowed if index in subjects), None)
    return found if found is not None else next((entity_id for _, entity_id in allowed), None)


def _names_a_subject(token: Token) -> bool:
    """Whether a name's word is (part of) a clause's subject or names the subject's employer
    ("Euronext chief Jean-Francois Theodore held talks")."""
    head = token
    while head.dep_ in ("compound", "flat", "poss", "nmod") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _surface_role_types(fact_type: str) -> Mapping[str, Sequence[str]]:
    """The entity types each role of a surface match may have: the frames' role types, narrowed
    by the data file's ``surface_role_types`` (a place a pattern catches owns nothing)."""
    return {**role_types(fact_type), **load_data("fact_patterns.json")["surface_role_types"].get(fact_type, {})}


def _optional_roles(fact_type: str) -> frozenset[str]:
    """Roles a fact of this type may leave unfilled (a seller, a partnership's place)."""
    return frozenset(load_data("fact_patterns.json")["optional_roles"].get(fact_type, ()))


def _group_entity(ctx: Context, view: Surface, text: str) -> str | None:
    """The entity a role group names: its placeholder, or the country a demonym stands for."""
    found = _SLOT_RE.search(text)
    if found is not None:
        return view.slots[int(found.group(1))]
    name = place_of_demonym(text)
    return ctx.places.get(name.casefold()) if name is not None else None


def _amount_in(ctx: Context, view: Surface, match: re.Match[str]) -> Any:
    """The first sum of money the matched words state ("invest $5m in Y")."""
    first, last = ctx.doc[view.token_at(match.start())], ctx.doc[view.token_at(match.end() - 1)]
    for start, end, amount in values.deal_money_spans(view.sentence, ctx.dollar):
        if first.idx <= start and end <= last.idx + len(last.text) and amount is not None:
            return amount
    return None


def _title(ctx: Context, view: Surface, match: re.Match[str], group: str) -> str:
    """The normal form of a matched job title: a title phrase of the lexicon it ends with
    ("member of the board" -> director), else that of its last word."""
    phrase = " ".join(match.group(group).lower().replace(" - ", "-").split())
    for known, normal in sorted(lexicon()["title_phrases"].items(), key=lambda item: -len(item[0])):
        if phrase == known or phrase.endswith(f" {known}"):
            return str(normal)
    last = ctx.doc[view.token_at(match.end(group) - 1)]
    return title_of(last) or last.lower_


def _relocated(trigger: Token) -> bool:
    """Whether a standing state's trigger is the object of a verb moving it ("to move its
    headquarters to London"): that verb says when the state holds, not the pattern."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in triggers()["relocating_verbs"]


def _fact(ctx: Context, view: Surface, pattern: Pattern, match: re.Match[str], roles: Mapping[str, Any]) -> Fact:
    """A fact for one match: status at the trigger word, share and amount from the match."""
    group = "verb" if match.groupdict().get("verb") else "trigger" if match.groupdict().get("trigger") else None
    start = match.start(group) if group else match.start()
    trigger = ctx.doc[view.token_at(start)]
    attributes: dict[str, Any] = {key: value for key, value in pattern.attributes.items() if key not in _CONTROLS}
    title_group = "title" if match.groupdict().get("title") else "trigger" if attributes.get("title") == "trigger" else None
    if title_group is not None:
        attributes["title"] = _title(ctx, view, match, title_group)
    if "amount" in triggers()["attributes"].get(pattern.fact_type, ()):
        amount = _amount_in(ctx, view, match)
        if amount is not None:
            attributes["amount"] = amount
    share_text = match.groupdict().get("share")
    if share_text:
        share = values.parse_share(share_text)
        if share is not None:
            attributes["share"] = float(share)
    status = pattern.status
    if pattern.standing:
        read = kg_status.fact_status(trigger, pattern.status)
        status = read if STATUS_CLASSES[read] == "negative" or (STATUS_CLASSES[read] == "prospective" and _relocated(trigger)) else pattern.status
    return make_fact(
        pattern.fact_type,
        roles,
        trigger,
        f"{pattern.fact_type.lower()}.surface_{pattern.name}",
        pattern.confidence,
        status,
        attributes,
        governed=not pattern.standing,
    )

