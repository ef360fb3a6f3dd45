"""Role: titles before names, appositions, possessive titles, appointments."""

from __future__ import annotations

ACME = ("Acme Corp", "acme", "Organization")
SMITH = ("John Smith", "smith", "Person")


def test_title_before_name(facts_of, summary):
    facts = facts_of("Acme Corp CEO John Smith complained about the market.", [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].attributes == {"title": "CEO"}
    assert facts[0].extractor == "role.title_before_name"


def test_apposition_with_of(facts_of, summary):
    facts = facts_of("John Smith, chief executive of Acme Corp, said the deal was good.", [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].attributes == {"title": "chief executive"}


def test_possessive_title_in_apposition(facts_of):
    facts = facts_of("John Smith, Acme Corp's chairman, said so.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_analyst_of_and_appointment(facts_of):
    analyst = facts_of("Analyst John Smith of Acme Corp said sales would fall.", [ACME, SMITH], "Role")
    assert [fact.attributes["title"] for fact in analyst] == ["analyst"]
    named = facts_of("Acme Corp named John Smith as chairman.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in named] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_no_role_without_a_title_or_an_organization(facts_of):
    assert facts_of("John Smith visited Acme Corp on Monday.", [ACME, SMITH], "Role") == []
    assert facts_of("A spokesperson for the group declined to comment, said John Smith.", [SMITH], "Role") == []


def test_demonym_title_names_a_country(facts_of):
    facts = facts_of("Spanish Economy Minister John Smith said taxes would rise in Spain.", [SMITH, ("Spain", "spain", "Place")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "spain"}, "minister")]


def test_title_after_a_comma_parsed_as_a_second_subject(facts_of):
    facts = facts_of("In a statement, John Smith, Acme Corp chairman said the sale was done.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_demonym_compound_title_names_the_country(facts_of):
    facts = facts_of("Last week, Spanish Economy Minister, John Smith, told reporters in Madrid.", [SMITH, ("Spain", "spain", "Place"), ("Madrid", "madrid", "Place")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "spain"}, "minister")]


def test_possessor_after_of_is_not_the_employer(facts_of):
    text = '"It helps," said Borg Inc analyst John Smith of Acme Corp\'s sale of its stock.'
    facts = facts_of(text, [ACME, SMITH, ("Borg Inc", "borg", "Organization")], "Role")
    assert [dict(fact.roles) for fact in facts] == [{"person": "smith", "organization": "borg"}]
