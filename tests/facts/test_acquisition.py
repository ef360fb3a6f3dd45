"""Acquisition: sales, purchases, takeovers, stakes and bids, with their status and values."""

from __future__ import annotations

from kg.model import Amount

ACME, BORG, CYBER = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization"), ("Cyber Ltd", "cyber", "Organization")
ITS = ("its", "acme", "Organization", "pronoun")


def test_sale_to_buyer_with_seller_amount(facts_of, summary):
    facts = facts_of("Acme Corp sold its Borg Inc unit to Cyber Ltd for 12 mln dlrs.", [ACME, BORG, CYBER, ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "completed")]
    assert facts[0].extractor == "acquisition.sale_to"
    assert facts[0].attributes == {"amount": Amount(12_000_000.0, "USD")}
    assert facts[0].evidence.start == 0 and facts[0].evidence.text.endswith("dlrs.")


def test_the_value_of_the_deal_a_purchase_is_made_in(facts_of):
    def amounts(text: str) -> list[Amount | None]:
        return [fact.attributes.get("amount") for fact in facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")]

    assert amounts("Acme Corp said it would acquire Borg Inc in an all-stock deal valued at about $4.2 billion.") == [Amount(4_200_000_000.0, "USD")]
    assert amounts("Acme Corp agreed to buy Borg Inc in a transaction worth $90 million.") == [Amount(90_000_000.0, "USD")]
    assert amounts("Acme Corp agreed to buy Borg Inc in a move valued at $90 million.") == [None]


def test_a_price_for_in_the_phrase_is_the_amount_but_a_price_per_share_is_none(facts_of):
    text = "Acme Corp agreed to sell a 60% stake in Borg Inc to a consortium led by Cyber Ltd for 2 trillion yen ($18 billion)."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert [fact.attributes for fact in facts] == [{"share": 0.6, "amount": Amount(2_000_000_000_000.0, "JPY")}]
    facts = facts_of("Acme Corp offered 13.50 dlrs a share for Borg Inc.", [ACME, BORG], "Acquisition")
    assert [fact.attributes.get("amount") for fact in facts] == [None]


def test_a_price_noun_the_deal_is_done_for_gives_its_sum(facts_of):
    """"for an overall cost of X": the sum hangs on the price noun, too far for the nearest value."""
    text = "Acme Corp acquired a 15 pct holding in Borg Inc through a rights issue, for an overall cost of 2.6 mln dlrs."
    facts = facts_of(text, [ACME, BORG], "Acquisition")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"buyer": "acme", "target": "borg"}, {"share": 0.15, "amount": Amount(2_600_000.0, "USD")})]


def test_a_flotation_is_a_sale_of_the_company_to_no_one_named(facts_of, summary):
    assert summary(facts_of("Acme Corp is planning an IPO.", [ACME], "Acquisition")) == [("Acquisition", {"target": "acme"}, "planned")]
    text = "Investors snapped up shares in Acme Corp following the launch of its initial public offer."
    assert summary(facts_of(text, [ACME, ITS], "Acquisition")) == [("Acquisition", {"target": "acme"}, "completed")]
    text = "Acme Corp may raise its bid to $1.5bn from its initial $1.3bn offer for Borg Inc."
    assert {tuple(sorted(fact.roles.items())) for fact in facts_of(text, [ACME, BORG, ITS], "Acquisition")} == {(("buyer", "acme"), ("target", "borg"))}
    assert summary(facts_of("Acme Corp plans to float its Borg Inc unit.", [ACME, BORG, ITS], "Acquisition")) == [
        ("Acquisition", {"seller": "acme", "target": "borg"}, "planned")
    ]
    text = "Its debut came after the flotation by software firm Acme Corp and the Borg Inc IPO."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"target": "acme"}, "completed"),
        ("Acquisition", {"target": "borg"}, "completed"),
    ]


def test_possessive_sale_through_descriptions(facts_of, summary):
    text = "Acme Corp and Cyber Ltd are partners after the U.S. retailer's 2016 sale of its platform Borg Inc to the Cyber rival."
    surfaces = [ACME, BORG, CYBER, ("the U.S. retailer", "acme", "Organization", "description"), ITS,
                ("the Cyber rival", "dino", "Organization", "description"), ("Dino", "dino", "Organization")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "dino"}, "completed")]
    assert facts[0].attributes == {"date": "2016"}


def test_stake_purchase_agreed_with_share(facts_of, summary):
    facts = facts_of("Acme Corp said it agreed to buy a 20 pct stake in Borg Inc for 45 mln dlrs.",
                     [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]
    assert facts[0].attributes == {"share": 0.2, "amount": Amount(45_000_000.0, "USD")}


def test_talks_to_sell_a_share_is_negotiating(facts_of, summary):
    facts = facts_of("Borg Inc is in discussions to sell 15% of its shoe operations to Cyber Ltd.",
                     [BORG, CYBER, ("its shoe operations", "shoes", "Organization", "description"), ("its", "borg", "Organization", "pronoun")],
                     "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "borg", "target": "shoes", "buyer": "cyber"}, "negotiating")]
    assert facts[0].attributes == {"share": 0.15}


def test_passive_takeover_and_bid(facts_of, summary):
    assert summary(facts_of("Borg Inc was acquired by Acme Corp in 1986.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")
    ]
    assert summary(facts_of("Acme Corp took over Borg Inc last year.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")
    ]
    bids = facts_of("Acme Corp made a bid for Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(bids) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    assert bids[0].extractor == "acquisition.bid_for"


def test_who_comments_on_or_opposes_a_bid_is_no_bidder(facts_of, summary):
    for verb in ("did not comment on", "opposed", "supported"):
        assert facts_of(f"Cyber Ltd {verb} the bid for Borg Inc.", [BORG, CYBER], "Acquisition") == []
    bids = facts_of("Cyber Ltd launched a bid for Borg Inc.", [BORG, CYBER], "Acquisition")
    assert summary(bids) == [("Acquisition", {"buyer": "cyber", "target": "borg"}, "proposed")]


def test_who_fights_off_a_bid_is_its_target_and_who_is_thwarted_its_bidder(facts_of, summary):
    text = "Cyber Ltd fought off a hostile takeover bid for Borg Inc from Acme Corp."
    assert summary(facts_of(text, [ACME, BORG, CYBER], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")
    ]
    text = "Acme Corp fought off a hostile takeover bid from Cyber Ltd."
    assert summary(facts_of(text, [ACME, CYBER], "Acquisition")) == [("Acquisition", {"buyer": "cyber", "target": "acme"}, "proposed")]
    text = "Acme Corp was thwarted in a takeover attempt for Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "failed")]


def test_a_description_after_a_name_the_parse_makes_the_subject_stands_for_the_name(facts_of, summary):
    text = "Borg Inc said that <Acme Corp>, a private investment limited partnership, has acquired 600,000 shares of Borg common stock."
    facts = facts_of(text, [ACME, BORG, ("Borg", "borg", "Organization")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_raising_a_stake_is_a_purchase_and_the_new_level_is_the_holding(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it raised its stake in Borg Inc to 15.3 pct from 9.6 pct.", [ACME, BORG, its, ("it", "acme", "Organization", "pronoun")])
    assert summary(facts) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed"),
        ("Ownership", {"owned": "borg", "owner": "acme"}, "active"),
    ]
    assert [fact.attributes.get("share") for fact in facts] == [None, 0.153]
    owned = facts_of("Acme Corp increased its ownership of Borg Inc shares to 19.9 pct.", [ACME, BORG, its], "Acquisition")
    assert summary(owned) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts_of("Acme Corp raised its dividend and Borg Inc's price.", [ACME, BORG, its], "Acquisition") == []


def test_the_activities_of_a_unit_bought_from_the_unit_s_owner(facts_of, summary):
    text = "Acme Corp will acquire the household product activities of the <Borg> unit of Cyber Ltd."
    facts = facts_of(text, [ACME, CYBER, ("Borg", "borg", "Organization")])
    assert summary(facts) == [
        ("Acquisition", {"buyer": "acme", "target": "borg", "seller": "cyber"}, "planned"),
        ("Ownership", {"owned": "borg", "owner": "cyber"}, "active"),
    ]
    stake = facts_of("Acme Corp bought a 5 pct stake in Borg Inc, a unit of Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(stake) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_selling_an_investment_in_a_company_sells_the_company(facts_of, summary):
    text = "Acme Corp said it will sell its investment in Borg Inc to the company chairman, John Smith."
    surfaces = [ACME, BORG, ("John Smith", "smith", "Person"), ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "smith", "seller": "acme", "target": "borg"}, "planned")]


def test_the_shares_bought_are_the_story_target_s(facts_of, summary):
    text = "Acme Corp has agreed to buy a three pct stake in Borg Inc, a lender. Acme Corp will purchase the shares from Cyber Ltd for 120 mln yen."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert [(fact.roles, fact.extractor) for fact in facts if "seller" in fact.roles] == [
        ({"buyer": "acme", "target": "borg", "seller": "cyber"}, "acquisition.purchase_shares")
    ]
    assert facts_of("Acme Corp will purchase the shares from Cyber Ltd.", [ACME, CYBER], "Acquisition") == []


def test_a_possessed_bid_named_after_its_target(facts_of, summary):
    text = "Acme Corp said on Monday that its Borg Inc bid had failed."
    facts = facts_of(text, [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "failed")]
    assert facts_of("Acme Corp said on Monday that the Borg Inc bid had failed.", [ACME, BORG], "Acquisition") == []


def test_a_takeover_target_of_a_buyer_is_its_target_not_a_buyer(facts_of, summary):
    text = "Acme Corp gained amid rumors that the company might be a takeover target of Borg Inc."
    surfaces = [ACME, BORG, ("the company", "acme", "Organization", "description")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert summary(facts) == [("Acquisition", {"target": "acme", "buyer": "borg"}, "rumored")]
    assert facts[0].extractor == "acquisition.surface_takeover_target"
    assert summary(facts_of("Acme Corp is seen as a possible takeover target for Borg Inc.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"target": "acme", "buyer": "borg"}, "considering")
    ]


def test_a_target_after_a_wire_line_that_ends_in_a_space(facts_of, summary):
    text = (
        "Acme Corp said it has reached an accord to acquire all\n"
        "the capital stock of \n"
        "<Borg Inc> for 149 mln dlrs in cash, the company said.\n"
        "    Acme said the deal would close in the second quarter.\n"
    )
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]


def test_hyphenated_take_over_sell_off_and_spin_off(facts_of, summary):
    facts = facts_of("Cyber Ltd announced the take-over of Borg Inc.", [BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "cyber", "target": "borg"}, "announced")]
    facts = facts_of("Acme Corp completed the sell-off of Borg Inc to Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "cyber", "seller": "acme", "target": "borg"}, "completed")]
    facts = facts_of("Acme Corp said it is to spin-off its Borg Inc unit.", [ACME, BORG, ITS, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg"}, "planned")]


def test_a_purchase_of_nothing_named_has_a_buyer_only(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it intends to buy a pharmaceutical company.", [ACME, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme"}, "planned")]
    facts = facts_of("Acme Corp said it spent 1.1 billion guilders on acquisitions last year.", [ACME, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme"}, "completed")]
    facts = facts_of("Acme Corp is considering acquiring another Canadian securities company.", [ACME], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme"}, "considering")]
    facts = facts_of("Acme Corp said it has bought a tile factory in Borvia.", [ACME, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme"}, "completed")]


def test_no_buyer_only_purchase_beside_a_named_one_or_a_seller(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    assert facts_of("Acme Corp said it acquired a computer services business from Borg Inc.", [ACME, BORG, it], "Acquisition") == []
    assert facts_of("Acme Corp said it will buy the company.", [ACME, it], "Acquisition") == []
    facts = facts_of("Acme Corp agreed to buy Borg Inc. Acme Corp said it will seek acquisitions.", [ACME, BORG, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]


def test_a_misspelt_trigger_still_fires(facts_of, summary):
    facts = facts_of("Acme Corp said it completed the acuqisition of Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_names_in_round_brackets_read_like_marked_names(pipeline_roles):
    text = "(Zorvex Restaurants Inc) said it acquired (Quintara Cafe Inc), a cafe chain with ten franchises, for cash."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex Restaurants", "target": "Quintara Cafe"}]


def test_shares_of_a_stock_class_in_a_company_hung_on_the_verb(pipeline_roles):
    text = "Zorvex Corp said it has purchased 120,000 shares of convertible preferred stock in <Quintara Inc> for 900,000 dlrs."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex", "target": "Quintara"}]


def test_shares_exchanged_for_a_part_of_a_company_buy_it(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it exchanged 2.8 mln new shares for 30 pct of Borg Inc.", [ACME, BORG, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_a_company_that_agrees_to_become_a_subsidiary_is_bought(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it has agreed in principle to become a fully owned subsidiary of Borg Inc.", [ACME, BORG, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "agreed")]


def test_a_purchase_by_an_unnamed_buyer_from_a_named_seller_is_a_sale(facts_of, summary):
    """A buyer the text does not name leaves the seller and what it sold: "an investor group
    bought Y from Z"; with no seller named there is no fact."""
    facts = facts_of("Acme Corp said an investor group has acquired a 73 pct stake in Borg Inc from Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "cyber", "target": "borg"}, "completed")]
    assert facts[0].attributes == {"share": 0.73} and facts[0].confidence == 0.6
    assert facts_of("Acme Corp said an investor group has acquired a 73 pct stake in Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_a_company_that_merges_into_another_is_bought_by_it(facts_of, summary):
    """Merging into Y is being bought by Y ("X signed a letter of intent to merge into Y for
    cash"); a unit of X merging into Y is X's vehicle for buying Y, so Y buys nothing there."""
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it has signed a preliminary letter of intent to merge into Borg Inc for cash.", [ACME, BORG, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "planned")]
    assert facts[0].extractor == "acquisition.merge_into"
    facts = facts_of("Acme Corp said it has completed a merger into Borg Inc.", [ACME, BORG, it], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "completed")]
    assert facts_of("Following the offer, a unit of Acme Corp will merge into Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_a_stake_placed_with_a_broker_is_sold(facts_of, summary):
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said it has placed its 12.6 pct stake in Borg Inc with Cyber Ltd.", [ACME, BORG, CYBER, it, ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg"}, "completed")]
    assert facts[0].attributes == {"share": 0.126}
    assert facts_of("Acme Corp placed an order for 20 planes with Cyber Ltd.", [ACME, CYBER], "Acquisition") == []


def test_buying_out_the_holders_in_a_company_buys_the_company(facts_of, summary):
    facts = facts_of("Acme Corp is seeking to buy out minority investors in Borg Inc for about 5.4 bn dlrs.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]


def test_the_object_of_a_forcing_verb_is_the_seller(facts_of, summary):
    facts = facts_of("Acme Corp forced Borg Inc to sell its Cyber Ltd unit.", [ACME, BORG, CYBER, ("its", "borg", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "borg", "target": "cyber"}, "planned")]


def test_a_bid_made_to_become_chairman_is_no_takeover_bid(facts_of, summary):
    facts = facts_of("Borg Inc rejected a bid from Cyber Ltd. Acme Corp made a bid last year to become chairman.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "cyber", "target": "borg"}, "rejected")]
    facts = facts_of("Acme Corp made a bid to buy Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]


def test_a_takeover_target_alone_is_a_speculated_deal_and_no_takeover_target_a_denied_one(facts_of, summary):
    """"X might be a takeover target" with no buyer named is a target-only Acquisition, as gold
    annotates market rumours; "X is not a takeover target" denies one."""
    assert summary(facts_of("Acme Corp is a takeover target, Borg Inc analysts said.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"target": "acme"}, "speculated")
    ]
    its = ("it", "acme", "Organization", "pronoun")
    text = "Acme Corp would not comment on talk among Zorvex traders that it might be a takeover candidate."
    assert [(fact.roles, fact.status_class) for fact in facts_of(text, [ACME, its], "Acquisition")] == [({"target": "acme"}, "prospective")]
    facts = facts_of("Acme Corp is not a takeover target of Borg Inc, its chairman said.", [ACME, BORG], "Acquisition")
    assert [(fact.roles, fact.status_class) for fact in facts] == [({"target": "acme"}, "negative")]


def test_denied_talks_are_never_positive(facts_of, summary):
    facts = facts_of("Acme Corp denied it was in talks to acquire Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [fact.status_class for fact in facts] == ["negative"]


def test_considering_a_sale_is_prospective(facts_of, summary):
    facts = facts_of("Acme Corp is considering selling Borg Inc to Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "considering")]


def test_selling_goods_to_customers_is_no_acquisition(facts_of, summary):
    assert facts_of("Acme Corp sold shoes to customers in Spain.", [ACME, ("Spain", "spain", "Place")], "Acquisition") == []
    assert facts_of("Acme Corp bought time.", [ACME], "Acquisition") == []


def test_shares_held_in_a_company_sold_without_a_buyer(facts_of, summary):
    facts = facts_of("Acme Corp sold four mln shares it held in Borg Inc, sources said.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg"}, "completed")]
    assert facts[0].confidence == 0.6


def test_takeover_battle_for_reads_the_head_noun(facts_of, summary):
    facts = facts_of("Acme Corp has won a takeover battle for Borg Inc with a higher bid.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts[0].extractor == "acquisition.acquisition_of"


def test_spin_off_is_a_sale_with_a_seller(facts_of, summary):
    assert summary(facts_of("Acme Corp spun off Borg Inc last year.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"seller": "acme", "target": "borg"}, "completed")
    ]
    assert summary(facts_of("Acme Corp is considering spinning off Borg Inc.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"seller": "acme", "target": "borg"}, "considering")
    ]
    negated = facts_of("Acme Corp decided not to spin off Borg Inc.", [ACME, BORG], "Acquisition")
    assert [fact.status_class for fact in negated] == ["negative"]
    assert facts_of("Acme Corp spun off a new idea.", [ACME], "Acquisition") == []


def test_all_of_the_assets_of_a_unit_are_the_unit(facts_of, summary):
    text = "Acme Corp said it agreed to sell substantially all the assets and some debts of its Borg Inc subsidiary to Cyber Ltd for 7 mln dlrs."
    facts = facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun"), ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "agreed")]
    assert facts[0].attributes == {"amount": Amount(7_000_000.0, "USD")}
    assert facts_of("Acme Corp sold all of the shoes to Cyber Ltd.", [ACME, CYBER], "Acquisition") == []


def test_sale_of_a_possessed_company_names_its_possessor_as_seller(facts_of, summary):
    facts = facts_of("Acme Corp received 9 mln dlrs from the sale of Cyber Ltd's Borg Inc.", [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "cyber", "target": "borg"}, "completed")]


def test_wire_ticker_stands_for_the_name_before_it(facts_of, summary):
    text = "Acme Corp agreed to sell its Borg Inc unit to Cyber Ltd <CYB> for 3 mln dlrs."
    facts = facts_of(text, [ACME, BORG, CYBER, ITS, ("CYB", "cyb", "Organization")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "agreed")]


def test_station_named_before_its_noun_is_the_target(facts_of, summary):
    text = "Acme Corp agreed to sell Cyber Ltd's KXYZ-TV station to Borg Inc."
    facts = facts_of(text, [ACME, BORG, CYBER, ("KXYZ-TV", "kxyz", "Organization")])
    assert summary(facts) == [
        ("Acquisition", {"seller": "acme", "target": "kxyz", "buyer": "borg"}, "agreed"),
        ("Ownership", {"owner": "cyber", "owned": "kxyz"}, "active"),
    ]


def test_bid_received_or_rejected_from_a_suitor(facts_of, summary):
    assert summary(facts_of("Acme Corp received a takeover offer from Borg Inc.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "borg", "target": "acme"}, "proposed")
    ]
    rejected = facts_of("Acme Corp rejected a bid from Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(rejected) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "rejected")]
    assert facts_of("Acme Corp received a letter from Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_possessed_plan_gives_the_buyer(facts_of, summary):
    facts = facts_of("Analysts doubt Acme Corp's plan to buy Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]


def test_agreed_to_be_acquired_and_takeover_by(facts_of, summary):
    it = ("it", "borg", "Organization", "pronoun")
    assert summary(facts_of("Borg Inc said it has agreed to be acquired by Acme Corp.", [ACME, BORG, it], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")
    ]
    assert summary(facts_of("Borg Inc agreed to a takeover by Acme Corp.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")
    ]
    rejected = facts_of("Borg Inc rejected a takeover by Acme Corp.", [ACME, BORG], "Acquisition")
    assert [fact.status_class for fact in rejected] == ["negative"]
    assert facts_of("Borg Inc was praised by Acme Corp.", [ACME, BORG], "Acquisition") == []


def test_paying_a_sum_for_a_company(facts_of, summary):
    facts = facts_of("Acme Corp paid 400 mln dlrs for Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts[0].attributes == {"amount": Amount(400_000_000.0, "USD")}
    assert facts_of("Acme Corp paid a visit to Borg Inc.", [ACME, BORG], "Acquisition") == []
    assert facts_of("Acme Corp paid tribute for Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_taking_a_stake(facts_of, summary):
    facts = facts_of("Acme Corp has taken a 10% stake in Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts[0].attributes == {"share": 0.1}
    assert facts_of("Acme Corp has taken a look at Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_a_buyer_never_buys_what_it_possesses(facts_of, summary):
    text = "Acme Corp said a group of investors has agreed to acquire Acme Corp's shoe business."
    surfaces = [ACME, ("Acme Corp's shoe business", "acme-shoe", "Organization", "description"), ("a group of investors", "acme", "Organization", "description")]
    assert facts_of(text, surfaces, "Acquisition") == []
    sold = facts_of("Cyber Ltd has agreed to acquire Acme Corp's shoe business.", [ACME, CYBER, ("Acme Corp's shoe business", "acme-shoe", "Organization", "description")], "Acquisition")
    assert summary(sold) == [("Acquisition", {"buyer": "cyber", "seller": "acme", "target": "acme-shoe"}, "agreed")]


def test_a_buyer_may_buy_the_parent_or_partner_its_possessive_names(facts_of, summary):
    text = "Earlier this year, Cyber Ltd agreed to buy its former parent and US phone pioneer Acme Corp for about $9bn."
    facts = facts_of(text, [ACME, CYBER, ("its", "cyber", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "cyber", "target": "acme"}, "agreed")]


def test_a_condition_asserts_nothing(facts_of, summary):
    facts = facts_of("If Acme Corp buys a stake in Borg Inc, it will be the largest deal this year.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "speculated")]
    assert summary(facts_of("Acme Corp bought a stake in Borg Inc, as it said it would if prices fell.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")
    ]
    asked = facts_of("Analysts asked whether Acme Corp would sell Borg Inc.", [ACME, BORG])
    assert summary(asked) == [("Acquisition", {"seller": "acme", "target": "borg"}, "speculated")]


def test_wire_price_offer_reads_the_price_phrase(facts_of, summary):
    text = "The deal may fail on a higher offer, such as Acme Corp's competing 40 dlr per share offer for Borg Inc stock."
    facts = facts_of(text, [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    assert facts_of("Shares rose to 40 dlrs per share offer price on Monday.", [ACME, BORG], "Acquisition") == []


def test_no_bid_is_a_denied_acquisition_not_nothing(facts_of, summary):
    facts = facts_of("Acme Corp plans no bid of its own for Borg Inc.", [ACME, BORG, ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "denied")]
    merger = facts_of("Acme Corp said it has no plans to merge with Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Merger")
    assert [fact.status_class for fact in merger] == ["negative"]


def test_a_denied_or_ruled_out_change_to_a_bid_leaves_the_bid_standing(facts_of, summary):
    """What governs "raise its offer" tells of the raise: the bid itself is still made."""
    kelvaro, tarvel = ("Kelvaro Ltd", "kelvaro", "Organization"), ("Tarvel Corp", "tarvel", "Organization")
    surfaces = [kelvaro, tarvel, ("it", "kelvaro", "Organization", "pronoun"), ("its", "kelvaro", "Organization", "pronoun")]
    for text in (
        "Kelvaro Ltd denied that it had sweetened its offer for Tarvel Corp.",
        "Kelvaro Ltd ruled out raising its bid for Tarvel Corp.",
        "Kelvaro Ltd said it has no intention of lifting its offer for Tarvel Corp.",
    ):
        assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "kelvaro", "target": "tarvel"}, "proposed")]


def test_no_stake_is_still_no_ownership(facts_of):
    """Near miss: a state with a negating determiner says nothing to record."""
    assert facts_of("Acme Corp has no stake in Borg Inc.", [ACME, BORG]) == []


def test_passive_sold_to_and_active_sale_of_shares(facts_of, summary):
    passive = facts_of("Borg Inc, which was quietly sold to Acme Corp, grew.", [ACME, BORG], "Acquisition")
    assert summary(passive) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    # Near miss: an active sale of shares to a buyer does not make the seller the target.
    assert facts_of("Acme Corp sold no shares to Borg Inc.", [ACME, BORG]) == []
    assert facts_of("Acme Corp sold shares to Borg Inc.", [ACME, BORG]) == []


def test_a_purchase_in_the_progressive_is_under_way_and_gives_no_ownership(facts_of, summary):
    facts = facts_of("Acme Corp said it was buying 100% of Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")])
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]
    assert summary(facts_of("Acme Corp is selling Borg Inc to Cyber Ltd.", [ACME, BORG, CYBER], "Acquisition")) == [
        ("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "agreed")
    ]


def test_a_purchase_in_the_past_or_planned_in_the_progressive_is_read_as_before(facts_of, summary):
    facts = facts_of("Acme Corp said it bought 100% of Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")])
    assert summary(facts) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed"),
        ("Ownership", {"owner": "acme", "owned": "borg"}, "active"),
    ]
    assert summary(facts_of("Acme Corp is planning to buy Borg Inc.", [ACME, BORG])) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")
    ]


def test_letter_of_intent_to_be_acquired_makes_the_subject_the_target(facts_of, summary):
    kelvaro, tarnfield = ("Kelvaro Inc", "kelvaro", "Organization"), ("Tarnfield Inc", "tarnfield", "Organization")
    text = "Kelvaro Inc said it signed a preliminary letter of intent to be acquired by Tarnfield Inc in a share swap."
    facts = facts_of(text, [kelvaro, tarnfield, ("it", "kelvaro", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "tarnfield", "target": "kelvaro"}, "planned")]


def test_a_thing_to_be_acquired_is_that_thing_not_the_subject(facts_of):
    text = "Acme Corp said the plant to be acquired by Borg Inc is in Ohio."
    assert facts_of(text, [ACME, BORG], "Acquisition") == []


def test_bid_per_share_for_a_target_on_the_second_object(facts_of, summary):
    zorvex, quintara = ("Zorvex Gases", "zorvex", "Organization"), ("Quintara et Fils", "quintara", "Organization")
    text = "Zorvex Gases of Borvia has bid 1,450 francs a share for French chemicals group Quintara et Fils."
    facts = facts_of(text, [zorvex, quintara], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "zorvex", "target": "quintara"}, "proposed")]


def test_the_agent_approving_a_sale_is_not_its_seller(facts_of, summary):
    text = "Acme Corp said the sale of its Widget unit to Borg Inc was approved by Cyber Ltd."
    widget = ("Widget", "widget", "Organization")
    facts = facts_of(text, [ACME, BORG, CYBER, widget, ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "seller": "acme", "target": "widget"}, "agreed")]


def test_a_wire_marked_name_the_parser_does_not_make_the_object_still_is(facts_of, summary):
    tarnfield, kelvaro = ("Tarnfield Bank Corp", "tarnfield", "Organization"), ("Kelvaro Bancshares Inc", "kelvaro", "Organization")
    text = "Tarnfield Bank Corp said it acquired <Kelvaro Bancshares Inc> for 18 mln dlrs."
    facts = facts_of(text, [tarnfield, kelvaro, ("it", "tarnfield", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "tarnfield", "target": "kelvaro"}, "completed")]
    assert facts[0].extractor == "acquisition.purchase"


def test_a_name_the_parser_hangs_on_the_place_after_it_is_the_object(facts_of, summary):
    kelvaro, bank = ("Kelvaro Bancorp", "kelvaro", "Organization"), ("Tarnfield National Bank", "tnb", "Organization")
    text = "Kelvaro Bancorp said it has completed the acquisition of Tarnfield National Bank of Belknap, Ind, which has assets of 140 mln dlrs."
    facts = facts_of(text, [kelvaro, bank, ("it", "kelvaro", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "kelvaro", "target": "tnb"}, "completed")]


def test_a_group_led_by_a_named_firm_acts_for_it(facts_of, summary):
    text = "Acme Corp said an investor group led by Borg Inc has agreed to acquire Cyber Ltd."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "cyber"}, "agreed")]


def test_a_group_with_no_named_leader_stands_for_no_one(facts_of):
    text = "Acme Corp said an investor group formed last year has agreed to acquire Cyber Ltd."
    assert facts_of(text, [ACME, CYBER], "Acquisition") == []


def test_a_board_acts_for_its_company_and_an_offer_by_names_the_bidder(facts_of, summary):
    text = "Acme Corp said its board rejected a 31 dlr a share takeover offer by Chicago investor John Smith."
    facts = facts_of(text, [ACME, ("John Smith", "smith", "Person"), ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "smith", "target": "acme"}, "rejected")]


def test_a_stake_bought_and_a_larger_one_planned_are_two_purchases(facts_of):
    text = "Acme Corp said it acquired 5.4 pct of Borg Inc. Acme Corp said it plans to acquire 50 pct of Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [(dict(f.roles), f.status, f.attributes.get("share")) for f in facts] == [
        ({"buyer": "acme", "target": "borg"}, "completed", 0.054),
        ({"buyer": "acme", "target": "borg"}, "planned", 0.5),
    ]


def test_a_purchase_stating_no_share_is_the_one_that_states_it(facts_of):
    text = "Acme Corp said it acquired 5.4 pct of Borg Inc. Acme Corp bought the Borg Inc shares last week."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [(f.status, f.attributes.get("share")) for f in facts] == [("completed", 0.054)]


def test_the_share_given_as_a_conjunct_of_the_stock_bought(facts_of):
    text = "Acme Corp said it acquired 412,300 shares of Borg Inc common stock, or 6.2 pct of the company's common shares."
    surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun"), ("the company", "borg", "Organization", "description")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts] == [({"buyer": "acme", "target": "borg"}, 0.062)]


def test_a_second_relative_clause_of_a_name_has_that_name_as_subject(facts_of, summary):
    text = "Acme Corp, which is controlled by Cyber Ltd and which has applied to buy up to 50 pct of Borg Inc's stock, said so."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]
    assert facts[0].attributes.get("share") == 0.5


def test_a_stake_in_a_company_of_a_place_is_in_the_company(facts_of, summary):
    text = "Acme Corp said it acquired a 60 pct stake in <Borg Inc>, of London, for undisclosed terms."
    facts = facts_of(text, [ACME, BORG, ("London", "london", "Place"), ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_an_unnamed_unit_of_a_company_stands_for_the_company(facts_of, summary):
    widget = ("Widget", "widget", "Organization")
    text = "Acme Corp said it agreed to sell its Widget unit to a subsidiary of Borg Inc for 430 mln dlrs cash."
    facts = facts_of(text, [ACME, BORG, widget, ITS, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "seller": "acme", "target": "widget"}, "agreed")]


def test_the_company_that_rejects_another_company_s_offer_is_its_target(facts_of, summary):
    facts = facts_of("Borg Inc rejected Acme Corp's offer.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "rejected")]
    facts = facts_of("Acme Corp raised its offer for Borg Inc.", [ACME, BORG, ITS], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]


def test_his_company_is_the_company_named_beside_the_person(facts_of, summary):
    text = "John Smith, chairman of Acme Corp, said his company would buy Borg Inc."
    surfaces = [ACME, BORG, ("John Smith", "smith", "Person"), ("his", "smith", "Person", "pronoun")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]
    text = "John Smith said his company would buy Borg Inc."
    assert facts_of(text, [BORG, ("John Smith", "smith", "Person"), ("his", "smith", "Person", "pronoun")], "Acquisition") == []


def test_his_group_is_not_a_company_his_sentence_names_outside_his_phrase(facts_of, summary):
    text = "A group led by investor Tom Kelvaro said Zorvex Inc agreed to give it financial figures and that his group might make an offer to buy Zorvex."
    surfaces = [("Zorvex Inc", "zorvex", "Organization"), ("Zorvex", "zorvex", "Organization"), ("Tom Kelvaro", "kelvaro", "Person"),
                ("his", "kelvaro", "Person", "pronoun"), ("it", "kelvaro", "Person", "pronoun")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert [(fact.roles.get("buyer"), fact.roles.get("target")) for fact in facts] == [("kelvaro", "zorvex")]


def test_a_bid_whose_target_only_the_rest_of_the_story_names(facts_of, summary):
    text = "Borg Inc may raise its bid to 1.5bn pounds. Neither side has made a formal offer for Acme Corp."
    facts = facts_of(text, [ACME, BORG, ("its", "borg", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "speculated")]
    assert (facts[0].extractor, facts[0].confidence) == ("acquisition.bid_for", 0.5)


def test_a_bidder_named_after_a_noun_the_parser_also_made_the_subject(facts_of, summary):
    """"Its rival Zorvex is preparing an offer" parsed with both "rival" and "Zorvex" as subjects:
    the name is the bidder."""
    tarvel, belknap, zorvex = ("Tarvel", "tarvel", "Organization"), ("Belknap", "belknap", "Organization"), ("Zorvex", "zorvex", "Organization")
    text = "Tarvel has offered $2bn for Belknap. Its pan-Nordic rival Zorvex is preparing an offer."
    facts = facts_of(text, [tarvel, belknap, zorvex, ("Its", "tarvel", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [
        ("Acquisition", {"buyer": "tarvel", "target": "belknap"}, "proposed"),
        ("Acquisition", {"buyer": "zorvex", "target": "belknap"}, "planned"),
    ]


def test_a_bid_named_after_its_bidder_is_for_the_story_s_one_target(facts_of, summary):
    text = "Acme Corp made an offer for Borg Inc last week. The Cyber offer expires tomorrow."
    facts = facts_of(text, [ACME, BORG, ("Cyber", "cyber", "Organization")], "Acquisition")
    assert ("cyber", "borg") in [(f.roles.get("buyer"), f.roles.get("target")) for f in facts]
    text = "Acme Corp made an offer for Borg Inc last week. The Borg offer expires tomorrow."
    assert [f.roles for f in facts_of(text, [ACME, ("Borg Inc", "borg", "Organization"), ("Borg", "borg", "Organization")], "Acquisition")] == [{"buyer": "acme", "target": "borg"}]


def test_a_name_before_a_takeover_of_a_company_is_its_buyer(facts_of, summary):
    text = "The Acme buyout of debt-burdened Borg Inc has angered nationalists."
    assert summary(facts_of(text, [("Acme", "acme", "Organization"), BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    text = "The group grew after the restructuring sparked by the Acme Corp <ACM.S> takeover of the Borg Inc <BRG.S> group."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts_of("The Borg Inc takeover was approved on Friday.", [BORG], "Acquisition") == []


def test_a_deal_talks_are_about_is_the_talks_subject_s_with_their_status(facts_of, summary):
    text = "Acme Corp ended talks concerning the possible acquisition of Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "cancelled")]


def test_the_party_to_talks_about_a_sale_is_its_buyer(facts_of, summary):
    zorvex, its = ("Zorvex", "zorvex", "Organization"), ("its", "acme", "Organization", "pronoun")
    text = "Acme Corp said it had held formal discussions with Borg Inc about the potential sale of its Zorvex unit."
    facts = facts_of(text, [ACME, BORG, zorvex, its, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [fact.roles for fact in facts] == [{"seller": "acme", "target": "zorvex", "buyer": "borg"}]
    text = "Acme Corp ended talks with Borg Inc about the possible sale of its Zorvex unit."
    assert summary(facts_of(text, [ACME, BORG, zorvex, its], "Acquisition")) == [("Acquisition", {"seller": "acme", "target": "zorvex", "buyer": "borg"}, "cancelled")]
    text = "Acme Corp completed the sale of its Zorvex unit together with its Borg Inc unit."
    assert [fact.roles.get("buyer") for fact in facts_of(text, [ACME, BORG, zorvex, its], "Acquisition")] == [None]


def test_shares_received_under_an_offer_are_bought_but_shares_received_in_a_swap_are_not(facts_of, summary):
    text = "Acme Corp said it has received 51,200 shares of Borg Inc in response to its pending tender offer."
    facts = facts_of(text, [ACME, BORG, ("its", "acme", "Organization", "pronoun"), ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert ("acme", "borg", "completed") in [(f.roles.get("buyer"), f.roles.get("target"), f.status) for f in facts]
    assert facts_of("Borg Inc holders will receive 1.5 shares of Acme Corp for each share.", [ACME, BORG], "Acquisition") == []


def test_a_stake_in_several_units_borrows_no_story_target(facts_of):
    text = "Acme Corp agreed to buy a stake in Borg Inc. Acme Corp is also buying 40 pct interests in Cyber Ltd's plants in Borvia and Tarnfield."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert [(dict(fact.roles), dict(fact.attributes)) for fact in facts] == [({"buyer": "acme", "target": "borg"}, {})]


def test_a_bidder_the_story_also_names_as_a_target_borrows_no_target(facts_of, summary):
    text = "Borg Inc may raise its bid to 1.5bn pounds. Cyber Ltd made an offer for Borg Inc. Neither side has made a formal offer for Acme Corp."
    facts = facts_of(text, [ACME, BORG, CYBER, ("its", "borg", "Organization", "pronoun")], "Acquisition")
    assert [fact.roles for fact in facts if fact.roles.get("buyer") == "borg"] == []


def test_a_story_with_two_targets_lends_none(facts_of, summary):
    zeta = ("Zeta Corp", "zeta", "Organization")
    text = "Borg Inc raised its bid. Cyber Ltd made an offer for Acme Corp and Borg Inc bid for Zeta Corp."
    facts = facts_of(text, [ACME, BORG, CYBER, zeta, ("its", "borg", "Organization", "pronoun")], "Acquisition")
    assert ("borg", "acme") not in [(f.roles.get("buyer"), f.roles.get("target")) for f in facts]


def test_who_would_entertain_an_offer_is_not_its_bidder(facts_of):
    pronouns = [("it", "cyber", "Organization", "pronoun"), ("its", "cyber", "Organization", "pronoun")]
    facts = facts_of("Cyber Ltd said it would entertain any offer for its Borg Inc unit.", [BORG, CYBER, *pronouns], "Acquisition")
    assert [fact.roles for fact in facts if fact.roles.get("buyer") == "cyber"] == []


def test_a_bid_borrows_the_one_target_the_story_s_bidders_name_not_a_unit_sold(facts_of, summary):
    zeta = ("Zeta Corp", "zeta", "Organization")
    text = "Cyber Ltd made an offer for Acme Corp and may sell its Zeta Corp unit. Borg Inc is ready to launch a cash bid."
    facts = facts_of(text, [ACME, BORG, CYBER, zeta, ("its", "cyber", "Organization", "pronoun")], "Acquisition")
    assert ("borg", "acme") in [(f.roles.get("buyer"), f.roles.get("target")) for f in facts]


def test_the_relative_pronoun_of_a_passive_clause_is_the_noun_it_modifies(facts_of, summary):
    text = "The winner was a little-known firm, Borg Inc, which was snapped up days later by Acme Corp."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_buying_a_named_company_s_assets_buys_from_that_company(facts_of, summary):
    text = "Acme Corp agreed to purchase all of Borg Inc's oil and natural gas properties for 5.5 mln dlrs."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]
    units = [ACME, ("its Canadian operations", "ops", "Organization", "description")]
    assert [dict(f.roles) for f in facts_of("Acme Corp is selling its Canadian operations.", units, "Acquisition")] == [{"seller": "acme", "target": "ops"}]


def test_buying_a_named_company_s_business_buys_the_company(facts_of, summary):
    possessed = facts_of("Acme Corp has agreed to acquire Borg Inc's business.", [ACME, BORG], "Acquisition")
    assert summary(possessed) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]
    of = facts_of("Acme Corp is negotiating to acquire the business of Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(of) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "negotiating")]


def test_the_relative_pronoun_object_of_a_clause_is_the_noun_it_modifies(facts_of, summary):
    text = "The accounts were linked to Borg Inc, which Acme Corp bought last year."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_wire_copy_price_phrases_and_a_from_hung_on_the_object_keep_the_bid(facts_of, summary):
    """The parser makes "27 dlrs" the object with "bid" in apposition, and hangs "from X" on
    "stock": the bid is still X's, for Y."""
    assert summary(facts_of("Borg Inc has rejected Acme Corp's 27 dlrs a share bid.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")
    ]
    text = "Borg Inc said its directors rejected a cash tender offer for the company's stock from Acme Corp."
    surfaces = [ACME, BORG, ("its", "borg", "Organization", "pronoun"), ("the company", "borg", "Organization", "description")]
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "rejected")]


def test_interest_in_buying_and_a_company_s_common(facts_of, summary):
    """The subject of "is interested in acquiring Y" is the would-be buyer; "a majority of Y's
    common" is Y's stock."""
    assert summary(facts_of("Acme Corp said it is interested in acquiring Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "considering")
    ]
    assert [f.status_class for f in facts_of("Acme Corp is not interested in buying Borg Inc.", [ACME, BORG], "Acquisition")] == ["negative"]
    assert summary(facts_of("Acme Corp agreed to purchase a majority of Borg Inc's common from trusts.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")
    ]


def test_a_group_that_names_its_members_acts_for_them(facts_of, summary):
    """"The group, X and Y, said it bought ..." and "the group, which includes X and Y, said it
    sold ...": the members buy and sell, whatever "it" was resolved to."""
    text = "The group, Acme Corp and Borg Inc, said it bought 8.1 pct of Cyber Ltd for investment purposes."
    facts = facts_of(text, [ACME, BORG, CYBER, ("it", "borg", "Organization", "pronoun")], "Acquisition")
    assert sorted(fact.roles["buyer"] for fact in facts) == ["acme", "borg"]
    text = "The group, which includes Acme Corp and Borg Inc, said it sold the stock of Cyber Ltd in June."
    facts = facts_of(text, [ACME, BORG, CYBER], "Acquisition")
    assert summary(facts) == [
        ("Acquisition", {"seller": "acme", "target": "cyber"}, "completed"),
        ("Acquisition", {"seller": "borg", "target": "cyber"}, "completed"),
    ]


def test_a_group_led_by_several_names_acts_for_each(facts_of, summary):
    """"A group led by investors X and Y said it sold ...": the names, in apposition to
    "investors", lead the group together, so each sells."""
    text = "A group led by Chicago investors Mark Tarvel and Paul Belknap said it sold 40,000 shares of Cyber Ltd."
    surfaces = [("Mark Tarvel", "tarvel", "Person"), ("Paul Belknap", "belknap", "Person"), CYBER, ("it", "tarvel", "Person", "pronoun")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert sorted(fact.roles["seller"] for fact in facts) == ["belknap", "tarvel"]
    assert {(fact.roles["target"], fact.status) for fact in facts} == {("cyber", "completed")}


def test_a_group_led_by_a_name_after_a_town_and_state_acts_for_its_leader(pipeline_roles):
    """"A group led by Tarnfield, N.J., investor X": the parser leaves "by" with no object, yet
    the group is led by a name, so it stands for its leader, not for the members a later "the
    group, which includes Y" gives."""
    text = (
        "A shareholder group led by Tarnfield, N.J., investor Ann Kelvaro said it raised its stake in Zorvex Inc to 6.3 pct. "
        "The group, which includes Quintara Corp, said it bought 31,300 Zorvex shares."
    )
    assert {"buyer": "Ann Kelvaro", "target": "Zorvex"} in pipeline_roles(text, "Acquisition")
    assert [roles["owner"] for roles in pipeline_roles(text, "Ownership") if roles["owned"] == "Zorvex"] == ["Ann Kelvaro", "Quintara"]


def test_a_co_buyer_holding_a_stake_is_no_seller(facts_of, summary):
    text = "Acme Corp and Borg Inc, who are seeking to acquire Cyber Ltd, said they hold a stake in the company."
    surfaces = [ACME, BORG, CYBER, ("the company", "cyber", "Organization", "description")]
    facts = facts_of(text, surfaces, "Acquisition")
    assert all("seller" not in fact.roles for fact in facts)
    assert sorted(fact.roles["buyer"] for fact in facts) == ["acme", "borg"]


def test_a_buyout_accepted_from_a_bidder_and_a_premium_paid_for_a_company(facts_of, summary):
    accepted = facts_of("Borg Inc accepted a $6.75bn buyout from Acme Corp on Monday.", [ACME, BORG], "Acquisition")
    assert summary(accepted) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]
    assert accepted[0].extractor == "acquisition.buyout_from"
    assert facts_of("Borg Inc completed a buyout from its former owner Acme Corp.", [ACME, BORG], "Acquisition") == []
    premium = facts_of("Analysts said Acme Corp paid a premium for Borg Inc.", [ACME, BORG], "Acquisition")
    assert summary(premium) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]
    assert facts_of("Acme Corp paid a heavy price for its mistakes.", [ACME, BORG], "Acquisition") == []


def test_a_stake_cut_is_a_sale_of_part_of_it(facts_of, summary):
    facts = facts_of("Acme Corp said it cut its stake in Borg Inc to 5 pct.", [ACME, BORG, ("its", "acme", "Organization", "pronoun"), ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg"}, "completed")]
    assert facts[0].extractor == "acquisition.cut_stake"
    assert facts_of("Acme Corp cut its costs at Borg Inc.", [ACME, BORG, ITS], "Acquisition") == []
    # The model lemmatises "pared" as "par"; kg.nlp gives it its right lemma.
    pared = facts_of("Acme Corp pared its holding in Borg Inc to 3 pct.", [ACME, BORG, ITS], "Acquisition")
    assert summary(pared) == [("Acquisition", {"seller": "acme", "target": "borg"}, "completed")]


def test_a_bid_s_bidder_after_its_worth(facts_of, summary):
    # The parser hangs "from Borg Inc" on "worth", and reads the offer just as well past a sum converted in brackets.
    expected = [("Acquisition", {"buyer": "borg", "target": "acme"}, "rejected")]
    for text in (
        "Acme Corp has rejected a takeover offer worth 2.4bn Australian dollars from drinks giant Borg Inc.",
        "Acme Corp has rejected a takeover offer worth 2.4bn Australian dollars ($1.8bn; £1.0bn) from drinks giant Borg Inc.",
    ):
        facts = facts_of(text, [ACME, BORG], "Acquisition")
        assert summary(facts) == expected
        assert facts[0].attributes == {"amount": Amount(2_400_000_000.0, "AUD")}


def test_swallowed_up_is_taken_over(facts_of, summary):
    facts = facts_of("Borg Inc, which was swallowed up by Acme Corp late last year, will operate as a separate firm.", [ACME, BORG], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_companies_controlled_by_a_person_act_for_him(facts_of, summary):
    smith = ("John Smith", "smith", "Person")
    text = "The buyback was triggered after companies controlled by John Smith acquired about 7.6 pct of Acme Corp's stock."
    assert summary(facts_of(text, [ACME, smith], "Acquisition")) == [("Acquisition", {"buyer": "smith", "target": "acme"}, "completed")]
    text = "Borg Inc said it was discussing the takeover of a private company owned by John Smith."
    assert facts_of(text, [BORG, smith], "Acquisition") == []


def test_buying_back_shares_is_no_purchase(pipeline_roles):
    text = (
        "John Smith made an unsuccessful attempt to take over Borg Inc last winter. Analysts suggested that Acme Corp could "
        "use several tactics to ward off an unwelcome suitor, for instance spin off some units "
        "to its shareholders, buy back shares or set up a limited partnership."
    )
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "John Smith", "target": "Borg"}]


def test_a_label_named_for_a_person_is_the_company_sold(pipeline_roles):
    text = "Fashion group Acme Corp has sold its struggling Ann Kelvaro clothing label to a US investment group."
    assert pipeline_roles(text, "Acquisition") == [{"seller": "Acme", "target": "Ann Kelvaro"}]


def test_disposing_of_a_number_of_businesses_including_named_ones(facts_of, summary):
    text = "Acme Corp has launched a review that led it to dispose of a number of its businesses, including the Borg cinema chain and the Cyber studios."
    surfaces = [ACME, ("Borg", "borg", "Organization"), ("Cyber", "cyber", "Organization"), ("it", "acme", "Organization", "pronoun")]
    assert sorted(f.roles["target"] for f in facts_of(text, surfaces, "Acquisition")) == ["borg", "cyber"]


def test_tendering_a_price_for_a_company_is_a_bid(facts_of, summary):
    text = "Acme Corp said it will tender 31 dlrs a share for 100 pct of Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]


def test_a_stake_named_for_its_company_and_a_bracketed_object(facts_of, summary):
    smith = ("John Smith", "smith", "Person")
    text = "John Smith told regulators he sold his entire Acme Corp stake of 215,000 shares, or 8.2 pct, of the shares outstanding."
    facts = facts_of(text, [smith, ACME, ("he", "smith", "Person", "pronoun"), ("his", "smith", "Person", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "smith", "target": "acme"}, "completed")]
    facts = facts_of("Borg Inc said it acquired (Acme Corp) for 25 mln dlrs.", [ACME, BORG, ("it", "borg", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "completed")]


def test_bids_read_from_a_proposal_of_a_clause_on_the_offer_and_issued_capital(facts_of, summary):
    smith = ("John Smith", "smith", "Person")
    its = ("its", "acme", "Organization", "pronoun")
    text = "Acme Corp said on Friday its board decided not to accept the latest buyout proposal of Borg Inc, an investor group."
    assert summary(facts_of(text, [ACME, BORG, its], "Acquisition")) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "rejected")]
    text = "Acme Corp said the 52 dlr per share acquisition offer it received from John Smith undervalues the company."
    facts = facts_of(text, [ACME, smith, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "smith", "target": "acme"}, "proposed")]
    text = "Borg Inc said it plans to offer 2.15 dlrs cash a share for all the issued capital of packaging group Acme Corp."
    facts = facts_of(text, [ACME, BORG, ("it", "borg", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "planned")]
    assert facts_of("Holders would get a sum based on the bid price of Acme Corp's stock.", [ACME], "Acquisition") == []


def test_taking_control_of_a_company_the_parser_hung_on_the_verb(facts_of, summary):
    text = "Kelvaro Plc said it has agreed to take control of the U.S. Tarnfield's Supermarkets Inc by a series of share purchases."
    surfaces = [("Kelvaro Plc", "kelvaro", "Organization"), ("Tarnfield's Supermarkets Inc", "tarnfield", "Organization"), ("it", "kelvaro", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "kelvaro", "target": "tarnfield"}, "agreed")]


def test_sold_to_a_group_combining_named_members(facts_of, summary):
    smith = ("John Smith", "smith", "Person")
    text = "Borvia's historic Acme hotel has been sold to a group combining Belknap billionaire investor John Smith and a unit of Borg bank."
    facts = facts_of(text, [("Acme", "acme", "Organization"), smith, ("Borg", "borg", "Organization")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "smith", "target": "acme"}, "completed")]


def test_purchase_of_the_unit_of_a_company_is_the_units(pipeline_roles):
    text = "Zorvex agreed to buy the personal computer division of Acme Corp for $2.4bn."
    assert pipeline_roles(text, "Acquisition") == [
        {"buyer": "Zorvex", "target": "Acme personal computer division", "seller": "Acme"}
    ]
    assert pipeline_roles(text, "Ownership") == [{"owned": "Acme personal computer division", "owner": "Acme"}]


def test_a_described_holding_sold_is_the_target_not_its_place_or_owner(pipeline_roles):
    """A part noun the entities stage made a business unit is the thing sold: not the place
    named in it, nor (where a name owns it) the owner, who is the seller."""
    placed = "Zorvex Corp agreed to sell its Texas oil assets to Quintara Inc."
    assert pipeline_roles(placed, "Acquisition") == [
        {"buyer": "Quintara", "seller": "Zorvex", "target": "Zorvex Texas oil assets"}
    ]
    owned = "Quintara Inc bought all of Zorvex Corp's oil and gas properties."
    assert pipeline_roles(owned, "Acquisition") == [
        {"buyer": "Quintara", "seller": "Zorvex", "target": "Zorvex oil and gas properties"}
    ]


def test_a_seller_the_parse_hangs_on_a_noun_after_the_object(facts_of, summary, pipeline_roles):
    text = "Acme Corp said it has acquired 1.7 mln Borg Inc shares, or about 7.4 pct on a diluted basis, from Cyber Ltd."
    found = facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(found) == [("Acquisition", {"buyer": "acme", "seller": "cyber", "target": "borg"}, "completed")]
    bought = "Zorvex Corp agreed to acquire cable television systems serving some 4,500 subscribers in Ohio from Quintara Inc."
    assert pipeline_roles(bought, "Acquisition") == [
        {"buyer": "Zorvex", "seller": "Quintara", "target": "Quintara cable television systems"}
    ]


def test_a_sale_to_two_officers_named_after_their_titles(facts_of, summary):
    text = "Acme Corp said it will sell its stake in Borg Inc to the company chairman, Ann Kelvaro, and president, Tom Belknap."
    surfaces = [ACME, BORG, ITS, ("it", "acme", "Organization", "pronoun"), ("Ann Kelvaro", "kelvaro", "Person"), ("Tom Belknap", "belknap", "Person")]
    assert sorted(fact.roles["buyer"] for fact in facts_of(text, surfaces, "Acquisition")) == ["belknap", "kelvaro"]


def test_tendering_for_a_company_is_a_proposed_purchase(facts_of, summary):
    tendered = facts_of("Acme Corp tendered for Borg Inc last week.", [ACME, BORG], "Acquisition")
    assert summary(tendered) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    text = "Acme Corp said its Canadian subsidiary intends to tender for the 38 pct of Borg Inc it does not already own."
    intended = facts_of(text, [ACME, BORG, ITS, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [(fact.roles, fact.status) for fact in intended] == [({"buyer": "acme", "target": "borg"}, "planned")]
    assert facts_of("Holders tendered 5 mln shares of Borg Inc.", [BORG], "Acquisition") == []


def test_plural_sales_of_a_company_are_revenue_unless_sold_to_someone(facts_of, summary):
    assert facts_of("Despite strong sales of Borg Inc, Acme Corp's car business is making a loss.", [ACME, BORG], "Acquisition") == []
    sold = facts_of("The sales of Borg Inc and Cyber Ltd to Acme Corp were completed.", [ACME, BORG, CYBER], "Acquisition")
    assert sorted(fact.roles["target"] for fact in sold) == ["borg", "cyber"]


def test_an_unnamed_unit_buys_for_its_owner_and_a_named_one_for_itself(pipeline_roles):
    unnamed = "Zorvex Corp said Zorvex's Canadian division will have the right to buy 60 pct of Quintara Holdings."
    assert pipeline_roles(unnamed, "Acquisition") == [{"buyer": "Zorvex", "target": "Quintara Holdings"}]
    named = "Zorvex Corp said its Belknap Imaging Co Ltd unit has bought a 35 pct stake in Quintara Holdings."
    assert pipeline_roles(named, "Acquisition") == [{"buyer": "Belknap Imaging", "target": "Quintara Holdings"}]


def test_a_count_given_with_its_share_is_looked_through(facts_of):
    text = "Acme Corp said it acquired 14.2 mln or 91 pct of Borg Inc common shares under its tender offer."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun"), ITS], "Acquisition")
    assert [(fact.roles, fact.attributes.get("share")) for fact in facts if fact.extractor == "acquisition.purchase"] == [
        ({"buyer": "acme", "target": "borg"}, 0.91)
    ]


def test_a_group_a_person_heads_or_controls_buys_for_that_person(pipeline_roles):
    heads = "Investor Albert Zorvex said a group he heads increased its stake in Quintara Holdings to 7.3 pct."
    assert pipeline_roles(heads, "Acquisition") == [{"buyer": "Albert Zorvex", "target": "Quintara Holdings"}]
    controls = "A group controlled by Chicago investor Ann Kelvaro said it has acquired 94,200 shares of Quintara Holdings."
    assert pipeline_roles(controls, "Acquisition") == [{"buyer": "Ann Kelvaro", "target": "Quintara Holdings"}]


def test_equity_in_a_company_is_a_share_of_it(facts_of, summary):
    facts = facts_of("Acme Corp has purchased a 20 pct equity in Borg Inc.", [ACME, BORG], "Acquisition")
    assert [(fact.roles, fact.attributes.get("share")) for fact in facts] == [({"buyer": "acme", "target": "borg"}, 0.2)]


def test_the_holder_of_a_stake_bought_is_its_seller(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp agreed to acquire Cyber Ltd's 13 pct stake in Borg Inc.", [ACME, BORG, CYBER])
    assert summary(facts) == [
        ("Acquisition", {"buyer": "acme", "seller": "cyber", "target": "borg"}, "agreed"),
        ("Ownership", {"owner": "cyber", "owned": "borg"}, "active"),
    ]
    own = facts_of("Acme Corp said it bought its 5 pct stake in Borg Inc for investment.", [ACME, BORG, its, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(own) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_who_holds_the_share_bought_as_a_participle_says_is_its_seller(facts_of, summary):
    def roles(text: str) -> list[dict]:
        return [dict(fact.roles) for fact in facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Acquisition")]

    assert roles("Acme Corp agreed to buy the 30 pct stake in Borg Inc held by Cyber Ltd.") == [{"buyer": "acme", "seller": "cyber", "target": "borg"}]
    assert roles("Acme Corp completed its acquisition of the 40 pct of Borg Inc owned by Cyber Ltd.") == [{"buyer": "acme", "seller": "cyber", "target": "borg"}]
    assert roles("Acme Corp said that it made an offer for the 26 pct of Borg Inc held by Cyber Ltd.") == [{"buyer": "acme", "seller": "cyber", "target": "borg"}]
    assert roles("Acme Corp agreed to buy the 45 pct of Borg Inc not held by Cyber Ltd.") == [{"buyer": "acme", "target": "borg"}]
    assert roles("Acme Corp bought 5 pct of Borg Inc, owned by Cyber Ltd.") == [{"buyer": "acme", "target": "borg"}]
    assert roles("Acme Corp agreed to buy the 30 pct stake in Borg Inc once held by Cyber Ltd.") == [{"buyer": "acme", "target": "borg"}]


def test_an_offer_for_a_share_states_that_share(facts_of):
    it = ("it", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said that it made an offer for the 26 pct of Borg Inc held by Cyber Ltd.", [ACME, BORG, CYBER, it], "Acquisition")
    assert [fact.attributes.get("share") for fact in facts] == [0.26]


def test_a_company_formed_for_a_deal_stands_for_its_founder(facts_of, summary):
    bought = facts_of("Acme Corp said it agreed to be acquired for cash by a company formed by Borg Inc.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(bought) == [("Acquisition", {"buyer": "borg", "target": "acme"}, "agreed")]
    offered = facts_of("Acme Corp agreed to a buyout offer from a new company to be formed by Borg Inc.", [ACME, BORG], "Acquisition")
    assert [dict(f.roles) for f in offered] == [{"buyer": "borg", "target": "acme"}]


def test_an_unnamed_buyer_later_bought_stands_for_its_own_buyer(facts_of, summary):
    tarvel, quintara = ("Tarvel Mining", "tarvel", "Organization"), ("Quintara Bank", "quintara", "Organization")
    text = "Quintara Bank sold Tarvel Mining in March to a holding company that was itself acquired by Borg Inc in May."
    expected = [("Acquisition", {"seller": "quintara", "target": "tarvel", "buyer": "borg"}, "completed")]
    assert summary(facts_of(text, [BORG, tarvel, quintara], "Acquisition")) == expected
    text = "A private firm that was later bought by Borg Inc acquired Tarvel Mining in 2001."
    assert [dict(f.roles) for f in facts_of(text, [BORG, tarvel], "Acquisition")] == [{"buyer": "borg", "target": "tarvel"}]


def test_who_blocks_a_sale_is_not_its_seller(facts_of):
    smith = ("John Smith", "smith", "Person")
    facts = facts_of("John Smith asked officials to consider blocking the sale of Borg Inc to Cyber Ltd.", [BORG, CYBER, smith], "Acquisition")
    assert [dict(f.roles) for f in facts] == [{"buyer": "cyber", "target": "borg"}]


def test_any_of_a_stake_is_looked_through_to_the_company(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("He said Acme Corp did not currently plan to sell any of its 37 pct interest in Borg Inc.", [ACME, BORG, its])
    assert summary(facts) == [
        ("Acquisition", {"seller": "acme", "target": "borg"}, "denied"),
        ("Ownership", {"owner": "acme", "owned": "borg"}, "active"),
    ]


def test_a_fraction_word_is_the_share_bought(facts_of):
    facts = facts_of("Acme Corp said it would buy a fifth of Borg Inc for 540bn yen.", [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [(dict(f.roles), f.attributes.get("share")) for f in facts] == [({"buyer": "acme", "target": "borg"}, 0.2)]
    named = facts_of("Acme Corp acquired the Ellis Half franchises in Ohio.", [ACME, ("Ellis Half", "half", "Organization")], "Acquisition")
    assert [f.attributes.get("share") for f in named] == [None]


def test_gaining_control_of_a_company_buys_it(facts_of, summary):
    facts = facts_of("Acme Corp gained control of Borg Inc in June.", [ACME, BORG])
    assert summary(facts) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed"),
        ("Ownership", {"owner": "acme", "owned": "borg"}, "active"),
    ]
    sought = facts_of("Acme Corp plans to continue its effort to win control of Borg Inc.", [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(sought) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]
    assert facts_of("Acme Corp gained market share from Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_seeking_control_of_a_company_is_a_bid_for_it(facts_of, summary):
    def read(text: str) -> list:
        return summary(facts_of(text, [ACME, BORG, ("he", "acme", "Organization", "pronoun")], "Acquisition"))

    assert read("Acme Corp disclosed he holds a 7.2 pct stake and is considering seeking control of Borg Inc.") == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "considering")
    ]
    assert read("Acme Corp will seek control of Borg Inc.") == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]
    assert read("Acme Corp seeks control over its costs at Borg Inc.") == []


def test_the_noun_phrase_for_puts_before_an_infinitive_is_its_subject(pipeline_roles):
    text = "Tarvel Corp has called a special meeting to approve its agreement for Zorvex Ltd and Quintara Holdings Ltd to acquire a 35 pct interest in the company."
    assert pipeline_roles(text, "Acquisition") == [
        {"buyer": "Quintara Holdings", "target": "Tarvel"},
        {"buyer": "Zorvex", "target": "Tarvel"},
    ]
    clearance = "Belknap Inc said it would consider a separate request for federal clearance to purchase Tarvel Corp stock."
    assert pipeline_roles(clearance, "Acquisition") == []


def test_the_name_before_a_former_unit_is_its_old_owner_not_the_unit(pipeline_roles):
    former = "Zorvex Oil sold Tarvel last year. The former Zorvex subsidiary was later acquired by state-owned energy giant Quintara."
    assert pipeline_roles(former, "Acquisition") == [{"seller": "Zorvex Oil", "target": "Tarvel"}]
    current = "Zorvex Oil said its Tarvel subsidiary was acquired by Quintara Corp."
    assert pipeline_roles(current, "Acquisition") == [{"buyer": "Quintara", "seller": "Zorvex Oil", "target": "Tarvel"}]


def test_the_infinitive_on_a_thing_given_is_the_receiver_s(pipeline_roles):
    text = "Bill Carter and three other officers have granted Zorvex Co an option to buy their shares of Tarvel Inc for 37 dlrs a share."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex", "target": "Tarvel"}]
    own = "Zorvex Co has secured an option to buy shares of Tarvel Inc."
    assert pipeline_roles(own, "Acquisition") == [{"buyer": "Zorvex", "target": "Tarvel"}]


def test_buying_a_company_s_debt_is_no_deal_for_the_company(pipeline_roles):
    loan = "Zorvex Capital said it intends to purchase the <Tarvel Corp> loan to Kelvaro Inc for 13 mln dlrs."
    assert pipeline_roles(loan, "Acquisition") == []
    loans = "The memorandum said Zorvex Capital would acquire Tarvel Corp' total loans of 275 mln dlrs."
    assert pipeline_roles(loans, "Acquisition") == []
    assert pipeline_roles("Zorvex Capital said it intends to purchase Tarvel Corp for 13 mln dlrs.", "Acquisition") == [
        {"buyer": "Zorvex Capital", "target": "Tarvel"}
    ]


def test_a_noun_s_agent_is_the_subject_of_the_infinitive_on_it(pipeline_roles):
    text = "The ministry said it rejected on procedural grounds an application by Zorvex Airlines Inc for approval to acquire Tarvel Group Inc."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex Airlines", "target": "Tarvel Group"}]
    assert pipeline_roles("A bid by Zorvex Corp to buy Tarvel Inc was rejected.", "Acquisition") == [{"buyer": "Zorvex", "target": "Tarvel"}]


def test_the_bidder_for_a_company_proposes_to_buy_it(pipeline_roles):
    assert pipeline_roles("Zorvex Holdings is the successful bidder for Harlow Motors Corp.", "Acquisition") == [
        {"buyer": "Zorvex Holdings", "target": "Harlow Motors"}
    ]
    assert pipeline_roles("Zorvex Holdings emerged as the winning bidder for Harlow Motors Corp.", "Acquisition") == [
        {"buyer": "Zorvex Holdings", "target": "Harlow Motors"}
    ]
    assert pipeline_roles("Quintara Corp, the only other bidder for Belknap Inc, said it would raise its offer.", "Acquisition") == [
        {"buyer": "Quintara", "target": "Belknap"}
    ]
    assert pipeline_roles("Zorvex Holdings hired Harlow Motors Corp to find a bidder.", "Acquisition") == []


def test_shares_or_a_sum_in_any_currency_offered_for_a_company_s_shares_bid_for_it(pipeline_roles):
    text = "Zorvex Holdings said it will offer one new share for every three Tarvel Corp shares or 2.10 dlrs cash for each share."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex Holdings", "target": "Tarvel"}]
    pesos = "Zorvex Holdings has bid 2.6 billion pesos for 21 mln shares in Tarvel Corp, a Manila daily said."
    assert pipeline_roles(pesos, "Acquisition") == [{"buyer": "Zorvex Holdings", "target": "Tarvel"}]
    pounds = "Zorvex Boerse has offered 1.3bn pounds for the Tarvel Stock Exchange."
    assert pipeline_roles(pounds, "Acquisition") == [{"buyer": "Zorvex Boerse", "target": "Tarvel Stock Exchange"}]


def test_taking_a_company_private_buys_it(pipeline_roles):
    assert pipeline_roles("Tarvel Corp said Zorvex Inc offered to take Tarvel private at 30 dlrs a share.", "Acquisition") == [
        {"buyer": "Zorvex", "target": "Tarvel"}
    ]
    assert pipeline_roles("Tarvel Corp said Zorvex Inc offered to take Tarvel over the hurdle.", "Acquisition") == []


def test_a_bid_for_a_company_s_named_unit_is_for_the_unit(pipeline_roles):
    text = "Lenders agreed to finance Zorvex's plan for a $4bn bid for Tarvel unit Kelvaro."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex", "seller": "Tarvel", "target": "Kelvaro"}]


def test_a_counted_group_is_a_deal_s_target(pipeline_roles) -> None:
    text = "Zorvex Corp said it would acquire eleven regional radio stations in Ohio for 30 mln dlrs."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex", "target": "eleven regional radio stations"}]


def test_put_up_for_sale_is_a_planned_sale_with_no_buyer(facts_of, summary) -> None:
    stations = ("Eleven regional radio stations", "stations", "Organization")
    kelvaro, trucks = ("Kelvaro", "kelvaro", "Organization"), ("Zorvex Trucks", "trucks", "Organization")
    its = ("its", "kelvaro", "Organization", "pronoun")
    for text, surfaces, target in [
        ("Eleven regional radio stations have been put up for sale by media group Kelvaro.", [stations, kelvaro], "stations"),
        ("Kelvaro Inc has put its Zorvex Trucks unit up for sale.", [kelvaro, its, trucks], "trucks"),
    ]:
        assert summary(facts_of(text, surfaces, "Acquisition")) == [
            ("Acquisition", {"target": target, "seller": "kelvaro"}, "planned")
        ]


def test_a_bid_by_x_for_y_with_for_hung_on_the_bidder(facts_of, summary):
    text = "Analysts compared it to a similar bid by oil giant Acme Corp for Borg Inc in 2001."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]


def test_a_group_named_by_no_one_has_the_members_its_first_definite_mention_gives(facts_of, summary):
    text = (
        "An investment partnership led by four sons of a chairman said it cut its Borg Inc stake to 4.95 pct. "
        "In a filing, the partnership, Acme Corp, said it sold 10,000 preferred shares."
    )
    assert summary(facts_of(text, [ACME, BORG], "Acquisition"))[:1] == [
        ("Acquisition", {"seller": "acme", "target": "borg"}, "completed")
    ]
    text = "Acme Corp, a Texas partnership, said it sold its Borg Inc stake. The partnership, Cyber Ltd, said so."
    surfaces = [ACME, BORG, CYBER, ITS, ("it", "acme", "Organization", "pronoun")]
    assert [fact.roles.get("seller") for fact in facts_of(text, surfaces, "Acquisition")] == ["acme"]


def test_a_bid_made_by_x_names_its_bidder(facts_of, summary):
    text = "He could not force Borg Inc to accept a 39 dlr per share takeover bid made by Acme Corp."
    assert [(fact.roles, fact.status_class) for fact in facts_of(text, [ACME, BORG], "Acquisition")] == [
        ({"buyer": "acme", "target": "borg"}, "negative")
    ]


def test_a_relative_clause_on_a_name_gives_it_no_sum(facts_of):
    text = "Borg Inc is arguing against an offer from Acme Corp, which the firm raised to $8.4bn last week."
    surfaces = [ACME, BORG, ("the firm", "borg", "Organization", "description")]
    assert [fact.roles for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.raise_stake"] == []


def test_it_is_ready_to_buy_refers_despite_a_condition_on_the_verb(pipeline_roles):
    text = "Zorvex Corp said it is ready to purchase Borg Co from Tarvel Corp if the commission rejects the merger."
    assert pipeline_roles(text, "Acquisition") == [{"buyer": "Zorvex", "seller": "Tarvel", "target": "Borg"}]


def test_a_list_the_parser_hung_on_the_first_item_as_appositions_is_sold_whole(facts_of):
    text = "Acme Corp said it planned to sell its Borg Inc handgun unit, Cyber Ltd, the Zorvex Corp truck operations, and other units."
    surfaces = [ACME, BORG, CYBER, ("Zorvex Corp", "zorvex", "Organization"), ITS, ("it", "acme", "Organization", "pronoun")]
    sales = [fact.roles for fact in facts_of(text, surfaces, "Acquisition")]
    assert {"seller": "acme", "target": "borg"} in sales and {"seller": "acme", "target": "cyber"} in sales


def test_a_relative_clause_on_the_place_after_a_name_is_about_the_name(facts_of, summary):
    surfaces = [BORG, CYBER, ("Toronto", "toronto", "Place"), ("Ohio", "ohio", "Place")]
    text = "He said one of the companies it has talked to is <Borg Inc> of Toronto, which has already received a takeover offer from Cyber Ltd."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "cyber", "target": "borg"}, "proposed")]
    text = "Borg Inc of Toronto, Ohio, which has already received an offer from Cyber Ltd, said it was happy."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "cyber", "target": "borg"}, "proposed")]


def test_an_object_written_after_a_phrase_of_the_verb_is_what_is_sold(facts_of, summary):
    surfaces = [ACME, BORG, ("Zorvex Corp", "zorvex", "Organization"), ITS, ("it", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it has sold for over six mln dlrs in cash, notes and the assumption of debts its Borg Inc subsidiary to a group."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"seller": "acme", "target": "borg"}, "completed")]


def test_a_share_is_of_its_own_object_before_those_of_things_listed_with_it(facts_of, summary):
    text = "Acme Corp offered 36.25 dlrs cash per share for 76 pct of Borg Inc's common stock, and a mix of cash and notes for the rest."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]


def test_shares_sold_with_no_company_named_are_the_story_s_one_target(facts_of):
    text = "Acme Corp agreed to buy Borg Inc for 135 dlrs a share. Cyber Ltd agreed to sell its class B shares to Acme Corp for 135 dlrs a share."
    facts = [fact for fact in facts_of(text, [ACME, BORG, CYBER], "Acquisition") if fact.extractor == "acquisition.sale_of_shares"]
    assert [(fact.roles, fact.status) for fact in facts] == [({"seller": "cyber", "target": "borg", "buyer": "acme"}, "agreed")]


def test_a_bid_for_all_or_part_of_a_company_is_a_bid_for_it(facts_of, summary):
    text = "Acme Corp plans to bid for all or part of Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]
    text = "Acme Corp does not intend to bid for the whole or part of Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "denied")]


def test_a_bid_for_a_possessed_stake_is_for_what_the_possessor_sells(facts_of, summary):
    surfaces = [ACME, BORG, CYBER, ITS]
    text = "Acme Corp said the group would consider any bid for its 16.5 pct shareholding in Borg Inc."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.bid_for"]
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg"}, "planned")]
    text = "Cyber Ltd made a bid for Acme Corp's 20 pct stake in Borg Inc."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "cyber", "seller": "acme", "target": "borg"}, "proposed")]


def test_shares_of_a_company_s_own_stock_it_sells_are_a_purchase_of_it(facts_of, summary):
    surfaces = [ACME, BORG, CYBER, ITS, ("it", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it sold 18 pct of its common stock to Borg Inc."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"target": "acme", "buyer": "borg"}, "completed")]
    text = "Acme Corp said it has completed the sale of 250,000 shares of its common stock to an investor group."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"target": "acme"}, "completed")]
    assert facts_of("Acme Corp sold its shares to Borg Inc.", surfaces, "Acquisition") == []
    text = "Acme Corp sold 10 pct of its stock in Borg Inc to Cyber Ltd."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "cyber"}, "completed")]


def test_a_buyer_the_parse_hangs_on_the_share_sold_is_the_sale_s(facts_of, summary):
    surfaces = [ACME, BORG, ("Zorvex Corp", "zorvex", "Organization"), ("it", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it has closed the sale of a controlling interest in Borg Inc to Zorvex Corp."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.sale_of"]
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "zorvex"}, "completed")]


def test_a_part_listed_with_the_object_is_looked_through_to_its_company(facts_of, summary):
    surfaces = [ACME, ("Borg", "borg", "Organization"), ("Zorvex Products Ltd", "zorvex", "Organization"), ("Tarvel", "tarvel", "Organization"), ("it", "acme", "Organization", "pronoun"), ITS]
    text = "Acme Corp said it planned to sell its Borg handgun business, Zorvex Products Ltd, the Tarvel truck trailer operations, and other units."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.sale_to"]
    assert {"borg", "tarvel"} <= {fact.roles["target"] for fact in facts}


def test_a_buyer_after_a_phrase_on_the_thing_sold_is_the_sale_s(facts_of, summary):
    surfaces = [ACME, BORG, ("Zorvex Corp", "zorvex", "Organization"), ("it", "acme", "Organization", "pronoun"), ITS]
    text = "Acme Corp said it would sell its Borg Inc unit, with a turnover of 800 mln crowns, to Zorvex Corp."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.sale_to"]
    assert summary(facts) == [("Acquisition", {"seller": "acme", "target": "borg", "buyer": "zorvex"}, "planned")]


def test_a_reported_clause_after_a_marked_unit_is_the_unit_s(facts_of, summary):
    surfaces = [ACME, BORG, ("Zorvex Ltd", "zorvex", "Organization"), ITS]
    text = "Acme Corp <ACM> said its arms subsidiary, <Borg Inc>, plans to sell its 40 pct stake in <Zorvex Ltd> because of its exports."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.sale_to"]
    assert summary(facts) == [("Acquisition", {"seller": "borg", "target": "zorvex"}, "planned")]


def test_the_indirect_object_of_a_sale_is_its_buyer(facts_of, summary):
    surfaces = [ACME, BORG, ("Zorvex Corp", "zorvex", "Organization"), ("its", "zorvex", "Organization", "pronoun")]
    text = "Zorvex Corp agreed to sell Acme Corp its 20 pct stake in Borg Inc."
    facts = [fact for fact in facts_of(text, surfaces, "Acquisition") if fact.extractor == "acquisition.sale_to"]
    assert summary(facts) == [("Acquisition", {"seller": "zorvex", "target": "borg", "buyer": "acme"}, "agreed")]


def test_a_later_sentence_s_definite_deal_noun_gives_the_one_deal_its_value(facts_of):
    def amounts(text: str) -> list[Amount | None]:
        return [fact.attributes.get("amount") for fact in facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Acquisition")]

    buys = "Acme Corp said it agreed to acquire Borg Inc. "
    assert amounts(buys + "The transaction is valued at over 28 mln dlrs.") == [Amount(28_000_000.0, "USD")]
    assert amounts(buys + "The purchase price was 14 mln dlrs, paid in cash.") == [Amount(14_000_000.0, "USD")]
    assert amounts(buys + "The cost of the deal is around 90 mln stg.") == [Amount(90_000_000.0, "GBP")]
    assert amounts(buys + "The current offer price is about 615 mln dlrs.") == [Amount(615_000_000.0, "USD")]
    assert amounts("Acme Corp has bought Borg Inc. The £13.8m deal gives it a foothold in India.") == [Amount(13_800_000.0, "GBP")]
    assert amounts(buys + "The Cyber Ltd purchase was valued at 90 mln dlrs.") == [None]
    assert amounts(buys + "A transaction is valued at 90 mln dlrs.") == [None]


def test_a_later_sentence_s_trade_dates_date_the_completed_stake_deal(facts_of):
    def dates(text: str, role: str) -> list[str | None]:
        surfaces = [ACME, BORG, CYBER, ITS, ("It", "acme", "Organization", "pronoun"), ("it", "acme", "Organization", "pronoun")]
        facts = facts_of(text, surfaces, "Acquisition", date="1987-04-20")
        return [fact.attributes.get("date") for fact in facts if fact.status == "completed" and role in fact.roles]

    buys = "Acme Corp said it has acquired 288,000 shares of Borg Inc, or 7.1 pct of the total outstanding. "
    sells = "Acme Corp said it cut its stake in Borg Inc to 211,700 shares, or 3.9 pct of the total outstanding. "
    assert dates(buys + "It said it bought most of its stake between Feb 9 and March 11.", "buyer") == ["1987-02-09/1987-03-11"]
    assert dates(sells + "Acme Corp said it sold 35,000 shares on Feb 3 at 4.60 dlrs each.", "seller") == ["1987-02-03"]
    assert dates(sells + "It said it bought 50,000 shares on Feb 4.", "seller") == [None]
    assert dates(buys + "It said it sold its Cyber Ltd stake on March 27.", "buyer") == [None]


def test_a_later_sentence_s_sum_for_the_whole_stake_is_the_completed_deal_s_amount(facts_of):
    def amounts(text: str) -> list[Amount | None]:
        surfaces = [ACME, BORG, CYBER, ITS, ("It", "acme", "Organization", "pronoun"), ("it", "acme", "Organization", "pronoun")]
        facts = facts_of(text, surfaces, "Acquisition")
        return [fact.attributes.get("amount") for fact in facts if fact.status == "completed" and "buyer" in fact.roles]

    buys = "Acme Corp said it has acquired 288,000 shares of Borg Inc, or 7.1 pct of the total outstanding. "
    assert amounts(buys + "Acme Corp said it bought the stake for 19.4 mln dlrs.") == [Amount(19_400_000.0, "USD")]
    assert amounts(buys + "It said it bought its Borg Inc stock for 3.5 mln dlrs.") == [Amount(3_500_000.0, "USD")]
    assert amounts(buys + "It added it bought the bulk of its stake for 15 mln dlrs.") == [None]
    assert amounts(buys + "It said it bought 100,000 shares for 2.5 mln dlrs.") == [None]


def test_a_suitor_the_passive_names_as_such_is_a_buyer(facts_of):
    text = "Acme Corp and Cyber Ltd have also been mentioned as possible suitors for Borg Inc."
    assert sorted(fact.roles["buyer"] for fact in facts_of(text, [ACME, BORG, CYBER], "Acquisition")) == ["acme", "cyber"]
    assert facts_of("Analysts see Acme Corp as a possible suitor for Borg Inc.", [ACME, BORG], "Acquisition") == []


def test_an_offer_rejected_is_kept_beside_the_stake_its_bidder_bought(facts_of, summary):
    """A buyer-only offer that failed is no part of the stake its bidder bought from a seller, though
    its roles are a subset of the purchase's."""
    text = (
        "Borvian winemaker Borg has rejected a takeover offer worth 2.4bn Australian dollars from drinks giant Acme Group. "
        "Acme Group spent A$410m on buying a 14.6% stake in Borg from Cyber Ltd."
    )
    facts = facts_of(text, [("Acme Group", "acme", "Organization"), ("Borg", "borg", "Organization"), CYBER], "Acquisition")
    assert ("Acquisition", {"buyer": "acme", "target": "borg"}, "rejected") in summary(facts)
    assert ("Acquisition", {"buyer": "acme", "seller": "cyber", "target": "borg"}, "completed") in summary(facts)


def test_a_later_list_of_an_unnamed_plural_target_names_each_company_bought(facts_of, summary):
    five = ("three privately owned companies", "three", "Organization")
    surfaces = [ACME, BORG, CYBER, ("Tarvel Inc", "tarvel", "Organization"), ("Belknap", "belknap", "Place"), five]
    bought = "Acme Corp said it agreed to buy three privately owned companies.\n    "
    listed = "The companies include Borg Inc, which operates in the Belknap market, and Cyber Ltd, a contractor."
    assert sorted(fact.roles["target"] for fact in facts_of(bought + listed, surfaces, "Acquisition")) == ["borg", "cyber", "three"]
    names = "The full names of the companies purchased are Borg Inc and Cyber Ltd."
    assert sorted(fact.roles["target"] for fact in facts_of(bought + names, surfaces, "Acquisition")) == ["borg", "cyber", "three"]
    other = "Their customers include Borg Inc and Cyber Ltd."
    assert [fact.roles["target"] for fact in facts_of(bought + other, surfaces, "Acquisition")] == ["three"]


def test_each_listed_share_noun_with_its_own_of_names_its_own_target(facts_of):
    """A later listed thing with an "of" of its own is that company's, not the first one's."""
    text = "Acme Corp agreed to buy the assets of Borg Inc and the stock of Cyber Ltd."
    assert sorted(fact.roles["target"] for fact in facts_of(text, [ACME, BORG, CYBER], "Acquisition")) == ["borg", "cyber"]


def test_a_price_offered_for_each_of_a_company_s_shares_is_a_bid_for_that_company(facts_of, summary):
    """The parse often reads "for each Y share outstanding" as a clause ("Y shares"), losing the
    target of the offer; the word order names it."""
    text = "Acme Corp said it will offer 12.25 dlrs a share in cash, 3.75 dlrs in notes and a 1/3 share in a new company for each Borg Inc share outstanding."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "planned")]


def test_a_later_sentence_names_the_seller_of_the_stake_a_completed_purchase_bought(facts_of):
    """Stake filings name the seller apart, by a definite holding: "The stake had been acquired
    from Z", "the 27 pct interest was sold by Z"; an indefinite one is another purchase."""
    surfaces = [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]

    def roles(text: str) -> list[dict[str, str]]:
        return [fact.roles for fact in facts_of(text, surfaces, "Acquisition")]

    raised = "Acme Corp said it has raised its stake in Borg Inc to 100 pct. "
    assert roles(raised + "The stake had been acquired from Cyber Ltd.") == [{"buyer": "acme", "target": "borg", "seller": "cyber"}]
    bought = "Acme Corp said it completed the purchase of a 27 pct interest in Borg Inc for about 8 mln dlrs. "
    assert roles(bought + "It said the 27 pct interest was sold by Cyber Ltd.") == [{"buyer": "acme", "target": "borg", "seller": "cyber"}]
    assert {"buyer": "acme", "target": "borg"} in roles(raised + "A stake had been acquired from Cyber Ltd.")


def test_who_wins_the_auction_for_a_company_buys_it(facts_of, summary):
    """"X won the auction for Y" is X buying Y; "was expected to win" it a prospect; an auction
    with no company named buys nothing."""
    assert summary(facts_of("Acme Corp won the auction for Borg Inc on Friday.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")
    ]
    facts = facts_of("Acme Corp, which had been widely expected to win the auction for Borg Inc, pulled out.", [ACME, BORG], "Acquisition")
    assert [(fact.roles, fact.status_class) for fact in facts] == [({"buyer": "acme", "target": "borg"}, "prospective")]
    assert facts_of("Acme Corp won the auction for the Tarvel bridge contract.", [ACME], "Acquisition") == []


def test_a_buyer_sought_for_a_company_plans_its_sale(pipeline_roles, facts_of, summary):
    """Who looks for a buyer for a company plans to sell it, or has an adviser look for one."""
    text = "Quintara Corp has begun searching for a purchaser for Tarvel Mills Inc."
    assert pipeline_roles(text, "Acquisition") == [{"target": "Tarvel Mills", "seller": "Quintara"}]
    text = "Kelvaro Group said it engaged Belknap Securities Inc to find a buyer for Zorvex Foods Ltd."
    assert pipeline_roles(text, "Acquisition") == [{"target": "Zorvex Foods", "seller": "Kelvaro Group"}]
    assert summary(facts_of("Acme Corp is seeking a buyer for Borg Inc.", [ACME, BORG], "Acquisition")) == [
        ("Acquisition", {"target": "borg", "seller": "acme"}, "planned")
    ]
    assert pipeline_roles("Tarvel Mills Inc said many buyers for its shares were found.", "Acquisition") == []


def test_a_company_selling_all_its_assets_is_itself_sold(facts_of, summary):
    quintara, tarvel = ("Quintara Ltd", "quintara", "Organization"), ("Tarvel Corp", "tarvel", "Organization")
    pronouns = [("it", "quintara", "Organization", "pronoun"), ("its", "quintara", "Organization", "pronoun")]
    text = "Quintara Ltd has sold all of its assets to Tarvel Corp for 4.5 mln dlrs, it said."
    assert summary(facts_of(text, [quintara, tarvel, *pronouns], "Acquisition")) == [("Acquisition", {"target": "quintara", "buyer": "tarvel"}, "completed")]
    text = "Quintara Ltd agreed to sell substantially all its assets for 2.2 mln dlrs, it said."
    assert summary(facts_of(text, [quintara, *pronouns], "Acquisition")) == [("Acquisition", {"target": "quintara"}, "agreed")]
    text = "Quintara Ltd said it sold all of its assets in Belknap County to Tarvel Corp."
    assert summary(facts_of(text, [quintara, tarvel, *pronouns], "Acquisition")) == []


def test_a_takeover_weighed_is_kept_beside_the_stake_bought_from_a_named_seller(facts_of, summary):
    tarvel, zorvex, belknap = ("Tarvel Corp", "tarvel", "Organization"), ("Zorvex Inc", "zorvex", "Organization"), ("Belknap Ltd", "belknap", "Organization")
    text = "Tarvel Corp has acquired 6 pct of Zorvex Inc from Belknap Ltd. Tarvel Corp said it is considering seeking control of Zorvex Inc."
    facts = facts_of(text, [tarvel, zorvex, belknap, ("it", "tarvel", "Organization", "pronoun")], "Acquisition")
    assert sorted(summary(facts), key=lambda fact: fact[2]) == [
        ("Acquisition", {"buyer": "tarvel", "target": "zorvex", "seller": "belknap"}, "completed"),
        ("Acquisition", {"buyer": "tarvel", "target": "zorvex"}, "considering"),
    ]


def test_a_bid_made_after_buying_a_sellers_stake_is_a_deal_of_its_own(facts_of, summary):
    """The stake bought from a named seller does not swallow the bid for the rest."""
    belknap, tarnfield, zorvex = ("Anna Belknap", "belknap", "Person"), ("Tarnfield FC", "tarnfield", "Organization"), ("Zorvex", "zorvex", "Organization")
    text = "Anna Belknap has made a £2m offer for Tarnfield FC after buying publisher Zorvex's stake in the club."
    facts = facts_of(text, [belknap, tarnfield, zorvex, ("the club", "tarnfield", "Organization", "description")], "Acquisition")
    assert sorted(summary(facts), key=lambda fact: fact[2]) == [
        ("Acquisition", {"buyer": "belknap", "seller": "zorvex", "target": "tarnfield"}, "completed"),
        ("Acquisition", {"buyer": "belknap", "target": "tarnfield"}, "proposed"),
    ]


def test_a_country_sells_as_the_subject_of_the_sale_verb_not_as_the_targets_possessor(facts_of, summary):
    borvia = ("Borvia", "borvia", "Place/Country")
    text = "Borvia sold 30% of Borg Inc to Acme Corp last month."
    assert summary(facts_of(text, [ACME, BORG, borvia], "Acquisition")) == [
        ("Acquisition", {"seller": "borvia", "target": "borg", "buyer": "acme"}, "completed")
    ]
    text = "Acme Corp bought 30% of Borvia's Borg Inc last month."
    assert summary(facts_of(text, [ACME, BORG, borvia], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_a_country_or_its_authorities_selling_by_a_sale_noun_is_the_seller(facts_of, summary):
    """The state that holds an auction or a sale ("Borvia's sale of", "by the Borvian
    authorities") sells; one authority of it is an agency, not the state."""
    borvia, borvian = ("Borvia", "borvia", "Place/Country"), ("Borvian", "borvia", "Place/Country", "demonym")
    text = "Last week's auction of Borg Inc, the main unit of Acme Corp, by the Borvian authorities drew three bidders."
    facts = facts_of(text, [ACME, BORG, borvian], "Acquisition")
    assert summary(facts) == [("Acquisition", {"seller": "borvia", "target": "borg"}, "completed")]
    assert summary(facts_of("Borvia's sale of Borg Inc raised $4bn.", [BORG, borvia], "Acquisition")) == [
        ("Acquisition", {"seller": "borvia", "target": "borg"}, "completed")
    ]
    text = "The Borvian planning authority agreed to sell Acme Corp a 20% stake in Borg Inc."
    assert summary(facts_of(text, [ACME, BORG, borvian], "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "agreed")]


def test_an_issuer_buying_its_own_stock_beside_a_buyer_is_the_target(facts_of, summary):
    """"X and Y said they bought Y shares": Y, named alone as whose stock is bought, is what X buys."""
    text = "Acme Corp and Borg Inc said they have bought about 215,000 shares of Borg common stock at 31.40 dlrs each."
    facts = facts_of(text, [ACME, BORG, ("Borg", "borg", "Organization")], "Acquisition")
    assert summary(facts) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "completed")]


def test_a_takeover_agreed_is_kept_beside_a_stake_bought_years_before(facts_of):
    """A purchase stating no share is the stake another sentence states only when both are done
    or both are not: "agreed to take control of Y" is no stake bought in an earlier year."""
    text = "Acme Corp said it agreed to take control of Borg Inc through a tender offer. Acme Corp bought about 17 pct of Borg Inc in 1979."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert sorted((fact.status, fact.attributes.get("share")) for fact in facts) == [("agreed", None), ("completed", 0.17)]


def test_a_bid_launched_is_kept_beside_an_option_to_buy_a_stake(facts_of, summary):
    """An option weighed is an event of its own: the tender offer launched beside it stays."""
    text = "Borg Inc said it granted Acme Corp an option to buy 19 pct of Borg Inc. Acme Corp has launched a tender offer for all of Borg Inc."
    facts = facts_of(text, [ACME, BORG], "Acquisition")
    assert sorted((fact.status, fact.attributes.get("share")) for fact in facts) == [("considering", 0.19), ("proposed", None)]


def test_a_sum_told_with_fewer_roles_goes_to_the_deal_naming_more(facts_of):
    """"X paid 31 mln dlrs for Y" is the purchase "X has bought Y from Z" told again: the one
    fact kept, naming the seller, states the sum."""
    text = "Acme Corp said it has bought Borg Inc from Cyber Ltd. Acme Corp said it paid about 31 mln dlrs in cash for Borg Inc."
    facts = facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Acquisition")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [
        ({"buyer": "acme", "seller": "cyber", "target": "borg"}, {"amount": Amount(31_000_000.0, "USD")})
    ]


def test_a_merger_or_takeover_proposal_made_to_a_company_is_a_bid_for_it(facts_of, summary):
    """"X made a merger proposal to Y": Y is what X bids for; a bare offer made to someone is not."""
    surfaces = [ACME, BORG, ("it", "acme", "Organization", "pronoun")]
    text = "Acme Corp said it has made a cash merger proposal to Borg Inc at 38 dlrs a share."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    text = "Acme Corp made a takeover offer to Borg Inc last week."
    assert summary(facts_of(text, surfaces, "Acquisition")) == [("Acquisition", {"buyer": "acme", "target": "borg"}, "proposed")]
    assert facts_of("Acme Corp said it has presented a new proposal to Borg Inc.", surfaces, "Acquisition") == []
