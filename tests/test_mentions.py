"""kg.mentions: typed name mentions, each rule with positive, negative and near-miss cases.

Made-up company names (Zorvex, Quintara, Telvarra...) keep the company vocabulary out of the
way, so these tests exercise the general rules.
"""

from __future__ import annotations

import pytest

from kg.mentions import find_mentions, short_forms


def _found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.source) for m in find_mentions(nlp(text))]


def test_offsets_point_into_the_text(nlp) -> None:
    text = "Analysts expect Zorvex Holdings to report higher sales."
    mentions = find_mentions(nlp(text))
    assert [(m.start, m.end, m.kind) for m in mentions] == [(16, 31, "name")]
    assert text[16:31] == "Zorvex Holdings"


def test_month_is_not_a_company_but_may_department_stores_is(nlp) -> None:
    assert _found(nlp, "Sales at the chain rose 4% in May, the company said.") == []
    assert _found(nlp, "May Department Stores Co agreed to buy Zorvex Holdings for 2 bln dlrs.") == [
        ("May Department Stores Co", "Organization", "suffix"),
        ("Zorvex Holdings", "Organization", "suffix"),
    ]


def test_suffix_and_web_names_are_organizations(nlp) -> None:
    assert _found(nlp, "Brindlecorp.com Inc. reported strong sales. Brindlecorp plans to expand.") == [
        ("Brindlecorp.com Inc.", "Organization", "suffix"),
        ("Brindlecorp", "Organization", "ner"),
    ]


def test_headings_are_not_names(nlp) -> None:
    assert _found(nlp, "Market Brief:\n-\nKelvaro Group opened a store in Ohio.") == [
        ("Kelvaro Group", "Organization", "suffix"),
        ("Ohio", "Place", "ner"),
    ]


def test_reuters_markers_lose_their_brackets(nlp) -> None:
    text = "Analysts said <Hallstrom Marine Co> of Oslo, Norway, would sell its stake to <Verdane Capital AB>."
    assert _found(nlp, text) == [
        ("Hallstrom Marine Co", "Organization", "marker"),
        ("Oslo", "Place", "ner"),
        ("Norway", "Place", "ner"),
        ("Verdane Capital AB", "Organization", "marker"),
    ]


def test_upper_case_headline_has_no_mentions(nlp) -> None:
    text = "ZORVEX TO BUY QUINTARA STAKE\nShares of Zorvex Holdings rose after it bought Quintara Corp."
    found = _found(nlp, text)
    assert [(f[0], text.index(f[0]) > 30) for f in found] == [("Zorvex Holdings", True), ("Quintara Corp.", True)]


def test_business_nouns_type_an_untagged_name(nlp) -> None:
    assert _found(nlp, "A Quintara spokesperson declined to comment. Quintara CEO Marta Jensen said the deal was fair.") == [
        ("Quintara", "Organization", "role"),
        ("Quintara", "Organization", "alias"),
        ("Marta Jensen", "Person", "ner"),
    ]


def test_possessive_business_noun_overrules_the_model(nlp) -> None:
    assert _found(nlp, "Mr Jensen said Quintara's shares had risen. Jensen joined in 2010.") == [
        ("Jensen", "Person", "ner"),
        ("Quintara", "Organization", "role"),
        ("Jensen", "Person", "ner"),
    ]


def test_organization_apposition_and_demonyms(nlp) -> None:
    text = "Spanish group Telvarra agreed to acquire Norbeck, a German retailer."
    assert _found(nlp, text) == [("Telvarra", "Organization", "role"), ("Norbeck", "Organization", "ner")]


def test_short_form_of_a_known_name_is_typed_alike(nlp) -> None:
    found = _found(nlp, "Zorvex Holdings said on Tuesday it would expand. Zorvex shares rose 3 pct.")
    assert found == [("Zorvex Holdings", "Organization", "suffix"), ("Zorvex", "Organization", "role")]


def test_seed_mistypings_are_fixed(nlp, seed_document) -> None:
    mentions = find_mentions(nlp(seed_document.text))
    by_text: dict[str, set[str]] = {}
    for m in mentions:
        by_text.setdefault(m.text, set()).add(m.type)
        assert seed_document.text[m.start : m.end] == m.text
    assert by_text["JD"] == {"Organization"}
    assert by_text["Alibaba"] == {"Organization"}
    assert by_text["Yihaodian"] == {"Organization"}
    assert by_text["Walmart"] == {"Organization"}
    assert sum(m.text == "Walmart" for m in mentions) == 6
    assert not {"Dive Brief", "Dive Insight", "Chinese", "American"} & by_text.keys()
    assert by_text["Singles Day"] == {"Event"} and by_text["6.18"] == {"Event"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("JD.com Inc.", {"JD.com", "JD"}),
        ("Tencent Holdings", {"Tencent"}),
        ("Federated Department Stores", {"Federated"}),
        ("United Airlines", set()),
        ("Acme Europe", set()),
        ("Industrial Equity (Pacific) Ltd", {"Industrial Equity (Pacific)", "Industrial Equity"}),
        ("Brindle Mining Holdings Inc", {"Brindle Mining Holdings", "Brindle Mining", "Brindle"}),
    ],
)
def test_short_forms(name: str, expected: set[str]) -> None:
    assert short_forms(name) == expected
