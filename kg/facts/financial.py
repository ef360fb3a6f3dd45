"""FinancialMetric facts: an organization's revenue, sales, profit, loss or volume.

"the company reported volume of roughly $19.1 billion, up more than 50%", "BA's profits rose
20% to £146m", "made a pre-tax profit of £75m". A metric needs both an organization and an
amount. Metric words and direction words are data (``kg/data/facts_lexicon.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Span, Token

from kg import values
from kg.facts.common import Context, lexicon, make_fact, nearest, nearest_value, register, resolve_all, sentence_values, subject_of
from kg.model import Fact

#: Links by which a metric noun hangs off the verb that reports it.
_VERB_LINKS = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
#: How far (tree edges) an amount may sit from the metric noun, then from its verb: "volume
#: from Nov. 1-11 of $19.1 billion" puts the amount under the period.
_AMOUNT_DISTANCE = (4, 3)


@register("FinancialMetric")
def extract(ctx: Context) -> Iterator[Fact]:
    """Yield a FinancialMetric fact for every metric noun with an owner and an amount."""
    metrics = lexicon()["metrics"]
    cache: dict[int, tuple[list[tuple[Token, Any]], list[tuple[Token, Any]], list[Span]]] = {}
    for token in ctx.doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in metrics:
            continue
        sentence = token.sent
        if sentence.start not in cache:
            cache[sentence.start] = (
                sentence_values(values.money_spans, sentence),
                sentence_values(values.share_spans, sentence),
                [entity for entity in sentence.ents if entity.label_ == "DATE"],
            )
        money, shares, dates = cache[sentence.start]
        verb = _verb(token)
        anchors = [token] if verb is None else [token, verb]
        found = _first(nearest(anchor, money, limit) for anchor, limit in zip(anchors, _AMOUNT_DISTANCE))
        organization = _organization(ctx, token)
        if found is None or organization is None:
            continue
        amount_root, amount = found
        attributes: dict[str, Any] = {"metric": metrics[token.lower_], "amount": amount}
        change = _change([*anchors, amount_root], shares)
        if change is not None:
            attributes["change"] = change
        period = _period(token, anchors, dates)
        if period is not None:
            attributes["period"] = period
        yield make_fact("FinancialMetric", {"organization": organization}, token, "financialmetric.reported", 0.7, "completed", attributes)


def _first(items: Iterator[Any]) -> Any:
    """The first item that is not ``None``."""
    return next((item for item in items if item is not None), None)


def _period(metric: Token, anchors: list[Token], dates: list[Span]) -> str | None:
    """The period a metric covers: a date inside the metric's phrase, else one near its verb."""
    inside = [(date.root, date.text) for date in dates if metric.is_ancestor(date.root)]
    if inside:
        return nearest_value(metric, inside, limit=len(metric.doc))
    return _first(nearest_value(anchor, [(date.root, date.text) for date in dates], 2) for anchor in anchors)


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
    the subject of the verb that reports it ("the company reported volume")."""
    heads = [child for child in metric.children if child.dep_ in ("poss", "compound", "nmod")]
    if metric.dep_ in ("dobj", "pobj", "attr"):
        subject = subject_of(metric)
        if subject is not None:
            heads.append(subject)
    for entity in resolve_all(ctx, heads):
        if ctx.type_of(entity) == "Organization":
            return entity
    return None


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
