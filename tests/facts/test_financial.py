"""FinancialMetric: metric nouns with an owner and an amount; change and period when given."""

from __future__ import annotations

from kg.model import Amount

ACME = ("Acme Corp", "acme", "Organization")


def test_profits_rose_to(facts_of, summary):
    facts = facts_of("Acme Corp's profits rose 20% to £146m in 2004.", [ACME], "FinancialMetric")
    assert summary(facts) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts[0].attributes == {"metric": "profit", "amount": Amount(146_000_000.0, "GBP"), "change": 0.2, "period": "2004"}


def test_reported_volume_with_period_and_change(facts_of):
    text = "This year the company reported volume from Nov. 1-11 of roughly $19.1 billion, up more than 50% from last year."
    facts = facts_of(text, [("the company", "acme", "Organization", "description")], "FinancialMetric")
    assert [dict(fact.roles) for fact in facts] == [{"organization": "acme"}]
    assert facts[0].attributes == {"metric": "volume", "amount": Amount(19_100_000_000.0, "USD"), "change": 0.5, "period": "Nov. 1-11"}


def test_fall_gives_a_negative_change(facts_of):
    facts = facts_of("Acme Corp said its sales fell 12% to 40 mln dlrs.", [ACME, ("its", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["change"]) for fact in facts] == [("sales", -0.12)]


def test_expected_profit_is_prospective(facts_of):
    facts = facts_of("Acme Corp expects a profit of 5 mln dlrs next year.", [ACME], "FinancialMetric")
    assert [fact.status_class for fact in facts] == ["prospective"]


def test_no_metric_without_amount_or_owner(facts_of):
    assert facts_of("Acme Corp said profits were strong.", [ACME], "FinancialMetric") == []
    assert facts_of("Turnover for the quarter was up 4.3% to £1.97bn.", [ACME], "FinancialMetric") == []
