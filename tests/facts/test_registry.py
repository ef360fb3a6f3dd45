"""The registry and extract_facts: every fact type registered, order and merging."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.facts import extract_facts, fact_key, names, register, registry
from kg.model import FACT_TYPES, Document, Entity, Evidence, Fact, Mention


def test_every_fact_type_has_one_extractor():
    assert names() == FACT_TYPES
    assert set(registry) == set(FACT_TYPES)


def test_unknown_fact_type_cannot_be_registered():
    with pytest.raises(KgError, match="unknown fact type 'Rumour'"):
        register("Rumour")


def test_fact_key_sorts_list_roles():
    evidence = Evidence("x", 0, 1)
    one = Fact("Merger", {"parties": ("b", "a")}, "completed", evidence, "m", 0.5)
    other = Fact("Merger", {"parties": ("a", "b")}, "agreed", evidence, "n", 0.9)
    assert fact_key(one) == fact_key(other) == ("Merger", (("parties", ("a", "b")),))


def test_duplicates_merge_keeping_the_most_confident(facts_of):
    text = "Acme Corp owns Borg Inc outright. Borg Inc, a unit of Acme Corp, grew."
    facts = facts_of(text, [("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")], "Ownership")
    assert [(fact.extractor, fact.confidence, fact.evidence.start) for fact in facts] == [("ownership.owns", 0.8, 0)]


def test_a_merged_holding_takes_the_share_another_sentence_states(facts_of):
    surfaces = [("Borg Inc", "borg", "Organization"), ("it", "borg", "Organization", "pronoun"), ("its", "borg", "Organization", "pronoun"), ("Acme Corp", "acme", "Organization")]
    text = "Borg Inc said it reduced its stake in Acme Corp to 16 pct. Borg Inc said it holds its Acme Corp stock for investment."
    facts = facts_of(text, surfaces, "Ownership")
    assert [(fact.extractor, fact.attributes) for fact in facts] == [("ownership.holds_stake", {"share": 0.16})]


def test_order_is_by_type_then_offset(facts_of):
    text = "Acme Corp CEO John Smith said Acme Corp bought Borg Inc last year. Acme Corp competes with Borg Inc in Spain."
    surfaces = [("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization"), ("John Smith", "smith", "Person")]
    assert [fact.type for fact in facts_of(text, surfaces)] == ["Acquisition", "Ownership", "Role", "Competition"]


def test_mentions_without_entities_are_ignored(nlp):
    text = "Acme Corp bought Borg Inc."
    mentions = [Mention(0, 9, "Acme Corp", "Organization", entity_id="acme"), Mention(17, 25, "Borg Inc", "Organization")]
    entities = [Entity("acme", "Acme Corp", "Organization")]
    assert extract_facts(nlp(text), entities, mentions, Document("d", text)) == []


def test_a_stake_bought_is_kept_apart_from_the_takeover_offered(facts_of, summary):
    surfaces = [("Acme Corp", "acme", "Organization"), ("Acme", "acme", "Organization"), ("Borg Inc", "borg", "Organization")]
    surfaces += [("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun"), ("the company", "borg", "Organization", "description")]
    text = "Acme Corp said its offer to acquire Borg Inc is fair. Last week, Acme bought 400,000 Borg Inc common shares."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed"),
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed"),
    ]
    text = "Acme Corp, which is seeking control of Borg Inc, said it raised its stake in Borg Inc to 8.7 pct."
    assert sorted(fact.status for fact in facts_of(text, surfaces, "Acquisition")) == ["completed", "planned"]
    text = "Acme Corp said it has acquired 418,000 shares of Borg Inc. It said it bought the shares in order to acquire an equity stake in the firm."
    assert [fact.roles for fact in facts_of(text, surfaces, "Acquisition")] == [{"buyer": "acme", "target": "borg"}]


def test_shares_sold_are_kept_apart_from_the_rest_the_seller_plans_to_sell(facts_of):
    surfaces = [("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")]
    surfaces += [("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it now plans to sell its entire stake in Borg Inc. Acme Corp said it sold a net 412,500 Borg Inc common shares last week."
    statuses = [fact.status for fact in facts_of(text, surfaces, "Acquisition") if fact.roles == {"seller": "acme", "target": "borg"}]
    assert statuses == ["planned", "completed"]
