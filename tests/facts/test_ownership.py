"""Ownership: own/hold verbs, stakes, subsidiary and unit nouns, business units."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.facts import extract_facts
from kg.model import Document, Entity, Mention

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")


def _owner_pairs(facts) -> list[tuple[str, str]]:
    """(owner, owned) of each fact, sorted: the order facts come in says nothing."""
    return sorted((f.roles["owner"], f.roles["owned"]) for f in facts)


def _shares_by_roles(facts_of, surfaces: list) -> Callable[[str], list[tuple[dict, float | None]]]:
    """A text's Ownership facts as (roles, share) pairs, for tests of the share alone."""
    return lambda text: [(dict(f.roles), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")]


def test_owns_a_stake_gives_the_share(facts_of, summary):
    facts = facts_of("Acme Corp owns a 56% stake in Borg Inc.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.56}


def test_a_stated_interest_in_a_company_is_held_whatever_governs_it(facts_of):
    surfaces = [ACME, BORG, ("its", "acme", "Organization", "pronoun"), ("Zorvex Ltd", "zorvex", "Organization")]

    def held(text: str) -> list[tuple[dict, str, float | None]]:
        return [(dict(f.roles), f.status, f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")]

    assert held("Acme Corp's main asset remains its 23 pct interest in Borg Inc.") == [({"owned": "borg", "owner": "acme"}, "active", 0.23)]
    assert held("Zorvex Ltd failed to make an offer for Acme Corp's 72 pct interest in Borg Inc.") == [({"owned": "borg", "owner": "acme"}, "active", 0.72)]
    assert held("Acme Corp said its interest in Borg Inc is growing.") == []


def test_owned_by_participle_with_share(facts_of, summary):
    facts = facts_of("Borg Inc, owned 41.9 pct by Acme Corp, is considering a merger.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.419}


def test_unit_of_and_possessive_subsidiary(facts_of, summary):
    unit = facts_of("Borg Inc, a unit of Acme Corp, posted a loss.", [ACME, BORG], "Ownership")
    assert summary(unit) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert unit[0].extractor == "ownership.unit_of"
    subsidiary = facts_of("Acme Corp's subsidiary Borg Inc makes shoes.", [ACME, BORG], "Ownership")
    assert summary(subsidiary) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]


def test_possessor_the_parser_hangs_on_the_unit_name(facts_of, summary):
    """"its US subsidiary Borg": the parser hangs "its" on the name the unit noun qualifies."""
    surfaces = [ACME, ("Borg", "borg", "Organization"), ("its", "acme", "Organization", "pronoun"), ("US", "us", "Place/Country")]
    facts = facts_of("Acme Corp blamed its US subsidiary Borg for the loss.", surfaces, "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].extractor == "ownership.unit_of"


def test_an_owned_company_the_speaker_names_with_no_possessive_is_the_speakers(facts_of):
    """"X said 64 pct-owned Y agreed ...": wire copy leaves out "its", so the speaker holds Y."""
    surfaces = [ACME, BORG, ("Kelvaro Ltd", "kelvaro", "Organization"), ("Tarnfield", "tarnfield", "Place/City")]
    text = "<Acme Corp>, of Tarnfield, said 64 pct-owned <Borg Inc> agreed to form a printing venture with Kelvaro Ltd."
    facts = facts_of(text, surfaces, "Ownership")
    assert [(dict(f.roles), f.status, f.attributes.get("share"), f.extractor) for f in facts] == [
        ({"owner": "acme", "owned": "borg"}, "active", 0.64, "ownership.surface_speaker_owned")
    ]


def test_owned_by_a_person_a_possessive_phrase_describes(facts_of, summary):
    """"owned by Tarvel's wealthiest man John Belknap": the words between the possessive and the
    name describe the owner, who is the name."""
    surfaces = [BORG, ("Tarvel", "tarvel", "Place/Country"), ("John Belknap", "belknap", "Person")]
    facts = facts_of("Borg Inc is majority owned by Tarvel's wealthiest man John Belknap.", surfaces, "Ownership")
    assert summary(facts) == [("Ownership", {"owned": "borg", "owner": "belknap"}, "active")]


def test_owned_by_after_a_company_description_set_off_by_commas(facts_of, summary):
    """"<Y>, a company controlled by X, owns ...": the parser may make "a company" the verb's
    subject rather than Y's apposition, so the surface pattern reads past the description."""
    surfaces = [("Borg Tarn Ltd", "borg", "Organization"), ("Belknap family", "belknap", "Organization")]
    text = "<Borg Tarn Ltd>, a company controlled by the Belknap family, owns two bakeries in Kelvaria."
    facts = facts_of(text, surfaces, "Ownership")
    assert summary(facts) == [("Ownership", {"owned": "borg", "owner": "belknap"}, "active")]
    assert facts[0].extractor == "ownership.surface_owned_by"


def test_business_unit_through_possessive_pronoun(facts_of, summary):
    text = "Acme Corp wants to sell 15% of its logistics operations."
    surfaces = [ACME, ("its logistics operations", "acme_logistics", "Organization", "description"), ("its", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Ownership")) == [("Ownership", {"owner": "acme", "owned": "acme_logistics"}, "active")]


def test_sold_stake_is_no_ownership_and_unowned_units_are_none(facts_of):
    assert facts_of("Acme Corp has no stake in Borg Inc.", [ACME, BORG], "Ownership") == []
    assert facts_of("Acme Corp opened a unit in Madrid.", [ACME, ("Madrid", "madrid", "Place")], "Ownership") == []


def test_owned_by_a_state_named_by_its_demonym(facts_of, summary):
    spain = ("Spain", "spain", "Place/Country")
    text = "Borg Inc, which is majority-owned by the Spanish state, sells shoes."
    assert summary(facts_of(text, [BORG, spain], "Ownership")) == [("Ownership", {"owner": "spain", "owned": "borg"}, "active")]
    assert facts_of(text, [BORG], "Ownership") == []
    no_longer = facts_of("Borg Inc, which is no longer owned by the Spanish state, sells shoes.", [BORG, spain], "Ownership")
    assert [fact.status_class for fact in no_longer] == ["negative"]


def test_a_country_may_own_a_company_and_a_city_or_a_place_of_unknown_kind_may_not(facts_of, summary):
    text = "Borg Inc is owned by Lisbon."
    country = facts_of(text, [BORG, ("Lisbon", "lisbon", "Place/Country")], "Ownership")
    assert summary(country) == [("Ownership", {"owner": "lisbon", "owned": "borg"}, "active")]
    assert facts_of(text, [BORG, ("Lisbon", "lisbon", "Place/City")], "Ownership") == []
    assert facts_of(text, [BORG, ("Lisbon", "lisbon", "Place")], "Ownership") == []


def test_unit_named_deep_in_its_noun_phrase(facts_of, summary):
    text = "Acme Corp said its Borg Inc shoe retail unit closed nine stores."
    facts = facts_of(text, [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts_of("Acme Corp said its shoe retail unit closed nine stores.", [ACME, ("its", "acme", "Organization", "pronoun")], "Ownership") == []


def test_business_unit_phrases_are_owned_by_their_possessor(nlp):
    text = "Acme Corp wants to sell 15% of its shoe operations to Borg Inc."
    unit_start = text.index("its shoe")
    entities = [Entity("acme", "Acme Corp", "Organization", "Company"), Entity("borg", "Borg Inc", "Organization", "Company"),
                Entity("acme-shoe", "Acme Corp shoe operations", "Organization", "BusinessUnit")]
    mentions = [Mention(0, 9, "Acme Corp", "Organization", entity_id="acme"),
                Mention(unit_start, unit_start + 3, "its", "Organization", "pronoun", entity_id="acme"),
                Mention(unit_start, unit_start + 19, "its shoe operations", "Organization", "description", "unit", "acme-shoe"),
                Mention(text.index("Borg"), text.index("Borg") + 8, "Borg Inc", "Organization", entity_id="borg")]
    facts = [fact for fact in extract_facts(nlp(text), entities, mentions, Document("d", text)) if fact.type == "Ownership"]
    assert [(dict(fact.roles), fact.status) for fact in facts] == [({"owner": "acme", "owned": "acme-shoe"}, "active")]


def test_shareholder_noun(facts_of, summary):
    facts = facts_of("Acme Corp is the biggest shareholder in Borg Inc.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts_of("Acme Corp told shareholders in Madrid about Borg Inc.", [ACME, BORG, ("Madrid", "madrid", "Place")], "Ownership") == []


def test_an_adverb_before_the_possessed_shareholder_noun(facts_of, summary):
    """"X is now Y's largest shareholder": "now" or "already" leaves X the holder."""
    for text in ("Acme Corp is now Borg Inc's third-largest shareholder.", "Acme Corp is already Borg Inc's main shareholder."):
        assert summary(facts_of(text, [ACME, BORG], "Ownership")) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]


def test_equal_confidence_duplicates_keep_the_one_with_the_share(facts_of):
    text = "Borg Inc is controlled by Acme Corp. Acme Corp owns 40% of Borg Inc."
    facts = facts_of(text, [ACME, BORG], "Ownership")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"owner": "acme", "owned": "borg"}, {"share": 0.4})]


def test_shares_or_percent_held_and_stake_raised_to(facts_of):
    held = facts_of("Acme Corp said it holds 1.2 mln shares or 7.5 pct of Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert [(dict(fact.roles), fact.attributes) for fact in held] == [({"owner": "acme", "owned": "borg"}, {"share": 0.075})]
    raised = facts_of("Acme Corp raised its stake in Borg Inc to 15.2 pct.", [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Ownership")
    assert [(dict(fact.roles), fact.attributes) for fact in raised] == [({"owner": "acme", "owned": "borg"}, {"share": 0.152})]


def test_a_count_of_shares_restated_as_a_share_gives_it(facts_of):
    surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
    shares = _shares_by_roles(facts_of, surfaces)

    owned = {"owner": "acme", "owned": "borg"}
    assert shares("Acme Corp said it owns 512,400 shares of Borg Inc common stock, equal to 7.6 pct of the company's shares.") == [(owned, 0.076)]
    assert shares("Acme Corp said it holds 21.4 mln Borg Inc shares representing 11.35 pct of the issued capital.") == [(owned, 0.1135)]
    assert shares("Acme Corp said it cut its stake in Borg Inc to the equivalent of 812,000 shares, or 3.85 pct of the total.") == [(owned, 0.0385)]
    assert shares("Acme Corp said it holds 1.2 mln Borg Inc common shares, or 9.5 pct of the total outstanding.") == [(owned, 0.095)]


def test_an_owned_participle_the_parse_hangs_off_the_unit_noun_gives_the_share(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Ltd", "zorvex", "Organization"), ("Borg Financial Corp", "borg", "Organization")]
    shares = _shares_by_roles(facts_of, surfaces)

    owned = {"owner": "acme", "owned": "borg"}
    assert shares("Zorvex Ltd will buy the entire capital stock of Acme Corp's wholly owned subsidiary Borg Financial Corp.") == [(owned, 1.0)]
    assert shares("Acme Corp's fully-owned subsidiary Borg Inc has raised its prices.") == [(owned, 1.0)]
    assert shares("Speculation has centered on Acme Corp's 70 pct-owned Borg Inc subsidiary in Canada.") == [(owned, 0.7)]


def test_a_share_the_parse_conjoins_to_the_raising_verb_is_the_stake_s(facts_of):
    surfaces = [("Acme Company Ltd", "acme", "Organization"), ("Borg Finch Co", "borg", "Organization"), ("Nova Scotia", "nova-scotia", "Place"), ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
    text = (
        "A group including members of the Tarvel family of Nova Scotia and Acme Company Ltd, said it raised its stake in Borg Finch Co"
        " to 318,250 shares, or 6.45 pct of the total outstanding, from 281,900 shares, or 5.7 pct."
    )
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")] == [({"owned": "borg", "owner": "acme"}, 0.0645)]


def test_a_stake_sold_or_sought_is_not_held(facts_of):
    its = ("its", "acme", "Organization", "pronoun")
    assert facts_of("Acme Corp sold its 40 pct stake in Borg Inc.", [ACME, BORG, its], "Ownership") == []
    assert facts_of("Acme Corp wants to buy a stake in Borg Inc.", [ACME, BORG], "Ownership") == []


def test_copular_unit_and_parent(facts_of, summary):
    expected = [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert summary(facts_of("Borg Inc is a wholly owned subsidiary of Acme Corp.", [ACME, BORG], "Ownership")) == expected
    assert summary(facts_of("Acme Corp is the parent of Borg Inc.", [ACME, BORG], "Ownership")) == expected
    assert facts_of("Borg Inc is a client of Acme Corp.", [ACME, BORG], "Ownership") == []


def test_a_sale_still_to_come_says_the_seller_owns_the_target_now(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    facts = facts_of("Acme Corp said it will sell its investment in Borg Inc to Cyber Ltd.", [ACME, BORG, cyber], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert (facts[0].extractor, facts[0].confidence) == ("ownership.from_pending_sale", 0.55)
    assert facts_of("Acme Corp sold Borg Inc to Cyber Ltd last year.", [ACME, BORG, cyber], "Ownership") == []
    station = facts_of("Acme Corp agreed to sell Cyber Ltd's Borg Inc unit.", [ACME, BORG, cyber], "Ownership")
    assert summary(station) == [("Ownership", {"owner": "cyber", "owned": "borg"}, "active")]


def test_shareholders_paid_are_not_owners(facts_of):
    assert facts_of("Acme Corp would pay 1.5 mln dlrs to the shareholders of Borg Inc.", [ACME, BORG], "Ownership") == []


def test_completed_purchase_gives_the_buyer_ownership_with_the_share(facts_of, summary):
    facts = facts_of("Acme Corp bought 5.4 pct of Borg Inc last week.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].extractor == "ownership.from_acquisition"
    assert facts[0].attributes == {"share": 0.054}
    assert facts[0].confidence == 0.6


def test_a_price_paid_shares_exchanged_or_received_under_an_offer_give_the_buyer_ownership(facts_of):
    def owners(text: str) -> list[tuple[str, str]]:
        surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
        return [(fact.roles["owner"], fact.extractor) for fact in facts_of(text, surfaces, "Ownership")]

    assert owners("Acme Corp last year paid 310 mln dlrs for Borg Inc.") == [("acme", "ownership.from_acquisition")]
    assert owners("Acme Corp said it exchanged 3.2 mln common shares for 18 pct of Borg Inc.") == [("acme", "ownership.from_acquisition")]
    assert owners("Acme Corp said it has received 51,200 shares of Borg Inc in response to its pending tender offer.") == [("acme", "ownership.from_acquisition")]
    assert owners("Acme Corp offered 240 mln dlrs for Borg Inc.") == []


def test_a_possessed_stake_is_held_now_with_the_share_before_a_change_to_come(facts_of):
    surfaces = [ACME, BORG, ("its", "borg", "Organization", "pronoun"), ("it", "borg", "Organization", "pronoun")]

    def held(text: str) -> list[tuple[str, float | None]]:
        return [(fact.status, fact.attributes.get("share")) for fact in facts_of(text, surfaces, "Ownership") if fact.extractor == "ownership.stake_in"]

    assert held("Borg Inc will lift its stake in Acme Corp to about 40 pct from 15 as a result.") == [("active", 0.15)]
    assert held("Borg Inc said it intends to boost its current 8 pct stake in Acme Corp to 12 pct.") == [("active", 0.08)]
    assert held("The offer will bring Borg Inc's stake in Acme Corp to 30 pct from the present 4.5 pct.") == [("active", 0.045)]
    assert held("Borg Inc plans to raise its stake in Acme Corp to 4 pct.") == [("active", None)]
    assert held("Borg Inc said it raised its stake in Acme Corp to 12.5 pct.") == [("active", 0.125)]


def test_negated_or_planned_purchase_gives_no_ownership(facts_of):
    assert facts_of("Acme Corp did not buy Borg Inc.", [ACME, BORG], "Ownership") == []
    assert facts_of("Acme Corp plans to buy Borg Inc.", [ACME, BORG], "Ownership") == []


def test_purchase_read_from_a_noun_gives_no_ownership(facts_of, summary):
    """Near miss: "X's acquisition of Y" is completed only by default and often still pending."""
    text = "Acme Corp's acquisition of Borg Inc will create a giant."
    assert [fact.type for fact in facts_of(text, [ACME, BORG])] == ["Acquisition"]


def test_share_of_the_company_s_stock_names_the_company(facts_of, summary):
    text = "Acme Corp now holds about 2.7 mln Borg Inc shares, or 11.2 pct of the company's 24 mln shares outstanding."
    facts = facts_of(text, [ACME, BORG, ("the company", "borg", "Organization", "description")], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.112}


def test_negated_holding_of_the_company_s_stock(facts_of, summary):
    facts = facts_of("Acme Corp does not hold 10 pct of the company's shares.",
                     [ACME, BORG, ("the company", "borg", "Organization", "description")], "Ownership")
    assert [fact.status_class for fact in facts] == ["negative"]


def test_a_possessed_holding_is_not_the_possessor_s_stock(facts_of):
    """Near miss: "Borg's 15 pct holding" is what Borg holds, not Borg itself."""
    assert facts_of("Acme Corp agreed to buy Borg Inc's 15 pct holding.", [ACME, BORG]) == []


def _named_after_owner(nlp, text: str, owner_aliases: tuple[str, ...]) -> list[tuple[dict, str]]:
    entities = [
        Entity("norvane", "Norvane Chemical", "Organization", "Company", owner_aliases),
        Entity("france", "Norvane Chemical France", "Organization", "Company"),
    ]
    mentions = [
        Mention(m.start(), m.end(), m.group(), "Organization", entity_id="france" if m.group().endswith("France") else "norvane")
        for m in re.finditer(r"Norvane Chemical(?: Corp| France)?", text)
    ]
    facts = extract_facts(nlp(text), entities, mentions, Document("d", text))
    return [(dict(fact.roles), fact.extractor) for fact in facts if fact.type == "Ownership"]


def test_a_company_named_as_another_and_a_place_is_its_subsidiary(nlp):
    text = "Norvane Chemical Corp said profits rose. Norvane Chemical France said sales fell."
    assert _named_after_owner(nlp, text, ("Norvane Chemical Corp",)) == [
        ({"owner": "norvane", "owned": "france"}, "ownership.named_after_owner")
    ]


def test_a_name_met_only_as_the_front_of_the_longer_one_owns_nothing(nlp):
    text = "Norvane Chemical France said sales fell. Norvane Chemical said more."
    assert _named_after_owner(nlp, text, ()) == []


def _prefix_owned(nlp, text: str, names: tuple[str, ...]) -> list[tuple[str, str]]:
    """Ownership facts read from names alone: each of ``names`` is one entity, mentioned where it
    occurs (longest first, so "Halbrook Capital" is not also "Halbrook")."""
    entities = [Entity(name.lower(), name, "Organization", "Company") for name in names]
    taken: list[tuple[int, int]] = []
    mentions = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                mentions.append(Mention(m.start(), m.end(), name, "Organization", entity_id=name.lower()))
    facts = extract_facts(nlp(text), entities, sorted(mentions, key=lambda m: m.start), Document("d", text))
    return [(fact.roles["owner"], fact.roles["owned"]) for fact in facts if fact.type == "Ownership"]


def test_a_company_named_before_its_name_and_more_words_owns_that_company(nlp):
    text = "Halbrook said profits rose. Earnings at Halbrook Capital rose 25%."
    assert _prefix_owned(nlp, text, ("Halbrook", "Halbrook Capital")) == [("halbrook", "halbrook capital")]


def test_a_short_form_after_the_full_name_owns_nothing(nlp):
    """Near misses: "Brantley" after "Brantley Stores" is its short form; "HLM Associates II" is a
    sibling fund; "Amoco and Exxon" joins two names."""
    assert _prefix_owned(nlp, "Brantley Stores said sales rose. Brantley also said more.", ("Brantley", "Brantley Stores")) == []
    assert _prefix_owned(nlp, "HLM Associates and HLM Associates II sold stock.", ("HLM Associates", "HLM Associates II")) == []
    assert _prefix_owned(nlp, "Amoco said more. Speculation centred on Amoco and Exxon.", ("Amoco", "Amoco and Exxon")) == []


def test_a_name_ending_in_a_model_number_is_a_product_not_a_unit(nlp):
    text = "Zorvex said orders rose. Tarvel cut its order for Zorvex A300s to 53."
    assert _prefix_owned(nlp, text, ("Zorvex", "Zorvex A300s")) == []


def test_a_longer_name_its_sentence_says_owns_the_shorter_is_no_unit_of_it(nlp):
    text = "Zorvex, a unit of Zorvex International, made a profit. Zorvex International said sales rose."
    assert _prefix_owned(nlp, text, ("Zorvex", "Zorvex International")) == [("zorvex international", "zorvex")]


def test_a_body_s_board_or_market_is_that_body_not_its_unit(nlp):
    text = "Zorvex said trading rose. The Zorvex Board approved it and the Zorvex Stock Market opened."
    assert _prefix_owned(nlp, text, ("Zorvex", "Zorvex Board", "Zorvex Stock Market")) == []


def test_which_is_owned_by_with_an_adverb_or_a_noun_after_the_name(facts_of):
    surfaces = [("Kelvaro Oil", "kelvaro", "Organization"), ("Borg", "borg", "Organization"), ("KTV", "ktv", "Organization"), ("Zorvex", "zorvex", "Organization")]
    facts = facts_of("Kelvaro Oil, which is half owned by Borg, ranks third.", surfaces, "Ownership")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"owned": "kelvaro", "owner": "borg"}, {"share": 0.5})]
    facts = facts_of("Speaking on KTV television, which is controlled by Zorvex, he added more.", surfaces, "Ownership")
    assert [dict(fact.roles) for fact in facts] == [{"owned": "ktv", "owner": "zorvex"}]


def test_owned_by_a_company_s_officers_is_not_owned_by_the_company(facts_of):
    surfaces = [ACME, BORG, ("Quintara Ltd", "quintara", "Organization"), ("John Tarvel", "tarvel", "Person"), ("Ann Belknap", "belknap", "Person")]
    text = "The new company, Quintara Ltd, fully owned by Acme Corp directors John Tarvel and Ann Belknap, will buy the stake."
    assert sorted(f.roles["owner"] for f in facts_of(text, surfaces, "Ownership")) == ["belknap", "tarvel"]


def test_a_share_owned_unit_of_a_company_gives_the_share(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Ltd", "zorvex", "Organization"), ("Italy", "italy", "Place")]
    text = "Acme Corp said it expects to sign a deal with Italy's <Borg Inc>, a 63 pct owned subsidiary of <Zorvex Ltd> active in copper products."
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")] == [({"owned": "borg", "owner": "zorvex"}, 0.63)]


def test_units_listed_after_a_dash_even_with_the_owner_s_own_brand(facts_of, summary):
    text = "Acme Corp saw strong sales of its three marques - Acme, Borg Inc and Cyber Ltd - in Asia last year."
    surfaces = [ACME, BORG, ("Acme", "acme", "Organization"), ("Cyber Ltd", "cyber", "Organization"), ("its", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Ownership")) == [
        ("Ownership", {"owner": "acme", "owned": "borg"}, "active"),
        ("Ownership", {"owner": "acme", "owned": "cyber"}, "active"),
    ]


def test_ownership_and_shareholdings_of_a_company(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp increased its ownership of Borg Inc shares to 19.9 pct.", [ACME, BORG, its], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes.get("share") == 0.199
    held = facts_of("Acme Corp said its shareholdings in Borg Inc remained above 51 pct.", [ACME, BORG, its], "Ownership")
    assert summary(held) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]


def test_a_possessed_wing_is_a_unit(facts_of, summary):
    facts = facts_of("Acme Corp said profits rose. Its Borg Investors wing made 347 mln dlrs.", [ACME, ("Its", "acme", "Organization", "pronoun"), ("Borg Investors", "borg", "Organization")], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]


def test_a_company_named_before_shareholder_is_the_one_held(facts_of, summary):
    facts = facts_of("Acme Corp, a major Borg Inc shareholder, said it would sell.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owned": "borg", "owner": "acme"}, "active")]


def test_a_family_is_an_owner_and_its_members_stand_for_it(pipeline_roles):
    assert pipeline_roles("The Hartley family owns 20 pct of Acme Corp.", "Ownership") == [{"owned": "Acme", "owner": "Hartley family"}]
    text = "A group led by members of the rich Kelvaro family of Dallas, Texas, which holds a 19.5 pct stake in Quintara Broadcasting Co, said it held talks."
    assert pipeline_roles(text, "Ownership") == [{"owned": "Quintara Broadcasting", "owner": "Kelvaro family"}]


def test_shares_bought_of_the_story_s_target_are_owned(facts_of, summary):
    text = "Acme Corp has agreed to buy a three pct stake in Borg Inc, a lender. Cyber Ltd bought the shares for investment purposes."
    owners = facts_of(text, [ACME, BORG, ("Cyber Ltd", "cyber", "Organization")], "Ownership")
    assert [(dict(fact.roles), fact.extractor) for fact in owners] == [({"owner": "cyber", "owned": "borg"}, "ownership.from_acquisition")]


def test_a_company_made_of_members_and_the_holdings_a_company_lists(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    made_of = facts_of("Cyber Ltd, comprising Acme Corp and Borg Inc, raised its offer.", [ACME, BORG, cyber], "Ownership")
    assert sorted((f.roles["owner"], f.roles["owned"], f.extractor) for f in made_of) == [
        ("acme", "cyber", "ownership.members"),
        ("borg", "cyber", "ownership.members"),
    ]
    brands = facts_of("Cyber Ltd, whose brands include Acme Corp and Borg Inc, rejected the offer.", [ACME, BORG, cyber], "Ownership")
    assert _owner_pairs(brands) == [("cyber", "acme"), ("cyber", "borg")]
    assert facts_of("Cyber Ltd, whose customers include Acme Corp and Borg Inc, rejected the offer.", [ACME, BORG, cyber], "Ownership") == []
    board = facts_of("Acme Corp's board, which includes John Smith, met.", [ACME, ("John Smith", "smith", "Person")], "Ownership")
    assert board == []


def test_a_group_noun_in_apposition_carries_its_members_to_the_named_company(facts_of):
    kelvaro = ("Kelvaro Partners LP", "kelvaro", "Organization")
    made_of = facts_of("Kelvaro Partners LP, a group consisting of Acme Corp and Borg Inc, lined up bank loans.", [ACME, BORG, kelvaro], "Ownership")
    assert sorted((f.roles["owner"], f.roles["owned"], f.extractor) for f in made_of) == [
        ("acme", "kelvaro", "ownership.members"),
        ("borg", "kelvaro", "ownership.members"),
    ]
    relative = facts_of("Tarnfield said Kelvaro Partners LP, the buyout group that includes Acme Corp, dropped its bid.", [ACME, kelvaro], "Ownership")
    assert _owner_pairs(relative) == [("acme", "kelvaro")]
    pointing_back = facts_of("In a letter to Kelvaro Partners LP, the group, which includes Acme Corp, raised its bid.", [ACME, kelvaro], "Ownership")
    assert pointing_back == []


def test_a_name_the_parser_conjoined_to_a_share_is_not_what_is_shared(pipeline_roles):
    text = (
        "The trust now holds 12.4 pct of Kelvaro's votes, with another 18.3 pct held by the family's "
        "investment companies <Zorvex AB> and <Forvaltnings AB Quintara>."
    )
    assert pipeline_roles(text, "Ownership") == []


def test_names_in_apposition_to_a_plural_are_each_one(facts_of):
    text = "For his plan to work, he needs the backing of Kelvaro's largest shareholders, the Borvian property tycoons Ann Tarvel and Tom Belknap."
    surfaces = [("Kelvaro", "kelvaro", "Organization"), ("Ann Tarvel", "tarvel", "Person"), ("Tom Belknap", "belknap", "Person")]
    assert _owner_pairs(facts_of(text, surfaces, "Ownership")) == [("belknap", "kelvaro"), ("tarvel", "kelvaro")]


def test_a_name_listed_after_a_plain_part_noun_is_listed_too(facts_of):
    text = "Acme Corp's other businesses include automotive parts, protective services and Borg Inc, a credit rating service."
    facts = facts_of(text, [ACME, BORG], "Ownership")
    assert [(f.roles["owner"], f.roles["owned"], f.extractor) for f in facts] == [("acme", "borg", "ownership.possessed_members")]


def test_names_listed_after_owner_of_are_all_owned(facts_of):
    # The pipeline shows spaced dashes to the parser as " , "; here that hangs "Bloomingdale's" on "owner".
    text = "Under the deal, Zorvex , owner of Kelvaro's and Tarvel's , will take on $4bn of Belknap's debt."
    surfaces = [("Zorvex", "zorvex", "Organization"), ("Kelvaro's", "kelvaros", "Organization"), ("Tarvel's", "tarvels", "Organization")]
    assert _owner_pairs(facts_of(text, surfaces, "Ownership")) == [("zorvex", "kelvaros"), ("zorvex", "tarvels")]


def test_a_brand_noun_or_an_example_stands_for_the_product_named_on_it(facts_of):
    kelvaro, tarvels, dove = ("Kelvaro", "kelvaro", "Product"), ("Tarvel's", "tarvels", "Product"), ("Dove", "dove", "Product")
    text = "Acme Corp, which also owns the Kelvaro and Tarvel's lager brands, said it would cut costs."
    assert sorted(f.roles["owned"] for f in facts_of(text, [ACME, kelvaro, tarvels], "Ownership")) == ["kelvaro", "tarvels"]
    text = "Acme Corp, which owns brands including Dove soap, said profit fell."
    assert [(f.roles["owner"], f.roles["owned"]) for f in facts_of(text, [ACME, dove], "Ownership")] == [("acme", "dove")]


def test_a_stake_held_in_which_owned_and_operated_and_reported(facts_of):
    def owners(text: str) -> list[tuple[str, str]]:
        return _owner_pairs(facts_of(text, [ACME, BORG], "Ownership"))

    assert owners("Borg Inc, in which Acme Corp holds an indirect 52 pct stake, has finalised negotiations.") == [("acme", "borg")]
    assert owners("It said Acme Corp owns and operates Borg Inc, a Philadelphia radio station.") == [("acme", "borg")]
    assert owners("Acme Corp, a Chicago firm, reported a 7.4 pct stake in Borg Inc.") == [("acme", "borg")]


def test_whose_unit_an_as_predicate_an_infinitive_copula_and_a_holder(facts_of):
    def owners(text: str, surfaces=(ACME, BORG)) -> list[tuple[str, str]]:
        return _owner_pairs(facts_of(text, list(surfaces), "Ownership"))

    assert owners("Acme Corp, whose Borg subsidiary operates 13 farms in Venezuela, insisted it had complied.", (ACME, ("Borg", "borg", "Organization"))) == [("acme", "borg")]
    assert owners("They said Borg Inc is expected to operate as a subsidiary of Acme Corp.") == [("acme", "borg")]
    assert owners("Borg Inc said it has agreed in principle to become a fully owned subsidiary of Acme Corp.", (ACME, BORG, ("it", "borg", "Organization", "pronoun"))) == [("acme", "borg")]
    assert owners("Acme Corp, the holder of 49.87 pct of Borg Inc, has agreed not to accept the offer.") == [("acme", "borg")]


def test_a_possessive_opening_a_sentence_is_no_name_and_a_predicate_company_owned_by(pipeline_roles):
    text = "Its Zorvex Canada Petroleum subsidiary is 100 pct owned by Kelvaro Corp."
    assert pipeline_roles(text, "Ownership") == [{"owned": "Zorvex Canada Petroleum", "owner": "Kelvaro"}]
    text = "Zorvex Corp said Belknap Acquisition is a newly-formed company owned by an investor group organized by Ann Tarvel."
    assert pipeline_roles(text, "Ownership") == [{"owned": "Belknap Acquisition", "owner": "Ann Tarvel"}]


FRANCE, PARIS = ("France", "france", "Place/Country"), ("Paris", "paris", "Place/City")


def test_state_owned_takes_the_country_the_phrase_or_the_sentence_names(facts_of):
    def owners(text: str, surfaces: list) -> list[tuple[str, str]]:
        return _owner_pairs(facts_of(text, [BORG, *surfaces], "Ownership"))

    assert owners("State-owned Borg Inc said France would keep its shares.", [FRANCE]) == [("france", "borg")]
    assert owners("The state-controlled oil company Borg Inc said France would keep its shares.", [FRANCE]) == [("france", "borg")]
    assert owners("Borg Inc, a state-run bank in Paris, said France would keep its shares.", [FRANCE, PARIS]) == [("france", "borg")]
    french = ("French", "france", "Place/Country")
    assert owners("Acme Corp said it agreed with French state-owned Borg Inc to buy Paris Motors.", [ACME, french]) == [("france", "borg")]
    assert owners("State-owned Borg Inc said Paris would keep its shares.", [PARIS]) == []
    assert owners("Family-owned Borg Inc said France would keep its shares.", [FRANCE]) == []
    norway = [("Zorvex Bank of Norway", "zorvex", "Organization"), ("Luxembourg", "luxembourg", "Place/Country")]
    assert owners("State-owned Zorvex Bank of Norway has bought a five pct share of Borg Inc, registered in Luxembourg.", norway) == [("zorvex", "borg")]


def test_state_owned_banks_listed_and_the_story_s_country(facts_of):
    cyber = ("Cyber Bank", "cyber", "Organization")
    text = "France is selling assets. Two state-run banks - Borg Inc and Cyber Bank - have dropped plans for listings."
    assert _owner_pairs(facts_of(text, [BORG, cyber, FRANCE], "Ownership")) == [("france", "borg"), ("france", "cyber")]


def test_setting_up_a_named_unit(facts_of, summary):
    planned = facts_of("Acme Corp plans to set up a wholly owned finance unit, Borg Inc, in Chicago.", [ACME, BORG], "Ownership")
    assert summary(planned) == [("Ownership", {"owned": "borg", "owner": "acme"}, "planned")]
    assert planned[0].extractor == "ownership.unit_set_up"
    formed = facts_of("Acme Corp formed a new subsidiary, Borg Inc, last year.", [ACME, BORG], "Ownership")
    assert summary(formed) == [("Ownership", {"owned": "borg", "owner": "acme"}, "active")]
    assert facts_of("Acme Corp praised a unit, Borg Inc, last year.", [ACME, BORG], "Ownership") == []


def test_the_part_it_does_not_own_means_it_owns_the_rest(facts_of, summary):
    text = "Acme Corp tendered for the 45 pct of Borg Inc it does not already own."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.55} and facts[0].extractor == "ownership.rest_not_owned"
    some = facts_of("Acme Corp bought the stock of Borg Inc it did not own.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert [(fact.roles, fact.attributes) for fact in some] == [({"owner": "acme", "owned": "borg"}, {})]
    assert facts_of("Acme Corp does not own 45 pct of Borg Inc.", [ACME, BORG], "Ownership")[0].status_class == "negative"


def test_the_stock_it_does_not_own_under_a_deal_noun_is_the_rest(facts_of):
    text = "Acme Corp began a tender offer for all the common stock of Borg Inc it does not already own."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert [(dict(fact.roles), fact.extractor) for fact in facts] == [({"owner": "acme", "owned": "borg"}, "ownership.rest_not_owned")]


def test_the_part_not_held_by_x_leaves_x_the_rest(facts_of, summary):
    text = "The tender for the 40 pct of Borg Inc shares not owned by Acme Corp closes next week."
    facts = facts_of(text, [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.6} and facts[0].extractor == "ownership.rest_not_held_by"
    some = facts_of("All Borg Inc common stock not held by Acme Corp will be swapped for cash.", [ACME, BORG], "Ownership")
    assert [(dict(fact.roles), fact.status, fact.attributes) for fact in some] == [({"owner": "acme", "owned": "borg"}, "active", {})]


def test_a_stated_share_owner_of_a_company(facts_of, summary):
    facts = facts_of("The company said (Acme Corp), a 35 pct owner of Borg Inc common stock, agreed.", [ACME, BORG], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].attributes == {"share": 0.35}


def test_state_owned_takes_the_company_file_s_country_before_the_story_s(pipeline_roles):
    text = "A US court heard the case in the US. Russia sold assets. It was bought by state-controlled oil company Rosneft."
    assert {"owner": "Russia", "owned": "Rosneft"} in pipeline_roles(text, "Ownership")
    assert {"owner": "United States", "owned": "Rosneft"} not in pipeline_roles(text, "Ownership")


def test_an_investment_held_in_a_company_is_owned_but_one_in_a_place_is_not(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp made a large gain on its investment in Borg Inc.", [ACME, BORG, its], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert (facts[0].extractor, facts[0].confidence) == ("ownership.from_investment", 0.55)
    china = ("China", "china", "Place")
    assert facts_of("Acme Corp said its direct investment in China began to pay off.", [ACME, china, its], "Ownership") == []


def test_a_company_named_in_full_after_a_possessive_is_owned(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    cyber = ("Cyber Ltd", "cyber", "Organization")
    facts = facts_of("Acme Corp said it had no plans to restructure its Borg Inc, or Cyber Ltd.", [ACME, BORG, cyber, its, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert sorted(f.roles["owned"] for f in facts) == ["borg", "cyber"]
    assert {(f.roles["owner"], f.extractor) for f in facts} == {("acme", "ownership.possessed_company")}
    japan = ("Japan", "japan", "Place/Country")
    assert facts_of("Japan's Borg Inc rose.", [BORG, japan], "Ownership") == []
    parent = facts_of("Cyber Ltd made a deal with Borg Inc and its parent, Acme Corp.", [ACME, BORG, cyber, ("its", "borg", "Organization", "pronoun")], "Ownership")
    assert [(f.roles["owner"], f.roles["owned"]) for f in parent if f.extractor == "ownership.possessed_company"] == []


def test_a_share_of_a_company_s_capital_is_held_in_that_company(facts_of):
    facts = facts_of("Under the agreement, Borg Inc will hold 9.99 pct of Acme Corp's capital.", [ACME, BORG], "Ownership")
    assert [(dict(f.roles), f.status, f.attributes) for f in facts] == [({"owner": "borg", "owned": "acme"}, "planned", {"share": 0.0999})]


def test_a_company_a_counterpart_noun_describes_after_a_possessive_is_not_owned(facts_of):
    its = ("its", "acme", "Organization", "pronoun")
    rival = facts_of("Acme Corp and its rival Borg Inc said they would cut prices.", [ACME, BORG, its], "Ownership")
    assert [f for f in rival if f.extractor == "ownership.possessed_company"] == []
    partner = facts_of("Acme Corp said its partner Borg Inc would cut prices.", [ACME, BORG, its], "Ownership")
    assert [f for f in partner if f.extractor == "ownership.possessed_company"] == []


def test_a_sale_called_off_says_the_seller_still_owns_the_target(facts_of, summary):
    cyber = ("Cyber Ltd", "cyber", "Organization")
    facts = facts_of("Acme Corp said it ended negotiations to sell Borg Inc to Cyber Ltd.", [ACME, BORG, cyber, ("it", "acme", "Organization", "pronoun")], "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]
    assert facts[0].extractor == "ownership.from_pending_sale"


def test_what_a_company_was_once_is_no_ownership(facts_of):
    assert facts_of("Borg Inc, formerly a unit of Acme Corp, said profits rose.", [ACME, BORG], "Ownership") == []
    assert facts_of("The suit was brought by Borg Inc, a former unit of Acme Corp.", [ACME, BORG], "Ownership") == []
    now = facts_of("Borg Inc, a unit of Acme Corp, said profits rose.", [ACME, BORG], "Ownership")
    assert [dict(fact.roles) for fact in now] == [{"owned": "borg", "owner": "acme"}]


def test_a_unit_noun_is_its_own_name_and_those_after_it_not_a_name_listed_before(pipeline_roles):
    text = "Regulators will look into two carriers- US Airways and Delta Air Lines' Kelvaro unit - after the delays."
    assert pipeline_roles(text, "Ownership") == [{"owner": "Delta Air Lines", "owned": "Kelvaro"}]


def test_a_stated_stake_in_no_named_company_is_in_the_story_s_one_company(pipeline_roles):
    text = "Zorvex Ltd owns 31 pct of Tarvel Corp. Bill Kelvaro and his relatives hold a stake of 24.6 pct."
    assert pipeline_roles(text, "Ownership") == [
        {"owner": "Zorvex", "owned": "Tarvel"},
        {"owner": "Bill Kelvaro", "owned": "Tarvel"},
    ]
    unstated = "Zorvex Ltd owns 29 pct of Tarvel Corp. Bill Kelvaro dismantled his dual-ownership structure."
    assert pipeline_roles(unstated, "Ownership") == [{"owner": "Zorvex", "owned": "Tarvel"}]
    unnamed = "Zorvex Ltd owns 29 pct of Tarvel Corp. Bill Kelvaro holds a 50.1 pct stake in the plant."
    assert pipeline_roles(unnamed, "Ownership") == [{"owner": "Zorvex", "owned": "Tarvel"}]


def test_a_stated_stake_in_no_named_company_is_in_the_company_the_story_names_most(pipeline_roles):
    """Two companies are owned in the story; the stake is in the one it is about, named most."""
    text = (
        "Bill Kelvaro made a new offer for Tarvel Inc on Monday. He needs the support of Tarvel's largest shareholders, "
        "Ann Belknap and Tom Borvia. Mr Kelvaro, who owns the Quintara Lions team, wants control of Tarvel. "
        "Mr Kelvaro and his relatives hold a stake of 24.6%."
    )
    assert {"owner": "Bill Kelvaro", "owned": "Tarvel"} in pipeline_roles(text, "Ownership")


def test_a_stake_named_by_its_company_held_by_an_unnamed_group_s_members(facts_of, summary):
    text = (
        "An investment partnership led by four sons of a chairman said it cut its Borg Inc stake to 4.95 pct. "
        "In a filing, the partnership, Acme Corp, said it sold 10,000 preferred shares."
    )
    assert summary(facts_of(text, [ACME, BORG], "Ownership")) == [("Ownership", {"owner": "acme", "owned": "borg"}, "active")]


def test_a_possessed_marque_and_a_company_named_before_a_possessed_unit_noun_are_owned(facts_of, summary):
    surfaces = [ACME, ("its", "acme", "Organization", "pronoun"), ("Zorvex", "zorvex", "Product")]
    facts = facts_of("Acme Corp is best known for its Zorvex marque.", surfaces, "Ownership")
    assert summary(facts) == [("Ownership", {"owner": "acme", "owned": "zorvex"}, "active")]
    quintara = facts_of("Acme Corp will launch a car from its luxury Quintara marque.", [*surfaces, ("Quintara", "quintara", "Organization")], "Ownership")
    assert summary(quintara) == [("Ownership", {"owner": "acme", "owned": "quintara"}, "active")]


def test_holdings_listed_after_are_or_across_semicolons_or_named_before_the_noun(facts_of):
    quintara, tarvel = ("Quintara", "quintara", "Organization"), ("Tarvel", "tarvel", "Organization")
    are = facts_of("Acme Corp's main European brands are Quintara and Tarvel.", [ACME, quintara, tarvel], "Ownership")
    assert _owner_pairs(are) == [("acme", "quintara"), ("acme", "tarvel")]
    text = (
        "The Acme Corp subsidiaries are Borg Inc, which is based in Boston, and employs 1,076 people; Quintara, based in Dallas, "
        "and employs 300 people; and Tarvel, based in Ohio, and employs 237 people."
    )
    listed = facts_of(text, [ACME, BORG, quintara, tarvel, ("Boston", "boston", "Place"), ("Dallas", "dallas", "Place"), ("Ohio", "ohio", "Place")], "Ownership")
    assert _owner_pairs(listed) == [("acme", "borg"), ("acme", "quintara"), ("acme", "tarvel")]
    assert facts_of("Acme Corp's brands are selling well in Quintara.", [ACME, quintara], "Ownership") == []


def test_holdings_ranging_from_one_end_to_the_other(facts_of):
    zorvex = ("Zorvex", "zorvex", "Organization")
    text = "Acme Corp said profits rose. The group, whose businesses range from Borg Inc to the Zorvex television channel, forecast growth."
    facts = facts_of(text, [ACME, ("The group", "acme", "Organization", "description"), BORG, zorvex], "Ownership")
    assert _owner_pairs(facts) == [("acme", "borg"), ("acme", "zorvex")]
    assert facts_of("Acme Corp said its prices ranged from 10 dlrs to the Zorvex level.", [ACME, zorvex], "Ownership") == []


def test_whoever_formed_a_named_company_owns_it(facts_of):
    quintara = ("Quintara Partners", "quintara", "Organization")
    formed = facts_of("Quintara Partners, a partnership formed by Acme Corp and Borg Inc, sued.", [ACME, BORG, quintara], "Ownership")
    assert _owner_pairs(formed) == [("acme", "quintara"), ("borg", "quintara")]
    predicate = facts_of("Quintara Partners is a Delaware corporation formed by Acme Corp.", [ACME, quintara], "Ownership")
    assert _owner_pairs(predicate) == [("acme", "quintara")]
    text = "Borg Inc agreed to a buyout offer from Quintara Partners, to be formed by Acme Corp."
    assert [f for f in facts_of(text, [ACME, BORG, quintara], "Ownership") if f.extractor == "ownership.formed_by"] == []


def test_holdings_listed_on_past_the_place_an_item_is_qualified_by(facts_of):
    names = [("Quintara", "quintara", "Organization"), ("Zorvex", "zorvex", "Organization")]
    places = [("US", "us", "Place/Country"), ("Europe", "europe", "Place/Region")]
    text = "Acme, whose brands include Quintara in the US and Zorvex in Europe, is due to reveal earnings."
    facts = facts_of(text, [("Acme", "acme", "Organization"), *names, *places], "Ownership")
    assert _owner_pairs(facts) == [("acme", "quintara"), ("acme", "zorvex")]


def test_a_company_named_before_a_unit_noun_owns_what_the_noun_describes(facts_of):
    quintara = ("Quintara Trust Co", "quintara", "Organization")
    apposed = facts_of("The deal calls for Quintara Trust Co, a Borg Inc subsidiary, to merge into Acme Corp.", [ACME, BORG, quintara], "Ownership")
    assert _owner_pairs(apposed) == [("borg", "quintara")]
    operated = facts_of("Quintara Trust Co has been operated as a Borg Inc subsidiary since then.", [BORG, quintara], "Ownership")
    assert _owner_pairs(operated) == [("borg", "quintara")]
    place = facts_of("Quintara Trust Co, the US unit of Borg Inc, rose.", [BORG, quintara, ("US", "us", "Place/Country")], "Ownership")
    assert _owner_pairs(place) == [("borg", "quintara")]


def test_a_single_holding_named_after_is(facts_of):
    text = "Acme Corp said shareholders voted to change its name. Its principal subsidiary is Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("Its", "acme", "Organization", "pronoun")], "Ownership")
    assert _owner_pairs(facts) == [("acme", "borg")]


def test_a_company_or_person_owns_the_bare_name_its_possessive_is_set_on(facts_of):
    acme, quintara = ("Acme", "acme", "Organization/Company"), ("Quintara", "quintara", "Product")
    facts = facts_of("Demand rose for products such as Acme's Quintara.", [acme, quintara], "Ownership")
    assert [(dict(f.roles), f.extractor) for f in facts] == [({"owner": "acme", "owned": "quintara"}, "ownership.possessed_company")]
    tarvel, belknap = ("Tarvel", "tarvel", "Person"), ("Belknap Group", "belknap", "Organization")
    assert _owner_pairs(facts_of("Mr Tarvel's Belknap Group said it was interested.", [tarvel, belknap], "Ownership")) == [("tarvel", "belknap")]
    agency, committee = ("Zorvex", "zorvex", "Organization/Agency"), ("Monetary Committee", "committee", "Organization")
    assert facts_of("The Zorvex's Monetary Committee met.", [agency, committee], "Ownership") == []
    town = ("Borgtown", "borgtown", "Organization")
    assert facts_of("A spokesman for Borgtown's Quintara said sales rose.", [town, quintara], "Ownership") == []


def test_a_company_owns_the_products_it_names_before_a_product_noun_it_possesses(facts_of):
    acme, its = ("Acme Corp", "acme", "Organization/Company"), ("its", "acme", "Organization", "pronoun")
    quintara, tarvel = ("Quintara", "quintara", "Product"), ("Tarvel", "tarvel", "Product")
    facts = facts_of("Acme Corp let buyers test drive its Quintara and Tarvel models.", [acme, its, quintara, tarvel], "Ownership")
    assert {(f.roles["owner"], f.roles["owned"], f.extractor) for f in facts} == {
        ("acme", "quintara", "ownership.possessed_product"),
        ("acme", "tarvel", "ownership.possessed_product"),
    }
    assert facts_of("Buyers test drove the Quintara models.", [quintara], "Ownership") == []


def test_a_member_of_a_named_group_is_owned_by_it(facts_of):
    quintara = ("Quintara Group", "quintara", "Organization")

    def owned(text: str) -> list[tuple[dict, str]]:
        return [(dict(f.roles), f.status) for f in facts_of(text, [ACME, BORG, quintara], "Ownership") if f.extractor == "ownership.group_part"]

    assert owned("Acme Corp sold its unit to Borg Inc, a member of the Quintara Group, last week.") == [({"owner": "quintara", "owned": "borg"}, "active")]
    assert owned("Borg Inc will become part of the Quintara Group.") == [({"owner": "quintara", "owned": "borg"}, "planned")]
    assert owned("Borg Inc, a member of Acme Corp, rose.") == []
    assert owned("Borg Inc is part of the Quintara Group's plan.") == []


def test_each_brand_of_a_longer_list_hung_on_the_brand_noun_is_owned(facts_of):
    zorvex, quintara, tarvel = ("Zorvex", "zorvex", "Product"), ("Quintara", "quintara", "Product"), ("Tarvel", "tarvel", "Product")
    text = "Acme Corp owns the Zorvex, Quintara and Tarvel brands."
    assert _owner_pairs(facts_of(text, [ACME, zorvex, quintara, tarvel], "Ownership")) == [("acme", "quintara"), ("acme", "tarvel"), ("acme", "zorvex")]


def test_a_wholly_or_numerically_owned_unit_states_its_share(facts_of):
    surfaces = [ACME, BORG, ("its", "acme", "Organization", "pronoun")]
    shares = _shares_by_roles(facts_of, surfaces)

    assert shares("Borg Inc, a wholly owned subsidiary of Acme Corp, said profit rose.") == [({"owner": "acme", "owned": "borg"}, 1.0)]
    assert shares("Borg Inc is wholly owned by Acme Corp.") == [({"owner": "acme", "owned": "borg"}, 1.0)]
    assert shares("Borg Inc, a fully owned subsidiary of Acme Corp, makes axles.") == [({"owner": "acme", "owned": "borg"}, 1.0)]
    assert shares("Acme Corp's 82 pct owned Borg Inc subsidiary rose.") == [({"owner": "acme", "owned": "borg"}, 0.82)]
    assert shares("Acme Corp agreed to sell its wholly owned Borg Inc.") == [({"owner": "acme", "owned": "borg"}, 1.0)]
    assert shares("Borg Inc, a majority owned subsidiary of Acme Corp, said profit rose.") == [({"owner": "acme", "owned": "borg"}, None)]


def test_a_stake_raised_or_cut_to_a_count_or_a_share_has_that_share(facts_of):
    surfaces = [ACME, BORG, ("its", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it cut its stake in Borg Inc to 211,700 shares, or 3.9 pct of the total outstanding, from 262,700 shares, or 4.8 pct."
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")] == [({"owner": "acme", "owned": "borg"}, 0.039)]


def test_a_name_the_parser_lists_after_a_stated_share_is_not_what_the_share_is_of(facts_of):
    surfaces = [("Tarvel", "tarvel", "Person"), ("Quintara Bank of Commerce", "quintara", "Organization")]
    text = "Tarvel will own eight pct and Quintara Bank of Commerce will hold a six pct interest."
    assert [dict(f.roles) for f in facts_of(text, surfaces, "Ownership") if f.roles.get("owner") == "tarvel"] == []


def test_a_unit_its_sentence_says_was_sold_is_owned_no_longer(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Ltd", "zorvex", "Organization"), ("its", "acme", "Organization", "pronoun")]

    def owned(text: str) -> list[tuple[dict, float | None]]:
        return [(dict(f.roles), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership")]

    assert owned("Acme Corp said it has sold its Zorvex Ltd subsidiary to Borg Inc.") == []
    assert owned("Borg Inc said it bought Acme Corp's Zorvex Ltd unit last week.") == [({"owner": "borg", "owned": "zorvex"}, None)]
    assert owned("Acme Corp said it will sell its Zorvex Ltd subsidiary to Borg Inc.") == [({"owner": "acme", "owned": "zorvex"}, None)]
    assert ({"owner": "acme", "owned": "zorvex"}, 1.0) in owned("Borg Inc said it bought assets of Zorvex Ltd, a wholly owned subsidiary of Acme Corp.")


def test_a_company_a_state_company_noun_names_is_owned_by_the_home_country(facts_of):
    tarvelia, italy = ("Tarvelia", "tarvelia", "Place/Country"), ("Italy", "italy", "Place/Country")
    surfaces = [ACME, BORG, tarvelia, italy, ("U.S.", "united-states", "Place/Country")]

    def owners(text: str, dateline: str | None = None) -> list[tuple[str, str]]:
        return _owner_pairs(f for f in facts_of(text, surfaces, "Ownership", dateline=dateline) if f.extractor == "ownership.state_company")

    assert owners("Tarvelia's economy grew. Acme Corp is set to merge with state oil firm Borg Inc.") == [("tarvelia", "borg")]
    assert owners("Italy's rules changed. State oil firm Borg Inc bought a stake in Acme Corp, a U.S. company.", "ROME, June 2 -") == [("italy", "borg")]
    assert owners("Tarvelia's economy grew. Acme Corp bought a state bank in Tarvelia.") == []


def test_an_apposition_the_parser_hung_further_back_is_the_name_before_its_comma(facts_of):
    surfaces = [("Tarvel Motor Inns Inc", "tarvel", "Organization"), ("Borg", "borg", "Organization")]
    text = "The terms have been approved by its board and by Tarvel Motor Inns Inc <TMI>, owner of about 84 pct of Borg's outstanding stock."
    facts = facts_of(text, surfaces, "Ownership")
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts] == [({"owned": "borg", "owner": "tarvel"}, 0.84)]


def test_a_product_named_right_after_a_possessed_product_noun_is_owned(facts_of):
    surfaces = [ACME, ("Zorvex", "zorvex", "Product")]
    text = "It lost a court case, banning it from selling a version of Acme Corp's popular hypertension drug Zorvex in the US."
    assert _owner_pairs(f for f in facts_of(text, surfaces, "Ownership") if f.extractor == "ownership.possessed_product") == [("acme", "zorvex")]


def test_which_after_a_person_s_title_is_the_company_s(facts_of):
    text = "Herb Belknap Jr., president of Tarvel Oil Co (TOC), which holds a 30.4 pct stake in Zorvex, called Acme's offer far too low last week."
    entities = [("Herb Belknap Jr.", "belknap", "Person"), ("Tarvel Oil Co", "tarvel", "Organization"), ("Zorvex", "zorvex", "Organization"), ("Acme", "acme", "Organization")]
    facts = facts_of(text, entities, "Ownership")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"owned": "zorvex", "owner": "tarvel"}, {"share": 0.304})]


def test_a_possessed_stake_on_offer_in_a_deal_not_done_is_held_with_its_size(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Ltd", "zorvex", "Organization"), ("Tarvel SA", "tarvel", "Organization"), ("its", "acme", "Organization", "pronoun")]
    surfaces.append(("it", "acme", "Organization", "pronoun"))
    shares = _shares_by_roles(facts_of, surfaces)
    assert shares("Acme Corp said it agreed to sell its entire 46.5 pct interest in Borg Inc to Zorvex Ltd.") == [({"owner": "acme", "owned": "borg"}, 0.465)]
    assert shares("Zorvex Ltd said it agreed to acquire Acme Corp's 38 pct stake in Borg Inc.") == [({"owner": "acme", "owned": "borg"}, 0.38)]
    held = shares("Tarvel SA said its unit, Zorvex Ltd, plans to sell its 40 pct stake in Borg Inc.")
    assert [(roles, share) for roles, share in held if roles["owned"] == "borg"] == [({"owner": "zorvex", "owned": "borg"}, 0.4)]
    assert shares("Acme Corp said it sold its 40 pct stake in Borg Inc.") == []
    assert shares("Acme Corp will sell 25 pct of Borg Inc to the public.") == [({"owner": "acme", "owned": "borg"}, None)]


def test_a_purchase_completed_makes_the_buyer_owner_of_what_it_bought(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Bank", "zorvex", "Organization"), ("Quintara Bank", "quintara", "Organization"), ("it", "acme", "Organization", "pronoun")]

    def bought(text: str) -> list[tuple[tuple[str, str], float | None]]:
        return sorted(((f.roles["owner"], f.roles["owned"]), f.attributes.get("share")) for f in facts_of(text, surfaces, "Ownership") if f.extractor == "ownership.completed_purchase")

    assert bought("Acme Corp said it completed the acquisition of Borg Inc for 3.92 mln dlrs.") == [(("acme", "borg"), None)]
    assert bought("Acme Corp said it completed the acquisition of a 75 pct interest in Borg Inc.") == [(("acme", "borg"), 0.75)]
    assert bought("Acme Corp said it has completed the acquisition of two Florida-based banks, Zorvex Bank, based in Orlando, and Quintara Bank, based in Naples.") == [(("acme", "quintara"), None), (("acme", "zorvex"), None)]
    assert bought("Acme Corp said it expects to complete the acquisition of Borg Inc next month.") == []
    assert bought("Acme Corp said it completed the acquisition of 66 Borg Inc stores.") == []
    assert bought("Borg Inc said it completed the sale of Quintara Bank to Acme Corp for 145 mln dlrs.") == [(("acme", "quintara"), None)]


def test_a_stake_given_to_an_indirect_object_is_held_by_it(facts_of):
    surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun")]
    shares = _shares_by_roles(facts_of, surfaces)
    assert shares("Acme Corp said the shares, combined with those it already holds, give it a 21.7 pct stake in Borg Inc.") == [({"owner": "acme", "owned": "borg"}, 0.217)]
    assert shares("The purchase gave Acme Corp a majority stake in Borg Inc.") == [({"owner": "acme", "owned": "borg"}, None)]
    assert shares("The shares Acme Corp is seeking would give it a 92.4 pct interest in Borg Inc.") == []


def test_a_purchase_of_what_a_company_holds_makes_the_buyer_no_owner_of_the_company(facts_of):
    surfaces = [ACME, BORG, ("Zorvex Savings", "zorvex", "Organization"), ("Quintara Association", "quintara", "Organization"), ("it", "acme", "Organization", "pronoun")]

    def owned(text: str) -> list[tuple[str, str]]:
        return _owner_pairs(f for f in facts_of(text, surfaces, "Ownership") if f.extractor == "ownership.from_acquisition")

    assert owned("Acme Corp said it acquired Borg Inc for 12 mln dlrs.") == [("acme", "borg")]
    assert owned("Acme Corp said it acquired certain assets of Borg Inc, a wholly owned subsidiary of Zorvex Savings.") == []
    assert owned("Acme Corp said it acquired seven Borg Inc convenience stores for cash.") == []
    assert owned("Acme Corp said it acquired a Zorvex Savings and Quintara Association branch in Ohio.") == []


def test_a_parent_company_is_a_parent_though_a_company_noun_follows_the_trigger(facts_of):
    quintara = ("Quintara Group", "quintara", "Organization")
    appositive = facts_of("Borg Inc's parent company, the Tarvel-based Quintara Group, sued the regulator.", [BORG, quintara], "Ownership")
    assert [(f.roles["owner"], f.roles["owned"], f.extractor) for f in appositive] == [("quintara", "borg", "ownership.parent_of")]
    conjoined = facts_of("Quintara Group has assets of 310 mln dlrs and is the parent company of Borg Inc.", [BORG, quintara], "Ownership")
    assert _owner_pairs(conjoined) == [("quintara", "borg")]


def test_a_former_parent_or_owner_holds_nothing_now(pipeline_roles):
    """"its former owner, Y" and "X's former parent Y" name who held X once, not who holds it."""
    assert pipeline_roles("Zorvex Corp went private through a buyout from its former owner, Kelvaro Inc.", "Ownership") == []
    assert pipeline_roles("Zorvex Corp's former parent Kelvaro Inc sold its last shares last year.", "Ownership") == []
    assert pipeline_roles("Zorvex Corp said its parent, Kelvaro Inc, backed the plan.", "Ownership") == [{"owned": "Zorvex", "owner": "Kelvaro"}]
