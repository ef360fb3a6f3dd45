"""kg.facts.common: the per-document helpers every extractor shares."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import values
from kg.facts.common import conjuncts, dateline_country, evidence, sentence_values
from kg.model import Amount, Evidence


def test_evidence_is_the_token_s_sentence_with_its_offsets(nlp) -> None:
    doc = nlp("Acme bought Borg.  Then it sold Cyber for $5m.")
    assert evidence(doc[1]) == Evidence("Acme bought Borg.  ", 0, 19)
    assert evidence(doc[-2]) == Evidence("Then it sold Cyber for $5m.", 19, 46)


def test_sentence_values_are_read_once_per_sentence(nlp) -> None:
    doc = nlp("Acme paid $5m for Borg. Then it sold Cyber for $7m.")
    first, second = list(doc.sents)
    calls: list[int] = []

    def finder(span):
        calls.append(span.start)
        return values.money_spans(span)

    found = sentence_values(finder, first)
    assert [(root.i, value) for root, value in found] == [(4, Amount(5_000_000.0, "USD"))]
    assert sentence_values(finder, first) == found and sentence_values(finder, first) is not found
    assert [value for _, value in sentence_values(finder, second)] == [Amount(7_000_000.0, "USD")]
    assert calls == [first.start, second.start]


def test_dateline_country_is_the_country_of_its_first_place() -> None:
    assert dateline_country("TORONTO, March 20 -") == "Canada"
    assert dateline_country("HONG KONG, April 2 -") == "Hong Kong"
    assert dateline_country("LONDON, March 1 -") == "United Kingdom"
    assert dateline_country("COMMACK, N.Y., Feb 26 -") is None
    assert dateline_country(None) is None


def test_a_common_noun_s_conjuncts_include_the_names_it_gives_as_examples(nlp) -> None:
    doc = nlp("Acme Corp competes with retailers including Borg Inc and Zeta Corp.")
    retailers = next(token for token in doc if token.text == "retailers")
    assert [token.text for token in conjuncts(retailers)] == ["retailers", "Inc", "Corp."]
    acme = next(token for token in doc if token.text == "Corp")
    assert [token.text for token in conjuncts(acme)] == ["Corp"]


def test_a_company_organ_s_conjuncts_include_the_companies_it_is_of(nlp) -> None:
    doc = nlp("The boards of Acme Corp and Borg Inc met.")
    boards = next(token for token in doc if token.text == "boards")
    assert [token.text for token in conjuncts(boards)] == ["boards", "Corp", "Inc"]


def test_a_second_name_hung_on_the_noun_after_a_listed_one_is_listed(nlp) -> None:
    # "the Lyons-based Acme and Paris-based Borg units", with both names and "Paris-based" hung on "units"
    words = ["the", "Lyons", "-", "based", "Acme", "and", "Paris", "-", "based", "Borg", "units"]
    heads = [4, 3, 3, 4, 10, 4, 8, 8, 10, 10, 10]
    deps = ["det", "npadvmod", "punct", "amod", "nmod", "cc", "npadvmod", "punct", "amod", "nmod", "ROOT"]
    pos = ["DET", "PROPN", "PUNCT", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT", "VERB", "PROPN", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in conjuncts(doc[10])] == ["units", "Acme", "Borg"]


def test_a_noun_given_a_name_by_a_participle_stands_for_that_name(facts_of) -> None:
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    owned = facts_of("Acme Corp jointly owns with Zorvex a company called Borg Inc of Tarvel.", [acme, borg], "Ownership")
    assert [dict(fact.roles) for fact in owned] == [{"owner": "acme", "owned": "borg"}]
    assert facts_of("Acme Corp owns a company that Quintara called Borg Inc.", [acme, borg], "Ownership") == []


def test_a_name_set_off_after_a_company_noun_but_hung_elsewhere_names_it(facts_of) -> None:
    acme, borg, zorvex = ("Acme Corp", "acme", "Organization"), ("Borg Corp", "borg", "Organization"), ("Zorvex Telecom Corp", "zorvex", "Organization")
    text = "Acme Corp said it has agreed to buy Borg Corp's 40 pct stake in their joint venture company, Zorvex Telecom Corp, for an undisclosed sum."
    facts = facts_of(text, [acme, borg, zorvex, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [dict(fact.roles) for fact in facts] == [{"buyer": "acme", "seller": "borg", "target": "zorvex"}]
    assert facts_of("Acme Corp bought the company, Borg Corp said.", [acme, borg], "Acquisition") == []


def test_a_closing_wire_marker_made_a_possessor_stands_for_the_name_it_closes(facts_of) -> None:
    acme, borg, zorvex = ("Acme Corp", "acme", "Organization"), ("Borg Ltd", "borg", "Organization"), ("Zorvex Ltd", "zorvex", "Organization")
    facts = facts_of("Acme Corp plans to buy <Borg Ltd>'s stake in Zorvex Ltd.", [acme, borg, zorvex], "Acquisition")
    assert [dict(fact.roles) for fact in facts] == [{"buyer": "acme", "seller": "borg", "target": "zorvex"}]


def test_a_name_a_closing_wire_marker_possessor_follows_is_the_owner_not_the_thing_named(facts_of) -> None:
    acme, borg, zorvex = ("Acme Corp", "acme", "Organization"), ("Borg Ltd", "borg", "Organization"), ("Zorvex Tools", "zorvex", "Organization")
    facts = facts_of("Acme Corp agreed to buy <Borg Ltd>'s Zorvex Tools unit.", [acme, borg, zorvex], "Acquisition")
    assert {"buyer": "acme", "seller": "borg", "target": "zorvex"} in [dict(fact.roles) for fact in facts]
    assert all(fact.roles.get("target") != "borg" for fact in facts)


def test_a_to_the_parser_hung_on_a_later_item_of_a_sale_s_object_list_is_the_sale_s(facts_of) -> None:
    acme, borg, zorvex, quintara = (
        ("Acme Corp", "acme", "Organization"),
        ("Borg Direct Inc", "borg", "Organization"),
        ("Zorvex Systems Inc", "zorvex", "Organization"),
        ("Quintara Corp", "quintara", "Organization"),
    )
    text = "Acme Corp said it kept its promise to sell its ticketing service, Borg Direct Inc, and its data processing unit, Zorvex Systems Inc, to Quintara Corp."
    facts = facts_of(text, [acme, borg, zorvex, quintara, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert sorted(fact.roles["target"] for fact in facts if fact.roles.get("buyer") == "quintara") == ["borg", "zorvex"]


def test_each_of_a_longer_list_of_names_hung_on_the_noun_is_listed(nlp) -> None:
    # "the Zorvex, Quintara and Tarvel brands": the parser hangs the "and" on "Quintara", not on "Zorvex"
    words = ["the", "Zorvex", ",", "Quintara", "and", "Tarvel", "brands"]
    heads = [6, 6, 1, 1, 3, 3, 6]
    deps = ["det", "nmod", "punct", "conj", "cc", "conj", "ROOT"]
    pos = ["DET", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "NOUN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in conjuncts(doc[6])] == ["brands", "Zorvex", "Quintara", "Tarvel"]


def test_a_name_the_parser_conjoins_to_a_verb_has_only_its_own_conjuncts(nlp) -> None:
    # "units are Acme and employs staff; Borg, based in Paris; and Zorvex, based in Rome": Borg hangs
    # on "employs", Zorvex on "are", so spaCy's coordination holds both names and the verb
    words = ["units", "are", "Acme", "and", "employs", "staff", ";", "Borg", ",", "based", "in", "Paris", ";", "and", "Zorvex", ",", "based", "in", "Rome"]
    heads = [1, 1, 1, 1, 1, 4, 4, 4, 7, 7, 9, 10, 1, 1, 1, 14, 14, 16, 17]
    deps = ["nsubj", "ROOT", "attr", "cc", "conj", "dobj", "punct", "conj", "punct", "acl", "prep", "pobj", "punct", "cc", "conj", "punct", "acl", "prep", "pobj"]
    pos = ["NOUN", "AUX", "PROPN", "CCONJ", "VERB", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "CCONJ", "PROPN", "PUNCT", "VERB", "ADP", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in conjuncts(doc[7])] == ["Borg"]
    assert [token.text for token in conjuncts(doc[14])] == ["Zorvex"]


def test_an_area_noun_after_the_stands_for_the_place_before_it(facts_of) -> None:
    """"the Tarnfield area", "the Belknap community": the phrase names the place."""
    acme, tarnfield = ("Acme Corp", "acme", "Organization"), ("Tarnfield", "tarnfield", "Place/City")
    for text in (
        "Acme Corp operates a number of shoe stores in the Tarnfield metropolitan area.",
        "Acme Corp said it would keep its strong presence in the Tarnfield community.",
    ):
        facts = facts_of(text, [acme, tarnfield, ("its", "acme", "Organization", "pronoun")], "Location")
        assert [dict(fact.roles) for fact in facts] == [{"entity": "acme", "place": "tarnfield"}]
