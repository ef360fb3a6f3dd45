"""Competition: rival nouns, compete/chase verbs and rankings with "after"."""

from __future__ import annotations

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
SPAIN = ("Spain", "spain", "Place")


def test_description_rival_pairs_with_its_modifier(facts_of, summary):
    surfaces = [ACME, ("Borg", "borg", "Organization"), ("the Borg rival", "acme", "Organization", "description")]
    facts = facts_of("Investors cheered the Borg rival on Monday.", surfaces, "Competition")
    assert summary(facts) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_ranking_after_a_rival(facts_of, summary):
    facts = facts_of("Acme Corp, Spain's second-largest retailer after Borg Inc, is growing.", [ACME, BORG, SPAIN], "Competition")
    assert summary(facts) == [("Competition", {"competitors": ("acme", "borg")}, "active")]
    assert facts[0].extractor == "competition.ranking"


def test_compete_with_and_chase(facts_of, summary):
    assert summary(facts_of("Acme Corp competes with Borg Inc in Spain.", [ACME, BORG, SPAIN], "Competition")) == [
        ("Competition", {"competitors": ("acme", "borg")}, "active")
    ]
    assert summary(facts_of("Acme Corp has built strength as it chases Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Competition")) == [
        ("Competition", {"competitors": ("acme", "borg")}, "active")
    ]


def test_one_competing_with_several_makes_a_rivalry_with_each(facts_of, summary):
    """"such as" lists the names a common noun stands for; the subject rivals each of them, and
    they are not thereby rivals of each other."""
    zeta = ("Zeta Co", "zeta", "Organization")
    text = "Acme Corp struggled to compete against groups such as Borg Inc and other retailers such as Zeta Co."
    assert summary(facts_of(text, [ACME, BORG, zeta], "Competition")) == [
        ("Competition", {"competitors": ("acme", "borg")}, "active"),
        ("Competition", {"competitors": ("acme", "zeta")}, "active"),
    ]


def test_rival_alone_or_with_a_place_is_none(facts_of):
    assert facts_of("Acme Corp fears a new rival.", [ACME], "Competition") == []
    assert facts_of("Acme Corp is the largest retailer in Spain.", [ACME, SPAIN], "Competition") == []


def test_competition_a_company_faces_from_another(facts_of, summary):
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    facts = facts_of("Acme Corp blamed stiff competition from Borg Inc for the fall.", [acme, borg], "Competition")
    assert summary(facts) == [("Competition", {"competitors": ("acme", "borg")}, "active")]
    assert facts_of("The EU competition commissioner met Acme Corp and Borg Inc.", [acme, borg], "Competition") == []


def test_a_relative_clause_vying_with_a_rival(facts_of, summary):
    text = "Acme Corp, which is vying with Borg Inc to be the top luxury watchmaker, is upbeat."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_meeting_competition_makes_no_rivals_of_its_subjects(facts_of):
    text = "Acme Corp and Borg Inc were studying options to meet international competition."
    assert facts_of(text, [ACME, BORG], "Competition") == []


def test_a_rival_is_the_rival_of_the_subject_not_of_the_nearest_name(facts_of, summary):
    text = "Acme Corp said it will table a new offer for Cyber Ltd after losing out to larger rival Borg Inc."
    surfaces = [ACME, BORG, ("Cyber Ltd", "cyber", "Organization"), ("it", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_a_rival_named_alone_is_the_rival_of_the_one_other_company_or_of_the_story_s(facts_of):
    shell = ("Shell", "shell", "Organization")
    story = "Acme Corp posted a record profit. Acme Corp said so. Last week, rival Shell reported a profit of $17.5bn."
    assert [(f.roles["competitors"], f.extractor) for f in facts_of(story, [ACME, shell], "Competition")] == [
        (("acme", "shell"), "competition.story_rival")
    ]
    assert [f.roles["competitors"] for f in facts_of("Acme Corp signed a deal with Japanese rival Shell.", [ACME, shell], "Competition")] == [("acme", "shell")]
    three = facts_of("Acme Corp and Borg Inc met rival Shell.", [ACME, ("Borg Inc", "borg", "Organization"), shell], "Competition")
    assert [f for f in three if f.extractor == "competition.story_rival"] == []


def test_a_rival_as_a_copula_s_predicate(facts_of, summary):
    assert summary(facts_of("Acme Corp is the main rival of Borg Inc.", [ACME, BORG], "Competition")) == [
        ("Competition", {"competitors": ("acme", "borg")}, "active")
    ]
    denied = facts_of("Acme Corp is not a rival of Borg Inc.", [ACME, BORG], "Competition")
    assert [fact.status_class for fact in denied] == ["negative"]


def test_challenging_something_together_is_no_rivalry(pipeline_roles):
    text = "The ruling was challenged in court by Zorvex Bank and Tarvel Oil."
    assert pipeline_roles(text, "Competition") == []


def test_a_rival_named_after_its_kind_of_company(facts_of, summary):
    """"rival bank Y", "rivals such as low-cost carrier Y": the kind of company between the rival
    word and the name is no bar."""
    text = "Acme Corp is facing pressure from rivals such as low-cost carrier Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]
    text = "Acme Corp has withdrawn its offer for rival bank Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_possessed_rivals_listed_after_are_or_include(facts_of, summary):
    """"Its only U.S. competitors are Y and Z", "X's main rivals include Y": each is X's rival."""
    zorvex = ("Zorvex Corp", "zorvex", "Organization")
    us = ("U.S.", "united-states", "Place")
    text = "Acme Corp makes resins, and its only U.S. competitors are Borg Inc and Zorvex Corp."
    facts = facts_of(text, [ACME, us, BORG, zorvex, ("its", "acme", "Organization", "pronoun")], "Competition")
    assert sorted(fact.roles["competitors"] for fact in facts) == [("acme", "borg"), ("acme", "zorvex")]
    facts = facts_of("Acme Corp's main rivals include Borg Inc.", [ACME, BORG], "Competition")
    assert summary(facts) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_a_producer_followed_by_another_in_a_ranking_is_its_rival(facts_of, summary):
    """"led by X with 11% of the market, followed by Y": ranked one after the other, X and Y compete."""
    text = "The top producers are led by Acme Corp with 11% of the market, followed by Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]


def test_a_story_rival_set_before_its_name_as_apposition_or_through_a_kind_word(facts_of, summary):
    """"Key rival Y is already well-established" (Y in apposition to the rival word) and "Rival
    banking giant Y" (a kind of company between): Y is the rival of the company named before; a
    "rival suitor" bids for the target named before, no rival of it."""
    quintara = ("Quintara", "quintara", "Organization")
    text = "Acme Corp is coming late to the market. Key rival Quintara is already well-established with a new drink."
    assert summary(facts_of(text, [ACME, quintara], "Competition")) == [("Competition", {"competitors": ("acme", "quintara")}, "active")]
    text = "Acme Corp said sales fell. Rival banking giant Borg Inc, which is based in London, was also in the running."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == [("Competition", {"competitors": ("acme", "borg")}, "active")]
    text = "The Acme Corp bid is rising. However, rival suitor Borg Inc also upped the ante in the bid battle."
    assert facts_of(text, [ACME, BORG], "Competition") == []


def test_names_listed_as_competitors_are_each_the_holders_rival_not_each_others(facts_of, summary):
    """"has competitors including Y and Z": Y and Z are the subject's rivals, not each other's."""
    tarvel, quintara = ("Tarvel Ltd", "tarvel", "Organization"), ("Quintara Ltd", "quintara", "Organization")
    text = "Acme Corp started shipping in 1998 and now has competitors including Tarvel Ltd and Quintara Ltd."
    assert summary(facts_of(text, [ACME, tarvel, quintara], "Competition")) == [
        ("Competition", {"competitors": ("acme", "quintara")}, "active"),
        ("Competition", {"competitors": ("acme", "tarvel")}, "active"),
    ]


def test_a_story_rival_given_as_an_example_after_such_as(facts_of, summary):
    """"rivals such as Y" in a sentence naming no other company: Y rivals the story's company;
    a second listed name is no rival of the first."""
    zorvex = ("Zorvex Inc", "zorvex", "Organization")
    text = "Acme Corp reported weak sales. In Europe, key brands came under pressure from rivals such as Borg Inc and Zorvex Inc."
    assert summary(facts_of(text, [ACME, BORG, zorvex], "Competition")) == [
        ("Competition", {"competitors": ("acme", "borg")}, "active"),
    ]


def test_keeping_up_with_or_losing_out_to_a_company_is_rivalry(facts_of, summary):
    """"X struggles to keep up with Y", "X caught up with Y", "X lost out to Y": the two compete;
    keeping up with something unnamed is nothing."""
    expected = [("Competition", {"competitors": ("acme", "borg")}, "active")]
    assert summary(facts_of("Acme Corp is struggling to keep up with the leader Borg Inc.", [ACME, BORG], "Competition")) == expected
    assert summary(facts_of("Acme Corp has caught up with Borg Inc in vans.", [ACME, BORG], "Competition")) == expected
    assert summary(facts_of("Acme Corp bid for the mine but lost out to Borg Inc.", [ACME, BORG], "Competition")) == expected
    assert facts_of("Acme Corp could not keep up with orders.", [ACME], "Competition") == []


def test_names_a_counted_ranking_describes_compete_with_each_other(facts_of, summary):
    """"X and Y, the two biggest banks": a ranked plural counting just the names it describes makes
    them rivals; one counting more or fewer than it is set beside says nothing of them."""
    zorvex = ("Zorvex Ltd", "zorvex", "Organization")
    expected = [("Competition", {"competitors": ("acme", "borg")}, "active")]
    text = "Acme Corp and Borg Inc, the region's two biggest insurers, expect lower claims."
    assert summary(facts_of(text, [ACME, BORG], "Competition")) == expected
    assert summary(facts_of("Acme Corp and Borg Inc are the two largest lenders in Spain.", [ACME, BORG, SPAIN], "Competition")) == expected
    text = "The three largest brewers - Acme Corp, Borg Inc and Zorvex Ltd - raised prices."
    assert sorted(f.roles["competitors"] for f in facts_of(text, [ACME, BORG, zorvex], "Competition")) == [
        ("acme", "borg"), ("acme", "zorvex"), ("borg", "zorvex")
    ]
    assert facts_of("Acme Corp, Borg Inc and Zorvex Ltd, the two biggest insurers, raised prices.", [ACME, BORG, zorvex], "Competition") == []
    assert facts_of("Zorvex Ltd said its two biggest shareholders, Acme Corp and Borg Inc, back the plan.", [ACME, BORG, zorvex], "Competition") == []
