"""The status of a fact (done, agreed, planned, denied, ...) and who reported it.

A fact's status is read from the words that govern its trigger: "agreed to buy", "is in talks
to sell", "called off plans to merge". :func:`fact_status` climbs the dependency tree from the
trigger towards the sentence root and collects one cue per word on the way (the trigger's own
tense, a cue lemma, a modal, an adjective or adverb such as "proposed" or "reportedly", a
negation). The cue words live in ``kg/data/status_cues.json``; how they combine is fixed here:

1. Negation outranks everything. If any word on the path is negated ("did not buy", "no plans
   to", "decided not to") or is a negative cue ("denied", "called off", "talks collapsed"),
   the status is the negative status nearest the trigger. A negated negative cue ("did not
   rule out a sale", "did not deny") is not a denial: it gives a prospective status. A failure
   still to come with "until" below it ("will not be able to buy until June") only puts the
   fact off: it is planned.
2. Otherwise the cues combine from the trigger outwards: a prospective cue replaces whatever
   was found nearer the trigger ("expected to complete" is expected), "completed" replaces a
   prospective status ("completed its tender offer"), and other holds cues ("announced",
   "agreed") only fill in when nothing nearer was found ("announced it has acquired" stays
   completed).
3. A holds (or unknown) status becomes rumoured or speculated when the sentence says so before
   the trigger ("people familiar with the matter", "speculation that").
4. With no cue at all the caller's ``default`` stands.

The climb stops at the root, at temporal and concessive prepositions ("after buying X, it
plans ..."), at clauses that modify a name ("Acme, which bought X, plans ...") and at adverbial
clauses other than to-infinitives of purpose and participles telling a modal verb's result
("will sell N shares, reducing its stake"), and at a negated or denied verb changing the terms of
the bid it takes as object ("denied that it raised its offer": the denial is of the raise, the bid
stands; "may raise its bid" reads on); a conjoined verb with its own subject or auxiliary, or
after "but", does not inherit the negation of the verb it is conjoined to. A second deal noun the
parser hung on the name or verb of the first's phrase climbs as the first deal's sibling ("call
for the sale of X to Acme and the buyout of Y").

:func:`attribution` names the outlet a sentence cites ("Bloomberg reports", "according to the
FT", "sources told the Wall Street Journal"), using ``kg/data/attribution_cues.json``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Collection, Iterator, Mapping

from spacy.tokens import Span, Token

from kg.data import json_data
from kg.nlp import doc_memo, doc_text, doc_tokens, is_past, token_lemmas, token_lowers, token_sentences
from kg.model import STATUS_CLASSES

#: A common-noun source of at most this many words is given whole.
_SHORT_PHRASE = 8


@functools.lru_cache(maxsize=None)
def _data(name: str) -> Mapping[str, Any]:
    """One JSON cue file from ``kg/data``, read once."""
    return json_data(name)


@dataclass(frozen=True)
class _Cues:
    """The status cue tables, with the word lists as sets."""

    verbs: Mapping[str, str]
    nouns: Mapping[str, str]
    phrasal: Mapping[str, str]
    plain_phrasal: frozenset[str]
    modifiers: Mapping[str, str]
    auxiliaries: Mapping[str, str]
    to_governors: Mapping[str, str]
    past_governors: Mapping[str, str]
    negators: frozenset[str]
    negated_adverbs: frozenset[str]
    negated: Mapping[str, str]
    negated_default: str
    delay_words: frozenset[str]
    delayed: Mapping[str, str]
    when_negated: Mapping[str, str]
    when_negated_default: str
    overriding: frozenset[str]
    past_tense: str
    sentence: Mapping[str, str]
    transparent_nouns: frozenset[str]
    barrier_preps: frozenset[str]
    price_preps: frozenset[str]
    climb_deps: frozenset[str]
    noun_climb_deps: frozenset[str]
    purpose_deps: frozenset[str]
    contrast_conjunctions: frozenset[str]
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    passive_speech_verbs: frozenset[str]
    topic_preps: frozenset[str]
    providing_phrasal: frozenset[str]
    accepting_verbs: frozenset[str]
    terms_preps: frozenset[str]
    terms_nouns: frozenset[str]
    terms_modals: frozenset[str]
    opposing_verbs: frozenset[str]
    aiming_verbs: frozenset[str]
    amending_verbs: frozenset[str]
    amended_nouns: frozenset[str]


@functools.lru_cache(maxsize=None)
def _cues() -> _Cues:
    data = _data("status_cues.json")
    return _Cues(
        verbs=data["verbs"],
        nouns=data["nouns"],
        phrasal=data["phrasal"],
        plain_phrasal=frozenset(data["plain_phrasal"]),
        modifiers=data["modifiers"],
        auxiliaries=data["auxiliaries"],
        to_governors=data["to_governors"],
        past_governors=data["past_governors"],
        negators=frozenset(data["negators"]),
        negated_adverbs=frozenset(data["negated_adverbs"]),
        negated=data["negated"],
        negated_default=data["negated_default"],
        delay_words=frozenset(data["delay_words"]),
        delayed=data["delayed"],
        when_negated=data["when_negated"],
        when_negated_default=data["when_negated_default"],
        overriding=frozenset(data["overriding"]),
        past_tense=data["past_tense"],
        sentence={phrase.lower(): status for phrase, status in data["sentence"].items()},
        transparent_nouns=frozenset(data["transparent_nouns"]),
        barrier_preps=frozenset(data["barrier_preps"]),
        price_preps=frozenset(data["price_preps"]),
        climb_deps=frozenset(data["climb_deps"]),
        noun_climb_deps=frozenset(data["noun_climb_deps"]),
        purpose_deps=frozenset(data["purpose_deps"]),
        contrast_conjunctions=frozenset(data["contrast_conjunctions"]),
        light_verbs=frozenset(data["light_verbs"]),
        speech_verbs=frozenset(data["speech_verbs"]),
        passive_speech_verbs=frozenset(data["passive_speech_verbs"]),
        topic_preps=frozenset(data["topic_preps"]),
        providing_phrasal=frozenset(data["providing_phrasal"]),
        accepting_verbs=frozenset(data["accepting_verbs"]),
        terms_preps=frozenset(data["terms_preps"]),
        terms_nouns=frozenset(data["terms_nouns"]),
        terms_modals=frozenset(data["terms_modals"]),
        opposing_verbs=frozenset(data["opposing_verbs"]),
        aiming_verbs=frozenset(data["aiming_verbs"]),
        amending_verbs=frozenset(data["amending_verbs"]),
        amended_nouns=frozenset(data["amended_nouns"]),
    )


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("NN")


def _lexical_cue(token: Token, cues: _Cues) -> tuple[str | None, str | None]:
    """The status a word's own meaning gives, and the key it was found under; none for a
    particle that takes the verb's cue away ("end up building")."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep", "advmod"):
            key = f"{lemma} {child.lower_}"
            if key in cues.phrasal:
                return cues.phrasal[key], key
            if key in cues.plain_phrasal:
                return None, None
    table = cues.nouns if _is_noun(token) else cues.verbs
    if lemma in table:
        return table[lemma], lemma
    return None, None


def _has_to(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _is_negated(token: Token, cues: _Cues) -> bool:
    """A "not", "never" or "n't" on a word, a "no" on a noun ("no plans"), or a negated adverb
    of time on it ("no longer owned")."""
    return any(
        (child.lower_ in cues.negators and child.dep_ in ("neg", "det", "advmod", "preconj"))
        or (child.dep_ == "advmod" and child.lower_ in cues.negated_adverbs and any(g.lower_ in cues.negators for g in child.children))
        for child in token.children
    )


def _modal_and_modifier_cues(token: Token, cues: _Cues, terms: str | None = None) -> list[str]:
    """Statuses from a word's modal auxiliaries and its adjective or adverb modifiers; a future
    modal gives ``terms``, where given: the status of the arrangement the word is set under."""
    found = []
    for child in token.children:
        if child.dep_ == "aux" and child.lower_ in cues.auxiliaries:
            future = terms is not None and child.lower_ in cues.terms_modals
            found.append(terms if future else cues.auxiliaries[child.lower_])
        elif child.dep_ in ("amod", "advmod", "acomp") and child.lower_ in cues.modifiers:
            found.append(cues.modifiers[child.lower_])
    return found


def _arrangement_over(token: Token, cues: _Cues) -> str | None:
    """The status of the arrangement a verb is set under ("Under the agreement, X will buy Y",
    "under the terms of the proposal"): what the future tells there is what the agreement or
    proposal provides, so its noun's status stands for a future modal's. For events only: a
    holding to come under an agreement ("X will hold 9 pct") is still planned."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in cues.terms_preps:
            continue
        for noun in (obj for obj in child.children if obj.dep_ == "pobj"):
            if noun.lemma_.lower() in cues.terms_nouns:
                noun = next((obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for obj in prep.children if obj.dep_ == "pobj"), noun)
            status = cues.nouns.get(noun.lemma_.lower())
            if status is not None:
                return status
    return None


def modifier_statuses(token: Token) -> list[str]:
    """The statuses a noun's own modifiers give it ("its planned plant", "the proposed unit"):
    a possessed state so marked has not come about yet, whatever its possessor."""
    return _modal_and_modifier_cues(token, _cues())


def _next_step(token: Token, cues: _Cues) -> tuple[Token, bool] | None:
    """The word governing ``token`` on the climb and whether it is a conjoined sibling.

    ``None`` where the climb stops (see the module docstring).
    """
    head = token.head
    if head.i == token.i or token.dep_ == "ROOT":
        return None
    dep = token.dep_
    phrase = _misplaced_conjunct(token) if dep == "conj" else None
    if phrase is not None:
        return phrase, True
    topic = _comment_topic(token, cues) if dep == "ccomp" else None
    if topic is not None:
        return topic, False
    if dep == "prep" and token.lower_ in cues.barrier_preps and f"{head.lemma_.lower()} {token.lower_}" not in cues.phrasal:
        return None
    if dep == "dobj" and token.lemma_.lower() in cues.amended_nouns and head.lemma_.lower() in cues.amending_verbs and _denied_change(head, cues):
        return None
    if dep in cues.climb_deps:
        if dep != "conj" and _is_noun(head) and not _is_cue_noun(head, cues) and not _price_rate(token, cues):
            return None
        return head, dep == "conj"
    if dep in cues.noun_climb_deps:
        return (head, False) if _is_cue_noun(head, cues) else None
    if dep in cues.purpose_deps and (_has_to(token) or _result_participle(token, cues)):
        return head, False
    return None


def _misplaced_conjunct(token: Token) -> Token | None:
    """The deal noun a deal noun is really conjoined to where the parser hung the second of two
    deals on a word of the first's phrase: on the name closing it ("the sale of X to Acme and
    the buyout of Y by Borg") or on the verb it is the object of ("call for the sale of X to
    Acme and the buyout of Y"). ``None`` for a noun with no phrase of its own ("Acme and its
    unit") or a head no such phrase hangs on."""
    head = token.head
    if token.pos_ != "NOUN" or not any(child.dep_ == "prep" for child in token.children):
        return None
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        noun = head.head.head
        return noun if noun.pos_ == "NOUN" else None
    if head.pos_ == "VERB":
        objects = (grand for child in head.children if child.dep_ == "prep" and child.i < token.i for grand in child.children)
        return next((grand for grand in objects if grand.dep_ == "pobj" and grand.pos_ == "NOUN"), None)
    return None


def _denied_change(verb: Token, cues: _Cues) -> bool:
    """Whether the climb from a verb changing a bid's terms finds it negated or denied ("denied
    that it raised its offer", "ruled out raising its bid"): that is said of the change, and the
    bid stands."""
    return any(STATUS_CLASSES[status] == "negative" for status in _path_cues(verb, cues, event=False))


def _comment_topic(clause: Token, cues: _Cues) -> Token | None:
    """The noun a verb of speaking is "on" or "about", where the parser hangs the clause telling
    of it on the verb above ("declined to comment on rumours X would buy Y" read as "declined
    ... X would buy Y"): the clause tells of the noun, so the climb goes on from it, and its
    words ("rumours") give the status. ``None`` where the clause has no such verb beside it."""
    for verb in clause.head.children:
        if verb.dep_ != "xcomp" or verb.i > clause.i or not _speaks(verb, cues):
            continue
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in cues.topic_preps:
                for noun in prep.children:
                    if noun.dep_ == "pobj" and _is_noun(noun) and noun.i < clause.i:
                        return noun
    return None


def _price_rate(token: Token, cues: _Cues) -> bool:
    """Whether ``token`` is the rate preposition of a price that the parser made the head of the
    deal noun after it ("withdrew its 20 dlr per share offer" read as "dlr" taking "per share
    offer"): the price is no barrier, the climb goes on to the verb that governs it."""
    return token.dep_ == "prep" and token.lower_ in cues.price_preps and any(child.dep_ == "nummod" for child in token.head.children)


def _result_participle(token: Token, cues: _Cues) -> bool:
    """Whether an adverbial clause is a present participle set off after a verb with a modal
    auxiliary, with no subject or conjunction of its own: it tells that verb's result, which
    shares the modal ("X will sell 500,000 shares, reducing its stake to 9 pct": planned, like the
    sale). Only the modal: "X has withdrawn its bid, enabling Y to merge with Z" withdraws no
    merger."""
    head = token.head
    return (
        token.tag_ == "VBG"
        and token.i > head.i
        and token.nbor(-1).text == ","
        and any(child.dep_ == "aux" and child.lower_ in cues.auxiliaries for child in head.children)
        and not any(child.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for child in token.children)
    )


def _is_cue_noun(token: Token, cues: _Cues) -> bool:
    """A noun the climb may pass: a cue ("talks", "plans") or a transparent one ("in order to")."""
    lemma = token.lemma_.lower()
    return lemma in cues.transparent_nouns or (_is_noun(token) and lemma in cues.nouns)


def _negation_counts(token: Token, below: Token | None, lexical: str | None, cues: _Cues) -> bool:
    """Whether a "not"/"no" on ``token`` negates the fact.

    It does on the trigger, on a cue word ("no plans to", "did not agree to"), on a verb the
    trigger completes ("did not want to buy") and on a copula with a cue, or with an adjective
    that is one or takes the trigger's infinitive ("is not in talks", "is not interested in
    buying", "is not able to buy"), or with the trigger's noun for predicate ("is not a takeover
    target"), and on a light verb whose object the trigger is ("would not make an offer"); not
    on a verb the trigger merely belongs to ("the sale price was not disclosed", "it was not
    clear what the denial meant for X's bid").
    """
    if below is None or lexical is not None or below.dep_ in ("xcomp", "conj"):
        return True
    if below.dep_ == "dobj" and token.lemma_.lower() in cues.light_verbs:
        return True
    if token.lemma_.lower() != "be":
        return False
    if below.dep_ == "acomp":
        return _lexical_cue(below, cues)[0] is not None or any(child.dep_ == "xcomp" for child in below.children)
    return below.dep_ in ("prep", "attr")


def _owns_clause(token: Token, cues: _Cues) -> bool:
    """Whether a conjoined verb stands on its own (own subject or auxiliary, or after "but")."""
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg"):
            return True
    return any(
        child.dep_ == "cc" and child.lower_ in cues.contrast_conjunctions for child in token.head.children
    )


def _provided_by(token: Token, below: Token | None, cues: _Cues) -> str | None:
    """The status of the arrangement that is the subject of a verb laying the deal down ("the
    agreement calls for Y to merge into X", "the proposals call for the sale of Z"): the deal is
    what the agreement or proposal provides, so it takes that noun's status. ``None`` where the
    verb is no such phrase or its subject no arrangement noun."""
    if below is None:
        return None
    via = below if below.dep_ == "prep" else next((child for child in below.children if child.dep_ == "mark"), None)
    if via is None or f"{token.lemma_.lower()} {via.lower_}" not in cues.providing_phrasal:
        return None
    subject = next((child for child in token.children if child.dep_ == "nsubj" and _is_noun(child)), None)
    return None if subject is None else cues.nouns.get(subject.lemma_.lower())


def _refused_comment(lexical: str | None, below: Token | None, cues: _Cues) -> bool:
    """Whether a negative cue only refuses to speak about the fact ("declined to comment on
    whether X would buy Y", "refused to say if it would sell", "declined to be drawn on reports
    that ..."): the fact's own words decide."""
    return (
        lexical is not None
        and STATUS_CLASSES[lexical] == "negative"
        and below is not None
        and below.dep_ == "xcomp"
        and _speaks(below, cues)
    )


def _speaks(verb: Token, cues: _Cues) -> bool:
    """A verb of speaking, or one that is only so in the passive ("be drawn on")."""
    lemma = verb.lemma_.lower()
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return lemma in cues.speech_verbs or (passive and lemma in cues.passive_speech_verbs)


def _accepted_proposal(token: Token, lexical: str | None, cues: _Cues) -> bool:
    """Whether a proposal noun is the object of a verb that accepts it ("Beta has accepted a bid
    from Acme", "the board approved its offer"): the proposal is settled, so the accepting verb's
    status stands. Only a finite or perfect verb accepts: not "must approve the offer", "to
    accept it", "the choice of accepting the offer"."""
    head = token.head
    return (
        lexical is not None
        and STATUS_CLASSES[lexical] == "prospective"
        and token.dep_ == "dobj"
        and head.lemma_.lower() in cues.accepting_verbs
        and (head.tag_ in ("VBZ", "VBP") or is_past(head))
    )


def _sought_opposition(token: Token, below: Token | None, lexical: str | None, cues: _Cues) -> bool:
    """Whether ``token`` is a verb of opposing a deal ("block", "thwart") with the deal for object,
    only the aim of a request, suit or effort ("an injunction to block the merger", "filed suit
    to block the sale", "is seeking to block it", "was meant to thwart the offer"), or a
    participle telling what an order or suit would do ("lifted an injunction blocking the
    merger"): what is sought has not happened, so the deal has not failed ("the board decided
    to block it" has), and the words above tell the opponent's plans, not the deal's, so the
    climb stops there. A deal the opponent would stop someone "from" making ("to block Acme
    from taking control") has not begun: there the opposing verb's status stands."""
    participle = token.tag_ == "VBG" and token.dep_ == "acl" and _is_noun(token.head)
    return (
        lexical is not None
        and token.lemma_.lower() in cues.opposing_verbs
        and (_has_to(token) or participle)
        and below is not None
        and below.dep_ == "dobj"
        and (token.dep_ in ("acl", "relcl", "advcl") or _aimed_at(token, cues))
    )


def _aimed_at(token: Token, cues: _Cues) -> bool:
    """Whether a to-infinitive is what an aiming verb aims at, directly ("is seeking to block it")
    or through the to-infinitives between ("hoping to use the courts to halt the sale"); not one
    a verb of doing takes alone ("used its votes to block the merger" blocked it)."""
    while token.dep_ == "xcomp":
        token = token.head
        if token.lemma_.lower() in cues.aiming_verbs:
            return True
    return False


def _refused_speech(token: Token, below: Token | None, cues: _Cues) -> bool:
    """Whether ``token`` is a negated verb of speaking over the clause that tells the fact ("could
    not confirm whether the ministry meant to invest", "would not say whether it had
    considered selling", "would not be drawn to say"): it refuses to speak, not the fact, so the
    fact's own words decide."""
    return (
        below is not None
        and below.dep_ == "ccomp"
        and _speaks(token, cues)
        and _is_negated(token, cues)
    )


def _path_cues(trigger: Token, cues: _Cues, event: bool = True) -> Iterator[str]:
    """Statuses along the climb from the trigger, nearest first. The past tense of the trigger
    counts only for an ``event``: "Y is owned by X" reads a state in a past participle, and the
    state still holds."""
    token, sibling, below = trigger, False, None
    seen: set[int] = set()
    delayed = False
    while token.i not in seen:
        seen.add(token.i)
        delayed = delayed or _sets_time(token, cues)
        inherit = not sibling or below is None or not _owns_clause(below, cues)
        lexical, key = (None, None) if sibling else _lexical_cue(token, cues)
        if lexical in cues.overriding and _unrealised(token):
            lexical = None
        if _refused_comment(lexical, below, cues) or _accepted_proposal(token, lexical, cues):
            lexical = None
        lexical = lexical or _provided_by(token, below, cues)
        if below is not None and not sibling and _has_to(below):
            governor = cues.to_governors.get(token.lemma_.lower()) or cues.to_governors.get(token.lower_)
            lexical = _past_governor(token, cues) or lexical or governor
        if _refused_speech(token, below, cues) or _sought_opposition(token, below, lexical, cues):
            return
        if inherit and _is_negated(token, cues) and _negation_counts(token, below, lexical, cues):
            status = _negated_status(token, lexical, key, below, cues)
            yield cues.delayed.get(status, status) if delayed and _unrealised(token) else status
        else:
            if event and token.i == trigger.i and is_past(token):
                yield cues.past_tense
            if lexical is not None:
                yield lexical
            if inherit:
                yield from _modal_and_modifier_cues(token, cues, _arrangement_over(token, cues) if event else None)
        ended = None if sibling else _ended_talks(token, cues)
        if ended is not None:
            yield ended
        step = _next_step(token, cues)
        if step is None:
            return
        below = token
        token, sibling = step


def _ended_talks(token: Token, cues: _Cues) -> str | None:
    """The negative status of a clause set against ``token`` by a contrast whose subject is the
    talks ("tried to merge but talks failed", "discussed a bid but the talks were broken off"):
    those talks are the ones over the deal the climb comes from, and they ended. ``None`` where
    no such clause follows."""
    for clause in token.children:
        if clause.dep_ != "conj" or clause.i < token.i:
            continue
        contrast = any(child.dep_ == "cc" and token.i < child.i < clause.i and child.lower_ in cues.contrast_conjunctions for child in token.children)
        talks = any(child.dep_ in ("nsubj", "nsubjpass") and _is_noun(child) and cues.nouns.get(child.lemma_.lower()) == "negotiating" for child in clause.children)
        status = _lexical_cue(clause, cues)[0] if contrast and talks else None
        if status is not None and STATUS_CLASSES[status] == "negative" and not _is_negated(clause, cues):
            return status
    return None


def _past_governor(token: Token, cues: _Cues) -> str | None:
    """The status a past verb over the trigger's to-infinitive gives the deal: failed for a try
    ("tried to buy Y last year": a deal done would be told as done), completed for money paid
    ("paid 5 mln dlrs to acquire a stake"); ``None`` for any other verb or tense ("is trying to
    buy", "will pay ... to acquire", "borrowed ... to buy")."""
    return cues.past_governors.get(token.lemma_.lower()) if is_past(token) else None


def _sets_time(token: Token, cues: _Cues) -> bool:
    """Whether a word bears an "until" phrase or clause ("buy the shares until June", "take it
    private until it has recovered"): a failure told over it tells when, not whether."""
    return any(
        (child.dep_ == "prep" and child.lower_ in cues.delay_words)
        or (child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in cues.delay_words for mark in child.children))
        for child in token.children
    )


def _unrealised(token: Token) -> bool:
    """A verb in the infinitive or under a modal ("whether to consummate its plans to merge",
    "will complete the sale"): a completion cue there says nothing is done yet."""
    return _has_to(token) or any(child.dep_ == "aux" and child.tag_ == "MD" for child in token.children)


def _negated_status(token: Token, lexical: str | None, key: str | None, below: Token | None, cues: _Cues) -> str:
    """The status of a negated word: a negated negative cue is prospective, else negative. A
    negated copula reads its adjective ("has not been able to buy" is failed, as "unable to")."""
    if lexical is not None and STATUS_CLASSES[lexical] == "negative":
        return cues.when_negated.get(key or "", cues.when_negated_default)
    lemma = token.lemma_.lower()
    if lemma in cues.negated:
        return cues.negated[lemma]
    if below is not None and below.dep_ == "acomp" and below.lemma_.lower() in cues.negated:
        return cues.negated[below.lemma_.lower()]
    if _has_to(token) and token.head.lemma_.lower() in cues.negated:
        return cues.negated[token.head.lemma_.lower()]
    return cues.negated_default


def _sentence_cue(trigger: Token, cues: _Cues) -> str | None:
    """A rumour or speculation phrase in the trigger's sentence before the trigger.

    The words before the trigger, with the space after each, are the document's text from the
    sentence's first character to the trigger's (cut from the memoised text)."""
    doc = trigger.doc
    start = token_sentences(doc)[trigger.i].start
    before = doc_text(doc)[doc_tokens(doc)[start].idx : trigger.idx].lower()
    hits = [(before.rfind(phrase), status) for phrase, status in cues.sentence.items() if phrase in before]
    return max(hits)[1] if hits else None


def fact_status(trigger: Token, default: str = "completed") -> str:
    """The status of the fact whose trigger word is ``trigger``.

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The word that names the fact: a verb ("sell", "acquired") or a noun ("sale",
        "talks", "partnership") in a parsed Doc.
    default : str
        The status when nothing in the sentence says otherwise ("completed" for past
        deals; an extractor of standing relations passes "active").

    Returns
    -------
    str
        One of :data:`kg.model.STATUS_CLASSES`. A negated fact never gets a holds or
        prospective status ("did not buy", "no plans to", "decided not to"); precedence is
        described in the module docstring. Worked out once per document, trigger and default:
        several frames and patterns read facts at one trigger.
    """
    memo = doc_memo(trigger.doc).setdefault("status.fact_status", {})
    key = (trigger.i, default)
    if key not in memo:
        memo[key] = _fact_status(trigger, default)
    return memo[key]


def standing_status(trigger: Token, default: str, copulas: Collection[str], as_verbs: Collection[str] = (), continuing: Collection[str] = ()) -> str:
    """The status of a state read from a noun phrase ("Y, a unit of X", "X is a rival of Y"):
    ``default`` whatever verb the phrase sits under, unless the phrase is the predicate of a
    copula, or the "as" object of a verb saying what its subject is, that denies the state
    ("Y is not a unit of X", "Y is no longer a rival of X") or tells it to come ("Y will become
    a wholly owned subsidiary of X", "Y agreed to become a unit of X", "Y will operate as a
    unit of X"). A state that holds now ("Y became a unit of X in 1990"), or one a continuing
    verb carries on ("Y will remain a unit of X"), keeps ``default``.

    Parameters
    ----------
    trigger : spacy.tokens.Token
        The noun that names the state.
    default : str
        Its status when it holds.
    copulas : Collection[str]
        The lemmas of the verbs that link a subject to such a predicate ("be", "become").
    as_verbs : Collection[str]
        The lemmas of the verbs whose "as" object says what their subject is ("operate").
    continuing : Collection[str]
        The lemmas of the linking verbs that carry a state on ("remain", "continue").

    Returns
    -------
    str
        ``default``, the negated default status, or the status of the linking verb.
    """
    cues = _cues()
    if trigger.dep_ == "attr" and trigger.head.lemma_.lower() in copulas:
        link = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.head.head.lemma_.lower() in as_verbs:
        link = trigger.head.head
    else:
        return default
    if _is_negated(link, cues):
        return cues.negated_default
    verb = link
    while verb.lemma_.lower() not in continuing and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() in continuing:
        return default
    status = fact_status(link)
    return default if status in ("completed", "active") else status


def _fact_status(trigger: Token, default: str) -> str:
    """:func:`fact_status`, worked out."""
    cues = _cues()
    state = STATUS_CLASSES[default] == "holds" and default != cues.past_tense
    found = list(_path_cues(trigger, cues, event=not state))
    for status in found:
        if STATUS_CLASSES[status] == "negative":
            return status
    result: str | None = None
    for status in found:
        if result is None or STATUS_CLASSES[status] == "prospective" or status in cues.overriding:
            result = status
    if result is None or STATUS_CLASSES[result] == "holds":
        result = _sentence_cue(trigger, cues) or result
    return result or default


@dataclass(frozen=True)
class _Sources:
    """The attribution cue tables."""

    report_verbs: frozenset[str]
    say_verbs: frozenset[str]
    tell_verbs: frozenset[str]
    according_to: frozenset[tuple[str, str]]
    document_nouns: frozenset[str]
    document_preps: frozenset[str]
    media_nouns: frozenset[str]
    media_names: frozenset[str]
    pronouns: frozenset[str]


@functools.lru_cache(maxsize=None)
def _sources() -> _Sources:
    data = _data("attribution_cues.json")
    return _Sources(
        report_verbs=frozenset(data["report_verbs"]),
        say_verbs=frozenset(data["say_verbs"]),
        tell_verbs=frozenset(data["tell_verbs"]),
        according_to=frozenset((first, second) for first, second in data["according_to"]),
        document_nouns=frozenset(data["document_nouns"]),
        document_preps=frozenset(data["document_preps"]),
        media_nouns=frozenset(data["media_nouns"]),
        media_names=frozenset(name.lower() for name in data["media_names"]),
        pronouns=frozenset(data["pronouns"]),
    )


def _name(token: Token) -> str:
    """The noun phrase a head word stands for, as written: "Wall Street Journal", "the newspaper".

    Proper names lose a leading "the" ("the FT" -> "FT") and keep their compounds and
    possessive endings; common nouns keep their determiner and adjectives, and a short
    phrase keeps its whole subtree ("people familiar with the matter").
    """
    if token.pos_ != "PROPN":
        subtree = list(token.subtree)
        if len(subtree) <= _SHORT_PHRASE:
            return token.doc[subtree[0].i : subtree[-1].i + 1].text
    words = [child for child in token.lefts if child.dep_ in ("compound", "amod", "det", "poss", "nmod", "case")]
    first = min([token, *[child.left_edge for child in words]], key=lambda item: item.i)
    tokens = [item for item in token.doc[first.i : token.i + 1]]
    if token.pos_ == "PROPN" and tokens and tokens[0].lower_ == "the":
        tokens = tokens[1:]
    right = token.i + 1
    while right < len(token.doc) and token.doc[right].dep_ in ("compound", "flat") and token.doc[right].head == token:
        tokens.append(token.doc[right])
        right += 1
    return token.doc[tokens[0].i : tokens[-1].i + 1].text


def _is_media(token: Token, sources: _Sources) -> bool:
    """An outlet: a known media name ("Bloomberg", "the FT") or a media noun ("the newspaper")."""
    if token.lemma_.lower() in sources.media_nouns and _is_noun(token):
        return True
    return _name(token).lower() in sources.media_names or token.lower_ in sources.media_names


def _is_named_or_media(token: Token, sources: _Sources) -> bool:
    if token.lower_ in sources.pronouns:
        return False
    return _is_media(token, sources) or (token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "WORK_OF_ART", ""))


def _outlet_of_document(token: Token, sources: _Sources) -> Token | None:
    """For "a report in the FT" / "Bloomberg's report": the outlet, else ``None``."""
    for child in token.children:
        if child.dep_ == "poss" and _is_named_or_media(child, sources):
            return child
        if child.dep_ == "prep" and child.lower_ in sources.document_preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and _is_named_or_media(grandchild, sources):
                    return grandchild
    return None


def _according_to(sentence: Span, sources: _Sources) -> str | None:
    doc = sentence.doc
    tokens, lowers, lemmas = doc_tokens(doc), token_lowers(doc), token_lemmas(doc)
    for i in range(sentence.start, sentence.end):
        if (lowers[i], "to") not in sources.according_to and (lemmas[i], "to") not in sources.according_to:
            continue
        token = tokens[i]
        following = [token.doc[token.i + 1]] if token.i + 1 < len(token.doc) else []
        for preposition in [*token.children, *following]:
            if preposition.lower_ != "to":
                continue
            for source in preposition.children:
                if source.dep_ != "pobj":
                    continue
                if source.lemma_.lower() in sources.document_nouns:
                    outlet = _outlet_of_document(source, sources)
                    return _name(outlet) if outlet is not None else None
                return _name(source)
    return None


def _reporting_verb(sentence: Span, sources: _Sources) -> str | None:
    """An outlet that is the subject of "report"/"say" or the object of "tell".

    Only outlets count (known media names, media nouns): "Acme reported it bought Beta" is a
    company speaking for itself.
    """
    speaking = sources.report_verbs | sources.say_verbs
    tokens, lemmas = doc_tokens(sentence.doc), token_lemmas(sentence.doc)
    for i in range(sentence.start, sentence.end):
        lemma = lemmas[i]
        if lemma not in speaking and lemma not in sources.tell_verbs:
            continue
        token = tokens[i]
        if token.pos_ not in ("VERB", "AUX"):
            continue
        children = list(token.children)
        if lemma in sources.tell_verbs:
            for child in children:
                if child.dep_ in ("dobj", "dative") and _is_media(child, sources):
                    return _name(child)
        for child in children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if lemma in speaking and _is_media(child, sources):
                return _name(child)
            if lemma in speaking and child.lemma_.lower() in sources.document_nouns:
                outlet = _outlet_of_document(child, sources)
                if outlet is not None:
                    return _name(outlet)
    return None


def _document_noun(sentence: Span, sources: _Sources) -> str | None:
    """"Bloomberg's report", "a report in the FT" anywhere in the sentence."""
    tokens, lemmas = doc_tokens(sentence.doc), token_lemmas(sentence.doc)
    for i in range(sentence.start, sentence.end):
        token = tokens[i]
        if lemmas[i] in sources.document_nouns and _is_noun(token):
            outlet = _outlet_of_document(token, sources)
            if outlet is not None and _is_media(outlet, sources):
                return _name(outlet)
    return None


def attribution(sentence: Span) -> str | None:
    """Who the sentence says reported its content.

    Parameters
    ----------
    sentence : spacy.tokens.Span
        A sentence of a parsed Doc.

    Returns
    -------
    str or None
        The source as written: "Bloomberg" for "..., Bloomberg reports", "FT" for
        "according to the FT", "Wall Street Journal" for "sources told the Wall Street
        Journal", "the newspaper" for "the newspaper said". ``None`` when the sentence cites
        no outlet; a company speaking for itself ("Acme said") is no attribution. Worked out
        once per document and sentence: every fact read in a sentence asks.
    """
    memo = doc_memo(sentence.doc).setdefault("status.attribution", {})
    key = (sentence.start, sentence.end)
    if key not in memo:
        sources = _sources()
        memo[key] = _according_to(sentence, sources) or _reporting_verb(sentence, sources) or _document_noun(sentence, sources)
    return memo[key]
