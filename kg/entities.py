"""Turn mentions into entities: one per real thing, with every surface form seen for it.

Names cluster when they agree after normalisation (case, punctuation, hyphens, legal suffixes:
"JD.com Inc." = "JD.com", "Wal-Mart" = "Walmart"), when one is a short form of another ("JD" of
"JD.com", "Tencent" of "Tencent Holdings", an acronym), when a surname or titled name meets a
full name ("Liu", "Mr Liu" -> "Richard Liu"), and when the company or places file says so ("U.S."
= "America" = "United States"). Definite descriptions ("the U.S. retailer") and pronouns ("its")
then resolve to the most salient compatible organisation before them.

Canonical names: the vocabulary's name when the company or place is in it; otherwise the longest
form seen without a legal suffix (Inc, Corp, Ltd, plc, AG, ...) and without a person's title. Name
suffixes such as "Holdings" and "Group" are kept ("Tencent Holdings"): they are part of many
trading names, and the scorer drops them when matching anyway.

A demonym creates a Place only where it describes a company ("the Dutch group X", "Dutch brewer
X", "X, the Dutch group"): :func:`kg.mentions.find_mentions` gives it as a Place mention with
source ``"demonym"`` (:data:`DEMONYM_SOURCE`), which joins the country's entity here (subtype
from places.json) and is never an alias. Other uses ("Chinese e-commerce", "Japanese
investors") name no participant; :func:`place_of_demonym` still gives fact extractors the
country's canonical name there.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from kg.data import json_data
from kg.errors import InputError
from kg.mentions import (
    Company,
    Place,
    _abbreviation,
    _located_it,
    _strip_legal,
    _word_sets,
    company_index,
    cues,
    demonym_index,
    last_word_forms,
    of_place_head,
    place_index,
    short_forms,
    unstopped_state,
)
from kg.model import Entity, Mention
from kg.nlp import doc_text, doc_tokens, expanded_span, in_phrase, span_text, token_lowers, token_sentences, token_texts

_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
#: A word of capital initials that may open a firm's name: "L.M.", "L", "E."
_OPENING_INITIAL = re.compile(r"(?:[A-Z]\.)+|[A-Z]")
ALIAS_TABLE_FORMAT = "kg-aliases/1"
#: ``Mention.source`` of phrases naming a business unit ("its logistics operations", "the unit").
UNIT_SOURCE = "unit"
#: The source of a mention of a counted group of things a deal is about ("five privately held
#: companies", "six UK greyhound tracks").
GROUP_SOURCE = "group"
#: ``Mention.source`` of a demonym standing for its country ("the Dutch group X"); see
#: :func:`kg.mentions.find_mentions`. Its text is no name of the country, so never an alias.
DEMONYM_SOURCE = "demonym"


@functools.lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """Compare names as the scorer does: case, punctuation, "the" and suffixes do not count."""
    words = text.replace("\u2019", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    suffixes = _scorer_suffixes()
    while len(words) > 1 and words[-1].lower().rstrip(".,") in suffixes:
        words = words[:-1]
    return _PUNCT.sub("", " ".join(words).casefold())


@functools.lru_cache(maxsize=1)
def _scorer_suffixes() -> frozenset[str]:
    """The endings :func:`name_key` drops, lower case without a full stop: the legal suffixes and
    the scorer's own."""
    legal = {suffix.lower().rstrip(".") for suffix in _word_sets()["legal_suffixes"]}
    return frozenset(legal | set(cues()["scorer_suffixes"]))


def place_of_demonym(text: str) -> str | None:
    """The canonical place a demonym names ("Chinese" -> "China", "U.S." is not a demonym).

    Parameters
    ----------
    text : str
        A nationality word as written ("Spanish", "Americans").

    Returns
    -------
    str or None
        The place's canonical name from ``data/places.json``, or None when unknown.
    """
    place = demonym_index().get(text.strip())
    return place.name if place else None


@dataclass
class _Cluster:
    """Mentions gathered for one entity while clustering."""

    type: str
    forms: list[str] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    short_keys: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    company: Company | None = None
    place: str | None = None
    subtype: str | None = None
    strong: bool = False
    #: Forms merged in as the wire's spelling slips of this entity's name: aliases, never its name.
    slips: set[str] = field(default_factory=set)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def resolve_entities(doc: Doc, mentions: Sequence[Mention]) -> tuple[list[Entity], list[Mention]]:
    """Cluster name mentions into entities and resolve descriptions and pronouns to them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document the mentions were found in.
    mentions : sequence of Mention
        Name mentions from :func:`kg.mentions.find_mentions`.

    Returns
    -------
    entities : list of Entity
        One per real thing, in order of first mention; ids are slugs unique in the document.
    mentions : list of Mention
        Every name mention with ``entity_id`` set, plus ``kind="description"`` and
        ``kind="pronoun"`` mentions resolved to an entity, in text order.
    """
    names = [m for m in mentions if m.kind == "name"]
    sentences = token_sentences(doc)
    sentence_at = {token.idx: sentences[token.i].start for token in doc}
    text = doc_text(doc)
    possessors = frozenset(m.start for m in names if text.startswith(("'s", "\u2019s"), m.end))
    clusters = _merge_slips(_cluster(names, _bracketed_short_forms(doc, names), sentence_at, possessors))
    clusters.sort(key=lambda c: c.first)
    entities: list[Entity] = []
    used: set[str] = set()
    resolved: list[Mention] = []
    canonical = [_canonical(cluster) for cluster in clusters]
    counts = Counter((cluster.type, name) for cluster, name in zip(clusters, canonical))
    shared = {key for key, n in counts.items() if n > 1}
    for cluster, name in zip(clusters, canonical):
        name = _written_name(cluster) if (cluster.type, name) in shared else name
        entity_id = _unique_slug(name, used)
        forms = [" ".join(m.text.split()) for m in cluster.mentions if m.source != DEMONYM_SOURCE]
        aliases = tuple(dict.fromkeys(f for f in forms if f != name))
        subtype = "Family" if cluster.type == "Organization" and _family(name) else _subtype(cluster)
        entities.append(Entity(entity_id, name, cluster.type, subtype, aliases))
        resolved.extend(replace(m, entity_id=entity_id) for m in cluster.mentions)
    resolved.sort(key=lambda m: m.start)
    references = sorted(_lead_description(doc, entities, resolved) + _resolve_references(doc, entities, clusters, resolved), key=lambda m: m.start)
    units, unit_mentions = _business_units(doc, entities, resolved + references, used)
    if units:
        first = {}
        for mention in sorted(unit_mentions, key=lambda m: m.start):
            first.setdefault(mention.entity_id, mention.start)
        for mention in resolved:
            first.setdefault(mention.entity_id, mention.start)
        entities = sorted(entities + units, key=lambda e: first.get(e.id, 0))
    groups, group_mentions = _counted_groups(doc, resolved + references + unit_mentions, used)
    entities = entities + groups
    people = _person_pronouns(doc, {e.id for e in entities if e.type == "Person"}, resolved)
    everything = sorted(resolved + references + unit_mentions + group_mentions + people, key=lambda m: (m.start, m.end))
    return _merge_former_names(doc, entities, everything)


def _entity_covering(mentions: Iterable[Mention], char: int) -> str | None:
    """The entity of the first of ``mentions`` whose text covers the character offset ``char``
    (``None`` for none, or for such a mention not yet resolved): how a token finds the mention
    it is part of."""
    return next((m.entity_id for m in mentions if m.start <= char < m.end), None)


def _lead_description(doc: Doc, entities: Sequence[Entity], names: Sequence[Mention]) -> list[Mention]:
    """A story's opening subject told by kind and country, not named ("A US bank has said it will
    give $3m ...", "Borvia's biggest card issuer has escaped being wound up"), is the
    organisation the next sentence names first, when the opening names none: a lead tells what
    before it names it ("Zorvex Bank will put money in a fund", "Quintara Card had been threatened")."""
    sentences = token_sentences(doc)
    if not len(doc) or sentences[0].end >= len(doc):
        return []
    lead, after = sentences[0], sentences[sentences[0].end]
    types = {entity.id: entity.type for entity in entities}
    if any(lead.start_char <= m.start < lead.end_char and types.get(m.entity_id) == "Organization" for m in names):
        return []
    subject = next((child for child in lead.root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in cues()["description_heads"] or subject.tag_ != "NN":
        return []
    places = [m for m in names if types.get(m.entity_id) == "Place"]
    modifiers = [child for child in subject.children if child.dep_ in ("compound", "amod", "poss", "nmod")]
    if not any(m.start <= child.idx < m.end for child in modifiers for m in places):
        return []
    named = next((m for m in names if after.start_char <= m.start < after.end_char and types.get(m.entity_id) == "Organization"), None)
    if named is None:
        return []
    span = doc[subject.left_edge.i : subject.i + 1]
    return [Mention(span.start_char, span.end_char, span_text(doc, span.start, span.end), "Organization", "description", "description", named.entity_id)]


def _person_pronouns(doc: Doc, people: set[str], names: list[Mention]) -> list[Mention]:
    """"he", "his", "her" ..., each to the person it stands for (see :func:`_resolve_pronoun`):
    "Investor X said he raised his stake" makes X the one who raised it."""
    if not people:
        return []
    words = frozenset(cues()["person_pronouns"])
    history = [m for m in names if m.entity_id in people]
    found: list[Mention] = []
    for token, word in zip(doc_tokens(doc), token_lowers(doc)):
        if word not in words or token.pos_ != "PRON":
            continue
        span = doc[token.i : token.i + 1]
        target = _resolve_pronoun(doc, span, history)
        if target is not None:
            found.append(Mention(span.start_char, span.end_char, span_text(doc, span.start, span.end), "Person", "pronoun", "pronoun", target))
    return found


def _strip_title(text: str) -> str:
    words = text.split()
    titles = _word_sets()["person_titles"]
    while len(words) > 1 and words[0] in titles:
        words = words[1:]
    return " ".join(words)


def _place_of(text: str) -> Place | None:
    """The places file's entry for a name, also when the wire mistyped its case ("South africa")
    or left out a state abbreviation's full stop ("Fla")."""
    return place_index().get(text) or _places_folded().get(text.casefold()) or unstopped_state(text)


@functools.lru_cache(maxsize=1)
def _places_folded() -> Mapping[str, Place]:
    folded: dict[str, Place] = {}
    for form, place in place_index().items():
        folded.setdefault(form.casefold(), place)
    return folded


@functools.lru_cache(maxsize=8192)
def _acronym(text: str, legal: bool = False, linked: bool = False) -> str:
    """Initials of the capitalised words: "World Economic Forum" -> "WEF"; with ``legal``, the
    legal suffix counts too: "American Motors Corp" -> "AMC"; with ``linked``, an "of" between
    them too: "Bank of America" -> "BOA" (only for a name with such a word)."""
    split = re.split(r"[\s-]+", text if legal else _strip_legal(text))
    if linked and "of" not in split:
        return ""
    words = [w for w in split if w[:1].isupper() or (linked and w == "of")]
    if legal and (len(words) < 3 or words[-1].rstrip(".,") not in _word_sets()["legal_suffixes"]):
        return ""
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def _abbreviates(short: str, full: str) -> bool:
    """Word by word, each short word starts like the full one and keeps its letters in order:
    "Man Utd" of "Manchester United"."""
    shorts, fulls = short.split(), full.split()
    if len(shorts) < 2 or len(shorts) != len(fulls) or short == full:
        return False
    return all(
        s[0] == f[0] and len(s) < len(f) and _in_order(s.lower(), f.lower()) for s, f in zip(shorts, fulls)
    )


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


@functools.lru_cache(maxsize=8192)
def _company_of(text: str) -> Company | None:
    """The vocabulary company a name spells; a group's name is not its member's ("Acme Group" is
    not a listed "Acme Electronics", though both keys read "Acme")."""
    index = company_index()
    company = (
        index.get(text)
        or index.get(_strip_legal(text))
        or _company_keys().get(_key(text, "Organization"))
        or index.get(_initials_dropped(text))
    )
    return None if company is not None and text not in index and _group_and_member(text, company.name) else company


def _initials_dropped(text: str) -> str:
    """A name without the initials that open it ("Zorvex" of "L.M. Zorvex" or "L M Zorvex"), as
    a firm keeps its founder's initials before the name it goes by; "" when none open it (a
    place's abbreviation is none: "U.S. Zorvex" is a national unit)."""
    words = text.split()
    count = 0
    while count < min(3, len(words) - 1) and _OPENING_INITIAL.fullmatch(words[count]) and words[count] not in place_index():
        count += 1
    return " ".join(words[count:]) if count else ""


@functools.lru_cache(maxsize=1)
def _company_keys() -> Mapping[str, Company]:
    """Every company form's clustering key -> its entry ("Oil & Natural Gas Corp" finds "Oil and
    Natural Gas Corporation")."""
    keys: dict[str, Company] = {}
    for form, company in company_index().items():
        keys.setdefault(_key(form, "Organization"), company)
    return keys


#: What may stand between a name and the bracket of its abbreviation: a space, the end of a
#: wire marker ("<Banco Portugues de Investmento Sarl> (BPI)"), or a wire ticker ("Western
#: Mining Corp Holdings Ltd <WMNG.S> (WMC)").
_BRACKET_GAP = re.compile(r">?(?: <[^<>\s]{1,15}>)? \($")
#: How far before an abbreviation that gap is looked for (a ticker is at most 15 characters).
_BRACKET_GAP_CHARS = 20


def _bracketed_short_forms(doc: Doc, mentions: Sequence[Mention]) -> dict[int, Mention]:
    """Abbreviations in brackets right after a longer name of the same type (or after its wire
    ticker), by start offset, with that name.

    Writers define an abbreviation that way ("Bank of England (BoE)", "Instituto Nacional de
    Estadistica (INE)") even when its letters are not the name's initials in order, so the
    bracket, not the spelling, is the evidence. Only a single word with at least two capitals
    counts ("(Switzerland)" is no abbreviation), and a name of another type in brackets says
    something else ("Acme Corp (US)": where it is).
    """
    abbreviations = [mention for mention in mentions if _abbreviation(mention.text)]
    if not abbreviations:
        return {}
    by_end = {m.end: m for m in mentions}
    text = doc_text(doc)
    found: dict[int, Mention] = {}
    for mention in abbreviations:
        if text[mention.end : mention.end + 1] != ")":
            continue
        gap = _BRACKET_GAP.search(text, max(0, mention.start - _BRACKET_GAP_CHARS), mention.start)
        full = by_end.get(gap.start()) if gap is not None and gap.end() == mention.start else None
        if full is not None and full.type == mention.type and len(full.text.split()) > 1:
            found[mention.start] = full
    return found


def _cluster(
    mentions: Sequence[Mention], bracketed: Mapping[int, Mention], sentence_at: Mapping[int, int], possessors: frozenset[int]
) -> list[_Cluster]:
    """Group name mentions: longer names first so short forms find their full name; a
    bracketed short form (``bracketed``, by start offset) joins the name it follows.
    ``sentence_at`` gives the sentence (its first token) of a mention's start offset;
    ``possessors`` the start offsets of the mentions an "'s" follows."""
    clusters: list[_Cluster] = []
    order = sorted(mentions, key=lambda m: (-len(m.text.split()), -len(m.text), m.start))
    for mention in order:
        text = " ".join(mention.text.split())
        text = _strip_title(text) if mention.type == "Person" else text
        place = _place_of(text) if mention.type == "Place" else None
        if mention.source == DEMONYM_SOURCE:
            place = demonym_index().get(text) or place
        company = _company_of(text) if mention.type == "Organization" else None
        key = f"place:{place.name}" if place else _key(text, mention.type)
        full = bracketed.get(mention.start)
        cluster = next((c for c in clusters if full in c.mentions), None) if full is not None else None
        cluster = cluster or _find_cluster(clusters, mention, text, key, company, sentence_at, mention.start in possessors)
        if cluster is None:
            cluster = _Cluster(mention.type, company=company, place=place.name if place else None)
            cluster.subtype = place.subtype if place else (company.subtype if company else None)
            clusters.append(cluster)
        cluster.forms.append(mention.text)
        cluster.keys.add(key)
        head = of_place_head(text) if mention.type == "Organization" else None
        if head is not None:
            cluster.keys.add(_key(head, mention.type))
        cluster.mentions.append(mention)
        cluster.strong = cluster.strong or mention.source in {"suffix", "marker", "role"}
        if mention.type == "Organization":
            cluster.short_keys |= {_key(f, mention.type) for f in (*short_forms(text), *last_word_forms(text))}
            legal = {_acronym(text, legal=True)} if company is None else set()
            for acronym in {_acronym(text), _acronym(text, linked=True), *legal} - {""}:
                cluster.short_keys.add(_key(acronym, mention.type))
    for cluster in clusters:
        cluster.mentions.sort(key=lambda m: m.start)
        cluster.forms = [" ".join(m.text.split()) for m in cluster.mentions]
    return clusters


def _merge_slips(clusters: list[_Cluster]) -> list[_Cluster]:
    """Merge each name the wire misspelt into the entity it names: "Carmark" into Caremark,
    "Burlington Idustries" into Burlington Industries. Two clusters of one type are one when a
    name of each is a slip of the other (:func:`_slipped`); the one named more often (else
    first) keeps its name, the other's forms become aliases; a full name keeps its name over a
    slip of its short form ("Tarnfields Capital Management" over "Tarnfield")."""
    kept: list[_Cluster] = []
    counts = Counter(short for cluster in clusters for short in _short_spellings(cluster))
    shared = frozenset(short for short, count in counts.items() if count > 1)
    for cluster in sorted(clusters, key=lambda c: (-len(c.mentions), c.first)):
        target = next(
            (other for other in kept if other.type == cluster.type and _slipped(cluster, other, shared)),
            None,
        )
        if target is None:
            kept.append(cluster)
            continue
        if _short_form_slipped(target, cluster, shared):
            kept = [cluster if other is target else other for other in kept]
            target, cluster = cluster, target
        target.slips.update(cluster.forms)
        target.forms.extend(cluster.forms)
        target.keys |= cluster.keys
        target.mentions = sorted(target.mentions + cluster.mentions, key=lambda m: m.start)
        target.strong = target.strong or cluster.strong
    return kept


def _slipped(a: _Cluster, b: _Cluster, shared: frozenset[str]) -> bool:
    """Whether one of two clusters is a slip of the other: no place, and a name of one a slip of a
    name of the other (:func:`_is_slip`) where neither is a known company, or one the other with
    an "s" added or dropped ("Dixon's offer" in a story of Dixons) where at most one is, or, for
    an organisation, one word of one so of the other's short form (:func:`_short_form_slipped`)."""
    if a.place is not None or b.place is not None or (a.company is not None and b.company is not None):
        return False
    known = a.company is not None or b.company is not None
    return any(
        _is_plural_slip(x, y) or (not known and _is_slip(x, y)) for x in _spellings(a) for y in _spellings(b)
    ) or (a.type == "Organization" and (_short_form_slipped(a, b, shared) or _short_form_slipped(b, a, shared)))


def _short_form_slipped(a: _Cluster, b: _Cluster, shared: frozenset[str]) -> bool:
    """Whether a one-word name of ``a`` is the one-word short form of a name of ``b`` with an "s"
    added or dropped: "Tarnfield said" in a story of Tarnfields Capital Management, whose short
    form is "Tarnfields"; not a short form ``shared`` by several entities ("Tarvels" beside Tarvel
    Brothers and Tarvel Capital Investors)."""
    words = {spelling for spelling in _spellings(a) if " " not in spelling}
    return any(_is_plural_slip(word, short) for word in words for short in _short_spellings(b) - shared)


def _short_spellings(cluster: _Cluster) -> set[str]:
    """The one-word short forms of an organisation's names, folded as :func:`_spellings` folds."""
    if cluster.type != "Organization":
        return set()
    shorts = (short for form in cluster.forms for short in short_forms(" ".join(form.split())))
    return {_PUNCT.sub("", short.casefold()) for short in shorts if " " not in short}


def _is_plural_slip(a: str, b: str) -> bool:
    """Whether two spellings of names of four letters or more differ only by a final "s"."""
    return min(len(a), len(b)) >= 4 and (a + "s" == b or b + "s" == a)


def _spellings(cluster: _Cluster) -> set[str]:
    """A cluster's names as compared for slips: folded, punctuation dropped, words kept apart."""
    return {" ".join(_PUNCT.sub("", word) for word in form.casefold().split()) for form in cluster.forms}


def _is_slip(a: str, b: str) -> bool:
    """Whether two spellings of names differ by one typing slip (a letter added, dropped,
    changed or two swapped) past their first letter, inside a word of four letters or more of a
    name of six or more: "morgan stanely" of "morgan stanley". Shorter names and words differ
    so by chance ("amoco" and "amcor", "Robert Halmi Sr" and his son "Robert Halmi Jr")."""
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    longer = max(a, b, key=len)
    if len(longer[longer.rfind(" ", 0, start) + 1 :].split(" ", 1)[0]) < 4:
        return False
    rest_a, rest_b = a[start:], b[start:]
    return (
        rest_a[1:] == rest_b[1:]
        or rest_a[1:] == rest_b
        or rest_a == rest_b[1:]
        or (len(a) == len(b) and len(rest_a) > 1 and rest_a[:2] == rest_b[1::-1] and rest_a[2:] == rest_b[2:])
    )


def _find_cluster(
    clusters: list[_Cluster],
    mention: Mention,
    text: str,
    key: str,
    company: Company | None,
    sentence_at: Mapping[int, int],
    possessor: bool,
) -> _Cluster | None:
    same_type = [
        c for c in clusters
        if c.type == mention.type
        and ((company is not None and c.company is company) or not any(_group_and_member(text, f) or _group_and_member(f, text) or _national_namesakes(text, f) for f in c.forms))
    ]
    for cluster in same_type:
        if key in cluster.keys:
            return cluster
        if company is not None and cluster.company is company:
            return cluster
    if company is not None and text != company.name and " " not in text:
        local = [c for c in same_type if key in c.short_keys and c.company is None]
        if local:
            return _nearest(local, mention)
    if company is not None and text == company.name and text in cues()["family_names"]:
        members = _named_by_first_word([c for c in same_type if c.first < mention.start], text)
        if members:
            return members[0]
    if mention.type == "Organization" and not _has_legal_suffix(text):
        matches = [c for c in same_type if key in c.short_keys and (c.company is company or company is None)]
        if not matches and " " in text:
            matches = [c for c in same_type if any(_abbreviates(text, f) for f in c.forms)]
        matches = matches or [c for c in same_type if any(_clipped(text, f) for f in c.forms) and not _beside(c, mention, sentence_at)]
        if not matches and text in _generic_heads():
            matches = [c for c in same_type if c.first < mention.start and any(_headed_by(f, text) for f in c.forms)]
        if not matches and (text in demonym_index() or text in _word_sets()["generic_first_words"] or text in _word_sets()["months"]):
            matches = _named_by_first_word([c for c in same_type if c.first < mention.start], text)
        if not matches and possessor:
            matches = [c for c in same_type if any(_cut_at_possessive(text, f) for f in c.forms)]
        if matches:
            return _nearest(matches, mention)
    surname = _lone_surname(text) if mention.type == "Person" else None
    if surname is not None:
        matches = [
            c for c in same_type
            if any(len(f.split()) > 1 and surname in (f.split()[0], f.split()[-1]) for f in c.forms)
        ]
        if matches:
            return _nearest(matches, mention)
    return None


def _cut_at_possessive(short: str, full: str) -> bool:
    """Whether ``short``, a name an "'s" follows, is a firm's name cut before the "'s" ending its
    word, the rest of the name being firm words only, as the possessive ending is trimmed from a
    mention: "Zorvex" of "Zorvex's Group" in "Zorvex's shares fell", "Tarvel" of "Tarvel's
    International Inc" in "Tarvel's stock". Only a name matching no other way (a last resort):
    "Belknap's Aerospace Group" is a unit of Belknap Siegler, the "Belknap" of "Belknap's"."""
    words = short.split()
    name = full.replace("\u2019", "'").split()
    rest = name[len(words) :]
    firm_words = _word_sets()["name_suffixes"] | _word_sets()["legal_suffixes"]
    return (
        bool(rest)
        and name[: len(words) - 1] == words[:-1]
        and name[len(words) - 1] == words[-1] + "'s"
        and all(word.rstrip(".,") in firm_words for word in rest)
    )


@functools.lru_cache(maxsize=65536)
def _group_and_member(group: str, member: str) -> bool:
    """Whether ``group`` names the group of a member firm ``member`` named by the same front and
    another firm word ("Acme Group" and "Acme Electronics", "Zorvex Group Inc" and "Zorvex and
    Co"): two companies, though the scorer's suffixes leave them one key."""
    front = _name_words(group)
    words = _name_words(member)
    group_words = _group_name_words()
    return (
        len(front) > 1
        and front[-1] in group_words
        and len(words) == len(front)
        and words[:-1] == front[:-1]
        and (words[-1] == "and" or words[-1] in _word_sets()["name_suffixes"] - group_words)
    )


@functools.lru_cache(maxsize=65536)
def _national_namesakes(a: str, b: str) -> bool:
    """Whether two names spelt alike before their legal suffixes are two firms, one incorporated
    the American way ("Corp", "Inc") and the other under a foreign form only ("AG", "Ltd"): "Zorvex
    Corp", the US unit of "Zorvex AG"; "Acme Oil Co Ltd", the Canadian arm of "Acme Oil Corp"
    (see ``incorporated_suffixes``). The scorer's suffixes leave them one key."""
    front_a, front_b = _name_words(a), _name_words(b)
    if [w.casefold() for w in front_a] != [w.casefold() for w in front_b]:
        return False
    tails = [{w.replace(".", "").rstrip(",").casefold() for w in name.split()[len(front):]} for name, front in ((a, front_a), (b, front_b))]
    american = {w.casefold() for w in cues()["incorporated_suffixes"]}
    national = {w.casefold() for w in cues()["national_suffixes"]}
    return any(
        mine & american and not theirs & american and theirs & national
        for mine, theirs in (tails, tails[::-1])
    )


@functools.lru_cache(maxsize=1)
def _group_name_words() -> frozenset[str]:
    """Words that end a group's name ("Group"), read once."""
    return frozenset(cues()["group_name_words"])


def _name_words(text: str) -> list[str]:
    """The words of a name before the legal suffixes it ends with, an "and" before them kept
    ("Zorvex and Co Inc" -> "Zorvex and")."""
    words = text.split()
    while len(words) > 1 and words[-1].rstrip(",") in _word_sets()["legal_suffixes"]:
        words = words[:-1]
    return words


def _lone_surname(text: str) -> str | None:
    """The one name word of a person's name that is a surname alone: the name itself, or its
    last word after name particles only ("Van de Vijver" of "Walter van der Vijver", however
    the particles are spelt)."""
    words = text.split()
    if all(word.lower() in _word_sets()["name_particles"] for word in words[:-1]):
        return words[-1]
    return None


def _named_by_first_word(clusters: list[_Cluster], word: str) -> list[_Cluster]:
    """The one organisation whose longer name starts with a nationality or generic word that the
    text also uses alone as a name ("Deutsche" for Deutsche Boerse, "American" for American
    Airlines). Such a word is no short form of every name it starts (:func:`short_forms`), so it
    joins a name only when the document has named just one that it starts (callers pass the
    organisations named before the word)."""
    matches = [c for c in clusters if any(len(f.split()) > 1 and f.split()[0] == word for f in c.forms)]
    return matches if len(matches) == 1 else []


def _headed_by(name: str, word: str) -> bool:
    """Whether ``word`` is the head noun of a longer name: "Bank" of "Bank of England",
    "Reserve Bank of Australia" or "Barclays Bank"."""
    words = name.split()
    return word in words[1:] or (len(words) > 2 and words[0] == word and words[1] == "of")


@functools.lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    """Capitalised words that alone stand for an organisation named in full before ("the Bank"
    after "Bank of England", "the Group"): name suffixes and organisation nouns."""
    words = _word_sets()
    return words["name_suffixes"] | frozenset(head.capitalize() for head in words["organization_heads"])


@functools.lru_cache(maxsize=16384)
def _key(text: str, type_: str) -> str:
    """The clustering key: :func:`name_key`, and for organisations "and" = "&" and a leading
    place alias spelt out ("U.S. Lines" = "United States Lines"); remembered per name."""
    if type_ != "Organization":
        return name_key(text)
    words = [w for w in text.split() if w.lower() != "and"]
    for n in (3, 2, 1):
        place = place_index().get(" ".join(words[:n])) if len(words) > n else None
        if place is not None:
            words = [place.name, *words[n:]]
            break
    return name_key(" ".join(words))


#: Characters between a name and a clipped form bracketed right after it: " (".
_CLIPPED_BRACKET_GAP = 2


def _beside(cluster: _Cluster, mention: Mention, sentence_at: Mapping[int, int]) -> bool:
    """Whether a name shares a sentence with one of a cluster's names, other than one it is
    bracketed right after ("Yuganskneftegas (Yugansk)", which :func:`_bracketed_short_forms`
    leaves to the spelling): a clipped form is not written beside its full name ("gas giant
    Gazprom, its unit Gazpromneft" are two firms)."""
    sentence = sentence_at.get(mention.start)
    return sentence is not None and any(
        sentence_at.get(other.start) == sentence and not 0 <= mention.start - other.end <= _CLIPPED_BRACKET_GAP for other in cluster.mentions
    )


def _clipped(short: str, full: str) -> bool:
    """A long one-word name and its clipped form: "Yugansk" of "Yuganskneftegas"; a longer name
    whose last word alone is clipped, the words before it the same: "Zorvex Pharma" of "Zorvex
    Pharmaceuticals" (a word of letters, so "Quintara Tinto" is not "Quintara Tinto-Zinc")."""
    short_words, full_words = short.split(), full.split()
    if len(short_words) > 1 and len(short_words) == len(full_words) and short_words[:-1] == full_words[:-1]:
        short, full = short_words[-1], full_words[-1]
        return len(short) >= 4 and len(full) >= len(short) + 3 and full.startswith(short) and full.isalpha()
    return (
        " " not in short
        and " " not in full
        and len(short) >= 5
        and len(full) >= len(short) + 3
        and full.startswith(short)
        and short.isalpha()
    )


def _has_legal_suffix(text: str) -> bool:
    """A full legal name ("Gelco Corp") is its own company, never a short form of another."""
    words = text.split()
    return len(words) > 1 and words[-1].rstrip(",") in _word_sets()["legal_suffixes"]


def _nearest(clusters: list[_Cluster], mention: Mention) -> _Cluster:
    """Of several candidates, the one mentioned last before ``mention`` (else the first)."""
    def last_before(cluster: _Cluster) -> int:
        return max((m.start for m in cluster.mentions if m.start < mention.start), default=-1)

    return max(clusters, key=lambda c: (last_before(c), -c.first))


def _canonical(cluster: _Cluster) -> str:
    if cluster.company is not None:
        return cluster.company.name
    if cluster.place is not None:
        return cluster.place
    spelt = [f for f in cluster.forms if f not in cluster.slips] or cluster.forms
    forms = [_strip_title(f) if cluster.type == "Person" else _strip_legal(f) for f in spelt]
    return max(forms, key=lambda f: (len(f.split()), len(f), -forms.index(f)))


def _written_name(cluster: _Cluster) -> str:
    """A cluster's longest name as written, legal suffix kept: the name of an entity whose
    canonical name another entity has too ("Kelvaro Corp" beside its parent "Kelvaro AG")."""
    spelt = [f for f in cluster.forms if f not in cluster.slips] or cluster.forms
    return max(spelt, key=lambda f: (len(f.split()), len(f), -spelt.index(f)))


def _subtype(cluster: _Cluster) -> str | None:
    if cluster.subtype is not None:
        return cluster.subtype
    if cluster.type == "Organization" and cluster.strong:
        return "Company"
    return None


def _unique_slug(name: str, used: set[str]) -> str:
    base = _PUNCT.sub("-", name.casefold()).strip("-") or "entity"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug


@dataclass(frozen=True)
class _Profile:
    """What a description can be checked against: country and industries of an organisation.

    ``media`` marks news organisations and agencies, which are quoted as sources far more often
    than they are what "the company" refers to; ``public`` marks public bodies ("US Air Force",
    "Office of Fair Trading"), which "the US company" never refers to; ``family`` marks families
    and their trusts ("the Pruitt family trust"), which only "the family" refers to.
    """

    entity_id: str
    country: str | None
    industries: frozenset[str]
    media: bool
    public: bool = False
    family: bool = False


def _profiles(doc: Doc, entities: list[Entity], clusters: list[_Cluster]) -> dict[str, _Profile]:
    """Country and industries per organisation: the vocabulary, then demonyms and industry words
    beside its names, and the words of its names that say its business ("Belknap Stores")."""
    profiles: dict[str, _Profile] = {}
    for entity, cluster in zip(entities, sorted(clusters, key=lambda c: c.first)):
        if entity.type != "Organization":
            continue
        company = cluster.company
        country = company.country if company else None
        industries = set(company.industries) if company else set()
        for mention in cluster.mentions:
            span = expanded_span(doc, mention.start, mention.end)
            if span is None:
                continue
            near = _modifiers(span)
            country = country or next((c for c in (_country_of(t) for t in near) if c), None)
            industries |= _industries_in(" ".join(t.text for t in near))
        by_word = cues()["name_industries"]
        for word in {word for form in cluster.forms for word in form.lower().split()}:
            industries.update(by_word.get(word, ()))
        media = entity.subtype in _MEDIA_SUBTYPES
        profiles[entity.id] = _Profile(entity.id, country, frozenset(industries), media, public_body(entity.name), _family(entity.name))
    return profiles


#: Subtypes of news organisations and agencies, quoted as sources far more than written about.
_MEDIA_SUBTYPES = frozenset({"MediaOrganization", "Agency"})


def public_body(name: str) -> bool:
    """Whether a name is a public body's: its last word, or its first before "of" or "for", is a
    public body word ("US Air Force", "Department of Justice", "Office for Borvian Statistics")."""
    words = name.split()
    public = frozenset(cues()["public_body_words"])
    return len(words) > 1 and (words[-1] in public or (words[0] in public and words[1] in ("of", "for")))


def _family(name: str) -> bool:
    """Whether a name is a family's or its trust's ("Kelvaro family", "Pruitt family trust")."""
    words = name.split()
    families = frozenset(cues()["family_nouns"])
    return len(words) > 1 and (words[-1] in families or (words[-1] == "trust" and words[-2] in families))


def _modifiers(span: Span) -> list[Token]:
    """Words describing a name: its compound/amod/appos dependents, its possessor ("Tarvelia's
    <Quintara Design>"), and the head it apposes."""
    root = span.root
    tokens: list[Token] = []
    for child in root.children:
        if child.dep_ in {"compound", "amod", "appos", "poss"} and not (span.start <= child.i < span.end):
            tokens.extend(child.subtree)
    if root.dep_ == "appos":
        tokens.append(root.head)
        tokens.extend(t for t in root.head.children if t.dep_ in {"compound", "amod", "poss"})
    return tokens


def _country_of(token: Token) -> str | None:
    place = demonym_index().get(token.text) or place_index().get(token.text)
    if place is None:
        return None
    return place.name if place.subtype == "Country" else place.country


@functools.lru_cache(maxsize=1)
def _industry_cues() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]]:
    """The industry cues compiled once: one expression that finds any of them (most texts have
    none), and each cue's own expression with the industries it names."""
    table = cues()["industry_cues"]
    forms = {cue: rf"(?<![\w-]){re.escape(cue)}(?![\w-])" for cue in table}
    any_cue = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, table))})(?![\w-])")
    return any_cue, tuple((re.compile(forms[cue]), tuple(industries)) for cue, industries in table.items())


def _industries_in(text: str) -> set[str]:
    lowered = text.lower().replace(" - ", "-")
    any_cue, each = _industry_cues()
    found: set[str] = set()
    if any_cue.search(lowered) is None:
        return found
    for pattern, industries in each:
        if pattern.search(lowered):
            found.update(industries)
    return found


def _resolve_references(
    doc: Doc, entities: list[Entity], clusters: list[_Cluster], names: list[Mention]
) -> list[Mention]:
    """Descriptions and pronouns, in text order, each to the best organisation before it."""
    tokens = doc_tokens(doc)
    orgs = {e.id: e for e in entities if e.type == "Organization"}
    if not orgs:
        return []
    types = {e.id: e.type for e in entities}
    profiles: dict[str, _Profile] | None = None
    history = [m for m in names if m.entity_id in orgs]
    country_ids = {e.id for e in entities if e.type == "Place" and e.subtype == "Country"}
    media_ids = {e.id for e in entities if e.subtype in _MEDIA_SUBTYPES}
    countries = [m for m in names if m.entity_id in country_ids and m.source != DEMONYM_SOURCE]
    words = _reference_words()
    found: list[Mention] = []
    for token, word in zip(tokens, token_lowers(doc)):
        if word not in words:
            continue
        start = token.idx
        if any(m.start <= start < m.end for m in names):
            continue
        reference = _description(token) or _pronoun(token)
        if reference is None:
            continue
        span, kind = reference
        bound = _bound_entities(doc, span.root, history, kind == "description")
        if kind == "description":
            bound |= _held_by_subject(doc, span, history)
        if kind == "description" and (_repeats_unnamed(span) or _unnamed_group(span, names)):
            continue
        if kind == "description":
            profiles = profiles if profiles is not None else _profiles(doc, entities, clusters)
            target = (
                _name_in_apposition(span, names, orgs)
                or _apposed_name(doc, span, history)
                or _copula_subject(span, history)
                or _copula_name(span, names, orgs)
                or _led_group(span, names)
                or _resolve_description(
                    span, [m for m in history if m.entity_id not in bound], profiles, names, orgs
                )
            )
        else:
            leaders = _group_leaders_of_reporter(span)
            if leaders is None:
                candidates = [m for m in history if m.entity_id not in bound and (m.entity_id not in media_ids or _is_subject(doc, m))]
                target = _resolve_pronoun(doc, span, _with_country_subjects(doc, candidates, countries))
                if target is None and _speaking_subject(span.root):
                    target = _lead_speaker(doc, candidates)
                target = None if target in country_ids else target
            else:
                target = next((m.entity_id for agent in leaders for m in names if m.start <= agent.idx < m.end), None)
        if target is None:
            continue
        mention = Mention(
            start=span.start_char,
            end=span.end_char,
            text=span_text(doc, span.start, span.end),
            type=types[target],
            kind=kind,
            source=kind,
            entity_id=target,
        )
        found.append(mention)
        history.append(mention)
        history.sort(key=lambda m: m.start)
    return found


def _is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is a clause's subject (or a conjunct of one): a news organisation or
    agency is a pronoun's antecedent only so ("the FT said it thought"), never as the source a
    story was told to or cites ("..., a spokesman told Reuters. Its profit rose" is not
    Reuters' profit)."""
    span = expanded_span(doc, mention.start, mention.end)
    token = span.root if span is not None else None
    while token is not None and token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token is not None and token.dep_ in _SUBJECT_DEPS


def _with_country_subjects(doc: Doc, history: Sequence[Mention], countries: Sequence[Mention]) -> list[Mention]:
    """A pronoun's candidates with the countries named as a clause's subject: a country is
    "it" as much as a company is ("Peru wants foreign miners in its copper belt", "Peru said it
    would sell its stake in Zorvex"), so a pronoun whose nearest subject is a country stands
    for no organisation."""
    subjects = [mention for mention in countries if _is_subject(doc, mention)]
    return sorted([*history, *subjects], key=lambda m: m.start) if subjects else list(history)


def _repeats_unnamed(span: Span) -> bool:
    """Whether a description repeats the words of a phrase that brought in something unnamed
    before it: "sold to a little-known shell company ... The shell company was then snapped up
    by Y" is that company, none of the names before it. A phrase said of a name ("X, a shell
    company", "X is a shell company", "X operates as a shell company") brings in nothing new."""
    words = {token.lower_ for token in span[1:-1]}
    if not words:
        return False
    head = span[-1].lower_
    introducers = cues()["unnamed_introducers"]
    for token in span.doc[: span.start]:
        if token.lower_ != head or token.dep_ in {"appos", "attr", "compound"} or (token.dep_ == "pobj" and token.head.lower_ == "as"):
            continue
        if not any(child.dep_ == "det" and child.lower_ in introducers for child in token.children):
            continue
        if words <= {child.lower_ for child in token.lefts} and not any(child.pos_ == "PROPN" for child in token.lefts):
            return True
    return False


def _unnamed_group(span: Span, names: Sequence[Mention]) -> bool:
    """Whether a bare group description ("the group") takes up an unnamed group brought in
    before it by an indefinite phrase that names none of its members or leaders ("leased the
    plant to a group of local farmers ... the group pays rent monthly", "An investor group holds
    6 pct of Zorvex ... The group may buy more"), as do the bare ones after it: that
    group, none of the companies named around it. A group said of a name ("X, a group of
    investors") is that name's, and so is one whose own phrase names its leader ("the group,
    led by investor X, said"). A place in the phrase only says where the group is based ("a
    Tarnfield-based investor group"): it names no member."""
    root = span.root
    if len(span) != 2 or root.lemma_.lower() not in cues()["group_nouns"]:
        return False
    own = span.doc[root.left_edge.i : root.right_edge.i + 1]
    if any(own.start_char <= m.start < own.end_char for m in names):
        return False
    earlier = next((t for t in reversed(span.doc[: span.start]) if t.lemma_ == root.lemma_ and t.pos_ == "NOUN" and not _taken_up(t)), None)
    if earlier is None or earlier.dep_ in {"appos", "attr", "compound"}:
        return False
    if not any(child.dep_ == "det" and child.lower_ in cues()["unnamed_introducers"] for child in earlier.children):
        return False
    phrase = earlier.doc[earlier.left_edge.i : earlier.right_edge.i + 1]
    return not any(phrase.start_char <= m.start < phrase.end_char and m.type != "Place" for m in names)


def _taken_up(noun: Token) -> bool:
    """Whether a noun is a bare "the <noun>" taking up one before it."""
    return [child.lower_ for child in noun.children] == ["the"]


def _led_group(span: Span, names: Sequence[Mention]) -> str | None:
    """The leader of the unnamed group a bare group description takes up, where the last group
    noun before it is one led by a name: "A group led by Acme Corp said it ... The group also
    said ... giving the group a stake" is Acme's group each time, as "it" and the group's own
    deals are (not the company it bids for). A group description between them that names the
    group in apposition is the last group noun instead ("The group, Borg Corp, said ... The group
    said": Borg); a bare one, or a person's ("his group would bid"), is looked past, and so is
    a group noun that only qualifies a name ("led by investor X"). A description led by a name
    itself is that name's ("the group, led by investor X, said"), and an indefinite group noun
    set after a name describes it ("X, a group of Tarvel businessmen, ... the group said": X; not
    "In a filing with the SEC, the group said", the group parsed as the SEC's apposition)."""
    data = cues()
    nouns = frozenset(data["group_nouns"])
    if span.root.lemma_.lower() not in nouns or any(span.start_char <= m.start < span.end_char for m in names):
        return None
    for earlier in [span.root, *reversed(span.doc[: span.start])]:
        if earlier.lemma_.lower() not in nouns or earlier.pos_ != "NOUN" or earlier.dep_ == "compound":
            continue
        clauses = [child for child in earlier.children if child.dep_ == "acl" and child.lemma_.lower() in data["group_leaders"]]
        agents = [obj for clause in clauses for prep in clause.children if prep.lower_ == "by" for obj in prep.children if obj.dep_ == "pobj"]
        for agent in agents or stranded_agents(earlier, clauses):
            found = _entity_covering((m for m in names if m.type in ("Organization", "Person")), agent.idx)
            if found is not None:
                return found
        if earlier.i == span.root.i or any(child.dep_ == "poss" and child.lower_ in data["person_pronouns"] for child in earlier.children):
            continue
        if earlier.dep_ == "appos" and any(child.dep_ == "det" and child.lower_ in ("a", "an") for child in earlier.children):
            described = _entity_covering((m for m in names if m.type in ("Organization", "Person")), earlier.head.idx)
            if described is not None:
                return described
        named = next((m.entity_id for child in earlier.children if child.dep_ == "appos" for m in names if m.start <= child.idx < m.end), None)
        if named is not None or clauses or not any(child.dep_ == "det" and child.lower_ == "the" for child in earlier.children):
            return named
    return None


def _name_in_apposition(span: Span, names: Sequence[Mention], orgs: Mapping[str, Entity]) -> str | None:
    """The organisation a description names in apposition after itself: "a unit of the
    British lender <Tarnfield Brothers>" is Tarnfield Brothers."""
    for child in span.root.rights:
        if child.dep_ == "appos":
            found = _entity_covering((m for m in names if m.entity_id in orgs), child.idx)
            if found is not None:
                return found
    return None


@functools.lru_cache(maxsize=1)
def _reference_words() -> frozenset[str]:
    """The words a description or pronoun ends in: only tokens spelt so are looked at."""
    data = cues()
    return frozenset([*data["description_heads"], *data["latter"], *data["former"], *data["pronouns"]])


def _description(token: Token) -> tuple[Span, str] | None:
    """"the <cues> <head>" with a singular organisation head, or "the latter"/"the former"; not
    one followed by "of" ("the exchange of shares", "the group of investors"), nor a unit noun
    with a line of business before it ("the corn milling business" is a unit, "the Spanish
    business" may be a company)."""
    data = cues()
    heads = data["description_heads"]
    word = token.lower_
    if word not in heads and word not in data["latter"] and word not in data["former"]:
        return None
    if token.tag_ in {"NNS", "NNPS"} or token.dep_ == "compound":
        return None
    children = list(token.children)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in children):
        return None
    det = [c for c in children if c.dep_ == "det" and c.lower_ == "the"] or _ranking_country(token) or _based_city_det(token)
    if not det:
        return None
    span = token.doc[det[0].i : token.i + 1]
    if word in data["unit_nouns"] and any(t.is_lower and t.is_alpha and _country_of(t) is None for t in span[1:-1]):
        return None
    return span, "description"


def _based_city_det(head: Token) -> list[Token]:
    """The "the" of a city the parser made a description's head, hanging the description on it
    as an apposition: "The Tarnfield, Borvia-based firm runs 40 mills" is a description of the
    story's firm (based in both places), not the city."""
    city = head.head
    if head.dep_ != "appos" or city.i >= head.i or not any(c.dep_ == "amod" and c.lower_ in cues()["based_participles"] for c in head.children):
        return []
    return [c for c in city.children if c.dep_ == "det" and c.lower_ == "the" and c.i == city.left_edge.i]


def _ranking_country(head: Token) -> list[Token]:
    """The first word of a country that ranks a subject description the way "the" would open it
    ("The UK's biggest coal producer blamed ...", "Japan's second-largest bank said"): the story's
    company told by its rank at home. Empty where the description is no subject ("a bid for
    Japan's fourth-largest bank" brings in another) or ranks nothing."""
    if head.dep_ not in ("nsubj", "nsubjpass") or not any(child.tag_ == "JJS" for child in head.children):
        return []
    owner = next((child for child in head.children if child.dep_ == "poss"), None)
    if owner is None or _country_of(owner) is None:
        return []
    return [owner.left_edge]


def _pronoun(token: Token) -> tuple[Span, str] | None:
    """A pronoun that may refer: not an expletive "it" ("it is likely", "it took years"), though
    the subject of a plain relative clause refers ("a writeoff that it took in 1986"), and so
    does the subject of "make" or "take" with a real object ("it made a bid", "it took a stake")."""
    if token.lower_ not in cues()["pronouns"] or token.pos_ != "PRON":
        return None
    if (
        token.lower_ == "it"
        and token.head.lemma_ in cues()["expletive_heads"]
        and not _located_it(token.head)
        and not _relative_subject(token)
        and not _real_object(token.head)
    ):
        return None
    if _held_part(token):
        return None
    return token.doc[token.i : token.i + 1], "pronoun"


def _held_part(token: Token) -> bool:
    """Whether a pronoun is the holding its sentence named before it ("Borg will keep its stake
    for now, though it could later sell all of it": the stake), not a company, so that no sale of
    a company is read."""
    data = cues()
    of = token.head
    if token.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in data["held_part_quantifiers"]:
        return False
    held = frozenset(data["held_nouns"]["in"]) | frozenset(data["held_part_more_nouns"])
    return any(t.lower_ in held for t in token.sent if t.i < of.head.i)


def _real_object(verb: Token) -> bool:
    """Whether a transitive head of ``expletive_heads`` has an object its subject acts on ("made
    a bid"), not one of ``expletive_objects`` ("made sense", "took years") nor a clause ("made it
    clear that"). A clause after the object with a subject and no conjunction of its own is the
    object's relative clause the parser hung on the verb ("it will make an offer for all shares of
    Y it does not already own")."""
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    clauses = [child for child in verb.children if child.dep_ in ("ccomp", "xcomp", "csubj") and not _contact_relative(child, objects)]
    if verb.pos_ != "VERB" or clauses:
        return False
    return bool(objects) and all(obj.lemma_.lower() not in cues()["expletive_objects"] for obj in objects)


def _contact_relative(clause: Token, objects: Sequence[Token]) -> bool:
    """Whether a clause follows an object and has a subject but no conjunction ("that", "whether")."""
    return (
        any(obj.i < clause.i for obj in objects)
        and any(child.dep_ == "nsubj" for child in clause.children)
        and not any(child.dep_ == "mark" for child in clause.children)
    )


def _relative_subject(token: Token) -> bool:
    """Whether ``token`` is the subject of a relative clause with no clause of its own ("a
    writeoff that it took in 1986", not "steps it was taking to thwart a bid")."""
    clause = token.head
    return clause.dep_ == "relcl" and not any(child.dep_ in ("xcomp", "ccomp", "advcl") for child in clause.children)


def _bound_entities(doc: Doc, reference: Token, history: Sequence[Mention], description: bool = False) -> set[str]:
    """The entities a reference cannot be, because they are the subject of its own clause (or
    whom that clause's speaker is telling, see :func:`_addressees`).

    A description or object pronoun inside a clause's predicate is never that clause's subject
    ("X raised its stake in the company": the company is not X), nor the possessor of a noun it
    hangs on ("to stop X's takeover bid for the company"); a possessive is not when it is
    inside what the copula or an apposition says the subject is ("X is its biggest shareholder",
    "X, its biggest shareholder,"), though it is in a plain verb's object ("X raised its stake").
    """
    subjects = _clause_subjects(reference, description) | _addressees(reference)
    if not description:
        subjects |= _possessed_phrase(reference)
    if not subjects:
        return set()
    found: set[str] = set()
    for mention in history:
        span = expanded_span(doc, mention.start, mention.end)
        if span is not None and mention.entity_id is not None and any(span.start <= i < span.end for i in subjects):
            found.add(mention.entity_id)
    return found


def _clause_subjects(reference: Token, description: bool = False) -> set[int]:
    """The token indices of the subjects that bind ``reference`` (see :func:`_bound_entities`).
    A possessive description is bound like any description ("it bought 6.8 pct of the
    company's stock": the company is not "it"); only a possessive pronoun may be the subject's.
    A description saying more than its head that is the subject of a clause reported after the
    reporter is not the reporter ("The company said the San Diego-based company had sales of 23
    mln dlrs"); a pronoun or a bare description there may be ("X said it had", "X said the
    company would"), and so may a description before "X said" ("The company pays dividends, X
    said"). A noun with its own agent ("the acquisition of the company by Z") binds like a
    clause: there its agent and possessor bind, not the subject above ("X set a date for a vote
    on the acquisition of the company by Z": the company may be X); so does a bidder noun
    (``description_roles`` "bidder"), which names who acts on the company ("X said it is talking
    with a bidder for the company": the company is X)."""
    if reference.dep_ == "poss" and not description:
        noun = reference.head
        if noun.dep_ == "appos":
            return set() if _names_another(noun) else {noun.head.i}
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return set()
        return {c.i for c in noun.head.children if c.dep_ in _SUBJECT_DEPS}
    described = description and any(child.dep_ in ("amod", "compound") for child in reference.children)
    reporters = _reporters(reference) if described else set()
    token = reference
    possessors: set[int] = set(reporters)
    while token.head.i != token.i:
        if token.dep_ in _SUBJECT_DEPS or (token.dep_ in _CLAUSE_EDGES and not _shares_subject(token)):
            return possessors
        token = token.head
        if token.pos_ == "NOUN" and cues()["description_roles"].get(token.lemma_.lower()) == "bidder":
            return possessors | {c.i for c in token.children if c.dep_ == "poss"}
        if token.pos_ in {"NOUN", "PROPN"}:
            possessors |= {c.i for c in token.children if c.dep_ == "poss"}
            agents = {g.i for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"}
            if agents:
                return possessors | agents
        if token.pos_ in {"VERB", "AUX"}:
            subjects = {c.i for c in token.children if c.dep_ in _SUBJECT_DEPS}
            if subjects or not (token.dep_ in {"xcomp", "conj"} or _shares_subject(token)):
                return subjects | _relative_antecedent(token, subjects, reference) | possessors
    return possessors


def _relative_antecedent(verb: Token, subjects: set[int], reference: Token) -> set[int]:
    """The noun a relative clause hangs on, where the clause's subject is its relative pronoun:
    in "Belknap Partners, who own 3.6 pct of the company's stock" the company is not Belknap.
    Not for what the clause says the antecedent is ("Borg, which is the holding company", "X,
    which ranks as the largest producer")."""
    if verb.dep_ != "relcl" or not any(verb.doc[i].lower_ in cues()["relative_pronouns"] for i in subjects):
        return set()
    part = next(token for token in reference.ancestors if token.head.i == verb.i) if reference.head.i != verb.i else reference
    if part.dep_ in ("attr", "oprd") or (part.dep_ == "prep" and part.lower_ == "as"):
        return set()
    return {verb.head.i}


def _reporters(reference: Token) -> set[int]:
    """The subject of the verb that reports the clause a description is in, said before it: a
    reporter does not describe itself anew inside what it reports ("X announced that an offer was
    presented to the board of the Chicago-based company": the company is not X). Not through a
    clause hung inside the reported one, and not for a passive "it was announced that ..."."""
    token = reference
    while token.head.i != token.i and token.dep_ != "ccomp":
        if token.dep_ in _CLAUSE_EDGES:
            return set()
        token = token.head
    if token.dep_ != "ccomp" or token.head.i > reference.i:
        return set()
    return {c.i for c in token.head.children if c.dep_ == "nsubj"}


def _possessed_phrase(reference: Token) -> set[int]:
    """The token indices of the words a possessive pronoun's noun takes after it, none of which
    is the pronoun: in "its joint venture with Borg" or "its stake in Borg", "its" is not Borg
    (a name in front of the noun may be: "its Acme Dallas affiliate")."""
    if reference.dep_ != "poss":
        return set()
    return {token.i for child in reference.head.children if child.dep_ == "prep" for token in child.subtree}


def _shares_subject(verb: Token) -> bool:
    """A participle clause with no subject of its own has the subject of the verb it hangs on:
    "X sent a letter to Y, offering to buy the company" (the offer is X's)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _addressees(reference: Token) -> set[int]:
    """Whom the speaker of a reported clause was telling: "X told the SEC it had bought ... its
    stake" is X's word about X, so neither "it" nor "its" is the SEC; nor is the one a filing or
    statement the speaker made it in went to ("X disclosed in a filing with the SEC that it made
    a bid")."""
    clause = reference.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i and clause.dep_ not in _CLAUSE_EDGES:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return set()
    verb = clause.head
    found = {c.i for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < clause.i}
    documents = frozenset(json_data("attribution_cues.json")["document_nouns"])
    for prep in verb.children:
        if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" and prep.i < clause.i:
            found |= {c.i for c in prep.children if c.dep_ == "pobj"}
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < clause.i:
            for document in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in documents):
                links = (link for link in document.children if link.dep_ == "prep" and link.lower_ in {"with", "to"})
                found |= {c.i for link in links for c in link.children if c.dep_ == "pobj"}
    return found


#: How many sentences before a description's own a company named as held still counts (:func:`_held_before`).
_HELD_SENTENCES = 2
#: Dependencies of a clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Dependencies a reference's clause ends at going up: past them the subject is another clause's.
_CLAUSE_EDGES = frozenset({"appos", "relcl", "acl", "advcl", "ccomp", "parataxis"})


def _apposed_name(doc: Doc, span: Span, history: Sequence[Mention]) -> str | None:
    """The organisation a description is set off after ("Kelvaro Oil Inc <KLV>, the
    Ohio-based oil refiner, ..."): the name just before its comma, past a wire ticker,
    whatever the parser hung the description on. A subject or a possessor is no apposition
    ("Acme bought Borg, the company said", "Bosch, the carmaker's chief executive said"), nor is
    what follows an opening phrase ("In a filing with the SEC, the group said")."""
    tokens = doc_tokens(doc)
    if span.root.dep_ in _SUBJECT_DEPS or span.root.dep_ == "poss" or span.start < 2:
        return None
    if span.end < len(doc) and tokens[span.end].tag_ == "POS":
        return None
    texts = token_texts(doc)
    last = _set_off_from(doc, span.start)
    if last is None:
        return None
    opening = token_sentences(doc)[span.start].start
    if tokens[opening].pos_ in ("ADP", "SCONJ") and not any(t.pos_ in ("VERB", "AUX") for t in tokens[opening : span.start - 1]):
        return None
    end = tokens[last].idx + len(texts[last])
    return next((m.entity_id for m in reversed(history) if m.end == end and m.kind == "name"), None)


def _set_off_from(doc: Doc, start: int) -> int | None:
    """The last token of what a phrase starting at token ``start`` is set off after by a comma:
    the word before the comma, past a wire ticker or a bracketed short form ("Ashland Oil Inc
    <ASH>, the ...", "Banco X (BPI), Portugal's ...") or a name's own closing marker ("<Sears
    Motor Group Ltd>, the ...")."""
    texts = token_texts(doc)
    i = start - 1
    if i < 2 or texts[i] != ",":
        return None
    i -= 1
    if texts[i] in (">", ")") and i >= 3 and texts[i - 2] in ("<", "("):
        i -= 3
    elif texts[i] in (">", ")"):
        i -= 1
    return i


def _copula_subject(span: Span, history: Sequence[Mention]) -> str | None:
    """The subject a description is predicated of, or listed among the predicates of:
    ("Acme, the US unit of Borvia's Zorvex, was the only carmaker to gain";
    "The firm is the biggest water supplier in Tarnfield, and the third biggest builder" is
    whichever company "the firm" was)."""
    attribute = span.root
    while attribute.dep_ == "conj" and attribute.head.pos_ in ("NOUN", "PROPN"):
        attribute = attribute.head
    verb = attribute.head
    if attribute.dep_ not in ("attr", "conj") or verb.lemma_ != "be":
        return None
    for subject in verb.children:
        if subject.dep_ == "nsubj":
            start = subject.idx
            return _entity_covering(history, start)
    return None


def _copula_name(span: Span, names: Sequence[Mention], orgs: Mapping[str, Entity]) -> str | None:
    """The organisation a subject description is said to be, by name or by a phrase set off
    before its name: "The winning bidder was a little-known firm, Belknap Finance Group" is
    Belknap Finance Group, whichever company was named last."""
    verb = span.root.head
    if span.root.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for attribute in (child for child in verb.children if child.dep_ == "attr"):
        for word in (attribute, *(child for child in attribute.children if child.dep_ == "appos")):
            found = _entity_covering((m for m in names if m.entity_id in orgs), word.idx)
            if found is not None:
                return found
    return None


def _new_company(span: Span, history: list[Mention], orgs: Mapping[str, Entity]) -> str | None:
    """The company a description calling it new stands for ("the new company", "the newly formed
    firm"): the last organisation brought in as new before it, by a description saying so ("forms
    the new company Zorvex ... The new firm will supply") or by "new" or "newly formed" before its
    name, and none where there is none: a company formed without a name, or the one a merger
    makes, is neither party nor buyer ("Acme will have a stake in the new company")."""
    for mention in reversed(history):
        if mention.end > span.start_char or mention.entity_id not in orgs:
            continue
        if mention.kind == "name" and _called_new(span.doc, mention):
            return mention.entity_id
        if mention.kind == "description" and any(word in _new_words() for word in mention.text.split()):
            return mention.entity_id
    return None


#: How many tokens before a name are read for a word calling it new (:func:`_called_new`).
_NEW_BEFORE = 3


@functools.lru_cache(maxsize=1)
def _new_words() -> frozenset[str]:
    """The words by which a description calls its company new."""
    return frozenset(cues()["new_company_words"])


def _says_new(span: Span) -> bool:
    """Whether a description calls its company new ("the new firm", "the newly formed company"),
    not a place named in it ("the New Zorvex group")."""
    return any(token.is_lower and token.lower_ in _new_words() for token in span[1:-1])


def _called_new(doc: Doc, mention: Mention) -> bool:
    """Whether a word just before a name calls it new ("new <Zorvex>", "newly-formed Zorvex"),
    itself or through the participle it qualifies, or a noun set in apposition with it does
    ("Zorvex, the new network", "a new venture, Zorvex"); not a word qualifying a noun the name
    qualifies too ("new Zorvex products")."""
    name = expanded_span(doc, mention.start, mention.end)
    if name is None:
        return False
    for word in doc[max(0, name.start - _NEW_BEFORE) : name.start]:
        if word.is_lower and word.lower_ in _new_words() and any(name.start <= head.i < name.end for head in (word.head, word.head.head)):
            return True
    root = name.root
    apposed = [child for child in root.children if child.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    return any(word.is_lower and word.lower_ in _new_words() and word.dep_ == "amod" for noun in apposed for word in noun.children)


def _resolve_description(
    span: Span,
    history: list[Mention],
    profiles: Mapping[str, _Profile],
    names: list[Mention],
    orgs: Mapping[str, Entity],
) -> str | None:
    """The organisation a description stands for: the one it names ("the Bass group"), the
    person leading it where it names one ("the Wendel group"), else the best fit of country,
    industry and salience among those named before it. A relational or unit head never stands
    for the name inside it ("the Alibaba rival", "the Seagram unit"). Names in the description's
    own sentence weigh more, except for the company that speaks ("In rejecting the proposal by
    X, the company said": the story's company, not X, one quoted before first, see
    :func:`_speakers`); where that sentence names none, the
    subject of the sentence before comes first (:func:`_previous_subject`). A description of two
    countries fits a company of either ("the UK-Dutch group" is a Dutch company as well as a
    British one). A strict head stands only for a company known in its business and named by its
    place ("the Italian stock exchange" is a market). A description calling its company new stands
    only for a company brought in as new (:func:`_new_company`)."""
    if _says_new(span):
        return _new_company(span, history, orgs)
    data = cues()
    head = span[-1].lower_
    before = [m for m in history if m.end <= span.start_char]
    if head in data["latter"] or head in data["former"]:
        ids = list(dict.fromkeys(m.entity_id for m in reversed(before)))
        index = 0 if head in data["latter"] else 1
        return ids[index] if len(ids) > index else None
    named_inside = [m for m in names if span.start_char <= m.start and m.end <= span.end_char]
    inside = {m.entity_id for m in named_inside}
    if head not in data["unit_nouns"] and head not in data["relational_heads"]:
        own = next((m.entity_id for m in named_inside if m.entity_id in orgs), None)
        leader = next((m.entity_id for m in named_inside if m.type == "Person"), None)
        if own is not None or leader is not None:
            return own or leader
    countries = {c for c in (_country_of(t) for t in span[1:-1]) if c}
    wanted = set(data["description_heads"].get(head, ())) | _industries_in(span[1:-1].text)
    media_head = head in {"publisher", "broadcaster", "agency", "regulator"}
    public_heads = frozenset(data["public_heads"])
    strict = frozenset(data["strict_description_heads"])
    placed = any(token.dep_ == "compound" and token.head.i == span.root.i and token.text[:1].isupper() and token.text not in demonym_index() for token in span[1:-1])
    sentence = token_sentences(span.doc)[span.start]
    counts = Counter(m.entity_id for m in before)
    side = data["description_roles"].get(head)
    if side is not None:
        sides = {m.entity_id for m in before if _deal_side(span.doc, m) == side}
        counts = Counter({e: n for e, n in counts.items() if e in sides}) if sides else counts
    held = _held_before(span, before) if side is None and head not in data["relational_heads"] else set()
    last: dict[str | None, int] = {}
    near: set[str | None] = set()
    for m in before:
        last[m.entity_id] = m.start
        if m.start >= sentence.start_char:
            near.add(m.entity_id)
    speaking = data["speaker_descriptions"]
    speaker = head in speaking["heads"] and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in speaking["verbs"]
    named_before = any(sentence.start_char <= m.start and m.end <= span.start_char and m.entity_id in orgs for m in names)
    topic = None if named_before or near or speaker or head in data["relational_heads"] else _previous_subject(span, before)
    spoke: set[str | None] = set()
    if speaker:
        spoke = set(_speakers(span.doc, before)) - {m.entity_id for m in names if span.end_char <= m.start < sentence.end_char}
    best: tuple[Any, ...] | None = None
    for entity_id in counts:
        if entity_id not in orgs:
            continue
        profile = profiles[entity_id]
        if entity_id in inside or (profile.media and not media_head) or (profile.public and head not in public_heads):
            continue
        if profile.family and head not in data["family_nouns"]:
            continue
        named = _named_in(span, orgs[entity_id])
        fit = 0
        if countries:
            if profile.country is not None and profile.country not in countries and not named:
                continue
            fit += profile.country in countries
        if wanted:
            if (profile.industries or head in strict) and not profile.industries & wanted and not named:
                continue
            if head in strict and placed and not named:
                continue
            fit += bool(profile.industries & wanted)
        salience = counts[entity_id] + (3 if entity_id in near and not speaker else 0)
        score = (named, fit, entity_id in held, entity_id == topic, entity_id in spoke, salience, last.get(entity_id, -1))
        if best is None or score > best[:7]:
            best = (*score, entity_id)
    return best[7] if best else None


def _speakers(doc: Doc, before: Sequence[Mention]) -> list[str | None]:
    """The organisations the story has already quoted by name, in the order last quoted: the
    subjects of a speaking verb ("Acme said it would buy Borg"). A speaking "the company" takes
    up one of them ("Acme said it would buy Borg ... Borg makes valves ... The company said" is
    Acme, however often Borg was named), though not one that its own statement names ("The
    company said it would sue Acme" is not Acme). References resolved before do not count: one
    gone astray would draw the next."""
    found: list[str | None] = []
    for mention in before:
        span = expanded_span(doc, mention.start, mention.end)
        token = span.root if span is not None else None
        while token is not None and token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token is not None and mention.kind == "name" and _speaking_subject(token):
            found = [entity_id for entity_id in found if entity_id != mention.entity_id] + [mention.entity_id]
    return found


def _lead_speaker(doc: Doc, history: Sequence[Mention]) -> str | None:
    """The organisation a story's opening sentence quotes by name ("Acme said it bought Borg"),
    which a speaking "it" with no organisation named in its sentence or the one before stands
    for ("Acme said it bought Borg. Terms were not disclosed. It said ..."). None where the story
    opens otherwise: there "it" may take up a body named only by a common noun ("The union
    protested. It said ...")."""
    opening = token_sentences(doc)[0] if len(doc) else None
    if opening is None:
        return None
    return next(reversed(_speakers(doc, [m for m in history if m.end <= opening.end_char])), None)


def _speaking_subject(token: Token) -> bool:
    """Whether a word is the subject of a speaking verb (``speaker_descriptions`` verbs: "Acme
    said", "it added")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in cues()["speaker_descriptions"]["verbs"]


def _held_before(span: Span, before: Sequence[Mention]) -> set[str]:
    """The companies named where a company held or bid for stands, in a description's sentence
    or the two before it, where the description stands so itself: "X said it holds 5 pct of Y
    ... and may seek control of the company" is Y, however often the story names X. Only names
    count, not references resolved before (which may have gone astray), and only near ones: a
    stake named paragraphs earlier is another matter."""
    if _token_side(span.root) != "target":
        return set()
    sentences = token_sentences(span.doc)
    start = sentences[span.start].start
    for _ in range(_HELD_SENTENCES):
        start = sentences[start - 1].start if start > 0 else start
    opening = span.doc[start].idx
    return {
        m.entity_id for m in before
        if m.kind == "name" and m.entity_id is not None and m.start >= opening and _deal_side(span.doc, m) == "target"
    }


def _held_by_subject(doc: Doc, span: Span, history: Sequence[Mention]) -> set[str]:
    """The companies held, bid for or whose stock is traded in what a group description that is a
    subject does or says: "the group said it sold 90,000 Acme common shares" is not Acme, however
    often a filing story names the company whose stock the group trades."""
    if span.root.dep_ != "nsubj" or span.root.lemma_.lower() not in cues()["group_nouns"]:
        return set()
    verb = span.root.head
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
    stock = frozenset(cues()["held_stock_nouns"])
    found: set[str] = set()
    for mention in history:
        inside = start <= mention.start < end and not span.start_char <= mention.start < span.end_char
        name = expanded_span(doc, mention.start, mention.end) if inside else None
        if name is None or mention.entity_id is None:
            continue
        root = name.root
        if _token_side(root) == "target" or _traded_stock(root, stock):
            found.add(mention.entity_id)
    return found


def _traded_stock(token: Token, stock: frozenset[str]) -> bool:
    """Whether a name says whose stock a verb trades or holds ("sold 90,000 Acme common shares",
    "bought shares of Acme stock"), not the stock paid with ("for one mln Acme shares")."""
    noun = token.head
    if token.dep_ not in ("poss", "compound", "nmod") or noun.lower_ not in stock:
        return False
    return noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.lower_ != "for")


def _previous_subject(span: Span, before: Sequence[Mention]) -> str | None:
    """The organisation the sentence before a description is about, where the description's
    own sentence names none before it: the subject of that sentence's main verb, or a name in
    apposition to it. "Borg makes valves. The company has 90 staff" and "Quintara, a Borg subsidiary,
    cut its prices. The company sells most of its output abroad" are Borg and Quintara,
    whichever company the story names most; a pronoun there takes the previous subject too
    (:func:`_resolve_pronoun`). Not for a relational head ("the bidder", "the parent"), which
    names another side than the one the story was on."""
    sentences = token_sentences(span.doc)
    start = sentences[span.start].start
    if start == 0:
        return None
    previous = sentences[start - 1]
    for mention in reversed(before):
        if mention.start < previous.start_char:
            break
        head = expanded_span(span.doc, mention.start, mention.end)
        if head is None or head.root.sent.start != previous.start:
            continue
        token = head.root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ == "appos" and token.head.pos_ == "NOUN":
            token = token.head
        if token.dep_ in _SUBJECT_DEPS and token.head.i == previous.root.i:
            return mention.entity_id
    return None


def _named_in(span: Span, entity: Entity) -> bool:
    """Whether a description's capitalised modifier is a word of the organisation's name: "the
    London exchange" is the London Stock Exchange, whichever exchange was named last. Not a
    nationality ("the Canadian producer" need not be Canadian Imperial Bank): the country test
    of :func:`_resolve_description` weighs those."""
    words = {word for name in (entity.name, *entity.aliases) for word in name.split()}
    return any(token.text in words for token in span[1:-1] if token.text[:1].isupper() and token.text not in demonym_index())


def _deal_side(doc: Doc, mention: Mention) -> str | None:
    """Which side of a bid a name is on where it stands: "X bid for Y", "X's offer", "an offer
    for Y", "X agreed to acquire Y" -> X "bidder", Y "target"."""
    span = expanded_span(doc, mention.start, mention.end)
    return None if span is None else _token_side(span.root)


def _token_side(token: Token) -> str | None:
    """The side of a bid the phrase headed by ``token`` is on (see :func:`_deal_side`); a company
    held is a target too ("a stake in Y", "5 pct of Y's stock", "control of Y")."""
    data = cues()
    verbs, nouns = frozenset(data["bid_verbs"]), frozenset(data["bid_nouns"])
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    head = token.head
    if token.dep_ in {"poss", "compound"} and head.lemma_.lower() in nouns:
        return "bidder"
    if token.dep_ == "nsubj" and (
        head.lemma_.lower() in verbs or any(c.dep_ == "xcomp" and c.lemma_.lower() in verbs for c in head.children)
    ):
        return "bidder"
    if token.dep_ == "dobj" and head.lemma_.lower() in verbs and head.lemma_.lower() not in {"make", "raise", "launch", "table"}:
        return "target"
    if token.dep_ == "pobj" and head.lower_ == "for" and (head.head.lemma_.lower() in nouns or head.head.lemma_.lower() in verbs):
        return "target"
    if token.dep_ == "pobj" and head.head.lower_ in data["held_nouns"].get(head.lower_, ()):
        return "target"
    if token.dep_ in {"poss", "compound"} and head.lower_ in data["held_stock_nouns"] and _token_side(head) == "target":
        return "target"
    return None


def _group_leaders_of_reporter(span: Span) -> list[Token] | None:
    """The leaders of an unnamed group that reports what a pronoun in its reported clause did
    ("An investor group led by Mario Gabelli said it raised its stake"): the group is the
    pronoun's antecedent, and it acts for its leader where the leader is named; where the
    leader is not ("a partnership led by four sons of X's chairman"), the pronoun is the
    unnamed group's, not X's. None where no such group reports the clause, or where its
    leaders are some members of a named whole ("members of the Kelvaro family"), left to the
    pronoun's own resolution."""
    data = cues()
    token = span.root
    while token.dep_ != "ccomp" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "ccomp":
        return None
    for subject in token.head.children:
        if subject.dep_ != "nsubj" or subject.lemma_.lower() not in data["group_nouns"] or subject.i > span.root.i:
            continue
        clauses = [c for c in subject.children if c.dep_ == "acl" and c.lemma_.lower() in data["group_leaders"]]
        agents = [obj for clause in clauses for prep in clause.children if prep.lower_ == "by" for obj in prep.children if obj.dep_ == "pobj"]
        agents = agents or stranded_agents(subject, clauses)
        if any(agent.lemma_.lower() in data["member_nouns"] for agent in agents):
            return None
        if agents:
            return agents
    return None


def stranded_agents(subject: Token, clauses: Sequence[Token]) -> list[Token]:
    """The by-agent of a group's participle that the parser made a second subject of the
    group's verb, leaving "by" with no object: a town and state before the agent do that ("A
    shareholder group led by Dayton, Ohio, banker Ann Kelvaro said it ..." parses
    "Kelvaro" as a subject of "said").

    Parameters
    ----------
    subject : spacy.tokens.Token
        The group noun, subject of its verb.
    clauses : Sequence[spacy.tokens.Token]
        The participles on it that name its leaders ("led", "headed").

    Returns
    -------
    list of spacy.tokens.Token
        The verb's other subjects between a "by" left with no object and the verb; none when
        every "by" has its object.
    """
    stranded = [
        prep for clause in clauses for prep in clause.children
        if prep.lower_ == "by" and not any(c.dep_ == "pobj" for c in prep.children)
    ]
    if not stranded:
        return []
    verb = subject.head
    return [c for c in verb.children if c.dep_ == "nsubj" and c.i != subject.i and stranded[0].i < c.i < verb.i]


def _resolve_pronoun(doc: Doc, span: Span, history: list[Mention]) -> str | None:
    """The nearest entity of ``history`` (organisations for "its", people for "his") before the
    pronoun that is a subject or possessor, or the by-agent of a passive whose clause holds the
    pronoun, in this or the previous sentence, outside any relative clause or apposition the
    pronoun is not in ("X, which Y bought, said its ..." -> X); then such a one inside; else the
    nearest such mention there. A possessive listed after a name is that name's ("X and its
    affiliates")."""
    sentences = token_sentences(doc)
    sentence = sentences[span.start]
    previous_start = sentences[sentence.start - 1].start_char if sentence.start > 0 else 0
    window = [m for m in history if previous_start <= m.start and m.end <= span.start_char]
    named = (
        _conjoined_owner(span.root, window)
        or _apposed_owner(span.root, window)
        or _partner_owner(span.root, window)
        or _main_clause_name(doc, span.root, window)
        or _fronted_owner(span.root, history)
    )
    if named is not None:
        return named
    if span.root.dep_ == "dobj":
        doer = _own_subject(doc, span.root, window)
        window = [m for m in window if m.entity_id != doer]
        done_to = [m for m in window if _is_object(doc, m)]
        if done_to:
            return done_to[-1].entity_id
    subjects: list[tuple[bool, Mention]] = []
    for mention in reversed(window):
        head = expanded_span(doc, mention.start, mention.end)
        if head is not None and (_is_subject_or_possessor(head.root) or _agent_over(head.root, span.root)):
            subjects.append((_embedded(head.root, span.root), mention))
    if subjects:
        chosen = min(subjects, key=lambda pair: pair[0])[1]
        return _subject_over_possessor(doc, span.root, chosen, window) or chosen.entity_id
    return window[-1].entity_id if window else None


def _agent_over(token: Token, pronoun: Token) -> bool:
    """Whether ``token`` is the by-agent of a passive verb whose clause holds the pronoun: the
    agent does what the clause says ("the proceeds will be used by Borg to repay debt from its
    purchase of Y" is Borg's purchase, not that of the sentence's subject)."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.is_ancestor(pronoun)


def _subject_over_possessor(doc: Doc, pronoun: Token, chosen: Mention, window: Sequence[Mention]) -> str | None:
    """The named subject of a possessive pronoun's clause, where the nearer name is only a
    possessor inside that clause's predicate: "Belknap will acquire Quintara's stake to add to its
    existing 11 pct" is Belknap's holding, not Quintara's. A clause with no subject of its own (an
    infinitive, a participle) takes its head's. Not where the pronoun is inside the possessed
    noun's own phrase ("Quintara's stake in its unit")."""
    possessor = expanded_span(doc, chosen.start, chosen.end)
    if pronoun.dep_ != "poss" or possessor is None or possessor.root.dep_ != "poss":
        return None
    owned = possessor.root.head
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(4):
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None:
            break
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    if subject is None or owned.is_ancestor(pronoun) or not verb.is_ancestor(owned) or subject.is_ancestor(owned):
        return None
    return _entity_covering((m for m in window if m.entity_id != chosen.entity_id), subject.idx)


def _fronted_owner(pronoun: Token, history: Sequence[Mention]) -> str | None:
    """The named subject of the main clause a possessive pronoun's opening phrase comes before:
    "In its annual report, Acme said ..." and "Beyond the job cuts announced at its plants abroad,
    Borg is cutting costs" are Acme's and Borg's, not those of a name before them."""
    if pronoun.dep_ != "poss":
        return None
    opening = pronoun
    while opening.head.i != opening.head.head.i:
        opening = opening.head
    root = opening.head
    subject = next((child for child in root.children if child.dep_ == "nsubj"), None)
    if subject is None or opening.dep_ not in ("prep", "advcl", "npadvmod") or not opening.i < subject.i:
        return None
    if opening.left_edge.i != root.sent.start:
        return None
    return _entity_covering((m for m in history if m.kind == "name"), subject.idx)


def _is_object(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is what its verb is done to (its object, or a passive's subject)."""
    head = expanded_span(doc, mention.start, mention.end)
    return head is not None and head.root.dep_ in ("dobj", "nsubjpass")


def _own_subject(doc: Doc, pronoun: Token, window: Sequence[Mention]) -> str | None:
    """The entity a pronoun object's own clause has for subject, which the pronoun is not (a
    thing done to oneself takes "itself"): in "X bought Y, merging it with Z", "it" is not X. A
    participle or infinitive without a subject of its own is done by its head's subject."""
    verb = pronoun.head
    for _ in range(4):
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None:
            return _entity_covering(window, subject.idx)
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _conjoined_owner(pronoun: Token, window: Sequence[Mention]) -> str | None:
    """The entity named first in a list whose later item the possessive qualifies: "charging
    Bregman Partners and its affiliates" -> Bregman Partners."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.lower_ not in cues()["listed_possessions"]:
        return None
    first = noun.head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    return _entity_covering(window, first.idx)


def _partner_owner(pronoun: Token, window: Sequence[Mention]) -> str | None:
    """The party a buyer agreed with, for a possessive on what the buyer's infinitive buys: "X
    agreed with Y to buy its Z unit" and "X reached an accord with Y to acquire its Z unit" are
    Y's unit, as one buys from the party one deals with, not one's own unit. Not for a buying
    back ("agreed with Y to buy back its shares" are the buyer's own)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in cues()["partner_purchase_verbs"] or verb.dep_ not in ("xcomp", "acl"):
        return None
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return None
    if any(child.dep_ == "nsubj" or child.lower_ in cues()["partner_purchase_blockers"] for child in verb.children):
        return None
    partners = [obj for prep in verb.head.children if prep.dep_ == "prep" and prep.lower_ == "with" for obj in prep.children if obj.dep_ == "pobj"]
    return _entity_covering(window, partners[0].idx) if partners else None


def _apposed_owner(pronoun: Token, window: Sequence[Mention]) -> str | None:
    """The entity named right before a list item the possessive qualifies, when that item names
    another entity of its own: "proceedings against X, its chief executive Y and ..." and "gas
    giant X, its unit Y, ..." -> X. An apposition naming nothing describes the name itself ("X,
    its biggest shareholder,"), which the possessive is then not (:func:`_clause_subjects`)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "appos" or not _names_another(noun):
        return None
    return _entity_covering(window, noun.head.idx)


def _names_another(noun: Token) -> bool:
    """Whether an apposition is, or is followed by, a name of its own ("its chief executive Y",
    "its unit Y"): a further item of a list rather than a description of what it follows."""
    return noun.pos_ == "PROPN" or any(child.dep_ == "appos" and child.pos_ == "PROPN" for child in noun.children)


def _main_clause_name(doc: Doc, pronoun: Token, window: Sequence[Mention]) -> str | None:
    """The one entity named in the main clause of the pronoun's sentence, when the pronoun is the
    subject of an adverbial clause of it and the main clause's subject is no entity: "Shares of
    X fell after it reported a loss", "The unit became part of X when it bought Y"."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    main = clause.head
    found: set[str] = set()
    for mention in window:
        head = expanded_span(doc, mention.start, mention.end)
        if head is None or head.root.sent != pronoun.sent or mention.entity_id is None:
            continue
        root = head.root
        if _is_subject_or_possessor(root) and root.head.i == main.i:
            return None
        if main.is_ancestor(root) and not clause.is_ancestor(root) and not _embedded(root, pronoun):
            found.add(mention.entity_id)
    return found.pop() if len(found) == 1 else None


def _embedded(token: Token, pronoun: Token) -> bool:
    """Whether ``token`` sits in a relative clause, participle or apposition that does not
    contain ``pronoun``; a name in apposition to a subject is no aside ("X's unit, Y, said it"
    names Y as the subject)."""
    while token.head.i != token.i:
        aside = token.dep_ in {"relcl", "acl"} or (token.dep_ == "appos" and not _names_subject(token))
        if aside and not (token.left_edge.i <= pronoun.i <= token.right_edge.i):
            return True
        token = token.head
    return False


def _is_subject_or_possessor(token: Token) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass", "poss"} or _names_subject(token) or _modifies_subject(token)


def _modifies_subject(token: Token) -> bool:
    """Whether a name modifies a subject noun of its own things (``owned_subject_nouns``) as a
    possessor would: "Acme shares started trading in the Unlisted Securities Market. It posted
    profits" (Acme's shares, so "it" is Acme, not the market). Not where the noun has a possessor
    of its own ("its Acme unit was sold")."""
    noun = token.head
    return (
        token.dep_ == "compound"
        and noun.dep_ in _SUBJECT_DEPS
        and noun.lower_ in cues()["owned_subject_nouns"]
        and not any(child.dep_ == "poss" for child in noun.children)
    )


def _names_subject(token: Token) -> bool:
    """Whether a name is in apposition to a common noun that is a subject ("Belknap and Cyber
    Inc's publishing unit, Tarvel Books, said")."""
    return token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.dep_ in {"nsubj", "nsubjpass"}


def _merge_former_names(
    doc: Doc, entities: list[Entity], mentions: list[Mention]
) -> tuple[list[Entity], list[Mention]]:
    """A former name is an alias: "Y, formerly X", "Y (formerly known as X)", "the unit was
    acquired ... as X". The former name's entity folds into the entity it names."""
    by_id = {e.id: e for e in entities}
    at = _token_mentions(doc, mentions)
    into: dict[str, str] = {}
    for mention in mentions:
        entity = by_id.get(mention.entity_id or "")
        if mention.kind != "name" or entity is None or entity.type != "Organization":
            continue
        span = expanded_span(doc, mention.start, mention.end)
        if span is None or span.start == 0:
            continue
        target = _former_name_of(span, at)
        if target is not None and target != entity.id and by_id[target].type == "Organization":
            into.setdefault(entity.id, target)
    if not into:
        return entities, mentions

    def final(entity_id: str) -> str:
        seen = {entity_id}
        while entity_id in into and into[entity_id] not in seen:
            entity_id = into[entity_id]
            seen.add(entity_id)
        return entity_id

    extra: dict[str, list[str]] = {}
    for old in into:
        extra.setdefault(final(old), []).extend((by_id[old].name, *by_id[old].aliases))
    merged = [
        replace(e, aliases=tuple(dict.fromkeys(a for a in (*e.aliases, *extra.get(e.id, ())) if a != e.name)))
        for e in entities
        if e.id not in into
    ]
    moved = [replace(m, entity_id=final(m.entity_id)) if m.entity_id in into else m for m in mentions]
    return merged, moved


@functools.lru_cache(maxsize=1)
def _former_name_cues() -> tuple[str, ...]:
    """The words that end just before a former name ("formerly", "formerly known as"), as one
    tuple for ``str.endswith``."""
    return tuple(cues()["former_name_cues"])


def _former_name_of(span: Span, at: Sequence[Mention | None]) -> str | None:
    """The entity a name is said to be the former name of, if the sentence says so."""
    doc = span.doc
    tokens = doc_tokens(doc)
    lowers = token_lowers(doc)
    sentence_start = token_sentences(doc)[span.start].start
    before = range(max(sentence_start, span.start - 3), span.start)
    words = " ".join(lowers[i] for i in before if not tokens[i].is_punct)
    if words.endswith(_former_name_cues()):
        cue_start = before.start
        while cue_start < span.start and not lowers[cue_start].startswith(("formerly", "previous", "once")):
            cue_start += 1
        for i in reversed(range(sentence_start, cue_start)):
            mention = at[i]
            if mention is not None and mention.kind == "name":
                return mention.entity_id
        return None
    if lowers[span.start - 1] != "as":
        return None
    verb = span.root.head if span.root.dep_ == "advcl" else tokens[span.start - 1].head
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in cues()["former_name_verbs"]:
        return None
    for child in verb.children:
        if child.dep_ in {"nsubjpass", "dobj"} and at[child.i] is not None:
            return at[child.i].entity_id
    return None


def unit_owners(mentions: Sequence[Mention]) -> dict[str, str]:
    """The owner of every business unit a possessive phrase names ("its logistics operations").

    Parameters
    ----------
    mentions : sequence of Mention
        Resolved mentions, as :func:`resolve_entities` returns them.

    Returns
    -------
    dict of str to str
        Unit entity id -> owner entity id, for every ``source="unit"`` mention whose phrase ends
        with a mention of another entity (the owner "of": "the PC division of IBM") or else
        starts with one (the possessor: "its", "JD's", "the company's"). Named units reached
        through such a phrase ("Gelco's Canadian unit, Gelco Express") are included, so
        Ownership(owner, unit) can be read off this mapping.
    """
    owners: dict[str, str] = {}
    for unit in mentions:
        if unit.source != UNIT_SOURCE or unit.entity_id is None or unit.entity_id in owners:
            continue
        inner = [
            m for m in mentions
            if m.end == unit.end and m.start > unit.start and m.entity_id not in (None, unit.entity_id)
        ] or [
            m for m in mentions
            if m.start == unit.start and m.end < unit.end and m.entity_id not in (None, unit.entity_id)
        ]
        if inner:
            owners[unit.entity_id] = min(inner, key=lambda m: m.end - m.start).entity_id
    return owners


@dataclass(frozen=True)
class _UnitPhrase:
    """A possessed unit noun phrase: its span, owner, descriptive words and the name it has."""

    span: Span
    head: Token
    owner: Entity
    by_name: bool
    modifiers: tuple[str, ...]
    words: tuple[str, ...]
    named: str | None

    def fits(self, other: "_UnitPhrase") -> bool:
        """Same owner and unit noun, and one's descriptive words contain the other's."""
        mine, theirs = set(self.modifiers), set(other.modifiers)
        return (
            self.owner.id == other.owner.id
            and self.head.lemma_.lower() == other.head.lemma_.lower()
            and (mine <= theirs or theirs <= mine)
        )


def _business_units(
    doc: Doc, entities: list[Entity], mentions: list[Mention], used: set[str]
) -> tuple[list[Entity], list[Mention]]:
    """Possessed unit phrases ("its logistics operations", "X's Chinese unit, Y"), then "the unit".

    A phrase whose unit has a name refers to that name: an apposition or a name just before the
    unit noun ("its Borg unit"), another phrase of the same owner that has one ("Yukos' oil
    production unit" and "its production unit Yugansk"), or, when a deal is about the unit, a
    named organisation sharing one of its descriptive words ("sell its tire business" and
    General Tire). Otherwise the phrase becomes a BusinessUnit organisation when a deal is about
    it (sold, spun off, a stake in it) or its possessor is a name, and it has a descriptive word
    to tell it apart ("its unit" alone does not) that is not just the owner's own industry
    ("Ford's auto unit" is Ford). "The unit" then refers to the last unit
    named before it.
    """
    by_id = {e.id: e for e in entities}
    at = _token_mentions(doc, mentions)
    phrases = _unit_phrases(doc, at, by_id)
    assets = frozenset(cues()["asset_nouns"])
    units: list[Entity] = []
    found: list[Mention] = []
    made: list[tuple[_UnitPhrase, str]] = []
    for phrase in phrases:
        deal = _deal_object(phrase.head)
        target = phrase.named or next(
            (p.named for p in phrases if p.named and p.fits(phrase)),
            None,
        )
        if target is None and phrase.modifiers and deal:
            words = [t for t in phrase.span if t.lower_ in phrase.modifiers]
            target = _unit_by_word(words, entities, phrase.owner, at)
        if target is None:
            target = next((entity_id for p, entity_id in made if p.fits(phrase)), None)
        if target is None and not deal and _workplace(phrase.head):
            target = phrase.owner.id
        asset = phrase.head.lower_ in assets
        if (
            target is None
            and phrase.modifiers
            and (deal or (phrase.by_name and not asset and _singular_unit(phrase.head) and not _core_business(phrase)))
        ):
            name = " ".join([phrase.owner.name, *phrase.words, phrase.head.text])
            target = _unique_slug(name, used)
            bare = " ".join([*phrase.words, phrase.head.text])
            spelt = span_text(phrase.span.doc, phrase.span.start, phrase.span.end)
            printed = _printed_description(phrase, at)
            alias = tuple(dict.fromkeys(a for a in ((spelt,) if phrase.by_name else ()) + (bare, printed) if a != name))
            units.append(Entity(target, name, "Organization", "BusinessUnit", alias))
            made.append((phrase, target))
        if target is not None:
            found.append(_unit_mention(phrase.span, target))
    history = [(m.start, m.entity_id) for m in found if m.entity_id is not None]
    found.extend(_unit_descriptions(doc, at, history, by_id))
    return units, found


def _printed_description(phrase: _UnitPhrase, at: Sequence[Mention | None]) -> str:
    """A unit phrase as printed after its possessor ("its independent television stations" ->
    "independent television stations"): the words kept in its name leave out evaluative ones a
    reader may still use for it."""
    doc = phrase.span.doc
    tokens = doc_tokens(doc)
    start = phrase.span.start
    while start < phrase.head.i and (
        doc[start].dep_ in ("det", "poss", "case")
        or doc[start].tag_ == "POS"
        or _in_ticker_brackets(tokens, start)
        or (at[start] is not None and at[start].entity_id == phrase.owner.id)
    ):
        start += 1
    return span_text(doc, start, phrase.head.i + 1)


def _counted_groups(doc: Doc, mentions: Sequence[Mention], used: set[str]) -> tuple[list[Entity], list[Mention]]:
    """Counted groups of things a deal is about, named by their phrase: "agreed to buy five
    privately held companies", "four Borvian ferry ports have been offered for sale". The head is
    a plural noun of ``counted_group_heads`` with a number on it, the phrase names no company or
    person (a place may say where), and a deal is about it (:func:`_deal_object`). A deal on
    such a group is often a story's main fact, and the phrase is what a reader calls it. "The
    two companies" refers back to named ones, and two firms that merge are each a party, so
    neither is such a group; a later definite phrase of the group's kind with no number ("the
    Nashville-based companies") refers to it."""
    at = _token_mentions(doc, mentions)
    data = cues()
    heads = frozenset(data["counted_group_heads"])
    groups: list[Entity] = []
    found: list[Mention] = []
    named: dict[str, str] = {}
    for token in doc_tokens(doc):
        if token.tag_ != "NNS" or token.lemma_.lower() not in heads or at[token.i] is not None:
            continue
        counted = [child for child in token.lefts if child.dep_ == "nummod"]
        if any(child.dep_ == "det" and child.lower_ in data["anaphoric_determiners"] for child in token.lefts):
            if token.lemma_.lower() in named and not counted:
                found.append(_group_mention(doc[token.left_edge.i : token.i + 1], named[token.lemma_.lower()]))
            continue
        if not any(child.ent_type_ in ("", "CARDINAL") for child in counted) or not _deal_object(token):
            continue
        if token.head.lemma_.lower() in data["counted_group_blockers"]:
            continue
        first = token.left_edge
        while first.dep_ in ("det", "poss", "predet", "case") and first.i < token.i:
            first = doc[first.i + 1]
        span = doc[first.i : token.i + 1]
        if any(at[t.i] is not None and at[t.i].type != "Place" for t in span):
            continue
        name = " ".join(span_text(doc, span.start, span.end).split())
        entity_id = _unique_slug(name, used)
        groups.append(Entity(entity_id, name, "Organization", "BusinessUnit", ()))
        found.append(_group_mention(span, entity_id))
        named[token.lemma_.lower()] = entity_id
    return groups, found


def _group_mention(span: Span, entity_id: str) -> Mention:
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=" ".join(span.text.split()),
        type="Organization",
        kind="description",
        source=GROUP_SOURCE,
        entity_id=entity_id,
    )


def _core_business(phrase: _UnitPhrase) -> bool:
    """"Ford's auto unit": a unit described only by its owner's own industry (the company
    file's) is the owner's main business, not a unit of its own."""
    company = company_index().get(phrase.owner.name)
    if company is None:
        return False
    return all(_industries_in(word) & set(company.industries) for word in phrase.modifiers)


def _unit_phrases(doc: Doc, at: Sequence[Mention | None], by_id: Mapping[str, Entity]) -> list[_UnitPhrase]:
    """Every unit noun with an organisation as possessor ("its", "JD's", "the company's"), then
    every "the X unit" whose X the story shows owning a unit (:func:`_parent_in_front`)."""
    tokens = doc_tokens(doc)
    assets = frozenset(cues()["asset_nouns"])
    nouns = frozenset(cues()["unit_nouns"]) | assets
    phrases: list[_UnitPhrase] = []
    for token, word in zip(tokens, token_lowers(doc)):
        if word not in nouns or at[token.i] is not None:
            continue
        possessor = _possessor(token)
        owner_mention = at[possessor.i] if possessor is not None else None
        owner = by_id.get(owner_mention.entity_id) if owner_mention else None
        if owner is not None and owner.type == "Organization":
            first = min(possessor.left_edge, expanded_span(doc, owner_mention.start, owner_mention.end)[0])
            while first.idx < owner_mention.start:
                first = tokens[first.i + 1]
            span = doc[first.i : token.i + 1]
            after = max(possessor.i, expanded_span(doc, owner_mention.start, owner_mention.end)[-1].i)
        elif (owner_mention := _of_owner(token, at, by_id)) is not None:
            owner = by_id[owner_mention.entity_id]
            after = token.left_edge.i
            span = doc[after + 1 : expanded_span(doc, owner_mention.start, owner_mention.end)[-1].i + 1]
        elif (owner_mention := _seller_owner(token, at, by_id)) is not None:
            owner = by_id[owner_mention.entity_id]
            first = token.left_edge
            while first.pos_ == "DET" and first.i < token.i:
                first = tokens[first.i + 1]
            after = first.i - 1
            span = doc[first.i : token.i + 1]
        else:
            continue
        named = None if word in assets else _named_unit(token, at, by_id, owner.id)
        if named is None and _names_inside(doc[after + 1 : token.i], at, by_id, owner.id):
            continue
        words = _unit_modifiers(doc, after, token, at)
        modifiers = tuple(t.lower_ for t in words)
        phrases.append(
            _UnitPhrase(span, token, owner, owner_mention.kind == "name", modifiers, _spelt(words), named)
        )
    owners = {phrase.owner.id for phrase in phrases}
    for token in tokens:
        owner_mention = _parent_in_front(token, at, by_id, owners)
        if owner_mention is not None:
            span = doc[expanded_span(doc, owner_mention.start, owner_mention.end)[0].i : token.i + 1]
            owner = by_id[owner_mention.entity_id]
            phrases.append(_UnitPhrase(span, token, owner, True, (), (), None))
    return phrases


def _parent_in_front(
    noun: Token, at: Sequence[Mention | None], by_id: Mapping[str, Entity], owners: set[str]
) -> Mention | None:
    """The name right before a definite singular unit noun, where the story shows that
    organisation elsewhere owning a unit ("Borg's drilling unit"): "selling the Borg unit" then
    sells Borg's unit, not Borg. A name the story never shows as an owner may be the unit's own
    ("the Zorvex unit"), and a unit named after it ("the Borg unit, Zorvex") is left to
    :func:`_named_unit`."""
    if noun.lower_ not in cues()["unit_description_heads"] or at[noun.i] is not None or noun.tag_ in {"NNS", "NNPS"}:
        return None
    if any(child.dep_ in {"poss", "appos"} for child in noun.children):
        return None
    compounds = [child for child in noun.lefts if child.dep_ == "compound" and at[child.i] is not None]
    if not compounds or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
        return None
    mention = at[compounds[-1].i]
    span = expanded_span(noun.doc, mention.start, mention.end)
    if mention.kind != "name" or mention.entity_id not in owners or span is None or span[-1].i != noun.i - 1:
        return None
    return mention


def _of_owner(noun: Token, at: Sequence[Mention | None], by_id: Mapping[str, Entity]) -> Mention | None:
    """The organisation a definite unit noun is "of": "the PC division of personal computer
    pioneer IBM" is IBM's (also where the parse sets the name in apposition to "pioneer"). "A
    unit of IBM", and "Y, the U.S. unit of IBM", are left alone: they describe a company named
    elsewhere; so are plural units ("the Tarvel and the Belknap divisions of Acme" are
    those two) and a public body's ("the antitrust division of the Justice Department")."""
    definite = any(child.dep_ == "det" and child.lower_ == "the" and child.i == noun.left_edge.i for child in noun.lefts)
    if noun.dep_ == "appos" or noun.tag_ in {"NNS", "NNPS"} or not definite or _set_off_after_name(noun, at):
        return None
    objects = (obj for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj")
    for obj in objects:
        for named in (obj, *(child for child in obj.children if child.dep_ == "appos")):
            mention = at[named.i]
            owner = by_id[mention.entity_id] if mention is not None and mention.kind == "name" else None
            if owner is not None and owner.type == "Organization" and owner.subtype != "Agency":
                return mention
    return None


def _seller_owner(noun: Token, at: Sequence[Mention | None], by_id: Mapping[str, Entity]) -> Mention | None:
    """The organisation a holding is bought from: "bought cable television systems in six
    communities from Y" are Y's, and so is "acquired a billing systems business from Y". Only a
    holding or unit noun (``asset_nouns``, ``unit_nouns``) that is the uncounted object of a
    purchase verb with a named "from" organisation; a counted group ("33 lots") is one of its
    own (:func:`_counted_groups`)."""
    data = cues()
    if noun.lower_ not in {*data["asset_nouns"], *data["unit_nouns"]}:
        return None
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in data["unit_fact_verbs"]:
        return None
    if any(child.dep_ == "nummod" for child in noun.children):
        return None
    verb = noun.head
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i < noun.i or not in_phrase(prep, verb):
            continue
        for obj in prep.children:
            mention = at[obj.i] if obj.dep_ == "pobj" else None
            if mention is not None and mention.kind == "name" and by_id[mention.entity_id].type == "Organization":
                return mention
    return None


def _set_off_after_name(noun: Token, at: Sequence[Mention | None]) -> bool:
    """Whether a noun phrase comes right after a name and a comma (see :func:`_set_off_from`:
    "<Kelvaro Motors Ltd>, the car dealing arm of Kelvaro Plc"): it describes
    that name, however the parse attached it."""
    last = _set_off_from(noun.doc, noun.left_edge.i)
    return last is not None and at[last] is not None and at[last].kind == "name"


def _possessor(noun: Token) -> Token | None:
    """The possessor of a unit noun, also where the parse hangs it on a modifier or splits the
    phrase in two ("its European corn wet milling business": "its ... corn" and "wet milling
    business" as two objects of one verb)."""
    for child in noun.lefts:
        if child.dep_ == "poss":
            return child
        if child.dep_ in {"compound", "amod", "nmod"}:
            inner = next((t for t in child.subtree if t.dep_ == "poss" and t.i < child.i), None)
            if inner is not None:
                return inner
    tokens = doc_tokens(noun.doc)
    edge = noun.left_edge.i
    if edge == 0 or noun.head.i == noun.i:
        return None
    split = tokens[edge - 1]
    while split.head.i != noun.head.i and split.head.i < edge and split.head.i != split.i:
        split = split.head
    if split.head.i != noun.head.i or split.dep_ != noun.dep_ or split.pos_ not in {"NOUN", "ADJ"}:
        return None
    if any(t.is_punct or (t.pos_ == "DET" and t.dep_ != "poss") for t in split.subtree):
        return None
    return next((t for t in split.subtree if t.dep_ == "poss"), None)


def _unit_mention(span: Span, entity_id: str) -> Mention:
    return Mention(
        start=span.start_char,
        end=span.end_char,
        text=span_text(span.doc, span.start, span.end),
        type="Organization",
        kind="description",
        source=UNIT_SOURCE,
        entity_id=entity_id,
    )


def _token_mentions(doc: Doc, mentions: Sequence[Mention]) -> list[Mention | None]:
    """The shortest mention covering each token."""
    at: list[Mention | None] = [None] * len(doc)
    for mention in mentions:
        span = expanded_span(doc, mention.start, mention.end)
        if span is None or mention.entity_id is None:
            continue
        for i in range(span.start, span.end):
            current = at[i]
            if current is None or mention.end - mention.start < current.end - current.start:
                at[i] = mention
    return at


def _names_inside(span: Span, at: Sequence[Mention | None], by_id: Mapping[str, Entity], owner: str) -> bool:
    """Whether another organisation is named among a unit's modifiers: "its RKO bottling
    operations" may be RKO's or RKO itself, so the phrase is left alone."""
    return any(
        at[t.i] is not None
        and at[t.i].kind == "name"
        and at[t.i].entity_id != owner
        and by_id[at[t.i].entity_id].type == "Organization"
        for t in span
    )


def _named_unit(
    token: Token, at: Sequence[Mention | None], by_id: Mapping[str, Entity], owner: str
) -> str | None:
    """The organisation a unit noun is given a name by: "its unit, Y", "its Y subsidiary", "its
    US affiliate Y" (the noun a modifier of the name right after it), or "Y, its unit," (the
    noun set in apposition right after the name and its comma)."""
    head = token.head
    first = token.left_edge.i
    set_off = first >= 2 and token_texts(token.doc)[first - 1] == "," and at[first - 2] is at[head.i]
    if token.dep_ == "appos" and at[head.i] is not None and set_off:
        entity = by_id.get(at[head.i].entity_id)
        if entity is not None and entity.id != owner and entity.type == "Organization":
            return entity.id
    if token.dep_ == "compound" and head.i > token.i and at[head.i] is not None:
        mention = at[head.i]
        entity = by_id.get(mention.entity_id)
        if mention.entity_id != owner and entity is not None and entity.type == "Organization":
            if all(at[t.i] is mention for t in token.doc[token.i + 1 : head.i + 1]):
                return entity.id
    for child in token.children:
        mention = at[child.i]
        between = token.doc[child.i + 1 : token.i]
        near = child.dep_ == "appos" or (
            child.dep_ == "compound"
            and all(t.is_space or token_texts(t.doc)[t.i] in {"<", ">"} or at[t.i] is mention for t in between)
        )
        if near and mention is not None and mention.entity_id != owner:
            entity = by_id.get(mention.entity_id)
            if entity is not None and entity.type == "Organization":
                return entity.id
    return None


def _unit_modifiers(doc: Doc, after: int, head: Token, at: Sequence[Mention | None]) -> list[Token]:
    """The words between the possessor (ending at token ``after``) and the unit noun that say
    which unit it is: "its less profitable financial advisory subsidiary" -> financial, advisory.
    Evaluative and quantifying words, and their adverbs, are dropped."""
    tokens = doc_tokens(doc)
    vague = frozenset(cues()["unit_vague_modifiers"])
    start = after + 1
    while start < head.i and (tokens[start].tag_ == "POS" or tokens[start].text in {"'s", "'", "\u2019s", "\u2019"}):
        start += 1
    words: list[Token] = []
    for token in doc[start : head.i]:
        if token.is_punct or token.is_space or token.like_num or token.pos_ in {"DET", "ADV", "CCONJ", "ADP", "PRON"}:
            continue
        if _in_ticker_brackets(tokens, token.i):
            continue
        if token.lower_ in vague or any(c.dep_ == "advmod" for c in token.children):
            continue
        if at[token.i] is not None and at[token.i].kind == "pronoun":
            continue
        words.append(token)
    return words


def _spelt(words: Sequence[Token]) -> tuple[str, ...]:
    """A unit's descriptive words as printed, with a conjunction or hyphen that joins two of
    them kept ("its oil and gas assets" -> oil, and, gas; "non-computer"): the name a reader
    gives the unit."""
    kept = {token.i for token in words}
    spelt: list[str] = []
    for token in words[0].doc[words[0].i : words[-1].i + 1] if words else ():
        joins = token.i - 1 in kept and token.i + 1 in kept
        if token.i in kept and spelt and spelt[-1].endswith("-"):
            spelt[-1] += token.text
        elif token.i in kept or (joins and token.pos_ == "CCONJ"):
            spelt.append(token.text)
        elif joins and token.text == "-":
            spelt[-1] += "-"
    return tuple(spelt)


def _in_ticker_brackets(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a Reuters ticker or its brackets ("Eaton Corp's <ETN>
    polymer division"): they name no kind of unit."""
    texts = token_texts(tokens[index].doc)
    if texts[index] in {"<", ">"}:
        return True
    return 0 < index < len(tokens) - 1 and texts[index - 1] == "<" and texts[index + 1] == ">"


def _unit_by_word(
    modifiers: Sequence[Token], entities: Sequence[Entity], owner: Entity, at: Sequence[Mention | None]
) -> str | None:
    """A named organisation whose name shares a descriptive word with the unit phrase: "its tire
    business" is General Tire, "its financial advisory subsidiary" Acme Financial Advisors.

    Organisations named in the phrase's own sentence are other participants (the buyer in
    "ONGC wants 15% of Yukos' oil unit"), never the unit; nor is a public body ("its
    securities trading business" is not the Securities and Exchange Commission).
    """
    owner_words = {w.casefold() for w in owner.name.split()}
    negating = frozenset(cues()["negating_prefixes"])
    wanted = {
        t.lower_
        for t in modifiers
        if t.text.islower() and len(t.text) > 3 and not (t.i > 1 and t.nbor(-1).text == "-" and t.nbor(-2).lower_ in negating)
    }
    wanted -= owner_words
    if not wanted:
        return None
    sentence = token_sentences(modifiers[0].doc)[modifiers[0].i]
    present = {at[t.i].entity_id for t in sentence if at[t.i] is not None}
    for entity in entities:
        if (
            entity.type != "Organization"
            or entity.id in present
            or entity.id == owner.id
            or entity.subtype in ("BusinessUnit", "Agency")
        ):
            continue
        words = {w.casefold().strip(".,") for form in (entity.name, *entity.aliases) for w in form.split()}
        if wanted & (words - owner_words):
            return entity.id
    return None


def _workplace(noun: Token) -> bool:
    """Whether a unit noun only says where a person works, as the "of" object of a role noun
    (``person_role_nouns``: "chief operating officer of Acme's US sales arm", "president of
    Borg's North American operations"): the story is not about that unit, so unless a deal is
    about it the phrase stands for its owner, the company the person works for, and is no
    organisation of its own."""
    link = noun.head
    roles = {word.lower() for word in _word_sets()["person_role_nouns"]}
    return noun.dep_ == "pobj" and link.lower_ == "of" and link.head.lower_ in roles


def _singular_unit(token: Token) -> bool:
    return token.tag_ not in {"NNS", "NNPS"} or token.lower_ in cues()["unit_plural_heads"]


def _deal_object(token: Token) -> bool:
    """Whether a deal is about the unit: sold, spun off, bought, put up for sale, the sale of
    it, 15% of it, a stake in it (through conjunctions and appositions), or about a part of it
    ("the sale of some of its overseas oil assets", "sold three of its units")."""
    data = cues()
    verbs = frozenset(data["unit_fact_verbs"])
    while token.dep_ in {"conj", "appos"} and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        part = head.head
        if part.like_num or part.lower_ in data["partitive_words"]:
            return _deal_object(part)
    if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in verbs:
        return True
    if token.dep_ in {"dobj", "nsubjpass"} and any(
        prep.lower_ == "for" and any(obj.lemma_.lower() in data["unit_fact_nouns"] for obj in prep.children)
        for prep in head.children
        if prep.dep_ == "prep"
    ):
        return True
    if token.dep_ != "pobj" or head.lower_ not in {"of", "in"}:
        return False
    noun = head.head
    return (
        noun.lower_ in data["unit_share_nouns"]
        or noun.lemma_.lower() in data["unit_fact_nouns"]
        or noun.lower_ in data["unit_fact_nouns"]
    )


def _unit_descriptions(
    doc: Doc,
    at: Sequence[Mention | None],
    units: list[tuple[int, str]],
    by_id: Mapping[str, Entity],
) -> list[Mention]:
    """"The unit", "the subsidiary": the last unit named before it, else nothing (never the parent)."""
    tokens = doc_tokens(doc)
    heads = frozenset(cues()["unit_description_heads"])
    units = units + _named_units(doc, at, by_id)
    found: list[Mention] = []
    for token, word in zip(tokens, token_lowers(doc)):
        if word not in heads or token.tag_ in {"NNS", "NNPS"} or at[token.i] is not None:
            continue
        if token.dep_ == "compound" or any(c.dep_ in {"poss", "compound", "amod", "appos"} for c in token.children):
            continue
        det = [c for c in token.children if c.dep_ == "det" and c.lower_ == "the"]
        if not det or det[0].i != token.i - 1:
            continue
        before = [u for u in units if u[0] < det[0].idx]
        if before:
            found.append(_unit_mention(doc[det[0].i : token.i + 1], max(before)[1]))
    return found


def _named_units(doc: Doc, at: Sequence[Mention | None], by_id: Mapping[str, Entity]) -> list[tuple[int, str]]:
    """Names shown to be units: "Y, a unit of X", "X unit Y", "the Y subsidiary"."""
    tokens = doc_tokens(doc)
    nouns = frozenset(cues()["unit_description_heads"])
    found: list[tuple[int, str]] = []
    for token, word in zip(tokens, token_lowers(doc)):
        if word not in nouns:
            continue
        related = [token.head] if token.dep_ in {"appos", "compound"} else []
        related += [c for c in token.children if c.dep_ in {"appos", "compound"}]
        for other in related:
            mention = at[other.i]
            if mention is not None and mention.kind == "name" and by_id[mention.entity_id].type == "Organization":
                found.append((mention.start, mention.entity_id))
    return found


class AliasTable:
    """Names that mean the same thing across documents, learnt in reading order.

    Once a document shows "Tencent" as an alias of "Tencent Holdings", a later document that
    only says "Tencent" gets the name "Tencent Holdings" too, so both land on one IRI. First
    come wins, so the same documents in the same order always give the same names. One-word
    person names are not learnt: "Liu" in one article is not "Liu" in the next.
    """

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._names)

    @staticmethod
    def _key(type_: str, text: str) -> str:
        if type_ == "Person":
            text = _strip_title(text)
        return f"{type_}|{name_key(text)}"

    def _learnable(self, entity: Entity, text: str) -> bool:
        """Not lone surnames ("Liu"), nor a business unit's form without its owner ("auto unit")."""
        if entity.subtype == "BusinessUnit":
            return text == entity.name
        return entity.type != "Person" or len(_strip_title(text).split()) > 1

    def canonicalize(self, entities: Sequence[Entity]) -> list[Entity]:
        """Rename entities to the canonical names earlier documents gave them, then learn.

        Parameters
        ----------
        entities : sequence of Entity
            One document's entities.

        Returns
        -------
        list of Entity
            The same entities (same ids), renamed where an earlier document knew the name as an
            alias; the old name becomes an alias.
        """
        own = {entity.name for entity in entities}
        result: list[Entity] = []
        for entity in entities:
            forms = (entity.name, *entity.aliases)
            known = next(
                (
                    self._names[self._key(entity.type, form)]
                    for form in forms
                    if self._learnable(entity, form) and self._key(entity.type, form) in self._names
                ),
                None,
            )
            if known is not None and known != entity.name and known not in own:
                aliases = tuple(dict.fromkeys(f for f in forms if f != known))
                entity = replace(entity, name=known, aliases=aliases)
            result.append(entity)
        for entity in result:
            for form in (entity.name, *entity.aliases):
                if self._learnable(entity, form):
                    self._names.setdefault(self._key(entity.type, form), entity.name)
        return result

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"format": "kg-aliases/1", "names": {type|key: name}}``."""
        return {"format": ALIAS_TABLE_FORMAT, "names": dict(self._names)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "AliasTable":
        """Rebuild a table written by :meth:`to_json`.

        Raises
        ------
        InputError
            ``data`` is not a kg-aliases/1 object.
        """
        if not isinstance(data, Mapping) or data.get("format") != ALIAS_TABLE_FORMAT:
            raise InputError(
                f"not an alias table: expected a JSON object with format {ALIAS_TABLE_FORMAT!r}; "
                "delete the file to start a fresh table"
            )
        table = cls()
        table._names = {str(k): str(v) for k, v in dict(data.get("names", {})).items()}
        return table
