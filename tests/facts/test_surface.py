"""Surface patterns (kg.facts.surface): word-order forms per fact type, with negated and near-miss cases."""

from __future__ import annotations

import re

import pytest

from kg.facts.common import lexicon
from kg.facts.surface import _core, _title_alternation, patterns, surface

ACME, BORG, CYBER = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization"), ("Cyber Ltd", "cyber", "Organization")
SMITH = ("John Smith", "smith", "Person")
PARIS, FRANCE = ("Paris", "paris", "Place", "name"), ("France", "france", "Place")


def _roles(facts, extractor_prefix=""):
    return [dict(fact.roles) for fact in facts if fact.extractor.startswith(extractor_prefix)]


def test_every_fact_type_with_patterns_compiles():
    assert {name: len(patterns(name)) > 0 for name in ("Ownership", "Competition", "Location", "Investment", "Partnership", "Acquisition", "Role", "Merger")} == {
        "Ownership": True, "Competition": True, "Location": True, "Investment": True, "Partnership": True, "Acquisition": True, "Role": True,
        "Merger": True,
    }
    assert patterns("FinancialMetric") == ()


def test_the_title_trie_matches_what_a_flat_longest_first_alternation_matches():
    titles = sorted({*lexicon()["titles"], *lexicon()["title_phrases"]}, key=lambda title: (-len(title), title))
    flat = "|".join(r"\s".join(re.escape(word) for word in title.split()).replace(r"\-", r"(?:\s?-\s?)") for title in titles)
    expected, trie = re.compile(f"(?:{flat})", re.IGNORECASE), re.compile(f"(?:{_title_alternation()})", re.IGNORECASE)
    texts = [form for title in titles for form in (title, title.upper(), title.replace("-", " - "), f"the {title} of the board")]
    assert [[m.span() for m in trie.finditer(text)] for text in texts] == [[m.span() for m in expected.finditer(text)] for text in texts]
    assert trie.fullmatch("Chief Executive Officer") and trie.match("chief executive of").group() == "chief executive"


@pytest.mark.parametrize("text, share", [
    ("Borg Inc is 51 pct owned by Acme Corp.", 0.51),
    ("Borg Inc, in which Acme Corp holds a 40 pct stake, posted a loss.", 0.4),
    ("Acme Corp already owns 45 pct of Borg Inc's stock.", 0.45),
    ("Borg Inc's parent company Acme Corp posted a loss.", None),
    ("Borg Inc, which is owned by Acme Corp, posted a loss.", None),
])
def test_ownership_forms(facts_of, text, share):
    facts = facts_of(text, [ACME, BORG], "Ownership")
    assert [(dict(f.roles), f.status, f.attributes.get("share")) for f in facts] == [({"owner": "acme", "owned": "borg"}, "active", share)]


def test_ownership_negated_and_near_miss(facts_of):
    assert facts_of("Borg Inc is no longer owned by Acme Corp.", [ACME, BORG], "Ownership")[0].status_class == "negative"
    negated = facts_of("Acme Corp does not own 45 pct of Borg Inc's stock.", [ACME, BORG], "Ownership")
    assert [(fact.status_class, fact.attributes) for fact in negated] == [("negative", {"share": 0.45})]
    assert facts_of("Borg Inc was praised by Acme Corp, its largest customer.", [ACME, BORG], "Ownership") == []
    assert facts_of("Acme Corp sold 45 pct of Borg Inc.", [ACME, BORG], "Ownership") == []
    assert facts_of("The board approved the merger of Borg Inc with a unit of Acme Corp.", [ACME, BORG], "Ownership") == []
    assert facts_of("A partnership formed by Borg Inc and a unit of Acme Corp bought the shares.", [ACME, BORG], "Ownership") == []
    unit = facts_of("Borg Inc, a unit of Acme Corp, said profits rose.", [ACME, BORG], "Ownership")
    assert [dict(fact.roles) for fact in unit] == [{"owned": "borg", "owner": "acme"}]


@pytest.mark.parametrize("text", [
    "Auditors found errors at the US subsidiary Borg Inc.",
    "Borg Inc, controlled by US entrepreneur John Smith, posted a loss.",
])
def test_a_place_a_pattern_catches_owns_nothing(facts_of, text):
    facts = facts_of(text, [ACME, BORG, SMITH, ("US", "us", "Place/Country")], "Ownership")
    assert [fact.roles["owner"] for fact in facts if fact.roles["owner"] == "us"] == []


def test_possessed_units_each_owned(facts_of, summary):
    text = "Acme Corp will focus on its Borg Inc and Cyber Ltd units."
    facts = facts_of(text, [ACME, BORG, CYBER, ("its", "acme", "Organization", "pronoun")], "Ownership")
    assert sorted(fact.roles["owned"] for fact in facts) == ["borg", "cyber"]
    assert {fact.roles["owner"] for fact in facts} == {"acme"}


def test_competition_forms(facts_of):
    rivals = facts_of("Acme Corp and its rivals Borg Inc and Cyber Ltd cut prices.", [ACME, BORG, CYBER, ("its", "acme", "Organization", "pronoun")], "Competition")
    assert sorted(fact.roles["competitors"] for fact in rivals) == [("acme", "borg"), ("acme", "cyber")]
    compete = facts_of("Acme Corp competes directly with Borg Inc in Europe.", [ACME, BORG], "Competition")
    assert [fact.roles["competitors"] for fact in compete] == [("acme", "borg")]
    anchored = facts_of("Acme Corp sales rose 5%, beating rival Borg Inc.", [ACME, BORG], "Competition")
    assert [fact.roles["competitors"] for fact in anchored] == [("acme", "borg")]


def test_competition_near_miss(facts_of):
    assert facts_of("Acme Corp and Borg Inc agreed to cooperate on batteries.", [ACME, BORG], "Competition") == []
    assert facts_of("Acme Corp said the rival bid was too low.", [ACME], "Competition") == []


def test_location_forms(facts_of):
    based = facts_of("The Paris-based group Acme Corp makes shoes.", [ACME, PARIS], "Location")
    assert [(dict(f.roles), f.attributes["kind"]) for f in based] == [({"entity": "acme", "place": "paris"}, "headquarters")]
    plant = facts_of("Acme Corp's shoe factory in Paris will close.", [ACME, PARIS], "Location")
    assert [(dict(f.roles), f.attributes["kind"]) for f in plant] == [({"entity": "acme", "place": "paris"}, "facility")]
    demonym = facts_of("The French group Acme Corp makes shoes in France.", [ACME, FRANCE], "Location")
    assert _roles(demonym, "location.surface_demonym") == [{"entity": "acme", "place": "france"}]


def test_a_headquarters_a_company_promises_to_move_is_planned_and_one_it_moved_is_there(facts_of):
    its = ("its", "acme", "Organization", "pronoun")
    promised = facts_of("Critics attacked Acme Corp's promise to move its headquarters to Paris next year.", [ACME, its, PARIS], "Location")
    assert [(dict(f.roles), f.status) for f in promised if f.attributes.get("kind") == "headquarters"] == [({"entity": "acme", "place": "paris"}, "planned")]
    moved = facts_of("Acme Corp moved its headquarters to Paris in 1998.", [ACME, its, PARIS], "Location")
    assert [(dict(f.roles), f.status) for f in moved if f.attributes.get("kind") == "headquarters"] == [({"entity": "acme", "place": "paris"}, "active")]


def test_location_near_miss(facts_of):
    assert facts_of("Acme Corp sold shoes to Paris buyers.", [ACME, PARIS], "Location") == []
    assert facts_of("Acme Corp's shoes sold well in Paris.", [ACME, PARIS], "Location") == []


def test_investment_forms(facts_of):
    facts = facts_of("Acme Corp will invest $40m in Borg Inc next year.", [ACME, BORG], "Investment")
    assert [(dict(f.roles), f.status_class, f.attributes["amount"].value) for f in facts] == [({"investor": "acme", "target": "borg"}, "prospective", 40_000_000)]
    funded = facts_of("Borg Inc, which is funded by Acme Corp, makes shoes.", [ACME, BORG], "Investment")
    assert _roles(funded) == [{"investor": "acme", "target": "borg"}]


def test_investment_negated_and_near_miss(facts_of):
    refused = facts_of("Acme Corp decided not to invest in Borg Inc.", [ACME, BORG], "Investment")
    assert [fact.status_class for fact in refused] == ["negative"]
    assert facts_of("Borg Inc was invested with new powers by Acme Corp.", [ACME, BORG], "Investment") == []


def test_partnership_forms(facts_of):
    venture = facts_of("Acme Corp signed a supply agreement with Borg Inc.", [ACME, BORG], "Partnership")
    assert [fact.roles["partners"] for fact in venture] == [("acme", "borg")]
    teamed = facts_of("Acme Corp and Borg Inc have teamed up to build batteries.", [ACME, BORG], "Partnership")
    assert [fact.roles["partners"] for fact in teamed] == [("acme", "borg")]


def test_partnership_near_miss_and_negated(facts_of):
    assert facts_of("Acme Corp signed a deal with Borg Inc to buy its shoe unit.", [ACME, BORG], "Partnership") == []
    ended = facts_of("Acme Corp ended its alliance with Borg Inc.", [ACME, BORG], "Partnership")
    assert [fact.status_class for fact in ended] in ([], ["negative"])


def test_acquisition_forms_and_passive(facts_of):
    sold = facts_of("Acme Corp has agreed to sell 20 pct of Borg Inc to Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")
    assert [(dict(f.roles), f.status, f.attributes.get("share")) for f in sold] == [({"seller": "acme", "target": "borg", "buyer": "cyber"}, "agreed", 0.2)]
    passive = facts_of("Borg Inc agreed to be bought by Acme Corp.", [ACME, BORG], "Acquisition")
    assert _roles(passive) == [{"buyer": "acme", "target": "borg"}]


def test_sold_by_names_the_seller_and_sold_to_the_buyer(facts_of):
    by = facts_of("The 20 pct stake in Borg Inc sold by Acme Corp was placed with investors.", [ACME, BORG], "Acquisition")
    assert [dict(f.roles) for f in by] == [{"seller": "acme", "target": "borg"}]
    to = facts_of("Borg Inc, sold last year by Acme Corp to Cyber Ltd, said profits rose.", [ACME, BORG, CYBER], "Acquisition")
    assert [dict(f.roles) for f in to] == [{"seller": "acme", "target": "borg", "buyer": "cyber"}]


def test_acquisition_negated(facts_of):
    failed = facts_of("Acme Corp did not buy Borg Inc.", [ACME, BORG], "Acquisition")
    assert all(fact.status_class == "negative" for fact in failed)


def test_role_forms(facts_of):
    chief = facts_of("Acme Corp chief John Smith said sales rose.", [ACME, SMITH], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in chief] == [({"organization": "acme", "person": "smith"}, "chief")]
    editor = facts_of("John Smith, a senior editor at the magazine Acme Corp, said so.", [ACME, SMITH], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in editor] == [({"person": "smith", "organization": "acme"}, "editor")]


def test_a_role_set_off_past_the_home_town_of_its_holder(facts_of):
    town, state = ("Cos Cob", "cos-cob", "Place/City"), ("Conn.", "ct", "Place/State")
    roles = facts_of("The other investor is John Smith, Cos Cob, Conn., president of Acme Corp.", [ACME, SMITH, town, state], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in roles] == [({"person": "smith", "organization": "acme"}, "president")]


def test_the_seller_of_a_relative_clause_is_not_what_was_sold(facts_of, summary):
    text = "Sales of cars (which are made by the Borg Inc unit that Acme Corp sold to Cyber Ltd) rose."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert [f.roles["target"] for f in facts] == ["borg"]
    former = facts_of(text.replace("the Borg Inc unit", "the former Borg Inc unit"), [ACME, BORG, CYBER], "Acquisition")
    assert former == []


def test_role_near_miss(facts_of):
    assert facts_of("John Smith, head of shoes for Acme Corp, said so.", [SMITH, ACME, ("shoes", "shoes", "Organization")], "Role")[0].roles["organization"] == "acme"
    assert facts_of("John Smith met Acme Corp buyers.", [ACME, SMITH], "Role") == []


def test_a_title_is_not_held_at_the_place_the_person_was_visiting(facts_of):
    facts = facts_of(
        "Acme Corp CEO John Smith, at the Borg Inc forum in Paris this week, complained of costs.",
        [ACME, BORG, SMITH, PARIS],
        "Role",
    )
    assert [(dict(f.roles), f.attributes["title"]) for f in facts] == [({"organization": "acme", "person": "smith"}, "CEO")]
    of = facts_of("CEO John Smith, of Acme Corp, said so.", [ACME, SMITH], "Role")
    assert [dict(f.roles) for f in of] == [{"person": "smith", "organization": "acme"}]


def test_sale_of_a_possessed_unit_with_words_before_the_buyer(facts_of, summary):
    surfaces = [ACME, BORG, CYBER, ("its", "acme", "Organization", "pronoun")]
    sold = facts_of("Acme Corp has sold its Borg Inc insurance arm to Cyber Ltd for $1bn.", surfaces, "Acquisition")
    assert summary(sold) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "completed")]
    investment = facts_of("Acme Corp will sell its investment in Borg Inc to Cyber Ltd.", surfaces, "Acquisition")
    assert summary(investment) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "planned")]


def test_sale_of_a_possessed_unit_negated_and_near_miss(facts_of):
    surfaces = [ACME, BORG, CYBER, ("its", "acme", "Organization", "pronoun")]
    assert facts_of("Acme Corp has not sold its Borg Inc insurance arm to Cyber Ltd.", surfaces, "Acquisition") == []
    assert facts_of("Acme Corp will sell its Borg Inc shirts through Cyber Ltd stores.", surfaces, "Acquisition") == []


def test_takeover_of_a_possessed_target(facts_of, summary):
    surfaces = [ACME, BORG, ("its", "acme", "Organization", "pronoun")]
    done = facts_of("Acme Corp completed its takeover of its smaller rival Borg Inc.", surfaces, "Acquisition")
    assert summary(done) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    negated = facts_of("Acme Corp has not completed its takeover of its smaller rival Borg Inc.", surfaces, "Acquisition")
    assert [fact.status_class for fact in negated] == ["negative"]
    assert facts_of("Acme Corp's takeover of the market leader was praised by Borg Inc.", surfaces, "Acquisition") == []


def test_a_name_before_its_unit_is_no_surface_target(facts_of):
    surfaces = [ACME, BORG, CYBER]
    offer = facts_of("Acme Corp was disappointed that its offer for Borg Inc's European business was rejected.", surfaces, "Acquisition")
    purchase = facts_of("Acme Corp said Cyber Ltd's purchase of the Borg Inc business was expected to be completed by May.", surfaces, "Acquisition")
    assert _roles(offer, "acquisition.surface_") == _roles(purchase, "acquisition.surface_") == []
    shares = facts_of("Acme Corp said its offer for Borg Inc's shares was rejected.", surfaces, "Acquisition")
    assert _roles(shares, "acquisition.surface_") == [{"buyer": "acme", "target": "borg"}]


def test_possessive_takeover_by(facts_of, summary):
    done = facts_of("In the wake of Borg Inc's takeover by Acme Corp, prices rose.", [ACME, BORG], "Acquisition")
    assert summary(done) == [("Acquisition", {"target": "borg", "buyer": "acme"}, "completed")]
    called_off = facts_of("Borg Inc's proposed takeover by Acme Corp was called off.", [ACME, BORG], "Acquisition")
    assert summary(called_off) == [("Acquisition", {"target": "borg", "buyer": "acme"}, "cancelled")]
    assert facts_of("Borg Inc's takeover defence was praised by Acme Corp.", [ACME, BORG], "Acquisition") == []


def test_now_part_of(facts_of, summary):
    dashed = facts_of("Borg Inc - now part of the giant Acme Corp - cut jobs.", [ACME, BORG], "Ownership")
    assert summary(dashed) == [("Ownership", {"owned": "borg", "owner": "acme"}, "active")]
    assert facts_of("Borg Inc is no longer part of Acme Corp.", [ACME, BORG], "Ownership") == []
    assert facts_of("Borg Inc is now part of the talks with Acme Corp.", [ACME, BORG], "Ownership") == []


def test_holding_company_for(facts_of, summary):
    holding = facts_of("Acme Corp is the holding company for Borg Inc.", [ACME, BORG], "Ownership")
    assert summary(holding) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts_of("Acme Corp is no longer the holding company for Borg Inc.", [ACME, BORG], "Ownership") == []
    assert facts_of("Acme Corp paid the owner for Borg Inc shares.", [ACME, BORG], "Ownership") == []


def test_a_name_broken_by_a_line_break_is_one_slot(facts_of, summary):
    text = "Acme Corp said it has acquired Borg\nInc, a maker of doors."
    surfaces = [ACME, ("Borg", "borg", "Organization"), ("Inc", "borg", "Organization"), ("it", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_buying_a_share_of_a_company_s_stock(facts_of):
    surfaces = [ACME, BORG, CYBER]
    planned = facts_of("Acme Corp, who controls Cyber Ltd, will buy 27 pct of Borg Inc's cumulative preferred stock.", surfaces, "Acquisition")
    assert [(dict(f.roles), f.status, f.attributes.get("share"), f.extractor) for f in planned] == [
        ({"buyer": "acme", "target": "borg"}, "planned", 0.27, "acquisition.purchase")
    ]
    hedged = facts_of("Acme Corp may buy 27 pct of Borg Inc's stock.", surfaces, "Acquisition")
    assert [(f.status, f.attributes.get("share")) for f in hedged] == [("speculated", 0.27)]


def test_buying_a_share_of_a_company_s_stock_negated_and_near_miss(facts_of):
    negated = facts_of("Acme Corp did not buy 27 pct of Borg Inc's stock.", [ACME, BORG], "Acquisition")
    assert [(fact.status_class, fact.attributes) for fact in negated] == [("negative", {"share": 0.27})]
    assert facts_of("Acme Corp bought 27 pct of Borg Inc's output last year.", [ACME, BORG], "Acquisition") == []


def test_name_owned_modifier_and_share_owned_after_a_name(facts_of, summary):
    owned = facts_of("The chief said Borg-owned oil producer Cyber Ltd will be spun off.",
                     [("Borg", "borg", "Organization"), CYBER], "Ownership")
    assert summary(owned) == [("Ownership", {"owner": "borg", "owned": "cyber"}, "active")]
    assert owned[0].extractor == "ownership.surface_owner_owned"
    share = facts_of("Acme Corp and 57 pct-owned Cyber Ltd were interested.", [ACME, CYBER], "Ownership")
    assert summary(share) == [("Ownership", {"owner": "acme", "owned": "cyber"}, "active")]
    assert share[0].attributes == {"share": 0.57}


def test_name_owned_negated_and_near_miss(facts_of):
    assert facts_of("Cyber Ltd, which is not Borg-owned, was sold.", [("Borg", "borg", "Organization"), CYBER], "Ownership") == []
    # Near miss: a verb after the owned company's noun; the name is the owner of the buyer, not of Cyber.
    facts = facts_of("A Borg-controlled company said it hired Cyber Ltd.", [("Borg", "borg", "Organization"), CYBER], "Ownership")
    assert facts == []


def test_merger_of_two_described_names(facts_of, summary):
    facts = facts_of("Analysts expect the merger of Spanish gas giant Acme Corp and oil firm Borg Inc to go ahead.",
                     [ACME, BORG, ("Spanish", "spain", "Place")], "Merger")
    assert summary(facts) == [("Merger", {"parties": ("acme", "borg")}, "expected")]


def test_merger_of_negated_and_near_miss(facts_of):
    facts = facts_of("Acme Corp said there will be no merger of Acme Corp and Borg Inc.", [ACME, BORG], "Merger")
    assert [fact.status_class for fact in facts] == ["negative"]
    assert facts_of("The merger of Acme Corp's unit and Borg Inc failed.", [ACME, BORG], "Merger") == []


def test_bid_to_take_over_and_replaced_person(facts_of, summary):
    bid = facts_of("Acme Corp's 2.2 billion dlr bid to takeover Borg Inc was announced.", [ACME, BORG], "Acquisition")
    assert summary(bid) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    roles = facts_of("John Smith has replaced Jane Doe as chief executive of Acme Corp.",
                     [SMITH, ("Jane Doe", "doe", "Person"), ACME], "Role")
    assert sorted((fact.roles["person"], fact.attributes["title"]) for fact in roles) == [("doe", "chief executive"), ("smith", "chief executive")]


def test_replaced_negated_and_bid_near_miss(facts_of):
    assert facts_of("John Smith will not replace Jane Doe as chief executive of Acme Corp.",
                    [SMITH, ("Jane Doe", "doe", "Person"), ACME], "Role") == []
    assert facts_of("Acme Corp's bid to take part in Borg Inc's auction failed.", [ACME, BORG], "Acquisition") == []


def test_surface_text_has_a_placeholder_per_mention_run_and_leaves_out_ticker_brackets(context_of):
    text = "Zorvex Media Co <ZMC> said its  unit Borg Inc bought Acme Corp on Monday."
    ctx = context_of(text, [("Zorvex Media Co", "zorvex", "Organization"), ("its", "zorvex", "Organization", "pronoun"), BORG, ACME])
    doc = ctx.doc
    view = surface(ctx, next(iter(doc.sents)))
    assert view.text == "⟦0⟧ said ⟦1⟧ 's unit ⟦2⟧ bought ⟦3⟧ on Monday ."
    assert view.slots == ("zorvex", "zorvex", "borg", "acme")
    assert view.offsets[:3] == (0, 3, 8)
    assert [doc[view.token_at(position)].text for position in (0, 2, 3, 4, 11, 12)] == ["Zorvex", "Zorvex", "said", "said", "its", "its"]
    assert [doc[view.token_at(m.start())].text for m in re.finditer(r"\S+", view.text)] == [
        "Zorvex", "said", "its", "its", "unit", "Borg", "bought", "Acme", "on", "Monday", "."
    ]


@pytest.mark.parametrize(
    ("source", "core"),
    [
        (r"(?<!⟧ )(?:the |its )?(?:[\w(]+ ){0,2}(?P<t>chief) of", r"(?P<t>chief) of"),
        (r"(?:(?:its|main) )*(?P<t>rivals?) (?:, )?x", r"(?P<t>rivals?) (?:, )?x"),
        (r"(?:[(]\) )??(?P<a>⟦\d+⟧)", r"(?P<a>⟦\d+⟧)"),
        (r"(?P<a>⟦\d+⟧) (?:, )?buys", None),
        (r"(?:^|; )(?P<t>based)", None),
        (r"(?:a )?(?:b )?", None),
        (r"(?:(?P<x>a) )?(?(x)b|c)", None),
    ],
)
def test_core_leaves_out_the_leading_parts_a_match_may_leave_empty(source, core):
    assert _core(source) == core


def test_a_sentence_without_the_core_of_a_pattern_has_no_match_of_it():
    texts = [
        "⟦0⟧ , chief executive of ⟦1⟧ , said",
        "the chief executive of ⟦0⟧ , ⟦1⟧ , said",
        "its rivals ⟦0⟧ and ⟦1⟧",
        "French company ⟦0⟧ rose",
        "⟦0⟧ unit ⟦1⟧ rose",
    ]
    cored = [pattern for fact_type in ("Role", "Location", "Ownership", "Competition") for pattern in patterns(fact_type) if pattern.core]
    assert {pattern.name for pattern in cored} >= {"title_of_org_person", "rival_named", "demonym_company", "owner_unit_owned"}
    for pattern in cored:
        for text in texts:
            if pattern.core.search(text) is None:
                assert pattern.regex.search(text) is None
    assert any(pattern.regex.search(text) for pattern in cored for text in texts)


def _surface_roles(context_of, text, surfaces, fact_type):
    from kg.facts.surface import surface_facts

    return [dict(fact.roles) for fact in surface_facts(context_of(text, surfaces), fact_type)]


def test_the_object_of_a_preposition_is_not_the_subject_of_a_surface_verb(context_of):
    text = "Acme Corp said it received approval from Cyber Ltd to acquire Borg Inc."
    surfaces = [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")]
    assert _surface_roles(context_of, text, surfaces, "Acquisition") == []
    assert _surface_roles(context_of, "Acme Corp held talks with Cyber Ltd to sell Borg Inc to Dino Co.",
                          [ACME, BORG, CYBER, ("Dino Co", "dino", "Organization")], "Acquisition") == []


def test_the_one_told_a_clause_is_not_the_subject_of_its_surface_verb(context_of):
    text = "A group of investors told Cyber Ltd it acquired 8.1 pct of Borg Inc."
    assert _surface_roles(context_of, text, [BORG, CYBER], "Acquisition") == []


def test_a_subject_name_that_heads_its_sentence_is_read_and_the_check_ends(context_of):
    """"Acme Corp in deal to buy Borg Inc." parses the name as the sentence's root, its own head:
    the walk up from the name's first word stops there (it once looped for ever)."""
    doc_text = "Acme Corp in deal to buy Borg Inc."
    ctx = context_of(doc_text, [ACME, BORG])
    assert [t.dep_ for t in ctx.tokens[:2]] == ["compound", "ROOT"]
    assert _surface_roles(context_of, doc_text, [ACME, BORG], "Acquisition") == [{"buyer": "acme", "target": "borg"}]


def test_a_name_whose_relative_clause_holds_the_verb_or_that_a_verb_governs_is_still_its_subject(context_of):
    text = "Shares rose on news of Acme Corp, which owns Borg Inc."
    assert _surface_roles(context_of, text, [ACME, BORG], "Ownership") == [{"owner": "acme", "owned": "borg"}]
    text = "Acme Corp said it asked Cyber Ltd to buy Borg Inc."
    assert _surface_roles(context_of, text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Acquisition") == [
        {"buyer": "cyber", "target": "borg"}
    ]
    assert _surface_roles(context_of, "In a move by Acme Corp, Cyber Ltd bought Borg Inc.", [ACME, BORG, CYBER], "Acquisition") == [
        {"buyer": "cyber", "target": "borg"}
    ]


def test_what_leads_a_bid_or_a_firm_a_name_only_describes_holds_no_role(facts_of):
    advised = facts_of("Acme Corp's bid is being led by John Smith.", [ACME, SMITH], "Role")
    assert advised == []
    described = facts_of("Borg Inc sold control to Cyber Ltd, an Acme Corp company led by John Smith.", [ACME, BORG, CYBER, SMITH], "Role")
    assert [dict(f.roles) for f in described if f.roles["organization"] == "acme"] == []
    led = facts_of("Acme Corp, a group led by John Smith, bid for Borg Inc.", [ACME, BORG, SMITH], "Role")
    assert [dict(f.roles) for f in led] == [{"organization": "acme", "person": "smith"}]



def test_a_vehicle_a_purchase_goes_through_is_no_surface_target(pipeline_roles):
    text = "Regulators said they allowed Acme Corp's request to purchase through its subsidiary, Borg Savings of Fresno, Calif., some assets of Zorvex Bank of Tarvel, Calif."
    assert {"buyer": "Acme", "target": "Borg Savings"} not in pipeline_roles(text, "Acquisition")


def test_a_company_interested_in_another_considers_buying_it(facts_of, summary):
    """Takeover news says a would-be buyer "is interested in" or "has shown interest in" its target;
    an interest in something the name only qualifies ("interested in Borg Inc's plants") is none."""
    surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun")]
    keen = facts_of("Acme Corp said last week it was interested in Borg Inc.", surfaces, "Acquisition")
    assert summary(keen) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "considering")]
    shown = facts_of("Acme Corp has also shown strong interest in rival toolmaker Borg Inc.", surfaces, "Acquisition")
    assert summary(shown) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "considering")]
    cool = facts_of("Analysts believe Acme Corp would not be interested in Borg Inc.", surfaces, "Acquisition")
    assert [fact.status_class for fact in cool] == ["negative"]
    assert facts_of("Acme Corp is interested in Borg Inc's plants in the south.", surfaces, "Acquisition") == []
