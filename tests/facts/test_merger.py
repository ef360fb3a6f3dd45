"""Merger: merge verbs and merger nouns; parties as a sorted tuple."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import extract_doc

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")


def test_considering_a_merger_with(facts_of, summary):
    facts = facts_of("Acme Corp is considering a merger with Borg Inc.", [ACME, BORG], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("acme", "borg")}, "considering")]
    assert facts[0].extractor == "merger.merger"


def test_merged_with_is_completed(facts_of, summary):
    facts = facts_of("Borg Inc merged with Acme Corp in 1998.", [ACME, BORG], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("acme", "borg")}, "completed")]
    assert facts[0].attributes == {"date": "1998"}


def test_called_off_merger_is_cancelled(facts_of, summary):
    facts = facts_of("Acme Corp called off its planned merger with Borg Inc.", [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("acme", "borg")}, "cancelled")]


def test_a_merger_needs_two_parties(facts_of):
    assert facts_of("Acme Corp said the merger wave would continue.", [ACME], "Merger") == []


def test_possessive_pronoun_in_a_relative_clause_is_its_antecedent(facts_of, summary):
    acme, borg, cyber = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization"), ("Cyber Ltd", "cyber", "Organization")
    text = "Cyber Ltd proposed a takeover of Borg Inc, which was negotiating its merger with Acme Corp."
    facts = facts_of(text, [acme, borg, cyber, ("its", "cyber", "Organization", "pronoun")], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("acme", "borg")}, "negotiating")]


def test_merger_under_a_noun_takes_no_distant_subject(facts_of):
    acme, borg, cyber = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization"), ("Cyber Ltd", "cyber", "Organization")
    text = "Cyber Ltd said pending the end of Borg Inc's merger agreement, it would wait."
    facts = facts_of(text, [acme, borg, cyber], "Merger")
    assert [fact.participants() for fact in facts] == []


def test_they_stands_for_the_subjects_of_the_clause_above(facts_of, summary):
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    assert summary(facts_of("Acme Corp and Borg Inc said they agreed to merge.", [acme, borg], "Merger")) == [
        ("Merger", {"parties": ("acme", "borg")}, "agreed")
    ]
    assert facts_of("Analysts said they expect Acme Corp to grow.", [acme], "Merger") == []


def test_a_name_and_name_subject_the_parser_reads_as_a_modifier_gives_both_parties(facts_of, summary):
    belknap, kelvaro = ("Belknap Gold Mines Ltd", "belknap", "Organization"), ("Kelvaro Gold Mines Ltd", "kelvaro", "Organization")
    facts = facts_of("Belknap Gold Mines Ltd and Kelvaro Gold Mines Ltd said they had agreed to combine.", [belknap, kelvaro], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("belknap", "kelvaro")}, "agreed")]


def test_an_unnamed_noun_in_apposition_stands_for_the_name(facts_of, summary):
    text = "The buyer was Acme Corp, a Russian gas firm that is currently merging with Borg Inc."
    assert [dict(fact.roles) for fact in facts_of(text, [ACME, BORG], "Merger")] == [{"parties": ("acme", "borg")}]


def test_their_on_a_merger_stands_for_the_subjects_they_stand_for(facts_of, summary):
    text = "Acme Corp and Borg Inc said they terminated their previously announced merger negotiations."
    assert summary(facts_of(text, [ACME, BORG], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "cancelled")]


def test_a_merger_into_and_a_merger_agreement_with(facts_of):
    def parties(text, surfaces=(ACME, BORG)):
        return [tuple(sorted(f.roles["parties"])) for f in facts_of(text, list(surfaces), "Merger")]

    its = ("its", "acme", "Organization", "pronoun")
    assert parties("Acme Corp said its board will vote on its proposed merger into Borg Inc.", (ACME, BORG, its)) == [("acme", "borg")]
    assert parties("Acme Corp shareholders will vote to approve the previously announced merger with Borg Inc.") == [("acme", "borg")]
    assert parties("Acme Corp said its board approved a merger agreement with Borg Inc.", (ACME, BORG, its)) == [("acme", "borg")]
    assert parties("The agreement calls for Acme Corp to be merged into Borg Inc.") == [("acme", "borg")]
    assert facts_of("Acme Corp shareholders would have a 25 pct stake in Borg Inc.", [ACME, BORG], "Ownership") == []


def test_a_company_merging_into_another_is_a_party_unless_it_merges_a_unit(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    text = "Acme Corp said it reached a tentative letter of intent to merge into Borg Inc in a stock deal."
    assert summary(facts_of(text, [ACME, BORG, it], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "planned")]
    zorvex = ("Zorvex", "zorvex", "Organization")
    text = "Acme Corp folded Zorvex into Borg Inc."
    assert summary(facts_of(text, [ACME, BORG, zorvex], "Merger")) == [("Merger", {"parties": ("borg", "zorvex")}, "completed")]


def test_the_two_companies_are_the_pair_the_story_names_most(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    text = "Acme Corp said it held talks with Borg Inc. Acme Corp hired Cyber Ltd. The two companies said they agreed to merge."
    assert summary(facts_of(text, [ACME, BORG, cyber], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "agreed")]
    text = "Acme Corp bought Borg Inc. Cyber Ltd said the merger of the two groups was approved."
    assert summary(facts_of(text, [ACME, BORG, cyber], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "agreed")]


def test_a_bare_the_two_is_the_pair_the_sentence_before_names(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    text = "Acme Corp sued Cyber Ltd last year. Acme Corp later widened its links with Borg Inc. The two will merge their testing labs next year."
    assert summary(facts_of(text, [ACME, BORG, cyber], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "planned")]


def test_two_firms_without_the_are_no_pair(facts_of):
    text = "Acme Corp said Borg Inc plans to merge two Dutch firms."
    assert facts_of(text, [ACME, BORG], "Merger") == []


def test_they_on_a_merger_agreement_they_signed(facts_of, summary):
    text = "Acme Corp and Borg Inc said they have signed a definitive merger agreement."
    assert summary(facts_of(text, [ACME, BORG], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "agreed")]


def test_the_words_a_ticker_cut_off_a_name_stand_for_it(nlp):
    text = "The judge lifted an injunction blocking the planned merger of Zorvex <ZRV> Airlines Inc and Quintara Airlines <QNT>, the court said."
    extraction = extract_doc(nlp(text), Document(id="test", text=text))
    names = {entity.id: entity.name for entity in extraction.entities}
    assert [sorted(names[i] for i in fact.roles["parties"]) for fact in extraction.facts if fact.type == "Merger"] == [["Quintara Airlines", "Zorvex"]]


def test_stock_listings_in_brackets_name_nothing_and_break_no_merger(nlp):
    text = "Zorvex Corp (Nasdaq: ZRVX) and Quintara Ltd (LSE: QTR) agreed to merge."
    extraction = extract_doc(nlp(text), Document(id="test", text=text))
    names = {entity.id: entity.name for entity in extraction.entities}
    assert sorted(names.values()) == ["Quintara", "Zorvex"]
    assert [sorted(names[i] for i in fact.roles["parties"]) for fact in extraction.facts if fact.type == "Merger"] == [["Quintara", "Zorvex"]]


def test_a_family_merges_with_no_one(facts_of, summary):
    text = "Oatley Wines merged with Borg Inc."
    company = facts_of(text, [("Oatley Wines", "oatley", "Organization/Company"), BORG], "Merger")
    assert summary(company) == [("Merger", {"parties": ("borg", "oatley")}, "completed")]
    assert facts_of(text, [("Oatley Wines", "oatley", "Organization/Family"), BORG], "Merger") == []


def test_what_a_merge_verb_merges_with_something_are_the_parties_not_its_subject(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    text = "Acme Corp merged its Borg Inc unit with Cyber Ltd."
    assert summary(facts_of(text, [ACME, BORG, cyber], "Merger")) == [("Merger", {"parties": ("borg", "cyber")}, "completed")]
    text = "Acme Corp agreed to merge with Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "agreed")]


def test_names_a_hyphen_or_slash_joins_before_a_merger_are_its_parties(facts_of, summary):
    surfaces = [("Zorvex", "zorvex", "Organization"), ("Belknap", "belknap", "Organization"), ("Tarvel Union", "union", "Organization")]
    hyphen = facts_of("Tarvel Union says it backs the Zorvex-Belknap merger.", surfaces, "Merger")
    assert [dict(fact.roles) for fact in hyphen] == [{"parties": ("belknap", "zorvex")}]
    slash = facts_of("The sale awaits approval of the proposed Zorvex/Belknap merger.", surfaces, "Merger")
    assert [dict(fact.roles) for fact in slash] == [{"parties": ("belknap", "zorvex")}]


def test_a_company_merging_its_unit_into_another_is_no_party(facts_of, summary):
    zorvex, its = ("Zorvex", "zorvex", "Organization"), ("its", "acme", "Organization", "pronoun")
    text = "Acme Corp merged its subsidiary, Zorvex, into Borg Inc in return for shares."
    assert summary(facts_of(text, [ACME, BORG, zorvex, its], "Merger")) == [("Merger", {"parties": ("borg", "zorvex")}, "completed")]
    text = "Acme Corp and Borg Inc merged their drilling units."
    assert summary(facts_of(text, [ACME, BORG], "Merger")) == [("Merger", {"parties": ("acme", "borg")}, "completed")]
