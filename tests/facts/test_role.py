"""Role: titles before names, appositions, possessive titles, appointments."""

from __future__ import annotations

ACME = ("Acme Corp", "acme", "Organization")
SMITH = ("John Smith", "smith", "Person")


def test_title_before_name(facts_of, summary):
    facts = facts_of("Acme Corp CEO John Smith complained about the market.", [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].attributes == {"title": "CEO"}
    assert facts[0].extractor == "role.title_before_name"


def test_apposition_with_of(facts_of, summary):
    facts = facts_of("John Smith, chief executive of Acme Corp, said the deal was good.", [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].attributes == {"title": "chief executive"}


def test_a_vice_or_deputy_chairman_keeps_the_modifier_hyphen_or_not(facts_of):
    """"vice-chairman" parses as three words set side by side; the title is still vice chairman,
    and a quoted speaker's title alone finds the company of the sentence before."""

    def titled(text: str) -> list[tuple[dict, str]]:
        return [(dict(fact.roles), fact.attributes["title"]) for fact in facts_of(text, [ACME, SMITH], "Role")]

    assert titled("John Smith, vice-chairman of Acme Corp, said orders slowed.") == [({"person": "smith", "organization": "acme"}, "vice chairman")]
    assert titled("Acme Corp shipped fewer units. \"Demand will recover,\" said deputy chairman John Smith.") == [({"person": "smith", "organization": "acme"}, "deputy chairman")]


def test_possessive_title_in_apposition(facts_of):
    facts = facts_of("John Smith, Acme Corp's chairman, said so.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_a_possessor_of_a_hyphened_ex_title_is_the_organisation(facts_of):
    """"Acme's ex-head of X": the parser hangs the possessor on "ex", not on the title."""
    facts = facts_of("John Smith, Acme Corp's ex-head of plant safety, sued in 2011.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "head")]


def test_a_relative_clause_gives_the_title_the_person_holds(facts_of):
    def roles(text: str) -> list[tuple[dict, str]]:
        return [(dict(fact.roles), fact.attributes["title"]) for fact in facts_of(text, [ACME, SMITH], "Role")]

    smith_at_acme = {"person": "smith", "organization": "acme"}
    assert roles("John Smith, who was also Acme Corp's president, left the company.") == [(smith_at_acme, "president")]
    assert roles("John Smith, who will remain as Acme Corp chief executive, backed the offer.") == [(smith_at_acme, "chief executive")]
    assert roles("John Smith, who is Acme Corp's largest shareholder, backed the offer.") == []


def test_analyst_of_and_appointment(facts_of):
    analyst = facts_of("Analyst John Smith of Acme Corp said sales would fall.", [ACME, SMITH], "Role")
    assert [fact.attributes["title"] for fact in analyst] == ["analyst"]
    named = facts_of("Acme Corp named John Smith as chairman.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in named] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_the_home_of_a_based_firm_is_no_employer(facts_of, summary):
    text = "John Smith, an analyst with Madrid-based Acme Corp, said the bid was low."
    facts = facts_of(text, [ACME, SMITH, ("Madrid", "madrid", "Place")], "Role")
    assert [f.roles["organization"] for f in facts] == ["acme"]


def test_no_role_without_a_title_or_an_organization(facts_of):
    assert facts_of("John Smith visited Acme Corp on Monday.", [ACME, SMITH], "Role") == []
    assert facts_of("A spokesperson for the group declined to comment, said John Smith.", [SMITH], "Role") == []


def test_demonym_title_names_a_country(facts_of):
    facts = facts_of("Spanish Economy Minister John Smith said taxes would rise in Spain.", [SMITH, ("Spain", "spain", "Place")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "spain"}, "minister")]


def test_a_capitalised_chancellor_is_the_story_country_s(facts_of):
    """"Chancellor X", like "President X", is a head of government's or a finance minister's: held
    in the country the story is about, not at a company; "shadow chancellor" holds no office."""
    quintara = ("Quintara", "quintara", "Place/Country")
    text = "Quintara's exports rose by 4% in May. Chancellor John Smith said tax receipts were ahead of plan."
    facts = facts_of(text, [SMITH, quintara], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "quintara"}, "chancellor")]
    shadow = "Quintara's exports rose by 4% in May. Shadow chancellor John Smith said tax receipts were ahead of plan."
    assert facts_of(shadow, [SMITH, quintara], "Role") == []


def test_a_title_with_its_of_phrase_before_a_name_is_the_name_s(facts_of):
    """"Chancellor of the Exchequer John Smith": the parser hangs the title on the name as a
    modifier, not a compound; it is still the name's title, here held in the story's country."""
    quintara = ("Quintara", "quintara", "Place/Country")
    text = "Quintara's imports fell by 3% in May. Chancellor of the Exchequer John Smith said the budget was sound."
    facts = facts_of(text, [SMITH, quintara], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "quintara"}, "chancellor")]


def test_title_after_a_comma_parsed_as_a_second_subject(facts_of):
    facts = facts_of("In a statement, John Smith, Acme Corp chairman said the sale was done.", [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "chairman")]


def test_demonym_compound_title_names_the_country(facts_of):
    facts = facts_of("Last week, Spanish Economy Minister, John Smith, told reporters in Madrid.", [SMITH, ("Spain", "spain", "Place"), ("Madrid", "madrid", "Place")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "spain"}, "minister")]


def test_possessor_after_of_is_not_the_employer(facts_of):
    text = '"It helps," said Borg Inc analyst John Smith of Acme Corp\'s sale of its stock.'
    facts = facts_of(text, [ACME, SMITH, ("Borg Inc", "borg", "Organization")], "Role")
    assert [dict(fact.roles) for fact in facts] == [{"person": "smith", "organization": "borg"}]


def test_a_description_a_name_follows_stands_for_that_name(facts_of, summary):
    text = '"Acme does not need so many new factories," said Ann Kelvaro, automotive analyst for the Wall Street firm Tarnfield Brothers.'
    surfaces = [
        ("Acme", "acme", "Organization"),
        ("Ann Kelvaro", "kelvaro", "Person"),
        ("Tarnfield Brothers", "tarnfield", "Organization"),
        ("the Wall Street firm", "acme", "Organization", "description"),
    ]
    facts = facts_of(text, surfaces, "Role")
    assert summary(facts) == [("Role", {"person": "kelvaro", "organization": "tarnfield"}, "active")]


def test_of_a_possessor_after_a_title_and_name_is_no_employer(facts_of, summary):
    text = '"It clears the path," said Belknap Securities analyst Ann Kelvaro of Zorvex\'s sale of its stock.'
    surfaces = [("Belknap Securities", "belknap", "Organization"), ("Ann Kelvaro", "kelvaro", "Person"), ("Zorvex", "zorvex", "Organization")]
    facts = facts_of(text, surfaces, "Role")
    assert summary(facts) == [("Role", {"person": "kelvaro", "organization": "belknap"}, "active")]


def test_a_company_title_with_no_organisation_is_held_at_the_one_just_named(facts_of, summary):
    text = "Acme Corp said profits rose. However, chief executive John Smith warned that costs were high."
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].extractor == "role.title_story_organization"


def test_a_group_or_club_title_is_held_at_the_story_s_organisation(facts_of):
    """"group chairman X", "club manager X": the noun says the title is the organisation's the
    story is about, even where the sentence names another one."""
    surfaces = [ACME, SMITH, ("Borg Plc", "borg", "Organization"), ("Quintara Rovers", "rovers", "Organization")]
    group = "Acme Corp plans to sell its paint arm. Group chairman John Smith said Borg Plc had called about it."
    club = "Quintara Rovers lost at home on Saturday. The squad was tired, club manager John Smith told Borg Plc radio."
    for text, organization in ((group, "acme"), (club, "rovers")):
        facts = facts_of(text, surfaces, "Role")
        assert [(dict(fact.roles), fact.extractor) for fact in facts] == [({"person": "smith", "organization": organization}, "role.title_story_company")]


def test_a_vice_president_with_no_organisation_near_is_the_story_company_s(facts_of, summary):
    """"said executive vice president X": "vice" is part of the title, not a noun saying where it
    is held ("panel Chairman Z"); a title a described possessor holds ("the country's vice
    president Y") is held there, not at the story's company."""
    text = "Acme Corp said it may buy a rival. Prices are low. Demand will grow, said executive vice president John Smith."
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts[0].attributes == {"title": "vice president"}
    text = "Acme Corp said profits rose. However, the country's vice president John Smith said the government is looking for a solution."
    assert facts_of(text, [ACME, SMITH], "Role") == []


def test_a_person_s_spokeswoman_borrows_no_organisation(facts_of):
    kearney = ("Pat Kearney", "kearney", "Person")
    jones = ("Tracy Jones", "jones", "Person")
    named = "Acme Corp lost the tapes. Senator Kearney's spokeswoman Tracy Jones said it was a shame."
    assert facts_of(named, [ACME, kearney, ("Kearney", "kearney", "Person"), jones], "Role") == []
    assert facts_of("Acme Corp lost the tapes. His spokeswoman Tracy Jones said it was a shame.", [ACME, jones], "Role") == []


def test_no_organisation_is_borrowed_when_the_sentence_names_another(facts_of):
    text = "Acme Corp said profits rose. Chief executive John Smith said Borg Inc would suffer."
    assert facts_of(text, [ACME, SMITH, ("Borg Inc", "borg", "Organization")], "Role") == []


def test_no_organisation_is_borrowed_for_an_outsider_or_a_head_of_state(facts_of):
    assert facts_of("Acme Corp said profits rose. Analyst John Smith was not surprised.", [ACME, SMITH], "Role") == []
    assert facts_of("Acme Corp said profits rose, said President John Smith.", [ACME, SMITH], "Role") == []


def test_a_name_ending_in_possessive_s_is_an_organisation_after_of(facts_of, summary):
    text = "Tom Kelvaro, the former head of burger chain Borvia's, has retired."
    facts = facts_of(text, [("Tom Kelvaro", "kelvaro", "Person"), ("Borvia's", "borvia", "Organization")], "Role")
    assert summary(facts) == [("Role", {"person": "kelvaro", "organization": "borvia"}, "active")]


def test_a_company_named_in_apposition_just_before_holds_the_title(facts_of, summary):
    text = "Three directors of the state-owned airline, Tarvel Air, will step down. The trio are chief executive Ann Kelvaro and two others."
    surfaces = [("Tarvel Air", "tarvel", "Organization"), ("Ann Kelvaro", "kelvaro", "Person")]
    facts = facts_of(text, surfaces, "Role")
    assert summary(facts) == [("Role", {"person": "kelvaro", "organization": "tarvel"}, "active")]


def test_an_officer_of_an_unnamed_unit_works_for_its_owner(pipeline_roles) -> None:
    text = '"Prices rise," Jim Porter, vice president of Acme Corp\'s US sales arm, said in a statement.'
    roles = [(found["person"], found["organization"]) for found in pipeline_roles(text, "Role")]
    assert roles == [("Jim Porter", "Acme")]


def test_attorney_and_director_general_are_titles(facts_of, summary):
    ny = ("New York", "new-york", "Place")
    facts = facts_of("New York attorney general John Smith sued the company.", [ny, SMITH], "Role")
    assert summary(facts) == [("Role", {"organization": "new-york", "person": "smith"}, "active")]
    assert facts[0].attributes == {"title": "attorney general"}
    dg = facts_of('"It is correct," said John Smith, director general of Acme Corp.', [ACME, SMITH], "Role")
    assert [fact.attributes["title"] for fact in dg] == ["director general"]


def test_a_knight_s_title_before_his_name_keeps_the_organisation(facts_of, summary):
    """"Acme director-general Sir John Smith": the mention leaves "Sir" out, and the title still
    names its holder's employer."""
    facts = facts_of('"Orders will pick up," Acme Corp director-general Sir John Smith told reporters.', [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"organization": "acme", "person": "smith"}, "active")]
    assert facts[0].attributes == {"title": "director general"}


def test_a_conjoined_officer_shares_the_first_one_s_organization(facts_of, summary):
    text = "Acme Corp chairman John Smith and chief executive Jane Doe resigned."
    facts = facts_of(text, [ACME, SMITH, ("Jane Doe", "doe", "Person")], "Role")
    assert sorted(fact.roles["person"] for fact in facts) == ["doe", "smith"]
    assert {fact.roles["organization"] for fact in facts} == {"acme"}


def test_an_untitled_person_of_or_from_a_firm_speaks_for_it(facts_of, summary):
    facts = facts_of('"Sales will fall," said John Smith of Acme Corp.', [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert (facts[0].extractor, facts[0].attributes) == ("role.affiliation", {})
    facts = facts_of('"It is dear," John Smith, from Acme Corp, told reporters.', [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]


def test_a_firm_hung_on_the_report_verb_after_the_speaker_is_the_speaker_s(facts_of, summary):
    """'said X, at Y' where the parser hangs 'at Y' on 'said', not on X."""
    text = '"On the whole, demand for homes is cooling and the mortgage figures confirm it," said John Smith, at Acme Corp.'
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts_of('"Sales will fall," said John Smith at a meeting with Acme Corp.', [ACME, SMITH], "Role") == []


def test_a_title_from_a_firm_is_held_there(facts_of):
    facts = facts_of('"It is a good bet," said John Smith, an investment analyst from Acme Corp.', [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes) for fact in facts] == [({"person": "smith", "organization": "acme"}, {"title": "analyst"})]


def test_an_untitled_person_of_a_place_lives_there(facts_of):
    """Near miss: "John Smith of Fort Worth" gives where he lives, not an employer."""
    surfaces = [SMITH, ("Fort Worth", "fort-worth", "Place")]
    assert facts_of("A group led by John Smith of Fort Worth said it owns 9 pct of Acme Corp.", surfaces, "Role") == []


def test_a_capitalised_company_title_of_wire_copy_borrows_the_story_s_company(facts_of, summary):
    text = "Acme Corp has 500 mln dlrs in cash, which it intends to use to buy a drug company, Chairman John Smith said."
    facts = facts_of(text, [ACME, SMITH, ("it", "acme", "Organization", "pronoun")], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]


def test_a_second_title_and_name_hung_on_the_first_title_keep_their_own_country(facts_of):
    text = "Reports said India's oil minister Mr Kelvaro and Russian energy minister Ivan Tarnfield would meet."
    surfaces = [("India", "india", "Place/Country"), ("Russia", "russia", "Place/Country"), ("Mr Kelvaro", "kelvaro", "Person"), ("Ivan Tarnfield", "tarnfield", "Person")]
    roles = sorted((fact.roles["person"], fact.roles["organization"]) for fact in facts_of(text + " Russia agreed.", surfaces, "Role"))
    assert roles == [("kelvaro", "india"), ("tarnfield", "russia")]
    two_titles = facts_of("Acme Corp said its chairman and chief executive officer John Smith would stay.", [ACME, SMITH], "Role")
    assert [dict(fact.roles) for fact in two_titles] == [{"person": "smith", "organization": "acme"}]


def test_a_person_named_as_a_company_s_works_there(facts_of, summary):
    atticus = ("Atticus", "atticus", "Organization")
    facts = facts_of("We are not scared, Atticus' John Smith told the paper.", [atticus, SMITH], "Role")
    assert [(dict(f.roles), f.extractor) for f in facts] == [({"person": "smith", "organization": "atticus"}, "role.affiliation")]
    assert facts_of("His John Smith told the paper.", [SMITH, ("His", "acme", "Organization", "pronoun")], "Role") == []


def test_a_company_title_is_held_at_the_company_the_story_names_most(facts_of):
    borg = ("Borg Inc", "borg", "Organization")
    text = "Acme Corp said it sold Borg Inc. Acme Corp rose. Company chairman John Smith said the market is good."
    assert [(dict(f.roles), f.extractor) for f in facts_of(text, [ACME, borg, SMITH], "Role")] == [
        ({"person": "smith", "organization": "acme"}, "role.title_story_company")
    ]


def test_a_titled_name_the_parser_conjoined_to_the_first_title_shares_its_company(facts_of):
    text = "Zorvex wants to replace Borvia's chairman Ann Kelvaro and chief executive Tom Belknap."
    surfaces = [("Borvia", "borvia", "Organization"), ("Ann Kelvaro", "kelvaro", "Person"), ("Tom Belknap", "belknap", "Person"), ("Zorvex", "zorvex", "Organization")]
    roles = sorted((f.roles["person"], f.roles["organization"]) for f in facts_of(text, surfaces, "Role"))
    assert roles == [("belknap", "borvia"), ("kelvaro", "borvia")]


def test_a_city_employs_no_one_a_country_does(facts_of):
    city = ("New Orleans", "new-orleans", "Place/City")
    text = "John Smith, an analyst with New Orleans-based Acme Corp, said he was not surprised."
    assert sorted(f.roles["organization"] for f in facts_of(text, [SMITH, ACME, city], "Role")) == ["acme"]
    text = "India's finance minister John Smith said the talks went well."
    assert [f.roles["organization"] for f in facts_of(text, [SMITH, ("India", "india", "Place/Country")], "Role")] == ["india"]


def test_a_minister_with_no_country_in_his_sentence_serves_the_story_s(facts_of, summary):
    argentina = ("Argentina", "argentina", "Place/Country")
    text = "Argentina wants Acme Corp to invest more. Argentina may step in. Planning Minister John Smith has offered help."
    facts = facts_of(text, [argentina, ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "argentina"}, "active")]
    text = "Argentina wants Acme Corp to invest more. French finance minister John Smith has offered help."
    assert facts_of(text, [argentina, ACME, SMITH], "Role") == []
    text = "Argentina wants Acme Corp to invest more. Argentina may step in, said Treasurer John Smith."
    assert summary(facts_of(text, [argentina, ACME, SMITH], "Role")) == [("Role", {"person": "smith", "organization": "argentina"}, "active")]


def test_a_chief_executive_the_parser_splits_is_one_title(facts_of):
    quintara, zorvex = ("Quintara Corp", "quintara", "Organization"), ("Werner Zorvex", "zorvex", "Person")
    facts = facts_of("Quintara Corp said chief executive Werner Zorvex would retire.", [quintara, zorvex], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in facts] == [({"person": "zorvex", "organization": "quintara"}, "chief executive")]


def test_a_company_title_with_no_organisation_near_is_the_story_company(facts_of):
    text = 'Acme Corp said profits rose. Sales were strong. "We mourn his passing," chief executive John Smith said in a statement.'
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in facts] == [({"person": "smith", "organization": "acme"}, "chief executive")]
    head_of_state = facts_of("Acme Corp said profits rose. Sales were strong. President John Smith promised to cut taxes.", [ACME, SMITH], "Role")
    assert head_of_state == []


def test_a_title_phrase_the_parser_made_a_second_subject_before_the_name(pipeline_roles):
    text = (
        "In its SEC filing, Zorvex Equity (Pacific) said its president of Asian operations "
        "David Tarnfield met with Tarvel managers on May 3 to discuss a purchase of the company."
    )
    assert pipeline_roles(text, "Role") == [{"person": "David Tarnfield", "organization": "Zorvex Equity"}]


def test_a_listed_title_is_no_title_of_the_next_name(facts_of):
    text = "Acme Corp said its chairman, John Smith, and production chief Mary Belknap resigned."
    belknap = ("Mary Belknap", "belknap", "Person")
    titles = [(f.roles["person"], f.attributes["title"]) for f in facts_of(text, [ACME, SMITH, belknap], "Role")]
    assert sorted(titles) == [("belknap", "chief"), ("smith", "chairman")]


def test_a_title_listed_after_a_titled_name_is_held_where_that_name_s_is(facts_of):
    jones = ("Bob Jones", "jones", "Person")
    text = "Acme Corp will sell its stake in Borg Inc to the company chairman, John Smith, and president, Bob Jones."
    surfaces = [ACME, SMITH, jones, ("Borg Inc", "borg", "Organization")]
    roles = [(f.roles["person"], f.roles["organization"], f.attributes["title"]) for f in facts_of(text, surfaces, "Role")]
    assert sorted(roles) == [("jones", "acme", "president"), ("smith", "acme", "chairman")]
    analyst = facts_of("Acme Corp's chairman, John Smith, and an analyst, Bob Jones, spoke.", [ACME, SMITH, jones], "Role")
    assert [f.roles["person"] for f in analyst] == ["smith"]


def test_a_government_title_s_field_is_no_organisation(pipeline_roles):
    assert pipeline_roles("Commerce Secretary Malcolm Hartley opposed the sale.", "Role") == []
    assert pipeline_roles("Zorvex Corp Secretary Malcolm Hartley said so.", "Role") == [
        {"person": "Malcolm Hartley", "organization": "Zorvex"}
    ]
    story = "The U.S. will look at the sale. Commerce Secretary Malcolm Hartley opposed it."
    assert pipeline_roles(story, "Role") == [{"person": "Malcolm Hartley", "organization": "United States"}]
    commission = "Italy will look at the sale. Transport Commissioner Jacques Moreau backed the plan."
    assert pipeline_roles(commission, "Role") == []


def test_names_listed_after_a_plural_title_share_it_and_founders_described_first(facts_of, summary):
    borg = ("Borg Partners", "borg", "Organization")
    jones, brown = ("Mary Jones", "jones", "Person"), ("Ann Brown", "brown", "Person")
    text = "Borg Partners was organized by three former Acme Corp executives, John Smith, Mary Jones and Ann Brown."
    facts = facts_of(text, [ACME, borg, SMITH, jones, brown], "Role")
    assert sorted((fact.roles["person"], fact.roles["organization"], fact.attributes["title"]) for fact in facts) == [
        ("brown", "acme", "executive"), ("brown", "borg", "founder"),
        ("jones", "acme", "executive"), ("jones", "borg", "founder"),
        ("smith", "acme", "executive"), ("smith", "borg", "founder"),
    ]
    text = "Acme Corp's chairman, John Smith, and Mary Jones met."
    assert summary(facts_of(text, [ACME, SMITH, jones], "Role")) == [("Role", {"person": "smith", "organization": "acme"}, "active")]


def test_a_title_phrase_the_parser_left_apart_right_before_the_name_is_its_title(facts_of):
    text = "In London yesterday, chairman of Belgian starch producer <Acme Corp> John Smith told Reuters that his company would bid."
    facts = facts_of(text, [ACME, SMITH, ("Reuters", "reuters", "Organization")], "Role")
    assert [(dict(f.roles), f.attributes["title"]) for f in facts] == [({"person": "smith", "organization": "acme"}, "chairman")]
    later = facts_of("Acme Corp hired a new chairman. John Smith said sales fell.", [ACME, SMITH], "Role")
    assert [f.attributes.get("title") for f in later if f.extractor == "role.title_before_name"] == []


def test_a_title_s_organisation_named_in_apposition_after_its_common_noun(facts_of):
    text = "But, John Smith, a director of Germany's central bank, the Acme Bank, said the exchange must remain in Frankfurt."
    surfaces = [SMITH, ("the Acme Bank", "acme", "Organization"), ("Germany", "germany", "Place/Country")]
    facts = facts_of(text, surfaces, "Role")
    assert [dict(f.roles) for f in facts] == [{"person": "smith", "organization": "acme"}]


def test_board_members_put_on_or_off_a_board_or_listed(facts_of):
    people = [("Bill Tarvel", "tarvel", "Person"), ("Ann Belknap", "belknap", "Person"), ("Carl Quintara", "quintara", "Person")]
    text = (
        "Acme Corp sold shares to investors. John Smith resigned from the board. "
        "Joining the board were Bill Tarvel and Ann Belknap, the investors' designates, the company added. "
        "The board's other members are chairman Carl Quintara and Jay Zorvex."
    )
    facts = facts_of(text, [ACME, SMITH, ("Jay Zorvex", "zorvex", "Person"), *people], "Role")
    found = {(fact.roles["person"], fact.roles["organization"], fact.attributes["title"]) for fact in facts}
    assert found == {
        ("smith", "acme", "director"),
        ("tarvel", "acme", "director"),
        ("belknap", "acme", "director"),
        ("quintara", "acme", "chairman"),
        ("zorvex", "acme", "director"),
    }


def test_board_appointer_is_no_member(facts_of):
    facts = facts_of("John Smith named Bill Tarvel to the Acme Corp board.", [ACME, SMITH, ("Bill Tarvel", "tarvel", "Person")], "Role")
    assert [(fact.roles["person"], fact.roles["organization"]) for fact in facts] == [("tarvel", "acme")]


def test_titled_person_named_to_another_company_board(facts_of):
    borg = ("Borg Inc", "borg", "Organization")
    facts = facts_of("Borg Inc president John Smith was named to the Acme Corp board.", [ACME, borg, SMITH], "Role")
    found = {(fact.roles["organization"], fact.attributes["title"]) for fact in facts}
    assert found == {("borg", "president"), ("acme", "director")}


def test_directors_listed_by_a_copula(facts_of):
    tarvel = ("Bill Tarvel", "tarvel", "Person")
    facts = facts_of("Acme Corp settled the lawsuit. The former outside directors are John Smith and Bill Tarvel.", [ACME, SMITH, tarvel], "Role")
    assert {(fact.roles["person"], fact.roles["organization"], fact.attributes["title"]) for fact in facts} == {("smith", "acme", "director"), ("tarvel", "acme", "director")}


def test_board_of_an_unnamed_body_is_not_the_story_company(facts_of):
    assert facts_of("Acme Corp said John Smith sat on the board of a local charity.", [ACME, SMITH], "Role") == []


def test_a_role_to_come_beside_the_one_held(facts_of):
    text = "Acme Corp said it would simplify its structure. John Smith, the co-chairman, will become group chief executive."
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert sorted((fact.status, fact.attributes["title"]) for fact in facts) == [("active", "chairman"), ("planned", "chief executive")]


def test_succession_verbs_give_their_subject_the_title(facts_of):
    borg = ("Borg Inc", "borg", "Organization")
    jones = ("Peter Jones", "jones", "Person")
    took = facts_of("Borg Inc said John Smith will take on the role of chairman.", [borg, SMITH], "Role")
    assert [(fact.roles["person"], fact.status, fact.attributes["title"]) for fact in took] == [("smith", "planned", "chairman")]
    succeeds = facts_of("John Smith will succeed Peter Jones as president of Borg Inc.", [borg, SMITH, jones], "Role")
    assert [(fact.roles["person"], fact.status) for fact in succeeds if fact.roles["person"] == "smith"] == [("smith", "planned")]
    over = facts_of("Borg Inc said its president John Smith will take over as chief executive.", [borg, SMITH], "Role")
    assert sorted((fact.status, fact.attributes["title"]) for fact in over) == [("active", "president"), ("planned", "chief executive")]


def test_a_title_hung_on_the_first_name(facts_of):
    text = "Acme Corp will cut jobs. On Wednesday, Chief Executive Yulia Tarvel said 300 jobs could go."
    facts = facts_of(text, [ACME, ("Yulia Tarvel", "tarvel", "Person")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "tarvel", "organization": "acme"}, "chief executive")]


def test_a_head_of_state_is_the_story_country_s(facts_of):
    zorvex = ("Zorvex", "zorvex", "Place/Country")
    text = "Zorvex will sell its stake in Acme Corp. The offer was made in a letter sent to President Mary Belknap."
    facts = facts_of(text, [zorvex, ACME, ("Mary Belknap", "belknap", "Person")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "belknap", "organization": "zorvex"}, "president")]
    council = facts_of("Zorvex will sell its stake. Council President Mary Belknap said so.", [zorvex, ("Mary Belknap", "belknap", "Person")], "Role")
    assert [fact.roles["organization"] for fact in council] == []


def test_a_title_listed_after_one_a_pattern_read(facts_of):
    text = "Zorvex has begun proceedings against Quintara, its chief executive Jean-Rene Belknap and chief operating officer Jean-Bernard Tarvel."
    surfaces = [
        ("Zorvex", "zorvex", "Organization"),
        ("Quintara", "quintara", "Organization"),
        ("its", "quintara", "Organization", "pronoun"),
        ("Jean-Rene Belknap", "belknap", "Person"),
        ("Jean-Bernard Tarvel", "tarvel", "Person"),
    ]
    facts = facts_of(text, surfaces, "Role")
    assert sorted((fact.roles["person"], fact.roles["organization"]) for fact in facts) == [("belknap", "quintara"), ("tarvel", "quintara")]


def test_founded_by_a_person_described_by_a_home_town(facts_of):
    text = "Acme Corp, which was founded by Belknap-based travel agent John Smith, plans to buy new planes."
    facts = facts_of(text, [ACME, SMITH, ("Belknap", "belknap", "Place")], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"organization": "acme", "person": "smith"}, "founder")]


def test_founded_by_a_person_described_in_five_words(facts_of):
    """A founder is often described at length before the name ("founded by former nurse and
    keen cyclist X"): up to five words may stand between "by" and the name."""
    text = "Acme Corp was founded by former nurse and keen cyclist John Smith in a garage."
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"organization": "acme", "person": "smith"}, "founder")]


def test_a_person_who_took_charge_of_a_company_heads_it(facts_of):
    """"X took charge of Y", "X will take the helm at Y": X heads Y, or will."""

    def read(text: str) -> list[tuple[dict, str, str]]:
        return [(dict(fact.roles), fact.attributes["title"], fact.status) for fact in facts_of(text, [ACME, SMITH], "Role")]

    assert read("John Smith took charge of Acme Corp in 2001 and closed two of its mills.") == [({"person": "smith", "organization": "acme"}, "head", "active")]
    assert read("John Smith will take the helm at Acme Corp in the autumn.") == [({"person": "smith", "organization": "acme"}, "head", "planned")]


def test_a_person_who_set_up_a_company_founded_it(facts_of):
    """"X recently set up Y", as "X founded Y"; what X set up of Y's is not Y."""
    text = "Officials said John Smith has recently set up Acme Corp to sell solar panels in Tarvel."
    facts = facts_of(text, [ACME, SMITH], "Role")
    assert [(dict(fact.roles), fact.attributes["title"]) for fact in facts] == [({"person": "smith", "organization": "acme"}, "founder")]
    assert facts_of("John Smith has set up Acme Corp's new trading desk.", [ACME, SMITH], "Role") == []


def test_a_relative_clause_after_a_titled_name_gives_its_other_post(pipeline_roles):
    """"X, who also is president and chief operating officer of Y": the clause's posts are X's at
    Y, however many words they take."""
    text = "The panel is led by Jane Tarvel, who also is president and chief operating officer of Borg Inc."
    assert {"person": "Jane Tarvel", "organization": "Borg"} in pipeline_roles(text, "Role")


def test_a_head_of_state_is_held_only_in_the_country_the_story_is_about(facts_of):
    quintara, belknap = ("Quintara", "quintara", "Place/Country"), ("Mary Belknap", "belknap", "Person")
    text = "{} will sell its stake in Acme Corp to Quintara. The offer was made in a letter sent to President Mary Belknap."
    shared = facts_of(text.format("Zorvex"), [("Zorvex", "zorvex", "Place/Country"), quintara, ACME, belknap], "Role")
    filed = facts_of(text.format("Norway"), [("Norway", "norway", "Place/Country"), quintara, ACME, belknap], "Role", dateline="OSLO, May 2 -")
    alone = facts_of("Zorvex said the offer was made in a letter sent to President Mary Belknap.", [("Zorvex", "zorvex", "Place/Country"), belknap], "Role")
    assert (shared, [fact.roles["organization"] for fact in filed], alone) == ([], ["norway"], [])


def test_a_head_of_state_s_title_opening_a_sentence(facts_of):
    zorvex, belknap = ("Zorvex", "zorvex", "Place/Country"), ("Mary Belknap", "belknap", "Person")
    text = "Acme Corp will sell its stake in Borg to Zorvex. President Mary Belknap promised to cut taxes in Zorvex."
    facts = facts_of(text, [zorvex, ACME, ("Borg", "borg", "Organization"), belknap], "Role")
    assert [(fact.roles["organization"], fact.attributes["title"]) for fact in facts] == [("zorvex", "president")]


def test_a_plural_head_of_state_s_title_borrows_no_company(facts_of):
    text = "Acme Corp said rates would rise. He has served under Presidents Mary Belknap and John Smith."
    assert facts_of(text, [ACME, SMITH, ("Mary Belknap", "belknap", "Person")], "Role") == []


def test_a_plural_title_before_a_list_of_names_is_each_name_s(facts_of):
    people = [("Anna Belknap", "belknap", "Person"), ("Carl Tarvel", "tarvel", "Person"), ("Dora Zorvex", "zorvex", "Person")]
    listed = facts_of("Acme Corp directors Anna Belknap, Carl Tarvel and Dora Zorvex resigned.", [ACME, *people], "Role")
    assert sorted((fact.roles["person"], fact.attributes["title"]) for fact in listed) == [("belknap", "director"), ("tarvel", "director"), ("zorvex", "director")]
    single = facts_of("Acme Corp chairman Carl Tarvel and Dora Zorvex met.", [ACME, *people], "Role")
    assert [fact.roles["person"] for fact in single] == ["tarvel"]


def test_a_place_holds_no_business_title(facts_of):
    uk = ("UK", "uk", "Place/Country")
    economist = facts_of("John Smith, UK economist at Acme Corp, was surprised.", [uk, ACME, SMITH], "Role")
    assert [(fact.roles["organization"], fact.attributes["title"]) for fact in economist] == [("acme", "economist")]
    banker = facts_of("John Smith, a UK investment banker, was surprised.", [uk, SMITH], "Role")
    chancellor = facts_of("UK chancellor John Smith was surprised.", [uk, SMITH], "Role")
    assert (banker, [fact.roles["organization"] for fact in chancellor]) == ([], ["uk"])


def test_a_judge_sits_on_a_court_not_at_the_place_named_with_it(facts_of):
    """"Texas Judge Anna Belknap said": the state locates her court, it is no employer."""
    texas = ("Texas", "texas", "Place/State")
    facts = facts_of("Texas Judge John Smith said Acme Corp had no US presence.", [texas, ACME, SMITH], "Role")
    assert [fact.roles["organization"] for fact in facts if fact.roles["person"] == "smith"] == []


def test_a_head_of_state_is_held_in_the_country_modifying_a_noun_in_the_sentence(facts_of):
    quintara, zorvex = ("Quintara", "quintara", "Place/Country"), ("US", "us", "Place/Country")
    text = (
        "Quintara's exports rose. Quintara expects more. Although President Mary Belknap must cut spending, "
        "the IMF expects a lift to the US trade balance."
    )
    facts = facts_of(text, [quintara, zorvex, ("Mary Belknap", "belknap", "Person")], "Role")
    assert [fact.roles["organization"] for fact in facts] == ["us"]


def test_a_title_of_an_unnamed_part_is_held_at_the_part_s_company(facts_of):
    department = facts_of('"It is too early," said John Smith, deputy head of the research department at Acme Corp.', [ACME, SMITH], "Role")
    centre = facts_of('"It is high," said John Smith, director of Acme Corp\'s consumer research centre.', [ACME, SMITH], "Role")
    assert [fact.roles["organization"] for fact in department + centre] == ["acme", "acme"]
    country = facts_of("John Smith, a board member of Zorvex's central bank, said so.", [("Zorvex", "zorvex", "Place/Country"), SMITH], "Role")
    assert country == []


def test_a_title_s_organization_before_is_not_one_reported_in_the_sentence_before(facts_of):
    borg, tarvel = ("Borg", "borg", "Organization"), ("Yulia Tarvel", "tarvel", "Person")
    text = "Acme Corp's directors have argued that Borg is bigger. Chief executive Yulia Tarvel met shareholders."
    facts = facts_of(text, [ACME, borg, tarvel], "Role")
    assert [(fact.roles["organization"], fact.attributes["title"]) for fact in facts] == [("acme", "chief executive")]
    said = facts_of("Acme Corp plans to cut 300 jobs, chief executive Yulia Tarvel said.", [ACME, tarvel], "Role")
    assert [fact.roles["organization"] for fact in said] == ["acme"]


def test_a_government_title_is_held_in_another_country_its_sentence_names_as_subject(facts_of):
    zorvex, quintara = ("Zorvex", "zorvex", "Place/Country"), ("Quintara", "quintara", "Place/Country")
    belknap = ("Mary Belknap", "belknap", "Person")
    text = "Zorvex wants Acme Corp to invest more. Zorvex may step in. Quintara may lose $1bn in tourism, according to tourism minister Mary Belknap."
    facts = facts_of(text, [zorvex, quintara, ACME, belknap], "Role")
    assert [(fact.roles["organization"], fact.attributes["title"]) for fact in facts] == [("quintara", "minister")]
    text = "Zorvex wants Acme Corp to invest more. Zorvex may step in. Tourism in Quintara fell, according to tourism minister Mary Belknap."
    facts = facts_of(text, [zorvex, quintara, ACME, belknap], "Role")
    assert [fact.roles["organization"] for fact in facts] == ["zorvex"]


def test_a_company_title_is_the_story_company_s_where_its_sentence_names_only_that_company(facts_of):
    borg = ("Borg", "borg", "Organization")
    text = "Acme Corp said profits rose. Sales were strong. Chief executive John Smith said that Acme Corp would grow."
    facts = facts_of(text, [ACME, borg, SMITH], "Role")
    assert [(f.roles["organization"], f.attributes["title"]) for f in facts] == [("acme", "chief executive")]
    text = "Acme Corp said profits rose. Sales were strong. Chief executive John Smith said that Borg would grow."
    assert facts_of(text, [ACME, borg, SMITH], "Role") == []


def test_a_news_organisation_quoted_leaves_a_title_at_the_organisation_named_before(facts_of):
    times = ("Belknap Times", "belknap-times", "Organization/MediaOrganization")
    text = "Acme Corp is eyeing a move into games. According to the Belknap Times, chief executive John Smith said that Acme Corp is looking."
    facts = facts_of(text, [ACME, times, SMITH], "Role")
    assert [(f.roles["organization"], f.attributes["title"]) for f in facts] == [("acme", "chief executive")]


def test_a_lead_s_unnamed_title_is_held_by_the_person_the_next_sentence_names(facts_of):
    tarvel = ("Carl Tarvel", "tarvel", "Person")
    text = "A former chief financial officer at Acme Corp has been jailed for fraud. Carl Tarvel admitted his guilt in court."
    facts = facts_of(text, [ACME, tarvel], "Role")
    assert [(dict(f.roles), f.attributes["title"], f.extractor) for f in facts] == [({"person": "tarvel", "organization": "acme"}, "CFO", "role.named_next")]
    told = "The van market will grow, Acme Corp's chief has told reporters. Speaking in Geneva, Carl Tarvel predicted strong demand."
    assert [dict(f.roles) for f in facts_of(told, [ACME, tarvel], "Role")] == [{"person": "tarvel", "organization": "acme"}]
    plural = "Acme Corp analysts have cut their forecasts. Carl Tarvel said demand was weak."
    assert facts_of(plural, [ACME, tarvel], "Role") == []
    either = "Acme Corp bosses have held talks with Borg, its chief has said. Carl Tarvel met the board."
    assert facts_of(either, [ACME, ("Borg", "borg", "Organization"), tarvel], "Role") == []
    titled = "A former chief financial officer at Acme Corp has been jailed. Borg analyst Carl Tarvel said it was fair."
    assert [f.roles["organization"] for f in facts_of(titled, [ACME, ("Borg", "borg", "Organization"), tarvel], "Role")] == ["borg"]


def test_a_lead_naming_only_the_title_holder_s_relation_still_leaves_the_title_to_the_next_name(facts_of):
    """"... against his former chief Ed Borvia. Carl Tarvel said ...": Borvia is named
    as the holder's relation, so the title is still Tarvel's; a name given plainly blocks it."""
    tarvel, borvia = ("Carl Tarvel", "tarvel", "Person"), ("Ed Borvia", "borvia", "Person")
    text = "The former chief financial officer at Acme Corp gave evidence for three days in the case against his former chief Ed Borvia. Carl Tarvel said he had concealed debts."
    facts = facts_of(text, [ACME, tarvel, borvia], "Role")
    assert ({"person": "tarvel", "organization": "acme"}, "CFO", "role.named_next") in [(dict(f.roles), f.attributes["title"], f.extractor) for f in facts]
    plain = "The former chief financial officer at Acme Corp gave evidence for three days against Ed Borvia. Carl Tarvel said he had concealed debts."
    assert all(f.roles["person"] != "tarvel" for f in facts_of(plain, [ACME, tarvel, borvia], "Role"))


def test_a_lead_s_title_listed_with_another_is_held_where_that_one_is(facts_of):
    tarvel = ("Carl Tarvel", "tarvel", "Person")
    text = "The founder and former chairman of Acme Corp has apologised to its staff. Carl Tarvel said he regretted the losses."
    facts = facts_of(text, [ACME, tarvel], "Role")
    assert [(dict(f.roles), f.attributes["title"], f.extractor) for f in facts] == [({"person": "tarvel", "organization": "acme"}, "founder", "role.named_next")]


def test_a_name_led_by_someone_is_headed_by_them_not_a_name_before_a_new_noun(facts_of, summary):
    """"Borg and a partnership headed by X": X heads the partnership; "a Zorvex-based company
    chaired by X": Zorvex is where the company is, not what X chairs."""
    borg = ("Borg Inc", "borg", "Organization")
    zorvex = ("Zorvex", "zorvex", "Place/Country")
    facts = facts_of("Acme Corp, headed by John Smith, gained.", [ACME, SMITH], "Role")
    assert summary(facts) == [("Role", {"person": "smith", "organization": "acme"}, "active")]
    assert facts_of("Borg Inc and a partnership headed by John Smith began talks.", [borg, SMITH], "Role") == []
    assert facts_of("Acme Corp, a Zorvex-based holding company chaired by John Smith, paid 12 mln dlrs.", [ACME, zorvex, SMITH], "Role") == []


def test_a_minister_is_held_in_the_story_s_country_only_where_the_story_names_it_most(facts_of):
    """A story naming two countries as often may quote either's minister."""
    quintara, belknapia = ("Quintara", "quintara", "Place/Country"), ("Belknapia", "belknapia", "Place/Country")
    surfaces = [quintara, belknapia, SMITH]
    tied = "Quintara's exports rose. Belknapia's imports fell. Prime Minister John Smith has not yet set a date for the vote."
    assert facts_of(tied, surfaces, "Role") == []
    leading = "Quintara's exports rose. Quintara expects more. Belknapia's imports fell. Finance Minister John Smith said so."
    assert [fact.roles["organization"] for fact in facts_of(leading, surfaces, "Role")] == ["quintara"]


def test_an_organisation_at_a_host_is_the_employer_not_the_host(facts_of):
    text = '"Directors very rarely pay," said John Smith, chairman of the Zorvex Institute at the University of Quintara.'
    entities = [SMITH, ("Zorvex Institute", "zorvex", "Organization"), ("University of Quintara", "quintara", "Organization")]
    facts = facts_of(text, entities, "Role")
    assert sorted((fact.roles["organization"], fact.extractor) for fact in facts) == [("zorvex", "role.apposition")]


def test_a_title_after_under_is_no_title_at_the_organisation_before(facts_of):
    text = "Mr Smith, head of the Zorvex Budget Office under President Tarvel Belknap, has taken early retirement."
    entities = [SMITH, ("Zorvex Budget Office", "zorvex", "Organization"), ("Tarvel Belknap", "belknap", "Person")]
    facts = facts_of(text, entities, "Role")
    assert ("belknap", "zorvex") not in {(fact.roles["person"], fact.roles["organization"]) for fact in facts}
    titled = facts_of('"It is not the way," said Zorvex Budget Office Under Secretary John Smith.', entities, "Role")
    assert ("smith", "zorvex") in {(fact.roles["person"], fact.roles["organization"]) for fact in titled}
