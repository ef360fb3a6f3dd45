"""Location: based/headquartered, company noun phrases with places or demonyms, facilities."""

from __future__ import annotations

import pytest

from kg.facts.surface import patterns

ACME = ("Acme Corp", "acme", "Organization")
MADRID, SPAIN = ("Madrid", "madrid", "Place"), ("Spain", "spain", "Place")


def test_based_in_and_hyphenated_based(facts_of, summary):
    expected = [("Location", {"entity": "acme", "place": "madrid"}, "active")]
    headquartered = facts_of("Acme Corp, headquartered in Madrid, makes shoes.", [ACME, MADRID], "Location")
    assert summary(headquartered) == expected
    assert headquartered[0].attributes == {"kind": "headquarters"}
    assert summary(facts_of("Madrid-based Acme Corp makes shoes.", [ACME, MADRID], "Location")) == expected


def test_a_based_modifier_on_a_later_list_item_places_that_item_alone(facts_of, summary):
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("A tie-up between Acme Corp and Madrid-based Borg Inc would create a big bank.", [ACME, borg, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "borg", "place": "madrid"}, "active")]
    facts = facts_of("Madrid-based Acme Corp and Borg Inc agreed to merge.", [ACME, borg, MADRID], "Location")
    assert sorted(f.roles["entity"] for f in facts) == ["acme", "borg"]


def test_list_items_each_based_somewhere_are_placed_apart(pipeline_roles):
    """The first item's "Boston-based" does not reach a later item with a "-based" of its own."""
    for text in (
        "The firms, Boston-based Zorvex Corp and Bermuda-based Quintara Ltd, said they bought shares.",
        "A group led by Bermuda-based Quintara Ltd and Boston-based Zorvex Corp said it raised its stake.",
    ):
        assert sorted(tuple(roles.values()) for roles in pipeline_roles(text, "Location")) == [("Quintara", "Bermuda"), ("Zorvex", "Boston")]


def test_a_description_set_off_after_a_marked_name_places_it(pipeline_roles):
    text = "Belknap could reach new buyers through <Zorvex Farmlands Ltd>, a quoted Australian firm in which it holds 25 pct."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex Farmlands", "place": "Australia"}]
    text = "An official said <Zorvex Farmlands Ltd>, an Australian firm 25 pct held by <Quintara Ltd>, plans a branch."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex Farmlands", "place": "Australia"}]


def test_a_football_club_is_placed_by_its_nationality(pipeline_roles):
    text = "Shares in struggling German football club Borg Rovers slipped on Monday."
    assert pipeline_roles(text, "Location") == [{"entity": "Borg Rovers", "place": "Germany"}]


def test_a_possessive_country_before_a_listed_name_places_it(pipeline_roles):
    text = "Offers came from rival builders such as France's Belknap Aero, Sweden's Kelvaro and Russia's Tarnfield-Borvia."
    assert {"entity": "Tarnfield-Borvia", "place": "Russia"} in pipeline_roles(text, "Location")
    assert pipeline_roles("France's Cac index of leading shares fell.", "Location") == []


def test_a_company_noun_a_name_is_set_off_after_describes_it(pipeline_roles):
    text = "A director of Germany's central bank, the Zorvexbank, said the market should stay in Frankfurt."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvexbank", "place": "Germany"}]


def test_demonym_company_noun_needs_the_place_entity(facts_of, summary):
    text = "Spanish shoemaker Acme Corp sells shoes in Spain."
    facts = facts_of(text, [ACME, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert facts[0].extractor == "location.company_place"
    assert facts_of("Spanish shoemaker Acme Corp sells shoes.", [ACME], "Location") == []


def test_place_name_before_a_misparsed_company_noun(facts_of, summary):
    uk = ("UK", "united-kingdom", "Place")
    facts = facts_of("UK sportswear firm Acme Corp has posted a 222% rise in annual profit.", [ACME, uk], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "united-kingdom"}, "active")]
    assert facts[0].extractor == "location.company_place"
    broker = facts_of("Jobs are to go at UK insurance broker Acme Corp after losses.", [ACME, uk], "Location")
    assert summary(broker) == [("Location", {"entity": "acme", "place": "united-kingdom"}, "active")]


def test_description_with_place_and_possessive_ranking(facts_of, summary):
    described = facts_of("Acme Corp grew as the Spain retailer cut prices.", [ACME, SPAIN, ("the Spain retailer", "acme", "Organization", "description")], "Location")
    assert summary(described) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    ranked = facts_of("Acme Corp, Spain's largest retailer, grew.", [ACME, SPAIN], "Location")
    assert summary(ranked) == [("Location", {"entity": "acme", "place": "spain"}, "active")]


def test_facility_under_consideration(facts_of, summary):
    facts = facts_of("Acme Corp is mulling the establishment of a distribution center in Madrid.", [ACME, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "madrid"}, "considering")]
    assert facts[0].attributes == {"kind": "facility"}


def test_a_possessed_facility_is_there_now_whatever_is_still_to_come(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    for text in ("Acme Corp's offices in Madrid will be the hardest hit.", "Acme Corp agreed to stop selling rifles in its Madrid shops from May."):
        assert summary(facts_of(text, [ACME, its, MADRID], "Location")) == [("Location", {"entity": "acme", "place": "madrid"}, "active")]
    planned = facts_of("Acme Corp plans to build a plant in Madrid.", [ACME, MADRID], "Location")
    assert summary(planned) == [("Location", {"entity": "acme", "place": "madrid"}, "planned")]


def test_a_possessed_facility_its_own_modifier_marks_as_to_come_is_not_there_yet(facts_of, summary):
    its = ("its", "acme", "Organization", "pronoun")
    for text in ("Acme Corp agreed to sell rifles in its planned Madrid shops from May.", "Acme Corp's proposed offices in Madrid will be the largest it has."):
        assert summary(facts_of(text, [ACME, its, MADRID], "Location")) == [("Location", {"entity": "acme", "place": "madrid"}, "planned")]


def test_where_clause_locations_are_operations(facts_of, summary):
    facts = facts_of("Shoppers like stores in Spain, where Acme Corp has 400 locations.", [ACME, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert facts[0].attributes == {"kind": "operations"}


def test_where_a_company_makes_its_goods_is_a_facility(facts_of, summary):
    facts = facts_of("Acme Corp assembles its cheaper sedans in Spain and sells them abroad.", [ACME, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert facts[0].attributes == {"kind": "facility"}
    facts = facts_of("The new pumps will use a motor Acme Corp produces in Madrid.", [ACME, MADRID], "Location")
    assert [f.roles for f in facts] == [{"entity": "acme", "place": "madrid"}]


def test_customers_in_a_place_are_no_location(facts_of):
    assert facts_of("Acme Corp sold shoes to customers in Madrid.", [ACME, MADRID], "Location") == []


def test_company_of_a_place_in_wire_copy(facts_of, summary):
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("Borg Inc and Acme Corp of\nMadrid said they signed an agreement.", [ACME, borg, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "madrid"}, "active")]
    assert facts[0].attributes == {"kind": "headquarters"}
    assert facts_of("Shares of Acme Corp rose in Madrid.", [ACME, MADRID], "Location") == []
    assert facts_of("The Bank of Madrid said so.", [("Bank of Madrid", "bom", "Organization"), MADRID], "Location") == []
    bracketed = facts_of("Borg Inc agreed to merge with (Acme Corp) of Madrid.", [ACME, borg, MADRID], "Location")
    assert summary(bracketed) == [("Location", {"entity": "acme", "place": "madrid"}, "active")]


def test_name_in_apposition_to_a_placed_company_noun(facts_of, summary):
    expected = [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert summary(facts_of("Spain aircraft firm Acme Corp has unveiled its new plane.", [ACME, SPAIN], "Location")) == expected
    assert summary(facts_of("Acme Corp is Spain's second-biggest shoe firm.", [ACME, SPAIN], "Location")) == expected
    assert facts_of("Acme Corp is the second-biggest shoe firm.", [ACME, SPAIN], "Location") == []


def test_company_comma_of_place_and_unit_operations(facts_of, summary):
    facts = facts_of("The unit was bought as Acme Corp, of Madrid, in 1980.", [ACME, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "madrid"}, "active")]
    unit = facts_of("Borg Inc agreed to buy Acme Corp's Spanish unit, Cyber Ltd.",
                    [ACME, SPAIN, ("Borg Inc", "borg", "Organization"), ("Cyber Ltd", "cyber", "Organization"),
                     ("Acme Corp's Spanish unit", "cyber", "Organization", "description")], "Location")
    assert [(dict(fact.roles), fact.attributes) for fact in unit] == [({"entity": "cyber", "place": "spain"}, {"kind": "operations"})]


def test_place_named_before_a_facility_noun(facts_of, summary):
    assert summary(facts_of("Acme Corp's Madrid plant employs 500 people.", [ACME, MADRID], "Location")) == [
        ("Location", {"entity": "acme", "place": "madrid"}, "active")
    ]
    text = "Acme Corp may sell shares to Borg Inc, which could free up money for any Spain operations."
    assert facts_of(text, [ACME, SPAIN, ("Borg Inc", "borg", "Organization")], "Location") == []


def test_two_word_demonym(facts_of, summary):
    south_africa = ("South Africa", "south-africa", "Place")
    facts = facts_of("Acme Corp sold its South African subsidiary Borg Inc.", [ACME, south_africa, ("Africa", "africa", "Place"), ("Borg Inc", "borg", "Organization"), ("its", "acme", "Organization", "pronoun")], "Location")
    assert summary(facts) == [("Location", {"entity": "borg", "place": "south-africa"}, "active")]


def test_a_wire_marked_name_of_a_place(facts_of, summary):
    text = "Kelvaro Software Inc said it bought <Tarnfield 4 Inc> of Boulder, Colo., and sold its stake in <Belknap Inc> of the U.S."
    surfaces = [
        ("Kelvaro Software Inc", "kelvaro", "Organization"),
        ("Tarnfield 4 Inc", "tarnfield", "Organization"),
        ("Boulder", "boulder", "Place"),
        ("Belknap Inc", "belknap", "Organization"),
        ("U.S.", "us", "Place"),
    ]
    facts = facts_of(text, surfaces, "Location")
    assert sorted((f.roles["entity"], f.roles["place"], f.extractor) for f in facts) == [
        ("belknap", "us", "location.of_place"),
        ("tarnfield", "boulder", "location.of_place"),
    ]


def test_a_hyphened_pair_of_nationalities_gives_both_homes(pipeline_roles) -> None:
    for text, expected in [
        ("German-US car firm Zorvex Motors said sales rose.", {"Germany", "United States"}),
        ("Anglo-Dutch consumer goods giant Zorvex Corp is to merge its two management boards.", {"United Kingdom", "Netherlands"}),
    ]:
        assert {roles["place"] for roles in pipeline_roles(text, "Location")} == expected


def test_a_place_opening_a_described_company_s_phrase_is_its_home(facts_of, summary):
    """The parser hangs "New York" on "arbitrage", two words below "partnership"."""
    text = "Acme Corp, a New York risk arbitrage and stock trading partnership, bought shares."
    new_york = ("New York", "new-york", "Place")
    assert summary(facts_of(text, [ACME, new_york], "Location")) == [("Location", {"entity": "acme", "place": "new-york"}, "active")]
    assert facts_of("Acme Corp, a risk arbitrage firm with New York offices, bought shares.", [ACME, new_york], "Location") == []


def test_a_place_on_the_noun_a_name_modifies_or_on_a_list_of_firms(facts_of):
    def places(text: str, surfaces) -> list[tuple[str, str]]:
        return sorted((fact.roles["entity"], fact.roles["place"]) for fact in facts_of(text, surfaces, "Location"))

    sweden = ("Sweden", "sweden", "Place")
    assert places("Sweden's Kelvaro group said it lifted its holding.", [sweden, ("Kelvaro", "kelvaro", "Organization")]) == [
        ("kelvaro", "sweden")
    ]
    us, gm, ford = ("US", "us", "Place"), ("General Motors", "gm", "Organization"), ("Ford", "ford", "Organization")
    assert places("US car firms General Motors and Ford cut production.", [us, gm, ford]) == [("ford", "us"), ("gm", "us")]
    assert places("US car firm General Motors and Ford cut production.", [us, gm, ford]) == [("gm", "us")]


def test_an_unhyphenated_based_on_a_predicate_noun_places_the_subject(facts_of):
    text = "Borg Inc, the US arm of Germany's Acme Corp, was the only Detroit based automaker to gain market share."
    surfaces = [ACME, ("Borg Inc", "borg", "Organization"), ("US", "us", "Place"), ("Germany", "germany", "Place"), ("Detroit", "detroit", "Place")]
    places = sorted((f.roles["entity"], f.roles["place"]) for f in facts_of(text, surfaces, "Location"))
    assert places == [("acme", "germany"), ("borg", "detroit"), ("borg", "us")]


def test_a_place_after_a_company_name_whatever_the_parser_hung_it_on(facts_of, summary):
    # The parser hangs "in Bradenton" on "chairman".
    text = "The company said John Smith, chairman and chief executive officer of Acme Corp in Bradenton, Fla., will serve in that capacity."
    facts = facts_of(text, [ACME, ("Bradenton", "bradenton", "Place"), ("Fla.", "florida", "Place"), ("John Smith", "smith", "Person")], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "bradenton"}, "active")]
    assert facts_of("Acme Corp invested in Madrid last year.", [ACME, MADRID], "Location") == []


def test_a_company_noun_in_apposition_in_a_place(pipeline_roles):
    text = "Italy's Kelvaro Vini has agreed to buy 25% of Tarnfield, the biggest wine maker in China."
    assert {"entity": "Tarnfield", "place": "China"} in pipeline_roles(text, "Location")
    assert pipeline_roles("Zorvex Corp invested $5m in China.", "Location") == []


def test_a_possessive_place_ranking_after_a_name_and_its_bracketed_short_form(facts_of, summary):
    text = "Zorvex Bank agreed to buy a stake in <Banco Acme Sarl> (BAS), Spain's largest merchant bank, an official said."
    surfaces = [("Zorvex Bank", "zorvex", "Organization"), ("Banco Acme Sarl", "acme", "Organization"), ("BAS", "acme", "Organization"), SPAIN]
    facts = facts_of(text, surfaces, "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert facts[0].extractor == "location.surface_possessive_place_company"


def test_a_place_before_a_unit_noun_locates_the_unit_it_names(facts_of, summary):
    us = ("US", "us", "Place/Country")
    borg, cyber = ("Borg Inc", "borg", "Organization"), ("Cyber Labs", "cyber", "Organization")
    facts = facts_of("Acme Corp acquired 67.7% of Borg Inc's US affiliate Cyber Labs.", [ACME, borg, cyber, us], "Location")
    assert [(dict(f.roles), f.attributes) for f in facts] == [({"entity": "cyber", "place": "us"}, {"kind": "operations"})]


def test_a_number_standing_for_a_facility_noun_has_its_own_place(facts_of):
    us, canada = ("U.S.", "us", "Place/Country"), ("Canada", "canada", "Place/Country")
    text = "Acme Corp employs 6,000 staff and has three paper plants in the U.S. and two in Canada."
    facts = facts_of(text, [ACME, us, canada], "Location")
    assert sorted(f.roles["place"] for f in facts) == ["canada", "us"]


def test_a_possessed_facility_named_by_town_and_state(facts_of):
    toledo, ohio, jeep = ("Toledo", "toledo", "Place/City"), ("Ohio", "ohio", "Place/State"), ("Jeep", "jeep", "Product")
    its = ("its", "acme", "Organization", "pronoun")
    facts = facts_of("Acme Corp said its Toledo, Ohio, Jeep plant would close.", [ACME, toledo, ohio, jeep, its], "Location")
    assert sorted((f.roles["place"], f.attributes["kind"]) for f in facts) == [("ohio", "facility"), ("toledo", "facility")]


def test_facilities_spread_across_listed_places(facts_of):
    utah, idaho = ("Utah", "utah", "Place/State"), ("Idaho", "idaho", "Place/State")
    facts = facts_of("Acme Corp runs nine open-pit mines across Utah and Idaho.", [ACME, utah, idaho], "Location")
    assert sorted((f.roles["entity"], f.roles["place"], f.attributes["kind"]) for f in facts) == [
        ("acme", "idaho", "facility"),
        ("acme", "utah", "facility"),
    ]
    facts = facts_of("Acme Corp keeps 40 stores throughout Idaho.", [ACME, idaho], "Location")
    assert [(dict(f.roles), f.attributes) for f in facts] == [({"entity": "acme", "place": "idaho"}, {"kind": "operations"})]


def test_staff_in_a_place_are_the_company_operating_there(facts_of):
    frankfurt = ("Frankfurt", "frankfurt", "Place/City")
    facts = facts_of("Unions for Acme Corp staff in Frankfurt fear job losses.", [ACME, frankfurt], "Location")
    assert [(dict(f.roles), f.attributes) for f in facts] == [({"entity": "acme", "place": "frankfurt"}, {"kind": "operations"})]


def test_jobs_cut_in_a_place_say_the_company_operates_there(facts_of):
    sweden = ("Sweden", "sweden", "Place/Country")
    facts = facts_of("Acme Corp said it will also cut 350 jobs in Sweden.", [ACME, sweden, ("it", "acme", "Organization", "pronoun")], "Location")
    assert [(dict(f.roles), f.attributes) for f in facts] == [({"entity": "acme", "place": "sweden"}, {"kind": "operations"})]


def test_a_firm_named_for_a_country_the_story_names_works_there(pipeline_roles):
    text = "Zorvex Canada Ltd said it would buy Tarvel Inc. Canada's rules allow it."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex Canada", "place": "Canada"}]
    assert pipeline_roles("Zorvex Canada Ltd said it would buy Tarvel Inc.", "Location") == []


def test_subsidiaries_set_up_in_a_place_say_the_parent_operates_there(facts_of, summary):
    facts = facts_of("Acme Corp plans to set up subsidiaries in Spain.", [ACME, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "planned")]
    assert facts[0].attributes == {"kind": "operations"}
    its = ("its", "acme", "Organization", "pronoun")
    assert summary(facts_of("Acme Corp said its unit in Madrid lost money.", [ACME, MADRID, its], "Location")) == [
        ("Location", {"entity": "acme", "place": "madrid"}, "active")
    ]
    assert facts_of("Acme Corp may sell a unit to a buyer in Spain.", [ACME, SPAIN], "Location") == []


def test_a_name_one_of_a_placed_kind_of_company_is_placed(pipeline_roles):
    assert pipeline_roles("Zorvex Corp, one of Russia's biggest companies, is near collapse.", "Location") == [{"entity": "Zorvex", "place": "Russia"}]
    assert pipeline_roles("Zorvex Corp is one of the leading U.S. banks.", "Location") == [{"entity": "Zorvex", "place": "United States"}]


def test_a_country_written_before_a_name_places_it(pipeline_roles):
    """The country is no part of the name; it still describes the firm, and "part of" still reads past it."""
    text = "Acme Cruises Ltd is now part of the huge US Zorvex Corporation. Zorvex said so. Zorvex shares fell. Analysts like Zorvex."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "United States"}]
    assert pipeline_roles(text, "Ownership") == [{"owned": "Acme Cruises", "owner": "Zorvex"}]
    text = "The US Zorvex Corp fined Acme Corp. Zorvex said so. Zorvex shares fell. Analysts like Zorvex. The US economy grew."
    assert {"entity": "Zorvex", "place": "United States"} in pipeline_roles(text, "Location")


def test_a_placed_facility_of_a_named_company(facts_of):
    boston = ("Boston", "boston", "Place/City")
    text = "John Smith, managing partner of the Boston office of Acme Corp, was named chairman."
    facts = facts_of(text, [ACME, boston, ("John Smith", "smith", "Person")], "Location")
    assert [(dict(f.roles), f.attributes) for f in facts] == [({"entity": "acme", "place": "boston"}, {"kind": "operations"})]


def test_a_presence_in_a_place_is_operations_there_whatever_the_verb(facts_of, summary):
    """Enhancing a presence says there is one: the state holds, not the plan."""
    facts = facts_of("Acme Corp already has a presence in Spain.", [ACME, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]
    assert facts[0].attributes == {"kind": "operations"}
    facts = facts_of("Acme Corp said the deal would enhance its presence in Spain.", [ACME, SPAIN, ("its", "acme", "Organization", "pronoun")], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "spain"}, "active")]


def test_a_based_person_is_placed_without_a_kind(facts_of, summary):
    """Where a person is based is a Location; a person's country before the name is a nationality."""
    tarvel = ("Ann Tarvel", "tarvel", "Person")
    facts = facts_of("Ann Tarvel, a Madrid-based fund manager, said shares would fall.", [tarvel, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "tarvel", "place": "madrid"}, "active")]
    assert facts[0].attributes == {}
    borvia = ("Borvia", "borvia", "Place/Country")
    assert facts_of("Borvia investor Ann Tarvel said she sold the stake.", [tarvel, borvia], "Location") == []


@pytest.mark.parametrize(
    "text",
    [
        "A group led by Tarnfield investor Ann Kelvaro said it cut its stake in Acme Corp to 4.2 pct.",
        "Acme Corp is controlled by Tarnfield financier Ann Kelvaro, who bought 7.3 pct last year.",
    ],
)
def test_a_home_town_before_a_persons_calling_places_them(text, facts_of, summary):
    """"Tarnfield investor X" says where X is based, as "Tarnfield-based investor X" would; so does
    a city before a calling that names no company ("Tarnfield financier X")."""
    kelvaro = ("Ann Kelvaro", "kelvaro", "Person")
    tarnfield = ("Tarnfield", "tarnfield", "Place/City")
    facts = facts_of(text, [kelvaro, tarnfield, ACME], "Location")
    assert summary(facts) == [("Location", {"entity": "kelvaro", "place": "tarnfield"}, "active")]
    assert facts[0].attributes == {}


def test_a_nationality_before_based_places_the_company(pipeline_roles):
    """"Swiss-based" names the country, as "Swiss" before a company noun does."""
    text = "The offer came from the U.S. subsidiary of Swiss-based Zorvex AG, the company said."
    assert {"entity": "Zorvex", "place": "Switzerland"} in pipeline_roles(text, "Location")
    assert pipeline_roles("Quintara Inc is a French-based chemical company.", "Location") == [{"entity": "Quintara", "place": "France"}]


def test_a_company_named_before_a_facility_has_it_there(facts_of, summary):
    """"the Borg factory in Madrid" is Borg's, standing whatever is to happen there."""
    borg = ("Borg", "borg", "Organization")
    facts = facts_of("Acme Corp will build a new car at its Borg factory in Madrid.", [ACME, borg, MADRID], "Location")
    assert ("Location", {"entity": "borg", "place": "madrid"}, "active") in summary(facts)
    facts = facts_of("Workers will relocate to the Borg plant at Madrid.", [borg, MADRID], "Location")
    assert summary(facts) == [("Location", {"entity": "borg", "place": "madrid"}, "active")]
    assert facts[0].attributes == {"kind": "facility"}


def test_a_nationality_before_industry_nouns_places_the_company(pipeline_roles):
    """"German telecoms firm X": the demonym hangs on "telecoms", but describes the firm."""
    assert pipeline_roles("German telecoms firm Acme Corp saw strong profits.", "Location") == [{"entity": "Acme", "place": "Germany"}]
    assert pipeline_roles("Acme Corp, the German telecoms firm, saw strong profits.", "Location") == [{"entity": "Acme", "place": "Germany"}]


def test_a_state_monopoly_is_a_company_its_nationality_places(facts_of, summary):
    """"Russian gas monopoly X": a monopoly is a company, so its demonym is its home."""
    facts = facts_of("Borg Inc is a former unit of Russian gas monopoly Acme Corp.", [ACME, ("Borg Inc", "borg", "Organization"), ("Russia", "russia", "Place/Country")], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "russia"}, "active")]


def test_a_region_of_a_country_places_a_company_by_its_demonym(pipeline_roles):
    """"Scottish club X" names Scotland, a region inside a country; "European" stays no home."""
    assert pipeline_roles("Acme Corp signed a deal with Scottish club Quintara Rovers.", "Location") == [{"entity": "Quintara Rovers", "place": "Scotland"}]
    assert pipeline_roles("Acme Corp signed a deal with European club Quintara Rovers.", "Location") == []


def test_a_place_before_a_companys_assets_is_where_it_operates(facts_of, summary):
    """"the Spain assets of Borg": Borg operates in Spain, whoever buys them."""
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("Acme Corp agreed to buy the Spain assets of Borg Inc.", [ACME, borg, SPAIN], "Location")
    assert summary(facts) == [("Location", {"entity": "borg", "place": "spain"}, "active")]
    assert facts[0].attributes == {"kind": "operations"}


def test_a_plural_company_noun_before_names_places_them(pipeline_roles):
    """"Japanese carmakers X and Y": a plural company noun with names right after it describes
    them ("Japanese investors" alone names no one); a marque is a company noun."""
    assert {"entity": "Acme", "place": "Japan"} in pipeline_roles("Japanese carmakers Acme Corp and Borg Inc raised prices.", "Location")
    assert pipeline_roles("German marque Acme Motors raised prices.", "Location") == [{"entity": "Acme Motors", "place": "Germany"}]


def test_a_city_and_an_abbreviated_state_before_based_place_the_company(pipeline_roles):
    text = "Acme Corp agreed to acquire Portland, Ore.-based Zorvex Inc for 5.5 mln shares."
    assert sorted((roles["entity"], roles["place"]) for roles in pipeline_roles(text, "Location")) == [("Zorvex", "Oregon"), ("Zorvex", "Portland")]


def test_a_demonym_before_a_plural_company_noun_places_each_listed_name(pipeline_roles):
    """"US rivals X and Y": the parse makes "rivals" a verb, the word order still places both."""
    text = "Acme Corp avoided the fate of US rivals Zorvex Corp and Quintara Inc, both of whom lost ground."
    assert sorted((roles["entity"], roles["place"]) for roles in pipeline_roles(text, "Location")) == [
        ("Quintara", "United States"),
        ("Zorvex", "United States"),
    ]


def test_a_possessive_country_before_a_long_description_set_off_after_a_name_places_it(pipeline_roles):
    """"X, Scotland's best-known football team,": the country's possessive reaches past several
    words to a club or team as to a company noun."""
    text = "Shares in Tarvel Rovers, Scotland's best-known football team, fell."
    assert pipeline_roles(text, "Location") == [{"entity": "Tarvel Rovers", "place": "Scotland"}]


def test_a_place_between_a_possessor_and_its_operations_places_the_possessor(pipeline_roles):
    """"its US catering business": the company works in that place."""
    text = "Acme Corp said its profit fell. It was hit by troubles at its US catering business."
    assert pipeline_roles(text, "Location") == [{"entity": "Acme", "place": "United States"}]


def test_the_places_before_operations_of_a_company_place_it(pipeline_roles):
    """"the U.S. and United Kingdom assets of X": X works in both places."""
    text = "Acme Corp agreed to purchase the U.S. and United Kingdom assets of Zorvex Co."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex") == ["United Kingdom", "United States"]


def test_a_demonym_before_a_regulator_places_it(pipeline_roles):
    """"French stock market regulator X": a regulator, like a company, is placed by its demonym."""
    text = "French stock market regulator Zorvex has filed complaints against Acme Corp."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "France"}]



def test_a_demonym_after_a_listed_name_places_the_company_named_after_its_noun(pipeline_roles):
    """"X and French telecoms firm Y": the word-order pattern does not take the name before "and"
    for the place and stop there, however the parse hangs "French"; "UK drinks and food firm Y"
    keeps its "and" inside the industry words."""
    pattern = next(pattern for pattern in patterns("Location") if pattern.name == "demonym_company")
    found = [match.groupdict() for match in pattern.regex.finditer("⟦0⟧ and French telecommunications firm ⟦1⟧ made an offer .")]
    assert [(groups["place"], groups["entity"]) for groups in found] == [("French", "⟦1⟧")]
    text = "Shares in UK drinks and food firm Tarvel Holdings have risen."
    assert pipeline_roles(text, "Location") == [{"entity": "Tarvel Holdings", "place": "United Kingdom"}]


def test_a_city_set_before_a_state_based_modifier_of_a_noun_places_its_company(pipeline_roles):
    """"the Richardson, Texas-based contractor": the parse hangs the city on the noun, not on
    "based", yet the city is the company's home as much as the state."""
    text = "Zorvex Systems Inc posted a loss. The Richardson, Texas-based defense electronics contractor said sales fell."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex Systems") == ["Richardson", "Texas"]


def test_an_apposition_set_off_after_a_later_listed_name_does_not_place_the_first(pipeline_roles):
    """The parse hangs "a Tampa, Fla., investment firm" on the first name of the list before it;
    the comma sets it off after another name, which it describes, not the first."""
    text = "In a filing with the Quintara Exchange Commission, Tarvel and Zorvex Financial Corp, a Tampa, Fla., investment company he runs, said they now hold 195,000 shares."
    assert [roles for roles in pipeline_roles(text, "Location") if roles["entity"] == "Quintara Exchange Commission"] == []


def test_a_state_a_comma_sets_after_the_city_of_a_company_places_it_too(pipeline_roles):
    """"Zorvex Inc of Glendale, Calif.": the state holds the city and is the company's home too;
    a place that goes on to modify the next name ("of Dallas, Houston-based Y") is not."""
    text = "Acme Corp said it acquired Zorvex Inc of Glendale, Calif., for 5 mln dlrs."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex") == ["California", "Glendale"]
    text = "Acme Corp of Dallas, Houston-based Borg Inc and Zorvex Inc agreed to merge."
    assert [roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Acme"] == ["Dallas"]


def test_a_state_a_comma_sets_after_the_city_in_which_a_company_is_places_it_too(pipeline_roles):
    """"Zorvex Packing Co in Devine, Texas", "the largest bank in Dallas, Texas": the state holds the
    city; a city after the comma is the next item of a list, not a place holding the first."""
    text = "Acme Corp said it bought Zorvex Packing Co in Devine, Texas, for 5 mln dlrs."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex Packing") == ["Devine", "Texas"]
    text = "Quintara Corp, the largest bank in Dallas, Texas, said profit rose."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location")) == ["Dallas", "Texas"]
    text = "Acme Corp said it bought Zorvex Packing Co in Devine, Chicago and Boston for 5 mln dlrs."
    assert [roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex Packing"] == ["Devine"]


def test_a_town_no_list_knows_and_its_state_place_a_company_of_them(pipeline_roles):
    """"Zorvex Associates of Glendale, Calif.": the town is no known place and the model leaves
    it inside the firm's name or untagged; the comma and the state make it a town, and both are
    the company's home."""
    text = "Acme Inc said it will buy Zorvex and Associates of Glendale, Calif., for 900,000 Acme shares."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location")) == ["California", "Glendale"]
    text = "Quintara Health Inc said it plans to buy Zorvex Inc of Denville, N.J., a regional health insurer."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location")) == ["Denville", "New Jersey"]


def test_a_chain_of_places_set_off_by_commas_after_a_city_places_the_company_in_each(pipeline_roles):
    """"of Calgary, Alberta, Canada": the province holds the city, the country the province."""
    text = "Holders of Zorvex Oil Co Ltd of Calgary, Alberta, Canada, will get 22 dlrs a share."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location")) == ["Alberta", "Calgary", "Canada"]


def test_a_name_set_off_before_located_in_is_placed_there(pipeline_roles):
    """"X, located in Y,": the participle set off right after a name says where it is, as "based"
    does; without the comma ("the plant of X located in Y") it may describe another noun."""
    text = "Acme Corp said it intends to acquire Zorvex Inc, located in Los Angeles, for 5 mln dlrs."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "Los Angeles"}]
    assert pipeline_roles("Acme Corp said the plant of Zorvex Inc located in Ohio will close.", "Location") == []


def test_a_state_a_comma_sets_after_a_company_noun_s_city_places_it_too(pipeline_roles):
    """"a Great Falls, Va., investment partnership": the parse hangs the state on the city that
    modifies the company noun; the state holds the city and is the company's home too."""
    text = "Zorvex Group, a Great Falls, Va., investment partnership, said it raised its stake in Acme Corp to 8.7 pct."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex Group") == ["Great Falls", "Virginia"]
    text = "In a filing, the group said it bought the stake in Zorvex Inc as an investment in the Anaheim, Calif., company."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex") == ["Anaheim", "California"]


def test_the_city_a_comma_sets_before_a_company_noun_s_state_places_it_too(pipeline_roles):
    """"the Sunnyvale, Calif., software firm": the parse hangs the city on the state
    that modifies the company noun; the city is the company's home too."""
    text = "Acme Corp agreed to buy Zorvex Inc. Acme will take over the Sunnyvale, Calif., software firm for about 140 mln dlrs."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Zorvex") == ["California", "Sunnyvale"]


def test_a_wire_ticker_between_a_name_and_of_a_place_is_looked_past(pipeline_roles):
    """"Tarvel Discount Group Plc <TRV.L> of Britain": the ticker the wire sets after the name
    stands between it and its place; a one-word name in brackets stays the name."""
    text = "Zorvex Fielder Ltd <ZORV.S> of Australia said it had acquired 31 mln shares in Acme Plc."
    assert [roles for roles in pipeline_roles(text, "Location")] == [{"entity": "Zorvex Fielder", "place": "Australia"}]
    text = "Acme Plc said <Quintara> of Dallas agreed to the offer."
    assert [roles for roles in pipeline_roles(text, "Location")] == [{"entity": "Quintara", "place": "Dallas"}]


def test_a_place_after_a_name_the_wire_closes_in_brackets_places_it(pipeline_roles):
    """"include <Tarvel Ltd> in the U.K.": the parse hangs the place on the verb, yet the
    bracket closes the name right before it."""
    text = "The acquisitions include <Zorvex Ltd> in the U.K. and <Quintara SpA> in Italy."
    assert sorted((roles["entity"], roles["place"]) for roles in pipeline_roles(text, "Location")) == [
        ("Quintara", "Italy"),
        ("Zorvex", "United Kingdom"),
    ]


def test_a_company_noun_in_apposition_to_a_person_is_not_the_person(facts_of):
    text = '"The plan makes sense," said John Smith of the Tarvel Council, a Belknap-based consumer action group.'
    entities = [("John Smith", "smith", "Person"), ("Tarvel Council", "tarvel", "Organization"), ("Belknap", "belknap", "Place")]
    facts = facts_of(text, entities, "Location")
    assert "smith" not in {fact.roles["entity"] for fact in facts}


def test_a_counted_site_qualifying_a_sold_property_places_nothing(facts_of):
    """"sold its 600-site housing community in Madrid, Spain": the count makes "site" a measure of
    the community, not a facility of the seller in Madrid."""
    text = "Acme Corp sold its 600-site manufactured housing rental community in Madrid, Spain, at a gain."
    assert facts_of(text, [ACME, MADRID, SPAIN], "Location") == []


def test_a_brewery_brokerage_consultancy_or_contractor_is_a_kind_of_company(pipeline_roles):
    """"Canada's third largest brewery", "a Dallas brokerage" place the firm they describe."""
    text = "Borg Inc approved the takeover of Zorvex Ltd, Canada's third largest brewery."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "Canada"}]
    text = '"I have mixed feelings," said analyst Jane Tarvel of Quintara Securities, a Dallas brokerage.'
    assert pipeline_roles(text, "Location") == [{"entity": "Quintara Securities", "place": "Dallas"}]


def test_a_with_phrase_of_sites_set_off_after_a_name_places_the_company(pipeline_roles):
    """"X - with two offices in Y -": the phrase describes X, which works there."""
    text = "Analysts said Zorvex Corp - with two offices in Houston - would file for bankruptcy."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "Houston"}]
    text = "Borvia Inc agreed to buy Kelvaro Ltd, with plants in Ohio and Texas, for 40 mln dlrs."
    assert sorted(roles["place"] for roles in pipeline_roles(text, "Location") if roles["entity"] == "Kelvaro") == ["Ohio", "Texas"]


def test_the_country_s_before_a_company_noun_is_the_country_the_story_named_most(facts_of, summary):
    borvia, kelvaro = ("Borvia", "borvia", "Place/Country"), ("Kelvaro", "kelvaro", "Place/Country")
    text = "Kelvaro bought more as exports from Borvia rose and Borvia's currency fell. Acme Corp, the country's third-largest brewer, hired staff in Borvia."
    facts = facts_of(text, [ACME, borvia, kelvaro], "Location")
    assert summary(facts) == [("Location", {"entity": "acme", "place": "borvia"}, "active")]
    assert facts[0].attributes == {"kind": "headquarters"}


def test_a_demonym_between_a_possessor_and_its_operation_places_the_possessor(pipeline_roles):
    """"its troubled Spanish operation": the demonym names a place the story names, so the
    company works there."""
    text = "Zorvex Corp said its profit fell in Spain. The firm was hit by losses at its troubled Spanish operation."
    assert pipeline_roles(text, "Location") == [{"entity": "Zorvex", "place": "Spain"}]


def test_a_city_the_parse_makes_the_head_of_a_based_description_places_the_company(pipeline_roles):
    """"The Boise, Idaho-based firm has ...": the parse hangs "The" on the city and the firm on
    it as an apposition; the firm is still the story's company, based in both places."""
    text = "Zorvex Corp posted a loss. The Boise, Idaho-based firm has debts of 9 mln dlrs."
    assert sorted((roles["entity"], roles["place"]) for roles in pipeline_roles(text, "Location")) == [("Zorvex", "Boise"), ("Zorvex", "Idaho")]
