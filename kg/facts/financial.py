"""FinancialMetric facts: an organization's revenue, sales, profit, loss, volume, gain or charge.

"the company reported volume of roughly $19.1 billion, up more than 50%", "BA's profits rose
20% to £146m", "made a pre-tax profit of £75m". A metric needs an organization and an amount,
or, when the sentence gives only its change, a rise or fall verb it is the subject of ("GM's
US sales fell 12.7%"). Metric words and direction words are data (``kg/data/facts_lexicon.json``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from kg import values
from kg.entities import public_body
from kg.facts.common import (
    Context,
    lexicon,
    make_fact,
    nearest,
    nearest_value,
    prep_objects,
    register,
    resolve_all,
    sentence_values,
    subject_of,
    tree_distance,
)
from kg.model import Fact
from kg.nlp import span_entities

#: Links by which a metric noun hangs off the verb that reports it.
_VERB_LINKS = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
#: How far (tree edges) an amount may sit from the metric noun, then from its verb: "volume
#: from Nov. 1-11 of $19.1 billion" puts the amount under the period.
_AMOUNT_DISTANCE = (4, 3)
#: Tokens that may stand between a metric's link word and its amount ("of about $2bn").
_LINK_GAP = 3
#: How far past a paid sum's root a penalty noun may sit ("a $1.5m (£799,000) fine").
_PURPOSE_GAP = 4
#: Links by which a verb takes the comparative or adverb its object is left at ("leaving its
#: sales 5% higher").
_LEFT_AT = ("advmod", "oprd", "acomp", "ccomp")


@register("FinancialMetric")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield the story's metrics, leaving out a change told without its amount when the story
    gives the same organization's figure of that family, in the same status class, with one
    ("Heineken saw its annual profits drop 33%" beside "Heineken's net income fell to 537m
    euros"): the headline retold, one figure, not two. A forecast beside reported figures
    ("projecting operating earnings growth of around 5%") is a figure of its own."""
    facts = list(_metrics(ctx))
    told = {_figure(fact) for fact in facts if "amount" in fact.attributes}
    for fact in facts:
        figure = _figure(fact)
        if "amount" not in fact.attributes and figure[1] is not None and figure in told:
            continue
        yield fact


def _figure(fact: Fact) -> tuple[str, str | None, str]:
    """Which figure a metric tells: its organization, its metric's family (``metric_families``)
    and its status class."""
    family = lexicon()["metric_families"].get(fact.attributes["metric"])
    return fact.roles["organization"], family, fact.status_class


def _metrics(ctx: Context) -> Iterator[Fact]:
    """Yield a FinancialMetric fact for every metric noun with an owner and an amount. An
    ownerless metric with no organization named just before is that of the one organization
    the story's metrics so far are all of ("GE's net profits were $5.37bn ... Net profit was up 6%
    at $16.6bn", paragraphs later)."""
    metrics = lexicon()["metrics"]
    cache: dict[int, tuple[list[tuple[Token, Any]], list[tuple[Token, Any]], list[Span]]] = {}
    owners: set[str] = set()
    for token in ctx.tokens_of(metrics):
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in metrics or _qualifier(token) or _combined(token):
            continue
        sentence = token.sent
        if sentence.start not in cache:
            cache[sentence.start] = (
                sorted(
                    sentence_values(values.money_spans, sentence, ctx.dollar) + sentence_values(values.bare_money_spans, sentence, ctx.dollar),
                    key=lambda pair: pair[0].i,
                ),
                sentence_values(values.share_spans, sentence),
                [entity for entity in span_entities(sentence) if entity.label_ == "DATE"],
            )
        money, shares, dates = cache[sentence.start]
        verb = _verb(token)
        anchors = [token] if verb is None else [token, verb]
        found = _level_reached(token, verb, money) or _noun_level(token, money) or _linked_amount(token, money)
        own = [pair for pair in money if _closest_metric(pair[0], metrics, token)]
        after = [pair for pair in own if pair[0].i > token.i]
        inside = [pair for pair in own if pair[0].i < token.i and (token.is_ancestor(pair[0]) or _amount_in(token, pair[0]))]
        modifying = [pair for pair in inside if _modifier_of(pair[0], token)]
        for side in (modifying, after, inside):
            if found is None:
                found = _first(nearest(anchor, side, limit) for anchor, limit in zip(anchors, _AMOUNT_DISTANCE))
        if found is None:
            for fact in _change_only(ctx, token, verb, shares, dates):
                owners.add(fact.roles["organization"])
                yield fact
            continue
        if _correction(verb, found[0]):
            continue
        organization, confidence = _organization(ctx, token), 0.7
        if organization is None and _ownerless(token):
            organization, confidence = _salient_organization(ctx, token), 0.55
            if organization is None and len(owners) == 1:
                organization, confidence = next(iter(owners)), 0.5
        if organization is None:
            continue
        owners.add(organization)
        amount_root, amount = found
        attributes: dict[str, Any] = {"metric": metrics[token.lower_], "amount": amount}
        rivals = metrics.keys() | set(lexicon()["price_nouns"])
        own_shares = [pair for pair in shares if _closest_metric(pair[0], rivals, token)]
        change = _change([*anchors, amount_root], own_shares)
        if change is not None:
            attributes["change"] = change
        period = _period(token, anchors, dates)
        if period is not None:
            attributes["period"] = period
        yield _metric_fact(organization, token, verb, "financialmetric.reported", confidence, attributes)
    yield from _verb_metrics(ctx)
    yield from _payments(ctx)


def _correction(verb: Token | None, amount_root: Token) -> bool:
    """Whether a metric's sum is a correction of it, not its figure: the object or "by" sum of
    a revision verb ("Acme restated earnings by $5bn", "could be forced to restate $9bn in
    earnings"); its "to" sum is the corrected figure ("restated its profit to $434m")."""
    if verb is None or verb.lemma_.lower() not in lexicon()["revision_verbs"]:
        return False
    link = amount_root.head
    return not (amount_root.dep_ == "pobj" and link.lower_ == "to" and link.head.i == verb.i)


def _qualifier(metric: Token) -> bool:
    """Whether a metric word only qualifies another noun, which names something else ("a sales
    price of 405 mln dlrs", "a profit share worth £52", "its 1988 earnings estimate"): not a
    metric ("sales volume"), a noun of ``metric_heads`` ("its dividend payment") nor a rise or
    fall of one ("a 10% profit rise")."""
    head = metric.head
    if metric.dep_ != "compound" or head.pos_ != "NOUN":
        return False
    lex = lexicon()
    kept = {*lex["metrics"], *lex["metric_heads"]}
    return head.lower_ not in kept and head.lemma_.lower() not in {*lex["rise_words"], *lex["fall_words"]}


def _combined(metric: Token) -> bool:
    """Whether a metric is the sum of several organizations' ("with combined annual sales of
    $30bn", "companies with combined 1987 revenues of about 25 mln dlrs"): no one of them owns it."""
    joint = frozenset(lexicon()["combined_metric_modifiers"])
    return any(child.dep_ in ("amod", "compound") and child.lower_ in joint for child in metric.children)


def _metric_fact(organization: str, metric: Token, verb: Token | None, extractor: str, confidence: float, attributes: dict[str, Any]) -> Fact:
    """A reported metric, its status read at the metric noun, or at the change it is "in" ("is
    likely to report a drop in profits to £170m" is expected); a fall ("sales dropped 3%",
    "profit was cut") is a figure going down, not a deal called off, so it never cancels the fact."""
    trigger = metric
    if metric.dep_ == "pobj" and metric.head.lower_ == "in" and metric.head.head.pos_ == "NOUN":
        trigger = metric.head.head
    fact = make_fact("FinancialMetric", {"organization": organization}, trigger, extractor, confidence, "completed", attributes)
    falls = frozenset(lexicon()["fall_words"])
    if fact.status_class == "negative" and verb is not None and verb.lemma_.lower() in falls:
        return replace(fact, status="completed")
    return fact


def _change_only(ctx: Context, metric: Token, verb: Token | None, shares: list[tuple[Token, Any]], dates: list[Span]) -> Iterator[Fact]:
    """A named organization's metric that the sentence gives only as a change, no amount: the
    subject of a rise or fall verb ("GM's US sales fell 12.7% in February"), what a rise or fall
    noun is in ("Wal-Mart saw a 3% rise in December sales", "turning in a 19% surge in February
    sales"), or the subject of a comparative ("Belknap said same store sales were 6.1%
    higher"). The percentage is the rise or fall word's own; a rise noun's status is read at
    the noun ("projecting a 15% rise in net profits" is expected)."""
    lex = lexicon()
    moves = {*lex["rise_words"], *lex["fall_words"]}
    move = _move_word(metric, verb, moves)
    if move is None:
        return
    organization, confidence = _organization(ctx, metric) or _mover(ctx, metric, move), 0.6
    if organization is None and _whole_company_metric(metric):
        organization, confidence = _salient_organization(ctx, metric), 0.5
    change = _change([move], [pair for pair in shares if move.i in (pair[0].head.i, pair[0].head.head.i)])
    if organization is None or change is None:
        return
    attributes: dict[str, Any] = {"metric": lex["metrics"][metric.lower_], "change": change}
    period = _period(metric, [metric, move], dates)
    if period is not None:
        attributes["period"] = period
    trigger = move if move.pos_ == "NOUN" else metric
    yield _metric_fact(organization, trigger, verb, "financialmetric.change_only", confidence, attributes)
    for rival, noun, size in _rival_changes(ctx, move, shares):
        if rival != organization:
            yield _metric_fact(rival, noun, None, "financialmetric.change_only", confidence, {**attributes, "change": size})
    for root, size in _conjoined_changes(move, shares):
        other = next((e for e in _organizations_at(ctx, root) if e != organization), None)
        if other is not None:
            shared = {**attributes, "change": -abs(size) if change < 0 else abs(size)}
            yield _metric_fact(other, trigger, verb, "financialmetric.change_only", confidence, shared)


def _rival_changes(ctx: Context, move: Token, shares: list[tuple[Token, Any]]) -> Iterator[tuple[str, Token, float]]:
    """Changes of the same metric another organization posts in a clause joined to a rise or
    fall verb, given as a bare rise or fall noun ("Acme sales climbed 8% while rival Borg
    posted a 6% increase"): the noun says no metric of its own ("a 3% rise in profits")."""
    if move.pos_ != "VERB":
        return
    lex = lexicon()
    rise, fall = frozenset(lex["rise_words"]), frozenset(lex["fall_words"])
    for clause in move.children:
        if clause.dep_ not in ("conj", "advcl") or clause.pos_ != "VERB":
            continue
        subject = subject_of(clause)
        rival = next((e for e in resolve_all(ctx, [subject]) if ctx.type_of(e) == "Organization"), None) if subject is not None else None
        if rival is None:
            continue
        for noun in clause.children:
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in rise | fall or any(child.dep_ == "prep" for child in noun.children):
                continue
            size = next((value for root, value in shares if root.head.i == noun.i), None)
            if size is not None:
                yield rival, noun, -abs(size) if noun.lemma_.lower() in fall else abs(size)


def _conjoined_changes(move: Token, shares: list[tuple[Token, Any]]) -> list[tuple[Token, Any]]:
    """Percentages conjoined to a rise or fall word's own, each a change of the same metric
    ("with sales jumping 28% at Bebe and 32.2% at Acme": the 32.2% is a jump too)."""
    return [pair for pair in shares if pair[0].dep_ == "conj" and move.i in (pair[0].head.i, pair[0].head.head.i)]


def _organizations_at(ctx: Context, root: Token) -> list[str]:
    """The organizations a conjoined change is "at" or "for" ("32.2% at Acme")."""
    return _metric_owners(ctx, [obj for link in lexicon()["metric_owner_links"] for obj in prep_objects(root, link)])


def _metric_owners(ctx: Context, heads: list[Token]) -> list[str]:
    """The organizations ``heads`` stand for that may own a metric: not of the
    ``metric_owner_excluded_subtypes`` nor public bodies (see :func:`_posts_figures`)."""
    return [e for e in resolve_all(ctx, heads) if ctx.type_of(e) == "Organization" and _posts_figures(ctx, e)]


def _posts_figures(ctx: Context, entity_id: str) -> bool:
    """Whether an organization may own a metric: not of the ``metric_owner_excluded_subtypes``,
    nor a public body by its name ("the Office for Borvian Statistics said shop sales climbed",
    "cider sales were up 9%, the Quintara Trade Department said"): such bodies publish a market's
    figures, they do not post their own."""
    excluded = frozenset(lexicon()["metric_owner_excluded_subtypes"])
    entity = ctx.entities[entity_id]
    return entity.subtype not in excluded and not public_body(entity.name)


def _whole_company_metric(metric: Token) -> bool:
    """Whether a metric with no owner in its clause can only be the company's the text is about:
    no owner word at all, and a modifier for a whole company's figure ("global sales were up
    1%", "total sales increased 4%"); bare "sales", "retail sales" or "US sales" may be a
    market's or a country's."""
    whole = frozenset(lexicon()["whole_company_modifiers"])
    modifiers = [child.lower_ for child in metric.children if child.dep_ == "amod"]
    return not _owner_heads(metric) and bool(modifiers) and all(word in whole for word in modifiers)


def _move_word(metric: Token, verb: Token | None, moves: set[str]) -> Token | None:
    """The rise or fall word a metric's change hangs on: its verb ("sales fell"), the noun it
    is "in" ("a 3% rise in sales") or names ("a 10% profit rise", "saw its sales sink by 8.8%",
    where the parser took "sink" for a noun), the comparative or adverb its copula takes
    ("sales were higher", "sales were up 1%"), that it is the subject of with no verb ("with
    sales down 3.1%"), the one after it where the parser made it the object of "with" instead
    (see :func:`_with_move`), or that the verb it is the object of leaves it at ("leaving its
    sales 5% higher")."""
    if verb is None and metric.dep_ == "pobj" and metric.head.lower_ == "in":
        noun = metric.head.head
        return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in moves else None
    if metric.dep_ == "compound":
        noun = metric.head
        return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in moves else None
    if verb is None and metric.dep_ == "nsubj" and metric.head.pos_ in ("ADV", "ADJ"):
        return metric.head if metric.head.lower_ in moves else None
    if metric.dep_ == "pobj" and metric.head.lower_ == "with":
        return _with_move(metric, moves)
    if verb is not None and metric.dep_ == "dobj":
        return next((c for c in verb.children if c.dep_ in _LEFT_AT and c.i > metric.i and c.lower_ in moves), None)
    if verb is None or metric.dep_ != "nsubj":
        return None
    if verb.lemma_.lower() in moves:
        return verb
    if verb.lemma_ == "be":
        return next((c for c in verb.children if c.dep_ in ("acomp", "advmod") and c.lower_ in moves), None)
    return None


def _with_move(metric: Token, moves: set[str]) -> Token | None:
    """The rise or fall adverb of a metric that is the object of "with", which the parser hangs
    on the metric ("with sales up 5%") or on the clause after it ("felt little cheer with
    December sales down 0.7%")."""
    own = next((c for c in metric.children if c.dep_ in ("advmod", "amod") and c.i > metric.i and c.lower_ in moves), None)
    if own is not None:
        return own
    clause = _with_clause(metric.head)
    return next((c for c in clause.children if c.dep_ == "advmod" and c.i == metric.i + 1 and c.lower_ in moves), None)


def _with_clause(with_phrase: Token) -> Token:
    """The clause a "with" phrase belongs to: the word it hangs on, or the verb whose object or
    complement that word is ("had a strong Christmas, with sales up 5%": had)."""
    clause = with_phrase.head
    return clause.head if clause.pos_ == "NOUN" and clause.dep_ in ("dobj", "attr") else clause


def _mover(ctx: Context, metric: Token, move: Token) -> str | None:
    """Whose change a rise or fall word reports when the metric names no owner: the subject
    of the clause the noun sits in ("Wal-Mart saw a 3% rise in sales"; "BMW, which saw revenues
    rise 11%": the relative pronoun's antecedent), the one a rise or fall verb is "at" ("with
    sales jumping 28% at Bebe Stores"), the subject of the clause a "with"
    phrase hangs on, or on whose object it hangs ("Chrysler was the only automaker to gain, with
    sales rising 8%", "Suzuki snapped up more business with sales improving 17.6%"), else that
    verb's object ("a switch to new models hit Acme, with sales down 3.1%"), or the
    organization that said it first ("Acme said sales at stores open a year were 4.2% up"); not
    one quoted after the figure, as statistics offices are ("Retail sales dropped by 1%, the
    Office for National Statistics said"), nor a news agency."""
    if move.pos_ == "NOUN":
        subject = subject_of(move)
        heads = [subject] if subject is not None else []
    elif metric.head.dep_ == "ccomp":
        clause = metric.head.head
        heads = [child for child in clause.children if child.dep_ == "nsubj" and child.i < metric.i]
        if clause.dep_ == "relcl":
            heads = [clause.head if head.tag_ in ("WDT", "WP") else head for head in heads]
    else:
        heads = [obj for link in lexicon()["metric_owner_links"] for obj in prep_objects(move, link)]
        with_phrase = move.head if move.dep_ == "pcomp" else metric.head if metric.dep_ == "pobj" else None
        if with_phrase is not None and with_phrase.lower_ == "with":
            clause = _with_clause(with_phrase)
            heads.extend(child for child in clause.children if child.dep_ == "nsubj")
            heads.extend(child for child in clause.children if child.dep_ == "dobj" and clause.pos_ == "VERB")
    return next(iter(_metric_owners(ctx, heads)), None)


def _verb_metrics(ctx: Context) -> Iterator[Fact]:
    """Metrics a verb reports with a sum as its object ("the US giant earned $410m in the
    quarter", "Borg lost $95m", "Tarvel made 7.3 mln dlrs on turnover of 22.8 mln"), the
    subject being the organization."""
    verbs: Mapping[str, str] = lexicon()["metric_verbs"]
    for token in ctx.tokens_of(verbs):
        metric = verbs.get(token.lemma_.lower())
        if metric is None or token.pos_ != "VERB":
            continue
        objects = [child for child in token.children if child.dep_ == "dobj"]
        if not objects:
            continue
        money = sentence_values(values.money_spans, token.sent, ctx.dollar)
        found = next(((root, value) for root, value in money if root.i == objects[0].i and _bare_sum(root)), None)
        subject = subject_of(token)
        if found is None or subject is None:
            continue
        organization = next((e for e in resolve_all(ctx, [subject]) if ctx.type_of(e) == "Organization"), None)
        if organization is None:
            continue
        attributes: dict[str, Any] = {"metric": metric, "amount": found[1]}
        dates = [entity for entity in span_entities(token.sent) if entity.label_ == "DATE"]
        period = _period(token, [token], dates)
        if period is not None:
            attributes["period"] = period
        yield make_fact("FinancialMetric", {"organization": organization}, token, "financialmetric.verb", 0.65, "completed", attributes)


def _bare_sum(root: Token) -> bool:
    """Whether a verb's sum is the whole of its object, not the value of something else ("made 40
    mln dlrs of acquisitions") nor a sum made something ("made $5m available")."""
    return not any((child.dep_ == "prep" and child.lower_ == "of") or (child.pos_ == "ADJ" and child.i > root.i) for child in root.children)


def _payments(ctx: Context) -> Iterator[Fact]:
    """A sum an organization pays to settle a case or as a penalty, a cost the story reports as
    one of its figures ("Zorvex will pay a total of $6.2m to settle a lawsuit", "agreed to
    pay a $1.5m fine"): the sum is the object of "pay" (or of "a total of", "a fine of"), and a
    purpose word of ``payment_purposes`` names the metric. "Paid $50m for Y" is a price."""
    lex = lexicon()
    purposes: Mapping[str, str] = lex["payment_purposes"]
    for token in ctx.tokens_of(lex["payment_verbs"]):
        if token.pos_ != "VERB" or any(child.dep_ == "prt" for child in token.children):
            continue
        money = sentence_values(values.money_spans, token.sent, ctx.dollar)
        found = next(((root, value) for root, value in money if _paid_sum(token, root)), None)
        subject = subject_of(token)
        if found is None or subject is None:
            continue
        metric = _payment_purpose(token, found[0], purposes)
        organization = next(iter(_metric_owners(ctx, [subject])), None)
        if metric is None or organization is None:
            continue
        attributes: dict[str, Any] = {"metric": metric, "amount": found[1]}
        yield make_fact("FinancialMetric", {"organization": organization}, token, "financialmetric.payment", 0.6, "completed", attributes)


def _paid_sum(pay: Token, root: Token) -> bool:
    """Whether a sum is what "pay" pays: its object, or the "of" of its object ("a total of $14.5m")."""
    if root.i < pay.i:
        return False
    if root.head.i == pay.i and root.dep_ == "dobj":
        return True
    link = root.head
    return root.dep_ == "pobj" and link.lower_ == "of" and link.head.head.i == pay.i and link.head.dep_ == "dobj"


def _payment_purpose(pay: Token, root: Token, purposes: Mapping[str, str]) -> str | None:
    """The metric a payment's purpose names: a penalty noun from "pay" to just after the sum ("a
    $125m fine") or "in" one ("$13m in criminal penalties"), else an infinitive on "pay" ("to
    settle a lawsuit")."""
    doc = pay.doc
    near = [*doc[pay.i + 1 : min(root.i + _PURPOSE_GAP, pay.sent.end)], *prep_objects(pay, "in")]
    for word in near:
        if word.pos_ in ("NOUN", "ADJ") and word.lower_ in purposes:
            return purposes[word.lower_]
    for clause in pay.children:
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in purposes:
            return purposes[clause.lemma_.lower()]
    return None


def _level_reached(metric: Token, verb: Token | None, money: list[tuple[Token, Any]]) -> tuple[Token, Any] | None:
    """The amount a metric rose or fell to ("turnover rose $7.2bn to $170.8bn", "sales are
    expected to fall to 50 mln dlrs"): the metric's level, where the sum before "to" is only the
    change. Only for the verb's subject ("shares rose to 4.50 dlrs on turnover of 182,000 shares"
    is no turnover of 4.50 dlrs), and not when the verb is negated ("did not rise to $5m")."""
    if verb is None or metric.dep_ not in ("nsubj", "nsubjpass"):
        return None
    lex = lexicon()
    moves = frozenset(lex["rise_words"]) | frozenset(lex["fall_words"])
    for move in (verb, *(child for child in verb.children if child.dep_ == "xcomp")):
        if move.lemma_.lower() not in moves or any(child.dep_ == "neg" for child in move.children):
            continue
        targets = prep_objects(move, "to")
        found = next(((root, value) for root, value in money if root in targets), None) or _range_end(move, money)
        if found is not None:
            return found
    return None


def _range_end(move: Token, money: list[tuple[Token, Any]]) -> tuple[Token, Any] | None:
    """The level of a "from X to Y" whose "to Y" the parser hung under "from" ("turnover fell
    steeply from £37.5m to £21.5m", where it takes "m" for a verb): the last sum under the
    verb's "from" when a "to" stands between the first and it."""
    doc = move.doc
    for link in move.children:
        if link.dep_ != "prep" or link.lower_ != "from":
            continue
        sums = sorted((pair for pair in money if link.is_ancestor(pair[0])), key=lambda pair: pair[0].i)
        if len(sums) > 1 and any(token.lower_ == "to" for token in doc[sums[0][0].i + 1 : sums[-1][0].i]):
            return sums[-1]
    return None


def _noun_level(metric: Token, money: list[tuple[Token, Any]]) -> tuple[Token, Any] | None:
    """The amount a rise or fall noun takes the metric it is "in" to, whether the parse hangs the
    "to" on the noun or on the verb that has the noun ("posting a 31% rise in profits for the year
    to £74m", "blamed ... for a 4% fall in profits at its home unit to £2.6bn")."""
    link = metric.head
    if metric.dep_ != "pobj" or link.lower_ != "in":
        return None
    move = link.head
    lex = lexicon()
    if move.pos_ != "NOUN" or move.lemma_.lower() not in {*lex["rise_words"], *lex["fall_words"]}:
        return None
    verb = next((ancestor for ancestor in move.ancestors if ancestor.pos_ in ("VERB", "AUX")), None)
    targets = [obj for holder in (move, verb) if holder is not None for obj in prep_objects(holder, "to") if obj.i > metric.i]
    return next(((root, value) for root, value in money if root in targets), None)


def _linked_amount(metric: Token, money: list[tuple[Token, Any]]) -> tuple[Token, Any] | None:
    """The amount written right after a metric and a link word ("losses of three mln dlrs",
    "sales of about $2bn"), or after the period between them ("had sales for the year ended Oct
    31, 1985 of about 4.7 mln dlrs"), whatever the parse attached it to."""
    doc = metric.doc
    link = _after_period(metric)
    if link >= len(doc) or doc[link].lower_ not in lexicon()["metric_amount_links"]:
        return None
    window = range(link + 1, min(link + 1 + _LINK_GAP, len(doc)))
    for root, value in money:
        if any(i in window for i in range(root.left_edge.i, root.i + 1)):
            return root, value
    return None


def _after_period(metric: Token) -> int:
    """The index of the word after a metric, or after the period phrase that follows it ("sales
    for the three months to December of ...": the "of")."""
    doc = metric.doc
    after = metric.i + 1
    links = frozenset(lexicon()["metric_period_links"])
    if after + 1 < len(doc) and doc[after].lower_ in links and doc[after].head.i == metric.i and doc[after + 1].ent_type_ == "DATE":
        after += 1
        while after < len(doc) and doc[after].ent_type_ == "DATE":
            after += 1
    return after


def _closest_metric(root: Token, words: Collection[str], metric: Token) -> bool:
    """Whether no other of ``words`` (the metric words, for a percentage also the share price's)
    in the sentence is nearer to an amount than ``metric``: in "sales have been improving and
    revenue was 10bn euros" the sum is the revenue's."""
    own = tree_distance(metric, root)
    if own is None:
        return False
    for other in root.sent:
        if other is not metric and other.lower_ in words and other.pos_ in ("NOUN", "PROPN"):
            distance = tree_distance(other, root)
            if distance is not None and distance < own:
                return False
    return True


def _modifier_of(root: Token, metric: Token) -> bool:
    """Whether an amount before a metric is a modifier in its own noun phrase ("a 1.5bn euro
    one-time charge ..., including a 650m euro write-down": 1.5bn, not the 650m after it), with
    no full stop between that the parser ran over ("an extra £250m. Turnover was up")."""
    between = metric.doc[root.i : metric.i]
    return root.head.i == metric.i and root.dep_ in ("nmod", "compound", "nummod", "amod") and not any(t.text.endswith(".") for t in between)


def _amount_in(metric: Token, root: Token) -> bool:
    """Whether an amount before a metric states it through "in" ("$2bn in sales", "booked $2bn
    in sales" with "in" on the verb)."""
    link = metric.head
    if metric.dep_ != "pobj" or link.lower_ != "in":
        return False
    return link.head == root or (root.head == link.head and root.dep_ == "dobj")


def _first(items: Iterator[Any]) -> Any:
    """The first item that is not ``None``."""
    return next((item for item in items if item is not None), None)


def _period(metric: Token, anchors: list[Token], dates: list[Span]) -> str | None:
    """The period a metric covers: a date inside the metric's phrase, else one near its verb;
    never the date of the figure it is compared with (:func:`_compared`), unless the metric is
    that figure ("against a $375m profit a year before")."""
    links = frozenset(lexicon()["comparison_links"])
    if not any(token.lower_ in links for token in metric.ancestors):
        dates = [date for date in dates if not _compared(date, links)]
    inside = [(date.root, date.text) for date in dates if metric.is_ancestor(date.root)]
    if inside:
        return nearest_value(metric, inside, limit=len(metric.doc))
    return _first(nearest_value(anchor, [(date.root, date.text) for date in dates], 2) for anchor in anchors)


def _compared(date: Span, links: frozenset[str]) -> bool:
    """Whether a date dates the figure a metric is compared with: a comparative date ("up from
    $540m a year earlier"), one inside a comparison phrase that holds a figure ("compared with a
    loss of 9.6bn kronor in 2003"), or a whole year right after such a phrase, where the parse
    hangs it on the verb ("rose to 21.4 billion lire from 512 mln lire in 1985"). A link on a
    metric word names its source, not a comparison ("a loss from operations in fiscal 1986", "the
    $210m charge from the previous quarter")."""
    lex = lexicon()
    link = date.root.head
    if date.root.dep_ == "pobj" and link.lower_ in links and link.head.lower_ in lex["metrics"]:
        return False
    if any(token.lower_ in lex["comparison_date_words"] for token in date):
        return True
    doc = date.doc
    start = date.start - 1 if date.start > 0 and doc[date.start - 1].pos_ == "ADP" else date.start
    year = all(token.like_num or token.lower_ in lex["year_words"] for token in date)
    for link in doc[date.sent.start : date.start]:
        if link.lower_ not in links or link.head.lower_ in lex["metrics"] or not any(_figure_word(token) for token in link.subtree if not date.start <= token.i < date.end):
            continue
        if link.is_ancestor(date.root) or (year and link.right_edge.i + 1 == start):
            return True
    return False


def _figure_word(token: Token) -> bool:
    """Whether a word writes a number, alone or with its scale ("448", "117.7bn", "$3.8bn")."""
    return token.like_num or any(character.isdigit() for character in token.text)


def _verb(metric: Token) -> Token | None:
    """The verb a metric noun is subject or object of ("profits rose", "reported volume")."""
    head = metric.head
    if metric.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif metric.dep_ not in _VERB_LINKS:
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _organization(ctx: Context, metric: Token) -> str | None:
    """Whose metric it is: the possessor ("BA's profits", "its sales"), a name before it, or
    the subject of the verb that reports it ("the company reported volume"); not a public body
    that says the figure (see :func:`_posts_figures`)."""
    for entity in resolve_all(ctx, _owner_heads(metric)):
        if ctx.type_of(entity) == "Organization" and not public_body(ctx.entities[entity].name):
            return entity
    return None


def _owner_heads(metric: Token) -> list[Token]:
    """The words that may say whose a metric is: its possessor, a name before it (or before the
    word before it: "BMW-brand sales"), "at"/"of" X
    ("sales at X"), the subject of a relative clause on it or its sum ("a writeoff of $40m that
    it took"), and the subject of the verb that reports it, with that subject's possessor when
    it is a metric or a change of one ("Its profit rise included profits of $3.65bn", "its
    profits were 40m rupees on sales which fell 8%"); a metric conjoined to the verb's object has
    that subject too ("Intelsa has 2,400 employees and annual sales of 117 mln dlrs")."""
    heads = [child for child in metric.children if child.dep_ in ("poss", "compound", "nmod")]
    heads.extend(inner for head in heads if head.dep_ == "compound" for inner in head.children if inner.dep_ == "compound")
    heads.extend(obj for link in lexicon()["metric_owner_links"] for obj in prep_objects(metric, link))
    heads.extend(
        subject
        for noun in (metric, *prep_objects(metric, "of"))
        for clause in noun.children if clause.dep_ == "relcl"
        for subject in clause.children if subject.dep_ == "nsubj"
    )
    carrier = metric.head if metric.dep_ == "conj" and metric.head.dep_ in ("dobj", "attr") else metric
    if carrier.dep_ in ("dobj", "pobj", "attr"):
        subject = subject_of(carrier)
        if subject is not None:
            heads.append(subject)
            lex = lexicon()
            if subject.lower_ in lex["metrics"] or subject.lemma_.lower() in {*lex["rise_words"], *lex["fall_words"]}:
                heads.extend(child for child in subject.children if child.dep_ == "poss")
    return heads


def _ownerless(metric: Token) -> bool:
    """Whether nothing in the metric's clause names another owner: no possessor or subject, or
    only a date ("June, which saw $2bn in volume"), an unresolved company noun ("the firm") or
    a common word compounded with it ("Operating profit", which the tagger may take for a verb).
    Companies in the plural own it together ("wanted the oil firms to hand over $190bn in
    profits"): no one of them is its owner. Nor is another ownerless metric that is the subject
    ("Sales grew to 212m euros, taking the year's revenue to 0.9bn euros")."""
    nouns = frozenset(lexicon()["company_nouns"])
    metrics = lexicon()["metrics"]
    return all(
        head.ent_type_ in ("DATE", "TIME")
        or (head.lemma_.lower() in nouns and head.tag_ != "NNS")
        or (head.dep_ == "compound" and head.pos_ in ("NOUN", "VERB"))
        or (head.lower_ in metrics and head.i < metric.i and _ownerless(head))
        for head in _owner_heads(metric)
    )


def _salient_organization(ctx: Context, metric: Token) -> str | None:
    """The organization the text was last about before an ownerless metric ("Turnover for the
    quarter was up", "Net profit was $186m"): the nearest organization mention before it in its
    sentence, else in the sentence before, leaving out news agencies, regulators and public
    bodies (see :func:`_posts_figures`); one that is a clause's subject or possessor first
    ("Zorvex reported higher profits, helped by clients such as Borg Telecom. Operating
    profit was ...": Zorvex's). A whole company's
    figure is not that of a business unit named last, but of the unit's owner (see
    :func:`_whole_company_modifier`)."""
    whole = _whole_company_modifier(metric)
    sentence = metric.sent
    start = sentence.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    found: list[str] = []
    for i in range(metric.i - 1, start - 1, -1):
        entity_id = ctx.token_entity[i]
        if entity_id is None or ctx.type_of(entity_id) != "Organization":
            continue
        if not _posts_figures(ctx, entity_id):
            continue
        if whole and entity_id in ctx.units:
            entity_id = ctx.units[entity_id][0]
        if _subject_or_possessor(ctx.tokens[i]):
            return entity_id
        found.append(entity_id)
    return found[0] if found else None


def _whole_company_modifier(metric: Token) -> bool:
    """Whether a metric is said to be a whole company's by a modifier of
    ``whole_company_modifiers`` ("Total operating profits were $349m, and net earnings were
    $206m", after a sentence on the group's chemical business: the group's figures)."""
    whole = frozenset(lexicon()["whole_company_modifiers"])
    return any(child.dep_ in ("amod", "compound") and child.lower_ in whole for child in metric.children)


def _subject_or_possessor(token: Token) -> bool:
    """Whether a name's token heads (or is part of) a subject or a possessor."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "poss")


def _change(anchors: list[Token], shares: list[tuple[Token, Any]]) -> float | None:
    """The signed change a percentage near the metric, its verb or its amount states ("up more
    than 50%", "fell 40%")."""
    lex = lexicon()
    rise, fall = frozenset(lex["rise_words"]), frozenset(lex["fall_words"])
    for anchor in anchors:
        pair = nearest(anchor, shares)
        if pair is None:
            continue
        root, size = pair
        path = {t.lemma_.lower() for t in (root, *root.ancestors, *root.children)} | {t.lower_ for t in (root, *root.ancestors)}
        path |= {t.lemma_.lower() for t in anchor.children} | {anchor.lemma_.lower()}
        if path & fall:
            return -abs(size)
        if path & rise:
            return abs(size)
    return None
