"""FinancialMetric: metric nouns with an owner and an amount; change and period when given."""

from __future__ import annotations

from kg.facts import extract_facts
from kg.model import Amount, Document, Entity, Mention

ACME = ("Acme Corp", "acme", "Organization")


def test_profits_rose_to(facts_of, summary):
    facts = facts_of("Acme Corp's profits rose 20% to £146m in 2004.", [ACME], "FinancialMetric")
    assert summary(facts) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts[0].attributes == {"metric": "profit", "amount": Amount(146_000_000.0, "GBP"), "change": 0.2, "period": "2004"}


def test_a_dividend_per_share_is_a_metric(facts_of):
    facts = facts_of("Acme Corp's 2004 dividend rose to 70 euro cents from 55 euro cents.", [ACME], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [
        ({"organization": "acme"}, {"metric": "dividend", "amount": Amount(0.7, "EUR"), "period": "2004"})
    ]


def test_reported_volume_with_period_and_change(facts_of):
    text = "This year the company reported volume from Nov. 1-11 of roughly $19.1 billion, up more than 50% from last year."
    facts = facts_of(text, [("the company", "acme", "Organization", "description")], "FinancialMetric")
    assert [dict(fact.roles) for fact in facts] == [{"organization": "acme"}]
    assert facts[0].attributes == {"metric": "volume", "amount": Amount(19_100_000_000.0, "USD"), "change": 0.5, "period": "Nov. 1-11"}


def test_bare_dollars_of_a_toronto_wire_are_canadian(facts_of):
    text = "Acme Corp had operating profit of 41.5 mln dlrs in 1986."
    toronto = facts_of(text, [ACME], "FinancialMetric", dateline="TORONTO, March 20 -")
    assert [fact.attributes["amount"] for fact in toronto] == [Amount(41_500_000.0, "CAD")]
    new_york = facts_of(text, [ACME], "FinancialMetric", dateline="NEW YORK, March 20 -")
    assert [fact.attributes["amount"] for fact in new_york] == [Amount(41_500_000.0, "USD")]


def test_fall_gives_a_negative_change(facts_of):
    facts = facts_of("Acme Corp said its sales fell 12% to 40 mln dlrs.", [ACME, ("its", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["change"]) for fact in facts] == [("sales", -0.12)]


def test_a_share_price_move_is_not_the_metric_s_change(facts_of):
    def attributes(text: str) -> list[dict]:
        surfaces = [ACME, ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")]
        return [fact.attributes for fact in facts_of(text, surfaces, "FinancialMetric")]

    assert attributes("Shares of Acme Corp fell 5% after it reported a quarterly loss of $2.9 billion.") == [
        {"metric": "loss", "amount": Amount(2_900_000_000.0, "USD"), "period": "quarterly"}
    ]
    assert attributes("Acme Corp posted a net loss of $45 million, and its stock fell 3%.") == [
        {"metric": "loss", "amount": Amount(45_000_000.0, "USD")}
    ]


def test_expected_profit_is_prospective(facts_of):
    facts = facts_of("Acme Corp expects a profit of 5 mln dlrs next year.", [ACME], "FinancialMetric")
    assert [fact.status_class for fact in facts] == ["prospective"]


def test_a_metric_given_only_as_a_change_and_a_fall_is_no_cancellation(facts_of, summary):
    facts = facts_of("Acme Corp said its US sales fell 12.7% in February.", [ACME, ("its", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert summary(facts) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts[0].attributes == {"metric": "sales", "change": -0.127, "period": "February"}
    dropped = facts_of("Acme Corp's sales dropped 3% to 5 mln dlrs.", [ACME], "FinancialMetric")
    assert summary(dropped) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts_of("Retail sales fell 0.3% in January.", [ACME], "FinancialMetric") == []


def test_a_change_in_a_metric_read_from_a_rise_noun_or_a_comparative(facts_of):
    def changes(text: str, surfaces=(ACME,)) -> list[tuple[str, dict]]:
        return [(fact.roles["organization"], fact.attributes) for fact in facts_of(text, list(surfaces), "FinancialMetric")]

    assert changes("Acme Corp saw a 3% rise in December sales.") == [("acme", {"metric": "sales", "change": 0.03, "period": "December"})]
    assert changes("Acme Corp stood out, turning in a 14% surge in February sales.") == [
        ("acme", {"metric": "sales", "change": 0.14, "period": "February"})
    ]
    assert changes("Acme Corp said same store sales were 9.3% lower.") == [("acme", {"metric": "sales", "change": -0.093})]
    office = ("the Office for National Statistics", "ons", "Organization")
    assert changes("Retail sales were 1% lower, the Office for National Statistics said.", [ACME, office]) == []
    assert changes("Analysts saw a 3% rise in retail sales.", [ACME]) == []
    assert changes("Acme Corp was the only carmaker to gain share, with sales rising 8%.") == [("acme", {"metric": "sales", "change": 0.08})]
    assert changes("Youth labels sold well, with sales jumping 28% at clothing retailer Acme Corp.") == [
        ("acme", {"metric": "sales", "change": 0.28})
    ]
    on_object = facts_of("Even the tiny Acme Corp picked up a more trade with sales improving 12.4% on a year ago.", [ACME], "FinancialMetric")
    assert [(fact.roles["organization"], fact.attributes["change"]) for fact in on_object] == [("acme", 0.124)]
    projected = facts_of("Acme Corp is optimistic, projecting a 15% rise in net profits.", [ACME], "FinancialMetric")
    assert [(fact.status, fact.attributes["change"]) for fact in projected] == [("expected", 0.15)]


def test_a_change_conjoined_to_another_is_the_same_metric_s_at_its_own_organization(facts_of):
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("Youth labels sold well, with sales jumping 28% at Acme Corp and 32.2% at Borg Inc.", [ACME, borg], "FinancialMetric")
    assert sorted((fact.roles["organization"], fact.attributes["change"]) for fact in facts) == [("acme", 0.28), ("borg", 0.322)]
    fell = facts_of("Profits fell 5% at Acme Corp and 7% at Borg Inc.", [ACME, borg], "FinancialMetric")
    assert sorted((fact.roles["organization"], fact.attributes["change"]) for fact in fell) == [("acme", -0.05), ("borg", -0.07)]


def test_a_metric_naming_a_rise_or_fall_noun_has_its_change(facts_of):
    def changes(text: str) -> list[tuple[str, dict]]:
        surfaces = [ACME, ("its", "acme", "Organization", "pronoun"), ("it", "acme", "Organization", "pronoun")]
        return [(fact.roles["organization"], fact.attributes) for fact in facts_of(text, surfaces, "FinancialMetric")]

    assert changes("Acme Corp reported a 10% profit rise.") == [("acme", {"metric": "profit", "change": 0.1})]
    assert changes("Acme Corp saw its same store sales sink by a bigger-than-expected 6.1% as it fought its rivals.") == [
        ("acme", {"metric": "sales", "change": -0.061})
    ]
    assert changes("Analysts expect a 3% sales rise.") == []


def test_a_rival_s_bare_rise_noun_joined_to_a_metric_s_change_is_that_metric_s(facts_of):
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("Acme Corp sales jumped 11% in February while rival Borg Inc notched up a 10% increase.", [ACME, borg], "FinancialMetric")
    assert sorted((fact.roles["organization"], fact.attributes["change"], fact.attributes["period"]) for fact in facts) == [
        ("acme", 0.11, "February"),
        ("borg", 0.1, "February"),
    ]
    own = facts_of("Acme Corp's profits rose 5% while Borg Inc posted a 3% rise in revenue.", [ACME, borg], "FinancialMetric")
    assert sorted((fact.roles["organization"], fact.attributes["metric"]) for fact in own) == [("acme", "profit"), ("borg", "revenue")]


def test_a_metric_whose_verb_s_subject_is_a_possessed_metric_is_the_possessor_s(facts_of):
    surfaces = [ACME, ("Its", "acme", "Organization", "pronoun")]
    text = "Acme Corp posted a record profit. Its profit rise for 2005 included profits of $2.8bn for the last quarter."
    facts = facts_of(text, surfaces, "FinancialMetric")
    assert [(fact.roles["organization"], fact.attributes["amount"].value) for fact in facts] == [("acme", 2_800_000_000.0)]


def test_a_writeoff_whose_owner_a_relative_clause_names(facts_of, summary):
    text = "Acme Corp said a writeoff of 22.7 mln dlrs that it took in 1986 came largely from its plant closures."
    facts = facts_of(text, [ACME, ("it", "acme", "Organization", "pronoun"), ("its", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert summary(facts) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts[0].attributes == {"metric": "writeoff", "amount": Amount(22_700_000.0, "USD"), "period": "1986"}


def test_no_metric_without_amount_or_owner(facts_of):
    assert facts_of("Acme Corp said profits were strong.", [ACME], "FinancialMetric") == []
    assert facts_of("Turnover for the period was up 6.1% to £2.4bn.", [ACME], "FinancialMetric") == []


def test_two_metrics_of_one_company_stay_two_facts(facts_of):
    text = "Acme Corp had revenues of about 90 mln dlrs and operating losses of two mln dlrs in 1999."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert sorted((fact.attributes["metric"], fact.attributes["amount"].value) for fact in facts) == [
        ("loss", 2_000_000.0),
        ("revenue", 90_000_000.0),
    ]


def test_ownerless_metric_takes_the_organization_just_named(facts_of):
    text = "Acme Corp blamed costs for a weak year. Net profit was $12m in the quarter."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes["amount"], fact.confidence) for fact in facts] == [
        ({"organization": "acme"}, Amount(12_000_000.0, "USD"), 0.55)
    ]


def test_ownerless_metric_far_from_any_name_is_the_story_s_one_metric_owner(facts_of):
    text = (
        "Acme Corp's net profits were $5bn for the quarter. Growth was broad, said the chief executive. "
        "Full year gains were less spectacular. Net profit was up 6% at $16.6bn."
    )
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(fact.roles["organization"], fact.attributes["amount"].value, fact.confidence) for fact in facts] == [
        ("acme", 5_000_000_000.0, 0.7),
        ("acme", 16_600_000_000.0, 0.5),
    ]
    borg = ("Borg Inc", "borg", "Organization")
    two = facts_of(text.replace("Growth was broad", "Borg Inc's profits were $2bn"), [ACME, borg], "FinancialMetric")
    assert [fact.attributes["amount"].value for fact in two if fact.attributes["amount"].value == 16_600_000_000.0] == []


def test_ownerless_metric_takes_the_subject_before_a_name_given_as_an_example(facts_of):
    text = "Acme Corp posted a rise in profits thanks to clients like Borg Inc. Net profit was $12m in the quarter."
    facts = facts_of(text, [ACME, ("Borg Inc", "borg", "Organization")], "FinancialMetric")
    assert [dict(fact.roles) for fact in facts] == [{"organization": "acme"}]


def test_ownerless_metric_after_a_paragraph_break(facts_of):
    """The tagger takes "Operating" at a paragraph's start for a verb; the metric is still
    ownerless."""
    text = "Acme Corp posted a rise in profits.\n\nOperating profit in the three months to 30 September was 7.2bn kronor."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes["amount"]) for fact in facts] == [({"organization": "acme"}, Amount(7_200_000_000.0, "SEK"))]


def test_metric_in_a_relative_clause_on_an_event(facts_of):
    text = "Shoppers flocked to Acme Corp's spring sales fair in May, which saw $3 billion in transaction volume."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes["metric"], fact.attributes["amount"]) for fact in facts] == [
        ({"organization": "acme"}, "volume", Amount(3_000_000_000.0, "USD"))
    ]


def test_metric_of_a_named_non_company_is_not_reassigned(facts_of):
    text = "Acme Corp closed nine shops. The shops, which had losses of 1.2 mln dlrs, are being sold."
    assert facts_of(text, [ACME], "FinancialMetric") == []


def test_news_agencies_never_own_an_ownerless_metric(nlp):
    text = "Acme Corp was quiet, according to Reuters. Turnover was up 3% to £40m."
    entities = [Entity("acme", "Acme Corp", "Organization", "Company"), Entity("reuters", "Reuters", "Organization", "MediaOrganization")]
    mentions = [Mention(0, 9, "Acme Corp", "Organization", entity_id="acme"), Mention(34, 41, "Reuters", "Organization", entity_id="reuters")]
    facts = extract_facts(nlp(text), entities, mentions, Document("d", text))
    assert [(fact.type, dict(fact.roles)) for fact in facts] == [("FinancialMetric", {"organization": "acme"})]


def test_metric_at_a_company(facts_of):
    facts = facts_of("Sales at Acme Corp rose 5% to £2bn.", [ACME], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [
        ({"organization": "acme"}, {"metric": "sales", "amount": Amount(2_000_000_000.0, "GBP"), "change": 0.05})
    ]


def test_sum_before_an_unrelated_metric_word_is_not_its_amount(facts_of):
    text = "Acme Corp said its offer includes two billion dlrs of payments based on future profits."
    assert facts_of(text, [ACME, ("its", "acme", "Organization", "pronoun")], "FinancialMetric") == []
    stated = facts_of("Acme Corp booked $2 billion in sales last year.", [ACME], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["amount"]) for fact in stated] == [("sales", Amount(2_000_000_000.0, "USD"))]


def test_a_sum_belongs_to_the_nearest_metric(facts_of):
    text = "Acme Corp's sales are picking up and total revenue for 2005 was 8bn euros."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["amount"]) for fact in facts] == [("revenue", Amount(8_000_000_000.0, "EUR"))]


def test_the_level_risen_to_not_the_change(facts_of):
    rose = facts_of("Acme Corp's turnover rose $7.2bn to $170.8bn.", [ACME], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["amount"]) for fact in rose] == [("turnover", Amount(170_800_000_000.0, "USD"))]
    expected = facts_of("Acme Corp's turnover is expected to fall $2bn to $7bn.", [ACME], "FinancialMetric")
    assert [(fact.status, fact.attributes["amount"]) for fact in expected] == [("expected", Amount(7_000_000_000.0, "USD"))]


def test_negated_rise_states_no_level(facts_of):
    facts = facts_of("Acme Corp's turnover did not rise $2bn to $7bn.", [ACME], "FinancialMetric")
    assert Amount(7_000_000_000.0, "USD") not in [fact.attributes["amount"] for fact in facts]


def test_to_that_is_no_level_is_a_near_miss(facts_of):
    facts = facts_of("Acme Corp's turnover rose $2bn, to the delight of investors.", [ACME], "FinancialMetric")
    assert [fact.attributes["amount"] for fact in facts] == [Amount(2_000_000_000.0, "USD")]


def test_a_level_another_subject_rose_to_is_a_near_miss(facts_of):
    facts = facts_of("Acme Corp shares rose eight cents to 4.50 dlrs on turnover of 182,000 shares.", [ACME], "FinancialMetric")
    assert Amount(4.5, "USD") not in [fact.attributes["amount"] for fact in facts]


def test_earned_and_lost_a_sum_report_a_metric(facts_of):
    facts = facts_of("Acme Corp earned $630m in 2004.", [ACME], "FinancialMetric")
    assert [(f.roles, f.attributes, f.extractor) for f in facts] == [
        ({"organization": "acme"}, {"metric": "earnings", "amount": Amount(630e6, "USD"), "period": "2004"}, "financialmetric.verb")
    ]
    facts = facts_of("Acme Corp lost 330m euros in 2003.", [ACME], "FinancialMetric")
    assert [(f.attributes["metric"], f.attributes["amount"]) for f in facts] == [("loss", Amount(330e6, "EUR"))]


def test_losing_no_sum_reports_no_metric(facts_of):
    assert facts_of("Shares in Acme Corp lost 5% on Monday.", [ACME], "FinancialMetric") == []
    assert facts_of("Acme Corp lost its chief executive in 2003.", [ACME], "FinancialMetric") == []


def test_a_metric_on_a_copula_s_predicate_is_the_subject_s_not_the_possessor_s(facts_of):
    text = "Acme Corp is now Canada's biggest mining company, with 1986 revenues of 4.6 billion Canadian dlrs."
    facts = facts_of(text, [ACME, ("Canada", "canada", "Place")], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes["amount"]) for fact in facts] == [({"organization": "acme"}, Amount(4_600_000_000.0, "CAD"))]


def test_a_metric_companies_own_together_is_no_one_s(facts_of):
    text = "The defendants included Acme Corp and Borg Inc. Regulators wanted the tobacco firms to surrender $150bn in profits."
    assert facts_of(text, [ACME, ("Borg Inc", "borg", "Organization")], "FinancialMetric") == []
    text = "Acme Corp was accused. Prosecutors asked the firm to hand over $95bn in profits."
    assert [dict(fact.roles) for fact in facts_of(text, [ACME], "FinancialMetric")] == [{"organization": "acme"}]


def test_a_metric_in_a_change_takes_the_change_s_status(facts_of):
    text = "Brokers say Acme Corp is likely to report a small drop in full-year pre-tax profits to £95m."
    assert [fact.status for fact in facts_of(text, [ACME], "FinancialMetric")] == ["expected"]


def test_a_change_belongs_to_the_metric_of_its_own_clause(facts_of):
    text = "Quintara revenue rose 12% to 127.1 billion yuan last year, while Zorvex Corp made a profit of £146m."
    surfaces = [("Quintara", "quintara", "Organization"), ("Zorvex Corp", "zorvex", "Organization")]
    facts = facts_of(text, surfaces, "FinancialMetric")
    assert {f.roles["organization"]: f.attributes.get("change") for f in facts} == {"quintara": 0.12, "zorvex": None}


def test_a_change_of_a_brand_s_metric_or_one_a_firm_saw_is_the_firm_s(pipeline_roles):
    assert pipeline_roles("Audi sold 60,000 cars in Europe. Audi-brand sales rose 4.1% to 51,200.", "FinancialMetric") == [
        {"organization": "Audi"}
    ]
    text = "Last year proved strong for Zorvex Motors, which saw revenues from its car operations grow 9%."
    assert pipeline_roles(text, "FinancialMetric") == [{"organization": "Zorvex Motors"}]


def test_a_public_body_that_says_a_figure_does_not_own_it(facts_of):
    """A statistics office or a ministry publishes a market's figures: the sales it says rose
    are not its own, whether it is the subject of "said" before or after the figure."""
    office = ("Office for Borvian Statistics", "obs", "Organization")
    department = ("Quintara Trade Department", "qtd", "Organization")
    texts = (
        "The Office for Borvian Statistics said retail sales rose 0.8% in May.",
        "Cider sales are climbing, the Quintara Trade Department said, with cider sales in 2003 up 31% at 47.2bn yuan.",
    )
    for text in texts:
        assert facts_of(text, [ACME, office, department], "FinancialMetric") == []
    facts = facts_of("Acme Corp said retail sales rose 0.8% in May.", [ACME], "FinancialMetric")
    assert [(fact.roles["organization"], fact.attributes["change"]) for fact in facts] == [("acme", 0.008)]


def test_a_whole_company_figure_with_no_owner_is_the_story_company_s(facts_of):
    text = "Acme Corp's profits fell 7% to £4.8bn. Cheaper rivals hit profits, but global sales were up 2% in 2004."
    facts = [fact for fact in facts_of(text, [ACME], "FinancialMetric") if fact.attributes["metric"] == "sales"]
    assert [(fact.roles, fact.attributes["change"], fact.attributes["period"]) for fact in facts] == [({"organization": "acme"}, 0.02, "2004")]
    text = "Acme Corp's profits fell 8% to £3.7bn. Retail sales were up 1% in 2004, the statistics office said."
    assert [fact.attributes["metric"] for fact in facts_of(text, [ACME], "FinancialMetric")] == ["profit"]


def test_a_total_with_no_owner_after_a_unit_s_figures_is_the_unit_owner_s(pipeline_roles):
    """"Total operating profits" after a sentence on the group's chemical business are the
    group's, not the business's."""
    text = "Zorvex Corp's chemical business provided 1986 operating profits of 121 mln dlrs on revenues of 0.93 billion dlrs. Total operating profits were 412 mln dlrs."
    assert [roles["organization"] for roles in pipeline_roles(text, "FinancialMetric")] == ["Zorvex chemical business", "Zorvex chemical business", "Zorvex"]


def test_a_sum_paid_to_settle_or_as_a_fine_is_a_metric(facts_of):
    def read(text: str) -> list[tuple[str, Amount, str]]:
        facts = facts_of(text, [ACME, ("Borg Inc", "borg", "Organization")], "FinancialMetric")
        return [(fact.attributes["metric"], fact.attributes["amount"], fact.status) for fact in facts]

    assert read("Acme Corp has agreed to pay a total of $9.2m to settle a lawsuit by its dealers.") == [
        ("settlement payment", Amount(9_200_000.0, "USD"), "agreed")
    ]
    assert read("Acme Corp has agreed to pay a $1.5m fine for bribing an official.") == [("fine", Amount(1_500_000.0, "USD"), "agreed")]
    assert read("Acme Corp agreed to pay $13m in criminal penalties.") == [("fine", Amount(13_000_000.0, "USD"), "agreed")]
    assert read("Acme Corp will pay 40 mln dlrs for Borg Inc.") == []
    assert read("Acme Corp will pay off a $27m tax bill.") == []


def test_a_metric_word_qualifying_another_noun_names_no_metric(facts_of):
    def amounts(text: str) -> list[Amount]:
        surfaces = [ACME, ("its", "acme", "Organization", "pronoun")]
        return [fact.attributes["amount"] for fact in facts_of(text, surfaces, "FinancialMetric")]

    assert amounts("Acme Corp agreed a sales price of 260 mln dlrs for the office towers.") == []
    assert amounts("Acme Corp raised its 1988 earnings estimate to 1.05 dlrs a share.") == []
    assert amounts("Acme Corp said it would raise its 2005 dividend payment to 45 euro cents.") == [Amount(0.45, "EUR")]


def test_the_level_a_rise_noun_takes_a_metric_to(facts_of):
    facts = facts_of("Acme Corp topped estimates, posting a 38% rise in profits for the year to £154m from £112m.", [ACME], "FinancialMetric")
    assert [(fact.attributes["amount"], fact.attributes["change"]) for fact in facts] == [(Amount(154_000_000.0, "GBP"), 0.38)]


def test_an_amount_after_the_period_phrase_of_a_metric(facts_of):
    facts = facts_of("Acme Corp had sales in the fiscal year ended June 30, 1986 of roughly 3.4 mln dlrs.", [ACME], "FinancialMetric")
    assert [fact.attributes["amount"] for fact in facts] == [Amount(3_400_000.0, "USD")]


def test_a_metric_conjoined_to_an_object_is_the_subject_s(facts_of):
    text = "Acme Corp said Borg Inc has 2,400 employees and annual sales of 117 mln dlrs."
    facts = facts_of(text, [ACME, ("Borg Inc", "borg", "Organization")], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes["amount"]) for fact in facts] == [({"organization": "borg"}, Amount(117_000_000.0, "USD"))]


def test_a_sum_an_organization_made_is_its_profit(facts_of):
    def amounts(text: str) -> list[Amount]:
        return [fact.attributes["amount"] for fact in facts_of(text, [ACME, ("Borg Inc", "borg", "Organization")], "FinancialMetric")]

    assert sorted(amounts("In the year to end-1986 Acme Corp made 9.4 mln dlrs on turnover of 27.8 mln dlrs."), key=lambda a: a.value) == [
        Amount(9_400_000.0, "USD"),
        Amount(27_800_000.0, "USD"),
    ]
    assert amounts("Acme Corp has made 40 mln dlrs of acquisitions this year.") == []
    assert amounts("Acme Corp made $5m available to Borg Inc.") == []


def test_a_combined_metric_has_no_one_owner(facts_of):
    text = "Acme Corp agreed to buy five companies with combined 1987 revenues of about 25 mln dlrs."
    assert facts_of(text, [ACME], "FinancialMetric") == []


def test_a_change_retold_with_its_amount_is_one_figure(facts_of):
    text = "Acme Corp saw its annual profits drop 33%. Acme Corp's net income fell to 537m euros during 2004."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [fact.attributes["amount"] for fact in facts] == [Amount(537_000_000.0, "EUR")]
    forecast = "Acme Corp expects a 5% rise in earnings next year. Acme Corp's net income fell to 537m euros during 2004."
    assert len(facts_of(forecast, [ACME], "FinancialMetric")) == 2


def test_the_level_a_metric_fell_from_one_sum_to(facts_of):
    """"from £36.1m to £19.4m": the parser hangs "to £19.4m" under "from", the level is still the
    second sum."""
    facts = facts_of("But Acme Corp's turnover dropped sharply from £36.1m to £19.4m over those months.", [ACME], "FinancialMetric")
    assert [fact.attributes["amount"] for fact in facts] == [Amount(19_400_000.0, "GBP")]


def test_a_change_told_in_a_with_phrase_with_no_verb(facts_of, summary):
    """"with sales down 3.1%": the adverb is the change; whose it is, the subject of the clause the
    phrase hangs on, else that verb's object ("a switch to new models hit Acme")."""
    facts = facts_of("A change of models hit upmarket brand Acme Corp, with sales down 4.6% at 820,000.", [ACME], "FinancialMetric")
    assert summary(facts) == [("FinancialMetric", {"organization": "acme"}, "completed")]
    assert facts[0].attributes == {"metric": "sales", "change": -0.046}
    facts = facts_of("Acme Corp had a good year, with profits up 12%.", [ACME], "FinancialMetric")
    assert [fact.attributes for fact in facts] == [{"metric": "profit", "change": 0.12}]


def test_a_change_in_a_with_phrase_the_parser_hangs_on_the_metric_or_the_clause(facts_of):
    """"with sales up 5%" where "up" hangs on "sales", and "felt little cheer with December sales
    down 0.7%" where "down" hangs on the verb: the adverb is still the metric's change."""
    facts = facts_of("Acme Corp had a strong Christmas, with sales up 5%.", [ACME], "FinancialMetric")
    assert [fact.attributes for fact in facts] == [{"metric": "sales", "change": 0.05}]
    text = "Florist Acme Corp also felt little festive cheer with December sales down 1.3% on the same month last year."
    assert [fact.attributes for fact in facts_of(text, [ACME], "FinancialMetric")] == [{"metric": "sales", "change": -0.013, "period": "December"}]


def test_a_change_the_verb_leaves_its_object_at(facts_of):
    """"leaving its sales 5% higher": the comparative the verb leaves the metric at is the change."""
    text = "Acme Corp also struggled as the hoped-for rush never came, leaving its same store sales 4% higher."
    facts = facts_of(text, [ACME, ("its", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"organization": "acme"}, {"metric": "sales", "change": 0.04})]


def test_a_metric_a_metric_subject_lifts_is_the_story_company_s(facts_of):
    """"Sales climbed ..., lifting revenue for the year to 1.12bn euros": the subject is a metric
    with no owner, so no owner of the revenue either; the company the text is about owns both."""
    text = "Acme Corp said profit was 88.2m euros. Sales climbed to 250.6m euros, lifting revenue for the year to 1.12bn euros."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert Amount(1_120_000_000.0, "EUR") in [fact.attributes["amount"] for fact in facts if fact.attributes["metric"] == "revenue"]


def test_a_gain_or_charge_booked_is_a_metric(facts_of):
    text = "Acme Corp said it plans to record a pretax gain of 2.6 mln dlrs in the first quarter on selling a warehouse."
    facts = facts_of(text, [ACME, ("it", "acme", "Organization", "pronoun")], "FinancialMetric")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [
        ({"organization": "acme"}, {"metric": "gain", "amount": Amount(2_600_000.0, "USD"), "period": "the first quarter"})
    ]
    charged = facts_of("Acme Corp took a pre-tax charge of $415m in the third quarter.", [ACME], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["amount"]) for fact in charged] == [("charge", Amount(415_000_000.0, "USD"))]


def test_an_amount_modifying_the_metric_beats_one_after_it(facts_of):
    text = "Acme Corp took a 1.2bn euro one-off charge in the third quarter, including a 480m euro write-down on its Zorvex unit."
    facts = facts_of(text, [ACME], "FinancialMetric")
    assert [(fact.attributes["metric"], fact.attributes["amount"]) for fact in facts] == [("charge", Amount(1_200_000_000.0, "EUR"))]


def test_a_sum_without_its_currency_takes_the_story_s_last_one(facts_of):
    text = "Acme Corp bid 18 mln stg. Acme reported pretax profits of 8.14 mln after 7.02 mln previously on turnover that rose to 151.6 mln from 133.8 mln."
    facts = facts_of(text, [ACME, ("Acme", "acme", "Organization")], "FinancialMetric")
    assert sorted((fact.attributes["metric"], fact.attributes["amount"]) for fact in facts) == [
        ("profit", Amount(8_140_000.0, "GBP")),
        ("turnover", Amount(151_600_000.0, "GBP")),
    ]


def test_a_restated_sum_is_a_correction_not_the_metric(facts_of):
    for text in ("Acme Corp restated earnings by $3bn in 2005 after an audit of its accounts.", "Acme Corp might be forced to restate $6bn of earnings from the last three years."):
        assert facts_of(text, [ACME], "FinancialMetric") == []


def test_the_date_of_a_compared_figure_is_not_the_metric_s_period(facts_of):
    """A year right after the figure a metric rose from, a comparative date, and a date inside a
    comparison phrase date the earlier figure; the compared figure keeps its own, and a date a
    link on the metric word gives is the metric's ("the charge from the previous quarter")."""

    def periods(text: str) -> list[tuple[float, str | None]]:
        facts = facts_of(text, [ACME], "FinancialMetric")
        return sorted((fact.attributes["amount"].value, fact.attributes.get("period")) for fact in facts)

    assert periods("Acme Corp's net profit climbed to 21.4 billion lire from 512 mln lire in 1985.") == [(21_400_000_000.0, None)]
    assert periods("Acme Corp's sales jumped to 7.4bn yuan, from 4bn yuan a year earlier.") == [(7_400_000_000.0, None)]
    assert periods("For the whole of 2004, Acme Corp made $2.9bn, down from $3.1bn in 2003.") == [(2_900_000_000.0, "2004")]
    assert periods("Acme Corp posted a net profit of 17bn kronor for 2004, compared with a loss of 9.6bn kronor in 2003.") == [
        (9_600_000_000.0, "2003"),
        (17_000_000_000.0, "2004"),
    ]
    assert periods("Acme Corp had a loss from operations of 315,000 dlrs in fiscal 1986.") == [(315_000.0, "fiscal 1986")]
    assert periods("Acme Corp took a charge of $540m, on top of the $210m charge from the previous quarter.") == [
        (210_000_000.0, "the previous quarter"),
        (540_000_000.0, None),
    ]
