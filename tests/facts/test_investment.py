"""Investment: invest verbs and investment nouns; places are valid targets."""

from __future__ import annotations

from kg.model import Amount

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
US = ("the United States", "us", "Place")


def test_invest_in_a_place_in_order_to(facts_of, summary):
    facts = facts_of("Acme Corp is raising money in order to invest in the United States.", [ACME, US], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme", "target": "us"}, "planned")]


def test_invest_amount_in_company(facts_of, summary):
    facts = facts_of("Acme Corp will invest $1bn in Borg Inc.", [ACME, BORG], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme", "target": "borg"}, "planned")]
    assert facts[0].attributes == {"amount": Amount(1_000_000_000.0, "USD")}


def test_decided_not_to_invest_is_negative(facts_of):
    facts = facts_of("Acme Corp decided not to invest in the United States.", [ACME, US], "Investment")
    assert [fact.status_class for fact in facts] == ["negative"]


def test_investment_noun_with_possessor(facts_of, summary):
    facts = facts_of("Acme Corp's investment in Borg Inc paid off.", [ACME, BORG], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme", "target": "borg"}, "completed")]


def test_investing_time_is_no_investment(facts_of):
    assert facts_of("Acme Corp invested heavily in training.", [ACME], "Investment") == []


def test_putting_money_into_a_company(facts_of, summary):
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    assert summary(facts_of("Acme Corp put $40m into Borg Inc last year.", [acme, borg], "Investment")) == [
        ("Investment", {"investor": "acme", "target": "borg"}, "completed")
    ]
    assert summary(facts_of("Acme Corp has put fresh money into Borg Inc.", [acme, borg], "Investment")) == [
        ("Investment", {"investor": "acme", "target": "borg"}, "completed")
    ]
    refused = facts_of("Acme Corp decided not to put any more money into Borg Inc.", [acme, borg], "Investment")
    assert [fact.status_class for fact in refused] == ["negative"]
    assert facts_of("Acme Corp put shoes into Borg Inc stores.", [acme, borg], "Investment") == []


def test_an_investment_with_no_named_target_needs_its_amount(facts_of, summary):
    facts = facts_of("Acme Corp will invest $500m in new factories over five years.", [ACME], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme"}, "planned")]
    assert facts[0].confidence == 0.55
    assert facts_of("Acme Corp said it would keep investing in its core businesses.", [ACME], "Investment") == []


def test_an_investment_noun_with_no_named_target_needs_its_amount(facts_of, summary):
    facts = facts_of("Acme Corp plans a joint venture to make parts, with an initial investment of $6.5m.", [ACME], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme"}, "planned")]
    assert (facts[0].confidence, facts[0].attributes) == (0.5, {"amount": Amount(6_500_000.0, "USD")})
    assert facts_of("Acme Corp announced a new investment strategy.", [ACME], "Investment") == []
    assert facts_of("Acme Corp manages investments of $690m for its clients.", [ACME], "Investment") == []


def test_a_country_may_invest_and_a_city_may_not(facts_of):
    text = "The deal could see India invest up to $12bn in mining projects."
    country = facts_of(text, [("India", "india", "Place/Country")], "Investment")
    assert [(dict(f.roles), f.attributes["amount"].value) for f in country] == [({"investor": "india"}, 12e9)]
    assert facts_of(text.replace("India", "Delhi"), [("Delhi", "delhi", "Place/City")], "Investment") == []


def test_an_investment_noun_naming_a_kind_of_firm_is_no_investment(facts_of):
    ny = ("New York", "ny", "Place")
    assert facts_of("Acme Corp plans to set up an investment unit, Borg Inc, in New York.", [ACME, BORG, ny], "Investment") == []
    assert facts_of("Acme Corp hired the investment bank in New York.", [ACME, ny], "Investment") == []


def test_money_put_into_a_company_is_a_sum_not_a_bare_count(pipeline_roles):
    assert pipeline_roles("The suit alleged Tarvel Inc committed thousands of safety violations in Texas between 1998 and 2001.", "Investment") == []
    assert pipeline_roles("Zorvex Corp said it would put 50 mln dlrs into Tarvel Inc.", "Investment") == [
        {"investor": "Zorvex", "target": "Tarvel"}
    ]


def test_a_possessed_investment_in_something_unnamed_has_an_investor_only(facts_of, summary):
    """"its investment in gas drilling": an investment with no named target."""
    text = "Acme Corp was enjoying the returns on its investment in gas drilling."
    facts = facts_of(text, [ACME, ("its", "acme", "Organization", "pronoun")], "Investment")
    assert [dict(fact.roles) for fact in facts] == [{"investor": "acme"}]


def test_investment_a_company_plans_or_raises_names_its_investor_without_an_amount(facts_of, summary):
    """"is planning to increase investment in its brands": a plan to invest, with no sum or named target."""
    facts = facts_of("Acme Corp said it plans to boost and increase investment in its 250 core brands.", [ACME, ("it", "acme", "Organization", "pronoun")], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme"}, "planned")]
    assert facts_of("Acme Corp said it would scale back investment in its stores.", [ACME, ("it", "acme", "Organization", "pronoun")], "Investment") == []


def test_a_nationality_on_a_planned_investment_says_whose_it_is(facts_of, summary):
    """"X aims to help boost Belgian investment in Y": the investment is Belgium's, so X, the
    subject of the verb governing it, is no investor; with no nationality it is X's."""
    borvia = ("Borvia", "borvia", "Place")
    assert facts_of("Acme Corp aims to help boost Belgian investment in Borvia.", [ACME, borvia], "Investment") == []
    facts = facts_of("Acme Corp aims to help boost investment in Borvia.", [ACME, borvia], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme", "target": "borvia"}, "planned")]
    # A nationality the parser hangs on the trigger across a currency word is the currency's.
    facts = facts_of("Acme Corp aims to help boost a 90 mln Canadian dlr investment in Borvia.", [ACME, borvia], "Investment")
    assert [dict(fact.roles) for fact in facts] == [{"investor": "acme", "target": "borvia"}]


def test_a_possessed_investment_named_by_its_target(facts_of, summary):
    """"X's Y investment no longer fits its strategy": the name inside a possessed investment is
    what was invested in, as in "its LSE bid"."""
    facts = facts_of("Acme Corp's Borg Inc investment no longer fits its business strategy.", [ACME, BORG], "Investment")
    assert summary(facts) == [("Investment", {"investor": "acme", "target": "borg"}, "completed")]
