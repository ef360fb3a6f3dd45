"""kg.mentions: typed name mentions, each rule with positive, negative and near-miss cases.

Made-up company names (Zorvex, Quintara, Telvarra...) keep the company vocabulary out of the
way, so these tests exercise the general rules.
"""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from kg.mentions import find_mentions, initials, of_place_head, short_forms


def _found(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.source) for m in find_mentions(nlp(text))]


def test_offsets_point_into_the_text(nlp) -> None:
    text = "Analysts expect Zorvex Holdings to report higher sales."
    mentions = find_mentions(nlp(text))
    assert [(m.start, m.end, m.kind) for m in mentions] == [(16, 31, "name")]
    assert text[16:31] == "Zorvex Holdings"


def test_month_is_not_a_company_but_may_department_stores_is(nlp) -> None:
    assert _found(nlp, "Sales at the chain rose 4% in May, the company said.") == []
    assert _found(nlp, "May Tarnwell Stores Co agreed to buy Zorvex Holdings for 2 bln dlrs.") == [
        ("May Tarnwell Stores Co", "Organization", "suffix"),
        ("Zorvex Holdings", "Organization", "suffix"),
    ]


def test_the_new_year_is_a_date_not_an_event(nlp) -> None:
    assert _found(nlp, "Acme Corp said its shops get busier in the New Year.") == [("Acme Corp", "Organization", "suffix")]


def test_a_law_the_model_calls_an_organization_is_a_product(nlp) -> None:
    assert _found(nlp, "Acme Corp said the Tarvel-Borvia Act will raise its costs.") == [
        ("Acme Corp", "Organization", "suffix"),
        ("Tarvel-Borvia Act", "Product", "ner"),
    ]


def test_suffix_and_web_names_are_organizations(nlp) -> None:
    assert _found(nlp, "Brindlecorp.com Inc. reported strong sales. Brindlecorp plans to expand.") == [
        ("Brindlecorp.com Inc.", "Organization", "suffix"),
        ("Brindlecorp", "Organization", "ner"),
    ]


def test_a_number_inside_a_suffixed_name_is_part_of_it(nlp) -> None:
    """"Tarvel 1 Imports", "Zorvex Anno 1720 N.V.": a number between name words is part of the
    name, which "Imports" ends like other name suffixes; not a count before one ("sold 3 Stores")."""
    assert ("Tarvel 1 Imports", "Organization") in [
        (m.text, m.type) for m in find_mentions(nlp("Home furnishings store Tarvel 1 Imports saw its sales sink by 8.8%."))
    ]
    assert ("Zorvex Anno 1720 N.V.", "Organization") in [
        (m.text, m.type) for m in find_mentions(nlp("Dutch insurer Zorvex Anno 1720 N.V. <ZRV.AS> said it will own 20 pct of Borg."))
    ]
    assert "3 Stores" not in [m.text for m in find_mentions(nlp("Acme sold 3 Stores to Borg."))]


def test_a_place_the_document_writes_as_a_firm_name_front_is_its_short_form(nlp) -> None:
    """"to buy Europe Zorvex Imports Inc ... Europe Zorvex had sales of": the model reads a place
    in the short form, which is the company's; a known place is not ("New York")."""
    text = (
        "Acme Group said it had agreed to buy Europe Zorvex Imports Inc for cash. "
        "The company said Europe Zorvex had sales of 70 mln dlrs last year."
    )
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.text == "Europe Zorvex"] == [("Europe Zorvex", "Organization")]
    text = "Acme said it had agreed to buy New York Tarvel Holdings Inc. Acme is based in New York."
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.text == "New York"] == [("New York", "Place")]


def test_a_foundation_or_estate_ends_an_organization_name(nlp) -> None:
    """A foundation or a wine estate is an organisation, even named for people ("Knut and Alice
    Belknap Foundation", "Zorvex Belknap Wine Estate") the model reads as persons."""
    assert _found(nlp, "The shares are held by the Knut and Alice Belknap Foundation.") == [
        ("Knut and Alice Belknap Foundation", "Organization", "suffix"),
    ]
    assert _found(nlp, "Its main wine business is Zorvex Belknap Wine Estate.") == [
        ("Zorvex Belknap Wine Estate", "Organization", "suffix"),
    ]


def test_a_given_name_before_a_firm_noun_names_the_firm(nlp) -> None:
    """"from Peter Belknap investment bank": the name is the bank's; not a family's company nor
    a noun that names something else."""
    assert ("Peter Belknap", "Organization") in [
        (m.text, m.type) for m in find_mentions(nlp("Maria Kelvaro, from Peter Belknap investment bank, told Reuters."))
    ]
    assert ("Peter Belknap", "Person") in [
        (m.text, m.type) for m in find_mentions(nlp("Peter Belknap bank accounts were frozen, Reuters said."))
    ]
    assert "Organization" not in [
        m.type for m in find_mentions(nlp("Zorvex is led by the Peter Belknap family company.")) if m.text == "Peter Belknap"
    ]


def test_a_person_descriptor_before_a_person_name_keeps_it_a_person(nlp) -> None:
    """"New York investor Zorvo Belknap": "investor" may name a firm, but written before a name
    the model calls a person it says what the person does; a firm noun still makes a firm."""
    types = {(m.text, m.type) for m in find_mentions(nlp("A group led by New York investor Zorvo Belknap said Acme Inc agreed."))}
    assert ("Zorvo Belknap", "Person") in types
    types = {(m.text, m.type) for m in find_mentions(nlp("A group led by New York carmaker Zorvo Belknap said Acme Inc agreed."))}
    assert ("Zorvo Belknap", "Organization") in types


def test_a_given_name_after_a_firm_noun_names_the_firm(nlp) -> None:
    """"accountancy firm Peter Belknap", "building products group Peter Belknap": the name is the
    firm's; not through a title ("bank chairman Peter Belknap")."""
    assert ("Peter Belknap", "Organization") in [
        (m.text, m.type) for m in find_mentions(nlp("Maria Kelvaro, at accountancy firm Peter Belknap, said it was vital."))
    ]
    assert ("Peter Belknap", "Organization") in [
        (m.text, m.type) for m in find_mentions(nlp("Australian building products group Peter Belknap has agreed to pay 1 bln dlrs."))
    ]
    assert ("Peter Belknap", "Person") in [
        (m.text, m.type) for m in find_mentions(nlp("Acme said bank chairman Peter Belknap resigned."))
    ]


def test_a_person_name_whose_surname_is_titled_elsewhere_stays_a_person(nlp) -> None:
    """"Zorvo Belknap has told investors ..." beside "Mr Belknap told US investors": the title
    shows a person, though telling investors reads like a firm's doing."""
    text = (
        "However, Zorvo Belknap has told investors the merged group will need to cut hundreds of posts. "
        "Mr Belknap told US investors."
    )
    assert ("Zorvo Belknap", "Person") in [(m.text, m.type) for m in find_mentions(nlp(text))]


def test_opening_initials_alone_are_the_company(nlp) -> None:
    """"J.K. said all of its directors ... resigned": the initials a company's name opens with
    are its short form, no person."""
    mentions = find_mentions(nlp("J.K. Resources Inc said it sold warrants. J.K. said all of its directors resigned."))
    assert [(m.text, m.type) for m in mentions] == [("J.K. Resources Inc", "Organization"), ("J.K.", "Organization")]


def test_a_name_before_a_ticker_is_a_company(nlp) -> None:
    """Reuters puts a stock ticker after a company's name: "X <XYZ> climbed", whatever the model
    made of X."""
    assert [(m.text, m.type) for m in find_mentions(nlp("Zorvex <ZRV> climbed one to 88-3/8."))] == [
        ("Zorvex", "Organization")
    ]
    assert [(m.text, m.type) for m in find_mentions(nlp("Peter Belknap <PBK> fell 1/2 to 20."))] == [
        ("Peter Belknap", "Organization")
    ]


def test_headings_are_not_names(nlp) -> None:
    assert _found(nlp, "Market Brief:\n-\nKelvaro Group opened a store in Ohio.") == [
        ("Kelvaro Group", "Organization", "suffix"),
        ("Ohio", "Place", "ner"),
    ]


def test_reuters_markers_lose_their_brackets(nlp) -> None:
    text = "Analysts said <Hallstrom Marine Co> of Oslo, Norway, would sell its stake to <Verdane Capital AB>."
    assert _found(nlp, text) == [
        ("Hallstrom Marine Co", "Organization", "marker"),
        ("Oslo", "Place", "ner"),
        ("Norway", "Place", "ner"),
        ("Verdane Capital AB", "Organization", "marker"),
    ]


def test_upper_case_headline_has_no_mentions(nlp) -> None:
    text = "ZORVEX TO BUY QUINTARA STAKE\nShares of Zorvex Holdings rose after it bought Quintara Corp."
    found = _found(nlp, text)
    assert [(f[0], text.index(f[0]) > 30) for f in found] == [("Zorvex Holdings", True), ("Quintara Corp.", True)]


def test_business_nouns_type_an_untagged_name(nlp) -> None:
    assert _found(nlp, "A Quintara spokesperson declined to comment. Quintara CEO Marta Jensen said the deal was fair.") == [
        ("Quintara", "Organization", "role"),
        ("Quintara", "Organization", "alias"),
        ("Marta Jensen", "Person", "ner"),
    ]


def test_possessive_business_noun_overrules_the_model(nlp) -> None:
    assert _found(nlp, "Mr Jensen said Quintara's shares had risen. Jensen joined in 2010.") == [
        ("Jensen", "Person", "ner"),
        ("Quintara", "Organization", "role"),
        ("Jensen", "Person", "ner"),
    ]


def test_organization_apposition_and_demonyms(nlp) -> None:
    text = "Spanish group Telvarra agreed to acquire Norbeck, a German retailer."
    assert _found(nlp, text) == [
        ("Spanish", "Place", "demonym"),
        ("Telvarra", "Organization", "role"),
        ("Norbeck", "Organization", "ner"),
        ("German", "Place", "demonym"),
    ]


def test_a_winemaker_in_apposition_is_an_organization(nlp) -> None:
    text = "Buying in the wine trade is being led by Tarvel, the world's largest winemaker."
    assert _found(nlp, text) == [("Tarvel", "Organization", "role")]


def test_short_form_of_a_known_name_is_typed_alike(nlp) -> None:
    found = _found(nlp, "Zorvex Holdings said on Tuesday it would expand. Zorvex shares rose 3 pct.")
    assert found == [("Zorvex Holdings", "Organization", "suffix"), ("Zorvex", "Organization", "role")]


def test_seed_mistypings_are_fixed(nlp, seed_document) -> None:
    mentions = find_mentions(nlp(seed_document.text))
    by_text: dict[str, set[str]] = {}
    for m in mentions:
        by_text.setdefault(m.text, set()).add(m.type)
        assert seed_document.text[m.start : m.end] == m.text
    assert by_text["JD"] == {"Organization"}
    assert by_text["Alibaba"] == {"Organization"}
    assert by_text["Yihaodian"] == {"Organization"}
    assert by_text["Walmart"] == {"Organization"}
    assert sum(m.text == "Walmart" for m in mentions) == 6
    assert not {"Dive Brief", "Dive Insight", "American"} & by_text.keys()
    assert {(m.text, m.type) for m in mentions if m.source == "demonym"} == {("Chinese", "Place")}
    assert by_text["Singles Day"] == {"Event"} and by_text["6.18"] == {"Event"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("JD.com Inc.", {"JD.com", "JD"}),
        ("Tencent Holdings", {"Tencent"}),
        ("Federated Department Stores", {"Federated", "Federated Department"}),
        ("Quorvane Hovel McDougall", {"Quorvane", "Quorvane Hovel"}),
        ("Kansas City Belknap", set()),
        ("Sao Paulo Zorvex", set()),
        ("Marta Jensen Associates", {"Marta", "Marta Jensen"}),
        ("Marta Jensen Hovel Associates", {"Marta"}),
        ("Hal Zorvex Studios Inc", {"Hal Zorvex Studios", "Hal Zorvex", "Hal"}),
        ("PHS Van Zorvex NV", {"PHS", "PHS Van", "PHS Van Zorvex", "Van Zorvex"}),
        ("BP Oil International", {"BP", "BP Oil"}),
        ("United Airlines", set()),
        ("Acme Europe", set()),
        ("Industrial Equity (Pacific) Ltd", {"Industrial Equity (Pacific)", "Industrial Equity"}),
        ("Brindle Mining Holdings Inc", {"Brindle Mining Holdings", "Brindle Mining", "Brindle"}),
        ("J.K. Zorvex Resources Inc", {"J.K. Zorvex Resources", "J.K.", "Zorvex Resources", "Zorvex"}),
        ("A. Tarvel Inc", {"A. Tarvel", "Tarvel"}),
        ("K. and T. Zorvex Plc", {"K. and T. Zorvex", "Zorvex"}),
        ("Chas. K. Zorvex Co", {"Chas. K. Zorvex", "Zorvex"}),
        ("Gruppo Kelvaro", {"Kelvaro"}),
        ("Groupe Tarnvel Inc", {"Groupe Tarnvel", "Tarnvel"}),
        ("Quintara-Belk Resources Inc", {"Quintara-Belk Resources", "Quintara-Belk"}),
    ],
)
def test_short_forms(name: str, expected: set[str]) -> None:
    assert short_forms(name) == expected


def _doc(nlp, words, heads, deps, pos, ents):
    """A hand-built parse, for the model's mistakes that a real sentence does not reliably show."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It paves the way, said analyst Louis Marsh of Nadler Pruitt Wexford.",
            [("Louis Marsh", "Person", "ner"), ("Pruitt Wexford", "Organization", "role")],
        ),
        (
            "Suez owns 40% of Corvas Meridias, the water firm.",
            [("Suez", "Organization", "ner"), ("Corvas Meridias", "Organization", "role")],
        ),
        (
            "The sale of Zorvex Express, Canada's courier, helps the parent.",
            [("Zorvex Express", "Organization", "role"), ("Canada", "Place", "ner")],
        ),
        (
            "It will focus on its Quintara Lumber and Savannah Fairweather units.",
            [("Quintara Lumber", "Organization", "suffix"), ("Savannah Fairweather", "Organization", "role")],
        ),
        ("Oil industry analysts Douglas-Westwood said so.", [("Douglas-Westwood", "Organization", "role")]),
        (
            "Tarvel said it would sell Lipton U.S. to Quintara.",
            [("Tarvel", "Organization", "role"), ("Lipton U.S.", "Organization", "role"), ("Quintara", "Organization", "role")],
        ),
        (
            "Prices rose, said David Hollings, editor at industry magazine Flight Weekly.",
            [("David Hollings", "Person", "ner"), ("Flight Weekly", "Organization", "role")],
        ),
    ],
)
def test_firms_the_model_calls_persons_or_products(nlp, text: str, expected) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He wrote about the sale of Peter Smith's house.",  # a given name: a person
        "Analysts at Morgan Stanley said that Peter Smith and Jane Doe agreed.",
    ],
)
def test_persons_stay_persons(nlp, text: str) -> None:
    assert all(m.type == "Person" for m in find_mentions(nlp(text)) if "Smith" in m.text or "Doe" in m.text)


def test_a_given_name_set_off_before_a_role_past_a_home_town_is_a_person(nlp) -> None:
    found = [(m.text, m.type) for m in find_mentions(nlp("The other investor is Mason Belknap, Cos Cob, Conn., president of Quintara Digest Inc."))]
    assert ("Mason Belknap", "Person") in found


def test_titled_given_name_the_model_calls_a_firm_is_a_person(nlp) -> None:
    words = ["Former", "Quintara", "boss", "Bernie", "Ebbers", "is", "on", "trial", "."]
    heads = [2, 2, 4, 4, 5, 5, 5, 6, 5]
    deps = ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"]
    pos = ["ADJ", "PROPN", "NOUN", "PROPN", "PROPN", "AUX", "ADP", "NOUN", "PUNCT"]
    ents = ["O", "B-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    found = [(m.text, m.type, m.source) for m in find_mentions(_doc(nlp, words, heads, deps, pos, ents))]
    assert found == [("Quintara", "Organization", "ner"), ("Bernie Ebbers", "Person", "role")]
    ents[3] = "O"
    ents[4] = "B-ORG"
    found = [(m.text, m.type) for m in find_mentions(_doc(nlp, words, heads, deps, pos, ents))]
    assert ("Ebbers", "Organization") in found  # no given name: left to the model


def test_partners_joined_by_and_after_a_preposition_or_named_apart(nlp) -> None:
    assert _found(nlp, "The group owns 786,800 shares of Dorrit and Hewell Co common stock.") == [
        ("Dorrit and Hewell Co", "Organization", "suffix")
    ]
    text = "Belknap Bank Shares Inc said it would appeal. The ruling blocks the affiliation of Belknap and Dover Savings Bank."
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Organization"] == ["Belknap Bank Shares Inc", "Belknap", "Dover Savings Bank"]


def test_surnames_listed_as_a_speaker_s_employer_are_one_firm(nlp) -> None:
    text = '"Margins will shrink," said Tom Belknap, an analyst with Kelvaro Tarnfield and Quintara.'
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.type == "Organization"] == [
        ("Kelvaro Tarnfield and Quintara", "Organization")
    ]
    text = "Tom Belknap, chairman of Acme Corp and Borg Inc, declined to comment."
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Organization"] == ["Acme Corp", "Borg Inc"]


def test_a_sentence_s_first_word_taken_for_a_common_noun_may_be_a_partner_s_name(nlp) -> None:
    text = "Cable and Wireless Plc said proposals to resolve a dispute were not acceptable."
    assert _found(nlp, text) == [("Cable and Wireless Plc", "Organization", "suffix")]
    assert _found(nlp, "Analysts and Tarvel Plc said the proposals were not acceptable.") == [("Tarvel Plc", "Organization", "suffix")]


def test_two_words_only_ever_written_as_a_pair_are_one_firm(nlp) -> None:
    text = (
        "Harlow and Kesterton Inc's publishing unit, Dorrit and Hewell, said it agreed to buy Zorvex Ltd. "
        "Zorvex will join Dorrit and Hewell's International Group. Dorrit and Hewell said the price was fair."
    )
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Organization"] == [
        "Harlow and Kesterton Inc",
        "Dorrit and Hewell",
        "Zorvex Ltd.",
        "Zorvex",
        "Dorrit and Hewell's International Group",
        "Dorrit and Hewell",
    ]
    once = "Dorrit and Hewell said it agreed to buy Zorvex Ltd. Dorrit said the price was fair."
    assert "Dorrit and Hewell" not in [m.text for m in find_mentions(nlp(once))]
    letters = "The stake was bought by ZB and Q and Tarvel. It was claimed by ZB and Q. ZB and Q chairman Bill Kelvaro said so."
    assert [m.text for m in find_mentions(nlp(letters))][:3] == ["ZB and Q", "Tarvel", "ZB and Q."]


def test_firm_names_with_and_commas_and_dashes(nlp) -> None:
    assert _found(nlp, "Goodyear Tire and Rubber Co agreed to buy Kelvaro Inc.")[0] == ("Goodyear Tire and Rubber Co", "Organization", "role")
    assert _found(nlp, "Analysts at Kestrel, Ball and Tarnley Inc said the stock was cheap.") == [
        ("Kestrel, Ball and Tarnley Inc", "Organization", "suffix")
    ]
    assert _found(nlp, "It was bid for by AFG Industries Inc and Wagner and Brown last year.") == [
        ("AFG Industries Inc", "Organization", "suffix"),
        ("Wagner and Brown", "Organization", "ner"),
    ]
    assert _found(nlp, "Chrysler and Ford Motor Co sold cars.") == [
        ("Chrysler", "Organization", "vocab"),
        ("Ford Motor Co", "Organization", "suffix"),
    ]
    text = "The accord with the state company IVR -\nIstituto per la Velloria Industriale was binding."
    assert _found(nlp, text) == [("IVR -\nIstituto per la Velloria Industriale", "Organization", "suffix")]


def test_a_short_form_the_model_tags_elsewhere_is_a_name_where_it_does_not(nlp) -> None:
    text = 'Marsh & McLennan posted a loss. Marsh took a pre-tax charge of $618m. "Clearly 2004 was the most difficult year," Marsh chief executive Michael Hollis said.'
    assert _found(nlp, text) == [
        ("Marsh & McLennan", "Organization", "ner"),
        ("Marsh", "Organization", "ner"),
        ("Marsh", "Organization", "alias"),
        ("Michael Hollis", "Person", "ner"),
    ]


def test_an_abbreviation_the_model_tags_once_is_a_name_where_it_does_not(nlp) -> None:
    text = "Zorvex said it had signed a deal with state-owned Quintara Aeronautics (QAL) to share data. Meanwhile, France's Borvia also said it plans a venture with QAL to make engine parts."
    assert [(m.text, m.source) for m in find_mentions(nlp(text)) if m.text == "QAL"] == [("QAL", "alias"), ("QAL", "ner")]


def test_a_name_the_model_tags_elsewhere_wins_over_the_country_it_opens_with(nlp) -> None:
    """The model tags "UK Tarvel" once and only its "UK" before: the whole name is the firm."""
    text = "Shares in UK Tarvel have fallen after the mining group reported a loss. UK Tarvel said it was making progress."
    assert _found(nlp, text) == [("UK Tarvel", "Organization", "alias"), ("UK Tarvel", "Organization", "ner")]


def test_known_name_wins_over_a_cut_short_one(nlp) -> None:
    text = "Zorvex General Corp said it would sell. The deal will allow Zorvex General to focus."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [
        ("Zorvex General Corp", "Organization"),
        ("Zorvex General", "Organization"),
    ]


def test_a_known_name_wins_over_the_part_up_to_a_legal_suffix_inside_it(nlp) -> None:
    text = "Tarvel Co said <Tarvel Co Nordic Ltd> would expand. Tarvel Co Nordic said it hired staff."
    assert _found(nlp, text) == [
        ("Tarvel Co", "Organization", "suffix"),
        ("Tarvel Co Nordic Ltd", "Organization", "marker"),
        ("Tarvel Co Nordic", "Organization", "alias"),
    ]


def test_a_known_name_wins_over_the_pieces_the_model_retyped(nlp) -> None:
    text = (
        "<Varley's Bay Co> said a writeoff of\n40.4 mln dlrs was due to its investment.\n     Varley's Bay holds about four mln shares of\n"
        "Borg's preferred shares.\n    Varley's Bay also said its Tarnborough properties\nsubsidiary had an operating profit."
    )
    assert [(m.text, m.source) for m in find_mentions(nlp(text)) if "Varley" in m.text] == [
        ("Varley's Bay Co", "marker"),
        ("Varley's Bay", "alias"),
        ("Varley's Bay", "alias"),
    ]


def test_countries_naming_currencies_and_lower_case_words_are_not_names(nlp) -> None:
    assert _found(nlp, "Acme Corp will repay 350 mln U.S. dlrs of debt.") == [("Acme Corp", "Organization", "suffix")]
    words = ["State", "-", "owned", "Rosnova", "grew", ".", "The", "state", "sold", "."]
    heads = [2, 2, 3, 4, 4, 4, 7, 8, 8, 8]
    deps = ["npadvmod", "punct", "amod", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "PUNCT", "VERB", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"]
    found = [(m.text, m.type) for m in find_mentions(_doc(nlp, words, heads, deps, pos, ents))]
    assert found == [("Rosnova", "Organization")]


def test_ticker_markers_and_ampersand_names_at_sentence_end(nlp) -> None:
    assert _found(nlp, "It sold the station to Tarvel Media Co <TRVM> for 45 mln dlrs.") == [
        ("Tarvel Media Co", "Organization", "suffix")
    ]
    assert [m.text for m in find_mentions(nlp("He left after AT&T. Then he joined Zorvex Corp in May."))] == [
        "AT&T",
        "Zorvex Corp",
    ]


def test_chained_tickers_and_tickers_with_an_exchange_are_no_names(nlp) -> None:
    names = lambda text: [m.text for m in find_mentions(nlp(text))]  # noqa: E731
    assert names("Zorvex Group <ZVX> <ZVG> said it sold Acme.") == ["Zorvex Group", "Acme"]
    assert names("The stake in <ERIC.ST> went to BankAmerica Corp <BAC.NYSE> in May.") == ["BankAmerica Corp"]
    assert names("Privately held <Wagner and Brown> said it bought <MCA>.") == ["Wagner and Brown", "MCA"]


def test_untagged_names_listed_with_firms_or_before_sites(nlp) -> None:
    assert _found(nlp, "Orders came from Kelvaro International Airlines and Brelto of Taiwan.")[:2] == [
        ("Kelvaro International Airlines", "Organization", "suffix"),
        ("Brelto", "Organization", "role"),
    ]
    assert _found(nlp, "Acme is a partner in the Sakhalin-1 oil field.") == [("Sakhalin-1", "Place", "role")]


def test_initials_give_a_short_form() -> None:
    assert short_forms("E.F. Hutton Group Inc") == {"E.F. Hutton Group", "E.F. Hutton", "Hutton", "E.F."}
    assert short_forms("U.S. Steel Corp") == {"U.S. Steel"}


def test_two_firms_joined_by_and_stay_two(nlp) -> None:
    assert [m.text for m in find_mentions(nlp("Ogilvy & Mather and Tarvel Communications agreed."))] == [
        "Ogilvy & Mather",
        "Tarvel Communications",
    ]
    assert [m.text for m in find_mentions(nlp("Redstone and MCV Holdings Inc agreed."))] == ["Redstone", "MCV Holdings Inc"]


def test_model_numbers_are_products(nlp) -> None:
    text = (
        "It has a rival to Zorvex's 777 line. Its much-anticipated 787 Dreamliner plane will fly. "
        "It stopped making its smallest airliner, the 717. It sold 300 planes in 1998. "
        "Its 2004 model sold well. The bank approved a 200 mln dlr credit line."
    )
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.type == "Product"] == [
        ("777", "Product"),
        ("787 Dreamliner", "Product"),
        ("717", "Product"),
    ]


def test_superscript_digits_are_no_model_number(nlp) -> None:
    text = "Acme Corp sold 150 \u00b2\u00b3\u2074 units."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [("Acme Corp", "Organization")]


def test_region_with_plural_states_is_one_region(nlp) -> None:
    text = "ONGC would reduce its dependence on Gulf states for oil. Many US states agreed."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [
        ("ONGC", "Organization"),
        ("Gulf states", "Place"),
        ("US", "Place"),
    ]


def test_products_before_a_product_noun_and_listed_with_one(nlp) -> None:
    text = (
        "Recent new models introduced by Zorvex include the Zorvex Calder and Pellam Montra sedans, "
        "the Zorvex Brisk crossover, the Zorvex Tallin, and Velo K40 and K60 in Europe."
    )
    assert [f for f in _found(nlp, text) if f[1] == "Product"] == [
        ("Zorvex Calder", "Product", "role"),
        ("Pellam Montra", "Product", "role"),
        ("Zorvex Brisk", "Product", "role"),
        ("Zorvex Tallin", "Product", "role"),
        ("Velo K40", "Product", "role"),
        ("K60", "Product", "role"),
    ]
    assert ("Vantor", "Product", "role") in _found(nlp, "Zorvex unveiled the Vantor and Pelham models at the show.")
    brands = [f for f in _found(nlp, "Unilever owns the Dove and Lipton brands.") if f[1] == "Product"]
    assert brands == [("Dove", "Product", "role"), ("Lipton", "Product", "role")]


def test_no_product_without_a_determiner_or_through_a_common_noun(nlp) -> None:
    assert _found(nlp, "Zorvex bought a stake in Quintara, their Brandle investment vehicle said.") == [
        ("Zorvex", "Organization", "role"),
        ("Quintara", "Place", "ner"),
    ]


def test_sports_clubs_after_a_city_or_with_a_club_word(nlp) -> None:
    text = "Shares in Manchester United rose. The board of Man Utd met. He flew to Kansas City."
    assert _found(nlp, text) == [
        ("Manchester United", "Organization", "role"),
        ("Man Utd", "Organization", "role"),
        ("Kansas City", "Place", "ner"),
    ]


def test_a_word_before_based_names_a_place_whatever_the_model_tagged(nlp) -> None:
    text = "Acme Corp will buy the Lyons-based <Rhodic> and Remalard-based <Varnex> units and Internet-based services."
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [
        ("Acme Corp", "Organization"),
        ("Lyons", "Place"),
        ("Rhodic", "Organization"),
        ("Remalard", "Place"),
        ("Varnex", "Organization"),
    ]


def test_a_name_after_of_before_a_comma_and_a_state_is_a_town(nlp) -> None:
    text = "Acme Inc sold its water properties to Zorvex Utility Co of Columbia, Mo., and Borg Corp of Troy, Mich."
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.type == "Place"] == [
        ("Columbia", "Place"),
        ("Mo.", "Place"),
        ("Troy", "Place"),
        ("Mich.", "Place"),
    ]


def test_an_untagged_name_a_person_works_at_is_a_firm(nlp) -> None:
    text = '"The best part of the news was that," said Arne Hollis, an analyst at Dervecam.'
    assert _found(nlp, text) == [("Arne Hollis", "Person", "ner"), ("Dervecam", "Organization", "role")]


def test_suitor_and_owner_of_make_firms(nlp) -> None:
    text = "However, rival suitor Varnex also upped its offer. The Paris-based bourse, owner of Kelby in London, said it may pay."
    assert _found(nlp, text) == [
        ("Varnex", "Organization", "role"),
        ("Paris", "Place", "ner"),
        ("Kelby", "Organization", "role"),
        ("London", "Place", "ner"),
    ]
    assert _found(nlp, "He owns 5% of Zorvex.") == [("Zorvex", "Organization", "role")]


def test_relative_clause_with_a_business_verb_makes_a_firm(nlp) -> None:
    assert _found(nlp, "Acme, which bought Zenta last year, said its profit rose.") == [
        ("Acme", "Organization", "role"),
        ("Zenta", "Organization", "role"),
    ]


def test_town_before_a_state_is_a_place_everywhere(nlp) -> None:
    assert _found(nlp, "The plant in Zarnford, Ohio, will close. The Zarnford plant employs 900.") == [
        ("Zarnford", "Place", "role"),
        ("Ohio", "Place", "ner"),
        ("Zarnford", "Place", "ner"),
    ]


def test_titles_and_titled_surnames_make_persons(nlp) -> None:
    text = "Mr Quell and Mr Brodie own 29% of the club. The tycoons JP Quell and John Brodie spoke."
    assert _found(nlp, text) == [
        ("Quell", "Person", "ner"),
        ("Brodie", "Person", "ner"),
        ("JP Quell", "Person", "role"),
        ("John Brodie", "Person", "ner"),
    ]


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        ('"Demand is cooling fast," Zorvex chief economist Anna Belknap said of the data.', "Zorvex", "Anna Belknap"),
        ('"Demand is cooling fast," said Quintara economist Carl Tarvel.', "Quintara", "Carl Tarvel"),
    ],
)
def test_a_name_before_a_job_title_that_heads_a_person_is_the_employer(nlp, text: str, firm: str, person: str) -> None:
    """The model reads a one-word firm before "economist" and a person's name as a person or a
    product; the title between them makes it where that person works."""
    assert _found(nlp, text) == [(firm, "Organization", "role"), (person, "Person", "ner")]


def test_a_rank_before_an_untagged_surname_is_part_of_the_person_s_name(nlp) -> None:
    """Where the model leaves "Lord Wexley" untagged (as it does some lords), the title makes him a
    person, and a rank before a bare surname stays in the name (gold calls him "Lord Wexley")."""
    doc = nlp("Acme chief executive Lord Wexley said the results were strong.")
    doc.ents = []
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)] == [("Lord Wexley", "Person", "role")]


def test_a_legal_suffix_in_title_case_names_a_firm(nlp) -> None:
    """Wire copy writes "Ag" for "AG": the model may call "Tarnfeld Chemie Ag" a person."""
    assert _found(nlp, "Tarnfeld Chemie Ag, based in Rausen, Switzerland, reported sales of 40 mln dlrs.") == [
        ("Tarnfeld Chemie Ag", "Organization", "suffix"),
        ("Rausen", "Place", "role"),
        ("Switzerland", "Place", "ner"),
    ]


def test_brokers_named_like_a_person_are_a_firm(nlp) -> None:
    assert _found(nlp, "A spokesman for brokers James Kettering said. Kettering handled the deal.") == [
        ("James Kettering", "Organization", "role"),
        ("Kettering", "Organization", "ner"),
    ]


def test_place_kind_of_firm_and_person_of_firm(nlp) -> None:
    text = "Kelvaro, an Alberta Corp, said profits rose. Analyst Ronald Hastings of Kettering Securities said."
    assert _found(nlp, text) == [
        ("Kelvaro", "Organization", "ner"),
        ("Alberta", "Place", "ner"),
        ("Ronald Hastings", "Person", "ner"),
        ("Kettering Securities", "Organization", "suffix"),
    ]


def test_time_zone_and_possessor_inside_a_model_span(nlp) -> None:
    assert _found(nlp, "At 1405 GMT, shares in Zorvex Holdings were down.") == [("Zorvex Holdings", "Organization", "suffix")]
    text = "He regarded Sosnell's Caesar Palms holdings. Caesar Palms shares rose. Martin Sosnell said."
    assert _found(nlp, text) == [
        ("Sosnell", "Person", "alias"),
        ("Caesar Palms", "Organization", "ner"),
        ("Caesar Palms", "Organization", "role"),
        ("Martin Sosnell", "Person", "ner"),
    ]


def test_demonym_places_only_for_company_descriptions(nlp) -> None:
    text = (
        "Aldmoor Corp said its Dutch brewer Hennart rose. The Dutch group Kelvin NV said. "
        "Velmark, the Dutch group, said. Dutch investors and Chinese e-commerce grew."
    )
    demonyms = [(m.text, m.type, text[m.start : m.end]) for m in find_mentions(nlp(text)) if m.source == "demonym"]
    assert demonyms == [("Dutch", "Place", "Dutch")] * 3
    assert _found(nlp, "Japanese investors bought Chinese e-commerce shares.") == []


def test_a_state_demonym_describing_a_company_is_a_place_but_a_region_is_not(nlp) -> None:
    text = "Belknap Inc, a Californian wine company, denied it was in talks. Its North American unit grew."
    demonyms = [(m.text, m.type) for m in find_mentions(nlp(text)) if m.source == "demonym"]
    assert demonyms == [("Californian", "Place")]


def test_a_demonym_before_a_company_noun_and_a_name_whatever_the_parse(nlp) -> None:
    text = "Heineken and Carlsberg have reported falling profits.\n\nDutch firm Heineken saw its annual profits drop 33%."
    doc = nlp(text)
    assert doc[11].dep_ == "nsubj" and doc[11].head.dep_ == "relcl"
    assert [m.text for m in find_mentions(doc) if m.source == "demonym"] == ["Dutch"]


def test_a_name_run_into_its_bracketed_abbreviation_is_cut_at_the_bracket(nlp) -> None:
    assert _found(nlp, "The Bank of Norvania (BoN) kept rates on hold.") == [
        ("Bank of Norvania", "Organization", "ner"),
        ("BoN", "Organization", "ner"),
    ]


def test_a_name_joined_by_and_is_whole_when_its_bracketed_initials_spell_it(nlp) -> None:
    assert _found(nlp, "Tarvel and Belknap (T&B) said it would buy Zorvex Corp.")[0] == (
        "Tarvel and Belknap",
        "Organization",
        "suffix",
    )
    assert "Tarvel and Belknap" not in [m[0] for m in _found(nlp, "Shares in Tarvel and Belknap (BTX) rose.")]


def test_a_bracketed_word_that_is_no_abbreviation_stays_in_the_name(nlp) -> None:
    doc = nlp("Shares of Delmar Equity (Pacific) rose.")
    doc.ents = [Span(doc, 2, 6, label="ORG")]
    assert doc.ents[0].text == "Delmar Equity (Pacific"
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Delmar Equity (Pacific", "Organization")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Jensen, UK economist for Quintara Capital, said the figures were weak.", ("Marta Jensen", "Person")),
        ("Delia Marsh, US chief economist at Quintara Capital, said rates would rise.", ("Delia Marsh", "Person")),
        ("The plant in Brackley, Ohio, employs 300 people.", ("Brackley", "Place")),
    ],
)
def test_a_role_after_the_region_makes_the_name_a_person_not_a_town(nlp, text: str, expected) -> None:
    assert _found(nlp, text)[0][:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The placement was 12.4 mln shares at 1.815 N.Z. Dlrs a share.",
        "It sold the stake for 207.7 mln N.Z. Dlrs.",
    ],
)
def test_a_currency_after_a_number_is_no_name(nlp, text: str) -> None:
    assert _found(nlp, text) == []


def test_a_name_ending_like_a_currency_without_a_number_stays(nlp) -> None:
    assert _found(nlp, "Howard Marks said the fund would buy 5 pct of Zorvex Corp.") == [
        ("Howard Marks", "Person", "ner"),
        ("Zorvex Corp.", "Organization", "suffix"),
    ]


def test_a_name_behind_a_negating_prefix_is_no_mention(nlp) -> None:
    assert _found(nlp, "Non-EU sales jumped 4.2%, led by gains in several markets.") == []
    assert _found(nlp, "Nonex Holdings and Zorvex Corp agreed to merge.") == [
        ("Nonex Holdings", "Organization", "suffix"),
        ("Zorvex Corp", "Organization", "suffix"),
    ]


def test_guessed_people_in_a_list_of_places_are_places(nlp) -> None:
    assert _found(nlp, "Zorvex Corp has plants in Ohio, Texas, Quintara Falls and Brindle Heights.")[-2:] == [
        ("Quintara Falls", "Place", "role"),
        ("Brindle Heights", "Place", "role"),
    ]
    assert _found(nlp, "The bank has branches in Lagos, Accra, Kumasi Velde and Port Harcourt.")[2] == (
        "Kumasi Velde", "Place", "role"
    )


def test_towns_the_model_called_firms_in_a_list_a_state_closes_are_places(nlp) -> None:
    """"in Elmira, Tarnfield and Utica, N.Y.": the wire places towns so; firms listed beside a
    place with no state after them stay firms."""
    found = _found(nlp, "The chain has stores in Elmira, Tarnfield and Utica, N.Y.")
    assert [(text, kind) for text, kind, _ in found][:3] == [("Elmira", "Place"), ("Tarnfield", "Place"), ("Utica", "Place")]
    assert ("Borvia", "Organization") in [(text, kind) for text, kind, _ in _found(nlp, "The firm sells to Acme, Borvia and Boston.")]


@pytest.mark.parametrize(
    "text",
    [
        "Delia Marsh and Kumasi Velde visited Lagos.",
        "Kumasi Velde and Brindle Okafor visited Lagos.",
    ],
)
def test_guessed_people_beside_a_person_or_with_no_place_in_the_list_stay_people(nlp, text: str) -> None:
    assert ("Kumasi Velde", "Person", "ner") in _found(nlp, text)


def test_a_leading_common_noun_the_model_tagged_is_no_part_of_the_name(nlp) -> None:
    doc = nlp("Bob Hadley agreed to buy broadcaster Zorvex's stake in the club.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 7, label="ORG")]
    assert doc.ents[1].text == "broadcaster Zorvex"
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Bob Hadley", "Person"), ("Zorvex", "Organization")]


def test_a_leading_nationality_plural_is_no_part_of_the_name(nlp) -> None:
    assert _found(nlp, "Irishmen JP Quill and John Magnier own a 29% stake in Zorvex.")[0][0] == "JP Quill"
    assert _found(nlp, "Englishmen Holdings Plc said sales rose.") == [
        ("Englishmen Holdings Plc", "Organization", "suffix")
    ]


def test_a_person_spelt_as_a_known_place_is_the_place(nlp) -> None:
    doc = nlp("Trade may slow. Sri Lanka's share index has dropped about 3% since the flood.")
    assert [(ent.text, ent.label_) for ent in doc.ents][0] == ("Sri Lanka's", "PERSON")
    assert [(m.text, m.type) for m in find_mentions(doc) if m.text == "Sri Lanka"] == [("Sri Lanka", "Place")]


def test_an_organisation_spelt_as_a_country_or_territory_is_the_place(nlp) -> None:
    from kg.mentions import _names_a_country

    doc = nlp("Tourism in the Maldives fell sharply after the tsunami, the Maldives government said.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Maldives", "ORG"), ("Maldives", "ORG")]
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Maldives", "Place"), ("Maldives", "Place")]
    assert (_names_a_country("Maldives"), _names_a_country("Bermuda"), _names_a_country("Barcelona"), _names_a_country("Chelsea")) == (
        True, True, False, False
    )


def test_a_person_spelt_as_a_place_who_is_named_in_full_stays_a_person(nlp) -> None:
    doc = nlp("Michael Jordan runs Zorvex Holdings. Jordan said the deal was fair.")
    assert [(m.text, m.type) for m in find_mentions(doc) if "Jordan" in m.text] == [
        ("Michael Jordan", "Person"),
        ("Jordan", "Person"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Brambling Gorse said it agreed to buy Holt Manor Inc.",
        "Brambling Gorse said its board approved the sale of Holt Manor Inc.",
        "Brambling Gorse said it was in talks to acquire Holt Manor Inc.",
    ],
)
def test_an_untagged_speaker_reporting_of_itself_is_an_organization(nlp, text: str) -> None:
    assert _found(nlp, text)[0] == ("Brambling Gorse", "Organization", "role")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brambling Gorse said he agreed to buy Holt Manor Inc.", "Holt Manor Inc."),
        ("Brambling Gorse said it was too early to say whether Holt Manor Inc would sell.", "Holt Manor Inc"),
    ],
)
def test_an_untagged_speaker_saying_he_or_an_empty_it_is_no_mention(nlp, text: str, name: str) -> None:
    assert _found(nlp, text) == [(name, "Organization", "suffix")]


def test_a_name_the_parser_splits_at_a_line_break_keeps_its_suffix(nlp) -> None:
    text = "Privately-held Tarn Velloway Productions\nInc said it agreed to merge with Quorra Development Corp."
    assert _found(nlp, text) == [
        ("Tarn Velloway Productions\nInc", "Organization", "suffix"),
        ("Quorra Development Corp.", "Organization", "suffix"),
    ]


def test_a_ticker_after_a_possessive_name_is_no_name(nlp) -> None:
    text = "Bexley Mills said it completed the purchase of Kelvaro Corp's <KLV> specialty coatings division."
    assert _found(nlp, text) == [
        ("Bexley Mills", "Organization", "suffix"),
        ("Kelvaro Corp", "Organization", "suffix"),
    ]


def test_a_bracketed_name_alone_stays_a_name(nlp) -> None:
    assert _found(nlp, "Heron Mills said it bought <MCA> for 10 mln dlrs.") == [
        ("Heron Mills", "Organization", "suffix"),
        ("MCA", "Organization", "marker"),
    ]


def test_a_hyphenated_word_opening_with_a_legal_suffix_is_part_of_the_name(nlp) -> None:
    text = "Co-operative Belknap Bancorp said it has closed its purchase of the Tarnwell Co-operative Bank."
    assert _found(nlp, text) == [
        ("Co-operative Belknap Bancorp", "Organization", "suffix"),
        ("Tarnwell Co-operative Bank", "Organization", "suffix"),
    ]


def test_a_place_and_a_participle_before_a_name_are_no_part_of_it(nlp) -> None:
    assert _found(nlp, "Houston-based Velloway Publications Inc said it agreed to sell its unit.") == [
        ("Houston", "Place", "ner"),
        ("Velloway Publications Inc", "Organization", "suffix"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("First of Arlen Bank Corp said it acquired Keystar Bancshares Inc for 25 mln dlrs.", "First of Arlen Bank Corp"),
        ("Zorvex Industries Inc said it agreed to acquire Kel/Var Corp.", "Kel/Var Corp."),
        ("Shares of Pelham Minerals and Chemicals Corp rose.", "Pelham Minerals and Chemicals Corp"),
    ],
)
def test_the_models_organisation_ending_in_a_suffix_name_gives_the_whole_name(nlp, text: str, name: str) -> None:
    assert (name, "Organization", "suffix") in _found(nlp, text)


def test_a_place_before_a_known_organisation_is_no_part_of_its_name(nlp) -> None:
    assert _found(nlp, "Officials at the US Federal Reserve said rates would rise.") == [
        ("US", "Place", "demonym"),
        ("Federal Reserve", "Organization", "vocab"),
    ]


def test_a_known_first_word_gives_way_to_the_models_longer_name_with_a_lower_case_suffix(nlp) -> None:
    text = "United Quorra Management corp said it completed the acquisition of Rice Hall Associates."
    assert _found(nlp, text) == [
        ("United Quorra Management corp", "Organization", "ner"),
        ("Rice Hall Associates", "Organization", "suffix"),
    ]


def test_a_country_in_brackets_and_two_legal_suffixes_stay_in_the_name(nlp) -> None:
    text = "Santos Ltd said it would buy Kelvaro Holdings (Australia) Pty Ltd, a unit of Kelvaro SA."
    assert _found(nlp, text) == [
        ("Santos Ltd", "Organization", "suffix"),
        ("Kelvaro Holdings (Australia) Pty Ltd", "Organization", "suffix"),
        ("Kelvaro SA", "Organization", "suffix"),
    ]


def test_a_legal_suffix_alone_before_another_is_no_name(nlp) -> None:
    assert _found(nlp, "Brisco and Co Ltd paid 15 mln dlrs for a stake in Zorvex Corp.") == [
        ("Brisco and Co Ltd", "Organization", "suffix"),
        ("Zorvex Corp.", "Organization", "suffix"),
    ]


def test_a_national_subsidiary_gives_no_first_word_short_form() -> None:
    assert short_forms("Kelvaro Holdings (Australia) Pty Ltd") == frozenset(
        {"Kelvaro Holdings (Australia) Pty", "Kelvaro Holdings (Australia)", "Kelvaro Holdings"}
    )
    assert "Kelvaro" in short_forms("Kelvaro Holdings (Pacific Rim) Ltd")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Analysts said the buyer would wring concessions from the Tarnwell Workers union local representing plant workers.",
            "Tarnwell Workers",
        ),
        ("Profits rose, the Associated Velloway news agency reported.", "Associated Velloway"),
    ],
)
def test_a_lower_case_noun_ending_the_models_organisation_is_no_part_of_it(nlp, text: str, name: str) -> None:
    assert _found(nlp, text) == [(name, "Organization", "ner")]


def test_an_ambiguous_known_word_opening_a_longer_model_organisation_is_that_organisation(nlp) -> None:
    text = "Analysts said the buyer would wring concessions from the United Tarnwell Workers union local representing plant workers."
    assert _found(nlp, text) == [("United Tarnwell Workers", "Organization", "ner")]


def test_a_known_name_glued_by_a_hyphen_to_another_word_is_part_of_a_longer_name(nlp) -> None:
    text = "The market is led by Kelvaro, followed by Sarvo-BP which is half owned by BP."
    assert [m for m in _found(nlp, text) if m[1] == "Organization"] == [
        ("Sarvo-BP", "Organization", "vocab"),
        ("BP", "Organization", "vocab"),
    ]


def test_and_co_before_a_legal_suffix_belongs_to_the_name_before_it(nlp) -> None:
    assert _found(nlp, "Velloway Tarn and Co Ltd paid 1.5 mln dlrs for a stake in Zorbel Corp.") == [
        ("Velloway Tarn and Co Ltd", "Organization", "suffix"),
        ("Zorbel Corp.", "Organization", "suffix"),
    ]


def test_a_person_cut_at_a_name_particle_is_one_person(nlp) -> None:
    text = "It led to the exit of its chairman, Sir Tom Belknap, and finance chief Jeroen van der Belk."
    assert _found(nlp, text) == [("Tom Belknap", "Person", "ner"), ("Jeroen van der Belk", "Person", "ner")]


def test_two_initials_joined_by_and_open_a_suffix_name(nlp) -> None:
    text = "Zorvex Corp agreed to buy Borg Inc's wholly owned subsidiary D and K Tarnwell Corp."
    assert ("D and K Tarnwell Corp.", "Organization", "suffix") in _found(nlp, text)


def test_two_initials_with_full_stops_joined_by_and_open_a_suffix_name(nlp) -> None:
    text = "Tarvel said it would pool its dairy units with those of K. and T. Zorvex Plc next year."
    assert ("K. and T. Zorvex Plc", "Organization", "suffix") in _found(nlp, text)


def test_a_given_name_cut_short_opens_a_suffix_name(nlp) -> None:
    text = "Tarvel Corp said its Chas. K. Zorvex Co unit has offered to buy Borvia Inc."
    assert ("Chas. K. Zorvex Co", "Organization", "suffix") in _found(nlp, text)


def test_initials_before_a_known_company_in_a_model_person_open_the_company_name(nlp) -> None:
    text = "K.L. Siemens of Borvia said it agreed to buy a stake in Zorvex Inc."
    assert ("K.L. Siemens", "Organization", "vocab") in _found(nlp, text)


def test_a_common_word_opening_a_sentence_is_no_firm_though_its_role_is_a_firms(nlp) -> None:
    text = "Zorvex is buying a stake in Borg. Group ad sales rose more than 8% on the year, the group said."
    assert [name for name, _, _ in _found(nlp, text)] == ["Zorvex", "Borg"]


def test_a_county_is_a_place_whatever_the_model_called_it(nlp) -> None:
    text = "The South Lancashire company, led by chief executive Tarvel Belknap, said it would close a mine."
    assert ("South Lancashire", "Place", "role") in _found(nlp, text)
    assert ("Lancashire", "Place", "role") in _found(nlp, "Lancashire company Zorvex Cheeses makes feta.")
    listed = "Borg Coal operates 15 deep and surface mines across Wiltshire, Berkshire, Lancashire, Cornwall and Durham."
    found = _found(nlp, listed)
    assert [name for name, kind, _ in found if name.endswith("shire") and kind == "Place"] == ["Wiltshire", "Berkshire", "Lancashire"]
    firm = "Zorvexshire Foods Inc agreed to be acquired. Zorvexshire said talks ended."
    assert ("Zorvexshire", "Organization", "alias") in _found(nlp, firm)


def test_a_company_word_opening_a_sentence_is_a_partner_of_the_suffix_name(nlp) -> None:
    text = "Communications and Kelvaro Inc said it now holds about 12 pct of Zorvex."
    assert ("Communications and Kelvaro Inc", "Organization", "suffix") in _found(nlp, text)
    assert ("Tarvel Inc", "Organization", "suffix") in _found(nlp, "Analysts and Tarvel Inc said profits rose.")


def test_a_given_name_set_off_before_a_partner_and_co_is_one_more_partner(nlp) -> None:
    assert _found(nlp, "Warren, Belknap and Co Inc said it advised Zorvex Corp on the sale.") == [
        ("Warren, Belknap and Co Inc", "Organization", "suffix"),
        ("Zorvex Corp", "Organization", "suffix"),
    ]

def test_a_weekday_set_off_before_a_suffix_name_is_no_partner(nlp) -> None:
    text = "And on Tuesday, Tarvel Incorporated - the owner of the rights to the cartoon - said it would sue."
    assert ("Tarvel Incorporated", "Organization", "suffix") in _found(nlp, text)


def test_a_hyphenated_double_given_name_opens_a_persons_name(nlp) -> None:
    text = '"Growth will return," said Jean-Tarvel Quintara, the Borg group\'s chief economist.'
    assert ("Jean-Tarvel Quintara", "Person", "role") in _found(nlp, text)
    unit = "Zorvex Inc's Jean-Tarvel Furniture subsidiary said it completed the purchase."
    assert not any(kind == "Person" for _, kind, _ in _found(nlp, unit))


def test_a_limited_partnerships_co_suffix_joins_the_name_before_it(nlp) -> None:
    text = "One of the major grain traders, Tarvel A. Belknap GmbH and Co KG, said Zorvex Inc was taking it over."
    found = _found(nlp, text)
    assert ("Tarvel A. Belknap GmbH and Co KG", "Organization", "suffix") in found
    assert not any(name.startswith("and") for name, _, _ in found)
    assert ("Zorvex Inc", "Organization", "suffix") in _found(nlp, "Quintara GmbH said Zorvex Inc and Co-op Belknap agreed terms.")


def test_the_models_organisation_ending_inside_a_suffix_name_lends_its_first_partners(nlp) -> None:
    """The model's organisation "Smith Tarvel, Harris Belknap" ends inside "... and Co Inc"."""
    doc = nlp("Quintara said Smith Tarvel, Harris Belknap and Co Inc, owned by Smith Tarvel Inc, will add branch offices.")
    doc.ents = [Span(doc, 2, 7, label="ORG"), Span(doc, 8, 10, label="ORG"), Span(doc, 13, 16, label="ORG")]
    found = [(m.text, m.type, m.source) for m in find_mentions(doc)]
    assert ("Smith Tarvel, Harris Belknap and Co Inc", "Organization", "suffix") in found


def test_trust_ends_a_firms_name(nlp) -> None:
    text = "Tarnwell and Recovery Properties Trust said it agreed in principle to buy two care homes."
    assert _found(nlp, text) == [("Tarnwell and Recovery Properties Trust", "Organization", "suffix")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ghanaian lenders Velloway Bank of Africa and Kelvaro Trust Bank have agreed to combine.", "Velloway Bank of Africa"),
        ("Kelvaro Corp agreed to buy Velloway Savings Bank of Pensacola in April.", "Velloway Savings Bank of Pensacola"),
    ],
)
def test_of_and_a_place_go_on_a_name_without_a_legal_suffix(nlp, text: str, name: str) -> None:
    assert (name, "Organization", "suffix") in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Regulators approved the purchase of some assets of Velloway Savings Bank of Glendale, Calif., by Kelvaro Corp.",
            "Velloway Savings Bank",
        ),
        ("Borg said it will sell its 40 pct holding in Tarnwell Petcord Ltd of Japan.", "Tarnwell Petcord Ltd"),
    ],
)
def test_of_a_town_before_its_state_or_after_a_legal_suffix_is_where_the_firm_is(nlp, text: str, name: str) -> None:
    assert (name, "Organization", "suffix") in _found(nlp, text)


def test_a_name_misspelt_once_in_lower_case_stays_a_name(nlp) -> None:
    text = (
        "Brokers expect Tarnwick to post higher earnings. The stock of Tarnwick rose 2 pct. Analysts said "
        "Tarnwick would sell a unit. One broker said a sale of part of tarnwick was likely."
    )
    assert _found(nlp, text) == [
        ("Tarnwick", "Organization", "alias"),
        ("Tarnwick", "Organization", "ner"),
        ("Tarnwick", "Organization", "ner"),
    ]


def test_a_name_twice_in_lower_case_is_an_ordinary_word(nlp) -> None:
    text = (
        "Brokers expect Tarnwick to post higher earnings. The stock of Tarnwick rose 2 pct. Analysts said "
        "Tarnwick would sell a unit. One broker said a sale of tarnwick was likely, and tarnwick rose."
    )
    assert _found(nlp, text) == []


def test_a_capital_only_at_a_sentence_start_beside_the_lower_case_word_is_no_name(nlp) -> None:
    text = "State-owned Zorvex will buy the assets. The Indian state owns 80% of Zorvex."
    assert [m[0] for m in _found(nlp, text)] == ["Zorvex", "Zorvex"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harwick said it bought the shares only as an investment.", ("Harwick", "Organization", "role")),
        ("Harwick said he bought the shares only as an investment.", ("Harwick", "Person", "ner")),
        ("Gregory said it bought the shares only as an investment.", ("Gregory", "Person", "ner")),
    ],
)
def test_a_one_word_model_person_reporting_of_itself_as_it_is_an_organisation_unless_a_given_name(nlp, text: str, expected) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)] == [expected]


def test_a_quotation_before_the_statement_verb_says_nothing_of_the_speaker(nlp) -> None:
    assert _found(nlp, '"It goes far beyond what we expected," Brambling Gorse said.') == []


def test_a_legal_suffix_the_model_cut_off_its_name_is_no_name(nlp) -> None:
    assert _found(nlp, "Zorvex Bank of Arlen NT and SA said it opened a branch.") == [
        ("Zorvex Bank", "Organization", "suffix"),
    ]


def test_a_known_longer_name_wins_over_the_company_word_it_starts_with(nlp) -> None:
    text = (
        "Sumitomo Velloway Co Ltd told the regulators it acquired 325,000 shares of Tarnby Inc. "
        "Sumitomo Velloway said it bought the stock for investment purposes."
    )
    assert _found(nlp, text) == [
        ("Sumitomo Velloway Co Ltd", "Organization", "suffix"),
        ("Tarnby Inc.", "Organization", "suffix"),
        ("Sumitomo Velloway", "Organization", "alias"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Quorra Velloway Tarnby Co Ltd", {"QVT", "QVTC"}),
        ("General Velloway Co Plc", {"GVC"}),
        ("Bank of Arlendia", set()),
        ("Velloway Inc", set()),
    ],
)
def test_initials_of_three_letters_or_more(name: str, expected: set[str]) -> None:
    assert initials(name) == frozenset(expected)


@pytest.mark.parametrize(("acronym", "found"), [("QVT", True), ("QVX", False)])
def test_an_untagged_acronym_of_a_named_firm_is_that_firm(nlp, acronym: str, found: bool) -> None:
    doc = nlp(f"Quorra Velloway Tarnby Co Ltd agreed to sell its unit. Analysts said {acronym} would gain from the sale.")
    doc.ents = [Span(doc, 0, 5, label="ORG")]
    expected = [("Quorra Velloway Tarnby Co Ltd", "Organization")] + ([(acronym, "Organization")] if found else [])
    assert [(m.text, m.type) for m in find_mentions(doc)] == expected


def test_a_place_and_participle_glued_before_a_name_are_no_part_of_it(nlp) -> None:
    text = "Kelvaro Bancorp said it has bought Tacoma, Wash.-based Velloway Bank for 31 mln dlrs."
    assert ("Velloway Bank", "Organization", "suffix") in _found(nlp, text)


def test_a_foreign_particle_between_name_words_is_part_of_the_name(nlp) -> None:
    text = "Borvia SpA has bought a 41 pct stake in Cooperativa Velloza del Tarnaro SA, sources said."
    assert _found(nlp, text) == [
        ("Borvia SpA", "Organization", "suffix"),
        ("Cooperativa Velloza del Tarnaro SA", "Organization", "suffix"),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kelvaro Corp completed the purchase of a department of Velloway Products and Chemicals Inc.",
            "Velloway Products and Chemicals Inc.",
        ),
        ("China Construction Bank and Bank of China said they would list shares.", "China Construction Bank"),
    ],
)
def test_and_joins_two_company_words_before_a_suffix(nlp, text: str, name: str) -> None:
    assert (name, "Organization", "suffix") in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Financial Corp of Arlendia said it is not holding talks.", "Financial Corp of Arlendia"),
        ("Continental AG of Hanover said it bought the unit.", "Continental AG"),
        ("Velloway Corp of Arlendia said it is not holding talks.", "Velloway Corp"),
    ],
)
def test_of_and_a_place_after_a_generic_corp_name_belong_to_it(nlp, text: str, name: str) -> None:
    assert _found(nlp, text)[0] == (name, "Organization", "suffix")


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("Financial Corp of Arlendia", "Financial Corp"),
        ("Kelvaro Lee Corp of Arlendia Ltd", None),
        ("Bank of Arlendia", None),
    ],
)
def test_of_place_head(name: str, head: str | None) -> None:
    assert of_place_head(name) == head


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnby Velloway has agreed to buy 33% of Kelvaro Corp.", ("Tarnby Velloway", "Organization", "role")),
        ("Tarnby Velloway has agreed to talk to Kelvaro Corp.", ("Tarnby Velloway", "Person", "ner")),
        ("Carl Velloway has agreed to buy 33% of Kelvaro Corp.", ("Carl Velloway", "Person", "ner")),
    ],
)
def test_a_model_person_that_agrees_or_plans_to_buy_is_a_firm_unless_a_given_name_opens_it(nlp, text: str, expected) -> None:
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)][0] == expected


def test_what_a_model_person_says_a_firm_does_does_not_make_the_person_a_firm(nlp) -> None:
    doc = nlp("After the meeting, Tarnby Velloway, Kelvaro's chairman, said Kelvaro expects to report a profit.")
    doc.ents = [Span(doc, 4, 6, label="PERSON")]
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)][0] == ("Tarnby Velloway", "Person", "ner")


def test_a_model_person_who_says_he_bought_is_a_person_whatever_the_apposition(nlp) -> None:
    doc = nlp("Zeno Tarrant, a Houston investor, said he bought a 6.1 pct stake in Kelvaro Corp.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)][0] == ("Zeno Tarrant", "Person", "ner")


def test_a_descriptor_the_model_took_into_a_person_s_name_is_dropped(nlp) -> None:
    doc = nlp("Financier Carl Velloway said he bought 5 pct of Kelvaro Corp.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [(m.text, m.type, m.source) for m in find_mentions(doc)][0] == ("Carl Velloway", "Person", "ner")


def test_a_firm_descriptor_opening_a_sentence_is_dropped_and_names_a_company(nlp) -> None:
    doc = nlp("Jeweller Belknap said its sales rose 5 pct.")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Belknap", "Organization")]
    assert ("Tarvel Holdings Inc", "Organization", "suffix") in _found(nlp, "Insurer Tarvel Holdings Inc said profits rose.")
    doc = nlp("Publisher Carl Velloway said he bought 5 pct of Kelvaro Corp.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [(m.text, m.type) for m in find_mentions(doc)][0] == ("Carl Velloway", "Person")
    assert ("Rival Corp", "Organization", "suffix") in _found(nlp, "Rival Corp said profits rose.")


def test_a_common_word_opening_a_sentence_before_a_lower_case_noun_is_no_name(nlp) -> None:
    doc = nlp("Drinks group Quintara said profits rose.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG")]
    assert [m.text for m in find_mentions(doc)] == ["Quintara"]
    doc = nlp("Drinks group Quintara said profits rose. Belknap sells Drinks abroad.")
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG")]
    assert "Drinks" in [m.text for m in find_mentions(doc)]


def test_a_participle_opening_a_sentence_before_a_lower_case_noun_is_no_name(nlp) -> None:
    doc = nlp("Plunging demand hurt sales at Zorvex Corp last quarter.")
    doc.ents = [Span(doc, 0, 1, label="PERSON")]
    assert [m.text for m in find_mentions(doc)] == ["Zorvex Corp"]

def test_a_person_s_name_the_text_writes_as_a_lower_case_word_only_opening_a_sentence_is_none(nlp) -> None:
    doc = nlp("Quintara will cut 300 jobs. Jobs will also go abroad.")
    doc.ents = [Span(doc, 6, 7, label="PERSON")]
    assert "Jobs" not in [m.text for m in find_mentions(doc)]
    doc = nlp("Quintara hired Ann Jobs. Jobs said 300 jobs will go.")
    doc.ents = [Span(doc, 2, 4, label="PERSON"), Span(doc, 5, 6, label="PERSON")]
    assert [m.text for m in find_mentions(doc) if m.type == "Person"] == ["Ann Jobs", "Jobs"]


@pytest.mark.parametrize("joiner", ["'N", "'n"])
def test_a_name_with_an_apostrophe_n_is_one_name(nlp, joiner: str) -> None:
    text = f"He holds 7.2 pct of Tug {joiner} Tarn Stores Inc common stock."
    assert (f"Tug {joiner} Tarn Stores Inc", "Organization", "suffix") in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kelvaro Networks Inc is considering a merger between Kelvaro and Tarnwell Systems Inc.",
        "Kelvaro Networks Inc said Kelvaro and Tarnwell Systems Inc will merge.",
    ],
)
def test_a_firm_listed_before_and_is_not_taken_into_the_next_firm_s_name(nlp, text: str) -> None:
    doc = nlp(text)
    start = [t.i for t in doc if t.text == "Kelvaro"][1]
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, start, start + 5, label="ORG")]
    found = [(m.text, m.source) for m in find_mentions(doc)]
    assert [source for text, source in found if text.startswith("Tarnwell Systems Inc")] == ["suffix"]
    assert not any(text.startswith("Kelvaro and") for text, _ in found)


def test_a_suffix_before_of_a_place_stays_in_the_name(nlp) -> None:
    found = _found(nlp, "Brelto is a unit of Kelvaro Mining Corp of South Africa Ltd, the company said.")
    assert ("Kelvaro Mining Corp of South Africa Ltd", "Organization", "suffix") in found


def test_a_firm_the_wire_writes_in_capitals_is_the_same_firm_in_title_case(nlp) -> None:
    """"condoms produced by BORVIA SA of Spain ... Acme pays Borvia": a strongly typed name
    in capitals types its title-case spelling too, which the model may read a place or a person."""
    text = (
        "Acme Inc said it will sell condoms produced by BORVIA SA of Spain. "
        "Under the deal Acme pays Borvia three mln dlrs for the distribution rights."
    )
    found = [(text, kind) for text, kind, _ in _found(nlp, text)]
    assert ("Borvia", "Organization") in found


def test_a_sunday_newspaper_is_named_though_the_model_reads_a_weekday(nlp) -> None:
    """"the Sunday Telegraph said", "in the Sunday Express": the model takes the weekday for
    a date and drops the paper; the vocabulary names the UK national press."""
    found = _found(nlp, "Acme plans job cuts, the Sunday Telegraph said. Borg would not discuss the story in the Sunday Express.")
    assert ("Sunday Telegraph", "Organization", "vocab") in found
    assert ("Sunday Express", "Organization", "vocab") in found


def test_a_trade_word_ends_a_firm_name_the_model_reads_as_a_person(nlp) -> None:
    """"market leader Belknap Dairy and second place Quintara Dairy": a dairy, brewery, bakery,
    tobacco or film firm is named by its trade word, where the model sees a given name and a
    surname."""
    text = "Its two rivals - leader Belknap Dairy and runner-up Quintara Dairy - share the milk market."
    found = _found(nlp, text)
    assert ("Belknap Dairy", "Organization", "suffix") in found
    assert ("Quintara Dairy", "Organization", "suffix") in found


def test_a_one_word_plural_possessive_opens_a_name_but_an_owner_s_name_does_not(nlp) -> None:
    assert ("Traders' Kelvaro Inc", "Organization", "suffix") in _found(nlp, "He is president of Traders' Kelvaro Inc, he said.")
    found = _found(nlp, "Tarn Enterprises' Kelvaro Foods Inc said it sold its dairy.")
    assert ("Kelvaro Foods Inc", "Organization", "suffix") in found


def test_the_coined_last_word_of_a_generic_first_word_name_is_its_short_form(nlp) -> None:
    found = _found(nlp, "International Zorvexfoods Corp said it filed a suit. Zorvexfoods has altered its business mix.")
    assert ("Zorvexfoods", "Organization", "alias") in found
    found = _found(nlp, "General Engines Corp said it filed a suit. Engines rose in Chicago.")
    assert not any(text == "Engines" for text, _, _ in found)


def test_a_known_name_near_the_end_of_a_text_makes_no_mention_past_it(nlp) -> None:
    doc = nlp("GM to Purchase Hughes Aircraft : Will Pay $5.2 Billion in Cash , Stock; Outbids Ford Motor Co. And Boeing")
    mentions = find_mentions(doc)
    assert all(m.end <= len(doc.text) for m in mentions)
    assert "Boeing" in [m.text for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnwell <TRNW.L> Plc said it would not pursue the matter.", [("Tarnwell", "Organization", "suffix")]),
        ("Analysts said Velloby <VLBY.L> Group Plc would bid.", [("Velloby", "Organization", "suffix")]),
        (
            "Tarvel Corp approved the merger of Zorvex <ZRV> Airlines Inc and Quintara Airlines <QNT>.",
            [("Tarvel Corp", "Organization", "suffix"), ("Zorvex", "Organization", "suffix"), ("Quintara Airlines", "Organization", "suffix")],
        ),
    ],
)
def test_a_name_whose_ticker_stands_before_its_suffix_is_the_firm(nlp, text: str, expected) -> None:
    assert _found(nlp, text) == expected


def test_a_name_after_a_whole_name_s_ticker_is_a_name_of_its_own(nlp) -> None:
    found = _found(nlp, "He saw benefit in the purchase of Belknap Motors Co <BLK> By Kelvaro Corp <K>.")
    assert found[0] == ("Belknap Motors Co", "Organization", "suffix")
    assert [text for text, _, _ in found[1:]] and all(text.endswith("Kelvaro Corp") for text, _, _ in found[1:])


def test_a_name_s_own_s_is_kept_where_it_possesses_nothing(nlp) -> None:
    text = "Under the deal, Quintara , owner of Tarnby's and Kelvaro's , will take on $2bn of Borg's debt."
    assert [m for m in _found(nlp, text) if m[0].startswith("Tarnby")] == [("Tarnby's", "Organization", "ner")]
    assert _found(nlp, "Tarnby's sales rose 5%.") == [("Tarnby", "Organization", "ner")]


def test_names_listed_as_brands_are_products(nlp) -> None:
    def products(text: str) -> list[str]:
        return [name for name, kind, source in _found(nlp, text) if kind == "Product" and source == "role"]

    assert products("Zorvex, the winemaker behind the Penfolds, Lindemans and Rosemount brands, rose.") == ["Penfolds", "Lindemans", "Rosemount"]
    assert products("Quintara, whose brands include Dove and Persil, said profit fell.") == ["Dove", "Persil"]
    assert products("Quintara owns brands such as Smirnoff and Johnnie Walker in Europe.") == ["Smirnoff", "Johnnie Walker"]
    assert products("Quintara owns the Amstel and Murphy's stout brands.") == ["Amstel", "Murphy's"]
    assert products("Zorvex focuses on its brands including Moet & Chandon champagne and Louis Vuitton.") == ["Moet & Chandon", "Louis Vuitton"]
    assert products("Zorvex sells Spanish brands and Quintara brands.") == []
    assert products("Quintara sold the Belknap label to Zorvex in 2001.") == ["Belknap"]
    assert products("Zorvex focuses on its labels including Quintara and Tarvel.") == ["Quintara", "Tarvel"]


def test_a_name_before_a_kind_of_drink_is_that_product_noun_and_all(nlp) -> None:
    def products(text: str) -> list[str]:
        return [name for name, kind, source in _found(nlp, text) if kind == "Product" and source == "role"]

    assert products("Profit at Zorvex climbed on brisk demand for Zorvex lager in Borvia.") == ["Zorvex lager"]
    assert products("Its stable runs from Tarvel vodka to Belknap's whisky and more.") == ["Tarvel vodka", "Belknap's whisky"]
    assert products("Acme sells cheap Russian vodka.") == []


def test_a_listed_brand_keeps_its_closing_possessive_and_the_list_goes_on(nlp) -> None:
    def products(text: str) -> list[str]:
        return [name for name, kind, source in _found(nlp, text) if kind == "Product" and source == "role"]

    assert products("Its top brands include Tarvel Ale, Belknap's, John Quintara's and Zorvex.") == [
        "Tarvel Ale",
        "Belknap's",
        "John Quintara's",
        "Zorvex",
    ]
    assert "Borg's" not in products("Acme's brands include Zorvex and Borg's new drink.")


def test_names_listed_as_products_are_products_and_their_possessors_are_not(nlp) -> None:
    def products(text: str) -> list[str]:
        return [name for name, kind, source in _found(nlp, text) if kind == "Product" and source == "role"]

    assert products("Sales of products such as Zorvex's Tarvel, Acme's Z-Box and Borg's Game Prism rose.") == ["Tarvel", "Z-Box", "Game Prism"]
    assert products("Zorvex makes products for companies such as Acme and Borg.") == []


def test_names_set_off_after_products_such_as_the_are_products(nlp) -> None:
    found = _found(nlp, "Acme said some new products - such as the Tarvel G6 and Belknap Cobalt - sold well.")
    assert [(name, kind) for name, kind, _ in found if kind == "Product"] == [("Tarvel G6", "Product"), ("Belknap Cobalt", "Product")]


def test_a_nationality_before_a_government_office_names_its_country(nlp) -> None:
    assert _found(nlp, "French finance minister Herve Gaymard said so.") == [("French", "Place", "demonym"), ("Herve Gaymard", "Person", "ner")]
    assert [m for m in _found(nlp, "Chinese e-commerce grew and Japanese investors bought shares.") if m[2] == "demonym"] == []


def test_names_with_a_possessive_or_of_america_inside(nlp) -> None:
    def orgs(text: str) -> list[str]:
        return [name for name, kind, _ in _found(nlp, text) if kind == "Organization"]

    assert "Belknap's Supermarkets Inc" in orgs("Zorvex Plc will buy the U.S. chain Belknap's Supermarkets Inc for 22 dlrs a share.")
    assert "Quintara Clinics Corp of America" in orgs("Quintara Clinics Corp of America said its board rejected the offer.")
    assert "Tarvel Airlines" in orgs("Zorvex Air Corp's Tarvel Airlines said it closed the sale.")
    assert "AB KL Tarnfield" in orgs("The order went to a group led by Sweden's AB KL Tarnfield last week.")
    assert "China's National Velloway Corporation" not in orgs("Rosneft signed a deal with China's National Velloway Corporation.")


def test_initials_and_a_surname_listed_with_a_person_are_a_person(nlp) -> None:
    found = _found(nlp, "Scottish property tycoons JP Quell and John Brodie hold 18% of the club.")
    assert [(name, kind) for name, kind, _ in found if name in ("JP Quell", "John Brodie")] == [("JP Quell", "Person"), ("John Brodie", "Person")]
    assert ("JP Morgan", "Organization", "vocab") in _found(nlp, "JP Morgan and John Smith met.")


def test_initialled_name_after_an_analyst_s_of_is_a_firm(nlp) -> None:
    text = "\"It is cheap,\" analyst Mario Zorzi of L.F. Rothschild said."  # the model calls the firm a person
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [("Mario Zorzi", "Person"), ("L.F. Rothschild", "Organization")]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Zorvex's sales were down 3.7% to HK$6.31bn.", "HK$6.31bn"),
        ("The bid came for match maker Zorvex AB <smbs.St> on Monday.", "smbs.St"),
    ],
)
def test_sums_and_tickers_are_no_names(nlp, text: str, absent: str) -> None:
    assert absent not in [m.text for m in find_mentions(nlp(text))]


def test_a_possessive_inside_a_wire_marker_is_no_part_of_the_name(nlp) -> None:
    found = [m.text for m in find_mentions(nlp("<Zorvex Acquisition Corp's> offering price for Quintara World Inc is too low."))]
    assert found == ["Zorvex Acquisition Corp", "Quintara World Inc"]


@pytest.mark.parametrize(
    "text",
    [
        "In Atlantic City, Quintara said the Class B shares it is selling to Zorvex carry 61 pct of the votes.",
        "Holders of the Class B stock will vote.",
    ],
)
def test_a_class_of_shares_is_no_name(nlp, text: str) -> None:
    assert [m.text for m in find_mentions(nlp(text)) if m.text.split()[-1] in ("B", "Class", "Series")] == []


def _parsed(nlp, rows):
    """A hand-built parse from (word, head, dependency, part of speech, entity tag) rows."""
    words, heads, deps, pos, ents = (list(column) for column in zip(*rows))
    return _doc(nlp, words, heads, deps, pos, ents)


def test_a_title_or_an_article_inside_the_model_s_name(nlp) -> None:
    doc = _parsed(nlp, [
        ("Mr", 1, "compound", "PROPN", "B-ORG"), ("Tarvell", 2, "nsubj", "PROPN", "I-ORG"), ("told", 2, "ROOT", "VERB", "O"),
        ("a", 5, "det", "DET", "B-ORG"), ("House", 5, "compound", "PROPN", "I-ORG"), ("Subcommittee", 2, "dobj", "PROPN", "I-ORG"),
        (".", 2, "punct", "PUNCT", "O"),
    ])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Mr Tarvell", "Person"), ("House Subcommittee", "Organization")]


def test_the_state_before_a_hyphen_is_no_name(nlp) -> None:
    doc = _parsed(nlp, [
        ("State", 2, "npadvmod", "NOUN", "B-ORG"), ("-", 2, "punct", "PUNCT", "O"), ("owned", 3, "amod", "VERB", "O"),
        ("Rosneft", 4, "nsubj", "PROPN", "B-ORG"), ("bought", 4, "ROOT", "VERB", "O"), ("Yugansk", 4, "dobj", "PROPN", "B-ORG"),
        (".", 4, "punct", "PUNCT", "O"),
    ])
    assert [m.text for m in find_mentions(doc)] == ["Rosneft", "Yugansk"]


def test_a_number_word_the_model_put_before_a_name_is_no_part_of_it(nlp) -> None:
    doc = _parsed(nlp, [
        ("the", 4, "det", "DET", "O"), ("nine", 4, "nummod", "NUM", "B-ORG"), ("Supreme", 3, "compound", "PROPN", "I-ORG"),
        ("Court", 4, "compound", "PROPN", "I-ORG"), ("justices", 5, "nsubj", "NOUN", "O"), ("ruled", 5, "ROOT", "VERB", "O"),
        (".", 5, "punct", "PUNCT", "O"),
    ])
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Supreme Court", "Organization")]


def test_a_station_s_call_sign_and_band_is_an_organisation(nlp) -> None:
    text = "Zorvex Communications Corp said it agreed to buy radio stations WKXC-AM and WWKZ-FM in Tupelo."
    assert [(m.text, m.type) for m in find_mentions(nlp(text)) if m.text.startswith("W")] == [
        ("WKXC-AM", "Organization"),
        ("WWKZ-FM", "Organization"),
    ]
    assert [m.text for m in find_mentions(nlp("Zorvex Corp said its EBIT-TV margin rose.")) if "TV" in m.text] == []


def test_a_surname_before_family_names_the_family(nlp) -> None:
    text = "Zorvex Holdings agreed to buy the 30 pct stake held by the Goldstein family in Tarvel Stores Plc."
    assert ("Goldstein family", "Organization") in [(m.text, m.type) for m in find_mentions(nlp(text))]
    trust = "Tarvel said the Pruitt family trust has no intention of selling its shares."
    assert [m.text for m in find_mentions(nlp(trust)) if "Pruitt" in m.text] == ["Pruitt family trust"]


def test_a_surname_before_family_names_the_family_though_a_firm_bears_it(nlp) -> None:
    """The model reads the surname as a person's though the firm's name made it a company's."""
    text = (
        "Quintara Co said its board will consider the merger proposal. Analysts said the Quintara "
        "family, which holds control of the company, would oppose any merger."
    )
    assert ("Quintara family", "Organization") in [(m.text, m.type) for m in find_mentions(nlp(text))]


def test_a_surname_before_group_names_a_group_unless_its_person_came_first(nlp) -> None:
    """A bare surname's group is an organisation each time, though the founder is named later;
    a group called after a person already named stands for that person, as before."""
    text = (
        "The Belknap group will sell its 12 pct holding in Zorvex Corp, brokers said. "
        "Erik Belknap, who set up the Belknap group, retired in 1990."
    )
    found = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert found.count(("Belknap group", "Organization")) == 2
    assert ("Erik Belknap", "Person") in found
    person = "Erik Belknap has built up a 9 pct holding in Zorvex Corp. The Belknap group may seek a board seat."
    assert ("Belknap", "Person") in [(m.text, m.type) for m in find_mentions(nlp(person))]


def test_a_two_word_name_and_a_word_with_a_legal_suffix_are_one_firm(nlp) -> None:
    text = "Zorvex Inc said it sold the plant to Polymer Castings and Technologies Inc, a private company."
    assert [m.text for m in find_mentions(nlp(text))] == ["Zorvex Inc", "Polymer Castings and Technologies Inc"]
    listed = "Zorvex Holdings and Quintara Corp said they agreed to merge."
    assert [m.text for m in find_mentions(nlp(listed))] == ["Zorvex Holdings", "Quintara Corp"]


def test_a_government_office_s_field_before_its_title_is_no_name(nlp) -> None:
    doc = nlp("Transportation Secretary Norman Hadley and Finance Minister Michael Brandt met Zorvex Corp Secretary Bill Tarvel.")
    assert [(m.text, m.type) for m in find_mentions(doc)] == [
        ("Norman Hadley", "Person"),
        ("Michael Brandt", "Person"),
        ("Zorvex Corp", "Organization"),
        ("Bill Tarvel", "Person"),
    ]


def test_an_office_s_field_of_several_words_before_its_title_is_no_name(nlp) -> None:
    doc = nlp("Monetary Affairs Commissioner Ed Tarvel and Economics Minister Ann Borvia met Zorvex Corp.")
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Ed Tarvel", "Person"), ("Ann Borvia", "Person"), ("Zorvex Corp.", "Organization")]


def test_a_name_set_off_before_a_noun_only_a_person_is_is_a_person(nlp) -> None:
    doc = nlp("The bank was founded by Victor Hale, son-in-law of a former president, and Ronald Akers, the region's wealthiest man.")
    assert [(m.text, m.type) for m in find_mentions(doc)] == [("Victor Hale", "Person"), ("Ronald Akers", "Person")]
    firm = nlp("The bank was founded by Zorvex Holdings, the region's wealthiest bank.")
    assert [(m.text, m.type) for m in find_mentions(firm)] == [("Zorvex Holdings", "Organization")]


def test_a_country_before_a_firm_the_story_names_alone_is_no_part_of_its_name(nlp) -> None:
    text = "P&O Cruises is now part of the huge US Zorvex Corporation. Zorvex said so. Zorvex shares fell. Analysts like Zorvex."
    assert [m.text for m in find_mentions(nlp(text)) if m.type == "Organization"] == ["P&O Cruises", "Zorvex Corporation", "Zorvex", "Zorvex", "Zorvex"]
    once = "P&O Cruises is now part of the huge US Zorvex Corporation. Zorvex said so."
    assert [m.text for m in find_mentions(nlp(once)) if m.type == "Organization"] == ["P&O Cruises", "US Zorvex Corporation", "Zorvex"]


def test_a_country_before_a_known_company_is_no_part_of_its_name_but_a_country_firm_keeps_it(nlp) -> None:
    assert [m.text for m in find_mentions(nlp("The US Disney Corporation will buy the new stock."))] == ["US", "Disney Corporation"]
    assert [m.text for m in find_mentions(nlp("U.S. Bancorp said it bought Zorvex Corp."))] == ["U.S. Bancorp", "Zorvex Corp."]


def test_a_capitalised_office_before_a_holder_is_no_part_of_a_name(nlp) -> None:
    assert _found(nlp, "Zorvex Chief Executive Officer Maria Kelvaro will lead the combined company.") == [
        ("Zorvex", "Organization", "ner"),
        ("Maria Kelvaro", "Person", "ner"),
    ]
    assert [m.text for m in find_mentions(nlp("Chief Auto Parts Inc said sales rose."))] == ["Chief Auto Parts Inc"]


def test_a_name_after_a_noun_for_its_kind_of_product_is_a_product(nlp) -> None:
    assert _found(nlp, "Quintara Corp withdrew its painkiller Vioxx in September.")[1:] == [("Vioxx", "Product", "role")]
    found = _found(nlp, "Generic versions of its medicines, notably anti-depressants Zorvalin and Tarnexa, hurt earnings.")
    assert found == [("Zorvalin", "Product", "role"), ("Tarnexa", "Product", "role")]
    assert ("Pfizer", "Organization", "vocab") in _found(nlp, "Shares of drug maker Pfizer rose.")


def test_a_coined_one_word_name_the_model_tags_once_is_a_name_everywhere(nlp) -> None:
    text = "Xstrata has raised its bid for TMR Resources. TMR is arguing against an offer from Swiss Xstrata, which it raised."
    assert [m for m in _found(nlp, text) if m[0] in ("Xstrata", "Swiss")] == [
        ("Xstrata", "Organization", "ner"), ("Swiss", "Place", "demonym"), ("Xstrata", "Organization", "alias")
    ]


def test_places_the_model_ran_together_are_cut_at_their_commas(nlp) -> None:
    assert _found(nlp, "Zorvex Steel has mills in Poland, the Czech Republic, South Africa and Brazil.") == [
        ("Zorvex Steel", "Organization", "suffix"),
        ("Poland", "Place", "ner"),
        ("Czech Republic", "Place", "ner"),
        ("South Africa", "Place", "ner"),
        ("Brazil", "Place", "ner"),
    ]
    found = _found(nlp, "Japan's Ministry of Economy, Trade and Industry approved the plan by Zorvex Holdings.")
    assert ("Ministry of Economy, Trade and Industry", "Organization", "ner") in found


def test_a_given_name_a_firm_possesses_or_listed_among_persons_is_a_person(nlp) -> None:
    words = ["says", "Quintara", "Bank", "'s", "Simon", "Belknap", "."]
    heads = [0, 2, 5, 2, 5, 0, 0]
    deps = ["ROOT", "compound", "poss", "case", "compound", "nsubj", "punct"]
    pos = ["VERB", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "B-GPE", "I-GPE", "O"]
    found = [(m.text, m.type) for m in find_mentions(_doc(nlp, words, heads, deps, pos, ents))]
    assert ("Simon Belknap", "Person") in found
    words = ["Directors", "are", "Jay", "Tarvel", ",", "Ira", "Belknap", "and", "Mark", "Zorvex", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "attr", "punct", "compound", "conj", "cc", "compound", "conj", "punct"]
    pos = ["NOUN", "AUX", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O"]
    found = [(m.text, m.type) for m in find_mentions(_doc(nlp, words, heads, deps, pos, ents))]
    assert ("Ira Belknap", "Person") in found


def test_a_name_said_to_be_one_of_a_kind_of_firm_is_an_organization(nlp) -> None:
    """"X, one of Europe's biggest publishers": the "of" phrase says what X is, as an apposition would."""
    text = "Spain's Zorvexa, one of Europe's largest video game publishers, wants to stay independent."
    assert ("Zorvexa", "Organization", "role") in _found(nlp, text)


def test_a_generic_first_word_alone_after_the_one_name_it_starts_is_that_firm(nlp) -> None:
    """"<Associated Zorvex Holdings Plc> ... Associated now holds": the model leaves the word untagged."""
    text = (
        "<Quintara Holdings Ltd> said <Associated Zorvex Holdings Plc> is to take 8.5 pct of its capital. "
        "Associated now holds 3.3 pct of Quintara's issued capital, a company official said."
    )
    assert ("Associated", "Organization", "alias") in _found(nlp, text)


def test_re_after_a_name_ends_a_reinsurer_name(nlp) -> None:
    """"Dutch Re and Tarvel Re lost money": "Re" (reinsurance) ends a firm's name, which keeps the
    demonym or place before it, as "Airways" or "Insurance" would; alone it names nothing."""
    found = [(m.text, m.type) for m in find_mentions(nlp("Dutch Re and Tarvel Re lost money. Dutch Re's claims rose."))]
    assert ("Dutch Re", "Organization") in found
    assert ("Tarvel Re", "Organization") in found
    assert "Re" not in [text for text, _ in found]


def test_a_state_abbreviation_without_its_full_stop_after_a_town_is_the_state(nlp) -> None:
    """"in Tarvel, Fla, is awaiting": the wire left out the full stop of "Fla."; a name after a
    comma that is no state's abbreviation keeps its type ("Bill Belknap, a director")."""
    found = [(m.text, m.type) for m in find_mentions(nlp("Acme, with four offices in Tarvel, Fla, is awaiting approval."))]
    assert ("Fla", "Place") in found
    found = [(m.text, m.type) for m in find_mentions(nlp("Acme named Bill Belknap, a director."))]
    assert ("Bill Belknap", "Person") in found


def test_a_name_the_model_reads_as_often_a_firm_as_a_person_or_place_is_the_firm() -> None:
    """'the company that acquired Zorvexneftegas ... the enforced sale Zorvexneftegas': one
    organisation, not an organisation and a person of the same name."""
    from collections import Counter

    from kg.mentions import _majority_type

    assert _majority_type(Counter({"Organization": 1, "Person": 1})) == "Organization"
    assert _majority_type(Counter({"Organization": 1, "Place": 1})) == "Organization"
    assert _majority_type(Counter({"Organization": 1, "Product": 1})) is None
    assert _majority_type(Counter({"Person": 2, "Organization": 1})) == "Person"


def test_a_person_s_surname_after_a_firm_and_and_is_no_partner_in_its_name(nlp) -> None:
    text = (
        "That information, Zorvex said, was provided by James Kelvaro, a former Zorvex executive, "
        "through Acme Group Inc. Zorvex lawyers said Acme and Kelvaro met with Borg and Tarvel in November."
    )
    found = [(m.text, m.type) for m in find_mentions(nlp(text))]
    assert ("Kelvaro", "Person") in found
    assert not any(" and " in name for name, _ in found if "Kelvaro" in name)


def test_a_name_that_tells_reporters_of_a_stake_is_still_a_person(nlp) -> None:
    """"Told" reports like "said": the stake in the clause it reports is no business the
    speaker did ("X chairman Henri Kelvaro told a press conference")."""
    text = (
        "Zorvex has taken a 34 pct stake in the computer firm <Quintara Corp>, Zorvex chairman "
        "Henri Kelvaro told a press conference."
    )
    assert ("Henri Kelvaro", "Person") in [(m.text, m.type) for m in find_mentions(nlp(text))]


def test_an_abbreviation_defined_by_lower_case_words_is_a_term_not_a_name(nlp) -> None:
    """"multiple sclerosis (MS)": no company known by the same letters, here or later; a name
    the brackets abbreviate stays one ("Tarvel and Belknap (T&B)")."""
    text = "Zorvex Pharmaceuticals makes a drug for multiple sclerosis (MS). About 50,000 people in Canada have MS."
    assert [m.text for m in find_mentions(nlp(text))] == ["Zorvex Pharmaceuticals", "Canada"]
    text = "Tarvelia's gross domestic product (GDP) rose. GDP grew 2%, the MS index fell."
    assert [m.text for m in find_mentions(nlp(text)) if m.text in {"GDP", "MS"}] == ["MS"]
    assert "T&B" in [m.text for m in find_mentions(nlp("Zorvex bought Tarvel and Belknap (T&B). T&B makes tools."))]


def test_a_german_und_joins_the_names_of_a_suffixed_firm(nlp) -> None:
    """"Kelvaro und Tarnfield GmbH" is one firm, as "Kelvaro and Tarnfield GmbH" is."""
    found = _found(nlp, "Zorvex said it is selling its subsidiary Kelvaro und Tarnfield GmbH to Borvia AG.")
    assert ("Kelvaro und Tarnfield GmbH", "Organization", "suffix") in found
    assert not any(text in {"Kelvaro", "Tarnfield GmbH"} for text, _, _ in found)


def test_a_person_role_right_before_a_name_without_a_census_given_name_makes_a_person(nlp) -> None:
    """"union official Ulf Kelvaro": "Ulf" is no listed given name, but the role stands right
    before the name; a partner may be a firm and stays one."""
    assert ("Ulf Kelvaro", "Person") in [(m.text, m.type) for m in find_mentions(nlp('"It is grim," said trades union official Ulf Kelvaro.'))]
    assert ("Borg Tarvel", "Person") not in [(m.text, m.type) for m in find_mentions(nlp("Its partner Borg Tarvel said so."))]


def test_a_public_body_named_for_two_fields_is_one_organisation(nlp) -> None:
    """"the Culture and Media Council": the model cuts it at "and"; two bodies ("the House and
    Senate") stay apart."""
    found = [(m.text, m.type) for m in find_mentions(nlp("The Culture and Media Council backed Zorvex."))]
    assert ("Culture and Media Council", "Organization") in found
    assert "House and Senate" not in [m.text for m in find_mentions(nlp("Zorvex lobbied the House and Senate."))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Zorvex Inc will operate in Kelvaria as part of its engineering group.", "Kelvaria"),
        ("Quintara Corp said it would invest heavily in Tarvelia next year.", "Tarvelia"),
        ("Zorvex Inc plans to sell its lamps mostly in Borvia.", "Borvia"),
    ],
)
def test_a_place_after_in_on_a_business_verb_stays_a_place(nlp, text: str, place: str) -> None:
    """"operate in X", "invest in X": the business verb governs the phrase, but "in" says where."""
    assert (place, "Place") in [(m.text, m.type) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Zorvex said it would keep its Tarvelia plant open.", "Tarvelia"),
        ("Analysts flew to the Borg Corp's Kelvaria headquarters on Monday.", "Kelvaria"),
    ],
)
def test_a_place_naming_a_firms_site_stays_a_place(nlp, text: str, place: str) -> None:
    """"its X plant", "the firm's X headquarters": "plant" after a name would make it a firm's, but
    the possessor says whose site it is, and the name where."""
    assert (place, "Place") in [(m.text, m.type) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Tarvel Processing rejects Borg Plc offer", "Tarvel Processing"),
        ("Zorvex Publishing rejects Borg Plc offer", "Zorvex Publishing"),
    ],
)
def test_a_trade_word_ending_a_name_makes_a_firm(nlp, text: str, firm: str) -> None:
    """"X Processing", "X Publishing": the trade ends the name as "Industries" would, where a
    headline's grammar leaves the sentence no other sign of a firm (the model reads a person)."""
    assert (firm, "Organization") in [(m.text, m.type) for m in find_mentions(nlp(text))]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The governor wants to help the Tarvelia retailer defend itself.", "Tarvelia", "Place"),
        ("Zorvex Corp, a Kelvaria investment firm, raised its stake in Borg Inc.", "Kelvaria", "Place"),
        ("The Kelvaria corporation was accused of fraud.", "Kelvaria", "Organization"),
    ],
)
def test_a_place_before_a_firm_noun_is_the_firms_seat(nlp, text: str, name: str, kind: str) -> None:
    """"the X retailer", "a X investment firm": the model's place says where the firm is; not
    before "corporation", which follows a firm's own name."""
    assert (name, kind) in [(m.text, m.type) for m in find_mentions(nlp(text))]


def test_a_comma_after_a_firm_the_story_names_with_a_suffix_lists_firms(nlp) -> None:
    """"Tarvel Inc ... owned by Tarvel, Zorvex and Borg Inc": the story writes "Tarvel Inc", so
    the comma lists it beside the partners' firm rather than opening that firm's name."""
    text = "Tarvel Inc sold its share. The venture was owned by Tarvel, Zorvex and Borg Inc and Quintara Inc until May."
    names = [m.text for m in find_mentions(nlp(text))]
    assert "Zorvex and Borg Inc" in names and "Tarvel, Zorvex and Borg Inc" not in names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kelvaro Inc hired a bank to find a buyer for Tarnfield Mills Ltd of Toronto.", "Toronto"),
        ("Borvia said it would sell its 40 pct stake in Quintara Fibres Ltd of Japan to a partner.", "Japan"),
    ],
)
def test_a_known_place_after_a_legal_suffix_and_of_is_a_place(nlp, text: str, place: str) -> None:
    """The model may leave the place inside the firm's name; the wire places a firm so."""
    assert (place, "Place", "role") in _found(nlp, text)


def test_a_place_a_name_word_follows_after_a_legal_suffix_and_of_is_the_name_s(nlp) -> None:
    found = _found(nlp, "Kelvaro Inc bought a stake in Tarnfield Corp of New Zealand Ltd last week.")
    assert not any(kind == "Place" for _, kind, _ in found)


def test_a_name_opening_with_a_firm_only_word_is_a_firm(nlp) -> None:
    """"Air Kelvaro" is an airline whatever the model tagged it; a rank after the word keeps a
    person ("Air Marshal Belknap")."""
    assert _found(nlp, "Passengers flocked to Air Kelvaro last year.") == [("Air Kelvaro", "Organization", "role")]
    assert ("Air Marshal Belknap", "Person") in [(m.text, m.type) for m in find_mentions(nlp("He met Air Marshal Belknap on Monday."))]


def test_a_name_after_in_on_a_site_noun_is_a_place(nlp) -> None:
    """"the Borg factory in X": the model reads a town it does not know as a firm there, but "in"
    on the site noun says where the site is."""
    assert _found(nlp, "Acme will shut the Borg factory in Tarnfield for two days.") == [
        ("Borg", "Organization", "ner"),
        ("Tarnfield", "Place", "role"),
    ]


def test_places_the_model_ran_into_one_firm_are_each_a_place(nlp) -> None:
    """"Auckland, New Zealand" tagged as one organisation: cut at its comma into known places,
    each piece is a place, not a firm."""
    found = _found(nlp, "Kelvaro Corp shares rose after Borvia Trading Ltd, of Auckland, New Zealand, disclosed a 7.2 pct holding.")
    assert ("Auckland", "Place", "ner") in found and ("New Zealand", "Place", "ner") in found


def test_a_lower_case_word_opening_a_quotation_that_opens_a_sentence_is_no_person(nlp) -> None:
    """'"Jobs are scarce," said X': a quote's first word is capitalised for its place, as a
    sentence's is."""
    doc = nlp('Quintara will cut 300 jobs. "Jobs are scarce here," said Tom Belknap.')
    assert [t.text for t in doc[6:8]] == ['"', "Jobs"]
    doc.ents = [Span(doc, 7, 8, label="PERSON")]
    assert "Jobs" not in [m.text for m in find_mentions(doc)]


def test_two_surnames_of_people_named_in_full_joined_by_and_are_the_two_people(nlp) -> None:
    """"Tarvel and Belknap met": the model reads a firm named for its partners, but the story
    named both people in full."""
    doc = nlp("Ivo Tarvel chairs Acme and Otto Belknap runs Borg. Tarvel and Belknap met in May to discuss a merger.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 7, label="PERSON"), Span(doc, 10, 13, label="ORG")]
    found = [(m.text, m.type) for m in find_mentions(doc)]
    assert ("Tarvel", "Person") in found and ("Belknap", "Person") in found
    assert "Tarvel and Belknap" not in [text for text, _ in found]


def test_a_name_after_in_before_a_state_is_a_town_though_the_model_calls_it_a_firm(nlp) -> None:
    """"in X, Pa.": a name the model calls a firm after "in" and before a comma and a state is
    the town there."""
    found = _found(nlp, "Acme Corp will open a new store in Kelvaro-Tarn, Pa., in June.")
    assert ("Kelvaro-Tarn", "Place", "role") in found


def test_a_one_word_person_parsed_as_an_adjective_before_a_firm_noun_is_the_firm(nlp) -> None:
    """"the X magazine": the model calls a coined title a person and the parser an adjective on
    the noun; a person modifies no magazine, so the title is an organisation."""
    found = _found(nlp, "Acme's chairman spoke to the Zorvexant magazine about the merger.")
    assert found == [("Acme", "Organization", "ner"), ("Zorvexant", "Organization", "role")]


def test_a_one_word_person_before_a_site_noun_is_the_place(nlp) -> None:
    """"the X field", "the X mine": the model calls a site's one-word name a person; no person
    names a field, so it is a place, as an untagged name there already is."""
    assert _found(nlp, "Acme will develop the Zorvex field with a partner.") == [("Zorvex", "Place", "role")]


def test_a_firm_the_model_cuts_after_its_own_and_is_one_name(nlp) -> None:
    text = "Kelvaro Savings and Loan Association posted a loss in the quarter, its chairman told shareholders."
    assert [(name, kind) for name, kind, _ in _found(nlp, text)] == [("Kelvaro Savings and Loan Association", "Organization")]
    alone = _found(nlp, "Kelvaro Savings and Loan Association posted a loss in the quarter. Loan Association shares fell.")
    assert "Kelvaro Savings and Loan Association" not in [name for name, _, _ in alone]


def test_two_names_joined_after_the_and_that_closes_a_list_of_firms_are_one_firm(nlp) -> None:
    found = _found(nlp, "Bids came from Zorvex Foods, Acme Holdings and Denton and Whitlock.")
    assert [(name, kind) for name, kind, _ in found][-1] == ("Denton and Whitlock", "Organization")
    apart = _found(nlp, "Bids came from Zorvex Foods, Acme Holdings and Denton and Whitlock. Whitlock declined to comment.")
    assert "Denton and Whitlock" not in [name for name, _, _ in apart]


def test_names_listed_before_a_plural_site_noun_are_places(nlp) -> None:
    found = _found(nlp, "The company holds stakes in the Farzan and Jomeh fields.")
    assert [(name, kind) for name, kind, _ in found] == [("Farzan", "Place"), ("Jomeh", "Place")]
