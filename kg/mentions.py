"""Find the names in a parsed document and type them (Organization, Person, Place, Event, Product).

The small statistical model is a weak witness: it tags "JD" as a person, "Alibaba" as a place
and misses sentence-initial company names. Stronger witnesses overrule it: a sourced company
vocabulary (``data/companies.tsv``), corporate suffixes ("Inc", "Holdings", ".com"), Reuters
``<Company>`` markers, and the name's role in the sentence ("X CEO", "X's shares", "acquired
X"). A name typed by a strong witness then types every other occurrence of it and of its short
forms ("JD" once "JD.com" is known). Headings, upper-case headlines, months, time zones and wire
abbreviations ("mln", "dlrs") are not names; a demonym is a Place mention (source "demonym")
only where it describes a company ("the Dutch group X"). Products are named before product
nouns ("the Fusion and Zephyr models") and sports clubs by their club words ("Manchester
United", "Man Utd").
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from spacy.matcher import PhraseMatcher
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from kg.data import json_data, word_list
from kg.model import Mention
from kg.nlp import (
    abbreviated_given_names,
    doc_entities,
    doc_sentences,
    doc_text,
    doc_tokens,
    model_word,
    per_document,
    set_off_after,
    span_text,
    token_lowers,
    token_sentences,
    token_texts,
)

#: The fewest letters of a coined one-word name that a tag on one occurrence spreads to the
#: others ("Xstrata", "Multifoods"); shorter words are too often abbreviations of other things.
_COINED_LENGTH = 6
#: Initials that open a firm's name ("E.F." of "E.F. Hutton", "J.C." of "J.C. Penney").
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")

#: A sum of money written with a currency sign and digits ("HK$6.31bn", "$5m", "£146m").
_SUM = re.compile(r"[$£€¥]\s?\d")

#: A stock ticker with its exchange code ("smbs.St", "ERIC.ST"): no name, whatever its case.
_WIRE_TICKER = re.compile(r"^[A-Za-z]{2,6}\.(?:[A-Za-z]{1,2}\.?)$")

#: Sources whose type overrules the statistical model.
STRONG_SOURCES = frozenset({"vocab", "suffix", "marker", "role"})


@dataclass(frozen=True)
class Company:
    """One entry of the company vocabulary: canonical name, aliases, and what it is."""

    name: str
    aliases: tuple[str, ...]
    subtype: str
    country: str | None
    industries: tuple[str, ...]
    ambiguous: frozenset[str]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Place:
    """One entry of the places file: canonical name, aliases, demonyms, subtype, country."""

    name: str
    subtype: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    country: str | None


def _data_text(name: str) -> str:
    return resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def cues() -> Mapping[str, Any]:
    """The cue words of ``data/entity_cues.json`` (read once)."""
    return json_data("entity_cues.json")


@functools.lru_cache(maxsize=1)
def companies() -> tuple[Company, ...]:
    """The company vocabulary of ``data/companies.tsv`` (read once)."""
    rows = csv.reader(
        (line for line in _data_text("companies.tsv").splitlines() if not line.startswith("#")),
        delimiter="\t",
    )
    split = lambda cell: tuple(part for part in cell.split("|") if part)  # noqa: E731
    return tuple(
        Company(
            name=name,
            aliases=split(aliases),
            subtype=subtype,
            country=country or None,
            industries=split(industries),
            ambiguous=frozenset(split(ambiguous)),
        )
        for name, aliases, subtype, country, industries, ambiguous in rows
    )


@functools.lru_cache(maxsize=1)
def company_index() -> Mapping[str, Company]:
    """Every surface form of the company vocabulary -> its entry."""
    return {form: company for company in companies() for form in company.forms}


@functools.lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The places of ``data/places.json`` (read once)."""
    return tuple(
        Place(
            name=entry["name"],
            subtype=entry["subtype"],
            aliases=tuple(entry["aliases"]),
            demonyms=tuple(entry["demonyms"]),
            country=entry.get("country"),
        )
        for entry in json_data("places.json")["places"]
    )


@functools.lru_cache(maxsize=1)
def place_index() -> Mapping[str, Place]:
    """Every name and alias of a place (also without a leading "the") -> its entry."""
    index: dict[str, Place] = {}
    for place in places():
        for form in (place.name, *place.aliases):
            index.setdefault(form, place)
            if form.startswith("the "):
                index.setdefault(form[4:], place)
    return index


@functools.lru_cache(maxsize=1)
def demonym_index() -> Mapping[str, Place]:
    """Every demonym ("Chinese", "Spanish", "Southeast Asian") -> the place it names."""
    return {demonym: place for place in places() for demonym in place.demonyms}


@functools.lru_cache(maxsize=1)
def _word_sets() -> Mapping[str, frozenset[str]]:
    data = cues()
    keys = (
        "legal_suffixes", "name_suffixes", "business_verbs", "business_nouns", "statement_verbs",
        "organization_heads", "person_titles", "name_titles", "months", "weekdays", "season_names", "law_heads", "non_entity_words",
        "event_heads", "event_nouns", "generic_first_words", "person_role_nouns", "firm_plural_heads",
        "currency_nouns", "name_particles", "unit_nouns", "negating_prefixes", "share_class_words",
        "person_descriptors", "person_apposition_nouns", "portfolio_titles", "portfolio_words",
        "office_heads", "office_words", "firm_descriptors", "member_words", "firm_named_heads",
        "firm_heads_before_names", "firm_opening_words", "firm_opening_blockers",
    )
    return {key: frozenset(data[key]) for key in keys}


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (``data/given_names.txt``, from the 1990 US Census lists)."""
    return word_list("given_names.txt")


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher]] = {}


def _matcher(vocab: Vocab) -> PhraseMatcher:
    """A case-sensitive PhraseMatcher over every company form, built once per vocab."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    matcher = PhraseMatcher(vocab, attr="ORTH")
    make = Doc
    for form in company_index():
        words = _tokenize(vocab, form)
        matcher.add(form, [make(vocab, words=words)])
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


@functools.lru_cache(maxsize=8192)
def _tokenize(vocab: Vocab, text: str) -> tuple[str, ...]:
    """Token texts of ``text`` as the pipeline's tokenizer splits it (English rules); remembered,
    since the same names are split again in every document that has them."""
    return tuple(token.text for token in _tokenizer(vocab)(text))


@functools.lru_cache(maxsize=4)
def _tokenizer(vocab: Vocab) -> Any:
    from spacy.lang.en import English

    nlp = English(vocab=vocab)
    return nlp.tokenizer


@dataclass
class _Candidate:
    """A span under consideration: token bounds, proposed type, who proposed it."""

    start: int
    end: int
    type: str | None
    source: str
    label: str = ""
    ambiguous: bool = False

    def overlaps(self, other: "_Candidate") -> bool:
        return self.start < other.end and other.start < self.end


def find_mentions(doc: Doc) -> list[Mention]:
    """Find and type the proper names of a parsed document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A document parsed by :func:`kg.nlp.load`'s pipeline.

    Returns
    -------
    list of Mention
        Name mentions (``kind="name"``) in text order, with character offsets into
        ``doc.text``, a type from :data:`kg.model.ENTITY_TYPES` and the ``source`` that decided
        the type: ``"ner"``, ``"vocab"``, ``"suffix"``, ``"marker"``, ``"role"`` or ``"alias"``.
    """
    tokens = doc_tokens(doc)
    blocked = _blocked_tokens(doc)
    candidates = [
        *_ner_candidates(doc),
        *_vocab_candidates(doc),
        *_suffix_candidates(doc),
        *_acronym_dash_candidates(doc),
        *_bracket_defined_candidates(doc),
        *_call_sign_candidates(doc),
        *_marker_candidates(doc),
        *_model_number_candidates(doc),
        *_product_candidates(doc),
        *_named_product_candidates(doc),
        *_brand_list_candidates(doc),
        *_kind_noun_product_candidates(doc),
        *_club_candidates(doc),
        *_quoted_event_candidates(doc),
        *_based_place_candidates(doc),
        *_town_before_region_candidates(doc),
        *_suffix_of_place_candidates(doc),
        *_untagged_name_candidates(doc),
    ]
    candidates = [c for c in candidates if not any(i in blocked for i in range(c.start, c.end))]
    chosen = _join_paired_bodies(doc, _join_conjoined_firms(doc, _join_names_cut_at_and(doc, _choose(doc, candidates))))
    chosen = _join_pairs_closing_a_list(doc, chosen)
    chosen = _place_led_names(doc, _join_employer_partners(doc, _join_fixed_pairs(doc, chosen)))
    chosen = _office_titled_names(doc, chosen)
    chosen = _listed_places(doc, _propagate(doc, chosen, blocked))
    chosen += _generic_first_words_alone(doc, chosen, blocked)
    chosen = _families(doc, chosen) + _month_named_firms(doc, chosen)
    chosen = [
        c for c in chosen
        if not _currency_place(doc, c)
        and not _common_word(doc, c)
        and not _no_name(tokens, c)
        and not _portfolio_field(doc, c)
        and not _opening_modifier(doc, c)
    ]
    chosen += _demonym_places(doc, chosen)
    texts = token_texts(doc)
    return [
        Mention(
            start=tokens[c.start].idx,
            end=tokens[c.end - 1].idx + len(texts[c.end - 1]),
            text=span_text(doc, c.start, c.end),
            type=c.type,
            source=c.source,
        )
        for c in sorted(chosen, key=lambda c: c.start)
        if c.type is not None
    ]


def _demonym_places(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """The country or state of a demonym that describes a company: "the Dutch group X",
    "Dutch brewer X", "X, the Dutch group", "X, a Californian wine company", "the Dutch group" (a
    description of a firm named elsewhere), and the first of a hyphened pair ("Anglo-Dutch giant
    X", "German-US car firm X"), and a country's name written right before an organisation's
    ("the US Federal Reserve", "the huge US Carnival Corporation": :func:`_country_before_name`).

    Only there, and before a country's government office ("French finance minister", "the British
    government"), does a nationality state a fact (where the firm is from, whom the office serves);
    "Chinese e-commerce" or "Japanese investors" name no participant, so they give nothing. The
    mention covers the demonym alone, is typed Place and has source ``"demonym"``.
    """
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    heads = _word_sets()["organization_heads"]
    demonyms = demonym_index()
    tails = _demonym_tails()
    owner = {i: c for c in chosen for i in range(c.start, c.end)}
    found: list[_Candidate] = []
    for i, text in enumerate(texts):
        start = i
        place = demonyms.get(text)
        if i > 0 and text in tails and f"{texts[i - 1]} {text}" in demonyms:
            start, place = i - 1, demonyms[f"{texts[i - 1]} {text}"]
        country = _country_before_name(texts, i, owner)
        place = place or country
        if place is None or not _home_place(place) or start in owner:
            continue
        token = tokens[i]
        if _before_based(texts, tokens, i):
            found.append(_Candidate(start, i + 1, "Place", "demonym"))
            continue
        if token.dep_ not in {"amod", "compound"} and country is None:
            continue
        head = token.head
        if head.i == i + 2 and texts[i + 1] == "-" and not token.whitespace_ and not tokens[i + 1].whitespace_:
            head = head.head
        head = _described_noun(head, heads, owner)
        org = owner.get(head.i)
        describes_name = org is not None and org.type == "Organization"
        describes_firm = head.lemma_.lower() in heads and (
            (head.tag_ not in {"NNS", "NNPS"} and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children))
            or _names_organization(head, owner)
        )
        describes_office = head.lemma_.lower() in cues()["government_heads"] and place.subtype == "Country"
        if describes_name or describes_firm or describes_office:
            found.append(_Candidate(start, token.i + 1, "Place", "demonym"))
    return found


def _home_place(place: Place) -> bool:
    """Whether a demonym's place can be a company's home: a country, a state, or a region inside
    a country ("Scottish club Rangers"); not a continent ("European", "Asian": acceptable only)."""
    return place.subtype in ("Country", "State") or (place.subtype == "Region" and place.country is not None)


#: The most industry nouns read through between a demonym and its company noun.
_INDUSTRY_WORDS = 2


def _described_noun(noun: Token, heads: frozenset[str], owner: Mapping[int, "_Candidate"]) -> Token:
    """The noun a demonym describes through the industry nouns compounded between them: "German
    telecoms firm X" describes the firm, not the telecoms."""
    for _ in range(_INDUSTRY_WORDS):
        if noun.dep_ != "compound" or noun.pos_ != "NOUN" or noun.head.pos_ != "NOUN" or noun.lemma_.lower() in heads or noun.i in owner or noun.head.i <= noun.i:
            break
        noun = noun.head
    return noun


def _before_based(texts: Sequence[str], tokens: Sequence[Token], index: int) -> bool:
    """Whether a word modifies a "based" participle right after it ("Swiss-based X", "the
    German-based publisher"): a demonym there says where something is based. Not where the parse
    made the word something else's ("a unit of Australian based <X Ltd>" hung as "a unit of
    Australian": a country read as an owner)."""
    after = index + 1
    if after + 1 < len(texts) and texts[after] == "-" and not tokens[index].whitespace_ and not tokens[after].whitespace_:
        after += 1
    return after < len(texts) and texts[after].lower() in cues()["based_participles"] and tokens[index].head.i == after


def _country_before_name(texts: Sequence[str], index: int, owner: Mapping[int, "_Candidate"]) -> Place | None:
    """The country a word names when it stands, no part of any name, right before an
    organisation's name ("the US Federal Trade Commission", "the US Disney Corporation"): it
    describes the organisation as a demonym would."""
    place = place_index().get(texts[index])
    after = owner.get(index + 1)
    if place is None or place.subtype != "Country" or after is None or after.type != "Organization" or after.start != index + 1:
        return None
    return place


@functools.lru_cache(maxsize=1)
def _demonym_tails() -> frozenset[str]:
    """What follows a space in a demonym ("Asian" of "Southeast Asian"): a word that is none of
    these cannot end a two-word demonym."""
    return frozenset(
        demonym[index + 1 :] for demonym in demonym_index() for index, char in enumerate(demonym) if char == " "
    )


def _names_organization(noun: Token, owner: Mapping[int, "_Candidate"]) -> bool:
    """Whether a company noun is tied to an organisation's name: "brewer X" (compound, or the
    modifier the parse sometimes makes of it: "consumer goods giant X"), "X, a brewer" / "a
    brewer, X" (apposition), or the name right after the noun whatever the parse made of it
    ("Dutch firm Heineken saw ..." parsed as a firm that Heineken saw), or right before its
    phrase and a comma ("through <X Ltd>, an Australian firm", parsed as a second object)."""
    tokens = doc_tokens(noun.doc)
    related = [noun.head] if noun.dep_ in {"compound", "appos", "amod"} else []
    related += [c for c in noun.children if c.dep_ == "appos"]
    if noun.i + 1 < len(noun.doc):
        related.append(tokens[noun.i + 1])
    named = set_off_after(noun)
    if named is not None:
        related.append(tokens[named])
    return any(t.i in owner and owner[t.i].type == "Organization" for t in related)


def _blocked_tokens(doc: Doc) -> set[int]:
    """Token indices inside headings ("Dive Brief:") and upper-case headlines."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    limit = cues()["heading_max_tokens"]
    blocked: set[int] = set()
    for sent in doc_sentences(doc):
        start, end = sent.start, sent.end
        heading = span_text(doc, start, end).strip().endswith(":") and (
            sum(1 for t in tokens[start:end] if not t.is_space) <= limit
        )
        if heading or _upper_case_line(tokens[start:end], texts[start:end]):
            blocked.update(range(start, end))
    for i in range(1, len(texts) - 2):
        if texts[i] == "<" and texts[i + 2] == ">" and tokens[i + 1].is_upper and _ticker(tokens, texts, i):
            blocked.add(i + 1)
    terms = _defined_terms(tokens, texts)
    blocked.update(i for i, text in enumerate(texts) if text in terms)
    return blocked


def _defined_terms(tokens: Sequence[Token], texts: Sequence[str]) -> frozenset[str]:
    """Abbreviations the text defines in brackets after lower-case words whose initials they
    spell: terms, not names, wherever they stand ("multiple sclerosis (MS)", "gross domestic
    product (GDP)", "research and development (R&D)"), though a company may be known by the
    same letters."""
    terms: set[str] = set()
    for i in range(1, len(texts) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or not _abbreviation(texts[i + 1]):
            continue
        if _initials_start(tokens, i, texts[i + 1].replace("&", ""), 0, lower=True) is not None:
            terms.add(texts[i + 1])
    return frozenset(terms)


_EXCHANGE_TICKER = re.compile(r"[A-Z0-9&]{1,6}\.[A-Z]{1,5}")


def _ticker(tokens: Sequence[Token], texts: Sequence[str], opening: int) -> bool:
    """Whether the upper-case word in Reuters' brackets at ``opening`` is a stock ticker, not a
    name: after a company's name ("Walt Disney Co <DIS>") or after another ticker ("Royal
    Dutch/Shell <RD> <SC>"), or with an exchange suffix wherever it stands ("<NSAN.T>",
    "<BAC.NYSE>"). A bracketed word alone ("bought <MCA>") may be the only name the story gives."""
    before = texts[opening - 1]
    return before == ">" or _EXCHANGE_TICKER.fullmatch(texts[opening + 1]) is not None or _ends_name(tokens, opening - 1)


def _ends_name(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` ends a name, or a name's possessive ("Eaton Corp's <ETN>")."""
    token = tokens[index]
    if token.text in {"'s", "'", "\u2019s"} and index > 0:
        token = tokens[index - 1]
    return _is_name_token(token)


def _upper_case_line(tokens: Sequence[Token], texts: Sequence[str]) -> bool:
    """Whether a sentence's words of letters are three or more, all in upper case (a headline)."""
    letters = 0
    for token, text in zip(tokens, texts):
        if token.is_alpha:
            if not text.isupper():
                return False
            letters += 1
    return letters >= 3


def _currency_place(doc: Doc, candidate: "_Candidate") -> bool:
    """A country naming a currency ("U.S. dlrs", "US dollars") is not a mention of the country."""
    tokens = doc_tokens(doc)
    following = tokens[candidate.end] if candidate.end < len(doc) else None
    return (
        candidate.type == "Place"
        and following is not None
        and following.lower_ in _word_sets()["currency_nouns"]
    )


def _listed_places(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Names the model called people in a list of places are places too: "Lagos, Accra, Kumasi
    Velde and Port Harcourt". Every other item of the list must be a place or such a guess
    (a model person without a common given name first), and one at least a place. So are towns
    it called firms in a list a state or country closes, as the wire places towns ("stores in
    Elmira, Tarnfield and Utica, N.Y."): a firm of the company file is none."""
    tokens = doc_tokens(doc)
    names = given_names()

    def guessed_person(c: _Candidate) -> bool:
        return c.type == "Person" and c.source == "ner" and tokens[c.start].text not in names

    def guessed_firm(c: _Candidate) -> bool:
        return c.type == "Organization" and c.source in {"ner", "role"} and span_text(doc, c.start, c.end) not in company_index()

    if not any(guessed_person(c) or guessed_firm(c) for c in chosen):
        return chosen
    owner = {i: c for c in chosen for i in range(c.start, c.end)}
    result: list[_Candidate] = []
    for c in chosen:
        if guessed_person(c) or guessed_firm(c):
            items = [owner.get(t.i) for t in doc[c.start : c.end].root.conjuncts]
            guessed = guessed_person if guessed_person(c) else guessed_firm
            if (
                items
                and all(o is not None and (o.type == "Place" or guessed(o)) for o in items)
                and any(o is not None and o.type == "Place" for o in items)
                and (guessed is guessed_person or _region_follows(doc, max(o.end for o in [*items, c] if o is not None)))
            ):
                c = _Candidate(c.start, c.end, "Place", "role", c.label)
        result.append(c)
    return result


def _no_name(tokens: Sequence[Token], candidate: "_Candidate") -> bool:
    """Names that stand for no thing: a sum of money ("HK$6.31bn"), a wire ticker the markers did
    not catch ("smbs.St"), the state before a hyphen ("State-owned Rosneft"), a capitalised currency
    after a number ("2.7 N.Z. Dlrs", "5 mln Aust Dlrs": a person named like one, "Howard Marks
    said", has no number before), a class of shares ("class B shares"), and a name behind a
    negating prefix ("Non-EU exports", "anti-Nato protests": what is outside it is described)."""
    words = _word_sets()
    first, last = tokens[candidate.start], tokens[candidate.end - 1]
    text = span_text(first.doc, candidate.start, candidate.end)
    if _SUM.search(text) or _WIRE_TICKER.match(text):
        return True
    texts = token_texts(first.doc)
    if text.lower() in cues()["state_words"] and candidate.end + 1 < len(texts) and texts[candidate.end] == "-":
        return True
    if last.lower_ in words["currency_nouns"] and candidate.start > 0 and candidate.source not in STRONG_SOURCES:
        before = tokens[candidate.start - 1]
        return before.like_num or before.text in words["non_entity_words"]
    if any(
        texts[i].lower() in words["share_class_words"] and len(texts[i + 1]) == 1 and texts[i + 1].isupper()
        for i in range(max(candidate.start - 1, 0), min(candidate.end, len(texts) - 1))
    ):
        return True
    return (
        candidate.end - candidate.start > 2
        and first.lower_ in words["negating_prefixes"]
        and tokens[candidate.start + 1].text == "-"
    )


def _opening_modifier(doc: Doc, candidate: "_Candidate") -> bool:
    """"Drinks group Quintara", "Upscale department store Belknap", "Soaring costs hit Borg": a
    word opening a sentence that the parser reads as a common noun, adjective or participle
    qualifying a lower-case noun after it is capitalised for its place, and names nothing, unless
    the text capitalises it inside a sentence too ("Inbev brands include Bass") or it is a known
    company or place."""
    if candidate.source in STRONG_SOURCES or candidate.end - candidate.start != 1:
        return False
    token = doc_tokens(doc)[candidate.start]
    text = token_texts(doc)[candidate.start]
    return (
        token.is_sent_start is True
        and text.istitle()
        and (token.pos_ in {"NOUN", "ADJ"} or token.tag_ in {"VBG", "VBN"})
        and token.dep_ in {"compound", "amod"}
        and token.head.i > token.i
        and token.head.pos_ == "NOUN"
        and token.head.is_lower
        and _inner_capitalised_words(doc)[text] == 0
        and text not in company_index()
        and text not in place_index()
    )


def _portfolio_field(doc: Doc, candidate: "_Candidate") -> bool:
    """"Finance" of "Finance Minister Michael Wilson", "Transportation" of "Transportation
    Secretary Y": a government office's field before its title is part of the title."""
    words = _word_sets()
    lowers = token_lowers(doc)
    return (
        candidate.type != "Person"
        and candidate.end < len(doc)
        and lowers[candidate.end] in words["portfolio_titles"]
        and all(lowers[i] in words["portfolio_words"] for i in range(candidate.start, candidate.end))
    )


def _common_word(doc: Doc, candidate: "_Candidate") -> bool:
    """A one-word name the model guessed that the text also uses as an ordinary lower-case word
    ("State-owned Rosneft" beside "the Indian state"). A name the text capitalises three times
    or more inside sentences and writes once in lower case ("part of shearson") is misspelt
    there, and stays a name. A person's name so used must open its sentence and be capitalised
    nowhere else ("Jobs will also be lost" beside "to cut 2,850 jobs"), and so must a word its
    role made a firm ("Group advertising revenues were up, the group said")."""
    retyped = candidate.source == "role" and candidate.type == "Organization"
    if (candidate.source in STRONG_SOURCES and not retyped) or candidate.end - candidate.start != 1:
        return False
    text = token_texts(doc)[candidate.start]
    lower = text.lower()
    if candidate.type == "Person" or retyped:
        return _opens_sentence(doc, candidate.start) and text.istitle() and lower in _lower_case_words(doc) and _inner_capitalised_words(doc)[text] == 0
    return (
        candidate.type in {"Organization", "Product", "Event"}
        and text.istitle()
        and lower in _lower_case_words(doc)
        and text not in company_index()
        and text not in place_index()
        and not (_lower_case_words(doc)[lower] == 1 and _inner_capitalised_words(doc)[text] >= 3)
    )


def _lower_case_words(doc: Doc) -> Counter[str]:
    """How often the document writes each lower-case word, worked out once per document and
    only when asked."""
    return per_document(
        doc,
        "lower_case_words",
        lambda: Counter(lower for text, lower in zip(token_texts(doc), token_lowers(doc)) if text.islower()),
    )


def _inner_capitalised_words(doc: Doc) -> Counter[str]:
    """How often the document capitalises each word where a sentence does not start."""
    return per_document(
        doc,
        "inner_capitalised_words",
        lambda: Counter(text for i, text in enumerate(token_texts(doc)) if text.istitle() and not _opens_sentence(doc, i)),
    )


def _opens_sentence(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` opens its sentence, or the quotation that opens it ("Jobs
    are scarce," said X): a quote's first word is capitalised for its place too."""
    start = token_sentences(doc)[index].start
    return start == index or (start == index - 1 and doc_tokens(doc)[start].is_quote)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop determiners, possessive endings, brackets, punctuation and wire words at the edges,
    a leading nationality plural ("Irishmen JP Quill": the men are described, not named) and a
    leading lower-case common noun, determiner or number word the model tagged with the name
    ("broadcaster BSkyB", "a House Subcommittee", "the nine Supreme Court justices")."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    edge = _edge_words()
    while start < end and (
        texts[start] in edge
        or tokens[start].is_punct
        or tokens[start].is_space
        or (end - start > 1 and texts[start].endswith("men") and texts[start][:-3] in demonym_index())
        or (end - start > 1 and tokens[start].pos_ in {"NOUN", "DET", "NUM"} and texts[start].isalpha() and texts[start].islower())
    ):
        start += 1
    while end > start and (
        texts[end - 1] in edge
        or tokens[end - 1].is_space
        or _is_trailing_punct(tokens[end - 1])
        or (tokens[end - 1].is_lower and tokens[end - 1].pos_ in {"ADP", "SCONJ", "CCONJ", "DET", "ADV", "PART", "PRON"})
    ):
        end -= 1
    return start, end


@functools.lru_cache(maxsize=1)
def _edge_words() -> frozenset[str]:
    """Words :func:`_trim` drops at a name's edges: wire words, articles, possessive endings,
    brackets, quotes and joining words."""
    return _word_sets()["non_entity_words"] | {"the", "The", "'s", "'", "\u2019s", "<", ">", '"', "and", "or", "of", "&"}


def _is_trailing_punct(token: Token) -> bool:
    text = token_texts(token.doc)[token.i]
    return token.is_punct and text not in {")", "!"} and not text.endswith(".")


def _is_calendar_word(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is only months, weekdays, numbers and punctuation."""
    calendar = _calendar_words()
    texts = token_texts(doc)
    tokens = doc_tokens(doc)
    return all(texts[i] in calendar or tokens[i].is_punct or tokens[i].like_num for i in range(start, end))


@functools.lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Months and weekdays, joined once rather than for every name tested."""
    words = _word_sets()
    return words["months"] | words["weekdays"]


def _ner_candidates(doc: Doc) -> Iterable[_Candidate]:
    """The model's entities, mapped to kg types; DATE names of events become Events, and a
    "person" spelt as a known place ("Sri Lanka's stock market") is the place unless it opens
    with a given name or is the surname of a full name in the document ("Jordan"); an
    "organisation" that is exactly a country's or territory's name ("the Maldives") is the place,
    unless the company list has that name, and one ending in a law's word ("the Tarvel-Borvia
    Act") is a Product. A lower-case noun ending an organisation is left out
    ("the AFP news agency"), and a legal suffix alone ("Plc" cut off its name), or suffix words
    after a ticker ("Group Plc" of "Argyll <AYLL.L> Group Plc", "Airlines Inc" of "Delta <DAL>
    Airlines Inc", see :func:`ticker_tail`), is no name, nor is a time of year ("in the New
    Year")."""
    label_types: Mapping[str, str] = cues()["label_types"]
    demonyms = demonym_index()
    words = token_texts(doc)
    texts = Counter(span_text(doc, ent.start, ent.end) for ent in doc_entities(doc))
    persons = {words[ent.end - 1] for ent in doc_entities(doc) if ent.label_ == "PERSON"}
    surnames = {words[ent.end - 1] for ent in doc_entities(doc) if ent.label_ == "PERSON" and len(ent) > 1}
    tokens = doc_tokens(doc)
    legal = _word_sets()["legal_suffixes"]
    descriptors = _word_sets()["person_descriptors"] | _word_sets()["person_role_nouns"]
    for ent, piece_start, piece_end, label in _listed_place_pieces(doc):
        start, end = _trim(doc, piece_start, piece_end)
        if start >= end:
            continue
        if _firm_descriptor_opening(doc, start, end):
            start += 1
            label = "PERSON" if words[start] in given_names() else "ORG"
        if label == "PERSON" and end - start > 2 and words[start].lower() in descriptors:
            start += 1
        if label == "ORG" and end < piece_end and _owns_its_s(tokens, end):
            end += 1
        while label == "ORG" and end - start > 1 and words[end - 1].islower() and _common_noun_after_name(tokens[end - 1]):
            end -= 1
        if words[start] in legal and all(words[i] in legal for i in range(start, end)):
            continue
        if ticker_tail(doc, start, end):
            continue
        if label == "ORG" and _place_kind_name(doc, start, end):
            yield _Candidate(start, end - 1, "Place", "ner", "GPE")
            continue
        if label == "ORG" and _joined_surnames(words, start, end, surnames):
            yield _Candidate(start, start + 1, "Person", "ner", "PERSON")
            yield _Candidate(end - 1, end, "Person", "ner", "PERSON")
            continue
        cut = _possessor_cut(doc, start, end, texts)
        if cut is not None:
            owner_type = "Person" if span_text(doc, start, cut) in persons else None
            yield _Candidate(start, cut, owner_type, "ner", "PERSON" if owner_type else "")
            start = cut + 1
        text = span_text(doc, start, end)
        if not any(ch.isupper() for ch in text) or _is_calendar_word(doc, start, end) or text in _word_sets()["season_names"]:
            continue
        if label == "DATE":
            if _is_event_name(doc[start:end]):
                yield _Candidate(start, end, "Event", "ner", label)
        elif label == "NORP":
            if text not in demonyms and text not in place_index():
                yield _Candidate(start, end, None, "ner", label)
        elif label == "PERSON" and text in place_index() and not {words[start], text} & (given_names() | surnames):
            yield _Candidate(start, end, "Place", "ner", "GPE")
        elif label == "ORG" and _names_a_country(text):
            yield _Candidate(start, end, "Place", "ner", "GPE")
        elif label == "ORG" and words[end - 1] in _word_sets()["law_heads"]:
            yield _Candidate(start, end, "Product", "ner", "PRODUCT")
        elif label in label_types:
            yield _Candidate(start, end, label_types[label], "ner", label)
        elif label in cues()["untyped_labels"]:
            yield _Candidate(start, end, None, "ner", label)


def _joined_surnames(words: Sequence[str], start: int, end: int, surnames: set[str]) -> bool:
    """"Tarvel and Belknap used the funds": two surnames of people the story named in full, joined
    by "and", are those two people, though the model reads a firm named for its partners."""
    return end - start == 3 and words[start + 1] in ("and", "&") and words[start] in surnames and words[end - 1] in surnames


def _firm_descriptor_opening(doc: Doc, start: int, end: int) -> bool:
    """"Jeweller Zorvex said", "Rival Acme Holdings": a capitalised word for what a company does,
    opening a sentence before a name, describes the company the name is; a known company
    ("Carrier Corp") or a legal suffix alone after the word keeps the name whole."""
    words = token_texts(doc)
    return (
        end - start > 1
        and doc_tokens(doc)[start].is_sent_start is True
        and words[start].istitle()
        and words[start].lower() in _word_sets()["firm_descriptors"]
        and words[start + 1][:1].isupper()
        and words[start + 1] not in _word_sets()["legal_suffixes"]
        and span_text(doc, start, end) not in company_index()
    )


def _owns_its_s(tokens: Sequence[Token], end: int) -> bool:
    """Whether the "'s" the model put at the end of an organisation's name is part of it ("owner
    of Macy's and Bloomingdale's"): it possesses nothing, so it is no possessive ending."""
    if tokens[end].text not in ("'s", "\u2019s") or tokens[end - 1].dep_ == "poss":
        return False
    after = tokens[end + 1] if end + 1 < len(tokens) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _common_noun_after_name(token: Token) -> bool:
    """A lower-case noun the model ran into an organisation's name says what it is ("the AFP
    news agency", "the Zorvex Workers union"); a lower-case legal suffix ("corp") is the name's."""
    return (
        token.is_lower
        and token.is_alpha
        and token.pos_ == "NOUN"
        and token.text.capitalize() not in _word_sets()["legal_suffixes"]
    )


def _names_a_country(text: str) -> bool:
    """Whether ``text`` is a country's or territory's name (not a city's: "Barcelona" is often a
    football club) that no company of the vocabulary bears."""
    place = place_index().get(text)
    return place is not None and place.subtype in {"Country", "Territory"} and text not in company_index()


def _listed_place_pieces(doc: Doc) -> Iterator[tuple[Span, int, int, str]]:
    """The model's entities as :func:`_bracket_pieces` gives them, with their labels, a list of
    places it ran together cut at its commas: "sites in Poland, the Czech Republic, South
    Africa and Chile" gave the one place "the Czech Republic, South Africa". A place's name has
    no comma; an organisation's may ("the Ministry of Economy, Trade and Industry"), so one is cut
    only when every piece is a known place or a county ("Wiltshire, Berkshire"), and each piece is
    then a place ("Zorvex Ltd, of Auckland, New Zealand" gave the one firm "Auckland, New
    Zealand")."""
    texts = token_texts(doc)
    for ent, start, end in _bracket_pieces(doc):
        commas = [i for i in range(start + 1, end - 1) if texts[i] == ","]
        bounds = list(zip([start, *(i + 1 for i in commas)], [*commas, end]))
        if commas and (
            ent.label_ in ("GPE", "LOC")
            or all(_place_piece(doc, *_trim(doc, s, e)) for s, e in bounds)
        ):
            for piece_start, piece_end in bounds:
                yield ent, piece_start, piece_end, "GPE"
        else:
            yield ent, start, end, ent.label_


def _place_piece(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a known place or a county."""
    return span_text(doc, start, end) in place_index() or _county_name(doc[start:end])


def _bracket_pieces(doc: Doc) -> Iterator[tuple[Span, int, int]]:
    """Each model entity with its token range, or its two sides of an opening bracket it leaves
    unclosed before an abbreviation: the model often runs a name into the abbreviation that
    follows it, "Norvane Cement Companies (NCC" out of "... Companies (NCC)", and either side is
    a name alone. A bracketed word that is no abbreviation stays: "Delmar Equity (Pacific" is
    part of "Delmar Equity (Pacific) Ltd"."""
    texts = token_texts(doc)
    for ent, start, end in _particle_joined(doc):
        opening = next((i for i in range(start, end) if texts[i] == "("), None)
        if opening is None or opening + 2 != end or not _abbreviation(texts[opening + 1]):
            yield ent, start, end
        else:
            yield ent, start, opening
            yield ent, opening + 1, end


def _particle_joined(doc: Doc) -> Iterator[tuple[Span, int, int]]:
    """Each model entity with its token range, a person joined to the short name after it where
    only lower-case name particles part them: the model cuts "Walter van der Vijver" into the
    person "Walter van" and "Vijver" (a person, or a product), leaving "der" out."""
    ents = doc_entities(doc)
    texts = token_texts(doc)
    particles = _word_sets()["name_particles"]
    index = 0
    while index < len(ents):
        ent = ents[index]
        after = ents[index + 1] if index + 1 < len(ents) else None
        gap = range(ent.end, after.start) if after is not None else range(0)
        if (
            after is not None
            and ent.label_ == "PERSON"
            and len(after) <= 2
            and (len(gap) > 0 or texts[ent.end - 1] in particles)
            and all(texts[i] in particles for i in gap)
        ):
            yield ent, ent.start, after.end
            index += 2
        else:
            yield ent, ent.start, ent.end
            index += 1


def _abbreviation(word: str) -> bool:
    """One word of letters with two capitals or more, an "&" between two of them too: "NCC",
    "BoN", "S&N", not "Pacific"."""
    return word.replace("&", "").isalpha() and "&" not in (word[0], word[-1]) and sum(c.isupper() for c in word) >= 2


def _possessor_cut(doc: Doc, start: int, end: int, texts: Mapping[str, int]) -> int | None:
    """The "'s" inside a model span that joins two names ("Sosnoff's Caesars World"): the part
    after it is a name the model also finds on its own elsewhere (not "McDonald's Corp")."""
    tokens = doc_tokens(doc)
    for index in range(start + 1, end - 1):
        if tokens[index].tag_ == "POS" and texts.get(span_text(doc, index + 1, end), 0) > 0:
            return index
    return None


def _is_event_name(span: Span) -> bool:
    """A named day or festival the model calls a date: "Singles Day", "Black Friday"."""
    words = _word_sets()
    return (
        len(span) >= 2
        and span[-1].text in words["event_heads"]
        and all(t.is_title and not t.like_num for t in span)
        and span[0].lower_ not in {"this", "last", "next", "early", "late", "mid"}
    )


def _untagged_name_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Proper-noun runs the model left untagged; kept only if their role shows a business. A
    legal suffix alone, or the end of a name a ticker interrupts, is no name. A run opened by a
    person's title is that person, the title kept when it is a rank before a bare surname ("Lord
    Browne")."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    skip = _untagged_skip_words()
    legal = _word_sets()["legal_suffixes"]
    names = [
        i for i, pos in enumerate(doc.to_array(POS).tolist())
        if pos == PROPN and not tokens[i].ent_type and _is_name_token(tokens[i])
    ]
    words = _word_sets()
    for start, end in _runs(names):
        if texts[start] in words["person_titles"] and end - start > 1 and not any(texts[i] in skip for i in range(start + 1, end)):
            titled = texts[start] in words["name_titles"] and end - start == 2
            yield _Candidate(start if titled else start + 1, end, "Person", "role")
            continue
        text = span_text(doc, start, end)
        if (
            not any(texts[i] in skip for i in range(start, end))
            and not all(texts[i] in legal for i in range(start, end))
            and not ticker_tail(doc, start, end)
            and text not in place_index()
            and text not in demonym_index()
        ):
            yield _Candidate(start, end, None, "ner")


def _runs(indices: Sequence[int]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each run of consecutive numbers in ascending ``indices``."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][1] == index:
            runs[-1][1] = index + 1
        else:
            runs.append([index, index + 1])
    return [(start, end) for start, end in runs]


@functools.lru_cache(maxsize=1)
def _untagged_skip_words() -> frozenset[str]:
    """Words that keep an untagged proper-noun run from being a name: titles, months, weekdays,
    wire words."""
    words = _word_sets()
    return words["person_titles"] | words["months"] | words["weekdays"] | words["non_entity_words"]


def _vocab_candidates(doc: Doc) -> Iterable[_Candidate]:
    index = company_index()
    for match_id, start, end in _matcher(doc.vocab)(doc):
        form = doc.vocab.strings[match_id]
        yield _Candidate(start, end, "Organization", "vocab", ambiguous=form in index[form].ambiguous)


#: A word that describes by a participle after a hyphen: "Texas-based", "U.K.-owned".
_DESCRIBED = re.compile(r"-[a-z]+ed$")


def _is_name_token(token: Token) -> bool:
    """A capitalised word that may be part of a name: not an article or a possessive pronoun
    opening a sentence ("Its Amoco Canada Petroleum subsidiary")."""
    return (
        not token.is_space
        and token.text[:1].isupper()
        and token.lower_ not in {"the", "a", "an"}
        and token.tag_ != "PRP$"
        and not token.is_punct
        and _DESCRIBED.search(token.text) is None
    )


def _is_line_break(token: Token) -> bool:
    return token.is_space and token.text.count("\n") == 1 and not token.text.strip(" \n")


def _ends_person(token: Token) -> bool:
    """Whether ``token`` ends a person's name ("Ronald Glantz" of "Ronald Glantz of X Securities")."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ != "" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_type_ != "PERSON"
    )


def _suffix_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Capitalised runs ending in a corporate suffix ("Pay 'N Pak Stores Inc" with its "'N" or "'n",
    "Tarvel 1 Imports" or "Zorvex Anno 1720 N.V." with a number inside,
    "Dealers' Digest Inc" with a plural possessive, "Anglo American Corp of South Africa Ltd" with
    a suffix before "of"), and web names ("JD.com"); a run of generic words keeps the one-word
    possessive name before it ("Shaw's Supermarkets Inc", not "Sosnoff's Caesars World Inc",
    "Texas Air Corp's Eastern Airlines" or "China's National Petroleum Corporation")."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    words = _word_sets()
    suffixes = words["legal_suffixes"] | words["name_suffixes"]
    web = tuple(cues()["web_suffixes"])
    for i, (text, lower) in enumerate(zip(texts, token_lowers(doc))):
        if lower.endswith(web) and text[:1].isupper() and len(text) > 4:
            end = i + 1
            if end < len(doc) and texts[end] in words["legal_suffixes"]:
                end += 1
            yield _Candidate(i, end, "Organization", "suffix")
            continue
        if text not in suffixes or (i + 1 < len(texts) and texts[i + 1] == "-" and _hyphen_joined(tokens, i)):
            continue
        token = tokens[i]
        sentence_start = _name_sentence_start(doc, i)
        start = token.i
        while start > sentence_start:
            previous = tokens[start - 1]
            inner = (
                start - 2 > sentence_start
                or (start - 2 == sentence_start and previous.text != "of")
            ) and _is_name_token(tokens[start - 2])
            if (_is_name_token(previous) and previous.text not in words["legal_suffixes"]) or (
                texts[start - 2] == "-" and _hyphen_joined(tokens, start - 1) and (_is_name_token(previous) or previous.is_alpha)
            ) or (texts[start] == "-" and _hyphen_joined(tokens, start - 1)):
                start -= 1
            elif start == token.i and previous.text in words["legal_suffixes"] and previous.is_alpha:
                start -= 1
            elif texts[start] == "of" and previous.text in words["legal_suffixes"] and start < token.i and inner:
                start -= 1
            elif previous.text in {"and", "&"} and (texts[start] in {"Co", "Co."} or _initials_joined(texts, start)) and inner:
                start -= 1
            elif _limited_partnership_joint(texts, start, token.i) and previous.is_alpha and previous.text in words["legal_suffixes"]:
                start -= 1
            elif (
                previous.text == "and"
                and inner
                and start < token.i
                and texts[start] in words["name_suffixes"]
                and texts[start - 2] in words["name_suffixes"]
            ):
                start -= 1
            elif previous.lower_ in words["name_particles"] and previous.is_lower and inner:
                start -= 1
            elif previous.is_digit and inner:
                start -= 1
            elif texts[start] == "N" and texts[start - 1] == "'" and not previous.whitespace_ and inner:
                start -= 2
            elif (
                previous.text == "n"
                and texts[start - 2] == "'"
                and not tokens[start - 2].whitespace_
                and start - 3 >= sentence_start
                and _is_name_token(tokens[start - 3])
            ):
                start -= 3
            elif (
                texts[start - 1] == "'"
                and texts[start - 2].endswith("s")
                and not tokens[start - 2].whitespace_
                and inner
                and _is_name_token(tokens[start - 2])
                and (start - 3 < sentence_start or not _is_name_token(tokens[start - 3]))
            ):
                start -= 2
            elif texts[start - 1] == ")" and _bracketed_name_word(tokens, start - 1, sentence_start):
                start -= 3
            elif (
                previous.tag_ == "POS"
                and start < token.i
                and start - 2 >= sentence_start
                and _is_name_token(tokens[start - 2])
                and texts[start - 2] not in suffixes
                and texts[start - 2] not in place_index()
                and (start - 3 < sentence_start or not _is_name_token(tokens[start - 3]) or texts[start - 3] in place_index())
                and all(texts[k] in _generic_name_words() for k in range(start, token.i))
            ):
                start -= 2
                break
            elif (previous.text in {"&", "of", "-"} or _is_line_break(previous)) and inner and not (
                previous.text == "of" and _ends_person(tokens[start - 2])
            ):
                start -= 1
            elif (
                previous.text in {",", "and"}
                and not tokens[start].is_upper
                and _partner_name(
                    doc,
                    start - 2,
                    sentence_start,
                    region=previous.text == "and",
                    partners=previous.text == "," and _and_co(texts, start, token.i),
                )
                and not _joined_before(tokens, start - 2, sentence_start)
                and not (previous.text == "and" and _opens_own_name(doc, start - 2))
                and not (previous.text == "," and _suffixed_alone(doc, start - 2))
            ):
                start -= 1
            else:
                break
        owner_end = _ticker_before(doc, start, token.i, sentence_start)
        if owner_end is not None:
            first = owner_end - 1
            while first > sentence_start and _is_name_token(tokens[first - 1]) and texts[first - 1] not in suffixes:
                first -= 1
            yield _Candidate(first, owner_end, "Organization", "suffix")
            continue
        if _firm_descriptor_opening(doc, start, token.i + 1):
            start += 1
        if (
            start < token.i
            and any(texts[j] not in words["legal_suffixes"] for j in range(start, token.i))
            and not _is_calendar_word(doc, start, token.i)
            and not _place_kind(doc, start, token.i)
        ):
            yield _Candidate(start, _of_place_end(doc, start, token.i + 1), "Organization", "suffix")


def _limited_partnership_joint(texts: Sequence[str], start: int, last: int) -> bool:
    """Whether the "and" or "&" at ``start`` joins a company's suffix to the "Co" of a limited
    partnership's own suffix, as German firms are named ("Zorvex GmbH and Co KG"): the name runs
    on past the first suffix."""
    return texts[start] in {"and", "&"} and start + 1 < last and texts[start + 1] in {"Co", "Co."}


def _initials_joined(texts: Sequence[str], start: int) -> bool:
    """Whether the words round the "and" before ``start`` are two capital initials, as wire copy
    spells "D&K" ("D and K Financial Corp", "H and R Block Inc"), with or without full stops
    ("S. and W. Zorvex Plc")."""
    return all(len(texts[k].rstrip(".")) == 1 and texts[k].isupper() for k in (start, start - 2))


def _ticker_before(doc: Doc, start: int, last: int, sentence_start: int) -> int | None:
    """Where the name ends whose ticker Reuters put inside it ("Norcros <NCRO.L> Plc", "Argyll
    <AYLL.L> Group Plc", "Delta <DAL> Airlines Inc"): the index of the "<" when
    ``doc[start:last + 1]``, after a bracketed ticker that follows a name word, is only suffix
    words, or at most three name words ending in a legal suffix; None otherwise."""
    texts = token_texts(doc)
    opening = start - 3
    if opening - 1 < sentence_start or texts[start - 1] != ">" or texts[opening] != "<":
        return None
    if not texts[start - 2].isupper() or not _is_name_token(doc_tokens(doc)[opening - 1]):
        return None
    return opening if ticker_tail(doc, start, last + 1) else None


def ticker_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]``, right after a bracketed ticker, can only end the name the
    ticker interrupts: suffix words alone ("Group Plc"), or at most three name words ending in a
    legal suffix ("Airlines Inc") after a name the ticker cut before its suffix ("Delta <DAL>";
    not "American Motors Co <AMO> By Chrysler Corp")."""
    texts = token_texts(doc)
    if start == 0 or texts[start - 1] != ">":
        return False
    words = _word_sets()
    legal = words["legal_suffixes"]
    if all(texts[j] in legal | words["name_suffixes"] for j in range(start, end)):
        return True
    tokens = doc_tokens(doc)
    cut = start >= 4 and texts[start - 3] == "<" and texts[start - 4] not in legal
    return cut and texts[end - 1] in legal and end - start <= 3 and all(_is_name_token(tokens[j]) for j in range(start, end))


def _of_place_end(doc: Doc, start: int, end: int) -> int:
    """Where a suffix name ends that is only generic words ("Financial Corp", "Development
    Corp"): after "of" and the place or name that tells it apart ("Financial Corp of Santa
    Barbara", "Development Corp of America") when the suffix is one of ``of_place_suffixes``;
    other names leave it out ("Toyobo Ltd of Japan", "Continental AG of Hanover") unless the
    place is one that ends names, not one that places them ("Hospital Corp of America")."""
    texts = token_texts(doc)
    if end + 1 >= len(texts) or texts[end] != "of" or texts[end - 1] not in cues()["of_place_suffixes"]:
        return end
    if texts[end + 1] in cues()["of_place_name_endings"]:
        return end + 2
    generic = _generic_name_words()
    if not all(texts[i] in generic for i in range(start, end - 1)):
        return end
    tokens = doc_tokens(doc)
    stop = end + 1
    while stop < min(len(doc), end + 4) and _is_name_token(tokens[stop]) and tokens[stop].is_alpha:
        stop += 1
    return stop if stop > end + 1 else end


@functools.lru_cache(maxsize=1)
def _generic_name_words() -> frozenset[str]:
    """Words no firm is told apart by: generic first words and company words."""
    words = _word_sets()
    return words["generic_first_words"] | words["name_suffixes"]


def _bracketed_name_word(tokens: Sequence[Token], closing: int, sentence_start: int) -> bool:
    """Whether ``tokens[closing]`` closes one bracketed name word inside a firm's name, after a
    name word: "(Australia)" of "Delmar Holdings (Australia) Pty Ltd"."""
    texts = token_texts(tokens[closing].doc)
    return (
        closing - 3 >= sentence_start
        and texts[closing] == ")"
        and texts[closing - 2] == "("
        and _is_name_token(tokens[closing - 1])
        and tokens[closing - 1].is_alpha
        and _is_name_token(tokens[closing - 3])
    )


def _hyphen_joined(tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a piece of a hyphenated word that starts with a capital:
    "Co" and "operative" of "Co-operative" (not a legal suffix there; a name word though lower
    case). A participle after the hyphen makes a description ("Houston-based"), not a name."""
    token = tokens[index]
    if not token.is_alpha:
        return False
    if index + 2 < len(tokens) and not token.whitespace_ and tokens[index + 1].text == "-" and not tokens[index + 1].whitespace_:
        return token.text[:1].isupper() and tokens[index + 2].is_alpha
    return (
        index > 1
        and not token.tag_.startswith("VB")
        and tokens[index - 1].text == "-"
        and not tokens[index - 1].whitespace_
        and not tokens[index - 2].whitespace_
        and tokens[index - 2].text[:1].isupper()
        and tokens[index - 2].is_alpha
    )


def _name_sentence_start(doc: Doc, index: int) -> int:
    """Where a name ending at ``index`` may start: its sentence's start, or the previous
    sentence's when the parser split the name at a line break ("Joe Bloggs Productions\nInc")."""
    tokens = doc_tokens(doc)
    start = token_sentences(doc)[index].start
    if start == index and start > 1 and _is_line_break(tokens[start - 1]) and _is_name_token(tokens[start - 2]):
        return token_sentences(doc)[start - 2].start
    return start


def _place_kind_name(doc: Doc, start: int, end: int) -> bool:
    """A model organisation that is a place and a legal suffix after "a"/"an": "an Alberta Corp"."""
    tokens = doc_tokens(doc)
    return end - start >= 2 and tokens[end - 1].text in _word_sets()["legal_suffixes"] and _place_kind(doc, start, end - 1)


def _place_kind(doc: Doc, start: int, end: int) -> bool:
    """"an Alberta Corp", "a Delaware company": a place and a suffix after "a"/"an" say what kind
    of firm something is, not a firm's name."""
    tokens = doc_tokens(doc)
    return start > 0 and tokens[start - 1].lower_ in {"a", "an"} and span_text(doc, start, end) in place_index()


def _acronym_dash_candidates(doc: Doc) -> Iterable[_Candidate]:
    """An acronym, a spaced dash and the name it stands for, with foreign particles and line
    breaks inside: "IRI - Istituto per la Ricostruzione Industriale"."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    particles = _word_sets()["name_particles"]
    for i in range(len(texts) - 2):
        if texts[i + 1] not in {"-", "–"}:
            continue
        token = tokens[i]
        if not (token.is_upper and token.is_alpha and 2 <= len(texts[i]) <= 6):
            continue
        if not token.whitespace_:
            continue
        end = token.i + 2
        words = 0
        last = end
        while end < len(doc):
            current = tokens[end]
            if _is_name_token(current) and current.is_alpha:
                words += 1
                last = end + 1
            elif not (current.lower_ in particles and words) and not (_is_line_break(current) or current.text == "\n"):
                break
            end += 1
        if words >= 2:
            yield _Candidate(token.i, last, "Organization", "suffix")


#: Words that join the capitalised words of a name its bracketed initials leave out.
_INITIALS_JOINERS = frozenset({"and", "&", "of"})


def _bracket_defined_candidates(doc: Doc) -> Iterable[_Candidate]:
    """A name of words joined by "and" or "&" whose initials its bracketed abbreviation spells,
    which the model cuts at the joiner: "Tarvel and Belknap (T&B)", "Zorvex Travel and
    Tourism Council (ZTTC)". The bracket must be an organisation's to the model."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    for i in range(1, len(texts) - 2):
        if texts[i] != "(" or texts[i + 2] != ")" or tokens[i + 1].ent_type_ != "ORG":
            continue
        if not _abbreviation(texts[i + 1]):
            continue
        start = _initials_start(tokens, i, texts[i + 1].replace("&", ""), token_sentences(doc)[i].start)
        if start is not None and any(texts[j] in {"and", "&"} for j in range(start, i)):
            yield _Candidate(start, i, "Organization", "suffix")


def _initials_start(tokens: Sequence[Token], bracket: int, letters: str, sentence_start: int, lower: bool = False) -> int | None:
    """Where the run of name words before ``bracket`` starts whose capitals' initials are
    ``letters``, joiners between them left out ("Securities and Exchange Commission", "SEC");
    with ``lower``, the run of lower-case words ("gross domestic product", "GDP")."""
    found = ""
    index = bracket
    while index > sentence_start and len(found) < len(letters):
        token = tokens[index - 1]
        word = token.is_lower and token.text not in _INITIALS_JOINERS if lower else _is_name_token(token)
        if word and token.is_alpha:
            found = token.text[0] + found
        elif token.text not in _INITIALS_JOINERS or index == bracket:
            return None
        index -= 1
    return index if found == (letters.lower() if lower else letters.upper()) else None


def _call_sign_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Broadcast stations named by call sign and band ("WKXC-AM", "KTVU-TV"), which the model
    leaves untagged and the tokenizer splits at the hyphen (see ``call_sign_bands``)."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    bands = frozenset(cues()["call_sign_bands"])
    for i in range(len(texts) - 2):
        sign = texts[i]
        if (
            texts[i + 2] in bands
            and texts[i + 1] == "-"
            and 3 <= len(sign) <= 4
            and sign[0] in "KW"
            and sign.isalpha()
            and sign.isupper()
            and not tokens[i].whitespace_
            and not tokens[i + 1].whitespace_
        ):
            yield _Candidate(i, i + 3, "Organization", "suffix")


def _joined_before(tokens: Sequence[Token], index: int, sentence_start: int) -> bool:
    """Whether the word at ``index`` ends a longer name: "&", "and" or "-" before it, or an "of"
    after a name ("Bank of Boston"); an "of" after a common noun is a preposition ("shares of
    Bell and Howell Co")."""
    if index - 1 < sentence_start:
        return False
    joiner = tokens[index - 1].text
    if joiner == "of":
        return index - 2 >= sentence_start and _is_name_token(tokens[index - 2])
    return joiner in {"&", "and", "-"}


def _and_co(texts: Sequence[str], start: int, last: int) -> bool:
    """Whether the run from ``start`` to the suffix at ``last`` is one word and "and Co", maybe
    with one more suffix ("Belknap and Co", "Belknap and Co Inc"): a firm of partners, so a word
    set off by a comma before it is one more partner."""
    return last in {start + 2, start + 3} and texts[start + 1] in {"and", "&"} and texts[start + 2] in {"Co", "Co."}


def _partner_name(doc: Doc, index: int, sentence_start: int, region: bool = False, partners: bool = False) -> bool:
    """Whether ``doc[index]`` is a one-word partner's name of a firm ("Prescott, Ball and Turben
    Inc"): a surname-like word, not a company, place or given name, not the end of a longer
    name. With ``region``, a region's name may be one ("Gulf and Western Inc"); with ``partners``
    (before "Y and Co", see :func:`_and_co`) a known company's or a given name may be one
    ("Kelvaro, Belknap and Co", where "Kelvaro" alone is a firm's short name). A sentence's
    first word may be one that the model took for a common noun ("Cable and Wireless Plc said"),
    or a company word it took for a plural ("Communications and Cable Inc said"): there its
    capital tells nothing. A weekday or month is a date set off before the name ("on
    Tuesday, Zorvex Incorporated")."""
    tokens = doc_tokens(doc)
    if index < sentence_start:
        return False
    token = tokens[index]
    before = tokens[index - 1] if index > sentence_start else None
    return (
        _surname_like(token, region, partners)
        and (
            token.pos_ == "PROPN"
            or (index == sentence_start and (token.tag_ == "NN" or token.text in _word_sets()["name_suffixes"]))
        )
        and (before is None or not _is_name_token(before) or before.text == ",")
    )


def _surname_like(token: Token, region: bool = False, partners: bool = False) -> bool:
    """Whether a word could be a partner's surname in a firm's name: a capitalised word, not a
    legal suffix, company, place (with ``region``, a region may be one), given name, weekday or
    month; with ``partners`` a company or a given name may be one."""
    return (
        _is_name_token(token)
        and token.is_alpha
        and token.text not in _word_sets()["legal_suffixes"]
        and (partners or token.text not in company_index())
        and (token.text not in place_index() or (region and place_index()[token.text].subtype == "Region"))
        and (partners or token.text not in given_names())
        and token.text not in _calendar_words()
    )


def _opens_own_name(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` is one the document uses elsewhere to open a name of its own
    (see :func:`_named_alone`)."""
    return token_texts(doc)[index] in per_document(doc, "mentions.named_alone", _named_alone, doc)


def _named_alone(doc: Doc) -> frozenset[str]:
    """Capitalised words the document also uses to open a longer name of their own, with no
    "and", "&" or comma before them ("Amoskeag Bank Shares Inc"): such a word names another
    firm, so "Amoskeag and Portsmouth Savings Bank" are two, while "Lomas and Nettleton
    Financial Corp ... Lomas said" keeps its partners together."""
    texts = token_texts(doc)
    return frozenset(
        text
        for i, text in enumerate(texts[:-1])
        if text[:1].isupper() and (i == 0 or texts[i - 1] not in {",", "and", "&"}) and texts[i + 1][:1].isupper()
    )


def _suffixed_alone(doc: Doc, index: int) -> bool:
    """Whether the document writes the word at ``index`` elsewhere straight before a legal suffix
    ("Tarvel Inc"): a firm of its own, so a comma after it lists firms ("Tarvel, Zorvex and
    Borg Inc" are two), where "Kelvaro, Belknap and Co" names partners."""
    texts = token_texts(doc)
    word = texts[index]
    legal = _word_sets()["legal_suffixes"]
    return any(texts[i] == word and texts[i + 1] in legal for i in range(len(texts) - 1) if i != index)


def _marker_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Reuters ``<Company Name>`` markers (not ``<TICKER>`` codes right after a name); a
    possessive the wire put inside one is no part of the name ("<MTS Acquisition Corp's>
    offering price")."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    suffixes = _word_sets()["legal_suffixes"]
    for i, text in enumerate(texts):
        if text != "<":
            continue
        token = tokens[i]
        for close in range(token.i + 1, min(token.i + 10, len(doc))):
            if texts[close] == ">":
                start, end = token.i + 1, close
                if end - start > 1 and tokens[end - 1].tag_ == "POS" and texts[end - 2] in suffixes:
                    end -= 1
                ticker = end - start == 1 and tokens[start].is_upper and token.i > 0 and _ends_name(tokens, token.i - 1)
                if end > start and not ticker:
                    yield _Candidate(start, end, "Organization", "marker")
                break


def _model_number_candidates(doc: Doc) -> Iterable[_Candidate]:
    """A model number naming one product: "Boeing's 777 plane", "its 787 Dreamliner plane", "its
    smallest airliner, the 717" (not a count: "300 planes"; not a year)."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    nouns = frozenset(cues()["product_nouns"])
    for i in range(1, len(texts)):
        text = texts[i]
        if not (text.isdecimal() and 3 <= len(text) <= 4 and not 1900 <= int(text) <= 2099):
            continue
        token = tokens[i]
        head = token.head
        if head.lower_ not in nouns or head.tag_ in {"NNS", "NNPS"}:
            continue
        previous = tokens[token.i - 1]
        determined = previous.pos_ in {"DET", "PRON"} or previous.tag_ == "POS" or previous.dep_ == "amod"
        following = tokens[token.i + 1] if token.i + 1 < len(doc) else None
        named_next = following is None or following.i == head.i or following.pos_ in {"PROPN", "PUNCT"}
        if token.dep_ not in {"nummod", "compound", "appos"} or not determined or not named_next:
            continue
        end = token.i + 1
        while end < head.i and tokens[end].pos_ == "PROPN" and tokens[end].head.i == head.i:
            end += 1
        yield _Candidate(token.i, end, "Product", "role")


def _product_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Names of products: before a product noun in a determined phrase ("the Fusion and Zephyr
    models", "its Freestyle crossover", "X's Montego sedan"), or listed with one ("the Y sedan,
    the Ford Mustang and Volvo S40").

    A name that is only a company's ("the Ford cars", "Toyota models") stays the company.
    """
    tokens = doc_tokens(doc)
    heads = frozenset(cues()["product_heads"])
    seen: set[int] = set()
    for token, text in zip(tokens, token_texts(doc)):
        if text not in heads or token.pos_ != "NOUN" or not _determined(token):
            continue
        names = [
            c for c in token.children
            if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" and not _common_noun_between(c, token)
        ]
        items = [*names, *(t for n in names for t in _conjuncts(n))]
        items += [t for c in _conjuncts(token) if c.pos_ == "PROPN" for t in (c, *_conjuncts(c))]
        for item in items:
            if item.i in seen:
                continue
            seen.add(item.i)
            start = _product_start(item)
            span = doc[start : item.i + 1]
            if span.text not in company_index() and any(t.text[:1].isupper() or t.like_num for t in span):
                yield _Candidate(start, item.i + 1, "Product", "role")


def _named_product_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Names right after a noun for their kind of product ("its painkiller Vioxx", "cholesterol
    drug Lipitor", "anti-depressants Paxil and Wellbutrin"), which the model types as people or
    places; a known company or place keeps its own type."""
    nouns = frozenset(cues()["product_nouns_before_names"])
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    for i in range(1, len(tokens)):
        if texts[i - 1] not in nouns:
            continue
        start = i
        while True:
            end = start
            while end < len(tokens) and tokens[end].pos_ == "PROPN" and texts[end][:1].isupper():
                end += 1
            if end == start:
                break
            name = span_text(doc, start, end)
            if name not in company_index() and name not in place_index():
                yield _Candidate(start, end, "Product", "role")
            if end + 1 >= len(tokens) or texts[end] != "and":
                break
            start = end + 1


def _brand_list_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Names listed as brands, read from the word order (the parser often hangs such lists on
    the company before them): "the Penfolds, Lindemans and Rosemount brands", "the Amstel and
    Murphy's stout brands", "brands such as Guinness, Smirnoff and Johnnie Walker", "whose brands
    include Dove and Persil". A list before the brand noun must follow "the" or a possessive;
    places, nationalities and the companies of the vocabulary are left out."""
    lex = cues()
    nouns = frozenset(lex["brand_nouns"])
    products = frozenset(lex["product_list_nouns"])
    openers = [opener.split() for opener in lex["brand_list_openers"]]
    texts = token_texts(doc)
    tokens = doc_tokens(doc)
    for i, text in enumerate(texts):
        if text.lower() in products and tokens[i].pos_ == "NOUN":
            after = i + 1 if i + 1 < len(texts) and texts[i + 1] not in {"-", ",", "--"} else i + 2
            for opener in openers:
                if [t.lower() for t in texts[after : after + len(opener)]] == opener:
                    first = after + len(opener)
                    first += int(first < len(texts) and texts[first] == "the")
                    yield from _brand_names(doc, _possessed(texts, _listed_names(texts, first, 1)[0]))
        if text.lower() not in nouns or tokens[i].pos_ != "NOUN":
            continue
        before = i
        while before > 0 and i - before < 2 and tokens[before - 1].is_lower and tokens[before - 1].pos_ in {"NOUN", "ADJ"}:
            before -= 1
        items, start = _listed_names(texts, before - 1, -1)
        if items and start >= 0 and (texts[start].lower() in {"the", "its", "their", "his", "her"} or tokens[start].tag_ == "POS"):
            yield from _brand_names(doc, items)
        for opener in openers:
            if [t.lower() for t in texts[i + 1 : i + 1 + len(opener)]] == opener:
                yield from _brand_names(doc, _listed_names(texts, i + 1 + len(opener), 1)[0])


def _kind_noun_product_candidates(doc: Doc) -> Iterable[_Candidate]:
    """A brand's name and the kind of drink it names ("sales of Zorvex lager", "Tarvel vodka and
    Belknap's whisky"): one product, which the model reads as the firm of the same name or as a
    person. The noun stays in the name, keeping the product apart from that firm; a place or
    nationality ("Scotch whisky") is no brand, and a name a list of brands gives keeps the bare
    form :func:`_brand_list_candidates` gives it ("brands including Quintara gin")."""
    nouns = frozenset(cues()["product_kind_nouns_after_names"])
    texts = token_texts(doc)
    tokens = doc_tokens(doc)
    listed = {(c.start, c.end) for c in _brand_list_candidates(doc)}
    for i in range(1, len(texts)):
        if texts[i].lower() not in nouns or tokens[i].pos_ not in {"NOUN", "PROPN"}:
            continue
        if i + 1 < len(texts) and tokens[i + 1].pos_ == "NOUN" and tokens[i + 1].is_lower:
            continue
        items, _ = _listed_names(texts, i - 1, -1)
        if not items or items[0][1] != i:
            continue
        start = items[0][0] + int(texts[items[0][0]] in {"The", "A", "An"})
        name = span_text(doc, start, i)
        if start < i and (start, i) not in listed and name not in place_index() and name not in demonym_index():
            yield _Candidate(start, i + 1, "Product", "role")


def _listed_names(texts: Sequence[str], first: int, step: int) -> tuple[list[tuple[int, int]], int]:
    """The capitalised names of a list read from ``first`` in direction ``step`` ("X, Y and Z"),
    as token bounds, and the index of the word that ended it. Read forwards, a name may be
    followed by a lower-case word saying what it is before the list goes on ("Moet & Chandon
    champagne and Louis Vuitton")."""
    items: list[tuple[int, int]] = []
    run: list[int] = []
    i = first
    while 0 <= i < len(texts):
        text = texts[i]
        joiner = text in {"'s", "&", "-"} and 0 <= i + step < len(texts) and texts[i + step][:1].isupper()
        if text[:1].isupper() or (joiner and (run or (step < 0 and text != "-"))) or (run and _closing_possessive(texts, i, step)):
            run.append(i)
        elif run and text in {",", "and"}:
            items.append((min(run), max(run) + 1))
            run = []
        elif run and step > 0 and text.isalpha() and text.islower() and i + 1 < len(texts) and texts[i + 1] in {",", "and"}:
            items.append((min(run), max(run) + 1))
            run = []
            i += 1
        else:
            break
        i += step
    if run:
        items.append((min(run), max(run) + 1))
    return items, i


def _closing_possessive(texts: Sequence[str], index: int, step: int) -> bool:
    """Whether a possessive ending closes a name read forwards, an item of the list: "brands
    include Belknap's, John Quintara's and Zorvex" (not "Acme's new drink")."""
    after = texts[index + 1] if index + 1 < len(texts) else "."
    return step > 0 and texts[index] in {"'s", "\u2019s"} and after in {",", "and", ".", ";"}


def _possessed(texts: Sequence[str], items: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The listed names after a possessive ending inside them ("Acme's Zephyr" -> "Zephyr"): the
    possessor makes the product; a name ending in the possessive ("Murphy's") is kept whole."""
    kept: list[tuple[int, int]] = []
    for start, end in items:
        cut = max((k for k in range(start, end - 1) if texts[k] in {"'s", "\u2019s"}), default=None)
        kept.append((start, end) if cut is None else (cut + 1, end))
    return kept


def _brand_names(doc: Doc, items: Sequence[tuple[int, int]]) -> Iterator[_Candidate]:
    """Product candidates for listed names that are no known company, place or nationality."""
    for start, end in items:
        text = span_text(doc, start, end)
        if text in company_index() or text in place_index() or text in demonym_index() or text in {"The", "A", "An"}:
            continue
        yield _Candidate(start, end, "Product", "role")


def _common_noun_between(name: Token, head: Token) -> bool:
    """"their X investment vehicle": a lower-case noun between name and head makes the head a
    kind of thing the name has, not the name's product."""
    return any(t.pos_ == "NOUN" and t.is_lower for t in name.doc[name.i + 1 : head.i])


def _determined(noun: Token) -> bool:
    """A noun phrase with "the", a possessive or "its"/"their", or listed after one that has."""
    while True:
        if any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in noun.children):
            return True
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            return False
        noun = noun.head


def _conjuncts(token: Token) -> list[Token]:
    """Every token conjoined to ``token`` further along its list."""
    found: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "conj"]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _product_start(item: Token) -> int:
    """The first token of a product name ending at ``item``: its compound and modifier words,
    with "/" and "-" inside ("Land Rover LR3/Discovery")."""
    start = item.i
    tokens = doc_tokens(item.doc)
    while start > 0:
        previous = tokens[start - 1]
        inside = start <= previous.head.i <= item.i
        if inside and (
            (previous.dep_ in {"compound", "nmod"} and previous.pos_ in {"PROPN", "NUM"})
            or (previous.text in {"/", "-"} and not previous.whitespace_)
        ):
            start -= 1
        else:
            break
    return start


def _club_candidates(doc: Doc) -> Iterable[_Candidate]:
    """Sports clubs: a city and "United"/"City" ("Manchester United"; not "Kansas City", a
    place), or any capitalised name and "Utd"/"FC"/"Rovers"."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    words = cues()["club_suffixes"]
    after_city, anywhere = frozenset(words["after_city"]), frozenset(words["any"])
    places = place_index()
    for i in range(1, len(texts)):
        if texts[i] not in after_city and texts[i] not in anywhere:
            continue
        sentence_start = token_sentences(doc)[i].start
        start = i
        while start > sentence_start and _is_name_token(tokens[start - 1]) and tokens[start - 1].is_alpha:
            start -= 1
        if start == i:
            continue
        place = places.get(span_text(doc, start, i))
        if span_text(doc, start, i + 1) in places:
            continue
        if texts[i] in anywhere or (place is not None and place.subtype == "City"):
            yield _Candidate(start, i + 1, "Organization", "role")


def _quoted_event_candidates(doc: Doc) -> Iterable[_Candidate]:
    """A quoted name followed by an event noun: the "6.18" sales event."""
    texts = token_texts(doc)
    lowers = token_lowers(doc)
    nouns = _word_sets()["event_nouns"]
    for i, text in enumerate(texts):
        if text not in {'"', "\u201c"} or i + 3 >= len(texts):
            continue
        close = i + 2
        if texts[close] in {'"', "\u201d"} and lowers[close + 1] in nouns:
            yield _Candidate(i + 1, close, "Event", "role")


#: The most words of a place name before "-based" ("Rio de Janeiro-based" is not read).
_BASED_PLACE_WORDS = 3


def _based_place_candidates(doc: Doc) -> Iterable[_Candidate]:
    """"the Lyons-based <Rhodic>", "Remalard-based <Buhler-Fontaine>": capitalised words
    joined by a hyphen to "based" or "headquartered" name a place, also where the model tagged
    them a person or nothing, unless they name a known company ("IBM-based systems") or a
    platform ("Internet-based"), or are a nationality ("Swiss-based") or the end of a longer
    hyphenated name ("New-Mexico-based"). Known places are left to the model, which tags them."""
    texts, lowers, tokens = token_texts(doc), token_lowers(doc), doc_tokens(doc)
    data = cues()
    participles, others = frozenset(data["based_participles"]), frozenset(data["based_non_places"])
    for i in range(len(texts) - 2):
        if texts[i + 1] != "-" or lowers[i + 2] not in participles or tokens[i].whitespace_ or tokens[i + 1].whitespace_:
            continue
        start = i
        while start > max(0, i + 1 - _BASED_PLACE_WORDS) and _is_name_token(tokens[start - 1]):
            start -= 1
        words = texts[start : i + 1]
        if not all(_is_name_token(tokens[j]) for j in range(start, i + 1)) or words[0] in others or words[-1] in others:
            continue
        name = " ".join(words)
        if (start > 0 and texts[start - 1] == "-" and not tokens[start - 1].whitespace_) or name in demonym_index() or name in place_index():
            continue
        if name in company_index():
            continue
        yield _Candidate(start, i + 1, "Place", "role")


def _town_before_region_candidates(doc: Doc) -> Iterable[_Candidate]:
    """"acquire Zorvex Inc of Denville, N.J.", "a St. Louis, Mo., investment firm": capitalised
    words after one of ``town_openers`` and just before a comma and a state or country name a
    town there, also where the model left them inside the firm's name or untagged (the
    wire's way of placing a firm); not a known place, company or nationality."""
    texts, tokens = token_texts(doc), doc_tokens(doc)
    openers = frozenset(cues()["town_openers"])
    for i in range(1, len(texts) - 2):
        if texts[i + 1] != "," or not _is_name_token(tokens[i]):
            continue
        start = i
        while start > max(1, i + 1 - _BASED_PLACE_WORDS) and _is_name_token(tokens[start - 1]):
            start -= 1
        if texts[start - 1] not in openers or not _before_region(doc[start : i + 1]):
            continue
        name = span_text(doc, start, i + 1)
        if name in place_index() or name in demonym_index() or name in company_index():
            continue
        yield _Candidate(start, i + 1, "Place", "role")


def _suffix_of_place_candidates(doc: Doc) -> Iterable[_Candidate]:
    """"Zorvex Mills Ltd of Toronto", "<Tarvel Inc> of the Netherlands": a known place after a
    legal suffix and "of" is where the firm is, also where the model left it inside the firm's
    name or untagged, as the wire places a firm (a place the model tagged is left to it); not a
    place that ends the name ("Corp of America") nor one a further name word or suffix follows
    ("Corp of New Zealand Ltd")."""
    texts, tokens = token_texts(doc), doc_tokens(doc)
    legal, endings = _word_sets()["legal_suffixes"], frozenset(cues()["of_place_name_endings"])
    labels: Mapping[str, str] = cues()["label_types"]
    for i in range(1, len(texts) - 1):
        closing = texts[i - 1] == ">" and i >= 2
        if texts[i] != "of" or texts[i - 2 if closing else i - 1] not in legal:
            continue
        start = i + 2 if texts[i + 1] == "the" else i + 1
        end = next((end for end in range(min(len(texts), start + _BASED_PLACE_WORDS), start, -1) if span_text(doc, start, end) in place_index()), None)
        if end is None or labels.get(tokens[start].ent_type_) == "Place" or texts[start] in endings or (end < len(texts) and (_is_name_token(tokens[end]) or texts[end] in legal)):
            continue
        yield _Candidate(start, end, "Place", "role")


def _choose(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """Resolve overlaps: strong spans first (longest wins), then the model's spans."""
    ner = [c for c in candidates if c.source == "ner"]
    strong = [c for c in candidates if c.source != "ner"]
    chosen: list[_Candidate] = []
    taken: set[int] = set()
    priority = {"marker": 0, "suffix": 1, "vocab": 2, "role": 3}
    for candidate in sorted(strong, key=lambda c: (c.start - c.end, priority[c.source], c.start)):
        candidate = _initialled_firm(doc, candidate, ner)
        if not taken.isdisjoint(range(candidate.start, candidate.end)):
            continue
        if _inside_person(candidate, ner):
            continue
        if candidate.ambiguous and not _confirmed(doc, candidate, ner):
            continue
        extended = _extend_with_ner(doc, candidate, ner, strong)
        chosen.append(extended)
        taken.update(range(extended.start, extended.end))
    for candidate in sorted(ner, key=lambda c: (c.start - c.end, c.start)):
        if not taken.isdisjoint(range(candidate.start, candidate.end)):
            continue
        chosen.append(_retype_by_role(doc, candidate, ner))
        taken.update(range(candidate.start, candidate.end))
    chosen = _type_by_conjunct(doc, chosen)
    return [_with_region_noun(doc, _with_number(doc, c)) for c in chosen if c.type is not None]


def _with_region_noun(doc: Doc, candidate: _Candidate) -> _Candidate:
    """A region and a plural "states"/"countries" after it name one region: "Gulf states"
    (not "US states": a country keeps its own name)."""
    if candidate.type != "Place":
        return candidate
    tokens = doc_tokens(doc)
    end = candidate.end
    place = place_index().get(span_text(doc, candidate.start, end))
    if (
        place is not None
        and place.subtype != "Country"
        and end < len(doc)
        and tokens[end].text in cues()["region_plural_heads"]
    ):
        return _Candidate(candidate.start, end + 1, candidate.type, candidate.source, candidate.label)
    return candidate


def _type_by_conjunct(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """An untyped name listed with organisations is one: "Pakistan International Airlines and EVA"
    (not the surname of a person the text names in full); an "organisation" of initials and a
    surname listed with a person is one too ("JP McManus and John Magnier")."""
    texts = token_texts(doc)
    owner = {i: c for c in chosen for i in range(c.start, c.end)}
    surnames = {texts[c.end - 1] for c in chosen if c.type == "Person" and c.end - c.start > 1}
    result: list[_Candidate] = []
    for c in chosen:
        if _weakly_typed(doc, c) and span_text(doc, c.start, c.end) not in surnames:
            partner = _conjunct_partner(doc, c, owner)
            if partner is not None and partner.type == "Organization":
                c = _Candidate(c.start, c.end, "Organization", "role", c.label)
        elif c.type == "Organization" and c.source == "ner" and _initials_and_surname(texts[c.start : c.end]):
            partner = _conjunct_partner(doc, c, owner)
            if partner is not None and partner.type == "Person":
                c = _Candidate(c.start, c.end, "Person", "role", c.label)
        result.append(c)
    return result


def _conjunct_partner(doc: Doc, c: _Candidate, owner: Mapping[int, _Candidate]) -> _Candidate | None:
    """The chosen name a candidate is conjoined with, either way round."""
    root = doc[c.start : c.end].root
    partner = owner.get(root.head.i) if root.dep_ == "conj" else None
    partner = partner or next((owner[t.i] for t in root.children if t.dep_ == "conj" and t.i in owner), None)
    return partner if partner is not c else None


def _initials_and_surname(words: Sequence[str]) -> bool:
    """Whether a two-word name is initials and a surname ("JP McManus"), a shape that is a person
    where the model called it an organisation and a person is listed with it."""
    if len(words) != 2:
        return False
    first, last = words
    initials = first.replace(".", "")
    org_words = _word_sets()["legal_suffixes"] | _word_sets()["name_suffixes"]
    surname = last.isalpha() and last[:1].isupper() and not last.isupper() and last not in org_words
    return 1 <= len(initials) <= 3 and initials.isalpha() and initials.isupper() and surname


def _weakly_typed(doc: Doc, c: _Candidate) -> bool:
    """Untyped, or one made-up-looking word the model guessed at: not a known place or a given name."""
    if c.type is None:
        return True
    if c.source != "ner" or c.type not in {"Person", "Place", "Product"} or c.end - c.start != 1:
        return False
    text = token_texts(doc)[c.start]
    return text not in place_index() and text not in given_names()


def _with_number(doc: Doc, candidate: _Candidate) -> _Candidate:
    """A name glued by a hyphen to a number is one name: "Sakhalin-1"."""
    tokens = doc_tokens(doc)
    end = candidate.end
    if (
        end + 1 < len(doc)
        and tokens[end].text == "-"
        and not tokens[end - 1].whitespace_
        and not tokens[end].whitespace_
        and tokens[end + 1].like_num
    ):
        return _Candidate(candidate.start, end + 2, candidate.type, candidate.source, candidate.label)
    return candidate


def _join_candidates(
    chosen: list[_Candidate], join: Callable[[_Candidate, Mapping[int, _Candidate]], tuple[_Candidate, _Candidate | None] | None]
) -> list[_Candidate]:
    """The candidates in text order, each replaced by the longer one ``join`` makes of it (given
    the candidates by start), and the candidate that longer one swallows dropped."""
    by_start = {c.start: c for c in chosen}
    dropped: set[int] = set()
    result: list[_Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        if id(c) in dropped:
            continue
        joined = join(c, by_start)
        if joined is not None:
            c, swallowed = joined
            if swallowed is not None:
                dropped.add(id(swallowed))
        result.append(c)
    return [c for c in result if id(c) not in dropped]


def _join_names_cut_at_and(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """An organisation the model ends on "and" and another it starts right after are one name it
    cut at its own joiner: "Zorvex Savings and" + "Loan Association", "Acme, Borg and" + "Tarvel
    Securities Corp". The part after must be two words or more, written nowhere else on its own:
    one word after ("Kelvaro and" + "Quintara"), or a name the story also uses alone ("the merger
    of Borg and" + "Tarvel Pacific ... Tarvel Pacific said"), is a second firm."""
    texts, text = token_texts(doc), doc_text(doc)
    cut = {ent.end: ent.start for ent in doc_entities(doc) if ent.label_ == "ORG" and texts[ent.end - 1] in {"and", "&"}}
    opened = {ent.start for ent in doc_entities(doc) if ent.label_ == "ORG"}

    def join(c: _Candidate, by_start: Mapping[int, _Candidate]) -> tuple[_Candidate, _Candidate | None] | None:
        if c.type != "Organization" or cut.get(c.end + 1, c.end + 1) > c.start or c.end + 1 not in opened:
            return None
        other = by_start.get(c.end + 1)
        if other is None or other.type != "Organization" or other.end - other.start < 2:
            return None
        if re.search(rf"(?<!and )(?<!& )\b{re.escape(span_text(doc, other.start, other.end))}\b", text):
            return None
        return _Candidate(c.start, other.end, "Organization", c.source, c.label), other

    return _join_candidates(chosen, join)


def _join_pairs_closing_a_list(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Two one-word names joined by "and" after the "and" that closes a list of firms are one
    firm named for its partners: "Zorvex Group, Acme Foods and Kelvaro and Tarnfield" (the list
    already has its "and"), whatever the model called the two words. Not a given name, a known
    company or place, nor a word the story also writes apart from the pair."""
    texts, text = token_texts(doc), doc_text(doc)
    tokens = doc_tokens(doc)
    ends = {c.end: c for c in chosen}

    def one_word_name(index: int) -> bool:
        word = texts[index]
        return (
            _is_name_token(tokens[index])
            and word.isalpha()
            and word not in given_names()
            and word not in company_index()
            and word not in place_index()
        )

    def join(c: _Candidate, by_start: Mapping[int, _Candidate]) -> tuple[_Candidate, _Candidate | None] | None:
        first, last = c.start, c.start + 2
        if c.end != first + 1 or first < 3 or last >= len(texts) or texts[first - 1] != "and" or texts[first + 1] != "and":
            return None
        item = ends.get(first - 1)
        if item is None or item.type != "Organization" or item.start == 0 or texts[item.start - 1] != ",":
            return None
        if not (one_word_name(first) and one_word_name(last)) or (last + 1 < len(tokens) and _is_name_token(tokens[last + 1])):
            return None
        pair = f"{texts[first]} and {texts[last]}"
        if any(len(re.findall(rf"\b{word}\b", text)) > text.count(pair) for word in (texts[first], texts[last])):
            return None
        return _Candidate(first, last + 1, "Organization", "role", "ORG"), by_start.get(last)

    return _join_candidates(chosen, join)


def _join_conjoined_firms(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """An organisation name, "and" and one more surname-like word the model did not call an
    organisation are one firm: "Wagner and Brown", "Toronto Globe and Mail"; so are a name of two
    words or more, "and", such a word and a legal suffix ("Plastic Specialities and Technologies
    Inc"), also where the model took the front for a person and the sentence made it a firm
    ("Goodyear Tire and Rubber Co")."""
    tokens = doc_tokens(doc)
    words = _word_sets()

    def join(c: _Candidate, by_start: Mapping[int, _Candidate]) -> tuple[_Candidate, _Candidate | None] | None:
        index = _skip_breaks(doc, c.end)
        if not (
            c.type == "Organization"
            and c.source in ("ner", "role")
            and not (c.end - c.start == 1 and tokens[c.start].text in given_names())
            and tokens[c.end - 1].text not in words["legal_suffixes"]
            and index < len(doc)
            and tokens[index].text in {"and", "&"}
        ):
            return None
        index = _skip_breaks(doc, index + 1)
        other = by_start.get(index)
        after = _skip_breaks(doc, index + 1)
        if index >= len(doc) or not _partner_name(doc, index, token_sentences(doc)[index].start) or _opens_own_name(doc, index):
            return None
        if (
            c.source == "ner"
            and (other is None or (other.end == index + 1 and other.label in {"PERSON", ""} and other.source in {"ner", "role"}))
            and (after >= len(doc) or not _is_name_token(tokens[after]))
            and not _person_surname(doc, index)
        ):
            return _Candidate(c.start, index + 1, c.type, c.source, c.label), other
        suffixed = c.end - c.start > 1 and after < len(doc) and tokens[after].text in words["legal_suffixes"]
        if suffixed and (other is None or (other.start == index and other.end == after + 1)):
            return _Candidate(c.start, after + 1, c.type, c.source, c.label), other
        return None

    return _join_candidates(chosen, join)


def _join_paired_bodies(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """"the Culture and Media Council", "the Rail and Shipping Ministry": a public body named for
    two fields is one organisation, though the model cut it at "and". The body after "and" must
    have its field ("the House and Senate" are two); the front must be capitalised words that
    name no person, known place or company."""
    texts = token_texts(doc)
    bodies = frozenset(cues()["public_body_words"])

    def join(c: _Candidate, by_start: Mapping[int, _Candidate]) -> tuple[_Candidate, _Candidate | None] | None:
        other = by_start.get(c.end + 1)
        if other is None or texts[c.end] != "and" or other.type != "Organization" or other.end - other.start < 2:
            return None
        if texts[other.end - 1] not in bodies:
            return None
        front = span_text(doc, c.start, c.end)
        if (
            c.type == "Person"
            or not all(texts[i].istitle() and texts[i].isalpha() for i in range(c.start, c.end))
            or front in place_index()
            or front in company_index()
        ):
            return None
        return _Candidate(c.start, other.end, "Organization", other.source, other.label), other

    return _join_candidates(chosen, join)


def _person_surname(doc: Doc, index: int) -> bool:
    """Whether the document writes the word at ``index`` elsewhere as the last word of a person's
    name ("provided by James Kelvaro, a former Zorvex executive ... Acme and Kelvaro met with
    Borg"): after "and" it is that person, no partner in a firm's name."""
    return token_texts(doc)[index] in per_document(doc, "mentions.person_surnames", _person_surnames, doc)


def _person_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the names of two words or more the model calls persons."""
    return frozenset(
        token.text for token in doc_tokens(doc) if token.ent_type_ == "PERSON" and token.ent_iob_ == "I" and _ends_person(token)
    )


def _join_fixed_pairs(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Two words the story only ever writes as a pair are one firm, whatever the model called
    them ("Simon and Schuster", see :func:`_fixed_pair`), and so is a name the pair opens
    ("Simon and Schuster's International Group")."""

    def join(c: _Candidate, by_start: Mapping[int, _Candidate]) -> tuple[_Candidate, _Candidate | None] | None:
        if c.end - c.start != 1 or not _fixed_pair(doc, c.start):
            return None
        other = by_start.get(c.start + 2)
        last = token_texts(doc)[c.start + 2]
        end = other.end if other is not None and last == _letter(last) else c.start + 3
        return _Candidate(c.start, end, "Organization", c.source, c.label), other

    return _join_candidates(chosen, join)


def _join_employer_partners(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """Surnames listed with "and" as the firm a person works for ("an analyst with Kelvaro and
    Tarnfield", "analyst Tom Belknap of Kelvaro, Tarnfield and Quintara") are one firm named after
    its partners, whatever the model called each: one person speaks for one firm there. Not where
    the story writes one of the words on its own elsewhere, nor a company of the company file or
    a place."""
    result = list(chosen)
    for start, end in _employer_partner_lists(doc, chosen):
        inside = [c for c in result if c.start < end and start < c.end]
        if any(c.start < start or c.end > end for c in inside):
            continue
        result = [c for c in result if c not in inside] + [_Candidate(start, end, "Organization", "role", "ORG")]
    return sorted(result, key=lambda c: c.start)


def _employer_partner_lists(doc: Doc, chosen: list[_Candidate]) -> Iterator[tuple[int, int]]:
    """The spans of the "A and B" or "A, B and C" surname lists a "with", "of" or "at" opens right
    after a role noun, or after a name a role noun comes before: each listed name one or
    two surname-like words, the last after "and", the list ending the name run."""
    tokens, texts = doc_tokens(doc), token_texts(doc)
    roles = _word_sets()["person_role_nouns"]
    names = {c.end: c.start for c in chosen}
    for prep in tokens:
        i = prep.i
        opener = names.get(i, i)
        if prep.lower_ not in {"with", "of", "at"} or opener == 0 or texts[opener - 1] not in roles:
            continue
        end, items, after_and = i + 1, 0, False
        while True:
            width = 2 if _surname_word(doc, end) and _surname_word(doc, end + 1) else 1 if _surname_word(doc, end) else 0
            if not width:
                break
            end, items = end + width, items + 1
            if after_and or end >= len(tokens) or texts[end] not in {",", "and"}:
                break
            after_and = texts[end] == "and"
            end += 1
        if after_and and items >= 2 and texts[end - 1] != "and" and (end >= len(tokens) or not _is_name_token(tokens[end])):
            yield i + 1, end


def _surname_word(doc: Doc, index: int) -> bool:
    """Whether the word at ``index`` could be a partner's surname in a firm's name
    (:func:`_surname_like`), tagged a proper noun, and the story writes it only this once."""
    if index >= len(doc):
        return False
    token = doc_tokens(doc)[index]
    return token.pos_ == "PROPN" and _surname_like(token) and token_texts(doc).count(token.text) == 1


def _office_titled_names(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A capitalised company office the model took into a name before its holder's name
    ("Zorvex Chief Executive Officer Maria Kelvaro", "Apple Chief Financial Officer Luca
    Maestri") is no part of it: the name ends before the office and names the company; a name
    that is the office alone names nothing. Only where a person's name follows the office, so
    "Chief Executive" of a firm's own name ("Chief Auto Parts") stays."""
    words = _word_sets()
    texts = token_texts(doc)
    people = {c.start for c in chosen if c.type == "Person"}
    result: list[_Candidate] = []
    for c in chosen:
        start = c.end
        while start > c.start and texts[start - 1] in words["office_words"]:
            start -= 1
        after = c.end
        while after < len(texts) and texts[after] in words["office_words"]:
            after += 1
        office = texts[start:after]
        if start == c.end or after not in people or not any(word in words["office_heads"] for word in office):
            result.append(c)
        elif start > c.start:
            result.append(_Candidate(c.start, start, "Organization", c.source, c.label))
    return result


#: How often a story must write a firm's first word on its own before a country written in front
#: of it once ("the huge US Carnival Corporation") counts as a description, not part of the name.
_OWN_NAME_USES = 3


def _place_led_names(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A country written before a firm's name as a description ("the huge US Carnival
    Corporation", "after U.S. General Electric Co") is no part of its name: the name starts after
    it when the rest is a company of the company file, or a name ending in a legal suffix whose
    first word the story writes on its own at least :data:`_OWN_NAME_USES` times. Firms whose
    names start with a country ("U.S. Bancorp", "Korea Shipping Corp", "Japan Fund") are written
    whole each time and stay whole. The country becomes a Place of its own, as a demonym before a
    name does (:func:`_demonym_places`)."""
    texts = token_texts(doc)
    legal = _word_sets()["legal_suffixes"]
    result: list[_Candidate] = []
    for c in chosen:
        width = _country_prefix(texts, c) if c.type == "Organization" else 0
        if width:
            rest = span_text(doc, c.start + width, c.end)
            first = texts[c.start + width]
            alone = sum(
                1 for i, text in enumerate(texts)
                if text == first and not c.start <= i < c.end and (i == 0 or texts[i - 1] != texts[c.start + width - 1])
            )
            known = rest in company_index() or _strip_legal(rest) in company_index()
            if known or (texts[c.end - 1] in legal and alone >= _OWN_NAME_USES):
                result.append(_Candidate(c.start + width, c.end, c.type, c.source, c.label))
                continue
        result.append(c)
    return result


def _country_prefix(texts: Sequence[str], candidate: _Candidate) -> int:
    """How many words of a candidate name a country before at least one more word, else 0."""
    for width in (1, 2):
        place = place_index().get(" ".join(texts[candidate.start : candidate.start + width]))
        if place is not None and place.subtype == "Country" and candidate.end - candidate.start > width:
            return width
    return 0


@functools.lru_cache(maxsize=8192)
def _strip_legal(text: str) -> str:
    """A name without a leading "the" and the legal suffixes it ends with ("the Walt Disney Co" ->
    "Walt Disney")."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    legal = _folded_legal_suffixes()
    while len(words) > 1 and words[-1].rstrip(",").casefold() in legal:
        words = words[:-1]
        while len(words) > 1 and words[-1] in {"and", "&", ","}:
            words = words[:-1]
    return " ".join(words).rstrip(",")


@functools.lru_cache(maxsize=1)
def _folded_legal_suffixes() -> frozenset[str]:
    """The legal suffixes case-folded, made once rather than for every new name."""
    return frozenset(suffix.casefold() for suffix in _word_sets()["legal_suffixes"])


def _fixed_pair(doc: Doc, first: int) -> bool:
    """Whether the capitalised word at ``first``, "and" and the capitalised word after it are a
    fixed pair: written so at least twice, never inside a longer run of names, neither word ever
    apart from the other, and neither a company of the company file ("Simon and Schuster ...
    Simon and Schuster's International Group"; not "Amoco and Exxon", nor "Donald Trump and
    Interstate Properties ... Trump and Interstate")."""
    raw = token_texts(doc)
    if first + 2 >= len(raw) or raw[first + 1] != "and":
        return False
    texts = [_letter(text) for text in raw]
    pair = (texts[first], texts[first + 2])
    if not all(word.isalpha() and word[:1].isupper() and word not in company_index() for word in pair):
        return False
    starts = [i for i in range(len(texts) - 2) if (texts[i], texts[i + 1], texts[i + 2]) == (pair[0], "and", pair[1])]
    inside = {i for start in starts for i in (start, start + 2)}
    alone = any(text in pair and i not in inside for i, text in enumerate(texts))
    longer = any(
        (start > 0 and raw[start - 1][:1].isupper() and raw[start - 1].isalpha())
        or (start + 3 < len(raw) and raw[start + 2] == texts[start + 2] and raw[start + 3][:1].isupper() and raw[start + 3].isalpha())
        for start in starts
    )
    return len(starts) >= 2 and not alone and not longer


def _letter(text: str) -> str:
    """A capital letter with the sentence's full stop is the letter ("AT and T." ending a
    sentence is "AT and T")."""
    return text[0] if len(text) == 2 and text[0].isupper() and text[1] == "." else text


def _skip_breaks(doc: Doc, index: int) -> int:
    tokens = doc_tokens(doc)
    while index < len(doc) and _is_line_break(tokens[index]):
        index += 1
    return index


def _initialled_firm(doc: Doc, candidate: _Candidate, ner: list[_Candidate]) -> _Candidate:
    """A known company's name that only initials open in a model person ("L.M. Zorvex", "L M
    Zorvex") is the company's full name, as firms keep a founder's initials; a person's name
    would have a given name."""
    if candidate.source != "vocab" or candidate.ambiguous:
        return candidate
    texts = token_texts(doc)
    for c in ner:
        if (
            c.label == "PERSON"
            and c.start < candidate.start
            and c.end == candidate.end
            and all(_INITIALS.match(f"{texts[k].rstrip('.')}.") for k in range(c.start, candidate.start))
        ):
            return _Candidate(c.start, candidate.end, candidate.type, candidate.source)
    return candidate


def _inside_person(candidate: _Candidate, ner: list[_Candidate]) -> bool:
    """A vocabulary word inside a longer person name ("Michael Dell") is part of the name."""
    return candidate.source == "vocab" and any(
        c.label == "PERSON" and c.start < candidate.start and candidate.end <= c.end for c in ner
    )


def _confirmed(doc: Doc, candidate: _Candidate, ner: list[_Candidate]) -> bool:
    """An ambiguous vocabulary form ("Target", "Shell") counts only with other evidence: the
    model's organisation of the same words (a legal suffix aside), or a business role. A longer
    organisation of the model ("United Automobile Workers") is another name."""
    tokens = doc_tokens(doc)
    legal = _word_sets()["legal_suffixes"]
    overlapping = [c for c in ner if c.label == "ORG" and c.overlaps(candidate)]
    if any(
        c.start >= candidate.start and all(t.text in legal for t in tokens[candidate.end : c.end])
        for c in overlapping
    ):
        return True
    return not overlapping and _business_role(doc[candidate.start : candidate.end], statements=True)


def _extend_with_ner(doc: Doc, candidate: _Candidate, ner: list[_Candidate], strong: list[_Candidate]) -> _Candidate:
    """Take the model's longer organisation span when it only adds name words or a suffix
    ("Acme" of "Acme Asset Management corp") or "of" and a name after a name with no legal
    suffix ("United Bank of Africa"), or, before the candidate, the name words and the
    words that join them of a model organisation ending inside it ("First of", "National
    Distillers and", "San/" of "San/Bar Corp", "Smith Barney, " of "Harris Upham and Co Inc")
    that no other strong candidate claims."""
    legal = _word_sets()["legal_suffixes"]
    tokens = doc_tokens(doc)
    for c in ner:
        if c.label != "ORG":
            continue
        if c.start == candidate.start and c.end > candidate.end:
            extra = tokens[candidate.end : c.end]
            if all(t.text in legal or t.text.capitalize() in legal or _is_name_token(t) for t in extra) or (
                _of_name(tokens, candidate.end, c.end)
                and tokens[candidate.end - 1].text not in legal
                and not _before_region(doc[c.start : c.end])
            ):
                return _Candidate(c.start, c.end, candidate.type, candidate.source)
        if c.start < candidate.start < c.end <= candidate.end and _name_prefix(doc, c.start, candidate.start):
            if not any(o is not candidate and o.start < candidate.start and c.start < o.end for o in strong) and not _two_listed(
                doc, c.start, candidate.start, strong
            ):
                return _Candidate(c.start, candidate.end, candidate.type, candidate.source)
    return candidate


def _two_listed(doc: Doc, start: int, end: int, strong: list[_Candidate]) -> bool:
    """Whether a prefix ending in "and" names a firm of its own rather than opening a longer name:
    after "between" ("a merger between Kappa and Radiation Systems Inc"), or the opening words
    of another firm's name the story gives ("Kappa" of "Kappa Networks Inc")."""
    texts = token_texts(doc)
    if texts[end - 1] not in {"and", "&"}:
        return False
    if start > 0 and texts[start - 1] == "between":
        return True
    words = texts[start : end - 1]
    return any(
        o.end - o.start > len(words) and texts[o.start : o.start + len(words)] == words
        for o in strong
        if o.start >= end or o.end <= start
    )


def _of_name(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether ``tokens[start:end]`` is "of" and name words, going on a name that has no legal
    suffix yet: "of Africa" of "United Bank of Africa" (not of "Toyobo Ltd of Japan"; nor, the
    caller checks, a town before its state: "X Savings Bank of Glendale, Calif.")."""
    return end - start >= 2 and tokens[start].text == "of" and all(_is_name_token(t) for t in tokens[start + 1 : end])


def _name_prefix(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` may open a firm's name before more of it: name words, with
    "of", "and", "&", a comma or a glued "/" or "-" between them ("TNK-" of "TNK-BP") (not a title or a person's role, nor a place
    saying where the firm is: "US Federal Reserve")."""
    tokens = doc_tokens(doc)
    prefix = span_text(doc, start, end)
    if prefix in place_index() or prefix in demonym_index():
        return False
    words = _word_sets()
    roles = words["person_titles"] | words["person_role_nouns"]
    joiners = {"of", "and", "&", ","}
    for i in range(start, end):
        token = tokens[i]
        if token.text in roles:
            return False
        if _is_name_token(token):
            continue
        glued = token.text in {"/", "-"} and not token.whitespace_ and not tokens[i - 1].whitespace_
        if i == start or not (token.text in joiners or glued):
            return False
    return True


def _retype_by_role(doc: Doc, candidate: _Candidate, ner: list[_Candidate]) -> _Candidate:
    """Overrule the model where the sentence shows an organisation, or a title a person ("Mr
    Cescau", whether or not the model took "Mr" into the name; firms are named "Dr Reddy's",
    so "Dr" inside the name decides nothing)."""
    tokens = doc_tokens(doc)
    span = doc[candidate.start : candidate.end]
    text = span_text(doc, candidate.start, candidate.end)
    titles = _word_sets()["person_titles"]
    titled = span.start > 0 and token_texts(doc)[span.start - 1] in titles and tokens[span.start].is_alpha
    titled = titled or (len(span) > 1 and token_texts(doc)[span.start] in titles - {"Dr", "Dr."} and tokens[span.start + 1].is_alpha)
    if titled:
        return candidate if candidate.type == "Person" else _Candidate(candidate.start, candidate.end, "Person", "role", candidate.label)
    if _county_name(span):
        return candidate if candidate.type == "Place" else _Candidate(
            candidate.start, candidate.end, "Place", "role", candidate.label
        )
    if candidate.type != "Person" and _hyphenated_given_name(span):
        return _Candidate(candidate.start, candidate.end, "Person", "role", candidate.label)
    if candidate.type == "Organization" and (_titled_person(span) or _titled_surname(span) or _person_by_apposition(span)):
        return _Candidate(candidate.start, candidate.end, "Person", "role", candidate.label)
    if candidate.type in {"Organization", "Place"} and text not in place_index() and _person_by_company(span, candidate.type == "Place"):
        return _Candidate(candidate.start, candidate.end, "Person", "role", candidate.label)
    if candidate.type != "Organization" and (_before_region(span) or _unstopped_state_after_town(span)):
        return _Candidate(candidate.start, candidate.end, "Place", "role", candidate.label)
    if candidate.type == "Organization" and _placed_before_region(span):
        return _Candidate(candidate.start, candidate.end, "Place", "role", candidate.label)
    if candidate.type in {"Organization", "Person"} and _placed_site(span):
        return _Candidate(candidate.start, candidate.end, "Place", "role", candidate.label)
    if candidate.type in {"Organization", "Event"}:
        return candidate
    if candidate.type == "Product":
        if _business_noun_role(span) or _employer_before_title(span) or _of_a_person(span) or _organization_apposition(span):
            return _Candidate(candidate.start, candidate.end, "Organization", "role", candidate.label)
        return candidate
    if candidate.type == "Place" and (
        text in place_index() or _placed_by_preposition(span) or _site_of_a_firm(span) or _seat_of_a_firm(span)
    ):
        return candidate
    if candidate.type is None and _is_surname(text, ner, doc):
        return _Candidate(candidate.start, candidate.end, "Person", "ner", "PERSON")
    if candidate.type == "Person":
        if len(text.split()) > 1:
            role = (
                _firm_opening(span)
                or _firm_named_like_person(span)
                or _firm_descriptor(span)
                or _tail_of_firm_name(span)
                or _national_arm(span)
                or _ticker_after(span)
            )
        elif _is_surname(text, ner, doc):
            return candidate
        else:
            role = (
                _business_role(span, statements=False)
                or _firm_descriptor(span)
                or _adjective_before_firm_noun(span)
                or (text not in given_names() and _says_it(span))
                or _ticker_after(span)
            )
    else:
        role = _business_role(span, statements=True) or _short_firm_name(span, candidate.type)
    if role:
        return _Candidate(candidate.start, candidate.end, "Organization", "role", candidate.label)
    if (candidate.type is None or (candidate.type == "Person" and len(span) == 1)) and _names_a_site(span):
        return _Candidate(candidate.start, candidate.end, "Place", "role", candidate.label)
    return candidate


def _placed_by_preposition(span: Span) -> bool:
    """"invest in X", "operate across X": a name the model calls a place after a preposition of
    place on a verb stays one, though the verb is a business verb; not on a noun ("a stake in X",
    "an interest in X" name a firm)."""
    dep, head = _governor(span)
    return dep == "pobj" and head.lower_ in cues()["place_prepositions"] and head.head.pos_ in {"VERB", "AUX"}


def _site_of_a_firm(span: Span) -> bool:
    """"its Tarnfield plant", "the Kelvaro factory", "the bank's Borvia headquarters": a name the
    model calls a place before a site noun a determiner or possessor opens names where the site
    is, though "plant" or "headquarters" after a name would make it a firm's."""
    head = span.root.head
    return head.lemma_.lower() in _site_nouns() and _opened_compound(span, head)


def _opened_compound(span: Span, noun: Token) -> bool:
    """Whether a name is a compound on a noun that a determiner or possessor opens before the
    name ("its X plant", "the bank's X headquarters", "a X investment firm")."""
    return span.root.dep_ == "compound" and any(child.dep_ in {"det", "poss"} and child.i < span.start for child in noun.children)


def _placed_site(span: Span) -> bool:
    """"the Borg plant in Tarnfield", "a mill at Kelvaro": a name after "in", "at" or "near" on a
    site noun names where the site is, though the model reads a town it does not know as a firm
    or a person there."""
    dep, head = _governor(span)
    return dep == "pobj" and head.lower_ in cues()["site_prepositions"] and head.head.lemma_.lower() in _site_nouns()


@functools.lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    """The nouns for a site (data: facility_heads and site_heads): a firm's facilities ("plant",
    "headquarters") and fields, mines and ports; read once, as every name asks."""
    return frozenset(cues()["facility_heads"]) | frozenset(cues()["site_heads"])


def _seat_of_a_firm(span: Span) -> bool:
    """"the Tarnfield retailer", "a Borvia investment firm": a name the model calls a place before
    a noun for a firm (data: seat_heads), that noun opened by a determiner, says where the firm
    is; not before a product ("the X car company": a make) nor a team, club or chain, whose own
    name is written there."""
    head = span.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    products = cues()["product_nouns"]
    return (
        head.lemma_.lower() in cues()["seat_heads"]
        and not any(token.lower_ in products for token in span.doc[span.end : head.i])
        and _opened_compound(span, head)
    )


def _short_firm_name(span: Span, kind: str | None) -> bool:
    """A name of two words or more the model calls a place it does not know that the document also
    writes before corporate suffixes alone is that company's short form ("to buy Zorvex Craft
    Imports Inc ... Zorvex Craft had sales of 70 mln dlrs", the model reading "Zorvex" a place);
    not before more name words ("Kansas City" of "Kansas City Southern Industries")."""
    if kind != "Place" or len(span) < 2:
        return False
    texts = token_texts(span.doc)
    words = _word_sets()
    suffixes = words["legal_suffixes"] | words["name_suffixes"]
    for i in _other_occurrences(span):
        end = i + len(span)
        while end < len(texts) and texts[end] in suffixes:
            end += 1
        if end > i + len(span) and (end == len(texts) or not texts[end][:1].isupper()):
            return True
    return False


def _ticker_after(span: Span) -> bool:
    """Whether Reuters put a stock ticker right after the name ("X <XYZ> climbed one to 88-3/8",
    "and Y <YCO> fell"): only a company has one."""
    texts = token_texts(span.doc)
    end = span.end
    return end + 2 < len(texts) and texts[end] == "<" and texts[end + 2] == ">" and _ticker(doc_tokens(span.doc), texts, end)


def _before_region(span: Span) -> bool:
    """"Toledo, Ohio", "Kenosha, Wis.": a name just before a comma and a state or country of
    places.json is a town there; not when a person's role follows the place ("Paul Mertz, UK
    economist at X", "US chief strategist"): that place is where the person works."""
    doc = span.doc
    return span_text(doc, span.start, span.end) not in place_index() and _region_follows(doc, span.end)


def _placed_before_region(span: Span) -> bool:
    """"a store in Kelvaro-Tarn, Pa.": a name after "in", "at" or "near" (site_prepositions) just
    before a comma and a state or country is the town there, though the model calls it a firm; a
    firm the wire places so is not itself led by the preposition ("Zorvex Inc, Tarnfield, Ohio")."""
    return _governor(span)[1].lower_ in cues()["site_prepositions"] and _before_region(span)


def _region_follows(doc: Doc, index: int) -> bool:
    """Whether a comma and a state or country of places.json follow at ``index``, no person's role
    after them (see :func:`_before_region`)."""
    tokens = doc_tokens(doc)
    if index + 1 >= len(doc) or token_texts(doc)[index] != ",":
        return False
    following = tokens[index + 1]
    roles = _word_sets()["person_role_nouns"]
    for width in (3, 2, 1):
        end = following.i + width
        place = place_index().get(span_text(doc, following.i, end)) if end <= len(doc) else None
        if place is not None:
            possessive = end < len(doc) and tokens[end].tag_ == "POS"
            role = any(t.text in roles for t in itertools.takewhile(lambda t: t.is_alpha, tokens[end : end + 3]))
            return place.subtype in {"State", "Country", "Region"} and not possessive and not role
    return False


def unstopped_state(text: str) -> Place | None:
    """The state whose abbreviation ``text`` is without its full stop ("Fla" of "Fla.")."""
    place = place_index().get(f"{text}.") if text.isalpha() else None
    return place if place is not None and place.subtype == "State" else None


def _unstopped_state_after_town(span: Span) -> bool:
    """"in Naples, Fla, is awaiting": a state's abbreviation that the wire wrote without its full
    stop, set off by commas after a town's name, is the state, not a person."""
    texts = token_texts(span.doc)
    return (
        len(span) == 1
        and unstopped_state(span.text) is not None
        and span.start > 1
        and texts[span.start - 1] == ","
        and texts[span.start - 2][:1].isupper()
        and (span.end == len(texts) or texts[span.end] in {",", "."})
    )


def _titled_surname(span: Span, doctors: bool = True) -> bool:
    """A name whose last word the text gives a person's title elsewhere: a person's, whether the
    model called it an organisation ("JP McManus" beside "Mr McManus") or a person ("Zorvo
    Belknap has told investors" beside "Mr Belknap told US investors"). Without ``doctors``,
    "Dr" does not count: it opens firm names ("Dr Quintara's Laboratories")."""
    if not 2 <= len(span) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    texts = token_texts(span.doc)
    titles = _word_sets()["person_titles"] if doctors else _word_sets()["person_titles"] - {"Dr", "Dr."}
    key = "titled_words" if doctors else "titled_words_but_doctors"
    titled = per_document(span.doc, key, lambda: frozenset(texts[i] for i in range(1, len(texts)) if texts[i - 1] in titles))
    return texts[span.end - 1] in titled


def _names_a_site(span: Span) -> bool:
    """"the Sakhalin-1 oil field": an untagged name before a site noun names a place; so does
    one word the model calls a person ("the Tarnfield mine"), as no field is a person's, and so
    do the names listed before a plural one ("the Tarnfield and Kelvaro fields")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in {"compound", "nmod"} and root.head.lemma_.lower() in cues()["site_heads"]


def _county_name(span: Span) -> bool:
    """A county's name is a place, though the model may call it a firm or a person ("The South
    Lancashire company", "Lancashire company Zorvex Cheeses", "In the North West and Lancashire"):
    a word with a county's ending, after a compass word if any; not a word the story also opens a
    longer name with, a firm's short form ("Zorvexshire Foods Inc ... Zorvexshire said")."""
    data = cues()
    texts = [t.text for t in span]
    return (
        1 <= len(texts) <= 2
        and not _opens_own_name(span.doc, span.end - 1)
        and texts[-1].isalpha()
        and texts[-1][:1].isupper()
        and texts[-1].endswith(tuple(data["county_endings"]))
        and all(word in data["compass_words"] for word in texts[:-1])
    )


def _hyphenated_given_name(span: Span) -> bool:
    """A known given name hyphenated to another before a surname is a person's double given name
    ("Jean-Tarvel Quintara", "Hans-Peter Zorvex"), whatever the model called it; not where the last
    word is a company's ("Acme-Belknap Co") or the name modifies a noun as a firm's does ("its
    Jean-Tarvel Furniture subsidiary")."""
    texts = [t.text for t in span]
    words = _word_sets()
    return (
        len(span) == 4
        and texts[1] == "-"
        and not span[0].whitespace_
        and not span[1].whitespace_
        and texts[0] in given_names()
        and all(span[k].is_title and span[k].is_alpha for k in (0, 2, 3))
        and texts[3] not in words["legal_suffixes"] | _generic_name_words()
        and span.text not in company_index()
        and span.root.dep_ != "compound"
    )


def _titled_person(span: Span) -> bool:
    """A name the model called an organisation that starts with a given name and is titled by a
    person's role: "Worldcom boss Bernie Ebbers", "Theodore Cross, Princeton, N.J., editor of X";
    or, with a given name the census lists lack, whose role stands right before it ("trade union
    official Ulf Kelvaro"; not "partner", which firms are too)."""
    words = _word_sets()
    if not 2 <= len(span) <= 3:
        return False
    if not all(t.is_title and t.is_alpha for t in span) or span[-1].text in words["name_suffixes"]:
        return False
    root = span.root
    if span[0].text not in given_names():
        return span.text not in company_index() and any(
            child.dep_ == "compound" and child.i == span.start - 1 and child.text in words["person_role_nouns"] - {"partner"}
            for child in root.children
        )
    return (
        any(
            child.dep_ in {"compound", "appos", "nmod"} and child.i < span.start and child.text in words["person_role_nouns"]
            for child in root.children
        )
        or (root.dep_ == "appos" and root.head.text in words["person_role_nouns"])
        or _role_set_off_after(span)
    )


def _person_by_company(span: Span, place: bool) -> bool:
    """A name the model called an organisation or an unknown place that starts with a given name
    and is listed among names it called persons ("Jay Tarvel, Ira Belknap, Tom Quintara and Mark
    Zorvex"), or, for a place, that a firm possesses ("says Quintara Bank's Simon
    Belknap")."""
    if not 2 <= len(span) <= 3 or span[0].text not in given_names() or not all(t.is_title and t.is_alpha for t in span):
        return False
    root = span.root
    conjuncts = [child for child in root.children if child.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    if any(conjunct.ent_type_ == "PERSON" for conjunct in conjuncts):
        return True
    return place and any(child.dep_ == "poss" and child.ent_type_ == "ORG" for child in root.children)


def _person_by_apposition(span: Span) -> bool:
    """A name the model called an organisation that is set off before a noun only a person is:
    "Viktor Pinchuk, son-in-law of X", "Rinat Akhmetov, the country's richest man"."""
    if not 2 <= len(span) <= 3 or not all(t.is_title and t.is_alpha for t in span):
        return False
    nouns = _word_sets()["person_apposition_nouns"]
    return any(child.dep_ == "appos" and child.i > span.end and child.lower_ in nouns for child in span.root.children)


def _role_set_off_after(span: Span) -> bool:
    """Whether a name is set off by a comma before a person's role, past the place the person
    lives in, as filings are reported: "Theodore Cross, Princeton, N.J., editor of X"."""
    texts = token_texts(span.doc)
    if span.end >= len(texts) or texts[span.end] != ",":
        return False
    for word in texts[span.end + 1 : span.end + 10]:
        if word in {",", "."} or word[:1].isupper():
            continue
        return word in _word_sets()["person_role_nouns"]
    return False


def _firm_named_like_person(span: Span) -> bool:
    """A multi-word name the model called a person that the sentence treats as a firm.

    Without a common given name first ("Janney Montgomery", "Aguas Argentinas"), business roles
    count: "X analyst", "15% of X", "analyst Y of X", "X signed"; only the last of these for a
    name with initials ("analyst Y of L.F. Rothschild"). With one, a unit noun does ("its
    Diamond Lumber and Savannah Wholesale units"), and so does a business role for a name the
    story also gives with a company suffix ("Hal Roach Studios Inc ... chief operating officer
    of Hal Roach").
    """
    words = _word_sets()
    root = span.root
    dep, head = _governor(span)
    if dep == "compound" and head.lemma_.lower() in words["unit_nouns"]:
        return True
    if dep == "nsubj" and _says_of_a_person(head):
        return False
    if _described_as_person(span) or _titled_surname(span, doctors=False):
        return False
    if span[0].text in given_names():
        return _names_a_firm_noun(span) or _named_after_a_firm_noun(span) or (
            _front_of_firm_name(span) and (_of_a_person(span) or _business_role(span, statements=True))
        )
    if _of_a_person(span):
        return True
    if any(not t.is_alpha and t.text != "-" for t in span):
        return False
    if _business_role(span, statements=True):
        return True
    deal_nouns = set(cues()["unit_share_nouns"]) | set(cues()["unit_fact_nouns"])
    if dep == "pobj" and head.lower_ in {"of", "in"} and (head.head.lower_ in deal_nouns or head.head.lemma_ in deal_nouns):
        return True
    said = set()
    if dep == "nsubj" and root.head.lemma_ in words["statement_verbs"]:
        said = {t.i for c in root.head.children if c.dep_ == "ccomp" for t in c.subtree}
    return dep in {"nsubj", "dobj", "pobj"} and any(
        t.lower_ in words["unit_nouns"] or t.lemma_ in words["business_nouns"]
        for t in root.head.subtree
        if t.dep_ == "dobj" and t.i not in said
    )


def _described_as_person(span: Span) -> bool:
    """A word for what a person does written right before a name the model calls a person keeps
    it a person's, though the word may name a firm too ("New York investor Zorvo Belknap said",
    where "investor" would otherwise make a business of an uncommon given name)."""
    descriptors = _word_sets()["person_descriptors"]
    return any(
        child.dep_ == "compound" and child.i == span.start - 1 and child.lower_ in descriptors
        for child in span.root.children
    )


def _names_a_firm_noun(span: Span) -> bool:
    """A name written before a noun only a firm is names that firm, though it opens with a given
    name ("from Peter Belknap investment bank"): a person would own it ("Peter Belknap's bank").
    Not when the noun names something else ("Peter Belknap bank accounts") or a family noun comes
    between ("the Roy Belknap family company": the family's)."""
    root = span.root
    head = root.head
    families = frozenset(cues()["family_nouns"])
    return (
        root.dep_ == "compound"
        and head.is_lower
        and head.dep_ != "compound"
        and head.lemma_ in _word_sets()["firm_named_heads"]
        and not any(t.lower_ in families for t in span.doc[span.end : head.i])
    )


def _named_after_a_firm_noun(span: Span) -> bool:
    """A name written right after a noun only a firm is, or a group, names that firm, though it
    opens with a given name ("accountancy firm Peter Belknap", "building products group Peter
    Belknap"); not through a title ("bank chairman Peter Belknap": the noun hangs on the title)."""
    words = _word_sets()
    heads = words["firm_named_heads"] | words["firm_heads_before_names"]
    return any(
        child.dep_ == "compound" and child.i == span.start - 1 and child.lemma_ in heads
        for child in span.root.children
    )


def _other_occurrences(span: Span) -> Iterator[int]:
    """Where else in the document the span's words are written, as start token indexes."""
    texts = token_texts(span.doc)
    target = tuple(texts[span.start : span.end])
    for i in range(len(texts) - len(span) + 1):
        if i != span.start and tuple(texts[i : i + len(span)]) == target:
            yield i


def _tail_of_firm_name(span: Span) -> bool:
    """Whether the document also writes these words as the end of a company's name, after a
    capitalised word and before a legal suffix ("Van Ommeren" of "PHS Van Ommeren NV")."""
    texts = token_texts(span.doc)
    legal = _word_sets()["legal_suffixes"]
    end = len(span)
    return any(
        i > 0 and texts[i - 1][:1].isupper() and texts[i - 1].isalpha() and i + end < len(texts) and texts[i + end] in legal
        for i in _other_occurrences(span)
    )


def _national_arm(span: Span) -> bool:
    """A name ending in a country is a firm's arm there ("Gelco U.K.", "Petroles de
    Venezuela"), unless it starts with a given name ("Michael Jordan")."""
    return named_country(token_texts(span.doc)[span.start : span.end]) is not None


def named_country(words: Sequence[str]) -> Place | None:
    """The country a name of two words or more ends in, by its last two words or its last one
    ("Air New Zealand", "Gelco U.K."); none for a name that starts with a given name ("Michael
    Jordan")."""
    if len(words) < 2 or words[0] in given_names():
        return None
    for width in (2, 1):
        place = place_index().get(" ".join(words[-width:]))
        if place is not None and place.subtype == "Country":
            return place
    return None


def _front_of_firm_name(span: Span) -> bool:
    """Whether the document also writes these words as the front of a company's name: up to
    three more capitalised words and a legal or name suffix ("Hal Roach" of "Hal Roach Studios
    Inc")."""
    texts = token_texts(span.doc)
    words = _word_sets()
    suffixes = words["legal_suffixes"] | words["name_suffixes"]
    for i in _other_occurrences(span):
        for j in range(i + len(span), min(i + len(span) + 4, len(texts))):
            if texts[j] in suffixes:
                return True
            if not texts[j][:1].isupper():
                break
    return False


def _of_a_person(span: Span) -> bool:
    """"analyst Mike Powell of X", "a director at X": X is where the person works."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in {"of", "at"}:
        return False
    owner = root.head.head
    return owner.ent_type_ == "PERSON" or owner.text in _word_sets()["person_role_nouns"]


def _organization_apposition(span: Span) -> bool:
    """"industry magazine X", "X, a German retailer": a company noun names what the name is."""
    heads = _word_sets()["organization_heads"]
    root = span.root
    return any(
        child.dep_ in {"compound", "appos"} and child.lower_ in heads and not span.start <= child.i < span.end
        for child in root.children
    ) or (root.dep_ in {"appos", "compound"} and root.head.lower_ in heads)


def _firm_opening(span: Span) -> bool:
    """Whether a name opens with a word only a firm's name opens with ("Air Zorvex"), no rank
    after it ("Air Marshal Tarvel")."""
    words = _word_sets()
    texts = token_texts(span.doc)[span.start : span.end]
    return len(texts) > 1 and texts[0] in words["firm_opening_words"] and texts[1] not in words["firm_opening_blockers"]


def _firm_descriptor(span: Span) -> bool:
    """"oil industry analysts Douglas-Westwood", "brokers James Capel": a plural trade noun just
    before a name means a firm."""
    plural = _word_sets()["firm_plural_heads"]
    before = span.start - 1
    while before >= 0 and span.doc[before].is_space:
        before -= 1
    if before >= 0 and span.doc[before].lower_ in plural:
        return True
    return any(child.dep_ in {"compound", "appos"} and child.lower_ in plural for child in span.root.children) or (
        span.root.dep_ == "appos" and span.root.head.lower_ in plural
    )


def _adjective_before_firm_noun(span: Span) -> bool:
    """"the Zorvexant magazine": a one-word name the model calls a person, parsed as an adjective
    just before a noun for an organisation, names it: a person is no modifier there. Only a
    name typed a person asks, as a nationality or faith before such a noun describes a firm."""
    head = span.root.head
    return span.root.dep_ == "amod" and head.i == span.end and head.lemma_ in _word_sets()["organization_heads"]


def _is_surname(text: str, ner: list[_Candidate], doc: Doc) -> bool:
    texts = token_texts(doc)
    return any(c.label == "PERSON" and c.end - c.start > 1 and texts[c.end - 1] == text for c in ner)


def _governor(span: Span) -> tuple[str, Token]:
    """The span's relation and the word it hangs on, looking through conjuncts ("X and Y said")."""
    root = span.root
    head, dep = root.head, root.dep_
    while dep == "conj" and head.head is not head:
        dep, head = head.dep_, head.head
    return dep, head


def _business_role(span: Span, statements: bool) -> bool:
    """Whether the sentence treats ``span`` as a business: its verbs, nouns or appositions."""
    words = _word_sets()
    root = span.root
    dep, head = _governor(span)
    if dep in {"nsubj", "nsubjpass", "dobj"} and head.lemma_ in words["business_verbs"]:
        return True
    if dep == "nsubj" and any(c.dep_ == "xcomp" and c.lemma_ in words["business_verbs"] for c in head.children):
        return True
    if dep == "pobj" and head.head.lemma_ in words["business_verbs"]:
        return True
    if dep == "pobj" and head.lower_ == "of" and head.head.lower_ in cues()["owner_of_heads"]:
        return True
    if dep == "pobj" and head.lower_ in ("at", "with") and head.head.lemma_ in words["person_role_nouns"]:
        return True
    if _business_relative_clause(root):
        return True
    if _business_noun_role(span) or _employer_before_title(span):
        return True
    if dep in {"appos", "compound"} and head.lemma_ in words["organization_heads"]:
        return True
    for child in root.children:
        if child.dep_ in {"compound", "appos", "amod"} and child.lemma_ in words["organization_heads"] and child.i < span.start:
            return True
        if child.dep_ == "appos" and any(kind.lemma_ in words["organization_heads"] for kind in _kinds_of(child)):
            return True
    if statements and dep == "nsubj" and head.lemma_ in words["statement_verbs"]:
        return _in_a_statement(head) or _says_of_itself(head)
    return False


def _kinds_of(noun: Token) -> list[Token]:
    """The nouns an apposition says a name is: itself, or, for "one", the nouns of its "of"
    phrase ("Zorvex, one of Europe's biggest video game publishers": "publishers")."""
    if noun.lower_ not in _word_sets()["member_words"]:
        return [noun]
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"]


def _in_a_statement(verb: Token) -> bool:
    """"X said in a statement": people talk, firms issue statements."""
    return any(
        prep.lower_ == "in" and any(obj.lemma_ == "statement" for obj in prep.children)
        for prep in verb.children
    )


def _says_it(span: Span) -> bool:
    """Whether ``span`` is the subject of a statement verb that reports of it as "it"."""
    dep, head = _governor(span)
    return dep == "nsubj" and head.lemma_ in _word_sets()["statement_verbs"] and _says_of_itself(head)


def _reported_subjects(verb: Token) -> Iterator[tuple[Token, Token]]:
    """(clause, subject) for each clause a verb reports after it ("X said it/he ...")."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > verb.i:
            for subject in clause.children:
                if subject.dep_ in {"nsubj", "nsubjpass"}:
                    yield clause, subject


def _says_of_a_person(verb: Token) -> bool:
    """"X, a Houston investor, said he bought a stake": the clause a verb reports after it has
    "he" or "she" for subject, so the speaker is a person, whatever the apposition says."""
    pronouns = cues()["person_pronouns"]
    return any(subject.lower_ in pronouns for _, subject in _reported_subjects(verb))


def _says_of_itself(verb: Token) -> bool:
    """"X said it agreed to buy Y", "X said its profit rose": the clause a statement verb reports
    after it has "it" for subject, or a subject "its" qualifies, and so the speaker is a thing, not
    a person ("he", "his"). Not "it was likely"/"it seems", where "it" stands for nothing ("it was
    in talks" refers: :func:`_located_it`), nor a quotation
    before the verb ('"It goes too far," X said': "it" is what is talked about)."""
    expletive = cues()["expletive_heads"]
    for clause, subject in _reported_subjects(verb):
        if subject.lower_ == "it" and (clause.lemma_ not in expletive or _located_it(clause)):
            return True
        if any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children):
            return True
    return False


def _phrase_only(adjective: Token) -> bool:
    """Whether an adjective takes a prepositional phrase and no clause ("interested in Y", not
    "likely that ...")."""
    deps = {child.dep_ for child in adjective.children}
    return "prep" in deps and not deps & {"ccomp", "xcomp", "advcl"}


def _controls_subject(adjective: Token) -> bool:
    """Whether an adjective says what its subject is able, set or willing to do, with a bare
    infinitive and no other clause ("able to buy Y"; ``subject_adjectives``)."""
    clauses = [child for child in adjective.children if child.dep_ in {"xcomp", "ccomp", "advcl"}]
    return (
        adjective.lemma_.lower() in cues()["subject_adjectives"]
        and len(clauses) == 1
        and clauses[0].dep_ == "xcomp"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in clauses[0].children)
    )


def _located_it(verb: Token) -> bool:
    """"it was in talks to buy Y", "it is in the market", "it could be the target of a bid": a
    "be" whose only complement is a prepositional phrase says where its subject is, and one whose
    predicate is a company's part in a deal or group says what it is, so "it" there refers; so
    does one whose adjective takes a prepositional phrase and no clause ("it is interested in
    acquiring Y") or says what its subject is able or set to do ("it has not been able to buy
    Y", "it is likely to bid"). An expletive "it is" has a clause or another predicate: "it is
    likely that", "it is difficult to", "it is time to". A condition or time clause on the verb is
    no such clause ("it is ready to buy Y if the commission rejects the merger")."""
    if verb.lemma_ != "be":
        return False
    deps = {child.dep_ for child in verb.children if not _marked_clause(child)}
    if deps & {"ccomp", "xcomp", "csubj", "advcl"}:
        return False
    if "acomp" in deps:
        return all(_phrase_only(child) or _controls_subject(child) for child in verb.children if child.dep_ == "acomp")
    if "attr" not in deps:
        return "prep" in deps
    predicates = cues()["referring_predicates"]
    return any(
        child.dep_ == "attr" and child.lemma_ in predicates and not any(c.dep_ in {"relcl", "acl", "ccomp"} for c in child.children)
        for child in verb.children
    )


def _marked_clause(child: Token) -> bool:
    """Whether a verb's child is an adverbial clause opened by a subordinating word ("if",
    "when", "because"), which modifies the verb rather than being its subject or complement."""
    return child.dep_ == "advcl" and any(grand.dep_ == "mark" for grand in child.children)


def _business_relative_clause(root: Token) -> bool:
    """"X, which bought Y, ...": a relative clause whose subject is the name does business."""
    relatives = cues()["relative_pronouns"]
    verbs = _word_sets()["business_verbs"]
    return any(
        child.dep_ == "relcl"
        and child.lemma_ in verbs
        and any(c.dep_ == "nsubj" and c.lower_ in relatives for c in child.children)
        for child in root.children
    )


def _business_noun_role(span: Span) -> bool:
    """"X CEO", "a X spokesperson", "X's shares", "X investment chief": the name governs a
    business noun, directly or through one lower-case noun."""
    words = _word_sets()["business_nouns"]
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "poss"}:
        return False
    if head.text in words or head.lemma_ in words:
        return True
    return (
        root.dep_ == "compound"
        and head.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.is_lower
        and (head.head.text in words or head.head.lemma_ in words)
    )


def _employer_before_title(span: Span) -> bool:
    """"Zorvex economist Anna Belknap said", "Quintara chief strategist Carl Tarvel": a name
    before a lower-case job title that a person's name follows is where that person works,
    though the model left the name untagged or read it as a nationality, person or product."""
    root = span.root
    title = root.head
    after = title.i + 1
    return (
        root.dep_ in {"compound", "amod"}
        and root.i < title.i
        and title.is_lower
        and title.lemma_ in _word_sets()["person_role_nouns"]
        and after < len(span.doc)
        and span.doc[after].ent_iob_ == "B"
        and span.doc[after].ent_type_ == "PERSON"
    )


@functools.lru_cache(maxsize=1)
def _short_form_drops() -> frozenset[str]:
    """Last words a short form leaves off: legal suffixes, "Holdings", "Group"."""
    return _word_sets()["legal_suffixes"] | frozenset(cues()["short_form_drops"])


@functools.lru_cache(maxsize=8192)
def of_place_head(name: str) -> str | None:
    """The part before "of" of a name that goes on after its legal suffix: "Development Corp"
    of "Development Corp of America" (see ``of_place_suffixes``); None for other names.

    Parameters
    ----------
    name : str
        An organisation's name.

    Returns
    -------
    str or None
        The name up to its legal suffix, which the text may use alone; remembered per name.
    """
    parts = name.split()
    if "of" not in parts[2:] or parts[-1] in _word_sets()["legal_suffixes"]:
        return None
    index = parts.index("of", 2)
    return " ".join(parts[:index]) if parts[index - 1] in cues()["of_place_suffixes"] else None


@functools.lru_cache(maxsize=8192)
def short_forms(name: str) -> frozenset[str]:
    """Shorter names a document may use for an organisation called ``name``.

    The name without its legal suffix or "Holdings"/"Group" ("Acme Corp" -> "Acme"), without a web
    suffix ("JD.com" -> "JD"), its first word when that word is distinctive, hyphenated or not
    ("Tencent Holdings" -> "Tencent", "Tarvel-Kone Mining" -> "Tarvel-Kone"; not "United" from
    "United Airlines", nor "Sao" from "Sao Paulo Alpargatas"), and for a longer name its first two
    words, even after a generic word ("Ranks Hovis" of "Ranks Hovis McDougall", "Western Ranchman"
    of "Western Ranchman Outfitters"), unless it starts with a place
    ("Kansas City" of "Kansas City Southern Industries") or a given name that more than generic
    words follow ("Mario Gabelli and Co"; but "Clark Copy" of "Clark Copy International"). A name
    going on after its suffix ("Development Corp of America") has the forms of the part before "of".
    A name opened by a foreign word for "group" has the rest ("Kelvaro" of "Gruppo Kelvaro"). A
    name opened by an acronym has the rest ("Van Ommeren" of "PHS Van Ommeren NV"); one opened by
    initials the rest and, two or more, the initials ("J.K." of "J.K. Resources Inc"), as one opened
    by two initials joined by "and" has the rest ("Zorvex" of "S. and K. Zorvex Plc"), and one opened
    by a given name cut short before initials the forms of the rest ("Zorvex" of "Chas. K. Zorvex
    Co"). A national subsidiary ("Total Holdings (Australia) Pty Ltd") gives no first word: "Total"
    is its parent's name. Remembered per name: every document asks again for the names it has.
    """
    words = _word_sets()
    parts = name.split()
    name = " ".join(parts)
    forms: set[str] = set()
    head = of_place_head(name)
    if head is not None:
        return frozenset({head, *short_forms(head)})
    drops = _short_form_drops()
    while len(parts) > 1 and parts[-1] in drops:
        parts = parts[:-1]
        forms.add(" ".join(parts))
    if len(parts) > 1 and parts[-1].startswith("(") and parts[-1].endswith(")"):
        national = parts[-1][1:-1] in place_index()
        parts = parts[:-1]
        forms.add(" ".join(parts))
        if national:
            forms.discard(name)
            return frozenset(form for form in forms if len(form) >= 2)
    for suffix in cues()["web_suffixes"]:
        if parts and parts[0].lower().endswith(suffix) and len(parts[0]) > len(suffix) + 1:
            forms.add(parts[0][: -len(suffix)])
    if len(parts) > 2 and parts[0] in abbreviated_given_names() and _INITIALS.match(parts[1]):
        parts = parts[1:]
    if len(parts) > 3 and parts[1] in {"and", "&"} and all(_INITIALS.match(f"{p.rstrip('.')}.") for p in parts[:3:2]):
        parts = parts[3:]
        forms.add(" ".join(parts))
    elif len(parts) > 1 and _INITIALS.match(parts[0]) and parts[0] not in place_index():
        if parts[0].count(".") > 1:
            forms.add(parts[0])
        parts = parts[1:]
        forms.add(" ".join(parts))
    elif len(parts) > 1 and parts[0] in cues()["group_openers"]:
        parts = parts[1:]
        forms.add(" ".join(parts))
    elif (
        len(parts) > 2
        and 2 <= len(parts[0]) <= 4
        and parts[0].isalpha()
        and parts[0].isupper()
        and parts[1][:1].isupper()
        and parts[1] not in words["generic_first_words"]
        and parts[-1] not in words["name_suffixes"]
    ):
        forms.add(" ".join(parts[1:]))
    first = parts[0] if parts else ""
    pair = " ".join(parts[:2])
    if (
        len(parts) > 1
        and first[:1].isupper()
        and first not in words["generic_first_words"]
        and first not in demonym_index()
        and first not in place_index()
        and pair not in place_index()
        and first not in words["months"]
        and all(piece.isalpha() for piece in first.split("-"))
        and " ".join(parts[1:]) not in place_index()
        and " ".join(parts[1:]) not in demonym_index()
    ):
        forms.add(first)
    if (
        len(parts) > 2
        and first[:1].isupper()
        and first.isalpha()
        and parts[1][:1].isupper()
        and parts[1].isalpha()
        and parts[1] not in words["name_suffixes"]
        and (first not in given_names() or all(part in words["name_suffixes"] for part in parts[2:]))
        and first not in place_index()
        and pair not in place_index()
    ):
        forms.add(pair)
    forms.discard(name)
    return frozenset(form for form in forms if len(form) >= 2)


@functools.lru_cache(maxsize=8192)
def initials(name: str) -> frozenset[str]:
    """The acronyms of three letters or more an organisation called ``name`` may go by: the
    initials of its capitalised words, without its legal suffixes and with the first of them
    ("World Economic Forum" -> "WEF"; "General Electric Co Plc" -> "GEC", as "GE" is too short).

    Parameters
    ----------
    name : str
        An organisation's name.

    Returns
    -------
    frozenset of str
        Upper-case acronyms; remembered per name, as every document asks again.
    """
    legal = _word_sets()["legal_suffixes"]
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    base = list(words)
    while base and base[-1].rstrip(".,") in legal:
        base.pop()
    forms = {"".join(w[0] for w in base)} if len(base) >= 2 else set()
    if len(base) >= 2 and len(base) < len(words):
        forms.add("".join(w[0] for w in words[: len(base) + 1]))
    return frozenset(form for form in forms if len(form) >= 3)


@functools.lru_cache(maxsize=8192)
def last_word_forms(text: str) -> frozenset[str]:
    """The distinctive last word of a two-word name whose first word is generic, a place, a
    demonym or a given name: "Deutsche Boerse" -> "Boerse", "Manchester United" -> "United",
    brokers "James Capel" -> "Capel" (not "Deutsche Bank" -> "Bank", nor "British Airways" ->
    "Airways").

    Parameters
    ----------
    text : str
        An organisation's name.

    Returns
    -------
    frozenset of str
        The last word, or nothing; remembered per name, as every document asks again.
    """
    data = _word_sets()
    words = text.split()
    while len(words) > 2 and words[-1] in data["legal_suffixes"]:
        words = words[:-1]
    if len(words) != 2 or not words[1].isalpha() or not words[1][:1].isupper():
        return frozenset()
    first, last = words
    generic = (
        first in data["generic_first_words"]
        or first in demonym_index()
        or first in place_index()
        or first in given_names()
    )
    plain = last in data["legal_suffixes"] or last in data["name_suffixes"] or last.lower() in data["organization_heads"]
    return frozenset({last}) if generic and not plain else frozenset()


def _propagate(doc: Doc, chosen: list[_Candidate], blocked: set[int]) -> list[_Candidate]:
    """Spread strong types to every occurrence of a name and its short forms; majority otherwise."""
    texts = token_texts(doc)
    known: dict[tuple[str, ...], str] = {}
    towns = {id(c) for c in chosen if c.source == "role" and c.type == "Place"}
    for c in sorted(chosen, key=lambda c: id(c) not in towns):
        if c.source in STRONG_SOURCES and c.type is not None:
            text = span_text(doc, c.start, c.end)
            known.setdefault(tuple(_tokenize(doc.vocab, text)), c.type)
            if c.type == "Organization":
                for form in short_forms(text):
                    known.setdefault(tuple(_tokenize(doc.vocab, form)), c.type)
                for form in _capitals_in_title_case((text, *short_forms(text))):
                    known.setdefault(tuple(_tokenize(doc.vocab, form)), c.type)
                for form in initials(text):
                    known.setdefault((form,), c.type)
                words = text.split()
                if len(words) == 2 and words[0] in given_names() and words[1].isalpha():
                    known.setdefault((words[1],), c.type)
    weak: dict[tuple[str, ...], str] = {}
    for c in chosen:
        if c.source in STRONG_SOURCES and c.type == "Organization":
            for form in last_word_forms(span_text(doc, c.start, c.end)):
                weak.setdefault((form,), "Organization")
                if _coined(doc, form):
                    known.setdefault((form,), "Organization")
        if c.source == "ner" and c.type == "Organization":
            for form in short_forms(span_text(doc, c.start, c.end)):
                weak.setdefault(tuple(_tokenize(doc.vocab, form)), "Organization")
        elif c.type == "Person":
            words = _words(doc, c.start, c.end)
            if len(words) > 1:
                weak.setdefault((words[-1],), "Person")
    votes: dict[str, Counter[str]] = {}
    for c in chosen:
        if c.source == "ner" and c.type is not None:
            votes.setdefault(span_text(doc, c.start, c.end), Counter())[c.type] += 1
    result: list[_Candidate] = []
    for c in chosen:
        if c.source == "role" and c.type == "Organization" and known.get(texts[c.start : c.end]) == "Place":
            c = _Candidate(c.start, c.end, "Place", "role", c.label)
        if c.source == "ner":
            key = texts[c.start : c.end]
            text = span_text(doc, c.start, c.end)
            if key in known:
                if known[key] != c.type:
                    c = _Candidate(c.start, c.end, known[key], "alias", c.label)
            elif key in weak and text not in place_index():
                if weak[key] != c.type:
                    c = _Candidate(c.start, c.end, weak[key], "alias", c.label)
            elif text in votes and len(votes[text]) > 1:
                best = _majority_type(votes[text])
                if best is not None and best != c.type:
                    c = _Candidate(c.start, c.end, best, "alias", c.label)
        result.append(c)
    named = _model_organization_names(doc, result)
    found, replaced = _unlabelled_occurrences(doc, known, result, blocked, named)
    return [c for c in result if id(c) not in replaced] + found


def _capitals_in_title_case(forms: Iterable[str]) -> list[str]:
    """The one-word names of four letters or more that the wire wrote in capitals, in title case:
    "BORVIA SA ... a two mln dlr payment to Borvia" writes one firm both ways, and the model reads
    the second a place."""
    return [form.title() for form in forms if len(form) >= 4 and form.isalpha() and form.isupper()]


def _majority_type(votes: Counter[str]) -> str | None:
    """The type the model gave a name most often in a document; a tie of an organisation with a
    person or a place goes to the organisation, as the model reads a firm's coined name as a
    person's or a town's out of context ("the company that acquired Zorvexneftegas ... led to
    the enforced sale Zorvexneftegas"), while a person's surname alone already takes its full
    name's type."""
    (best, count), (_, second) = votes.most_common(2)
    if count > second:
        return best
    tied = {kind for kind, n in votes.items() if n == count}
    return "Organization" if "Organization" in tied and tied <= {"Organization", "Person", "Place"} else None


def _generic_first_words_alone(doc: Doc, chosen: list[_Candidate], blocked: set[int]) -> list[_Candidate]:
    """A generic first word the text uses alone as a proper noun after the one organisation
    name it starts: "<Associated Zorvex Holdings Plc> will hold 9.99 pct ... Associated now
    holds 3.3 pct". :func:`short_forms` leaves such a word out, as it starts many names, and
    the model leaves it untagged; alone, with no name word beside it, it is that firm's."""
    texts = token_texts(doc)
    tokens = doc_tokens(doc)
    generic = _word_sets()["generic_first_words"]
    names: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for c in chosen:
        if c.type == "Organization" and c.end - c.start > 1 and texts[c.start] in generic:
            names.setdefault(texts[c.start], set()).add(span_text(doc, c.start, c.end))
            first[texts[c.start]] = min(first.get(texts[c.start], c.start), c.start)
    owned = {i for c in chosen for i in range(c.start, c.end)} | blocked
    found: list[_Candidate] = []
    for i, token in enumerate(tokens):
        word = texts[i]
        if len(names.get(word, ())) != 1 or i < first[word] or i in owned or token.ent_type or token.pos_ != "PROPN":
            continue
        if word in place_index() or word in demonym_index():
            continue
        if any(0 <= j < len(tokens) and tokens[j].pos_ == "PROPN" and _is_name_token(tokens[j]) for j in (i - 1, i + 1)):
            continue
        found.append(_Candidate(i, i + 1, "Organization", "alias"))
    return found


def _families(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A surname the model read as a person's before "family" ("the Kelvaro family", "the
    Pruitt family trust") names the family, an organisation (see ``family_nouns``), even where a
    firm bearing it typed the surname a company's ("Quintara Co said ... the Quintara family, which
    holds control of the company"): the family is not the firm."""
    texts = token_texts(doc)
    families = frozenset(cues()["family_nouns"])
    groups = frozenset(cues()["surname_group_nouns"])
    result = []
    for c in chosen:
        end = c.end
        if (c.type in ("Person", None) or c.label == "PERSON") and end < len(texts) and (
            texts[end] in families or (texts[end] in groups and _surname_group(texts, c, chosen, groups))
        ):
            end += 2 if end + 1 < len(texts) and texts[end] in families and texts[end + 1] == "trust" else 1
            c = _Candidate(c.start, end, "Organization", c.source, c.label)
        result.append(c)
    return result


def _surname_group(texts: Sequence[str], c: _Candidate, chosen: list[_Candidate], groups: frozenset[str]) -> bool:
    """Whether a surname before a group noun names a group of its own ("the Kelvaro group
    raised its holding"): not where a person bearing the surname is named before the text first
    calls it a group ("Ann Kelvaro ... the Kelvaro group said it bought", that person's investor
    group, which stands for her), nor where a firm's name opens with it ("Kelvaro Ltd ... the
    Kelvaro group": the firm)."""
    surname = texts[c.end - 1]
    first = next(i for i in range(len(texts) - 1) if texts[i] == surname and texts[i + 1] in groups)
    return not any(
        (o.type == "Person" and o.start < first and o.end - o.start > 1 and texts[o.end - 1] == surname)
        or (o.type == "Organization" and o is not c and texts[o.start] == texts[c.start])
        for o in chosen
    )


def _month_named_firms(doc: Doc, chosen: list[_Candidate]) -> list[_Candidate]:
    """A month that is the first word of a firm the document names stands for the firm where
    it possesses or is a subject ("May's chairman", "May has struggled" beside May Department
    Stores); "in May" stays a month."""
    texts = token_texts(doc)
    tokens = doc_tokens(doc)
    months = _word_sets()["months"]
    firms = {texts[c.start] for c in chosen if c.type == "Organization" and c.end - c.start > 1 and texts[c.start] in months}
    taken = {i for c in chosen for i in range(c.start, c.end)}
    found = []
    for i, text in enumerate(texts):
        if text not in firms or i in taken:
            continue
        possessive = i + 1 < len(texts) and tokens[i + 1].tag_ == "POS"
        if possessive or tokens[i].dep_ in ("nsubj", "nsubjpass"):
            found.append(_Candidate(i, i + 1, "Organization", "alias"))
    return found


def _model_organization_names(doc: Doc, chosen: list[_Candidate]) -> dict[tuple[str, ...], str]:
    """The model's organisation names of two words or more ("Wyse Technology") or abbreviations
    ("HAL") or coined words ("Xstrata"): where the model leaves another occurrence of one
    untagged ("Wyse Technology said ...", "a joint venture with HAL", "an offer from Swiss
    Xstrata"), it is the same firm.
    So is a short form of one that the model itself tags elsewhere ("Marsh" of "Marsh &
    McLennan", left untagged in "Marsh chief executive Michael Cherkasky"). Not a place's name,
    nor a person's."""
    texts = token_texts(doc)
    organizations = [
        c for c in chosen
        if c.source == "ner"
        and c.type == "Organization"
        and (c.end - c.start > 1 or _abbreviation(texts[c.start]) or _coined(doc, texts[c.start]))
    ]
    if not organizations:
        return {}
    people = {span_text(doc, c.start, c.end) for c in chosen if c.type == "Person"}
    tagged = {texts[c.start : c.end] for c in chosen if c.source == "ner" and c.type == "Organization"}
    named: dict[tuple[str, ...], str] = {}
    for c in organizations:
        text = span_text(doc, c.start, c.end)
        if (len(_words(doc, c.start, c.end)) > 1 or c.end - c.start == 1) and text not in place_index() and text not in people:
            named[texts[c.start : c.end]] = "Organization"
            for form in short_forms(text):
                key = tuple(_tokenize(doc.vocab, form))
                if key in tagged and form not in people:
                    named[key] = "Organization"
    return named


def _country_cut(doc: Doc, candidate: _Candidate, start: int, length: int) -> bool:
    """Whether the model tagged only the country a longer name of ``length`` words from
    ``start`` opens with ("UK" of "UK Tarvel")."""
    if candidate.source != "ner" or candidate.type != "Place" or candidate.start != start or candidate.end >= start + length:
        return False
    place = place_index().get(span_text(doc, candidate.start, candidate.end))
    return place is not None and place.subtype == "Country"


def _coined(doc: Doc, word: str) -> bool:
    """Whether a one-word name is a coined word the model never learnt ("Xstrata", "Gazprom"),
    which names the same thing wherever it is written."""
    return len(word) >= _COINED_LENGTH and word.isalpha() and word[:1].isupper() and not model_word(doc, word)


def _words(doc: Doc, start: int, end: int) -> list[str]:
    """The texts of the tokens of ``doc[start:end]`` that are no white space."""
    tokens = doc_tokens(doc)
    texts = token_texts(doc)
    return [texts[i] for i in range(start, end) if not tokens[i].is_space]


def _unlabelled_occurrences(
    doc: Doc,
    known: Mapping[tuple[str, ...], str],
    chosen: list[_Candidate],
    blocked: set[int],
    named: Mapping[tuple[str, ...], str],
) -> tuple[list[_Candidate], set[int]]:
    """Occurrences of strongly typed names the model missed (sentence-initial "Walmart") or cut
    short ("Michigan" of "Michigan General"; "Tarvel Co" of "Tarvel Co Nordic", read up to a
    legal suffix inside it, once "Tarvel Co Nordic Ltd" is named), or that hold a shorter known
    company's name ("Sumitomo" of "Sumitomo Bakelite" once "Sumitomo Bakelite Co Ltd" is named),
    or that the model cut into pieces typed again since ("Hudson" and "Bay" of "Hudson's Bay"):
    the new candidates, and the ids of the shorter candidates they replace. The model's own
    names (``named``) only fill occurrences no candidate touches, or that the model cut down to
    the country they start with ("UK" of "Tarvel UK" is no cut, "UK" of "UK Tarvel" is, once the
    model names "UK Tarvel" elsewhere)."""
    owner: dict[int, _Candidate] = {i: c for c in chosen for i in range(c.start, c.end)}
    lengths = sorted({len(key) for key in known} | {len(key) for key in named}, reverse=True)
    firsts = {key[0] for key in known} | {key[0] for key in named}
    texts = token_texts(doc)
    found: list[_Candidate] = []
    replaced: set[int] = set()
    after = 0
    for i in [i for i, text in enumerate(texts) if text in firsts]:
        if i < after:
            continue
        for n in lengths:
            if i + n > len(texts):
                continue
            key = texts[i : i + n]
            strong = key in known
            if not (strong or key in named) or any(j in blocked for j in range(i, i + n)):
                continue
            inside = {id(owner[j]): owner[j] for j in range(i, i + n) if j in owner}
            if all(
                strong and c.source in {"ner", "vocab", "alias", "role", "suffix"} and i <= c.start and c.end <= i + n and c.end - c.start < n
                or not strong and _country_cut(doc, c, i, n)
                for c in inside.values()
            ):
                found.append(_Candidate(i, i + n, known[key] if strong else named[key], "alias"))
                replaced.update(inside)
                for j in range(i, i + n):
                    owner[j] = found[-1]
                after = i + n
                break
            if inside:
                break
    return found, replaced
