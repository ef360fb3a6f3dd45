"""Partnership: partnership nouns and partner verbs; the place is an attribute."""

from __future__ import annotations

ACME, BORG = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
BORG_SHORT = ("Borg", "borg", "Organization")
SPAIN = ("Spain", "spain", "Place")


def test_conjoined_subjects_enjoy_a_partnership_in_a_place(facts_of, summary):
    facts = facts_of("Acme Corp and Borg Inc enjoy a partnership in Spain.", [ACME, BORG, SPAIN], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    assert facts[0].attributes == {"place": "spain", "kind": "partnership"}


def test_joint_venture_with(facts_of, summary):
    facts = facts_of("Acme Corp formed a joint venture with Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    assert facts[0].attributes == {"kind": "joint venture"}


def test_partner_with_verb_planned(facts_of, summary):
    facts = facts_of("Acme Corp plans to partner with Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]


def test_hyphenated_co_operation_and_co_operate(facts_of, summary):
    facts = facts_of("Acme Corp will co-operate with Borg Inc in marketing.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]
    facts = facts_of("The ministers formalised a co-operation deal between Acme Corp and Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]


def test_ruled_out_partnership_is_denied(facts_of, summary):
    facts = facts_of("Acme Corp ruled out a partnership with Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "denied")]


def test_partnership_with_a_place_only_is_none(facts_of):
    assert facts_of("Acme Corp is looking for a partnership in Spain.", [ACME, SPAIN], "Partnership") == []


def test_partner_noun_with_a_company(facts_of, summary):
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    facts = facts_of("Acme Corp is a partner with Borg Inc in a gas field off Spain.", [acme, borg], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    hedged = facts_of("Acme Corp is considering becoming a partner with Borg Inc.", [acme, borg], "Partnership")
    assert [fact.status_class for fact in hedged] == ["prospective"]
    assert facts_of("Acme Corp is a partner in a law suit.", [acme], "Partnership") == []


def test_a_company_called_another_s_partner_is_its_partner(facts_of, summary):
    """"X is Y's partner": the subject of a copula whose predicate is a possessed partner noun."""
    borvia, kelvaro = ("Borvia", "borvia", "Place/Country"), ("Kelvaro", "kelvaro", "Place/Country")
    facts = facts_of("Acme Corp is Borg Inc's closest technology partner.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    facts = facts_of("Borvia became Kelvaro's largest trading partner last year.", [borvia, kelvaro], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("borvia", "kelvaro")}, "active")]


def test_a_licensee_or_franchisee_is_its_licensor_s_partner(facts_of, summary):
    """"X, the licensee of Y", "X is Y's franchisee": a licence joins the two."""
    expected = [("Partnership", {"partners": ("acme", "borg")}, "active")]
    assert summary(facts_of("Acme Corp, the Tarnfield licensee of Borg Inc, raised prices.", [ACME, BORG], "Partnership")) == expected
    assert summary(facts_of("Acme Corp is Borg Inc's largest franchisee.", [ACME, BORG], "Partnership")) == expected
    assert facts_of("The licensee, Acme Corp, must pay the levy.", [ACME], "Partnership") == []


def test_an_agreement_with_a_described_or_possessed_partner(facts_of, summary):
    text = "Acme Corp said it signed an agreement with state-run Borg Inc (BI) to swap engine data."
    surfaces = [ACME, BORG, ("BI", "borg", "Organization"), ("it", "acme", "Organization", "pronoun")]
    assert summary(facts_of(text, surfaces, "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    text = "Acme Corp announced a deal with India's Borg Inc to develop a platform."
    surfaces = [ACME, BORG, ("India", "india", "Place")]
    assert summary(facts_of(text, surfaces, "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "announced")]


def test_countries_working_together_are_partners_but_a_country_among_companies_is_not(facts_of):
    india, russia = ("India", "india", "Place/Country"), ("Russia", "russia", "Place/Country")
    facts = facts_of("India and Russia are to work together on several gas projects.", [india, russia], "Partnership")
    assert [(f.roles["partners"], f.extractor) for f in facts] == [(("india", "russia"), "partnership.work_together")]
    mixed = facts_of("Acme Corp and Russia are to work together on energy.", [("Acme Corp", "acme", "Organization"), russia], "Partnership")
    assert mixed == []


def test_a_venture_the_two_companies_form(facts_of):
    acme, borg = ("Acme Corp", "acme", "Organization"), ("Borg Inc", "borg", "Organization")
    text = "Acme Corp held talks with Borg Inc. The two companies said they would form a joint venture."
    assert [(dict(f.roles), f.status) for f in facts_of(text, [acme, borg], "Partnership")] == [({"partners": ("acme", "borg")}, "planned")]


def test_a_venture_between_two_firms_is_theirs_not_the_speaker_s(pipeline_roles):
    text = "Zorvex said it was considering a joint venture between Tarvel Corp and Kelvaro Inc."
    assert pipeline_roles(text, "Partnership") == [{"partners": ["Kelvaro", "Tarvel"]}]


def test_an_agreement_that_says_what_the_parties_do_together(facts_of, summary):
    expected = [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert summary(facts_of("Acme Corp and Borg Inc signed an agreement to exchange patents.", [ACME, BORG], "Partnership")) == expected
    assert summary(facts_of("Acme Corp and Borg Inc executed an assistance agreement.", [ACME, BORG], "Partnership")) == expected
    assert summary(facts_of("Acme Corp has agreed with Borg Inc to pool its research.", [ACME, BORG], "Partnership")) == expected
    facts = facts_of("The agreement between Acme Corp and Borg Inc calls for a joint venture in Spain.", [ACME, BORG, SPAIN], "Partnership")
    assert [(f.roles["partners"], f.extractor) for f in facts] == [(("acme", "borg"), "partnership.agreement_with")]


def test_working_with_a_company_to_do_something_together_is_a_partnership(facts_of, summary):
    facts = facts_of("Acme Corp will work with Borg Inc to design a cheaper turbine.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]
    assert facts_of("Acme Corp is working with Borg Inc on a possible offer.", [ACME, BORG], "Partnership") == []


def test_a_deal_with_or_between_companies_is_their_agreement(facts_of, summary):
    zorvex = ("Zorvex Ltd", "zorvex", "Organization")
    facts = facts_of("Acme Corp plans to strike a deal with Borg Inc that would lift its output.", [ACME, BORG], "Partnership")
    assert [(f.roles["partners"], f.status_class, f.attributes) for f in facts] == [(("acme", "borg"), "prospective", {"kind": "agreement"})]
    facts = facts_of("The deal between Acme Corp and Borg Inc secures gas for a decade.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    facts = facts_of("Acme Corp has signed new deals with two airlines, Borg Inc and Zorvex Ltd.", [ACME, BORG, zorvex], "Partnership")
    assert sorted(f.roles["partners"] for f in facts) == [("acme", "borg"), ("acme", "zorvex")]
    assert facts_of("Acme Corp signed a deal with Borg Inc to buy its stake in Zorvex Ltd.", [ACME, BORG, zorvex], "Partnership") == []


def test_a_deal_stating_its_value_before_its_parties_pairs_its_maker_with_each(facts_of):
    zorvex = ("Zorvex Ltd", "zorvex", "Organization")
    regulator = ("Borvia Commission", "borvia", "Organization")
    text = "The Borvia Commission agreed a deal totalling $41m with Acme Corp, Borg Inc and Zorvex Ltd."
    facts = facts_of(text, [ACME, BORG, zorvex, regulator], "Partnership")
    assert sorted(f.roles["partners"] for f in facts) == [("acme", "borvia"), ("borg", "borvia"), ("borvia", "zorvex")]


def test_an_agreement_its_subject_reaches_or_signs_with_a_party(facts_of, summary):
    facts = facts_of("Acme Corp plans to sign an agreement with Borg Inc next month.", [ACME, BORG], "Partnership")
    assert [(f.roles["partners"], f.status, f.attributes) for f in facts] == [(("acme", "borg"), "planned", {"kind": "agreement"})]
    facts = facts_of("Acme Corp has failed to reach an accord with Borg Inc.", [ACME, BORG], "Partnership")
    assert [(f.roles["partners"], f.status_class) for f in facts] == [(("acme", "borg"), "negative")]
    assert facts_of("Acme Corp said its agreement with Borg Inc needs stockholder approval.", [ACME, BORG], "Partnership") == []


def test_an_agreement_that_is_another_deal_or_says_nothing_is_no_partnership(facts_of):
    tarvel = ("Tarvel Co", "tarvel", "Organization")
    assert facts_of("Acme Corp signed an agreement with Borg Inc to jointly buy Tarvel Co.", [ACME, BORG, tarvel], "Partnership") == []
    assert facts_of("Acme Corp said its agreement with Borg Inc needs stockholder approval.", [ACME, BORG], "Partnership") == []
    assert facts_of("Acme Corp and Borg Inc signed a merger agreement to develop drugs.", [ACME, BORG], "Partnership") == []


def test_a_deal_word_in_a_clause_describing_something_else_leaves_the_agreement_a_partnership(facts_of):
    """The purchase is what a cancelled option would have allowed, not what the agreement does."""
    kelvaro = ("Kelvaro", "kelvaro", "Organization")
    text = "Acme Corp struck an accord with Borg Inc to cancel an option that would have let Borg Inc buy Kelvaro."
    facts = facts_of(text, [ACME, BORG, kelvaro], "Partnership")
    assert [(f.roles["partners"], f.status, f.attributes) for f in facts] == [(("acme", "borg"), "agreed", {"kind": "agreement"})]


def test_a_memorandum_of_understanding_is_a_partnership(facts_of):
    facts = facts_of("Acme Corp and Borg Inc signed a memorandum of understanding.", [ACME, BORG], "Partnership")
    assert [(f.roles["partners"], f.status, f.attributes) for f in facts] == [(("acme", "borg"), "agreed", {"kind": "memorandum of understanding"})]


CYBER = ("Cyber Ltd", "cyber", "Organization")
TARVEL = ("Tarvel", "tarvel", "Organization")


def test_a_settlement_between_parties_is_a_settlement_agreement(facts_of, summary):
    facts = facts_of("Acme Corp and Borg Inc agreed in principle to settle pending litigation over a unit.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts[0].attributes == {"kind": "settlement agreement"}
    facts = facts_of("Acme Corp reached a $2bn settlement with Borg Inc about its ownership.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]


def test_a_settlement_with_whoever_brought_the_suit(facts_of, summary):
    text = "Acme Corp agreed to pay $8.2m to settle a patent lawsuit brought by Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    text = "Acme Corp has settled charges from Borg Inc that it failed to disclose pay."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]


def test_one_party_settling_with_several_makes_one_settlement_each(facts_of, summary):
    text = "Acme Corp's settlement with Borg Inc and Cyber Ltd included agreements with three managers."
    assert summary(facts_of(text, [ACME, BORG, CYBER], "Partnership")) == [
        ("Partnership", {"partners": ("acme", "borg")}, "agreed"),
        ("Partnership", {"partners": ("acme", "cyber")}, "agreed"),
    ]


def test_settling_a_regulator_s_case_is_a_settlement_with_the_story_s_regulator(facts_of, summary):
    regulator = ("Borvia Commission", "borvia", "Organization/Agency")
    text = "Acme Corp has settled charges from federal regulators that it misled investors. The Borvia Commission imposed no fine."
    facts = facts_of(text, [ACME, regulator], "Partnership")
    assert [(f.roles["partners"], f.status, f.attributes) for f in facts] == [(("acme", "borvia"), "agreed", {"kind": "settlement agreement"})]
    text = "Acme Corp agreed to pay $7m to settle an inquiry into its accounts. The Borvia Commission welcomed the payment."
    assert summary(facts_of(text, [ACME, regulator], "Partnership")) == [("Partnership", {"partners": ("acme", "borvia")}, "agreed")]
    text = "Acme Corp agreed to pay $7m to settle a lawsuit brought by shareholders. The Borvia Commission welcomed the payment."
    assert facts_of(text, [ACME, regulator], "Partnership") == []


def test_settling_with_someone_unnamed_or_settling_a_bill_is_no_partnership(facts_of):
    text = "Acme Corp and Borg Inc reached a settlement with the plaintiffs last week."
    assert facts_of(text, [ACME, BORG], "Partnership") == []
    assert facts_of("Acme Corp and Borg Inc settled the bill in cash.", [ACME, BORG], "Partnership") == []


def test_a_joint_bid_makes_its_bidders_partners(facts_of, summary):
    text = "Acme Corp and French group Borg Inc submitted a joint offer last month."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "proposed")]
    assert facts[0].attributes == {"kind": "joint bid"}
    text = "Acme Corp made a joint bid with Borg Inc for Cyber Ltd."
    assert summary(facts_of(text, [ACME, BORG, CYBER], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "proposed")]
    assert facts_of("Acme Corp and Borg Inc made rival bids for Cyber Ltd.", [ACME, BORG, CYBER], "Partnership") == []


def test_acting_in_concert_is_a_partnership(facts_of, summary):
    text = "Acme Corp said it had agreed to act in concert with Borg Inc, an affiliated firm, to acquire Cyber Ltd."
    facts = facts_of(text, [ACME, BORG, CYBER, ("it", "acme", "Organization", "pronoun")], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts[0].attributes == {"kind": "acting in concert"}
    text = "Acme Corp and Borg Inc, acting in concert, hold 9.8 pct of Cyber Ltd."
    assert summary(facts_of(text, [ACME, BORG, CYBER], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "active")]


def test_kinds_of_deal_in_the_plural_after_a_relative_clause(facts_of, summary):
    """"X, which recently lost sponsorship deals with Y and Z": each is X's partner."""
    zeta = ("Zeta Co", "zeta", "Organization")
    text = "Acme Corp, which recently lost sponsorship deals with Borg Inc and Zeta Co, signed a new kit supplier."
    assert sorted(fact.roles["partners"] for fact in facts_of(text, [ACME, BORG, zeta], "Partnership")) == [("acme", "borg"), ("acme", "zeta")]


def test_an_agreement_that_runs_for_years_is_a_partnership(facts_of, summary):
    """"signed a fresh three-year agreement with Y": an agreement for years, no one-off deal."""
    text = "Acme Corp said it had signed a fresh three-year agreement with Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("it", "acme", "Organization", "pronoun")], "Partnership")
    assert [fact.roles["partners"] for fact in facts] == [("acme", "borg")]


def test_a_deal_noun_that_is_the_topic_of_talks_reads_their_parties(facts_of, summary):
    """"X is in talks with Y about a possible alliance": the talks' parties are the partners."""
    text = "Acme Corp is in talks with Borg Inc about a possible alliance."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "negotiating")]
    assert facts[0].attributes == {"kind": "alliance"}


def test_a_deal_formed_as_the_topic_of_talks_reads_their_parties(facts_of, summary):
    """"discussions with Y on the formation of a joint venture": the venture of the talks' parties."""
    text = "Acme Corp has entered into discussions with Borg Inc on the formation of a joint venture."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "negotiating")]


def test_a_venture_operated_or_led_by_two_companies_makes_them_partners(facts_of, summary):
    """"a joint venture operated by X and Y", "a consortium led by X and Y": X and Y are partners."""
    text = "The engine was designed by a joint venture operated by Acme Corp and Borg Inc."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    text = "Cyber Ltd was bought by a consortium led by Acme Corp and Borg Inc."
    assert [fact.roles["partners"] for fact in facts_of(text, [ACME, BORG, CYBER], "Partnership")] == [("acme", "borg")]


def test_a_company_owned_jointly_by_two_makes_them_joint_venture_partners(facts_of, summary):
    """"a company owned jointly by X and Y", "X and Y will jointly own the hotel": a joint venture."""
    text = "Tarvel is a private company owned jointly by Acme Corp and Borg Inc."
    facts = facts_of(text, [ACME, BORG, TARVEL], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    assert facts[0].attributes == {"kind": "joint venture"}
    text = "Acme Corp and Borg Inc said they would jointly own the hotel."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]


def test_ties_with_a_company_are_a_partnership(facts_of, summary):
    """"deepening its ties with Y, another financial firm": ties between two named companies are a
    partnership."""
    text = "Acme Corp is deepening its ties with Borg Inc, another financial firm."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert [fact.roles["partners"] for fact in facts] == [("acme", "borg")]
    assert facts[0].attributes == {"kind": "partnership"}


def test_a_company_run_as_a_joint_venture_is_the_venture_not_a_partner(facts_of):
    """"Run Y as a joint venture with Z" makes Y the venture, not Z's partner."""
    tarvel = ("Tarvel Ltd", "tarvel", "Organization")
    facts = facts_of("The deal lets Tarvel Ltd run Borg Inc as a joint venture with Acme Corp.", [ACME, BORG, tarvel], "Partnership")
    assert [f.roles["partners"] for f in facts if "borg" in f.roles["partners"]] == []


def test_two_companies_with_ventures_with_a_third_are_not_each_other_s_partners(facts_of):
    """"X and Y both have joint ventures with Z": each has its own venture with Z."""
    zorvex = ("Zorvex Ltd", "zorvex", "Organization")
    text = "Acme Corp and Borg Inc both have joint ventures with Zorvex Ltd, but neither holds shares in it."
    assert [f.roles["partners"] for f in facts_of(text, [ACME, BORG, zorvex], "Partnership") if sorted(f.roles["partners"]) == ["acme", "borg"]] == []


def test_their_joint_venture_makes_the_two_companies_of_its_clause_partners(facts_of, summary):
    """"X agreed to buy Y out of their joint venture", "X and Y said their venture will build a
    plant": "their" venture is the two named companies'; not "their ventures with Z", each its own."""
    zorvex = ("Zorvex Ltd", "zorvex", "Organization")
    text = "Acme Corp has agreed to buy Borg Inc out of their equally-owned joint venture for 51 mln dlrs."
    assert summary(facts_of(text, [ACME, BORG], "Partnership")) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    text = "Acme Corp will buy Borg Inc's 40 pct stake in their joint venture company, Zorvex Ltd."
    assert [f.roles["partners"] for f in facts_of(text, [ACME, BORG, zorvex], "Partnership")] == [("acme", "borg")]
    text = "Acme Corp and Borg Inc said their joint venture will build a plant."
    assert [f.roles["partners"] for f in facts_of(text, [ACME, BORG], "Partnership")] == [("acme", "borg")]
    text = "Acme Corp and Borg Inc said their joint ventures with Zorvex Ltd were profitable."
    assert [f.roles["partners"] for f in facts_of(text, [ACME, BORG, zorvex], "Partnership") if sorted(f.roles["partners"]) == ["acme", "borg"]] == []


def test_joint_venture_qualifying_a_company_reads_that_company_s_with(facts_of, summary):
    """"agreed to form a joint venture leasing company in Spain with Y": the parser calls the
    venture an nmod of the company, whose "with" names the partner."""
    text = "Acme Corp agreed to form a joint venture leasing company in Spain with Borg Inc."
    facts = facts_of(text, [ACME, BORG, SPAIN], "Partnership")
    assert summary(facts)[0][1] == {"partners": ("acme", "borg")}
    assert facts[0].attributes == {"place": "spain", "kind": "joint venture"}


def test_supplying_a_named_company_is_a_supply_agreement(facts_of, summary):
    """"X will supply tape to Y", "X agreed to supply Y with cars": a supply deal between the
    supplier and each named customer; "Y and Z were supplied with pumps" names no supplier."""
    facts = facts_of("Under the agreement, Acme Corp will supply magnetic tape to Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]
    assert facts[0].attributes == {"kind": "supply agreement"}
    facts = facts_of("Acme Corp has struck a deal to supply Borg Inc with 30,000 vans.", [ACME, BORG], "Partnership")
    assert summary(facts)[0][1] == {"partners": ("acme", "borg")}
    assert facts_of("Acme Corp and Borg Inc were also supplied with the faulty pumps.", [ACME, BORG], "Partnership") == []


def test_sourcing_goods_from_a_named_company_is_a_supply_agreement(facts_of, summary):
    """"X will source gearboxes from Y": the buyer and its named supplier share a supply deal,
    kept apart from any other partnership of the pair (an alliance they ended); sourcing from
    a place is none."""
    text = "Acme Corp plans to shut its Tarnfield works and instead source gearboxes from Borg Inc."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "planned")]
    assert facts[0].attributes == {"kind": "supply agreement"}
    text = "Acme Corp and Borg Inc ended their alliance last year. Acme Corp will still source gearboxes from Borg Inc."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert sorted(fact.attributes["kind"] for fact in facts) == ["alliance", "supply agreement"]
    assert facts_of("Acme Corp will source its gearboxes from Spain.", [ACME, SPAIN], "Partnership") == []


def test_ordering_goods_that_name_their_maker_is_an_order_from_the_maker(facts_of, summary):
    """"X has ordered 40 Borg jets", "X placed an order for 12 Borg turbines", "X ordered
    pumps from Y": the buyer and the maker its goods name agreed an order; a company that is
    itself what is ordered ("ordered Borg Inc to pay") is no maker."""
    facts = facts_of("Acme Corp has ordered 40 Borg Z7 cargo jets for its new routes.", [ACME, BORG_SHORT], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts[0].attributes == {"kind": "order"}
    facts = facts_of("Acme Corp placed an order for 12 Borg turbines on Monday.", [ACME, BORG_SHORT], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    facts = facts_of("Acme Corp ordered 300 pumps from Borg Inc last month.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts_of("A Tarnfield court ordered Borg Inc to pay Acme Corp damages.", [ACME, BORG], "Partnership") == []


def test_a_deal_placed_to_buy_goods_from_a_seller_is_an_order(facts_of, summary):
    """"X signed a deal to buy 24 jets from Y", "X signed a deal to import gas from Y" (countries
    too): the buyer and the seller agreed an order; a deal to buy a determined thing or a stake
    from Y ("the Tarnfield unit", "a stake") is the purchase of a business, no order."""
    facts = facts_of("Acme Corp has signed a deal to acquire 24 cargo jets from Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts[0].attributes == {"kind": "order"}
    facts = facts_of("Acme Corp has finalised a contract to lease cargo vessels from Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "completed")]
    kelvaro, borvia = ("Kelvaro", "kelvaro", "Place/Country"), ("Borvia", "borvia", "Place/Country")
    facts = facts_of("Kelvaro signed an agreement in March to purchase crude from Borvia.", [kelvaro, borvia], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("borvia", "kelvaro")}, "agreed")]
    assert facts_of("Acme Corp signed a deal to buy the Tarnfield unit from Borg Inc.", [ACME, BORG], "Partnership") == []
    assert facts_of("Acme Corp signed a deal to buy 20 pct stake from Borg Inc.", [ACME, BORG], "Partnership") == []


def test_a_possessed_partner_named_after_what_it_partners_in(facts_of, summary):
    """"its partner in the venture, Y", "X's partner in Spain, Y": the name after the comma is
    the partner, whatever the partnership or place the "in" names before it."""
    text = "Acme Corp will sell its half of the Tarnfield plant to its partner in the venture, Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("its", "acme", "Organization", "pronoun")], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    facts = facts_of("Acme Corp's partner in Spain, Borg Inc, will run the new plant.", [ACME, BORG, SPAIN], "Partnership")
    assert [fact.roles for fact in facts] == [{"partners": ("acme", "borg")}]


def test_standstill_and_confidentiality_agreements_are_partnerships(facts_of, summary):
    """"a standstill agreement between X and Y", "a confidentiality agreement with Y": terms a
    would-be bidder and its target agree on are a partnership of theirs, though the sentence
    speaks of a bid; a market "at a standstill" is none."""
    text = "Acme Corp said the bid needs consent under a standstill agreement between Borg Inc and Acme Corp."
    facts = facts_of(text, [ACME, BORG], "Partnership")
    assert summary(facts)[0][1] == {"partners": ("acme", "borg")}
    assert facts[0].attributes == {"kind": "standstill agreement"}
    facts = facts_of("Acme Corp entered into a confidentiality agreement with Borg Inc.", [ACME, BORG], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "agreed")]
    assert facts[0].attributes == {"kind": "confidentiality agreement"}
    assert facts_of("Acme Corp said its talks with Borg Inc were at a standstill.", [ACME, BORG], "Partnership") == []


def test_a_company_owned_fifty_fifty_is_its_owners_joint_venture(facts_of, summary):
    """"Y is owned 50/50 by X and Z", "owned equally by X and Z": an even split says what
    "jointly" does, and the parser hangs "50/50" on the verb as an adverbial noun."""
    text = "Quintara Ltd is owned 50/50 by Acme Corp and Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("Quintara Ltd", "quintara", "Organization")], "Partnership")
    assert summary(facts) == [("Partnership", {"partners": ("acme", "borg")}, "active")]
    assert facts[0].attributes == {"kind": "joint venture"}
    text = "Quintara Ltd is owned equally by Acme Corp and Borg Inc."
    facts = facts_of(text, [ACME, BORG, ("Quintara Ltd", "quintara", "Organization")], "Partnership")
    assert summary(facts)[0][1] == {"partners": ("acme", "borg")}


def test_the_two_companies_are_the_two_their_own_sentence_names(pipeline_roles):
    """The story names Tarvel and Zorvex most, but the sentence names Kelvaro and Belknap before
    "the two companies"."""
    text = (
        "Tarvel Corp bid for Zorvex Inc. Tarvel Corp raised its bid for Zorvex Inc on Monday. "
        "Kelvaro Ltd said Belknap Inc would back the offer, with the two companies forming a joint venture to run Zorvex Inc."
    )
    assert pipeline_roles(text, "Partnership") == [{"partners": ["Belknap", "Kelvaro"]}]
